//! Helpers for the linking tests: a text's analysis, mentions marked by hand, lookups.

#![allow(dead_code)]

use parallax_entities::{EntityAnnotations, RawMention};
use parallax_model::{Document, Origin, Span, TextAnalysis};

/// Sentences and tokens of a whole text, as the pipeline's analysis would give them.
pub fn analysis_of(text: &str) -> TextAnalysis {
    parallax_analyze::analyze(&document(text))
}

/// A document whose body is the whole text.
pub fn document(text: &str) -> Document {
    let body = vec![Span::new(0, text.len())];
    Document { origin: Origin::file("test.txt"), ..Document::plain("test", text, body) }
}

/// Every whole-word occurrence of each form as a mention with its label, longer forms first
/// and never overlapping: what a recogniser would hand the linker.
pub fn mark(text: &str, forms: &[(&str, &'static str)]) -> Vec<RawMention> {
    let mut forms = forms.to_vec();
    forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    let mut out: Vec<RawMention> = Vec::new();
    for (form, label) in forms {
        for (start, _) in text.match_indices(form) {
            let span = Span::new(start, start + form.len());
            let bounded = !word_char_before(text, start) && !word_char_at(text, span.end);
            if bounded && !out.iter().any(|m| m.span.overlaps(span)) {
                out.push(RawMention { span, label });
            }
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

fn word_char_before(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
}

fn word_char_at(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The span of the `n`th (0-based) whole-word occurrence of `form` in `text`.
pub fn nth(text: &str, form: &str, n: usize) -> Span {
    let (start, _) = text
        .match_indices(form)
        .filter(|(s, _)| !word_char_before(text, *s) && !word_char_at(text, s + form.len()))
        .nth(n)
        .unwrap_or_else(|| panic!("{form:?} occurs fewer than {} times", n + 1));
    Span::new(start, start + form.len())
}

/// The entity of the mention covering the `n`th occurrence of `form`.
pub fn entity_at(ann: &EntityAnnotations, text: &str, form: &str, n: usize) -> usize {
    let span = nth(text, form, n);
    ann.mentions
        .iter()
        .find(|m| span.contains(m.span) || m.span.contains(span))
        .unwrap_or_else(|| panic!("no mention at {form:?} #{n}"))
        .entity
}

/// A readable dump of the entity table, for assertion messages.
pub fn dump(ann: &EntityAnnotations) -> String {
    let rows = ann.table.iter().enumerate().map(|(i, r)| {
        format!(
            "E{i} {} [{}] {:?} aliases={:?} roles={:?}",
            r.name, r.label, r.kb, r.aliases, r.roles
        )
    });
    rows.collect::<Vec<_>>().join("\n")
}
