//! Rules for amounts of time and other non-calendar expressions: durations, shifts
//! (`two days later`), clock times, fuzzy references and sets.

use crate::expr::{Expr, Qty};
use crate::lexicon::{self, Unit};
use crate::recognize::Cur;
use crate::token::Kind;

/// `three months`, `the past two years`, `24 hours`, `a two-year`, `two days later`, `a year ago`,
/// `$5 a year` (a set).
pub(crate) fn quantity(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let s = c.opt(i, "the");
    let s = if lead_word(c.w(s)) { s + 1 } else { s };
    let (j, n, article) = amount(c, s)?;
    let (j, n) = and_a_half(c, j, n);
    let j = if matches!(c.w(j), "more" | "additional" | "full" | "straight" | "consecutive")
        || (matches!(c.w(j), "trading" | "working" | "business" | "calendar")
            && matches!(c.w(j + 1), "day" | "days"))
    {
        j + 1
    } else {
        j
    };
    let hyphen = c.is(j, "-");
    let k = if hyphen { j + 1 } else { j };
    let (unit, plural) = lexicon::unit(c.w(k))?;
    let fraction = unit == Unit::Quarter && (c.is(k + 1, "of") || hyphen);
    let label = c.cap(k) && k > 0 && !c.cap(k - 1);
    let adjective = c.is(k + 1, "-") && matches!(c.w(k + 2), "earlier" | "ago" | "old" | "long");
    if fraction || label || adjective {
        return None;
    }
    if unit == Unit::Weekend
        || (article && unit == Unit::Second)
        || (hyphen && c.is(k + 1, "-") && c.is(k + 2, "old"))
    {
        return None;
    }
    if c.is(k + 1, "old") || (c.is(k + 1, "-") && c.is(k + 2, "old")) {
        return None;
    }
    // `a minute and a half`, `an hour and a half`.
    let (t, n) = if plural { (k + 1, n) } else { and_a_half(c, k + 1, n) };
    // `a week or so ago`: the hedge stays inside the span.
    let t = if c.is(t, "or") && c.is(t + 1, "so") && matches!(c.w(t + 2), "ago" | "earlier") {
        t + 2
    } else {
        t
    };
    // TimeML leaves `later` out of `three days later`, a duration; `from now` stays in.
    let dir = match (c.w(t), c.w(t + 1)) {
        ("ago" | "earlier" | "before" | "previously", _) => -1,
        ("hence", _) | ("from", "now") => 1,
        _ => 0,
    };
    if article && dir == 0 && s == i && is_rate(c.prev(i), c.kind(i.wrapping_sub(1))) {
        return Some((t, Expr::Set(lexicon_set(unit))));
    }
    if article && plural {
        return None;
    }
    if dir != 0 && s == i {
        let end = if c.is(t, "from") { t + 2 } else { t + 1 };
        if !(c.is(t, "before") && c.kind(t + 1) == Some(Kind::Word)) {
            return Some((end, Expr::Shift { n, unit, dir }));
        }
    }
    Some((t, Expr::Duration { n, unit }))
}

/// `and a half` at `j` (`two and a half years`, `a year and a half`): the index after it and
/// the amount with the half added.
fn and_a_half(c: &Cur<'_>, j: usize, n: Qty) -> (usize, Qty) {
    match n {
        Qty::N(x) if c.is(j, "and") && matches!(c.w(j + 1), "a" | "one") && c.is(j + 2, "half") => {
            (j + 3, Qty::N(x + 0.5))
        }
        _ => (j, n),
    }
}

/// Words between `the` and an amount that keep a duration a duration (`the past two years`).
fn lead_word(w: &str) -> bool {
    matches!(
        w,
        "past"
            | "last"
            | "next"
            | "first"
            | "coming"
            | "previous"
            | "final"
            | "latest"
            | "following"
            | "remaining"
            | "initial"
            | "preceding"
            | "prior"
            | "recent"
    )
}

