//! Tests of what the store derives from documents: search, entities and story summaries.

use super::*;
use crate::search::RANK_WINDOW;
use parallax_model::contract::{AnnotateOutput, EntityOut, EntityRowOut, Range};
use parallax_model::{Origin, Provenance, SourceFormat, content_hash};

/// A document whose whole text is its body, mentioning each `(name, label, kb)` once per
/// occurrence in the text.
fn article(
    id: &str,
    outlet: &str,
    published: &str,
    title: &str,
    body: &str,
    names: &[(&str, &str, Option<&str>)],
) -> StoredDocument {
    let mut record = AnnotateOutput::failed(id.to_string(), &[]);
    record.title = Some(title.into());
    record.outlet = Some(outlet.into());
    record.published = Some(published.into());
    record.body = vec![Range { start: 0, end: body.chars().count() }];
    for (i, (name, label, kb)) in names.iter().enumerate() {
        let entity = format!("E{}", i + 1);
        record.entity_table.push(EntityRowOut {
            id: entity.clone(),
            name: name.to_string(),
            label: label.to_string(),
            kb: kb.map(str::to_string),
            aliases: Vec::new(),
            roles: Vec::new(),
        });
        for (start, _) in body.match_indices(name) {
            let start = body[..start].chars().count();
            record.entities.push(EntityOut {
                start,
                end: start + name.chars().count(),
                text: name.to_string(),
                label: label.to_string(),
                entity: entity.clone(),
            });
        }
    }
    StoredDocument {
        record,
        text: body.to_string(),
        content_hash: content_hash(body),
        origin: Origin::file(format!("{id}.txt")),
        format: SourceFormat::Text,
        url: None,
        provenance: Provenance::default(),
        claims: Vec::new(),
        engine: "test engine".into(),
    }
}

fn corpus() -> Store {
    let mut store = Store::in_memory().unwrap();
    let korea = ("North Korea", "GPE", Some("country:KP"));
    let blinken = ("Antony Blinken", "PERSON", None);
    store
        .insert_batch(&[
            article(
                "upi",
                "UPI",
                "2023-11-11",
                "Blinken warns of arms shipments",
                "Antony Blinken said North Korea sent artillery shells. North Korea denied it.",
                &[blinken, korea],
            ),
            article(
                "kyiv",
                "The Kyiv Independent",
                "2023-11-09",
                "Shells from North Korea reach the front",
                "Officials said artillery from North Korea was used near the front.",
                &[korea],
            ),
            article(
                "flood",
                "Harbour Gazette",
                "2024-02-01",
                "Flood closes the harbour road <script>",
                "Rain closed the harbour road; no shells, only sandbags.",
                &[],
            ),
        ])
        .unwrap();
    store
        .replace_stories(&[
            StoryRow {
                id: "S1".into(),
                independent_sources: 2,
                documents: vec![("upi".into(), None), ("kyiv".into(), None)],
            },
            StoryRow {
                id: "S2".into(),
                independent_sources: 1,
                documents: vec![("flood".into(), None)],
            },
        ])
        .unwrap();
    store
}

fn query(text: &str) -> SearchQuery {
    SearchQuery { text: text.into(), limit: 10, ..Default::default() }
}

fn ids(results: &SearchResults) -> Vec<&str> {
    results.hits.iter().map(|h| h.doc_id.as_str()).collect()
}

#[test]
fn search_ranks_title_matches_first_and_marks_what_matched() {
    let store = corpus();
    let found = store.search(&query("shells")).unwrap();
    assert_eq!(found.total, 3);
    assert_eq!(ids(&found)[0], "kyiv", "the only title with the word ranks first");
    let hit = &found.hits[0];
    let title = hit.title_highlighted.as_ref().unwrap();
    let (s, e) = title.highlights[0];
    let marked: String = title.text.chars().skip(s).take(e - s).collect();
    assert_eq!(marked, "Shells");
    assert_eq!(hit.story.as_deref(), Some("S1"));
    let stemmed = store.search(&query("shell")).unwrap();
    assert_eq!(stemmed.total, 3, "Porter stemming matches the plural");
}

