//! Throughput of read + clean + analyse (+ the annotators) over `../shared/data/raw/news-dev.jsonl`.
//!
//! Run with `cargo bench -p parallax-pipeline`. Reports MB of article text per second on one
//! core for the stages issue 2 owns (read, clean, analyse) and for the whole per-document
//! pipeline. Skips, saying so, when `../shared` is absent.

use parallax_model::contract::InputRecord;
use parallax_model::{Origin, RawDocument};
use std::path::PathBuf;

fn main() {
    divan::main();
}

fn corpus() -> Option<(Vec<u8>, usize)> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/raw/news-dev.jsonl");
    let data = std::fs::read(&path).ok()?;
    let text_bytes = data
        .split(|b| *b == b'\n')
        .filter_map(|l| serde_json::from_slice::<InputRecord>(l).ok())
        .map(|r| r.text.len())
        .sum();
    Some((data, text_bytes))
}

fn raw_docs(data: &[u8]) -> Vec<RawDocument> {
    let mut docs = Vec::new();
    parallax_ingest::jsonl::read(
        data,
        Origin::file("news-dev.jsonl"),
        &Default::default(),
        &mut |item| {
            if let parallax_ingest::Item::Doc(d) = item {
                docs.push(*d);
            }
        },
    );
    docs
}

#[divan::bench(sample_count = 10)]
fn read_clean_analyse(bencher: divan::Bencher) {
    let Some((data, text_bytes)) = corpus() else {
        eprintln!("skipping: ../shared/data/raw/news-dev.jsonl is absent");
        return;
    };
    let cleaner =
        parallax_clean::Cleaner::new(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), None);
    bencher.counter(divan::counter::BytesCount::new(text_bytes)).bench(|| {
        let mut sentences = 0;
        for raw in raw_docs(&data) {
            let mut doc = cleaner.clean(raw);
            doc.language = parallax_analyze::detect_language(&doc.body_text()).map(str::to_string);
            sentences += parallax_analyze::analyze(&doc).sentences.len();
        }
        assert!(sentences > 50_000, "only {sentences} sentences");
        sentences
    });
}

#[divan::bench(sample_count = 5)]
fn whole_per_document_pipeline(bencher: divan::Bencher) {
    let Some((data, text_bytes)) = corpus() else {
        eprintln!("skipping: ../shared/data/raw/news-dev.jsonl is absent");
        return;
    };
    let pipeline = parallax_pipeline::PipelineConfig {
        reference_date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
        ..Default::default()
    }
    .build();
    bencher.counter(divan::counter::BytesCount::new(text_bytes)).bench(|| {
        raw_docs(&data)
            .into_iter()
            .map(|r| pipeline.process(r).analysis.tokens.len())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 10)]
fn stage_read(bencher: divan::Bencher) {
    let Some((data, text_bytes)) = corpus() else { return };
    bencher.counter(divan::counter::BytesCount::new(text_bytes)).bench(|| raw_docs(&data).len());
}

#[divan::bench(sample_count = 10)]
fn stage_clean(bencher: divan::Bencher) {
    let Some((data, text_bytes)) = corpus() else { return };
    let cleaner =
        parallax_clean::Cleaner::new(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), None);
    let raws = raw_docs(&data);
    bencher
        .counter(divan::counter::BytesCount::new(text_bytes))
        .with_inputs(|| raws.clone())
        .bench_values(|raws| raws.into_iter().map(|r| cleaner.clean(r).body.len()).sum::<usize>());
}

#[divan::bench(sample_count = 10)]
fn stage_analyse(bencher: divan::Bencher) {
    let Some((data, text_bytes)) = corpus() else { return };
    let cleaner =
        parallax_clean::Cleaner::new(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), None);
    let docs: Vec<_> = raw_docs(&data).into_iter().map(|r| cleaner.clean(r)).collect();
    bencher.counter(divan::counter::BytesCount::new(text_bytes)).bench(|| {
        docs.iter()
            .map(|d| {
                let lang = parallax_analyze::detect_language(&d.text);
                parallax_analyze::analyze(d).tokens.len() + usize::from(lang.is_some())
            })
            .sum::<usize>()
    });
}
