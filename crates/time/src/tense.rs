//! Tense of the verbs around a time expression: past, present or future.

use crate::token::{Kind, Tok};

/// The grammatical time a sentence places an expression in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    /// No verb gave a clue.
    Unknown,
}

/// The tense each token signals, if any; future auxiliaries colour the verbs after them.
pub(crate) fn markers(toks: &[Tok]) -> Vec<Tense> {
    let mut out = vec![Tense::Unknown; toks.len()];
    let mut future_until = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::Word {
            continue;
        }
        let w = t.low.as_str();
        let next = toks.get(i + 1).map(|t| t.low.as_str()).unwrap_or("");
        let prev = if i > 0 { toks[i - 1].low.as_str() } else { "" };
        if is_future_cue(w, next, prev) && !planned_before(toks, i) {
            out[i] = Tense::Future;
            future_until = i + 4;
        } else if is_past(w) && (after_determiner(toks, i) || perfect(prev)) {
            // A participle that a determiner puts before its noun is an adjective (`a still
            // unspecified date`, `the proposed merger`), and one after `has` or `had` leaves
            // the tense to that auxiliary (`has extended loans through January`).
        } else if is_past(w) || is_present(w) {
            out[i] = if i < future_until {
                Tense::Future
            } else if is_past(w) {
                Tense::Past
            } else {
                Tense::Present
            };
        }
    }
    out
}

/// Whether `w` is an auxiliary of a perfect tense.
fn perfect(w: &str) -> bool {
    matches!(w, "has" | "have" | "had" | "having")
}

/// Whether a determiner stands right before token `i`, or before an adverb right before it (`a
/// still unspecified date`, `the recently announced sale`).
fn after_determiner(toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| if k <= i && k > 0 { toks[i - k].low.as_str() } else { "" };
    let det = |w: &str| {
        matches!(w, "a" | "an" | "the" | "this" | "that" | "these" | "those" | "its" | "their")
            || matches!(w, "his" | "her" | "our" | "my" | "your")
    };
    let adverb = |w: &str| w == "still" || w == "newly" || (w.len() > 4 && w.ends_with("ly"));
    det(w(1)) || (adverb(w(1)) && det(w(2)))
}

/// Whether the future cue at `i` follows a pluperfect (`had been scheduled to`, `had been due
/// to`): the plan belonged to a past that has gone by, so the time it names is past too.
fn planned_before(toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| if k <= i && k > 0 { toks[i - k].low.as_str() } else { "" };
    w(1) == "had" || (w(1) == "been" && w(2) == "had") || (w(1) == "been" && w(3) == "had")
}

/// Whether the sentence's verb group is a pluperfect (`had called`, `had not filed`): a
/// narrative already in the past, where `until Thursday` or `by Wednesday` looks back. A
/// pluperfect in a relative clause (`the sale, which had been expected, ...`) does not count.
pub(crate) fn pluperfect(toks: &[Tok]) -> bool {
    let relative = |k: usize| k > 0 && matches!(toks[k - 1].low.as_str(), "which" | "that" | "who");
    (0..toks.len().saturating_sub(1)).any(|k| {
        let next = toks[k + 1].low.as_str();
        toks[k].low == "had" && !relative(k) && (next == "not" || next == "been" || is_past(next))
    })
}

/// The tense that the words just before token `a` impose: `until`, `by`, `effective` and
/// `as soon as` look ahead, `since` looks back.
pub(crate) fn before(toks: &[Tok], a: usize) -> Option<Tense> {
    let w = |k: usize| if k <= a && k > 0 { toks[a - k].low.as_str() } else { "" };
    match (w(1), w(2), w(3)) {
        ("until" | "till" | "by" | "effective", _, _) => Some(Tense::Future),
        ("as", "soon", "as") => Some(Tense::Future),
        ("on" | "at" | "in", "until" | "by" | "till", _) => Some(Tense::Future),
        ("since", _, _) => Some(Tense::Past),
        _ => scheduled(toks, a).then_some(Tense::Future),
    }
}

/// Whether a verb of a scheduled event in the present simple stands just before token `a`
/// (`the two leaders meet Monday`, `hearings resume on Tuesday`, `he testifies formally
/// Thursday`): news writes coming events so, and past ones in the past tense.
///
/// The word before the verb must not make it a noun (`the meets`, `their visits`) or an
/// infinitive or auxiliary construction (`to meet`, `did not meet`), which other rules read.
fn scheduled(toks: &[Tok], a: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let mut k = a;
    if k > 0 && w(k - 1) == "on" {
        k -= 1;
    }
    if k > 0 && w(k - 1).len() > 4 && w(k - 1).ends_with("ly") {
        k -= 1;
    }
    if k == 0 || !SCHEDULED.contains(&w(k - 1)) {
        return false;
    }
    let before = if k >= 2 { w(k - 2) } else { "" };
    !NOT_BEFORE_SCHEDULED.contains(&before)
}

