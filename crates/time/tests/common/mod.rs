//! What the rule tests share: annotating a text cut into sentences at a separator.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use chrono::NaiveDate;
use parallax_model::{Span, TimexType};

/// Annotates `text`, cut into sentences after each `sep` (the full stop stays with its
/// sentence), as published on `dct`: (text, type, value) per expression.
pub fn annotate_split(text: &str, sep: &str, dct: &str) -> Vec<(String, TimexType, String)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(sep) {
        spans.push(Span::new(start, i + 1));
        start = i + sep.len();
    }
    spans.push(Span::new(start, text.len()));
    let date = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
    parallax_time::annotate(text, &spans, date)
        .into_iter()
        .map(|t| (t.span.of(text).to_string(), t.kind, t.value))
        .collect()
}

/// Annotates `text` cut into sentences where a full stop is followed by two spaces, as
/// published on `dct`.
pub fn annotate(text: &str, dct: &str) -> Vec<(String, TimexType, String)> {
    annotate_split(text, ".  ", dct)
}

/// The value of the expression whose text is exactly `phrase` in [`annotate`]'s reading.
pub fn value_of(text: &str, dct: &str, phrase: &str) -> Option<String> {
    annotate(text, dct).into_iter().find(|(t, _, _)| t == phrase).map(|(_, _, v)| v)
}
