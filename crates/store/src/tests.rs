//! Store tests: idempotent ingest, id collisions, stories, schema versions.

use super::*;
use parallax_model::contract::AnnotateOutput;
use parallax_model::{Origin, Provenance, SourceFormat, content_hash};

fn doc(id: &str, text: &str) -> StoredDocument {
    StoredDocument {
        record: AnnotateOutput::failed(id.to_string(), &[]),
        text: text.to_string(),
        content_hash: content_hash(text),
        origin: Origin::file(format!("{id}.txt")),
        format: SourceFormat::Text,
        url: None,
        provenance: Provenance::default(),
        claims: vec![serde_json::json!({"code": "AID"})],
        engine: "test engine".into(),
    }
}

#[test]
fn the_same_content_is_stored_once() {
    let mut store = Store::in_memory().unwrap();
    let first = store.insert_batch(&[doc("a", "one"), doc("b", "two")]).unwrap();
    assert_eq!(first.added, ["a", "b"]);
    let again = store.insert_batch(&[doc("a", "one"), doc("c", "two"), doc("d", "three")]).unwrap();
    assert_eq!(again.added, ["d"]);
    assert_eq!(
        again.already_stored,
        [("a".to_string(), "a".to_string()), ("c".to_string(), "b".to_string())]
    );
    assert_eq!(store.n_documents().unwrap(), 3);
}

#[test]
fn a_taken_id_with_other_content_gets_a_new_id() {
    let mut store = Store::in_memory().unwrap();
    store.insert_batch(&[doc("a", "one")]).unwrap();
    let outcome = store.insert_batch(&[doc("a", "other"), doc("a", "third")]).unwrap();
    assert_eq!(outcome.added, ["a~2", "a~3"]);
    let docs = store.documents().unwrap();
    let ids: Vec<&str> = docs.iter().map(|d| d.record.id.as_str()).collect();
    assert_eq!(ids, ["a", "a~2", "a~3"]);
    assert_eq!(docs[0].claims, [serde_json::json!({"code": "AID"})], "claims round-trip");
}

#[test]
fn stories_round_trip_in_order() {
    let mut store = Store::in_memory().unwrap();
    store.insert_batch(&[doc("a", "1"), doc("b", "2"), doc("c", "3")]).unwrap();
    let stories = vec![
        StoryRow { id: "S2".into(), independent_sources: 1, documents: vec![("c".into(), None)] },
        StoryRow {
            id: "S1".into(),
            independent_sources: 1,
            documents: vec![("a".into(), None), ("b".into(), Some("a".into()))],
        },
    ];
    store.replace_stories(&stories).unwrap();
    assert_eq!(store.stories().unwrap(), stories);
    store.replace_stories(&stories[..1]).unwrap();
    assert_eq!(store.stories().unwrap().len(), 1);
}

#[test]
fn schema_is_versioned_and_a_newer_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), crate::migrations::MIGRATIONS.len() as i64);
    store.conn.pragma_update(None, "user_version", 99).unwrap();
    drop(store);
    assert!(matches!(Store::open(&path), Err(StoreError::TooNew { found: 99, .. })));
}

#[test]
fn a_version_1_store_is_upgraded_in_place_and_keeps_its_documents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(crate::migrations::MIGRATIONS[0].sql).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        let mut record = AnnotateOutput::failed("old".into(), &[]);
        record.title = Some("Harbour talks resume".into());
        let record = serde_json::to_string(&record).unwrap();
        conn.execute(
            "INSERT INTO documents (id, content_hash, origin, format, title, text, record, provenance)
             VALUES ('old', 'h', '{\"path\":\"o.txt\",\"record\":null}', 'text', 'Harbour talks resume', 'x', ?1, '{}')",
            [record],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 4);
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].record.id, "old");
    assert!(docs[0].claims.is_empty());
    assert_eq!(docs[0].engine, "", "the engine of a document stored before engines is unknown");
    assert_eq!(store.n_stale("any engine").unwrap(), 1);
    assert!(store.content_hashes("any engine").unwrap().is_empty(), "so it is analysed again");
    let found =
        store.search(&SearchQuery { text: "harbour".into(), limit: 5, ..Default::default() });
    assert_eq!(found.unwrap().total, 1, "the upgrade indexes documents stored before it");
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn replacing_stories_rewrites_only_those_that_changed() {
    let mut store = Store::in_memory().unwrap();
    store.insert_batch(&[doc("a", "1"), doc("b", "2"), doc("c", "3")]).unwrap();
    let story = |id: &str, docs: &[&str]| StoryRow {
        id: id.into(),
        independent_sources: docs.len(),
        documents: docs.iter().map(|d| (d.to_string(), None)).collect(),
    };
    let first = store.replace_stories(&[story("S1", &["a"]), story("S2", &["b"])]).unwrap();
    assert_eq!((first.added, first.updated, first.removed), (2, 0, 0));
    let second = store.replace_stories(&[story("S1", &["a", "b"]), story("S3", &["c"])]).unwrap();
    assert_eq!(
        second,
        StoriesChange { added: 1, updated: 1, removed: 1, unchanged: 0 },
        "S1 grew, S2 emptied into it, S3 is new"
    );
    assert_eq!(store.story("S1").unwrap().unwrap().documents.len(), 2);
    assert!(store.story("S2").unwrap().is_none());
    assert_eq!(store.story_of("b").unwrap().as_deref(), Some("S1"));
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}

#[test]
fn writing_some_stories_leaves_the_others_alone() {
    let mut store = Store::in_memory().unwrap();
    store.insert_batch(&[doc("a", "1"), doc("b", "2"), doc("c", "3"), doc("d", "4")]).unwrap();
    let story = |id: &str, docs: &[&str]| StoryRow {
        id: id.into(),
        independent_sources: docs.len(),
        documents: docs.iter().map(|d| (d.to_string(), None)).collect(),
    };
    store
        .replace_stories(&[story("S1", &["a"]), story("S2", &["b"]), story("S3", &["c"])])
        .unwrap();
    // S2 absorbs S3, d starts S4, S1 is given as it is.
    let change = store
        .write_stories(
            &[story("S1", &["a"]), story("S2", &["b", "c"]), story("S4", &["d"])],
            &["S3".to_string(), "S9".to_string()],
        )
        .unwrap();
    assert_eq!(change, StoriesChange { added: 1, updated: 1, removed: 1, unchanged: 1 });
    let ids: Vec<String> = store.stories().unwrap().into_iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 3);
    assert!(ids.contains(&"S4".to_string()) && !ids.contains(&"S3".to_string()));
    assert_eq!(store.story_summary("S2").unwrap().unwrap().n_documents, 2);
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let order = store.in_storage_order(&["d".into(), "zz".into(), "a".into(), "c".into()]).unwrap();
    assert_eq!(order, ["a", "c", "d"], "storage order, unknown ids left out");
}
