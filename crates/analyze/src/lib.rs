//! Text analysis every later stage builds on: the document's language, its tokens with byte
//! offsets, and its sentences.
//!
//! Everything here is a pure function of the [`Document`]: no IO, no state. Tokens and
//! sentences only ever cover body ranges, so boilerplate never reaches the annotators.

mod abbrev;
pub mod language;
pub mod sentences;
pub mod tokens;

use parallax_model::{Document, TextAnalysis};

/// Tokenises the body of `doc` and splits it into sentences.
pub fn analyze(doc: &Document) -> TextAnalysis {
    let mut analysis = TextAnalysis::default();
    for range in &doc.body {
        let first = analysis.tokens.len();
        tokens::tokenize_into(&doc.text, *range, &mut analysis.tokens);
        let out = (&mut analysis.sentences, &mut analysis.sentence_tokens);
        sentences::split_into(&doc.text, &analysis.tokens, first, out);
    }
    analysis
}

pub use language::detect_language;
