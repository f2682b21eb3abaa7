//! Comment clauses opened by "as": "As the mayor said on Monday, the city cannot afford
//! another strike", "Scott had a gun, as police have said". The cue reports nothing after it;
//! what it vouches for is the sentence's main clause, after the comment when the comment opens
//! the sentence and before it when the comment ends the sentence.

use crate::attribute::{Draft, take_passages, words};
use crate::doc::Doc;
use crate::ends::trimmed_end;
use crate::lexicon::{CueKind, cue, is_time_word};
use parallax_model::QuoteKind;
use std::ops::Range;

/// Most words a short opener before the comment may have ("After all, as ...", "Yet, as ...").
const MAX_OPENER: usize = 2;
/// Fewest words the main clause needs (a quotation may be a single word).
const MIN_WORDS: usize = 3;

/// The attribution of the cue at `at` whose speaker `speaker` follows "as", when the cue closes
/// a comment clause: after it come only "it" or "out" and a setting ("put it in a statement to
/// ...", "pointed out with a chart", "said on Monday") before a comma or the sentence's end.
/// A comment inside the sentence vouches for the quotation after it when that quotation ends
/// the sentence. `None` leaves the cue to the other rules, as for a comment inside the sentence
/// before plain words ("Hawaii, as one adviser pointed out, normally ...") or a cue with its
/// own object ("as she called for ...").
pub(crate) fn as_comment(
    doc: &Doc,
    at: usize,
    sent: &Range<usize>,
    speaker: &Range<usize>,
    used: &mut [bool],
) -> Option<Draft> {
    let as_at = speaker.start.checked_sub(1).filter(|&k| k >= sent.start)?;
    // A verb of saying, not one that takes a complement of its own ("as they bristled at").
    let w = doc.word(at);
    // "as the paper called them, “...”": a naming verb with its object pronoun.
    let names = w == "called" && matches!(doc.word(at + 1), "it" | "them" | "him" | "her");
    let says = cue(w).is_some_and(|c| c.kind == CueKind::Verb && !c.needs_clause)
        || matches!(w, "put" | "pointed")
        || names;
    if doc.word(as_at) != "as" || !says {
        return None;
    }
    let close = (at + 1..sent.end)
        .find(|&k| doc.is_punct(k, ",") && doc.passage_at(k).is_none())
        .unwrap_or(sent.end);
    // The comment's last word: the sentence's closing punctuation is not part of it.
    let stop = trimmed_end(doc, at, close);
    let mut k = at + 1;
    if matches!(doc.word(k), "it" | "out") || names {
        k += 1;
    }
    if k < stop && !opens_setting(doc, k, stop) {
        return None;
    }
    let opener = sent.start..as_at;
    let leading = as_at == sent.start
        || doc.is_punct(as_at - 1, ",") && words(doc, opener.clone()) <= MAX_OPENER
        || as_at == sent.start + 1 && matches!(doc.word(sent.start), "but" | "and" | "yet" | "so");
    let clause = if leading && close < sent.end {
        close + 1..trimmed_end(doc, close + 1, sent.end)
    } else if !leading && close == sent.end && doc.is_punct(as_at - 1, ",") {
        sent.start..as_at - 1
    } else if let Some(p) = doc.passage_at(close + 1).filter(|&p| doc.passages[p].open == close + 1)
        && trimmed_end(doc, close + 1, sent.end) <= doc.passages[p].last + 2
    {
        // A comment inside the sentence before the quotation that ends it: "He is, as The New
        // Yorker put it, “the operator.”"
        close + 1..doc.passages[p].last + 1
    } else {
        return None;
    };
    let opening = doc.passage_at(clause.start).filter(|&p| doc.passages[p].open == clause.start);
    if words(doc, clause.clone()) < if opening.is_some() { 1 } else { MIN_WORDS } {
        return None;
    }
    let kind = take_passages(doc, clause.clone(), used);
    // A quotation's content is the words inside its marks, as for any passage.
    let (content, kind) = match opening {
        Some(p) if doc.passages[p].last + 1 == clause.end => {
            (doc.passages[p].content, QuoteKind::Direct)
        }
        _ => (doc.span(clause.clone()), kind),
    };
    Some(Draft {
        content,
        kind,
        speaker: Some(speaker.clone()),
        cue: Some(at..at + 1),
        first: clause.start.min(as_at),
        last: (clause.end - 1).max(at),
    })
}

/// True when the tokens from `k` to `stop` set the statement in time or place (a preposition
/// or a time word, then no verb of a clause): "in a statement to my colleague in July".
fn opens_setting(doc: &Doc, k: usize, stop: usize) -> bool {
    let w = doc.word(k);
    let opens = matches!(w, "in" | "on" | "at" | "during" | "with" | "recently") || is_time_word(w);
    // Hyphens join words of the setting ("with a telling side-by-side").
    let plain = |j: usize| doc.is_word(j) || doc.is_number(j) || doc.is_punct(j, "-");
    opens && stop - k <= 12 && (k..stop).all(plain)
}
