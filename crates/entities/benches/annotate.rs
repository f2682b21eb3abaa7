//! Recognition plus linking over the shared news set, as `EntityAnnotator::annotate` runs
//! them for a document: tokens per second on one core.

use parallax_entities::EntityAnnotator;
use parallax_entities::recognize::analyze_plain;
use parallax_model::TextAnalysis;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// The texts of `../shared/data/raw/news-dev.jsonl` with their analyses, read once.
fn corpus() -> &'static [(String, TextAnalysis)] {
    static CORPUS: OnceLock<Vec<(String, TextAnalysis)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/raw/news-dev.jsonl");
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("skipping: {path} is absent");
            return Vec::new();
        };
        data.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
            .map(|t| {
                let a = analyze_plain(&t);
                (t, a)
            })
            .collect()
    })
}

#[divan::bench(sample_count = 7, sample_size = 1)]
fn recognize_and_link_news_dev(bencher: divan::Bencher) {
    let docs = corpus();
    let tokens: usize = docs.iter().map(|(_, a)| a.tokens.len()).sum();
    let annotator = EntityAnnotator::builtin();
    bencher.counter(divan::counter::ItemsCount::new(tokens)).bench(|| {
        let found: usize = docs.iter().map(|(t, a)| annotator.annotate(t, a).mentions.len()).sum();
        assert!(docs.is_empty() || found > 0, "no mentions found in {} documents", docs.len());
        found
    });
}
