//! TIMEX3 values of recognised expressions, anchored on the publication date and the tense.
//!
//! All date arithmetic is checked: a result outside chrono's range falls back to the
//! unanchored form (`XXXX`), so no input can make normalisation panic.

use crate::calendar::{self as cal, Ym};
use crate::expr::{Expr, Pick, Qty};
use crate::lexicon::Unit;
use crate::tense::Tense;
use chrono::{Datelike, NaiveDate};
use parallax_model::TimexType;

/// What normalisation knows about the document beyond one expression.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The publication date, the anchor of every relative expression.
    pub dct: Option<NaiveDate>,
    /// The document talks about quarters (earnings reports): `a year ago` then means a quarter.
    pub quarter_mode: bool,
    /// The current sentence reports a span of months (`for the nine months, ...`) and names no
    /// quarter: its `a year earlier` is the year before, not the quarter.
    pub months_scope: bool,
    /// The quarter the document last named (`the third quarter`, `its fiscal first quarter`):
    /// earnings reports go on to call it `the quarter`, and compare with it `a year ago`.
    pub ref_quarter: Option<(i32, u32)>,
    /// The last explicit date the text gave (`June 1998`: 1998, 6, none), the reference time of
    /// `that year` or `the following day`.
    pub ref_date: Option<(i32, Option<u32>, Option<u32>)>,
    /// The last quarter the text named, the reference of `that quarter`.
    pub last_quarter: Option<(i32, u32)>,
}

/// The TIMEX3 type and value of an expression.
pub(crate) fn value(e: &Expr, tense: Tense, ctx: &Context) -> (TimexType, String) {
    let kind = match e {
        Expr::Duration { .. } => TimexType::Duration,
        Expr::Set(_) => TimexType::Set,
        Expr::Time { .. } => TimexType::Time,
        Expr::Day { pod: Some(_), .. } | Expr::Anchored { pod: Some(_), .. } => TimexType::Time,
        _ => TimexType::Date,
    };
    (kind, date_value(e, tense, ctx))
}

fn date_value(e: &Expr, tense: Tense, ctx: &Context) -> String {
    let dct = ctx.dct;
    match e {
        Expr::Date { year, month, day } => date(dct, *year, *month, *day, tense),
        Expr::Month { month, pick, year_offset } => month_value(dct, *month, *pick, *year_offset),
        Expr::Decade(d) => format!("{d:03}"),
        Expr::Century(c) => format!("{c:02}"),
        // TimeBank mostly gives `Friday night` and `Friday morning` the value of the day alone
        // (and often leaves `night` out of the span), but keeps `Friday evening` and
        // `Friday afternoon` as parts of the day.
        Expr::Weekday { wd, pick, pod } => {
            let kept = pod.filter(|p| matches!(*p, "EV" | "AF"));
            with_pod(weekday(dct, *wd, *pick, tense), kept)
        }
        Expr::Day { offset, pod } => {
            let d = dct.and_then(|d| cal::add_days(d, *offset));
            with_pod(d.map_or_else(|| "XXXX-XX-XX".into(), cal::ymd), *pod)
        }
        Expr::Unit { unit, offset } => unit_value(dct, *unit, *offset, tense),
        Expr::Season { code, year, pick } => season(dct, code, *year, *pick, tense),
        Expr::Quarter { q, year, back } => quarter(ctx, *q, *year, *back),
        Expr::QuarterOfYear { q, year_offset } => {
            let y = dct.map(|d| d.year() + year_offset);
            format!("{}-Q{q}", cal::year_str(y))
        }
        Expr::HalfOfYear { h, year_offset } => {
            let y = dct.map(|d| d.year() + year_offset);
            format!("{}-H{h}", cal::year_str(y))
        }
        Expr::Half { h, year } => {
            let y = year.or(dct.map(|d| d.year()));
            format!("{}-H{h}", cal::year_str(y))
        }
        Expr::Shift { n, unit, dir } => shift(ctx, *n, *unit, *dir),
        Expr::Ref(r) => (*r).to_string(),
        Expr::Duration { n, unit } => duration(*n, *unit),
        Expr::Set(v) => v.clone(),
        Expr::Time { hour, minute, day } => {
            let d = date_value(day, tense, ctx);
            let d = d.split('T').next().unwrap_or("XXXX-XX-XX").to_string();
            format!("{d}T{hour:02}:{minute:02}")
        }
        Expr::Thanksgiving { pick } => thanksgiving(dct, *pick, tense),
        Expr::Anchored { unit, offset, pod } => {
            with_pod(crate::anchored::value(ctx, *unit, *offset), *pod)
        }
        Expr::DayShift { days, base } => day_of(base, tense, ctx)
            .and_then(|d| cal::add_days(d, *days))
            .map_or_else(|| "XXXX-XX-XX".into(), cal::ymd),
        Expr::WeekOf(base) => day_of(base, tense, ctx).map_or_else(|| "XXXX-WXX".into(), cal::week),
    }
}

