//! `POST /api/articles`: the token, the size limit, storing, reading back, duplicates and
//! records that cannot be read.

use crate::support::{TOKEN, fresh, get, get_json, post, post_json, record};
use parallax_serve::DEFAULT_MAX_BODY_BYTES;
use serde_json::{Value, json};

#[tokio::test]
async fn uploads_without_the_right_token_are_refused() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let body = record("bridge-1", "Pellworth votes to rebuild swing bridge", "").to_string();
    let none = post(&app.router, body.clone(), "application/json", None).await;
    assert!(none.api_error(401).contains("Authorization: Bearer"));
    let wrong = post(&app.router, body.clone(), "application/json", Some("guess")).await;
    assert!(wrong.api_error(401).contains("wrong"));
    let basic = crate::support::send(
        &app.router,
        axum::http::Request::post("/api/articles")
            .header("authorization", format!("Basic {TOKEN}"))
            .body(axum::body::Body::from(body))
            .unwrap(),
    )
    .await;
    basic.api_error(401);
    let stories = get_json(&app.router, "/api/stories").await;
    assert_eq!(stories["total"], 0, "nothing was stored");
    get(&app.router, "/api/articles/bridge-1").await.api_error(404);
}

#[tokio::test]
async fn a_server_without_a_token_refuses_uploads_and_says_how_to_allow_them() {
    let app = fresh(None, DEFAULT_MAX_BODY_BYTES);
    let body = record("bridge-1", "Bridge", "").to_string();
    let answer = post(&app.router, body, "application/json", Some(TOKEN)).await;
    let message = answer.api_error(403);
    assert!(message.contains("without a token") && message.contains("--token"), "{message}");
}

#[tokio::test]
async fn oversized_uploads_are_413() {
    let app = fresh(Some(TOKEN), 2048);
    let big = record("big", "Big", &"The council met again. ".repeat(200));
    let answer = post(&app.router, big.to_string(), "application/json", Some(TOKEN)).await;
    assert!(answer.api_error(413).contains("2048 bytes"));
    let stories = get_json(&app.router, "/api/stories").await;
    assert_eq!(stories["total"], 0);
    let small = post_json(&app.router, &record("small", "Small", "")).await;
    assert_eq!(small.status.as_u16(), 201, "{}", small.body);
}

#[tokio::test]
async fn an_upload_is_stored_readable_and_searchable() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let body = json!([
        record("bridge-1", "Pellworth votes to rebuild swing bridge", "Quarrymen cheered."),
        record("bridge-2", "Swing bridge to be rebuilt, Pellworth says", "Zanzibarine paint."),
    ]);
    let answer = post_json(&app.router, &body).await;
    assert_eq!(answer.status.as_u16(), 201, "{}", answer.body);
    let v = answer.json();
    assert_eq!(
        v["summary"],
        json!({"read": 2, "kept": 2, "skipped": 0, "added": 2, "already_stored": 0, "renamed": 0, "refreshed": 0})
    );
    let records = v["records"].as_array().unwrap();
    assert_eq!(records[0]["id"], "bridge-1");
    assert_eq!(records[1]["status"], "added");
    assert_eq!(records[1]["index"], 1);
    assert!(records.iter().all(|r| r["story"].is_string() && r["diagnostics"].is_array()));

    let a = get_json(&app.router, "/api/articles/bridge-2").await;
    assert!(a["text"].as_str().unwrap().contains("Zanzibarine paint"));
    assert_eq!(a["record"]["title"], "Swing bridge to be rebuilt, Pellworth says");
    assert_eq!(a["origin"]["path"], "POST /api/articles");
    assert_eq!(a["origin"]["record"], 2);
    assert_eq!(a["engine"], parallax_pipeline::ENGINE, "the article names the engine that read it");
    assert_eq!(a["story"], records[1]["story"]);

    let found = get_json(&app.router, "/api/search?q=zanzibarine").await;
    assert_eq!(found["total"], 1);
    assert_eq!(found["hits"][0]["doc_id"], "bridge-2");
    let list = get_json(&app.router, "/api/stories").await;
    let n: u64 = list["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["n_documents"].as_u64().unwrap())
        .sum();
    assert_eq!(n, 2);
}

#[tokio::test]
async fn the_same_record_posted_twice_is_stored_once() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let one = record("bridge-1", "Pellworth votes to rebuild swing bridge", "Quarrymen cheered.");
    let first = post_json(&app.router, &one).await.json();
    assert_eq!(first["records"][0]["status"], "added");
    let again = post_json(&app.router, &one).await;
    assert_eq!(again.status.as_u16(), 201, "{}", again.body);
    let again = again.json();
    assert_eq!(again["records"][0]["status"], "already_stored");
    assert_eq!(again["records"][0]["id"], "bridge-1");
    assert_eq!(again["summary"]["already_stored"], 1);
    assert_eq!(again["records"][0]["story"], first["records"][0]["story"]);
    // Under another id, the same text is still the same document.
    let renamed = json!({"id": "other-id", "text": one["text"]});
    let third = post_json(&app.router, &renamed).await.json();
    assert_eq!(third["records"][0]["status"], "already_stored");
    assert_eq!(third["records"][0]["id"], "bridge-1");
    assert_eq!(get_json(&app.router, "/api/search?q=quarrymen").await["total"], 1);
    get(&app.router, "/api/articles/other-id").await.api_error(404);
}

