//! Throughput of quote extraction over `../shared/data/raw/news-dev.jsonl`, beside the text
//! analysis it runs after.
//!
//! Run with `cargo bench -p parallax-quotes`. Each article's non-empty lines are its body (the
//! cleaner is left out); documents are analysed and their entities found once, outside the
//! timed loop, as the pipeline does before quotes. `quotes` times [`parallax_quotes::annotate`]
//! alone (speakers resolved against those entities), `analyse` times tokens and sentences.
//! Divan reports MB of article text per second. The share of the whole `parallax annotate`
//! time is measured by `cargo xtask eval quotes`. Skips, saying so, when `../shared` is absent.

#[path = "../tests/common/mod.rs"]
mod common;

use parallax_entities::{EntityAnnotations, EntityAnnotator};
use parallax_model::{Document, TextAnalysis};
use std::path::PathBuf;

fn main() {
    divan::main();
}

fn texts() -> Option<Vec<String>> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/raw/news-dev.jsonl");
    let data = std::fs::read_to_string(&path).ok()?;
    let texts = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    Some(texts)
}

fn prepare(texts: &[String]) -> Vec<(Document, TextAnalysis)> {
    texts
        .iter()
        .map(|t| {
            let doc = common::document(t);
            let analysis = parallax_analyze::analyze(&doc);
            (doc, analysis)
        })
        .collect()
}

/// Each document's entities, as the pipeline finds them before quotes.
fn entities(docs: &[(Document, TextAnalysis)]) -> Vec<EntityAnnotations> {
    let annotator = EntityAnnotator::builtin();
    docs.iter().map(|(doc, analysis)| annotator.annotate(&doc.text, analysis)).collect()
}

#[divan::bench(sample_count = 10)]
fn quotes(bencher: divan::Bencher) {
    let Some(texts) = texts() else {
        eprintln!("skipping: ../shared/data/raw/news-dev.jsonl is absent");
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let docs = prepare(&texts);
    let entities = entities(&docs);
    let annotator = EntityAnnotator::builtin();
    bencher.counter(divan::counter::BytesCount::new(bytes)).bench(|| {
        let mut n = 0;
        for ((doc, analysis), found) in docs.iter().zip(&entities) {
            n += parallax_quotes::annotate(&doc.text, analysis, found, annotator).len();
        }
        n
    });
}

#[divan::bench(sample_count = 10)]
fn analyse(bencher: divan::Bencher) {
    let Some(texts) = texts() else {
        eprintln!("skipping: ../shared/data/raw/news-dev.jsonl is absent");
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher.counter(divan::counter::BytesCount::new(bytes)).bench(|| prepare(&texts).len());
}
