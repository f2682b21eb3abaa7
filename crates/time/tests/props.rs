//! Property tests: normalisation never panics for any publication date in years 1 to 9999,
//! values keep their shape, and the same input always gives the same output.

use chrono::NaiveDate;
use parallax_model::Span;
use parallax_time::Tense;
use proptest::prelude::*;

const PHRASES: &[&str] = &[
    "last December",
    "next January",
    "this March",
    "Thursday",
    "last Friday",
    "next Monday",
    "Oct. 13",
    "Feb. 29",
    "February 29, 2000",
    "in September",
    "yesterday",
    "tomorrow",
    "last week",
    "next week",
    "this week",
    "the weekend",
    "last year",
    "next month",
    "a year ago",
    "two days later",
    "ten years earlier",
    "three months ago",
    "the third quarter",
    "the quarter",
    "a year earlier",
    "last fall",
    "next spring",
    "the winter",
    "Thanksgiving",
    "Christmas",
    "3 p.m. Friday",
    "noon",
    "tonight",
    "this morning",
    "the 1990s",
    "fiscal 1998",
    "four decades",
    "2 1/2 years",
    "every week",
    "annually",
    "now",
    "the future",
    "recently",
    "the year-ago quarter",
    "next year's first quarter",
    "early next year",
    "the end of 1989",
    "99999 days ago",
    "9999 years later",
    "year 9999",
    "31 December 9999",
    "Jan. 1, 0001",
];

fn tenses() -> impl Strategy<Value = Tense> {
    prop_oneof![Just(Tense::Past), Just(Tense::Present), Just(Tense::Future), Just(Tense::Unknown)]
}

fn dates() -> impl Strategy<Value = NaiveDate> {
    (1i32..=9999, 1u32..=12, 1u32..=31)
        .prop_filter_map("valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// Dates at the edges: year boundaries, leap days, the first and last representable years.
fn edge_dates() -> impl Strategy<Value = NaiveDate> {
    let y = prop_oneof![
        Just(1i32),
        Just(2),
        Just(1999),
        Just(2000),
        Just(2024),
        Just(9998),
        Just(9999)
    ];
    let md =
        prop_oneof![Just((1u32, 1u32)), Just((1, 2)), Just((2, 28)), Just((2, 29)), Just((12, 31))];
    (y, md).prop_filter_map("valid date", |(y, (m, d))| NaiveDate::from_ymd_opt(y, m, d))
}

fn well_formed(v: &str) -> bool {
    !v.is_empty() && v.is_ascii() && !v.contains(' ')
}

proptest! {
    #[test]
    fn normalisation_never_panics_and_is_deterministic(
        i in 0..PHRASES.len(), dct in prop_oneof![dates(), edge_dates()], t in tenses()
    ) {
        let a = parallax_time::normalize_phrase(PHRASES[i], Some(dct), t);
        let b = parallax_time::normalize_phrase(PHRASES[i], Some(dct), t);
        prop_assert_eq!(&a, &b);
        if let Some((_, _, v)) = a {
            prop_assert!(well_formed(&v), "{} gave {:?}", PHRASES[i], v);
        }
    }

    #[test]
    fn annotate_never_panics_on_any_text(text in "\\PC{0,200}", dct in dates()) {
        let spans = [Span::new(0, text.len())];
        let out = parallax_time::annotate(&text, &spans, Some(dct));
        let mut last = 0;
        for t in &out {
            prop_assert!(t.span.start >= last && t.span.start < t.span.end);
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            last = t.span.end;
        }
    }

    #[test]
    fn spans_stay_inside_their_sentences(i in 0..PHRASES.len(), j in 0..PHRASES.len()) {
        let text = format!("He said {} it was. Then {} came.", PHRASES[i], PHRASES[j]);
        let cut = text.find(". ").map_or(text.len(), |k| k + 1);
        let spans = [Span::new(0, cut), Span::new(cut + 1, text.len())];
        let out = parallax_time::annotate(&text, &spans, NaiveDate::from_ymd_opt(2000, 2, 29));
        for t in &out {
            prop_assert!(spans.iter().any(|s| s.contains(t.span)));
        }
    }
}

#[test]
fn last_december_in_january_is_the_previous_year() {
    for y in [1, 2, 2000, 2024, 9999] {
        let Some(dct) = NaiveDate::from_ymd_opt(y, 1, 5) else { continue };
        let got = parallax_time::normalize_phrase("last December", Some(dct), Tense::Past);
        let want = if y > 0 { format!("{:04}-12", y - 1) } else { "XXXX-12".into() };
        assert_eq!(got.map(|g| g.2), Some(want), "year {y}");
    }
}

#[test]
fn leap_days_and_the_edges_of_the_calendar() {
    let leap = NaiveDate::from_ymd_opt(2024, 3, 1);
    let v = parallax_time::normalize_phrase("yesterday", leap, Tense::Past).map(|g| g.2);
    assert_eq!(v.as_deref(), Some("2024-02-29"));
    let end = NaiveDate::from_ymd_opt(9999, 12, 31);
    let v = parallax_time::normalize_phrase("tomorrow", end, Tense::Future).map(|g| g.2);
    assert_eq!(v.as_deref(), Some("XXXX-01-01"), "year 10000 cannot be written in TIMEX3");
    let start = NaiveDate::from_ymd_opt(1, 1, 1);
    let v = parallax_time::normalize_phrase("last year", start, Tense::Past).map(|g| g.2);
    assert_eq!(v.as_deref(), Some("0000"));
}
