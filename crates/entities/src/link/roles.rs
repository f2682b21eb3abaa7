//! Roles read from the text around a person's name: titles before it ("U.S. Secretary of State
//! Antony Blinken", "Russian dictator Vladimir Putin"), titles the recogniser left inside the
//! name's span, and appositions after it ("John Smith, the port authority's chief executive,").

use super::lexicon::{self, CALENDAR, CLAUSE_OPENERS, HONORIFICS, MODIFIERS};
use super::words::{Words, is_capitalised, is_possessive};
use parallax_model::Span;
use std::ops::Range;

/// The longest title read before a name, in tokens.
const MAX_TITLE: usize = 10;
/// The longest apposition read after a name, in tokens.
const MAX_APPOSITION: usize = 12;

/// A person mention's name span without any title it held, and the roles read around it.
pub fn read_person(words: &Words, span: Span) -> (Span, Vec<String>) {
    let range = words.range_of(span);
    if range.is_empty() {
        return (span, Vec::new());
    }
    let name_start = inner_title_end(words, range.clone());
    let name = Span { start: words.span(name_start).start, end: span.end };
    let mut roles = Vec::new();
    if let Some(role) = title_before(words, range.start, name_start) {
        roles.push(role);
    }
    if let Some(role) = apposition_after(words, range.end) {
        roles.push(role);
    }
    (name, roles)
}

/// The first token of the name proper inside a mention: after honorifics and after the last
/// office phrase that leaves at least one word ("Secretary of State Antony Blinken").
fn inner_title_end(words: &Words, range: Range<usize>) -> usize {
    let w = words.words(range.clone());
    let mut name = 0;
    let mut i = 0;
    while i + 1 < w.len() {
        if let Some((n, _)) = lexicon::office_at(&w, i).filter(|(n, _)| i + n < w.len()) {
            i += n;
            name = i;
        } else {
            i += 1;
        }
    }
    while name + 1 < w.len() && HONORIFICS.contains(w[name]) {
        name += 1;
    }
    range.start + name
}

/// A title written before a name: the title-like words before `mention_start`, together with
/// the title inside the mention up to `name_start`, when they hold an office that reaches the
/// name.
fn title_before(words: &Words, mention_start: usize, name_start: usize) -> Option<String> {
    let sentence = words.sentence_of(mention_start);
    let mut first = mention_start;
    while first > sentence.start && mention_start - first < MAX_TITLE {
        let w = words.word(first - 1);
        if !title_word(words, first - 1, w) {
            break;
        }
        first -= 1;
    }
    while first < name_start && is_connector(words.word(first)) {
        first += 1;
    }
    (first < name_start).then_some(())?;
    let w = words.words(first..name_start);
    let offices = offices_in(&w);
    let (_, end, _) = *offices.last()?;
    let tail = &w[end..];
    if !(tail.is_empty() || matches!(tail[0], "of" | "for")) {
        return None;
    }
    Some(role_text(words, first, name_start - 1, &offices, first))
}

/// True when token `i` may belong to a title: a capitalised word that is not a clause opener or
/// a date, an office word, a modifier, or "of", "for" and the possessive.
fn title_word(words: &Words, i: usize, w: &str) -> bool {
    if words.is_punct(i) || CALENDAR.contains(w) || HONORIFICS.contains(w) {
        return false;
    }
    if is_capitalised(w) {
        return !CLAUSE_OPENERS.contains(w);
    }
    lexicon::is_office_word(w) || MODIFIERS.contains(w) || is_connector(w)
}

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for") || is_possessive(w)
}

/// The office phrases of a word list as (start, end, office), scanning left to right.
pub fn offices_in(w: &[&str]) -> Vec<(usize, usize, &'static lexicon::Office)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        match lexicon::office_at(w, i) {
            Some((n, office)) => {
                out.push((i, i + n, office));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// The role an apposition after a name states: ", the port authority's chief executive,".
fn apposition_after(words: &Words, after: usize) -> Option<String> {
    if words.word(after) != "," {
        return None;
    }
    let sentence = words.sentence_of(after);
    let mut first = after + 1;
    while first < sentence.end && matches!(words.word(first), "the" | "a" | "an") {
        first += 1;
    }
    let mut end = first;
    while end < sentence.end && end - first < MAX_APPOSITION && !closes_apposition(words, end) {
        end += 1;
    }
    let closed = end >= sentence.end || closes_apposition(words, end);
    if !closed || end == first {
        return None;
    }
    let w = words.words(first..end);
    let offices = offices_in(&w);
    let &(start, stop, _) = offices.last()?;
    let tail_ok = stop == w.len() || matches!(w[stop], "of" | "for" | "at");
    let lead_ok = w[..start].iter().all(|x| !verb_like(x));
    (tail_ok && lead_ok).then(|| role_text(words, first, end - 1, &offices, first))
}

fn closes_apposition(words: &Words, i: usize) -> bool {
    words.is_punct(i) && !matches!(words.word(i), "'" | "’" | "&" | "-")
}

/// Words that show an apposition is a clause rather than a title: "who", "speaking", "met".
fn verb_like(w: &str) -> bool {
    const STOP: [&str; 16] = [
        "who", "which", "that", "whose", "where", "when", "to", "with", "at", "in", "on", "by",
        "is", "was", "has", "had",
    ];
    let lower = w.to_ascii_lowercase();
    STOP.contains(&lower.as_str())
        || (lower.len() > 4 && (lower.ends_with("ing") || lower.ends_with("ed")))
        || matches!(lower.as_str(), "said" | "says" | "met" | "told")
}

/// The role as written from token `first` to `last`, white space collapsed, with job words
/// ("spokeswoman", "leader") in lower case. `offices` hold positions relative to `base`.
fn role_text(
    words: &Words,
    first: usize,
    last: usize,
    offices: &[(usize, usize, &lexicon::Office)],
    base: usize,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    for i in first..=last {
        let w = words.word(i);
        let generic =
            offices.iter().any(|&(s, e, o)| !o.formal && (s + base..e + base).contains(&i));
        let w = if generic { w.to_lowercase() } else { w.to_string() };
        let glued =
            is_possessive(&w) || (i > first && words.span(i).start == words.span(i - 1).end);
        match parts.last_mut() {
            Some(prev) if glued => prev.push_str(&w),
            _ => parts.push(w),
        }
    }
    parts.join(" ")
}
