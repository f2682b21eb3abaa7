//! Snapshots of what each reader and the cleaner make of the example corpus, rendered as
//! readable text: every line of the canonical text, marked as body, title, or the kind of
//! noise left out, followed by the metadata and how it was found. A change in reading or
//! cleaning shows up here as a reviewable diff.

mod common;

use parallax_model::AnnotatedDocument;
use std::fmt::Write;

fn render(doc: &AnnotatedDocument) -> String {
    let d = &doc.doc;
    let mut out = String::new();
    let _ = writeln!(out, "id: {}", d.id);
    let _ = writeln!(out, "format: {}", d.format.as_str());
    let title = d.title.as_ref().map(|t| format!("{:?} ({})", t.value, t.how));
    let _ = writeln!(out, "title: {}", title.unwrap_or_else(|| "none".into()));
    let outlet = d.outlet.as_ref().map(|o| format!("{} ({})", o.value, o.how.describe()));
    let _ = writeln!(out, "outlet: {}", outlet.unwrap_or_else(|| "none".into()));
    let _ = writeln!(out, "agency: {}", d.agency.as_deref().unwrap_or("none"));
    let published =
        d.published.as_ref().map(|p| format!("{} ({})", p.value.iso(), p.how.describe()));
    let _ = writeln!(out, "published: {}", published.unwrap_or_else(|| "none".into()));
    let _ = writeln!(out, "authors: {:?}", d.authors);
    let _ = writeln!(out, "language: {:?}", d.language);
    let _ = writeln!(out, "sentences: {}", doc.analysis.sentences.len());
    let _ = writeln!(out, "---");
    let mut marks: Vec<(usize, usize, String)> =
        d.body.iter().map(|s| (s.start, s.end, "body".to_string())).collect();
    marks.extend(d.removed.iter().map(|(s, k)| (s.start, s.end, format!("out: {k}"))));
    if let Some(span) = d.title.as_ref().and_then(|t| t.evidence) {
        marks.push((span.start, span.end, "title".into()));
    }
    marks.sort();
    for (start, end, what) in marks {
        let text: String = d.text[start..end].chars().take(70).collect();
        let _ = writeln!(out, "[{what}] {text}");
    }
    out
}

fn snapshot_folder(folder: &str) {
    let pipeline = common::pipeline();
    let (raws, problems) = common::read(&common::examples().join("corpus").join(folder));
    assert!(problems.is_empty(), "{problems:?}");
    assert!(!raws.is_empty(), "no documents in {folder}");
    let mut all = String::new();
    for raw in raws {
        let doc = pipeline.process(raw);
        let _ = writeln!(all, "=== {}\n{}", common::corpus_key(&doc), render(&doc));
    }
    insta::assert_snapshot!(folder, all);
}

#[test]
fn text_reader_and_cleaning() {
    snapshot_folder("text");
}

#[test]
fn jsonl_reader_and_cleaning() {
    snapshot_folder("jsonl");
}

#[test]
fn html_reader_and_cleaning() {
    snapshot_folder("html");
}

#[test]
fn warc_reader_and_cleaning() {
    snapshot_folder("warc");
}

#[test]
fn feed_reader_and_cleaning() {
    snapshot_folder("feeds");
}
