//! Data-driven checks: each case is a sentence, a publication date, an expression in it and
//! the TIMEX3 value (and type) parallax must give that expression.

use chrono::NaiveDate;
use parallax_model::{Span, TimexType};

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Annotates `sentence` (one sentence) published on `dct` and returns (text, type, value).
fn annotate(sentence: &str, dct: &str) -> Vec<(String, TimexType, String)> {
    let spans = [Span::new(0, sentence.len())];
    parallax_time::annotate(sentence, &spans, date(dct))
        .into_iter()
        .map(|t| (t.span.of(sentence).to_string(), t.kind, t.value))
        .collect()
}

/// Asserts that `sentence` holds exactly the expression `phrase` with `value`.
fn check(sentence: &str, dct: &str, phrase: &str, value: &str) {
    let found = annotate(sentence, dct);
    let hit = found.iter().find(|(text, _, _)| text == phrase);
    match hit {
        Some((_, _, v)) => assert_eq!(v, value, "{phrase:?} in {sentence:?} (dct {dct})"),
        None => panic!("{phrase:?} not found in {sentence:?}; found {found:?}"),
    }
}

fn check_type(sentence: &str, dct: &str, phrase: &str, kind: TimexType, value: &str) {
    check(sentence, dct, phrase, value);
    let found = annotate(sentence, dct);
    let k = found.iter().find(|(t, _, _)| t == phrase).map(|(_, k, _)| *k);
    assert_eq!(k, Some(kind), "{phrase:?} in {sentence:?}");
}

#[test]
fn seed_checks_like_a_wire_story_of_saturday_nov_11() {
    let dct = "2023-11-11";
    check("The two governments on Saturday rejected the remarks.", dct, "Saturday", "2023-11-11");
    check("The minister on Thursday said the ties were growing.", dct, "Thursday", "2023-11-09");
    check("Officials issued statements on Saturday saying so.", dct, "Saturday", "2023-11-11");
}

#[test]
fn seed_checks_like_a_story_of_thursday_nov_9() {
    let dct = "2023-11-09";
    check("The ministers met Nov. 9 in the capital.", dct, "Nov. 9", "2023-11-09");
    check("Fighting broke out in October after the raid.", dct, "October", "2023-10");
    check("The talks collapsed on Oct. 13, a spokesman said.", dct, "Oct. 13", "2023-10-13");
    check("A second convoy crossed the border Oct. 18.", dct, "Oct. 18", "2023-10-18");
    check("The leaders last met in September in the east.", dct, "September", "2023-09");
}

#[test]
fn spans_exclude_the_preposition_and_include_modifiers() {
    let dct = "2023-11-09";
    let found = annotate("He arrived on Monday and left in early October.", dct);
    let texts: Vec<&str> = found.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(texts, ["Monday", "early October"]);
}

#[test]
fn weekdays_follow_the_tense() {
    let dct = "2023-11-08";
    check("The council voted Monday to approve it.", dct, "Monday", "2023-11-06");
    check("The council will vote Monday on the plan.", dct, "Monday", "2023-11-13");
    check("The summit is expected to open Friday.", dct, "Friday", "2023-11-10");
    check("Talks were held last Tuesday.", dct, "last Tuesday", "2023-11-07");
    check("Talks were held last Wednesday.", dct, "last Wednesday", "2023-11-01");
    check("He said Wednesday that it was over.", dct, "Wednesday", "2023-11-08");
}

#[test]
fn months_and_days_without_a_year() {
    check("The law passed in March.", "2023-11-09", "March", "2023-03");
    check("The vote will take place in March.", "2023-11-09", "March", "2024-03");
    check("Troops must leave by Jan. 14.", "2000-01-06", "Jan. 14", "2000-01-14");
    check(
        "The agency decided the boy must go home by Jan. 14.",
        "2000-01-06",
        "Jan. 14",
        "2000-01-14",
    );
    check("The deal was signed last December.", "2024-01-15", "last December", "2023-12");
    check("The fund opened in May 2001.", "2023-11-09", "May 2001", "2001-05");
    check(
        "Prices rose 9 November 2023, traders said.",
        "2023-12-01",
        "9 November 2023",
        "2023-11-09",
    );
}

#[test]
fn absolute_dates_and_years() {
    let dct = "2023-11-09";
    check("The report was filed 2023-11-09 in court.", dct, "2023-11-09", "2023-11-09");
    check("It was founded on Nov. 9, 2023.", dct, "Nov. 9, 2023", "2023-11-09");
    check("Sales peaked in October 2023.", dct, "October 2023", "2023-10");
    check("The treaty dates from 1998.", dct, "1998", "1998");
    check("Growth was strong in the 1990s.", dct, "the 1990s", "199");
    check("Results for fiscal 1998 were weak.", dct, "fiscal 1998", "1998");
}

