//! Shared helpers: a document whose body is its non-empty lines, its text analysis, and the
//! quotes found in it (without entities). The cleaner is left out so that these checks see
//! quote extraction alone.

#![allow(dead_code)]

use parallax_entities::{EntityAnnotations, EntityAnnotator};
use parallax_model::{Document, Quote, Span, TextAnalysis};

/// A document over `text` whose body ranges are its non-empty lines.
pub fn document(text: &str) -> Document {
    let mut body = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(at, at + line.len()).trim(text);
        if !span.is_empty() {
            body.push(span);
        }
        at += line.len();
    }
    Document::plain("test", text, body)
}

/// The document, its analysis and its quotes.
pub fn quotes_of(text: &str) -> (Document, TextAnalysis, Vec<Quote>) {
    let doc = document(text);
    let analysis = parallax_analyze::analyze(&doc);
    let entities = EntityAnnotations::default();
    let annotator = EntityAnnotator::builtin();
    let quotes = parallax_quotes::annotate(&doc.text, &analysis, &entities, annotator);
    (doc, analysis, quotes)
}

/// One line per quote: kind, content, speaker and cue texts.
pub fn describe(doc: &Document, quotes: &[Quote]) -> Vec<String> {
    quotes
        .iter()
        .map(|q| {
            format!(
                "{:?} [{}] speaker={:?} cue={:?}",
                q.kind,
                q.content.of(&doc.text),
                q.speaker.as_ref().map(|s| s.span.of(&doc.text)),
                q.cue.map(|c| c.of(&doc.text)),
            )
        })
        .collect()
}
