//! Linking speed over the shared news set: tokens per second on one core. The recogniser is
//! left out: mentions come from runs of capitalised words, labelled by the knowledge base, so
//! the linker sees about the density of names a recogniser finds in news.

use parallax_entities::RawMention;
use parallax_entities::link::link;
use parallax_kb::Kb;
use parallax_model::{Span, TextAnalysis};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

struct Doc {
    text: String,
    analysis: TextAnalysis,
    mentions: Vec<RawMention>,
}

/// The texts of `../shared/data/raw/news-dev.jsonl` with analyses and mentions, read once.
fn corpus() -> &'static [Doc] {
    static CORPUS: OnceLock<Vec<Doc>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/raw/news-dev.jsonl");
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("skipping: {path} is absent");
            return Vec::new();
        };
        let texts = data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_string));
        texts
            .map(|text| {
                let analysis = analyze(&text);
                let mentions = capitalised_runs(&text, &analysis);
                Doc { text, analysis, mentions }
            })
            .collect()
    })
}

/// Tokens and sentences of a whole text.
fn analyze(text: &str) -> TextAnalysis {
    let mut analysis = TextAnalysis::default();
    parallax_analyze::tokens::tokenize_into(text, Span::new(0, text.len()), &mut analysis.tokens);
    let out = (&mut analysis.sentences, &mut analysis.sentence_tokens);
    parallax_analyze::sentences::split_into(text, &analysis.tokens, 0, out);
    analysis
}

/// Runs of capitalised words inside a sentence (not its first word), as mentions.
fn capitalised_runs(text: &str, analysis: &TextAnalysis) -> Vec<RawMention> {
    let kb = Kb::builtin();
    let mut out = Vec::new();
    for range in &analysis.sentence_tokens {
        let tokens = &analysis.tokens[range.clone()];
        let mut i = 1;
        while i < tokens.len() {
            let cap = |j: usize| {
                tokens.get(j).is_some_and(|t| t.span.of(text).starts_with(char::is_uppercase))
            };
            if !cap(i) {
                i += 1;
                continue;
            }
            let start = i;
            while cap(i) {
                i += 1;
            }
            let span = Span::new(tokens[start].span.start, tokens[i - 1].span.end);
            out.push(RawMention { span, label: label_of(kb, span.of(text), i - start) });
        }
    }
    out
}

fn label_of(kb: &Kb, form: &str, words: usize) -> &'static str {
    match kb.countries.lookup(form) {
        Some(m) if m.norp => "NORP",
        Some(_) => "GPE",
        None if !kb.places.by_name(form).is_empty() => "GPE",
        None if words >= 2 => "PERSON",
        None => "ORG",
    }
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn link_news_dev(bencher: divan::Bencher) {
    let docs = corpus();
    let tokens: usize = docs.iter().map(|d| d.analysis.tokens.len()).sum();
    let mentions: usize = docs.iter().map(|d| d.mentions.len()).sum();
    eprintln!("{} documents, {tokens} tokens, {mentions} mentions", docs.len());
    let kb = Kb::builtin();
    bencher.counter(divan::counter::ItemsCount::new(tokens)).bench(|| {
        let mut entities = 0;
        for d in docs {
            entities += link(&d.text, &d.analysis, d.mentions.clone(), kb).table.len();
        }
        assert!(entities > 0 || docs.is_empty());
        entities
    });
}