#[test]
fn relative_periods() {
    let dct = "2023-11-09";
    check("Prices fell yesterday.", dct, "yesterday", "2023-11-08");
    check("The market is closed today.", dct, "today", "2023-11-09");
    check("Exports fell last week.", dct, "last week", "2023-W44");
    check("Sales rose this year.", dct, "this year", "2023");
    check("Rates will rise next month.", dct, "next month", "2023-12");
    check("Output grew earlier this month.", dct, "earlier this month", "2023-11");
    check("The plant closed a year ago.", dct, "a year ago", "2022");
    check("Two days later the rebels left.", dct, "Two days", "P2D");
    check("Three weeks from now the rebels leave.", dct, "Three weeks from now", "2023-W48");
    check("Inflation eased over the past year.", dct, "the past year", "2022");
    check("Wages fell in the last decade.", dct, "the last decade", "201");
}

#[test]
fn fuzzy_references() {
    let dct = "2023-11-09";
    check("The firm is now profitable.", dct, "now", "PRESENT_REF");
    check("He recently resigned.", dct, "recently", "PAST_REF");
    check("Inflation has risen in recent years.", dct, "recent years", "PAST_REF");
    check("Nobody can tell what the future holds.", dct, "the future", "FUTURE_REF");
    check("Such cases were rare in the past.", dct, "the past", "PAST_REF");
}

#[test]
fn times_quarters_durations_and_sets() {
    let dct = "1998-08-07";
    check_type(
        "The blast hit at 3 p.m. Friday.",
        dct,
        "3 p.m. Friday",
        TimexType::Time,
        "1998-08-07T15:00",
    );
    check_type(
        "Markets rallied this morning.",
        dct,
        "this morning",
        TimexType::Time,
        "1998-08-07TMO",
    );
    check("Profit fell in the third quarter.", "1998-10-20", "the third quarter", "1998-Q3");
    check("Third-quarter profit fell.", "1998-10-20", "Third-quarter", "1998-Q3");
    check_type("It lasted four decades.", dct, "four decades", TimexType::Duration, "P40Y");
    check("He served more than two years.", dct, "more than two years", "P2Y");
    check("Talks went on for three months.", dct, "three months", "P3M");
    check("The strike lasted 24 hours.", dct, "24 hours", "PT24H");
    check("He stayed a week.", dct, "a week", "P1W");
    check("Repairs took 2 1/2 years.", dct, "2 1/2 years", "P2Y6M");
    check_type("The board meets every week.", dct, "every week", TimexType::Set, "P1W");
    check_type("Fees are paid annually.", dct, "annually", TimexType::Set, "P1Y");
    check("The paper is published daily.", dct, "daily", "P1D");
}

#[test]
fn unknown_publication_date_keeps_known_parts() {
    check("The court ruled Oct. 13.", "", "Oct. 13", "XXXX-10-13");
    check("The court ruled Thursday.", "", "Thursday", "XXXX-WXX-4");
    check("The court ruled in October.", "", "October", "XXXX-10");
    check("The court ruled last week.", "", "last week", "XXXX-WXX");
}

#[test]
fn words_that_only_look_like_dates_are_left_alone() {
    let dct = "2023-11-09";
    assert!(annotate("You may march on if you must.", dct).is_empty());
    assert!(annotate("The army sent 2000 soldiers and $1998 in aid.", dct).is_empty());
    assert!(annotate("He was a second choice; the 6-year-old boy wept.", dct).is_empty());
}

#[test]
fn a_month_a_few_months_ahead_stays_ahead_in_a_past_tense_sentence() {
    let dct = "1989-10-30";
    check("The bank agreed to lend the money in December.", dct, "December", "1989-12");
    check("The company said it was sold in April.", dct, "April", "1989-04");
    check("He has been sought since the Oct. 23 shooting.", "1999-05-06", "Oct. 23", "1998-10-23");
}

#[test]
fn earnings_reports_compare_with_the_quarter_they_named() {
    let text = "Sun earned $10 million in its fiscal first quarter ended Sept. 29. \
                A year earlier it lost money. Sales for the quarter rose. \
                Kirschner earned less than in the 1988 quarter.";
    let spans = sentence_spans(text);
    let found = parallax_time::annotate(text, &spans, date("1989-10-26"));
    let value =
        |phrase: &str| found.iter().find(|t| t.span.of(text) == phrase).map(|t| t.value.clone());
    assert_eq!(value("fiscal first quarter").as_deref(), Some("1989-Q1"), "{found:?}");
    assert_eq!(value("A year earlier").as_deref(), Some("1988-Q1"));
    assert_eq!(value("the quarter").as_deref(), Some("1989-Q1"));
    assert_eq!(value("the 1988 quarter").as_deref(), Some("1988-Q1"));
}

#[test]
fn a_wire_dateline_before_the_first_sentence_is_read() {
    let text = "WASHINGTON, March 12 (Xinhua) -- Three states joined the alliance today.";
    let first = text.find("Three").unwrap_or(0);
    let found = parallax_time::annotate(text, &[Span::new(first, text.len())], date("1999-03-13"));
    let values: Vec<(&str, &str)> =
        found.iter().map(|t| (t.span.of(text), t.value.as_str())).collect();
    assert_eq!(values, [("March 12", "1999-03-12"), ("today", "1999-03-13")]);
}

/// Sentences cut after `. `, enough for the test texts above.
fn sentence_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        out.push(Span::new(start, i + 1));
        start = i + 2;
    }
    out.push(Span::new(start, text.len()));
    out
}
