//! Years written out in words, as broadcast transcripts do: `nineteen ninety-seven`,
//! `two thousand`, `two thousand and one`.
//!
//! The same reading serves a year alone and a year inside a larger expression
//! (`January nineteen ninety-seven`, `the winter of nineteen ninety-four`, `the year two
//! thousand`), so the forms stay consistent.

use crate::lexicon;
use crate::recognize::Cur;
use crate::token::Kind;

/// A year written in words at `i`: the index after it and the year.
pub(crate) fn year_words(c: &Cur<'_>, i: usize) -> Option<(usize, i32)> {
    if c.is(i, "two") && c.is(i + 1, "thousand") && lexicon::unit(c.w(i + 2)).is_none() {
        let k = c.opt(i + 2, "and");
        let extra = lexicon::small_number(c.w(k)).filter(|n| *n < 20);
        let end = if extra.is_some() { k + 1 } else { i + 2 };
        return Some((end, 2000 + extra.unwrap_or(0) as i32));
    }
    if !c.is(i, "nineteen") {
        return None;
    }
    let tens =
        lexicon::small_number(c.w(i + 1)).filter(|n| (20..=90).contains(n) && n % 10 == 0)?;
    let unit =
        if c.is(i + 2, "-") { lexicon::small_number(c.w(i + 3)).filter(|n| *n < 10) } else { None };
    let end = if unit.is_some() { i + 4 } else { i + 2 };
    Some((end, 1900 + (tens + unit.unwrap_or(0)) as i32))
}

/// A year at `i` in digits (`1997`) or in words, after a month or season: the index after it
/// and the year. `two thousand` must not run on into a noun (`in May two thousand troops`).
pub(crate) fn year_at(c: &Cur<'_>, i: usize) -> Option<(usize, i32)> {
    if let Some(y) = c.year(i) {
        return Some((i + 1, y));
    }
    let (end, y) = year_words(c, i)?;
    (!c.is(i, "two") || closed(c, end)).then_some((end, y))
}

/// A year in words standing alone. `two thousand` is a count as often as a year
/// (`two thousand troops`), so alone it is a year only after a word that introduces a time
/// (`in two thousand`) or before punctuation.
pub(crate) fn lone_year(c: &Cur<'_>, i: usize) -> Option<(usize, i32)> {
    let (end, y) = year_words(c, i)?;
    let cue = matches!(c.prev(i), "in" | "since" | "until" | "by" | "before" | "after");
    (!c.is(i, "two") || cue || closed(c, end)).then_some((end, y))
}

/// Whether nothing but punctuation or the sentence's end follows token `end - 1`.
fn closed(c: &Cur<'_>, end: usize) -> bool {
    c.kind(end).is_none_or(|k| k == Kind::Punct)
}
