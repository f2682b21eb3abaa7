//! Stories kept up to date as documents arrive ([`LiveStories`]) against clustering the whole
//! store again ([`update_stories`]): fed in publication order, batch after batch, they give the
//! same stories, with the same members, copies and source counts.

mod common;

use chrono::NaiveDate;
use parallax_cluster::synth::{Generator, Rng, schedule};
use parallax_model::contract::{AnnotateOutput, Range};
use parallax_model::{
    Origin, Provenance, SourceFormat, StoredDocument, StoryMembers, content_hash,
};
use parallax_pipeline::{LiveStories, to_stored, update_stories};
use parallax_store::Store;

/// Every story of a store, by id.
fn stories(store: &Store) -> Vec<StoryMembers> {
    let mut all = store.stories().unwrap();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

/// Stores `docs` in `batch`-sized batches, the first `first` documents before the live stories
/// start; returns the store and how many merges the live stories applied after starting.
fn live(docs: &[StoredDocument], first: usize, batch: usize) -> (Store, usize) {
    let mut store = Store::in_memory().unwrap();
    store.insert_batch(&docs[..first]).unwrap();
    let (mut live, _) = LiveStories::start(&mut store).unwrap();
    let at_start = live.merged();
    for chunk in docs[first..].chunks(batch) {
        let outcome = store.insert_batch(chunk).unwrap();
        let added = store.documents_by_id(&outcome.added).unwrap();
        live.add(&mut store, &added).unwrap();
    }
    (store, live.merged() - at_start)
}

/// The same documents stored at once and clustered together.
fn whole(docs: &[StoredDocument]) -> Store {
    let mut store = Store::in_memory().unwrap();
    store.insert_batch(docs).unwrap();
    let all = store.documents().unwrap();
    update_stories(&mut store, &all).unwrap();
    store
}

/// The example corpus, processed, in publication order.
fn examples_in_order() -> Vec<StoredDocument> {
    let pipeline = common::pipeline();
    let (raws, _) = common::read(&common::examples().join("corpus"));
    let mut docs: Vec<StoredDocument> =
        raws.into_iter().map(|r| to_stored(&pipeline.process(r))).collect();
    let dates: Vec<Option<NaiveDate>> = docs
        .iter()
        .map(|d| d.record.published.as_deref().and_then(|p| p.get(..10)?.parse().ok()))
        .collect();
    let order = parallax_cluster::stream_order(&dates);
    let mut slots: Vec<Option<StoredDocument>> = docs.drain(..).map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

#[test]
fn the_examples_arriving_in_batches_make_the_stories_of_the_whole_corpus() {
    let docs = examples_in_order();
    assert_eq!(docs.len(), 35);
    let expected = stories(&whole(&docs));
    assert!(expected.len() >= 7, "{} stories", expected.len());
    for (first, batch) in [(0, 1), (10, 5), (20, 15)] {
        let (store, _) = live(&docs, first, batch);
        assert_eq!(stories(&store), expected, "first {first}, then batches of {batch}");
        assert_eq!(store.check().unwrap(), Vec::<String>::new());
    }
}

/// Days the synthetic stream spans: twice the time after which a story goes cold.
const DAYS: u64 = 60;

/// Synthetic articles over [`DAYS`] days, with story sizes that follow a power law, 5% wire
/// copies, and now and then a round-up covering two stories (which merges them), as the store
/// keeps them.
fn synthetic(n: usize) -> Vec<StoredDocument> {
    let generator = Generator::default();
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let mut stream = Vec::new();
    let mut previous: Option<(u32, u32)> = None;
    for (i, (day, story, k)) in schedule(n, DAYS, &mut Rng(11)).into_iter().enumerate() {
        let (title, body, outlet) = generator.document(story, k);
        stream.push((day, format!("s{story}-{k}"), title.clone(), body.clone(), outlet.clone()));
        // Now and then an article that covers two stories at once, as a round-up does.
        if let Some((other, j)) = previous.filter(|&(other, _)| i % 7 == 0 && other != story) {
            let (_, second, _) = generator.document(other, j);
            stream.push((
                day,
                format!("b{story}-{k}-{other}"),
                title,
                format!("{body} {second}"),
                outlet,
            ));
        }
        previous = Some((story, k));
    }
    stream
        .into_iter()
        .map(|(day, id, title, body, outlet)| {
            let mut record = AnnotateOutput::failed(id.clone(), &[]);
            record.title = Some(title);
            record.outlet = Some(outlet);
            record.published = Some((start + chrono::Days::new(u64::from(day))).to_string());
            record.body = vec![Range { start: 0, end: body.chars().count() }];
            StoredDocument {
                record,
                content_hash: content_hash(&body),
                text: body,
                origin: Origin::file(format!("{id}.txt")),
                format: SourceFormat::Text,
                url: None,
                provenance: Provenance::default(),
                claims: Vec::new(),
                engine: parallax_pipeline::ENGINE.into(),
            }
        })
        .collect()
}

#[test]
fn a_synthetic_stream_with_merges_and_cold_stories_makes_the_same_stories() {
    let docs = synthetic(2_000);
    let expected = stories(&whole(&docs));
    let (store, merged) = live(&docs, 300, 40);
    assert!(merged > 0, "the stream merges stories after the start, so merging is tested");
    let got = stories(&store);
    assert_eq!(got.len(), expected.len());
    let differ: Vec<&str> =
        got.iter().zip(&expected).filter(|(a, b)| a != b).map(|(a, _)| a.id.as_str()).collect();
    assert!(differ.is_empty(), "stories that differ: {differ:?}");
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
}
