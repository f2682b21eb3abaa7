//! The year of a dateline that has none ("Nov. 11 (UPI) --"), from the weekdays the article
//! names, else the nearest plausible year.

use crate::dates::weekday_of;
use chrono::{Datelike, NaiveDate, Weekday};
use parallax_model::DateHow;

/// How far back a year-less date may lie before the reference date.
const MAX_YEARS_BACK: i32 = 40;

/// A weekday the article names, with the words that name it ("on Saturday").
#[derive(Clone, Debug, PartialEq)]
pub struct WeekdayMention {
    pub weekday: Weekday,
    pub evidence: String,
}

/// The weekdays named in `text`, in order, each with a preposition when one precedes it.
pub fn weekday_mentions(text: &str) -> Vec<WeekdayMention> {
    let mut out = Vec::new();
    let mut prev: Option<&str> = None;
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if word.chars().next().is_some_and(char::is_uppercase)
            && let Some(weekday) = weekday_of(word)
        {
            let evidence = match prev {
                Some(p @ ("on" | "On" | "last" | "Last" | "since" | "until" | "by")) => {
                    format!("{p} {word}")
                }
                _ => word.to_string(),
            };
            out.push(WeekdayMention { weekday, evidence });
        }
        prev = Some(word);
    }
    out
}

/// Chooses the year of `month`/`day`, not after `reference` nor before `earliest`: the year
/// nearest `reference` on which
/// the date falls on the first named weekday that fits any year; else the nearest year.
pub fn infer(
    month: u32,
    day: u32,
    mentions: &[WeekdayMention],
    reference: NaiveDate,
    earliest: Option<i32>,
) -> Option<(NaiveDate, DateHow)> {
    let candidates: Vec<NaiveDate> = (0..=MAX_YEARS_BACK)
        .filter_map(|back| NaiveDate::from_ymd_opt(reference.year() - back, month, day))
        .filter(|d| *d <= reference + chrono::Days::new(1))
        .filter(|d| earliest.is_none_or(|e| d.year() >= e))
        .collect();
    for mention in mentions {
        if let Some(date) = candidates.iter().find(|d| d.weekday() == mention.weekday) {
            let how = DateHow::YearFromWeekday {
                weekday: weekday_name(mention.weekday).to_string(),
                evidence: mention.evidence.clone(),
            };
            return Some((*date, how));
        }
    }
    let nearest = *candidates.first()?;
    Some((nearest, DateHow::NearestYear { reference: reference.format("%Y-%m-%d").to_string() }))
}

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn saturday_means_2023_for_nov_11() {
        let mentions = weekday_mentions(
            "North Korea and Russia on Saturday chastised him. He on Thursday said",
        );
        assert_eq!(mentions[0].evidence, "on Saturday");
        let (date, how) = infer(11, 11, &mentions, ymd(2026, 11, 23), None).unwrap();
        assert_eq!(date, ymd(2023, 11, 11));
        assert!(
            matches!(how, DateHow::YearFromWeekday { ref weekday, .. } if weekday == "Saturday")
        );
    }

    #[test]
    fn without_weekdays_the_nearest_past_year() {
        let (date, how) = infer(12, 24, &[], ymd(2026, 11, 23), None).unwrap();
        assert_eq!(date, ymd(2025, 12, 24));
        assert!(matches!(how, DateHow::NearestYear { .. }));
    }

    #[test]
    fn a_past_year_the_article_names_bounds_the_search() {
        let mentions = weekday_mentions("Dockworkers walked out on Tuesday.");
        let (date, _) = infer(11, 12, &mentions, ymd(2026, 11, 23), Some(2002)).unwrap();
        assert_eq!(date, ymd(2024, 11, 12));
        let (date, _) = infer(11, 12, &mentions, ymd(2026, 11, 23), Some(2025)).unwrap();
        assert_eq!(date.year(), 2026, "no Tuesday fits after 2025: the nearest year");
    }

    proptest! {
        #[test]
        fn never_panics_and_never_lies_after_the_reference(m in 1u32..=12, d in 1u32..=31, y in 1i32..9999, w in 0usize..7) {
            let reference = NaiveDate::from_ymd_opt(y, 6, 15).unwrap();
            let weekday = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun][w];
            let mention = WeekdayMention { weekday, evidence: "x".into() };
            if let Some((date, _)) = infer(m, d, &[mention], reference, None) {
                prop_assert!(date <= reference + chrono::Days::new(1));
                prop_assert_eq!((date.month(), date.day()), (m, d));
            }
        }
    }
}