/// Event verbs, base and third-person forms, that the present simple puts in the future.
const SCHEDULED: &[&str] = &[
    "meet",
    "meets",
    "begin",
    "begins",
    "resume",
    "resumes",
    "convene",
    "convenes",
    "vote",
    "votes",
    "visit",
    "visits",
    "travel",
    "travels",
    "arrive",
    "arrives",
    "depart",
    "departs",
    "testify",
    "testifies",
    "open",
    "opens",
    "expire",
    "expires",
    "sign",
    "signs",
    "host",
    "hosts",
];

/// Words that cannot stand before a present-simple verb with its subject.
const NOT_BEFORE_SCHEDULED: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "of", "for", "in", "on", "at", "with", "after", "before", "to", "not", "t", "did",
    "does", "do", "will", "would", "could", "should", "can", "may", "might", "must", "and", "or",
];

/// The tense of tokens `a..b` of the sentence: that of the nearest marked verb before them in
/// their clause ([`left_in_clause`]), else the nearest on either side; on a tie the left one
/// wins.
///
/// A reporting verb after the expression (`..., the minister said`) tells when the report was
/// made, not when the reported event happens, so it counts only when no other verb speaks.
pub(crate) fn around(toks: &[Tok], marks: &[Tense], a: usize, b: usize) -> Tense {
    if let Some(t) = left_in_clause(toks, marks, a) {
        return t;
    }
    let found = nearest(marks, a, b, |k| k < a || !is_reporting(&toks[k].low));
    if found != Tense::Unknown { found } else { nearest(marks, a, b, |_| true) }
}

/// The tense of the nearest marked verb before token `a` in the same clause: the verb an
/// adjunct such as `on Wednesday` usually belongs to (`she would meet both sides on Wednesday
/// and urged them ...`).
fn left_in_clause(toks: &[Tok], marks: &[Tense], a: usize) -> Option<Tense> {
    for k in (0..a).rev() {
        if marks[k] != Tense::Unknown {
            return Some(marks[k]);
        }
        if matches!(toks[k].low.as_str(), "," | ";" | ":" | "\u{2014}" | "(") {
            return None;
        }
    }
    None
}

fn is_reporting(w: &str) -> bool {
    matches!(w, "said" | "says" | "say" | "told" | "tells" | "added" | "reported" | "announced")
}

fn nearest(marks: &[Tense], a: usize, b: usize, ok: impl Fn(usize) -> bool) -> Tense {
    let n = marks.len();
    for d in 1..=n {
        if a >= d && marks[a - d] != Tense::Unknown && ok(a - d) {
            return marks[a - d];
        }
        if b + d - 1 < n && marks[b + d - 1] != Tense::Unknown && ok(b + d - 1) {
            return marks[b + d - 1];
        }
        if a < d && b + d > n {
            break;
        }
    }
    Tense::Unknown
}

fn is_future_cue(w: &str, next: &str, prev: &str) -> bool {
    match w {
        "will" | "shall" | "ll" | "wo" => true,
        "would" => next != "have",
        "is" | "are" => next == "to",
        // Not every word that starts so: "plane", "plant", "expectations".
        "plan" | "plans" | "planned" | "planning" | "schedule" | "schedules" | "scheduled"
        | "scheduling" | "expect" | "expects" | "expected" | "expecting" => true,
        "going" => next == "to",
        "intends" | "due" | "set" | "poised" | "aims" => next == "to",
        "tomorrow" | "upcoming" => true,
        _ => prev == "'" && w == "ll",
    }
}

fn is_present(w: &str) -> bool {
    matches!(w, "is" | "are" | "am" | "says" | "say" | "has" | "have" | "tells")
}

fn is_past(w: &str) -> bool {
    if IRREGULAR_PAST.contains(&w) {
        return true;
    }
    w.len() > 4 && w.ends_with("ed") && !NOT_PAST.contains(&w)
}

const IRREGULAR_PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "came",
    "went",
    "made",
    "took",
    "gave",
    "got",
    "met",
    "left",
    "began",
    "became",
    "brought",
    "bought",
    "sold",
    "held",
    "found",
    "fell",
    "rose",
    "won",
    "lost",
    "paid",
    "sent",
    "spent",
    "thought",
    "wrote",
    "spoke",
    "knew",
    "saw",
    "ran",
    "led",
    "hit",
    "set",
    "put",
    "cut",
    "shot",
    "struck",
    "fought",
    "flew",
    "drove",
    "broke",
    "chose",
    "grew",
    "threw",
    "stood",
    "felt",
    "kept",
    "meant",
    "heard",
    "caught",
    "taught",
    "sought",
    "ago",
    "earlier",
    "last",
    "yesterday",
    "previously",
    "recently",
];

const NOT_PAST: &[&str] = &[
    "need", "needs", "speed", "indeed", "proceed", "exceed", "succeed", "hundred", "embed",
    "breed", "greed", "steed", "seed", "united", "limited", "based", "red", "speed", "feed", "bed",
    "shed", "deed", "weed", "creed", "bleed", "tweed",
];
