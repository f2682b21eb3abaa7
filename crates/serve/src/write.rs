//! The write path of an upload: one transaction for the documents, then the stories they
//! changed. Runs with the writer's lock held.

use parallax_model::StoredDocument;
use parallax_pipeline::LiveStories;
use parallax_store::{InsertOutcome, Store, StoreError, StoriesChange};
use serde::Serialize;
use std::collections::HashMap;

/// What happened to one document of an upload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Status {
    /// Stored under the id it was given (or derived from its content).
    Added,
    /// The same content was stored already, analysed by this engine; nothing was written.
    AlreadyStored,
    /// The same content was stored already but analysed by another version of parallax; its
    /// analysis was replaced by this one, under the stored id.
    Refreshed,
    /// Stored under a new id, because its id was taken by different content.
    Renamed,
    /// Not read or not analysed; nothing was written.
    Error,
}

/// One document as written: the id it is stored under, what happened, and its story.
#[derive(Debug, PartialEq)]
pub(crate) struct Written {
    pub id: String,
    pub status: Status,
    pub story: Option<String>,
}

/// The one connection that writes, with the stories it keeps up to date between uploads.
pub(crate) struct Writer {
    pub store: Store,
    /// Started by the first upload, which clusters the whole store; then given each upload's
    /// new documents only. `None` again after a failed write, so that the next upload starts
    /// from what the store holds.
    live: Option<LiveStories>,
}

impl Writer {
    pub fn new(store: Store) -> Writer {
        Writer { store, live: None }
    }
}

/// Stores `docs` in one transaction, updates the stories, and says for each document (in
/// order) where it is now. The first upload clusters every stored document again (as
/// `parallax analyze` does); later ones assign only the documents they add, and write only the
/// stories those joined, started or merged. Documents analysed again (stored before by another
/// version) may now read differently, so a batch with any clusters the whole store again too.
pub(crate) fn store_batch(
    writer: &mut Writer,
    docs: &[StoredDocument],
) -> Result<(Vec<Written>, StoriesChange), StoreError> {
    let store = &mut writer.store;
    let outcome = store.insert_batch(docs)?;
    let written: Vec<String> = outcome
        .added
        .iter()
        .chain(outcome.refreshed.iter().map(|(_, stored)| stored))
        .cloned()
        .collect();
    // The documents written, read back once: their content places each document of the
    // batch, and the first `added` of them (as stored, under their stored ids) go to the
    // stories.
    let mut stored = store.documents_by_id(&written)?;
    let hashes: HashMap<String, String> =
        stored.iter().map(|d| (d.record.id.clone(), d.content_hash.clone())).collect();
    let placed = place(docs, &outcome, &hashes);
    let incremental = writer.live.take().filter(|_| outcome.refreshed.is_empty());
    let (live, change) = match incremental {
        Some(mut live) => {
            stored.truncate(outcome.added.len());
            let change = live.add(store, &stored)?;
            (live, change)
        }
        None => LiveStories::start(store)?,
    };
    writer.live = Some(live);
    let store = &writer.store;
    let mut written = Vec::with_capacity(placed.len());
    for (id, status) in placed {
        written.push(Written { story: store.story_of(&id)?, id, status });
    }
    Ok((written, change))
}