#[test]
fn search_filters_by_outlet_dates_story_and_entity() {
    let store = corpus();
    let only = |q: SearchQuery| {
        let mut v: Vec<String> =
            store.search(&q).unwrap().hits.into_iter().map(|h| h.doc_id).collect();
        v.sort();
        v
    };
    let base = query("shells");
    assert_eq!(only(SearchQuery { outlet: Some("UPI".into()), ..base.clone() }), ["upi"]);
    assert_eq!(
        only(SearchQuery { from: Some("2023-11-10".into()), ..base.clone() }),
        ["flood", "upi"]
    );
    assert_eq!(only(SearchQuery { to: Some("2023-11".into()), ..base.clone() }), ["kyiv", "upi"]);
    assert_eq!(only(SearchQuery { story: Some("S2".into()), ..base.clone() }), ["flood"]);
    let korea = store.entity_by_key("country:KP").unwrap().unwrap();
    assert_eq!(only(SearchQuery { entity: Some(korea.id), ..base }), ["kyiv", "upi"]);
}

#[test]
fn search_reads_no_query_syntax_from_the_user() {
    let store = corpus();
    for hostile in ["shells\"", "shells OR", "NEAR(shells", "shells*", "title:shells", "-shells"] {
        assert!(store.search(&query(hostile)).is_ok(), "{hostile} is searched as words");
    }
    assert!(matches!(store.search(&query("  \"\" ** ")), Err(StoreError::EmptyQuery)));
    let phrase = store.search(&query("\"harbour road\"")).unwrap();
    assert_eq!(ids(&phrase), ["flood"]);
    let page = store.search(&SearchQuery { offset: 10, ..query("shells") }).unwrap();
    assert_eq!((page.total, page.hits.len()), (3, 0), "a page past the end still counts");
}

#[test]
fn entities_are_one_row_per_identity_with_their_stories() {
    let store = corpus();
    let korea = store.entity_by_key("country:KP").unwrap().unwrap();
    assert_eq!((korea.n_documents, korea.n_mentions), (2, 3));
    let stories = store.entity_stories(korea.id, 10).unwrap();
    assert_eq!(stories.len(), 1);
    assert_eq!((stories[0].story.id.as_str(), stories[0].n_documents), ("S1", 2));
    let blinken = store.entity_by_key("PERSON:antony blinken").unwrap().unwrap();
    assert_eq!(store.entity(blinken.id).unwrap().unwrap().name, "Antony Blinken");
    let of_upi = store.document_entities("upi").unwrap();
    assert_eq!(of_upi.len(), 2);
    assert_eq!(store.find_entities("north", 5).unwrap()[0].key, "country:KP");
}

#[test]
fn story_summaries_are_kept_for_the_list() {
    let store = corpus();
    let list = store.list_stories(10, 0).unwrap();
    assert_eq!(list.len(), 2);
    let s1 = &list[0];
    assert_eq!(s1.id, "S1");
    assert_eq!(s1.headline.as_deref(), Some("Shells from North Korea reach the front"));
    assert_eq!(s1.first_published.as_deref(), Some("2023-11-09"));
    assert_eq!(s1.last_published.as_deref(), Some("2023-11-11"));
    assert_eq!((s1.n_documents, s1.n_outlets, s1.independent_sources), (2, 2, 2));
    assert_eq!(store.n_stories().unwrap(), 2);
    assert_eq!(store.story_summary("S2").unwrap().unwrap().n_outlets, 1);
}

