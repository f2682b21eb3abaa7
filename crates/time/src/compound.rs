//! Rules for expressions built around another one: a day counted from a day (`the day before
//! last Tuesday`), the week of a day (`the week of March 6`), a part of a named day
//! (`afternoon yesterday`) and half years written as quarters (`the first two quarters of 1990`).

use crate::expr::Expr;
use crate::lexicon;
use crate::recognize::Cur;
use crate::rules::ALL;
use crate::spelled::year_at;

/// `the day before yesterday`, `the day after Christmas`, `the day before last Tuesday`.
///
/// Only the single day is joined to its base: TimeBank tags `eight days after Oct. 12` as a
/// duration and a date.
pub(crate) fn day_from(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    if !(c.is(i, "the") && c.is(i + 1, "day")) {
        return None;
    }
    let days = match c.w(i + 2) {
        "before" => -1,
        "after" => 1,
        _ => return None,
    };
    let (end, base) = day_at(c, i + 3)?;
    Some((end, Expr::DayShift { days, base: Box::new(base) }))
}

/// `the week of March 6`: the ISO week that holds the day.
pub(crate) fn week_of(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    if !(c.is(s, "week") && c.is(s + 1, "of")) {
        return None;
    }
    let (end, base) = day_at(c, s + 2)?;
    Some((end, Expr::WeekOf(Box::new(base))))
}

/// `afternoon yesterday`, and with a modifier before it `mid-afternoon yesterday`.
pub(crate) fn part_of_named_day(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let pod = lexicon::part_of_day(c.w(i)).filter(|_| !c.w(i).ends_with('s'))?;
    let offset = match c.w(i + 1) {
        "yesterday" => -1,
        "today" => 0,
        "tomorrow" => 1,
        _ => return None,
    };
    Some((i + 2, Expr::Day { offset, pod: Some(pod) }))
}

/// `the first two quarters of 1990` (`1990-H1`) and `the last two quarters of 1989` (`1989-H2`).
pub(crate) fn two_quarters(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    let h = match c.w(s) {
        "first" => 1,
        "last" | "final" => 2,
        _ => return None,
    };
    if !(c.is(s + 1, "two") && c.is(s + 2, "quarters") && c.is(s + 3, "of")) {
        return None;
    }
    let (end, y) = year_at(c, s + 4)?;
    Some((end, Expr::Half { h, year: Some(y) }))
}

/// The longest expression at `k` that names a single day (the first rule wins a tie).
fn day_at(c: &Cur<'_>, k: usize) -> Option<(usize, Expr)> {
    let mut best: Option<(usize, Expr)> = None;
    for rule in ALL {
        if let Some((end, e)) = rule(c, k).filter(|(_, e)| names_day(e))
            && best.as_ref().is_none_or(|(b, _)| end > *b)
        {
            best = Some((end, e));
        }
    }
    best
}

fn names_day(e: &Expr) -> bool {
    match e {
        Expr::Date { day, .. } => day.is_some(),
        Expr::Weekday { .. } | Expr::Day { .. } | Expr::Thanksgiving { .. } => true,
        Expr::DayShift { .. } => true,
        _ => false,
    }
}