/// Matches each document of a batch with what the store did to it. The store reports the ids
/// added, the documents refreshed and those already stored, each in batch order; a document
/// was added (or refreshed) exactly when the next id added (or refreshed) holds its content
/// (`hashes`: id written → content hash).
fn place(
    docs: &[StoredDocument],
    outcome: &InsertOutcome,
    hashes: &HashMap<String, String>,
) -> Vec<(String, Status)> {
    let mut added = outcome.added.iter().peekable();
    let mut refreshed = outcome.refreshed.iter().peekable();
    let mut already = outcome.already_stored.iter();
    docs.iter()
        .map(|doc| {
            let given = &doc.record.id;
            if let Some(id) = added.next_if(|id| hashes.get(*id) == Some(&doc.content_hash)) {
                let status = if id == given { Status::Added } else { Status::Renamed };
                return (id.clone(), status);
            }
            if let Some((_, id)) =
                refreshed.next_if(|(_, id)| hashes.get(id) == Some(&doc.content_hash))
            {
                return (id.clone(), Status::Refreshed);
            }
            match already.next() {
                Some((_, existing)) => (existing.clone(), Status::AlreadyStored),
                // Cannot happen: the store accounts for every document. Report it as given.
                None => (given.clone(), Status::AlreadyStored),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::Origin;
    use parallax_model::contract::InputRecord;
    use parallax_pipeline::{PipelineConfig, stored_from_record};

    fn doc(id: &str, text: &str) -> StoredDocument {
        let pipeline = PipelineConfig::default().build();
        let record = InputRecord { id: Some(id.into()), text: text.into(), ..Default::default() };
        stored_from_record(&pipeline, &record, Origin::default())
    }

    #[test]
    fn every_document_of_a_batch_is_placed() {
        let mut writer = Writer::new(Store::in_memory().unwrap());
        let first = doc("x", "The harbour reopened on Monday after the storm.");
        store_batch(&mut writer, std::slice::from_ref(&first)).unwrap();
        // A new text under a taken id, the first text again under the same id, the new text
        // again within the batch, and a fresh document.
        let batch = [
            doc("x", "The ferry service resumed on Tuesday."),
            doc("x", "The harbour reopened on Monday after the storm."),
            doc("y", "The ferry service resumed on Tuesday."),
            doc("z", "Fishermen counted the damage to their boats."),
        ];
        let (written, change) = store_batch(&mut writer, &batch).unwrap();
        let got: Vec<(&str, Status)> = written.iter().map(|w| (w.id.as_str(), w.status)).collect();
        assert_eq!(
            got,
            [
                ("x~2", Status::Renamed),
                ("x", Status::AlreadyStored),
                ("x~2", Status::AlreadyStored),
                ("z", Status::Added),
            ]
        );
        assert_eq!(writer.store.n_documents().unwrap(), 3);
        assert!(written.iter().all(|w| w.story.is_some()), "every stored document has a story");
        assert!(change.added + change.updated >= 1);
    }

    #[test]
    fn a_document_stored_by_another_version_is_placed_as_refreshed() {
        let mut writer = Writer::new(Store::in_memory().unwrap());
        let harbour = "The harbour reopened on Monday after the storm.";
        let ferry = "The ferry service resumed on Tuesday.";
        let old =
            StoredDocument { engine: "parallax 0.0.1 analysis old".into(), ..doc("x", harbour) };
        store_batch(&mut writer, &[old, doc("y", ferry)]).unwrap();
        // Under one given id: content stored by this version, then content stored by another
        // (refreshed), then that content again (now current).
        let batch = [doc("x", ferry), doc("x", harbour), doc("z", harbour)];
        let (written, _) = store_batch(&mut writer, &batch).unwrap();
        let got: Vec<(&str, Status)> = written.iter().map(|w| (w.id.as_str(), w.status)).collect();
        assert_eq!(
            got,
            [("y", Status::AlreadyStored), ("x", Status::Refreshed), ("x", Status::AlreadyStored)]
        );
        let stored = writer.store.document("x").unwrap().unwrap();
        assert_eq!(stored.engine, parallax_pipeline::ENGINE);
        assert!(written.iter().all(|w| w.story.is_some()));
    }

    #[test]
    fn after_the_first_upload_only_the_stories_a_batch_touches_are_written() {
        let mut writer = Writer::new(Store::in_memory().unwrap());
        let first = [
            doc("a", "The harbour reopened on Monday after the storm."),
            doc("b", "Fishermen counted the damage to their boats."),
        ];
        let (_, change) = store_batch(&mut writer, &first).unwrap();
        assert_eq!(
            change.added,
            writer.store.n_stories().unwrap(),
            "the first upload clusters all"
        );
        let before = writer.store.n_stories().unwrap();
        let next = [doc("c", "A violinist from Oslo won the music competition in Vienna.")];
        let (written, change) = store_batch(&mut writer, &next).unwrap();
        assert_eq!(
            (change.added, change.updated, change.removed, change.unchanged),
            (1, 0, 0, 0),
            "one new story written, the others not even compared"
        );
        assert_eq!(writer.store.n_stories().unwrap(), before + 1);
        let story = written[0].story.clone().expect("placed");
        let members = writer.store.story(&story).unwrap().unwrap().documents;
        assert_eq!(members, [("c".to_string(), None)]);
        assert_eq!(writer.store.check().unwrap(), Vec::<String>::new());
    }
}