#[test]
fn a_word_in_every_article_is_ranked_among_the_newest_and_counted_honestly() {
    let mut store = Store::in_memory().unwrap();
    let n = 2 * RANK_WINDOW + 50;
    let docs: Vec<StoredDocument> = (0..n)
        .map(|i| {
            let outlet = if i % 2 == 0 { "Even Times" } else { "Odd Post" };
            let body = format!("Harbour report number {i}.");
            article(&format!("d{i}"), outlet, "2024-01-01", "Harbour", &body, &[])
        })
        .collect();
    store.insert_batch(&docs).unwrap();
    let all = store.search(&query("harbour")).unwrap();
    assert_eq!((all.total, all.total_exact), (n, true), "unfiltered counts are exact");
    assert_eq!(all.ranked_recent, Some(RANK_WINDOW));
    let newest = format!("d{}", n - 1);
    let oldest_ranked = n - RANK_WINDOW;
    for hit in &all.hits {
        let i: usize = hit.doc_id[1..].parse().unwrap();
        assert!(i >= oldest_ranked, "{} is older than the window", hit.doc_id);
    }
    let exact = store.search(&query(&format!("harbour {}", n - 1))).unwrap();
    assert_eq!(exact.hits[0].doc_id, newest);
    let even = store
        .search(&SearchQuery { outlet: Some("Even Times".into()), ..query("harbour") })
        .unwrap();
    assert!(!even.total_exact, "a full window under a filter gives a lower bound");
    assert_eq!(even.total, RANK_WINDOW);
    assert!(even.hits.iter().all(|h| h.outlet.as_deref() == Some("Even Times")));
    let few = store.search(&query("number 7")).unwrap();
    assert_eq!((few.total_exact, few.ranked_recent), (true, None));
}

#[test]
fn a_document_stored_by_another_engine_is_refreshed_in_place() {
    let mut store = Store::in_memory().unwrap();
    let body = "Antony Blinken said North Korea sent artillery shells.";
    let blinken = ("Antony Blinken", "PERSON", None);
    let mut old = article("upi", "UPI", "2023-11-11", "Blinken warns", body, &[blinken]);
    // The old engine also read an organisation "Shells" that the new one does not.
    old.record.entity_table.push(EntityRowOut {
        id: "E9".into(),
        name: "Shells".into(),
        label: "ORG".into(),
        kb: None,
        aliases: Vec::new(),
        roles: Vec::new(),
    });
    old.engine = "old engine".into();
    store.insert_batch(std::slice::from_ref(&old)).unwrap();
    store
        .replace_stories(&[StoryRow {
            id: "S1".into(),
            independent_sources: 1,
            documents: vec![("upi".into(), None)],
        }])
        .unwrap();
    assert_eq!(store.n_stale("new engine").unwrap(), 1);
    assert!(store.find_entities("Shells", 5).unwrap().iter().any(|e| e.name == "Shells"));

    let korea = ("North Korea", "GPE", Some("country:KP"));
    let new = article(
        "upi-again",
        "UPI",
        "2023-11-11",
        "Blinken warns Pyongyang",
        body,
        &[blinken, korea],
    );
    let new = StoredDocument { engine: "new engine".into(), ..new };
    let outcome = store.insert_batch(std::slice::from_ref(&new)).unwrap();
    assert_eq!(outcome.refreshed, [("upi-again".to_string(), "upi".to_string())]);
    assert!(outcome.added.is_empty() && outcome.already_stored.is_empty());

    let stored = store.document("upi").unwrap().expect("kept under its stored id");
    assert_eq!(stored.engine, "new engine");
    assert_eq!(stored.record.id, "upi", "the record keeps the stored id");
    assert_eq!(stored.record.title.as_deref(), Some("Blinken warns Pyongyang"));
    assert_eq!(store.n_documents().unwrap(), 1);
    assert_eq!(store.n_stale("new engine").unwrap(), 0);
    assert_eq!(
        store.content_hashes("new engine").unwrap().get(&new.content_hash),
        Some(&"upi".to_string())
    );
    let entities: Vec<String> =
        store.document_entities("upi").unwrap().into_iter().map(|(key, _)| key).collect();
    assert!(entities.iter().any(|k| k.contains("KP")), "the new analysis's entities: {entities:?}");
    assert!(store.find_entities("Shells", 5).unwrap().is_empty(), "no document mentions it now");
    let hits =
        store.search(&SearchQuery { text: "Pyongyang".into(), limit: 5, ..Default::default() });
    assert_eq!(hits.unwrap().total, 1, "the search entry holds the new title");
    let summary = store.story_summary("S1").unwrap().unwrap();
    assert_eq!(summary.headline.as_deref(), Some("Blinken warns Pyongyang"));
    assert_eq!(store.check().unwrap(), Vec::<String>::new());

    let again = store.insert_batch(std::slice::from_ref(&new)).unwrap();
    assert_eq!(again.already_stored, [("upi-again".to_string(), "upi".to_string())]);
    assert!(again.refreshed.is_empty(), "the same engine leaves it as it is");
}
