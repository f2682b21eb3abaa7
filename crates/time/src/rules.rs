//! Rules for calendar expressions: dates, weekdays, relative periods, quarters and seasons.

use crate::expr::{Expr, Pick};
use crate::lexicon::{self, Unit};
use crate::recognize::{Cur, Rule};
use crate::spelled::year_at;
use crate::token::Kind;

pub(crate) use crate::amounts::quantity;

/// Every rule, tried at each token; the longest match wins, the first on a tie.
pub(crate) const ALL: &[Rule] = &[
    iso_date,
    month_first,
    day_first,
    weekday,
    day_word,
    crate::anchored::century,
    year,
    crate::anchored::reference,
    relative,
    the_period,
    quarter,
    season,
    crate::amounts::quantity,
    crate::amounts::clock,
    crate::amounts::fuzzy,
    crate::amounts::set,
    holiday,
    crate::anchored::year_end,
    crate::anchored::part_of_story_day,
    crate::anchored::spelled_decade,
    crate::anchored::second_day,
    crate::compound::day_from,
    crate::compound::week_of,
    crate::compound::part_of_named_day,
    crate::compound::two_quarters,
];

/// `2023-11-09` and `11/09/2023`.
fn iso_date(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let a = c.t.get(i)?;
    if a.kind != Kind::Num {
        return None;
    }
    if a.low.len() == 4 && c.is(i + 1, "-") && c.is(i + 3, "-") {
        let (m, d) = (c.digits(i + 2)?, c.digits(i + 4)?);
        let valid = (1..=12).contains(&m) && (1..=31).contains(&d);
        return valid.then(|| (i + 5, date(c.digits(i).map(|y| y as i32), Some(m), Some(d))));
    }
    if c.is(i + 1, "/") && c.is(i + 3, "/") {
        let (m, d, y) = (c.digits(i)?, c.digits(i + 2)?, c.digits(i + 4)?);
        let y = if y < 100 { y + if y < 50 { 2000 } else { 1900 } } else { y };
        let valid = (1..=12).contains(&m) && (1..=31).contains(&d) && y < 10_000;
        return valid.then(|| (i + 5, date(Some(y as i32), Some(m), Some(d))));
    }
    None
}