/// The calendar day an expression names, if its value is a full date.
fn day_of(e: &Expr, tense: Tense, ctx: &Context) -> Option<NaiveDate> {
    let v = date_value(e, tense, ctx);
    NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
}

pub(crate) fn with_pod(v: String, pod: Option<&str>) -> String {
    match pod {
        Some(p) => format!("{v}T{p}"),
        None => v,
    }
}

/// A date with missing parts: the year is inferred from the anchor and the tense.
fn date(
    dct: Option<NaiveDate>,
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    t: Tense,
) -> String {
    let year = match (y, m) {
        (Some(y), _) => Some(y),
        (None, Some(m)) => dct.map(|dct| infer_year(dct, m, d, t)),
        (None, None) => dct.map(|d| d.year()),
    };
    let mut s = cal::year_str(year);
    if let Some(m) = m {
        s.push_str(&format!("-{m:02}"));
        if let Some(d) = d {
            s.push_str(&format!("-{d:02}"));
        }
    }
    s
}

/// The year that puts month `m` (day `d`) nearest the anchor, leaning in the direction of the
/// tense.
///
/// The candidates are the nearest such month before and after the anchor; the distance against
/// the tense counts several times over, so a past-tense `in January` written in October is the
/// January just gone, but a past-tense `in November` written in October is still the coming one
/// (news announces plans in the past tense: `said it would pay in November`). Without a tense,
/// news leans to the past.
pub(crate) fn infer_year(dct: NaiveDate, m: u32, d: Option<u32>, t: Tense) -> i32 {
    let y = dct.year();
    let diff = (m as i32 - dct.month() as i32) * 31 + d.map_or(0, |d| d as i32 - dct.day() as i32);
    let (fwd, back) = if diff >= 0 { (diff, 12 * 31 - diff) } else { (diff + 12 * 31, -diff) };
    let (fwd_y, back_y) = if diff >= 0 { (y, y - 1) } else { (y + 1, y) };
    let (wf, wb) = match t {
        Tense::Past => (PAST_FWD, 2),
        Tense::Future => (2, FUTURE_BACK),
        _ => (3, 2),
    };
    // On a tie the tense decides: a future sentence's month nine months ahead is still ahead.
    let ahead = fwd * wf < back * wb || (t == Tense::Future && fwd * wf == back * wb);
    if ahead { fwd_y } else { back_y }
}

const PAST_FWD: i32 = 6;
const FUTURE_BACK: i32 = 6;

fn month_value(dct: Option<NaiveDate>, m: u32, pick: Pick, year_offset: Option<i32>) -> String {
    let Some(dct) = dct else { return format!("XXXX-{m:02}") };
    let y = dct.year();
    let year = match (year_offset, pick) {
        (Some(o), _) => y + o,
        (None, Pick::Last) if m < dct.month() => y,
        (None, Pick::Last) => y - 1,
        (None, Pick::Next) if m > dct.month() => y,
        (None, Pick::Next) => y + 1,
        (None, _) => y,
    };
    format!("{}-{m:02}", cal::year_str(Some(year)))
}

