//! What the rule tests share: annotating a text cut into sentences at a separator.

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
