//! The learned content end: for a reported clause that follows its cue ("X said (that) ..."),
//! which of its possible ends is the right one. Every token boundary from the clause's second
//! token to its limit (the sentence end, or a second report) that does not cut a quoted passage
//! is a candidate; each is scored by the shared perceptron on the tokens around it, its
//! distances, the cue and the clause's opening word, and the best is taken. The limit itself
//! gets the bonus [`Params::end`](crate::learn::Params) chosen on validation articles.

use crate::bounds::clause_end;
use crate::doc::Doc;
use crate::features::EndFeatures;
use crate::learn::{Model, Table, head};
use crate::lexicon::{cue, is_auxiliary, is_pronoun, is_subordinator};
use crate::marks::Mark;
use crate::perceptron::{Item, Ranked};
use crate::phrase::looks_verbal;
use parallax_model::Span;
use std::ops::Range;

/// True when a content may end right before token `k` (its last token at `k - 1`): after a
/// word, a number or a closing mark, and not inside a quoted passage.
fn may_end(doc: &Doc, start: usize, k: usize) -> bool {
    let last = k - 1;
    let real = doc.is_word(last) || doc.is_number(last) || doc.marks[last] == Mark::Close;
    let inner = doc.passage_at(k).is_some() && doc.passage_at(k) == doc.passage_at(last);
    k > start && real && !inner && !(k < doc.len() && continues_list(doc, k))
}

/// True when the comma at `k` goes on with a list of nouns ("the Middle East, China and
/// elsewhere", "Obama, Clinton, and Ryan"): up to six nominal words, then "and" or "or" (after
/// a comma or not) and a word that is no pronoun. A content does not end inside such a list.
fn continues_list(doc: &Doc, k: usize) -> bool {
    if !doc.is_punct(k, ",") || doc.passage_at(k).is_some() {
        return false;
    }
    let mut j = k + 1;
    let mut words = 0;
    while j < doc.len() && doc.is_word(j) && !matches!(doc.word(j), "and" | "or") {
        let w = doc.word(j);
        let verbal = !doc.is_cap(j) && (looks_verbal(w) && w.ends_with("ed") || cue(w).is_some());
        if verbal || is_auxiliary(w) || is_pronoun(w) || is_subordinator(w) || words == 6 {
            return false;
        }
        words += 1;
        j += 1;
    }
    if words == 0 {
        return false;
    }
    if doc.is_punct(j, ",") {
        j += 1;
    }
    matches!(doc.word(j), "and" | "or")
        && doc.is_word(j + 1)
        && !is_pronoun(doc.word(j + 1))
        && !is_auxiliary(doc.word(j + 1))
}

/// Where a forward content that starts at `start` (the cue's head at `cue_at`) ends, at most at
/// `limit`: the best-scoring candidate end.
pub fn best_end(
    model: &Model,
    doc: &Doc,
    cue_at: usize,
    start: usize,
    limit: usize,
    sent: &Range<usize>,
) -> usize {
    let mut best = (limit, f32::MIN);
    let features = EndFeatures::new(doc, cue_at, start, limit, sent, Table::Ends.tag());
    let mut commas = 0;
    for k in start + 1..=limit {
        commas += usize::from(doc.is_punct(k - 1, ","));
        if k < limit && !may_end(doc, start, k) {
            continue;
        }
        let bonus = if k == limit { model.params.end } else { 0.0 };
        let s = model.sum(&features.at(doc, k, commas)) + bonus;
        // The limit wins ties, so that a model without weights keeps the whole clause.
        if s > best.1 || k == limit && s >= best.1 {
            best = (k, s);
        }
    }
    best.0
}

/// The token right after a content's last word: trailing punctuation is not part of an end.
pub(crate) fn trimmed_end(doc: &Doc, start: usize, mut end: usize) -> usize {
    while end > start + 1
        && !doc.is_word(end - 1)
        && !doc.is_number(end - 1)
        && doc.marks[end - 1] == Mark::NotMark
    {
        end -= 1;
    }
    end
}

/// The ranking items for content ends: for each gold content (byte spans of cue and content)
/// that follows its cue within the cue's sentence, the candidate ends [`best_end`] weighs, with
/// the gold one marked.
pub fn end_items(doc: &Doc, items: &[(Span, Span)]) -> Vec<Item> {
    let mut out = Vec::new();
    for &(cue, content) in items {
        let Some(cue_at) = head(doc, cue) else { continue };
        let start = doc.tokens.partition_point(|t| t.span.end <= content.start);
        if start <= cue_at || start >= doc.len() {
            continue;
        }
        let sent = doc.sentence(doc.sentence_of[cue_at] as usize);
        let end = doc.tokens.partition_point(|t| t.span.start < content.end);
        if end > sent.end || start >= sent.end {
            continue;
        }
        let limit = clause_end(doc, start, sent.end);
        let end = trimmed_end(doc, start, end);
        if end > limit {
            continue;
        }
        let mut candidates = Vec::new();
        let mut gold = None;
        let features = EndFeatures::new(doc, cue_at, start, limit, &sent, Table::Ends.tag());
        let mut commas = 0;
        for k in start + 1..=limit {
            commas += usize::from(doc.is_punct(k - 1, ","));
            if k < limit && !may_end(doc, start, k) {
                continue;
            }
            if k == end {
                gold = Some(candidates.len());
            }
            candidates.push(features.at(doc, k, commas).to_vec());
        }
        if let Some(gold) = gold {
            out.push(Item::Rank(Ranked { candidates, gold }));
        }
    }
    out
}
