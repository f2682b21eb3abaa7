//! Recognition speed over the shared news set: tokens per second on one core.

use parallax_entities::recognize::{Recognizer, analyze_plain};
use parallax_kb::Kb;
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

fn recognizer() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(Recognizer::builtin)
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn recognize_news_dev(bencher: divan::Bencher) {
    let docs = corpus();
    let tokens: usize = docs.iter().map(|(_, a)| a.tokens.len()).sum();
    let (r, kb) = (recognizer(), Kb::builtin());
    bencher.counter(divan::counter::ItemsCount::new(tokens)).bench(|| {
        let found: usize = docs.iter().map(|(t, a)| r.recognize(t, a, kb).len()).sum();
        assert!(docs.is_empty() || found > 0, "no mentions found in {} documents", docs.len());
        found
    });
}

/// Feature extraction alone (tokens' lexemes, gazetteers, hashed features).
#[divan::bench(sample_count = 5, sample_size = 1)]
fn features_news_dev(bencher: divan::Bencher) {
    let docs = corpus();
    let tokens: usize = docs.iter().map(|(_, a)| a.tokens.len()).sum();
    let r = recognizer();
    let mut f = parallax_entities::recognize::features::DocFeatures::default();
    bencher.counter(divan::counter::ItemsCount::new(tokens)).bench_local(|| {
        let mut n = 0;
        for (t, a) in docs {
            f.extract(t, &a.tokens, &a.sentence_tokens, r.gazetteer(), 19);
            n += f.buckets.len();
        }
        n
    });
}