fn weekday(dct: Option<NaiveDate>, wd: u32, pick: Pick, t: Tense) -> String {
    let Some(dct) = dct else { return format!("XXXX-WXX-{wd}") };
    let today = dct.weekday().number_from_monday() as i64;
    let back = (today - wd as i64).rem_euclid(7);
    let fwd = (wd as i64 - today).rem_euclid(7);
    let offset = match pick {
        Pick::Last => -(if back == 0 { 7 } else { back }),
        Pick::Next => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Pick::This => wd as i64 - today,
        Pick::Bare if t == Tense::Future => fwd,
        Pick::Bare => -back,
    };
    cal::add_days(dct, offset).map_or_else(|| format!("XXXX-WXX-{wd}"), cal::ymd)
}

fn unit_value(dct: Option<NaiveDate>, unit: Unit, off: i32, t: Tense) -> String {
    let Some(dct) = dct else { return cal::unknown(unit) };
    let y = dct.year();
    match unit {
        Unit::Year => cal::year_str(Some(y + off)),
        Unit::Month => Ym::of(dct).plus(off).to_string(),
        Unit::Quarter => {
            let q = (y * 4 + (dct.month0() / 3) as i32) + off;
            format!("{}-Q{}", cal::year_str(Some(q.div_euclid(4))), q.rem_euclid(4) + 1)
        }
        Unit::Decade => format!("{}", y.div_euclid(10) + off),
        Unit::Century => format!("{:02}", y.div_euclid(100) + off),
        Unit::Week => {
            cal::add_days(dct, 7 * off as i64).map_or_else(|| cal::unknown(unit), cal::week)
        }
        Unit::Weekend => weekend(dct, off, t),
        Unit::Day => cal::add_days(dct, off as i64).map_or_else(|| cal::unknown(unit), cal::ymd),
        _ => cal::unknown(unit),
    }
}

fn weekend(dct: NaiveDate, off: i32, t: Tense) -> String {
    let wd = dct.weekday().number_from_monday();
    let shift = match off {
        0 if t == Tense::Past && wd < 6 => -1,
        0 if t == Tense::Future && wd == 7 => 1,
        o => o,
    };
    cal::add_days(dct, 7 * shift as i64)
        .map_or_else(|| "XXXX-WXX-WE".into(), |d| cal::week(d) + "-WE")
}

fn season(dct: Option<NaiveDate>, code: &str, year: Option<i32>, pick: Pick, t: Tense) -> String {
    if let Some(y) = year {
        return format!("{}-{code}", cal::year_str(Some(y)));
    }
    let Some(dct) = dct else { return format!("XXXX-{code}") };
    let idx = cal::season_index(code);
    let now = cal::season_ord(dct);
    let same_year = dct.year() * 4 + idx;
    let ord = match pick {
        Pick::Last => now - 1 - (now - 1 - same_year).rem_euclid(4),
        Pick::Next => now + 1 + (same_year - now - 1).rem_euclid(4),
        Pick::This => same_year,
        Pick::Bare if t == Tense::Future => now + (same_year - now).rem_euclid(4),
        Pick::Bare => now - (now - same_year).rem_euclid(4),
    };
    format!("{}-{code}", cal::year_str(Some(ord.div_euclid(4))))
}

/// A quarter: a named one is the latest that has begun by the anchor; an unnamed one
/// (`the quarter`, `the latest period`) is the last complete quarter, as in earnings reports.
fn quarter(ctx: &Context, q: Option<u32>, year: Option<i32>, back: i32) -> String {
    let Some(dct) = ctx.dct else {
        let q = q.map_or_else(|| "X".to_string(), |q| q.to_string());
        return format!("{}-Q{q}", cal::year_str(year));
    };
    let (y, q) = match (q, year) {
        (Some(q), Some(y)) => (y, q),
        (Some(q), None) if q > dct.month0() / 3 + 1 => (dct.year() - 1, q),
        (Some(q), None) => (dct.year(), q),
        (None, Some(y)) => (y, reported_quarter(ctx, dct).1),
        (None, None) => reported_quarter(ctx, dct),
    };
    format!("{}-Q{q}", cal::year_str(Some(y - back)))
}

/// The quarter a report is about: the one it last named, else the last complete one.
fn reported_quarter(ctx: &Context, dct: NaiveDate) -> (i32, u32) {
    ctx.ref_quarter.unwrap_or_else(|| cal::last_full_quarter(dct))
}

