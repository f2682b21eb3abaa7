//! A view of a document's tokens for the linker: the words around a span and the bounds of
//! its sentence, found by binary search so no lookup scans the document.

use parallax_model::{Span, TextAnalysis, TokenKind};
use std::ops::Range;

/// The tokens of one document, read as words.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub text: &'a str,
    pub analysis: &'a TextAnalysis,
}

impl<'a> Words<'a> {
    pub fn new(text: &'a str, analysis: &'a TextAnalysis) -> Words<'a> {
        Words { text, analysis }
    }

    pub fn len(&self) -> usize {
        self.analysis.tokens.len()
    }

    /// The text of token `i`, or "" when `i` is out of range.
    pub fn word(&self, i: usize) -> &'a str {
        let text = self.text;
        self.analysis.tokens.get(i).and_then(|t| text.get(t.span.start..t.span.end)).unwrap_or("")
    }

    pub fn span(&self, i: usize) -> Span {
        self.analysis.tokens.get(i).map_or(Span { start: 0, end: 0 }, |t| t.span)
    }

    /// True for punctuation and symbols.
    pub fn is_punct(&self, i: usize) -> bool {
        self.analysis
            .tokens
            .get(i)
            .is_none_or(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
    }

    /// The tokens lying inside `span`.
    pub fn range_of(&self, span: Span) -> Range<usize> {
        let tokens = &self.analysis.tokens;
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let end = tokens.partition_point(|t| t.span.end <= span.end);
        first..end.max(first)
    }

    /// The tokens of the sentence holding token `i`; all tokens when there are no sentences.
    pub fn sentence_of(&self, i: usize) -> Range<usize> {
        let at = self.span(i).start;
        match self.analysis.sentence_at(at) {
            Some(s) => self.analysis.sentence_tokens.get(s).cloned().unwrap_or(0..self.len()),
            None => 0..self.len(),
        }
    }

    /// The words of a token range.
    pub fn words(&self, range: Range<usize>) -> Vec<&'a str> {
        range.map(|i| self.word(i)).collect()
    }

    /// The text from the start of token `first` to the end of token `last` (inclusive).
    pub fn text_of(&self, first: usize, last: usize) -> &'a str {
        let (start, end) = (self.span(first).start, self.span(last).end);
        self.text.get(start..end).unwrap_or("")
    }
}

/// True when a word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True for the possessive token "'s" (straight or curly apostrophe).
pub fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S")
}
