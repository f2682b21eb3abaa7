//! Calendar dates as news headers write them: "November 9, 2023", "Nov. 9, 2023",
//! "9 November 2023", "2023-11-09", RFC 3339 and RFC 2822 stamps, and year-less "Nov. 11".

use chrono::{DateTime, Datelike, NaiveDate, Weekday};

/// A date found in text: month and day always, the year when written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl PartialDate {
    pub fn complete(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }
}

/// The month named by a word: "November", "Nov", "Nov.", "Sept".
pub fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let m = MONTHS
        .iter()
        .position(|full| full.starts_with(&w) || (w == "sept" && *full == "september"))?;
    // Three-letter stems only, or the full name: "Mar" and "March", not "Marc".
    (w.len() == 3 || w == "sept" || MONTHS[m] == w).then_some(m as u32 + 1)
}

/// The weekday named by a word: "Saturday", "Sat.", "Thurs".
pub fn weekday_of(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    DAYS.iter().find(|(name, _)| *name == w).map(|(_, d)| *d)
}

/// A full date given as a whole string: ISO date, RFC 3339 or RFC 2822. Returns the calendar
/// day and, when the string had a time with an offset, its RFC 3339 form.
pub fn parse_stamp(s: &str) -> Option<(NaiveDate, Option<String>)> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some((dt.date_naive(), Some(dt.to_rfc3339())));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some((dt.date_naive(), Some(dt.to_rfc3339())));
    }
    let day = s.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok().map(|d| (d, None))
}

/// Finds the first written date in `s`; returns it with its byte range in `s`.
pub fn find_date(s: &str) -> Option<(PartialDate, std::ops::Range<usize>)> {
    let words = words_with_offsets(s);
    for (i, (start, w)) in words.iter().enumerate() {
        if let Some(found) = iso_at(w) {
            return Some((found, *start..start + w.len()));
        }
        let next = |k: usize| words.get(i + k).map(|(_, w)| *w);
        let end_of = |k: usize| words.get(i + k).map(|(s, w)| s + w.len());
        // Month day[,] [year]
        if let Some(month) = month_of(w)
            && let Some(day) = next(1).and_then(day_number)
        {
            if let Some(year) = next(2).and_then(year_number) {
                return Some((PartialDate { year: Some(year), month, day }, *start..end_of(2)?));
            }
            return Some((PartialDate { year: None, month, day }, *start..end_of(1)?));
        }
        // day Month [year]
        if let (Some(day), Some(month)) = (day_number(w), next(1).and_then(month_of)) {
            if let Some(year) = next(2).and_then(year_number) {
                return Some((PartialDate { year: Some(year), month, day }, *start..end_of(2)?));
            }
            return Some((PartialDate { year: None, month, day }, *start..end_of(1)?));
        }
    }
    None
}

fn words_with_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let part = c.is_alphanumeric() || c == '.' || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, s[st..i].trim_end_matches('.')));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s[st..].trim_end_matches('.')));
    }
    out
}

fn iso_at(w: &str) -> Option<PartialDate> {
    let d = NaiveDate::parse_from_str(w.get(..10)?, "%Y-%m-%d").ok()?;
    Some(PartialDate { year: Some(d.year()), month: d.month(), day: d.day() })
}

fn day_number(w: &str) -> Option<u32> {
    let w = ["st", "nd", "rd", "th"].iter().find_map(|s| w.strip_suffix(s)).unwrap_or(w);
    let n: u32 = w.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_number(w: &str) -> Option<i32> {
    let n: i32 = w.parse().ok()?;
    (w.len() == 4 && (1800..=2200).contains(&n)).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_dates() {
        let full = |y, m, d| PartialDate { year: Some(y), month: m, day: d };
        assert_eq!(find_date("by X November 9, 2023 1:37 PM").unwrap().0, full(2023, 11, 9));
        assert_eq!(
            find_date("Nov. 11 (UPI) --").unwrap().0,
            PartialDate { year: None, month: 11, day: 11 }
        );
        assert_eq!(find_date("Published 9 November 2023").unwrap().0, full(2023, 11, 9));
        assert_eq!(find_date(" date 2023-11-09 Inside a prison").unwrap().0, full(2023, 11, 9));
        assert_eq!(find_date("March 4th, 2025").unwrap().0, full(2025, 3, 4));
        assert!(find_date("May the force be with you").is_none());
        let (_, range) = find_date("on Nov. 9, 2023, in Seoul").unwrap();
        assert_eq!(&"on Nov. 9, 2023, in Seoul"[range], "Nov. 9, 2023");
    }

    #[test]
    fn stamps() {
        assert_eq!(
            parse_stamp("2023-11-09").unwrap().0,
            NaiveDate::from_ymd_opt(2023, 11, 9).unwrap()
        );
        let (d, dt) = parse_stamp("Tue, 04 Mar 2025 10:00:00 GMT").unwrap();
        assert_eq!(d, NaiveDate::from_ymd_opt(2025, 3, 4).unwrap());
        assert_eq!(dt.as_deref(), Some("2025-03-04T10:00:00+00:00"));
        assert!(parse_stamp("yesterday").is_none());
    }

    #[test]
    fn months_and_weekdays() {
        assert_eq!(month_of("Sept."), Some(9));
        assert_eq!(month_of("Marc"), None);
        assert_eq!(month_of("may"), Some(5));
        assert_eq!(weekday_of("Saturday"), Some(Weekday::Sat));
    }
}
