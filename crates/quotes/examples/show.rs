//! Prints the quotes found in a text file; with `--jsonl IN`, writes one contract output line
//! (quotes only) per input record, its first line (the headline) left out of the body.

#[path = "../tests/common/mod.rs"]
mod common;

use parallax_model::contract::AnnotateOutput;
use parallax_model::{AnnotatedDocument, Annotations};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--jsonl") => jsonl(args.get(2).map_or("", String::as_str)),
        Some(path) => {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let (doc, _, quotes) = common::quotes_of(&text);
            for line in common::describe(&doc, &quotes) {
                println!("{line}");
            }
        }
        None => eprintln!("usage: show FILE | show --jsonl FILE"),
    }
}

fn jsonl(path: &str) {
    let data = std::fs::read_to_string(path).unwrap_or_default();
    for line in data.lines() {
        let Ok(rec) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let text = rec.get("text").and_then(|t| t.as_str()).unwrap_or_default();
        let mut doc = common::document(text);
        doc.id = rec.get("id").and_then(|t| t.as_str()).unwrap_or_default().to_string();
        if doc.body.len() > 1 {
            doc.body.remove(0);
        }
        let analysis = parallax_analyze::analyze(&doc);
        let entities = parallax_entities::EntityAnnotations::default();
        let annotator = parallax_entities::EntityAnnotator::builtin();
        let quotes = parallax_quotes::annotate(&doc.text, &analysis, &entities, annotator);
        let annotations = Annotations { quotes, ..Annotations::default() };
        let out = AnnotateOutput::from_annotated(&AnnotatedDocument { doc, analysis, annotations });
        println!("{}", serde_json::to_string(&out).unwrap_or_default());
    }
}
