//! The read endpoints over the example corpus, their errors, and the OpenAPI description.

use crate::support::{corpus, get, get_json};
use serde_json::Value;

const FIRE: &str = "mws-2024-03-06-kellan-bridge-fire";

#[tokio::test]
async fn story_list_pages_through_every_story() {
    let app = corpus();
    let all = get_json(&app, "/api/stories?limit=200").await;
    let total = all["total"].as_u64().unwrap() as usize;
    let stories = all["stories"].as_array().unwrap();
    assert!(total >= 5, "nine articles on six subjects make several stories: {total}");
    assert_eq!(stories.len(), total);
    let docs: u64 = stories.iter().map(|s| s["n_documents"].as_u64().unwrap()).sum();
    assert_eq!(docs, 9, "every corpus article is in exactly one story");
    let sizes: Vec<u64> = stories.iter().map(|s| s["n_documents"].as_u64().unwrap()).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "largest stories first: {sizes:?}");

    let page = get_json(&app, "/api/stories?limit=2&offset=1").await;
    assert_eq!(page["total"].as_u64().unwrap() as usize, total);
    assert_eq!((page["limit"].as_u64(), page["offset"].as_u64()), (Some(2), Some(1)));
    let ids: Vec<&Value> = page["stories"].as_array().unwrap().iter().map(|s| &s["id"]).collect();
    assert_eq!(ids, [&stories[1]["id"], &stories[2]["id"]]);
    let past = get_json(&app, "/api/stories?offset=500").await;
    assert_eq!(past["stories"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn story_has_its_view_comparison_and_summary() {
    let app = corpus();
    let article = get_json(&app, &format!("/api/articles/{FIRE}")).await;
    let id = article["story"].as_str().expect("the article has a story").to_string();
    let story = get_json(&app, &format!("/api/stories/{id}")).await;
    assert_eq!(story["summary"]["id"], id.as_str());
    assert_eq!(story["story"]["id"], id.as_str());
    let sources = story["story"]["sources"].as_array().unwrap();
    assert_eq!(sources.len() as u64, story["summary"]["n_documents"].as_u64().unwrap());
    assert!(sources.iter().any(|s| s["doc_id"] == FIRE), "{sources:?}");
    assert!(story["story"]["comparison"].is_object(), "the comparison is part of the view");
    assert!(story["story"]["timeline"].is_array() && story["story"]["who"].is_array());
    let ids = story["entity_ids"].as_object().unwrap();
    let who = story["story"]["who"].as_array().unwrap();
    assert!(!who.is_empty(), "a mill fire has actors");
    for w in who {
        let key = w["key"].as_str().unwrap();
        assert!(ids.contains_key(key), "every actor links to its entity: {key}");
    }
}

#[tokio::test]
async fn article_has_its_record_text_provenance_and_story() {
    let app = corpus();
    let a = get_json(&app, &format!("/api/articles/{FIRE}")).await;
    assert_eq!(a["id"], FIRE);
    assert_eq!(a["record"]["id"], FIRE);
    assert!(a["text"].as_str().unwrap().starts_with("KELLAN BRIDGE, England, March 6 (MWS)"));
    assert_eq!(a["record"]["outlet"], "Meridian Wire Service");
    assert_eq!(a["record"]["published"], "2024-03-06");
    assert!(!a["record"]["entity_table"].as_array().unwrap().is_empty());
    assert!(!a["record"]["sentences"].as_array().unwrap().is_empty());
    assert_eq!(a["origin"]["path"], "corpus");
    assert!(a["provenance"].is_object() && a["claims"].is_array());
    assert!(a["story"].as_str().unwrap().starts_with('S'));
    let keys = a["entity_ids"].as_object().unwrap();
    assert_eq!(keys.len(), a["record"]["entity_table"].as_array().unwrap().len());
}

#[tokio::test]
async fn entity_lists_the_stories_it_appears_in() {
    let app = corpus();
    let a = get_json(&app, &format!("/api/articles/{FIRE}")).await;
    let (key, id) = a["entity_ids"].as_object().unwrap().iter().next().expect("an entity");
    let e = get_json(&app, &format!("/api/entities/{id}")).await;
    assert_eq!(&e["entity"]["id"], id);
    assert_eq!(e["entity"]["key"], key.as_str());
    assert!(e["entity"]["n_documents"].as_u64().unwrap() >= 1);
    let stories = e["stories"].as_array().unwrap();
    assert!(stories.iter().any(|s| s["story"]["id"] == a["story"]), "{stories:?}");
}

#[tokio::test]
async fn search_finds_and_filters() {
    let app = corpus();
    let r = get_json(&app, "/api/search?q=textile+mill").await;
    assert_eq!(r["q"], "textile mill");
    let hits = r["hits"].as_array().unwrap();
    assert!(hits.iter().any(|h| h["doc_id"] == FIRE), "{hits:?}");
    assert_eq!(r["total"].as_u64().unwrap() as usize, hits.len());
    assert!(hits[0]["snippet"]["highlights"].as_array().is_some_and(|h| !h.is_empty()));

    let ledger = get_json(&app, "/api/search?q=fire&outlet=The+Harbor+Ledger").await;
    let hits = ledger["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["outlet"] == "The Harbor Ledger"), "{hits:?}");

    let late = get_json(&app, "/api/search?q=fire&from=2025").await;
    for h in late["hits"].as_array().unwrap() {
        assert!(h["published"].as_str().unwrap() >= "2025", "{h}");
    }
    let march = get_json(&app, "/api/search?q=fire&from=2024-03&to=2024-03-06").await;
    let ids: Vec<&str> =
        march["hits"].as_array().unwrap().iter().map(|h| h["doc_id"].as_str().unwrap()).collect();
    assert_eq!(ids, [FIRE]);

    let a = get_json(&app, &format!("/api/articles/{FIRE}")).await;
    let story = a["story"].as_str().unwrap();
    let in_story = get_json(&app, &format!("/api/search?q=fire&story={story}&limit=1")).await;
    assert_eq!(in_story["hits"].as_array().unwrap().len(), 1);
    assert_eq!(in_story["hits"][0]["story"], story);
    let id = a["entity_ids"].as_object().unwrap().values().next().unwrap();
    let by_entity = get_json(&app, &format!("/api/search?q=fire&entity={id}")).await;
    assert!(by_entity["hits"].as_array().unwrap().iter().any(|h| h["doc_id"] == FIRE));
}

#[tokio::test]
async fn bad_ids_are_json_404s() {
    let app = corpus();
    for uri in [
        "/api/stories/S999999",
        "/api/articles/no-such-article",
        "/api/entities/999999",
        "/api/entities/abc",
    ] {
        let message = get(&app, uri).await.api_error(404);
        assert!(message.starts_with("no "), "{uri}: {message}");
    }
}

#[tokio::test]
async fn malformed_queries_are_json_400s() {
    let app = corpus();
    let cases = [
        ("/api/search", "q is required"),
        ("/api/search?q=", "q is required"),
        ("/api/search?q=%22%21%21%22", "no words"),
        ("/api/search?q=fire&from=2024-13", "from must be a date"),
        ("/api/search?q=fire&to=March", "to must be a date"),
        ("/api/search?q=fire&from=2025&to=2024", "after"),
        ("/api/search?q=fire&entity=abc", "entity must be an entity id"),
        ("/api/search?q=fire&limit=0", "limit must be"),
        ("/api/stories?limit=201", "limit must be"),
        ("/api/stories?limit=ten", "limit must be"),
        ("/api/stories?offset=-1", "offset must be"),
        ("/api/entities/1?limit=1000", "limit must be"),
    ];
    for (uri, expected) in cases {
        let message = get(&app, uri).await.api_error(400);
        assert!(message.contains(expected), "{uri}: {message}");
    }
}

#[tokio::test]
async fn unknown_routes_answer_in_the_style_of_their_path() {
    let app = corpus();
    assert!(get(&app, "/api/nothing").await.api_error(404).contains("/api/nothing"));
    let page = get(&app, "/nothing/here").await;
    assert_eq!(page.status.as_u16(), 404);
    assert!(page.content_type().starts_with("text/html"));
    assert!(page.body.contains("/nothing/here") && page.body.contains("<html"), "{}", page.body);
    let delete = axum::http::Request::delete("/api/stories").body(axum::body::Body::empty());
    let answer = crate::support::send(&app, delete.unwrap()).await;
    assert!(answer.api_error(405).contains("does not accept"));
}

#[tokio::test]
async fn openapi_describes_every_route() {
    let app = corpus();
    let doc = get_json(&app, "/api/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    let routes = parallax_serve::route_table();
    assert!(routes.len() >= 14);
    for (method, path) in &routes {
        let op = &paths.get(*path).unwrap_or_else(|| panic!("{path} is not described"))
            [method.to_ascii_lowercase()];
        assert!(op.is_object(), "{method} {path} is not described");
        assert!(op["responses"].as_object().is_some_and(|r| !r.is_empty()), "{method} {path}");
        for param in path.split('/').filter_map(|s| s.strip_prefix('{')?.strip_suffix('}')) {
            let named =
                op["parameters"].as_array().into_iter().flatten().any(|p| p["name"] == param);
            assert!(named, "{method} {path} does not describe {{{param}}}");
        }
    }
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            let served = routes.iter().any(|(m, p)| p == path && m.eq_ignore_ascii_case(method));
            assert!(served, "{method} {path} is described but not served");
        }
    }
    assert_refs_resolve(&doc, &doc);
}

/// Every `$ref` of the description points at something in it.
fn assert_refs_resolve(root: &Value, v: &Value) {
    match v {
        Value::Object(map) => {
            if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                let pointer = r.strip_prefix('#').expect("a local reference");
                assert!(root.pointer(pointer).is_some(), "dangling $ref {r}");
            }
            map.values().for_each(|x| assert_refs_resolve(root, x));
        }
        Value::Array(items) => items.iter().for_each(|x| assert_refs_resolve(root, x)),
        _ => {}
    }
}
