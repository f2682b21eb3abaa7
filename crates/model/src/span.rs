//! Byte ranges into a document's canonical text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into [`crate::Document::text`].
///
/// Both ends always fall on UTF-8 character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    #[inline]
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span with leading and trailing white space of `text` removed.
    pub fn trim(&self, text: &str) -> Span {
        let inner = self.of(text);
        let lead = inner.len() - inner.trim_start().len();
        let trimmed = inner.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}
