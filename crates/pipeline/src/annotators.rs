//! The annotators, in the order they run. Each is a pure function of a document and what the
//! annotators before it found; adding one means adding a line here.

use parallax_model::{Annotations, Document, TextAnalysis};

/// Runs every annotator over one English document.
pub fn annotate(doc: &Document, analysis: &TextAnalysis) -> Annotations {
    let published = doc.published.as_ref().map(|p| p.value.date);
    Annotations {
        timexes: parallax_time::annotate(&doc.text, &analysis.sentences, published),
        ..Annotations::default()
    }
}