/// An amount at `i`: its end, value, and whether it was the article `a`/`an`.
fn amount(c: &Cur<'_>, i: usize) -> Option<(usize, Qty, bool)> {
    let w = c.w(i);
    match w {
        "a" | "an" | "one" | "per" => {
            if c.is(i + 1, "few") {
                return Some((i + 2, Qty::Vague, false));
            }
            if c.is(i + 1, "couple") && c.is(i + 2, "of") {
                return Some((i + 3, Qty::N(2.0), false));
            }
            if c.is(i + 1, "half") {
                return Some((i + 2, Qty::N(1.5), false)).filter(|_| w == "one");
            }
            return Some((i + 1, Qty::N(1.0), w != "one"));
        }
        "half" if matches!(c.w(i + 1), "a" | "an") => return Some((i + 2, Qty::N(0.5), false)),
        // `the next couple of years`
        "couple" if c.is(i + 1, "of") && i > 0 && lead_word(c.prev(i)) => {
            return Some((i + 2, Qty::N(2.0), false));
        }
        _ if lexicon::vague_quantity(w) => return Some((i + 1, Qty::Vague, false)),
        _ => {}
    }
    if c.kind(i) == Some(Kind::Num) {
        let v: f64 = w.replace(',', "").parse().ok()?;
        if c.digits(i + 1).is_some() && c.is(i + 2, "/") {
            let (a, b) = (c.digits(i + 1)? as f64, c.digits(i + 3)? as f64);
            return (b > 0.0).then_some((i + 4, Qty::N(v + a / b), false));
        }
        return (v < 100_000.0).then_some((i + 1, Qty::N(v), false));
    }
    let n = lexicon::small_number(w)?;
    if n >= 20 && n % 10 == 0 {
        let k = c.opt(i + 1, "-");
        if let Some(u) = lexicon::small_number(c.w(k)).filter(|u| *u < 10) {
            return Some((k + 1, Qty::N((n + u) as f64), false));
        }
    }
    if c.is(i + 1, "hundred") {
        return Some((i + 2, Qty::N(n as f64 * 100.0), false));
    }
    Some((i + 1, Qty::N(n as f64), false))
}

/// A word before `a year` that makes it a rate (`$5 a year`, `twice a week`).
fn is_rate(prev: &str, kind: Option<Kind>) -> bool {
    kind == Some(Kind::Num)
        || matches!(
            prev,
            "%" | "percent"
                | "million"
                | "billion"
                | "trillion"
                | "times"
                | "twice"
                | "once"
                | "thrice"
                | "cents"
                | "dollars"
                | "barrels"
                | "tons"
                | "share"
                | "people"
        )
}

fn lexicon_set(unit: Unit) -> String {
    crate::normalize::duration(Qty::N(1.0), unit)
}

/// `3 p.m.`, `10:30 a.m. EST Tuesday`, `noon`, `8 o'clock`.
pub(crate) fn clock(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let (hour, minute, j) = match c.w(i) {
        "noon" if c.prev(i) == "high" => return None,
        "noon" | "midday" => (12, 0, i + 1),
        "midnight" => (24, 0, i + 1),
        _ => clock_digits(c, i)?,
    };
    let j = timezone(c, j);
    if let Some((end, e)) = day_after(c, j).or_else(|| day_after(c, j + 1).filter(|_| c.is(j, ",")))
    {
        return Some((end, time(hour, minute, e)));
    }
    // `10:35 a.m. (0735 GMT) Friday`: the day comes after an aside, which stays out of the span.
    let day = aside_end(c, j)
        .and_then(|k| day_after(c, k))
        .map_or(Expr::Day { offset: 0, pod: None }, |(_, e)| e);
    Some((j, time(hour, minute, day)))
}

/// The index after a short parenthesis that starts at `j` (`(0735 GMT)`), if there is one.
fn aside_end(c: &Cur<'_>, j: usize) -> Option<usize> {
    if !c.is(j, "(") {
        return None;
    }
    (j + 1..j + 6).find(|&k| c.is(k, ")")).map(|k| k + 1)
}

fn time(hour: u32, minute: u32, day: Expr) -> Expr {
    Expr::Time { hour, minute, day: Box::new(day) }
}

