//! TIMEX3 calendar values as day intervals, and the readable labels of axis ticks.

use chrono::{Datelike, NaiveDate, Weekday};

/// A calendar interval in days from the common era, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub start: i64,
    pub end: i64,
}

impl Interval {
    /// True when the value names one day (drawn as a point, not a span).
    pub fn is_day(&self) -> bool {
        self.end - self.start == 1
    }
}

/// The days a TIMEX3 value covers: `2023-11-09` (a day), `2023-11` (a month), `2023` (a year),
/// `2023-W45` (a week), `2023-W45-WE` (its weekend), `2023-SP` (a season), `2023-Q2` (a
/// quarter), `2023-H1` (a half). A time of day (`2023-11-09T15:00`) counts as its day. `None`
/// for anything else (durations, references, values with `X`).
pub fn interval(value: &str) -> Option<Interval> {
    let value = value.split('T').next()?;
    let (year, rest) = match value.split_once('-') {
        Some((y, rest)) => (y, Some(rest)),
        None => (value, None),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = year.parse().ok()?;
    let Some(rest) = rest else { return span(ymd(y, 1, 1)?, ymd(y + 1, 1, 1)?) };
    let parts: Vec<&str> = rest.split('-').collect();
    match parts.as_slice() {
        [m] if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => month(y, m.parse().ok()?),
        [m, d] if m.len() == 2 && d.len() == 2 => {
            let day = ymd(y, m.parse().ok()?, d.parse().ok()?)?;
            span(day, day.succ_opt()?)
        }
        [w] if w.starts_with('W') => week(y, w[1..].parse().ok()?, false),
        [w, we] if w.starts_with('W') && we.starts_with('W') => week(y, w[1..].parse().ok()?, true),
        [season] => named_part(y, season),
        _ => None,
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn span(start: NaiveDate, end: NaiveDate) -> Option<Interval> {
    Some(Interval { start: day_number(start), end: day_number(end) })
}

fn month(y: i32, m: u32) -> Option<Interval> {
    let next = if m == 12 { ymd(y + 1, 1, 1)? } else { ymd(y, m + 1, 1)? };
    span(ymd(y, m, 1)?, next)
}

/// ISO week `w` of year `y`; with `weekend`, its Saturday and Sunday only.
fn week(y: i32, w: u32, weekend: bool) -> Option<Interval> {
    let monday = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
    let start = if weekend { monday + chrono::Days::new(5) } else { monday };
    span(start, monday + chrono::Days::new(7))
}

/// Seasons (northern hemisphere), quarters and halves.
fn named_part(y: i32, part: &str) -> Option<Interval> {
    let (from, to) = match part {
        "SP" => ((y, 3), (y, 6)),
        "SU" => ((y, 6), (y, 9)),
        "FA" | "AU" => ((y, 9), (y, 12)),
        "WI" => ((y, 12), (y + 1, 3)),
        "Q1" => ((y, 1), (y, 4)),
        "Q2" => ((y, 4), (y, 7)),
        "Q3" => ((y, 7), (y, 10)),
        "Q4" => ((y, 10), (y + 1, 1)),
        "H1" => ((y, 1), (y, 7)),
        "H2" => ((y, 7), (y + 1, 1)),
        _ => return None,
    };
    span(ymd(from.0, from.1, 1)?, ymd(to.0, to.1, 1)?)
}

pub fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

pub fn date_of(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)
}

/// The spacing of axis ticks, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Days(i64),
    Months(u32),
    Years(i32),
}

pub const STEPS: &[Step] = &[
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(25),
    Step::Years(50),
    Step::Years(100),
    Step::Years(250),
    Step::Years(500),
];

/// The ticks of `step` from day `start` to day `end` inclusive: weeks start on Mondays,
/// months on the first, years on the first of January of a multiple of the step.
pub fn ticks(step: Step, start: i64, end: i64) -> Vec<i64> {
    let mut out = Vec::new();
    match step {
        Step::Days(k) => {
            // Day 1 of the common era (0001-01-01) was a Monday, so weeks fall on `d % 7 == 1`.
            let phase = if k == 7 { 1 } else { 0 };
            out.extend((start..=end).filter(|d| d.rem_euclid(k) == phase));
        }
        Step::Months(k) => {
            let (Some(a), Some(b)) = (date_of(start), date_of(end)) else { return out };
            let (mut y, mut m) = (a.year(), a.month());
            while (y, m) <= (b.year(), b.month()) {
                let first = ymd(y, m, 1).map(day_number);
                if let Some(d) = first.filter(|d| (start..=end).contains(d) && (m - 1) % k == 0) {
                    out.push(d);
                }
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
        }
        Step::Years(k) => {
            let (Some(a), Some(b)) = (date_of(start), date_of(end)) else { return out };
            for y in a.year()..=b.year() {
                let first = ymd(y, 1, 1).map(day_number);
                if let Some(d) = first.filter(|d| (start..=end).contains(d) && y % k == 0) {
                    out.push(d);
                }
            }
        }
    }
    out
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The label of a tick: "18 Feb", "Feb", "2025"; with the year when `with_year` (the first
/// tick of a stretch) or at the turn of a year.
pub fn tick_label(step: Step, day: i64, with_year: bool) -> String {
    let Some(d) = date_of(day) else { return String::new() };
    let month = MONTHS[d.month0() as usize];
    match step {
        Step::Days(_) if with_year || d.ordinal() == 1 => {
            format!("{} {month} {}", d.day(), d.year())
        }
        Step::Days(_) => format!("{} {month}", d.day()),
        Step::Months(_) if with_year || d.month() == 1 => format!("{month} {}", d.year()),
        Step::Months(_) => month.to_string(),
        Step::Years(_) => d.year().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> i64 {
        day_number(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn values_become_intervals() {
        let d = interval("2023-11-09").unwrap();
        assert_eq!((d.start, d.end), (day("2023-11-09"), day("2023-11-10")));
        assert!(d.is_day());
        assert_eq!(interval("2023-11-09T15:00"), Some(d));
        let m = interval("2023-10").unwrap();
        assert_eq!((m.start, m.end), (day("2023-10-01"), day("2023-11-01")));
        let y = interval("2023").unwrap();
        assert_eq!((y.start, y.end), (day("2023-01-01"), day("2024-01-01")));
        let w = interval("2024-W47").unwrap();
        assert_eq!((w.start, w.end), (day("2024-11-18"), day("2024-11-25")));
        let we = interval("2024-W46-WE").unwrap();
        assert_eq!((we.start, we.end), (day("2024-11-16"), day("2024-11-18")));
        assert_eq!(interval("2024-W46-W"), Some(we));
        let sp = interval("2024-SP").unwrap();
        assert_eq!((sp.start, sp.end), (day("2024-03-01"), day("2024-06-01")));
        // Proleptic Gregorian: 1500 is not a leap year, 2024 is.
        assert_eq!(interval("1500").map(|i| i.end - i.start), Some(365));
        assert_eq!(interval("2024").map(|i| i.end - i.start), Some(366));
    }

    #[test]
    fn other_values_are_refused() {
        for v in ["P3D", "PRESENT_REF", "XXXX-10-13", "2023-13", "2023-02-30", "", "20231", "ab"] {
            assert_eq!(interval(v), None, "{v}");
        }
    }

    #[test]
    fn ticks_fall_on_calendar_boundaries() {
        let weeks = ticks(Step::Days(7), day("2024-11-01"), day("2024-11-30"));
        let mondays: Vec<i64> =
            ["2024-11-04", "2024-11-11", "2024-11-18", "2024-11-25"].map(day).to_vec();
        assert_eq!(weeks, mondays);
        let quarters = ticks(Step::Months(3), day("2023-02-01"), day("2023-12-31"));
        assert_eq!(quarters, ["2023-04-01", "2023-07-01", "2023-10-01"].map(day).to_vec());
        let decades = ticks(Step::Years(10), day("1995-06-01"), day("2021-01-01"));
        assert_eq!(decades, ["2000-01-01", "2010-01-01", "2020-01-01"].map(day).to_vec());
    }

    #[test]
    fn labels_are_readable() {
        assert_eq!(tick_label(Step::Days(1), day("2025-02-18"), false), "18 Feb");
        assert_eq!(tick_label(Step::Days(1), day("2025-02-18"), true), "18 Feb 2025");
        assert_eq!(tick_label(Step::Months(1), day("2025-01-01"), false), "Jan 2025");
        assert_eq!(tick_label(Step::Months(1), day("2025-03-01"), false), "Mar");
        assert_eq!(tick_label(Step::Years(5), day("2025-01-01"), false), "2025");
    }
}