#[tokio::test]
async fn a_taken_id_with_new_text_is_renamed() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    post_json(&app.router, &record("bridge-1", "Bridge", "Quarrymen cheered.")).await;
    let v = post_json(&app.router, &record("bridge-1", "Bridge", "Nobody cheered.")).await.json();
    assert_eq!(v["records"][0]["status"], "renamed");
    assert_eq!(v["records"][0]["given_id"], "bridge-1");
    assert_eq!(v["records"][0]["id"], "bridge-1~2");
    let a = get_json(&app.router, "/api/articles/bridge-1~2").await;
    assert!(a["text"].as_str().unwrap().contains("Nobody cheered"));
}

#[tokio::test]
async fn bad_lines_get_their_diagnostic_and_the_rest_is_stored() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let lines = [
        record("bridge-1", "Bridge", "Quarrymen cheered.").to_string(),
        "{\"id\": \"broken\", \"text\": ".to_string(),
        String::new(),
        json!({"id": "no-text", "title": "Nothing"}).to_string(),
        record("bridge-3", "Bridge", "Gulls watched.").to_string(),
    ];
    let answer = post(&app.router, lines.join("\n"), "application/x-ndjson", Some(TOKEN)).await;
    assert_eq!(answer.status.as_u16(), 201, "{}", answer.body);
    let v = answer.json();
    assert_eq!(v["summary"]["read"], 4);
    assert_eq!(
        (v["summary"]["kept"].as_u64(), v["summary"]["skipped"].as_u64()),
        (Some(2), Some(2))
    );
    let records = v["records"].as_array().unwrap();
    let status: Vec<&str> = records.iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["added", "error", "error", "added"]);
    let lines: Vec<u64> = records.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [1, 2, 4, 5]);
    let message = |i: usize| records[i]["diagnostics"][0]["message"].as_str().unwrap().to_string();
    assert!(message(1).starts_with("line 2: not valid JSON"), "{}", message(1));
    assert_eq!(message(2), "line 4: the record has no \"text\"");
    assert_eq!(records[2]["id"], Value::Null);
    assert!(get_json(&app.router, "/api/articles/bridge-3").await["text"].is_string());
    get(&app.router, "/api/articles/no-text").await.api_error(404);
}

#[tokio::test]
async fn bodies_with_nothing_to_keep_are_400() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let all_bad = post_json(&app.router, &json!([{"text": ""}, {"id": "x"}])).await;
    let message = all_bad.api_error(400);
    assert!(message.contains("record 1: the record has an empty \"text\""), "{message}");
    assert_eq!(all_bad.json()["summary"]["skipped"], 2);
    let not_json = post(&app.router, "{\"text\": ", "application/json", Some(TOKEN)).await;
    assert!(not_json.api_error(400).contains("not valid JSON"));
    let empty = post(&app.router, "[]", "application/json", Some(TOKEN)).await;
    assert!(empty.api_error(400).contains("no records"));
    assert_eq!(get_json(&app.router, "/api/stories").await["total"], 0);
}

#[tokio::test]
async fn the_example_corpus_can_be_posted_as_json_lines() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let lines = crate::support::corpus_lines();
    let answer = post(&app.router, lines, "application/x-ndjson", Some(TOKEN)).await;
    assert_eq!(answer.status.as_u16(), 201, "{}", answer.body);
    let v = answer.json();
    assert_eq!(v["summary"]["added"], 9);
    let fire = &v["records"].as_array().unwrap()[0];
    assert_eq!(fire["id"], "mws-2024-03-06-kellan-bridge-fire");
    let cause =
        v["records"].as_array().unwrap().iter().find(|r| r["id"] == "hl-20240307-kellan-cause");
    assert_eq!(
        cause.unwrap()["story"],
        fire["story"],
        "the two reports of the mill fire share a story"
    );
    let story =
        get_json(&app.router, &format!("/api/stories/{}", fire["story"].as_str().unwrap())).await;
    assert_eq!(story["summary"]["n_documents"], 2);
    assert_eq!(
        v["stories"]["added"].as_u64().unwrap(),
        get_json(&app.router, "/api/stories").await["total"].as_u64().unwrap()
    );
}

#[tokio::test]
async fn concurrent_uploads_are_applied_one_after_the_other() {
    let app = fresh(Some(TOKEN), DEFAULT_MAX_BODY_BYTES);
    let a = record("bridge-a", "Bridge", "Quarrymen cheered.");
    let b = record("bridge-b", "Ferry", "Gulls watched the ferry.");
    let (ra, rb) = tokio::join!(post_json(&app.router, &a), post_json(&app.router, &b));
    assert_eq!((ra.status.as_u16(), rb.status.as_u16()), (201, 201), "{} {}", ra.body, rb.body);
    for id in ["bridge-a", "bridge-b"] {
        let article = get_json(&app.router, &format!("/api/articles/{id}")).await;
        let story = article["story"].as_str().expect("each upload is clustered").to_string();
        let s = get_json(&app.router, &format!("/api/stories/{story}")).await;
        assert!(s["story"]["sources"].as_array().unwrap().iter().any(|x| x["doc_id"] == id));
    }
    let list = get_json(&app.router, "/api/stories").await;
    let docs: u64 = list["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["n_documents"].as_u64().unwrap())
        .sum();
    assert_eq!(docs, 2, "both documents are in the stories, none twice");
}