fn thanksgiving(dct: Option<NaiveDate>, pick: Pick, t: Tense) -> String {
    let Some(dct) = dct else { return "XXXX-11-XX".into() };
    let this = cal::thanksgiving(dct.year());
    let forward = matches!(pick, Pick::Next) || (pick == Pick::Bare && t == Tense::Future);
    let y = match this {
        Some(d) if forward && d < dct => dct.year() + 1,
        Some(d) if !forward && pick != Pick::This && d > dct => dct.year() - 1,
        _ => dct.year(),
    };
    cal::thanksgiving(y).map_or_else(|| "XXXX-11-XX".into(), cal::ymd)
}

fn shift(ctx: &Context, n: Qty, unit: Unit, dir: i32) -> String {
    let Qty::N(x) = n else {
        return if dir < 0 { "PAST_REF" } else { "FUTURE_REF" }.into();
    };
    let Some(dct) = ctx.dct else { return cal::unknown(unit) };
    // `a year and a half ago` is eighteen months back, not two years.
    let (x, unit) =
        if unit == Unit::Year && x.fract() != 0.0 { (x * 12.0, Unit::Month) } else { (x, unit) };
    let k = (x.round() as i64).clamp(0, 100_000) * dir as i64;
    if unit == Unit::Year && k == -1 && ctx.quarter_mode && !ctx.months_scope {
        let (y, q) = reported_quarter(ctx, dct);
        return format!("{}-Q{q}", cal::year_str(Some(y - 1)));
    }
    let k32 = k as i32;
    match unit {
        Unit::Day | Unit::Weekend => {
            cal::add_days(dct, k).map_or_else(|| cal::unknown(unit), cal::ymd)
        }
        Unit::Week => cal::add_days(dct, 7 * k).map_or_else(|| cal::unknown(unit), cal::week),
        Unit::Month => Ym::of(dct).plus(k32).to_string(),
        Unit::Quarter => Ym::of(dct).plus(3 * k32).to_string(),
        Unit::Year => cal::year_str(Some(dct.year() + k32)),
        Unit::Decade => cal::year_str(Some(dct.year() + 10 * k32)),
        Unit::Century => cal::year_str(Some(dct.year() + 100 * k32)),
        Unit::Hour | Unit::Minute | Unit::Second => cal::ymd(dct),
    }
}

/// A TIMEX3 duration such as `P3D`, `PT24H`, `P40Y` or `PXY`.
pub(crate) fn duration(n: Qty, unit: Unit) -> String {
    let (scale, code, time) = match unit {
        Unit::Second => (1.0, "S", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Hour => (1.0, "H", true),
        Unit::Day => (1.0, "D", false),
        Unit::Weekend => (2.0, "D", false),
        Unit::Week => (1.0, "W", false),
        Unit::Month => (1.0, "M", false),
        Unit::Quarter => (3.0, "M", false),
        Unit::Year => (1.0, "Y", false),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (100.0, "Y", false),
    };
    let t = if time { "T" } else { "" };
    match n {
        Qty::Vague if unit == Unit::Decade || unit == Unit::Century => format!("P{t}XY"),
        Qty::Vague => format!("P{t}X{code}"),
        Qty::N(x) => {
            let v = x * scale;
            let whole = v.trunc() as i64;
            let sub = match (unit, time) {
                (Unit::Year, _) => Some((12.0, "M", "")),
                (Unit::Day, _) => Some((24.0, "H", "T")),
                (Unit::Hour, _) => Some((60.0, "M", "")),
                (Unit::Minute, _) => Some((60.0, "S", "")),
                _ => None,
            };
            match sub {
                _ if v.fract() == 0.0 => format!("P{t}{whole}{code}"),
                Some((k, c2, t2)) if (v.fract() * k).fract() == 0.0 => {
                    let part = (v.fract() * k) as i64;
                    let head = if whole > 0 { format!("{whole}{code}") } else { String::new() };
                    format!("P{t}{head}{t2}{part}{c2}")
                }
                _ => format!("P{t}{v}{code}"),
            }
        }
    }
}
