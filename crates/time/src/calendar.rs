//! Checked calendar helpers and TIMEX3 formatting of dates, weeks and months.

use crate::lexicon::Unit;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::fmt;

/// `date` moved by `n` days, or `None` outside chrono's range.
pub(crate) fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 { date.checked_add_days(days) } else { date.checked_sub_days(days) }
}

/// `YYYY-MM-DD`, or the unanchored form for years TIMEX3 cannot write.
pub(crate) fn ymd(d: NaiveDate) -> String {
    format!("{}-{:02}-{:02}", year_str(Some(d.year())), d.month(), d.day())
}

/// The ISO week of a date, `YYYY-Www`.
pub(crate) fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", year_str(Some(w.year())), w.week())
}

/// A four-digit year, or `XXXX` when unknown or outside 0..=9999.
pub(crate) fn year_str(y: Option<i32>) -> String {
    match y {
        Some(y) if (0..=9999).contains(&y) => format!("{y:04}"),
        _ => "XXXX".into(),
    }
}

/// The unanchored value of a unit-sized period.
pub(crate) fn unknown(unit: Unit) -> String {
    match unit {
        Unit::Month => "XXXX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => "XXXX-XX-XX",
        Unit::Quarter => "XXXX-QX",
        _ => "XXXX",
    }
    .into()
}

/// A year and month, counted as months since year 0 so that shifts are plain additions.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ym(i64);

impl Ym {
    pub fn of(d: NaiveDate) -> Ym {
        Ym(d.year() as i64 * 12 + d.month0() as i64)
    }

    /// The month `m` (1 to 12) of year `y`.
    pub fn from_parts(y: i32, m: u32) -> Ym {
        Ym(y as i64 * 12 + m.clamp(1, 12) as i64 - 1)
    }

    pub fn plus(self, months: i32) -> Ym {
        Ym(self.0 + months as i64)
    }
}

impl fmt::Display for Ym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let y = self.0.div_euclid(12);
        let m = self.0.rem_euclid(12) + 1;
        let y = i32::try_from(y).ok();
        write!(f, "{}-{m:02}", year_str(y))
    }
}

/// The position of a season within its year: spring 0 to winter 3.
pub(crate) fn season_index(code: &str) -> i32 {
    match code {
        "SP" => 0,
        "SU" => 1,
        "FA" => 2,
        _ => 3,
    }
}

/// Seasons counted since year 0; January and February belong to the previous year's winter.
pub(crate) fn season_ord(d: NaiveDate) -> i32 {
    let (y, m) = (d.year(), d.month());
    match m {
        1 | 2 => (y - 1) * 4 + 3,
        3..=5 => y * 4,
        6..=8 => y * 4 + 1,
        9..=11 => y * 4 + 2,
        _ => y * 4 + 3,
    }
}

/// The last quarter that ended before `d`.
pub(crate) fn last_full_quarter(d: NaiveDate) -> (i32, u32) {
    let q = d.month0() / 3 + 1;
    if q == 1 { (d.year() - 1, 4) } else { (d.year(), q - 1) }
}

/// Thanksgiving in the United States: the fourth Thursday of November.
pub(crate) fn thanksgiving(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4)
}
