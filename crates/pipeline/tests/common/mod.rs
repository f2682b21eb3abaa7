//! Helpers shared by the pipeline's tests: the example corpus, read and processed.
// Each test binary uses some of them.
#![allow(dead_code)]

use parallax_ingest::{Item, ReadOptions};
use parallax_model::{AnnotatedDocument, Diagnostic, RawDocument};
use std::path::{Path, PathBuf};

pub fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// The example outlets table.
pub fn pipeline() -> parallax_pipeline::Pipeline {
    let tsv = std::fs::read_to_string(examples().join("outlets.tsv")).unwrap();
    parallax_pipeline::PipelineConfig {
        reference_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
        extra_outlets: Some(parallax_kb::Outlets::parse(&tsv).unwrap()),
    }
    .build()
}

/// Every document and problem read from `path`.
pub fn read(path: &Path) -> (Vec<RawDocument>, Vec<Diagnostic>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    parallax_ingest::read_paths(&[path], &ReadOptions::default(), &mut |item| match item {
        Item::Doc(d) => docs.push(*d),
        Item::Problem(p) => problems.push(p),
    });
    (docs, problems)
}

/// The path of a document relative to `examples/corpus`, with `#record` when it has one.
pub fn corpus_key(doc: &AnnotatedDocument) -> String {
    let path = doc.doc.origin.path.replace('\\', "/");
    let rel = path.split("examples/corpus/").nth(1).unwrap_or(&path).to_string();
    match doc.doc.origin.record {
        Some(n) => format!("{rel}#{n}"),
        None => rel,
    }
}