/// Hours and minutes with a.m./p.m. or o'clock, or `hh:mm` after `at`.
fn clock_digits(c: &Cur<'_>, i: usize) -> Option<(u32, u32, usize)> {
    let w = c.w(i);
    let (num, suffix) = w.split_at(w.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(w.len()));
    let h: u32 = num.parse().ok()?;
    let (m, j) = if suffix.is_empty() && c.is(i + 1, ":") {
        let mw = c.w(i + 2);
        let md = &mw[..mw.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(mw.len())];
        if md.len() != 2 {
            return None;
        }
        (md.parse().ok()?, i + 2)
    } else {
        (0, i)
    };
    let tail = if j == i { suffix } else { &c.w(j)[2..] };
    let (mer, end) = match (tail, c.w(j + 1)) {
        ("am" | "a.m." | "a.m", _) => (Some(false), j + 1),
        ("pm" | "p.m." | "p.m", _) => (Some(true), j + 1),
        ("", "a.m." | "am" | "a.m") => (Some(false), j + 2),
        ("", "p.m." | "pm" | "p.m") => (Some(true), j + 2),
        ("", "o") if c.is(j + 2, "'") && c.is(j + 3, "clock") => (None, j + 4),
        ("", _) if j > i && c.prev(i) == "at" => (None, j + 1),
        ("", _) => return part_of_day_hour(c, i, h, m, j),
        _ => return None,
    };
    if h > 24 || m > 59 || (mer.is_some() && !(1..=12).contains(&h)) {
        return None;
    }
    let h = match mer {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    Some((h, m, end))
}

/// An hour told by the part of the day after it, after a preposition of time: `at 4 in the
/// morning` (04:00), `by 3 in the afternoon` (15:00), `at 11 at night` (23:00), `until 2 at
/// night` (02:00). The hour `i` has no meridian of its own; `j` is its last token.
fn part_of_day_hour(c: &Cur<'_>, i: usize, h: u32, m: u32, j: usize) -> Option<(u32, u32, usize)> {
    if !matches!(c.prev(i), "at" | "by" | "until" | "till" | "around" | "before" | "after") {
        return None;
    }
    if !(1..=12).contains(&h) {
        return None;
    }
    let (part, end) = match (c.w(j + 1), c.w(j + 2)) {
        ("in", "the") => (c.w(j + 3), j + 4),
        ("at", "night") => ("night", j + 3),
        _ => return None,
    };
    let hour = match part {
        "morning" => h % 12,
        "afternoon" | "evening" => h % 12 + 12,
        // Late hours of the night are the evening's; small ones belong to the next morning.
        "night" if h >= 6 => h % 12 + 12,
        "night" => h,
        _ => return None,
    };
    Some((hour, m, end))
}

fn timezone(c: &Cur<'_>, j: usize) -> usize {
    match c.w(j) {
        "est" | "edt" | "cst" | "cdt" | "mst" | "mdt" | "pst" | "pdt" | "gmt" | "utc" | "et"
        | "bst" => j + 1,
        "local" if c.is(j + 1, "time") => j + 2,
        _ => j,
    }
}

/// A day named right after a clock time (`today`, `Tuesday`).
fn day_after(c: &Cur<'_>, j: usize) -> Option<(usize, Expr)> {
    let k = c.opt(j, "on");
    match c.w(k) {
        "today" => Some((k + 1, Expr::Day { offset: 0, pod: None })),
        "yesterday" => Some((k + 1, Expr::Day { offset: -1, pod: None })),
        "tomorrow" => Some((k + 1, Expr::Day { offset: 1, pod: None })),
        _ if c.month(k).is_some() => {
            let (end, e) = crate::rules::month_first(c, k)?;
            matches!(e, Expr::Date { day: Some(_), .. }).then_some((end, e))
        }
        w => {
            let (wd, plural) = lexicon::weekday(w)?;
            let pick = crate::expr::Pick::Bare;
            (!plural && c.cap(k)).then_some((k + 1, Expr::Weekday { wd, pick, pod: None }))
        }
    }
}

/// `now`, `currently`, `recently`, `the past`, `the future`, `recent years`, `for years`.
pub(crate) fn fuzzy(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let r = |end: usize, v: &'static str| Some((end, Expr::Ref(v)));
    match c.w(i) {
        "now" | "currently" | "nowadays" => r(i + 1, "PRESENT_REF"),
        "current" if c.kind(i + 1) == Some(Kind::Word) => r(i + 1, "PRESENT_REF"),
        "present" if c.prev(i) == "at" => r(i + 1, "PRESENT_REF"),
        "these" if c.is(i + 1, "days") => r(i + 2, "PRESENT_REF"),
        "recently" | "lately" => r(i + 1, "PAST_REF"),
        "recent" if matches!(c.w(i + 1), "years" | "decades") => r(i + 2, "PAST_REF"),
        "coming" if c.is(i + 1, "years") => {
            Some((i + 2, Expr::Duration { n: Qty::Vague, unit: Unit::Year }))
        }
        "recent" | "coming" if matches!(c.w(i + 1), "months" | "weeks" | "days") => {
            let (unit, _) = lexicon::unit(c.w(i + 1))?;
            Some((i + 2, Expr::Duration { n: Qty::Vague, unit }))
        }
        "as" if c.is(i + 1, "soon") && c.is(i + 2, "as") && c.is(i + 3, "possible") => {
            r(i + 4, "FUTURE_REF")
        }
        "the" => the_ref(c, i),
        w => bare_plural(c, i, w),
    }
}

/// `the past`, `the future`, `the near future`, `the near term`, `over the years`, `the weeks
/// ahead`.
fn the_ref(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    if matches!(c.w(i + 1), "near" | "short") && c.is(i + 2, "term") && !c.is(i + 3, "-") {
        return Some((i + 3, Expr::Ref("FUTURE_REF")));
    }
    if c.is(i + 1, "years") && matches!(c.prev(i), "over" | "in" | "through" | "for") {
        return Some((i + 2, Expr::Duration { n: Qty::Vague, unit: Unit::Year }));
    }
    if let Some((unit, true)) = lexicon::unit(c.w(i + 1)).filter(|_| c.is(i + 2, "ahead")) {
        // `the weeks ahead`
        return Some((i + 3, Expr::Duration { n: Qty::Vague, unit }));
    }
    let k = if matches!(c.w(i + 1), "near" | "foreseeable" | "distant" | "immediate" | "recent") {
        i + 2
    } else {
        i + 1
    };
    let v = match c.w(k) {
        "past" => "PAST_REF",
        "future" => "FUTURE_REF",
        _ => return None,
    };
    let next = c.w(k + 1);
    let noun_follows = c.kind(k + 1) == Some(Kind::Num)
        || lexicon::unit(next).is_some()
        || lexicon::small_number(next).is_some()
        || matches!(next, "of" | "few" | "several" | "decade" | "two");
    (!noun_follows).then_some((k + 1, Expr::Ref(v)))
}

/// `years` in `for years` or `in years`: an unknown number of units.
fn bare_plural(c: &Cur<'_>, i: usize, w: &str) -> Option<(usize, Expr)> {
    let (unit, plural) = lexicon::unit(w)?;
    let ok = plural && matches!(c.prev(i), "for" | "in" | "over" | "within") && !c.is(i + 1, "of");
    let long = matches!(unit, Unit::Year | Unit::Decade | Unit::Month | Unit::Week | Unit::Century);
    (ok && long).then_some((i + 1, Expr::Duration { n: Qty::Vague, unit }))
}

/// A frequency word that qualifies a growth rate rather than a recurring time (`rise 8.5%
/// annually`): TimeBank leaves these untagged.
fn is_growth_rate(c: &Cur<'_>, i: usize) -> bool {
    (1..=3).any(|k| i >= k && matches!(c.w(i - k), "%" | "percent"))
}

/// `every week`, `each Monday`, `daily`, `twice a year`, `annually`.
pub(crate) fn set(c: &Cur<'_>, i: usize) -> Option<(usize, Expr)> {
    let w = c.w(i);
    if let Some(v) = lexicon::frequency(w) {
        let adjective = w == "quarterly" && c.kind(i + 1) == Some(Kind::Word);
        return (!adjective && !is_growth_rate(c, i)).then(|| (i + 1, Expr::Set(v.to_string())));
    }
    if matches!(w, "once" | "twice" | "thrice") || (c.is(i + 1, "times") && c.kind(i).is_some()) {
        let k = if c.is(i + 1, "times") { i + 2 } else { i + 1 };
        if matches!(c.w(k), "a" | "an" | "per" | "each" | "every") {
            return lexicon::unit(c.w(k + 1))
                .map(|(u, _)| (k + 2, Expr::Set(lexicon_set(u))))
                .filter(|_| c.kind(i) == Some(Kind::Word) || c.digits(i).is_some());
        }
        return None;
    }
    if !matches!(w, "every" | "each") {
        return None;
    }
    let other = c.is(i + 1, "other");
    let k = i + 1 + other as usize;
    if let Some((u, false)) = lexicon::unit(c.w(k)) {
        let n = if other { 2.0 } else { 1.0 };
        return Some((k + 1, Expr::Set(crate::normalize::duration(Qty::N(n), u))));
    }
    if let Some((wd, _)) = lexicon::weekday(c.w(k)).filter(|_| c.cap(k)) {
        return Some((k + 1, Expr::Set(format!("XXXX-WXX-{wd}"))));
    }
    if let Some((m, end)) = c.month(k) {
        return Some((end, Expr::Set(format!("XXXX-{m:02}"))));
    }
    let pod = lexicon::part_of_day(c.w(k))?;
    Some((k + 1, Expr::Set(format!("XXXX-XX-XXT{pod}"))))
}