fn date(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> Expr {
    Expr::Date { year, month, day }
}

/// `Nov. 9`, `Nov. 9, 2023`, `October 2023`, `October of 1998`, `December last year`, `May`.
pub(crate) fn month_first(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let (m, j) = c.month(i)?;
    if let Some(d) = c.day(j) {
        let k = c.opt(j + 1, ",");
        if let Some(y) = c.year(k) {
            return Some((k + 1, date(Some(y), Some(m), Some(d))));
        }
        return Some((j + 1, date(None, Some(m), Some(d))));
    }
    let k = if c.is(j, ",") || c.is(j, "of") { j + 1 } else { j };
    if let Some((end, y)) = year_at(c, k) {
        return Some((end, date(Some(y), Some(m), None)));
    }
    if let Some(off) = relative_year(c, j) {
        return Some((j + 2, Expr::Month { month: m, pick: Pick::Bare, year_offset: Some(off) }));
    }
    let may_ok = m != 5
        || matches!(c.prev(i), "in" | "of" | "since" | "until" | "by" | "early" | "late" | "mid")
        || matches!(c.prev(i), "through" | "from" | "during" | "before" | "after" | "-");
    (may_ok && j == i + 1).then_some((j, date(None, Some(m), None)))
}

/// `last year`, `this year`, `next year` at `i`: the year offset.
fn relative_year(c: &Cur<'_>, i: usize) -> Option<i32> {
    if !c.is(i + 1, "year") {
        return None;
    }
    pick_offset(c.w(i))
}

fn pick_offset(w: &str) -> Option<i32> {
    match w {
        "this" | "current" | "same" => Some(0),
        "last" | "past" | "previous" => Some(-1),
        "next" | "coming" | "following" => Some(1),
        _ => None,
    }
}

/// `9 November`, `9 November 2023`, `the 9th of November`.
fn day_first(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    let d = c.day(s)?;
    let k = c.opt(s + 1, "of");
    let (m, j) = c.month(k)?;
    if let Some(y) = c.year(c.opt(j, ",")) {
        return Some((c.opt(j, ",") + 1, date(Some(y), Some(m), Some(d))));
    }
    Some((j, date(None, Some(m), Some(d))))
}

/// `Thursday`, `Friday night`, `Friday, Nov. 10`, and plurals as sets (`Mondays`).
fn weekday(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let (wd, plural) = lexicon::weekday(c.w(i))?;
    if !c.cap(i) || c.w(i).len() < 6 {
        return None;
    }
    if plural {
        return Some((i + 1, Expr::Set(format!("XXXX-WXX-{wd}"))));
    }
    let k = c.opt(i + 1, ",");
    if let Some((end, e)) = month_first(c, k).filter(|(_, e)| has_day(e)) {
        return Some((end, e));
    }
    weekday_tail(c, i + 1, wd, Pick::Bare)
}

fn has_day(e: &Expr) -> bool {
    matches!(e, Expr::Date { day: Some(_), .. })
}

/// A weekday ending at `j`, with a part of the day after it.
fn weekday_tail(c: &Cur<'_>, j: usize, wd: u32, pick: Pick) -> Option<(usize, Expr)> {
    match lexicon::part_of_day(c.w(j)) {
        Some(pod) => Some((j + 1, Expr::Weekday { wd, pick, pod: Some(pod) })),
        None => Some((j, Expr::Weekday { wd, pick, pod: None })),
    }
}

/// `today`, `yesterday morning`, `tomorrow`, `tonight`.
fn day_word(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let offset = match c.w(i) {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        "tonight" => return Some((i + 1, Expr::Day { offset: 0, pod: Some("NI") })),
        _ => return None,
    };
    let pod = lexicon::part_of_day(c.w(i + 1));
    Some((i + 1 + pod.is_some() as usize, Expr::Day { offset, pod }))
}

/// `1998`, `fiscal 1998`, `the year 2000`, `1998's third quarter`, `the 1990s`, `the '90s`.
fn year(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    if c.is(i, "fiscal") {
        return c.year(i + 1).map(|y| (i + 2, date(Some(y), None, None)));
    }
    if c.is(i, "the") && c.is(i + 1, "year") {
        let k = i + 2;
        let found = c.year(k).map(|y| (k + 1, y)).or_else(|| crate::spelled::year_words(c, k));
        return found.map(|(end, y)| (end, date(Some(y), None, None)));
    }
    if c.is(i, "the") {
        return decade(c, i + 1);
    }
    if let Some(found) = decade(c, i).or_else(|| spelled_year(c, i)) {
        return Some(found);
    }
    let y = c.year(i)?;
    let k = if c.is(i + 1, "'") && c.is(i + 2, "s") { i + 3 } else { i + 1 };
    if let Some(q) = lexicon::ordinal(c.w(k)).filter(|_| c.is(c.opt(k + 1, "-"), "quarter")) {
        return Some((c.opt(k + 1, "-") + 1, Expr::Quarter { q: Some(q), year: Some(y), back: 0 }));
    }
    Some((i + 1, date(Some(y), None, None)))
}

/// `1990s`, `1990's`, `'90s`.
fn decade(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let w = c.w(i);
    if c.kind(i) == Some(Kind::Num) && w.len() == 5 && w.ends_with("0s") {
        return w[..3].parse().ok().map(|d| (i + 1, Expr::Decade(d)));
    }
    if c.year(i).is_some_and(|y| y % 10 == 0) && c.is(i + 1, "'") && c.is(i + 2, "s") {
        return w[..3].parse().ok().map(|d| (i + 3, Expr::Decade(d)));
    }
    if matches!(w, "'" | "’") && c.w(i + 1).len() == 3 && c.w(i + 1).ends_with("0s") {
        let d: i32 = c.w(i + 1)[..1].parse().ok()?;
        return Some((i + 2, Expr::Decade(190 + d)));
    }
    None
}

/// `nineteen ninety-eight`, `two thousand`.
fn spelled_year(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    crate::spelled::lone_year(c, i).map(|(end, y)| (end, date(Some(y), None, None)))
}

/// `last week`, `this year`, `the next month`, `last December`, `next Friday`, `last night`.
fn relative(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    let w = c.w(s);
    let off = pick_offset(w).or_else(|| matches!(w, "latest" | "recent").then_some(0))?;
    let pick = match off {
        0 => Pick::This,
        -1 => Pick::Last,
        _ => Pick::Next,
    };
    let j = s + 1;
    let k = c.opt(j, "fiscal");
    let possessive = c.is(k, "year") && c.is(k + 1, "'") && c.is(k + 2, "s");
    if let Some(q) = lexicon::ordinal(c.w(k + 3)).filter(|_| possessive && c.is(k + 4, "quarter")) {
        return Some((k + 5, Expr::QuarterOfYear { q, year_offset: off }));
    }
    if let Some((u, false)) = lexicon::unit(c.w(k)).filter(|_| !c.cap(k)) {
        if s == i && matches!(w, "past" | "coming" | "following" | "previous") {
            return None;
        }
        if matches!(w, "latest" | "recent") {
            let quarter = u == Unit::Quarter || c.is(k, "period");
            return quarter.then_some((k + 1, Expr::Quarter { q: None, year: None, back: 0 }));
        }
        if matches!(w, "past" | "last") && s > i && u != Unit::Weekend {
            // `the past year` names the year before the anchor's, as `last year` does.
            return Some((k + 1, Expr::Unit { unit: u, offset: -1 }));
        }
        return Some((k + 1, Expr::Unit { unit: u, offset: off }));
    }
    if c.is(j, "period") && s > i && matches!(w, "latest" | "same" | "current") {
        return Some((j + 1, Expr::Quarter { q: None, year: None, back: 0 }));
    }
    let dated = c.month(j).is_some_and(|(_, e)| c.day(e).is_some());
    if s > i || matches!(w, "latest" | "recent") || dated {
        return None;
    }
    named_relative(c, j, off, pick)
}

/// `the weekend`, `the year ended ...` (a duration), `for the year`, `the end of the month`.
fn the_period(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    if !c.is(i, "the") {
        return None;
    }
    let k = if matches!(c.w(i + 1), "full" | "fiscal" | "calendar") { i + 2 } else { i + 1 };
    let (unit, false) = lexicon::unit(c.w(k))? else { return None };
    let ended = matches!(c.w(k + 1), "ended" | "ending" | "ends" | "through" | "to");
    let one = crate::expr::Qty::N(1.0);
    match unit {
        Unit::Weekend => Some((k + 1, Expr::Unit { unit, offset: 0 })),
        Unit::Year if ended => Some((k + 1, Expr::Duration { n: one, unit })),
        Unit::Year if k > i + 1 || matches!(c.prev(i), "for" | "of") => {
            Some((k + 1, Expr::Unit { unit, offset: 0 }))
        }
        Unit::Month | Unit::Week if c.prev(i) == "of" => {
            Some((k + 1, Expr::Unit { unit, offset: 0 }))
        }
        _ => None,
    }
}

/// The named period after `last`, `this` or `next`.
fn named_relative(c: &Cur<'_>, j: usize, off: i32, pick: Pick) -> Option<(usize, Expr)> {
    if let Some((m, k)) = c.month(j) {
        return Some((k, Expr::Month { month: m, pick, year_offset: None }));
    }
    if let Some(code) = lexicon::season(c.w(j)) {
        return Some((j + 1, Expr::Season { code, year: None, pick }));
    }
    if c.is(j, "thanksgiving") {
        return Some((c.opt(j + 1, "day"), Expr::Thanksgiving { pick }));
    }
    if let Some((wd, false)) = lexicon::weekday(c.w(j)).filter(|_| c.cap(j)) {
        return weekday_tail(c, j + 1, wd, pick);
    }
    match (off, c.w(j)) {
        (-1, "night") => Some((j + 1, Expr::Day { offset: -1, pod: Some("NI") })),
        (0, w) => {
            lexicon::part_of_day(w).map(|pod| (j + 1, Expr::Day { offset: 0, pod: Some(pod) }))
        }
        _ => None,
    }
}

/// `the third quarter`, `third-quarter`, `the fiscal first quarter of 1998`, `the quarter`,
/// `the first half`.
fn quarter(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    let s = c.opt(c.opt(s, "fiscal"), "calendar");
    if s > i && c.is(s, "quarter") && c.is(i, "the") {
        return Some((s + 1, Expr::Quarter { q: None, year: None, back: 0 }));
    }
    if let Some(found) = year_ago(c, i) {
        return Some(found);
    }
    let (s, year) = match c.year(s).filter(|_| s > i) {
        Some(y) if matches!(c.w(s + 1), "period" | "quarter") => {
            return Some((s + 2, Expr::Quarter { q: None, year: Some(y), back: 0 }));
        }
        Some(y) => (s + 1, Some(y)),
        None => (s, None),
    };
    let last_half = c.is(s, "last") && c.is(s + 1, "half") && c.year(s + 3).is_some();
    let q = lexicon::ordinal(c.w(s)).or(last_half.then_some(2))?;
    let k = c.opt(c.opt(s + 1, "fiscal"), "-");
    let half = c.is(k, "half");
    if !(c.is(k, "quarter") || half) || (half && q > 2) {
        return None;
    }
    let of_relative = c.is(k + 1, "of").then(|| relative_year(c, k + 2)).flatten();
    if let Some(year_offset) = of_relative.filter(|_| year.is_none()) {
        // `the second quarter of next year`, `the first half of last year`
        let e = if half {
            Expr::HalfOfYear { h: q, year_offset }
        } else {
            Expr::QuarterOfYear { q, year_offset }
        };
        return Some((k + 4, e));
    }
    let (end, year) = match c.w(k + 1) {
        _ if year.is_some() => (k + 1, year),
        "of" | "," => c.year(k + 2).map_or((k + 1, None), |y| (k + 3, Some(y))),
        _ => c.year(k + 1).map_or((k + 1, None), |y| (k + 2, Some(y))),
    };
    let e =
        if half { Expr::Half { h: q, year } } else { Expr::Quarter { q: Some(q), year, back: 0 } };
    Some((end, e))
}

/// `year-earlier`, `the year-ago quarter`, `the year-earlier third quarter`, `last year's quarter`.
fn year_ago(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(c.opt(i, "the"), "comparable");
    let k = if c.is(s, "year") && c.is(s + 1, "-") && matches!(c.w(s + 2), "ago" | "earlier") {
        s + 3
    } else if c.is(s, "last") && c.is(s + 1, "year") && c.is(s + 2, "'") && c.is(s + 3, "s") {
        s + 4
    } else {
        return None;
    };
    if let Some(q) = lexicon::ordinal(c.w(k)).filter(|_| c.is(k + 1, "quarter")) {
        return Some((k + 2, Expr::Quarter { q: Some(q), year: None, back: 1 }));
    }
    let noun = matches!(c.w(k), "quarter" | "period");
    if !noun && (s > i || c.is(s, "last")) {
        return None;
    }
    let one = crate::expr::Qty::N(1.0);
    Some((k + noun as usize, Expr::Shift { n: one, unit: Unit::Year, dir: -1 }))
}

/// `the summer`, `summer 1998`, `the winter of 1998`, `in spring`.
fn season(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    let code = lexicon::season(c.w(s))?;
    let k = c.opt(s + 1, "of");
    if let Some((end, y)) = year_at(c, k) {
        return Some((end, Expr::Season { code, year: Some(y), pick: Pick::Bare }));
    }
    let after_modifier = matches!(c.prev(i), "early" | "late" | "mid" | "-");
    let bare_ok = s > i
        || after_modifier
        || (code != "FA" && matches!(c.prev(i), "in" | "during" | "over" | "this"));
    bare_ok.then_some((s + 1, Expr::Season { code, year: None, pick: Pick::Bare }))
}

/// `Christmas`, `New Year's Day`, `Thanksgiving`, `Independence Day`.
fn holiday(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let day_after = |k: usize| if c.is(k, "day") { k + 1 } else { k };
    match c.w(i) {
        "christmas" if c.is(i + 1, "eve") => Some((i + 2, date(None, Some(12), Some(24)))),
        "christmas" => Some((day_after(i + 1), date(None, Some(12), Some(25)))),
        "thanksgiving" => Some((day_after(i + 1), Expr::Thanksgiving { pick: Pick::Bare })),
        "independence" if c.is(i + 1, "day") => Some((i + 2, date(None, Some(7), Some(4)))),
        "new" if c.is(i + 1, "year") && c.is(i + 2, "'") && c.is(i + 3, "s") => match c.w(i + 4) {
            "eve" => Some((i + 5, date(None, Some(12), Some(31)))),
            "day" => Some((i + 5, date(None, Some(1), Some(1)))),
            _ => None,
        },
        _ => None,
    }
}
