//! Rules for expressions anchored on the narrative's reference time rather than the publication
//! date: `that day`, `later that year`, `the same month`, `the following year`, and `year-end`.
//!
//! A story that has just said `in June 1998` goes on with `later that year` meaning 1998, not
//! the year it was published; normalisation looks up the last explicit date the text gave.

use crate::calendar::{self as cal, Ym};
use crate::expr::Expr;
use crate::lexicon::{self, Unit};
use crate::normalize::Context;
use crate::recognize::Cur;
use chrono::{Datelike, NaiveDate};

/// `that day`, `that same year`, `the same day`, `the following month`, `the previous year`,
/// `the next morning`.
pub(crate) fn reference(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let (offset, k) = match (c.w(i), c.w(i + 1)) {
        ("that", "same") => (0, i + 2),
        ("that", _) => (0, i + 1),
        ("the", "same") => (0, i + 2),
        ("the", "following") => (1, i + 2),
        ("the", "next") if matches!(c.w(i + 2), "day" | "morning" | "night") => (1, i + 2),
        ("the", "previous" | "preceding" | "prior") => (-1, i + 2),
        _ => return None,
    };
    if let Some(pod) = lexicon::part_of_day(c.w(k)).filter(|_| offset != 0 || c.is(i, "that")) {
        let e = Expr::Anchored { unit: Unit::Day, offset, pod: Some(pod) };
        return Some((k + 1, e));
    }
    let (unit, false) = lexicon::unit(c.w(k))? else { return None };
    let known = matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year);
    // `that year's results` is still the year; `that day care` is not a date.
    let noun_after = c.kind(k + 1) == Some(crate::token::Kind::Word)
        && !matches!(c.w(k + 1), "and" | "or" | "but" | "when" | "as" | "the" | "to" | "after")
        && lexicon::unit(c.w(k + 1)).is_none()
        && c.is(i, "that");
    (known && !noun_after).then_some((k + 1, Expr::Anchored { unit, offset, pod: None }))
}

/// `in the morning`, `during the afternoon`, `by early afternoon`: a part of the day the story
/// is telling, that of its reference date. `the night of Oct. 23` is left to the date.
pub(crate) fn part_of_story_day(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let k = match c.w(i) {
        "the" if matches!(c.prev(i), "in" | "during" | "by" | "through" | "throughout") => i + 1,
        "early" | "late" | "mid" if matches!(c.prev(i), "in" | "by" | "until" | "since") => i + 1,
        _ => return None,
    };
    let pod = lexicon::part_of_day(c.w(k)).filter(|_| !c.w(k).ends_with('s'))?;
    if matches!(c.w(k + 1), "of" | "-") {
        return None;
    }
    Some((k + 1, Expr::Anchored { unit: Unit::Day, offset: 0, pod: Some(pod) }))
}

/// `year-end`, `year end`, `year's end`: the anchor's year (TimeML marks the end with a
/// modifier, not in the value).
pub(crate) fn year_end(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    if !c.is(i, "year") {
        return None;
    }
    let end = match (c.w(i + 1), c.w(i + 2), c.w(i + 3)) {
        ("-", "end", _) => i + 3,
        ("end", _, _) => i + 2,
        ("'" | "’", "s", "end") => i + 4,
        _ => return None,
    };
    Some((end, Expr::Unit { unit: Unit::Year, offset: 0 }))
}

/// `20th century`, `the 11th century`: a century written with its first two digits.
pub(crate) fn century(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    let w = c.w(s);
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|suffix| w.strip_suffix(suffix))?;
    let n: i32 = digits.parse().ok()?;
    (c.is(s + 1, "century") && (1..=30).contains(&n)).then_some((s + 2, Expr::Century(n - 1)))
}

/// The value of the reference date's `unit`, moved by `offset`; the publication date stands in
/// when the text has not yet given a date as fine as the unit.
pub(crate) fn value(ctx: &Context, unit: Unit, offset: i32) -> String {
    let reference = ctx.ref_date;
    let day = reference.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m?, d?)).or(ctx.dct);
    match unit {
        Unit::Year => {
            let y = reference.map(|r| r.0).or(ctx.dct.map(|d| d.year()));
            cal::year_str(y.map(|y| y + offset))
        }
        Unit::Month => match reference {
            Some((y, Some(m), _)) => Ym::from_parts(y, m).plus(offset).to_string(),
            _ => ctx.dct.map_or_else(|| cal::unknown(unit), |d| Ym::of(d).plus(offset).to_string()),
        },
        Unit::Quarter => {
            let from_month = reference.and_then(|(y, m, _)| Some((y, (m? - 1) / 3 + 1)));
            let from_dct = ctx.dct.map(|d| (d.year(), d.month0() / 3 + 1));
            match ctx.last_quarter.or(from_month).or(from_dct) {
                Some((y, q)) => {
                    let n = y * 4 + q as i32 - 1 + offset;
                    format!("{}-Q{}", cal::year_str(Some(n.div_euclid(4))), n.rem_euclid(4) + 1)
                }
                None => cal::unknown(unit),
            }
        }
        Unit::Week => day
            .and_then(|d| cal::add_days(d, 7 * offset as i64))
            .map_or_else(|| cal::unknown(unit), cal::week),
        _ => day
            .and_then(|d| cal::add_days(d, offset as i64))
            .map_or_else(|| cal::unknown(Unit::Day), cal::ymd),
    }
}

/// The explicit date a value such as `1998`, `1998-06` or `1998-06-12` names.
pub(crate) fn parse_date(value: &str) -> Option<(i32, Option<u32>, Option<u32>)> {
    let mut parts = value.split('-');
    let y = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let m = parts.next().map(|p| p.parse().ok()).unwrap_or(None);
    let d = parts.next().map(|p| p.parse().ok()).unwrap_or(None);
    Some((y, m, d))
}

/// `the nineties`: a decade of the twentieth century written as a word.
pub(crate) fn spelled_decade(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let d = match c.w(i + 1) {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    };
    c.is(i, "the").then_some((i + 2, Expr::Decade(190 + d)))
}

/// The second day of a pair such as `April 24 and 25`: it takes the first one's month.
pub(crate) fn second_day(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let d = c.day(i)?;
    if i < 3 || !matches!(c.w(i - 1), "and" | "or" | "to" | "-" | "through") {
        return None;
    }
    let (m, j) = c.month(i - 3)?;
    let first = j == i - 2 && c.day(i - 2).is_some();
    let month_follows = lexicon::month(c.w(i + 1)).is_some();
    (first && !month_follows)
        .then_some((i + 1, Expr::Date { year: None, month: Some(m), day: Some(d) }))
}
