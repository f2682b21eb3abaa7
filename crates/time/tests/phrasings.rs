//! Checks for common news phrasings built around another expression or spelled out in words:
//! a day counted from a day, the week of a date, spelled years, halves in durations, half years
//! written as quarters, a part of `yesterday`, the tense of scheduled events, a quarter of a
//! relative year, days counted in working days, vague future periods, the year of a range, and an
//! hour told by the part of the day, and a hedged span ago.

mod common;

use parallax_model::TimexType;

use common::{annotate, value_of};

#[test]
fn a_day_before_or_after_a_day_counts_from_that_day() {
    // Thursday 2000-02-24: last Tuesday is 02-22, the day before it 02-21.
    let s = "The day before last Tuesday's inquiry, the mayor toured the dam.";
    assert_eq!(
        value_of(s, "2000-02-24", "The day before last Tuesday").as_deref(),
        Some("2000-02-21")
    );
    let s = "The ferry sails the day after tomorrow.";
    assert_eq!(value_of(s, "2000-02-24", "the day after tomorrow").as_deref(), Some("2000-02-26"));
    let s = "The crates arrived the day before Oct. 3, a clerk said.";
    assert_eq!(value_of(s, "1999-10-20", "the day before Oct. 3").as_deref(), Some("1999-10-02"));
    // The narrative's next morning follows the day just named.
    let text = "The day before Monday's vote, the envoy flew in.  He spoke the next morning.";
    let found = annotate(text, "2000-02-24");
    let values: Vec<&str> = found.iter().map(|(_, _, v)| v.as_str()).collect();
    assert_eq!(values, ["2000-02-20", "2000-02-21TMO"]);
}

#[test]
fn a_day_before_an_event_that_is_no_date_is_left_alone() {
    let found = annotate("The day before the storm, the town was calm.", "2000-02-24");
    assert!(found.iter().all(|(t, _, _)| !t.contains("before")), "{found:?}");
}

#[test]
fn the_week_of_a_date_is_its_iso_week() {
    let s = "The trial may open the week of March 6, lawyers said.";
    assert_eq!(value_of(s, "2000-02-24", "the week of March 6").as_deref(), Some("2000-W10"));
}

#[test]
fn spelled_years_read_alike_alone_and_inside_dates() {
    let dct = "1998-02-27";
    let s = "Prices were lower in nineteen ninety-six.";
    assert_eq!(value_of(s, dct, "nineteen ninety-six").as_deref(), Some("1996"));
    let s = "March nineteen ninety-seven.  The river rose again.";
    assert_eq!(value_of(s, dct, "March nineteen ninety-seven").as_deref(), Some("1997-03"));
    let s = "Snow closed the pass in the winter of nineteen ninety-four.";
    let v = value_of(s, dct, "the winter of nineteen ninety-four");
    assert_eq!(v.as_deref(), Some("1994-WI"));
    let s = "Fears grew as the year two thousand drew near.";
    assert_eq!(value_of(s, dct, "the year two thousand").as_deref(), Some("2000"));
}

#[test]
fn two_thousand_before_a_noun_is_a_count() {
    let found =
        annotate("The army sent two thousand troops in May two thousand crates.", "1998-02-27");
    assert!(found.iter().all(|(_, _, v)| v != "2000" && !v.starts_with("2000-")), "{found:?}");
}

#[test]
fn a_half_after_the_unit_or_the_number_is_kept() {
    let dct = "1998-01-14";
    let s = "A minute and a half later, the tower called back.";
    assert_eq!(value_of(s, dct, "A minute and a half").as_deref(), Some("PT1M30S"));
    let s = "The climb took an hour and a half.";
    assert_eq!(value_of(s, dct, "an hour and a half").as_deref(), Some("PT1H30M"));
    let s = "She coached the team for a year and a half.";
    assert_eq!(value_of(s, dct, "a year and a half").as_deref(), Some("P1Y6M"));
    let s = "The bridge was shut for two and a half years.";
    assert_eq!(value_of(s, dct, "two and a half years").as_deref(), Some("P2Y6M"));
    let s = "The shop closed a year and a half ago.";
    assert_eq!(value_of(s, dct, "a year and a half ago").as_deref(), Some("1996-07"));
}

#[test]
fn two_quarters_of_a_year_are_its_half() {
    let s = "Orders should stay weak through the first two quarters of 1990.";
    let v = value_of(s, "1989-10-26", "the first two quarters of 1990");
    assert_eq!(v.as_deref(), Some("1990-H1"));
    let s = "Margins improved in the last two quarters of 1989.";
    let v = value_of(s, "1990-03-02", "the last two quarters of 1989");
    assert_eq!(v.as_deref(), Some("1989-H2"));
}

#[test]
fn a_part_of_the_day_before_yesterday_keeps_its_code() {
    let s = "At mid-afternoon yesterday, the index was flat.";
    let found = annotate(s, "1989-11-02");
    let hit = found.iter().find(|(t, _, _)| t == "mid-afternoon yesterday");
    assert_eq!(hit.map(|(_, k, v)| (*k, v.as_str())), Some((TimexType::Time, "1989-11-01TAF")));
    // `late yesterday` stays the day, as the gold writes it.
    assert_eq!(
        value_of("Talks ended late yesterday.", "1989-11-02", "late yesterday").as_deref(),
        Some("1989-11-01")
    );
}

#[test]
fn a_future_month_nine_months_ahead_stays_ahead() {
    let s = "The crew will fly a second mission in December.";
    assert_eq!(value_of(s, "1998-03-04", "December").as_deref(), Some("1998-12"));
    // In the past tense the same month is the one gone by.
    let s = "The crew flew a second mission in December.";
    assert_eq!(value_of(s, "1998-03-04", "December").as_deref(), Some("1997-12"));
}

#[test]
fn a_scheduled_event_in_the_present_simple_lies_ahead() {
    // Friday 1998-05-01: the coming Monday is 05-04, the last one 04-27.
    let dct = "1998-05-01";
    let s = "The two ministers meet separately Monday with the mediator.";
    assert_eq!(value_of(s, dct, "Monday").as_deref(), Some("1998-05-04"));
    let s = "The council votes on Tuesday on the budget.";
    assert_eq!(value_of(s, dct, "Tuesday").as_deref(), Some("1998-05-05"));
    // The past tense, a noun and a negated past keep the day gone by.
    let s = "The two ministers met separately Monday with the mediator.";
    assert_eq!(value_of(s, dct, "Monday").as_deref(), Some("1998-04-27"));
    let s = "Their visits Monday were short.";
    assert_eq!(value_of(s, dct, "Monday").as_deref(), Some("1998-04-27"));
    let s = "They did not meet Monday.";
    assert_eq!(value_of(s, dct, "Monday").as_deref(), Some("1998-04-27"));
}

#[test]
fn a_quarter_of_a_relative_year_is_one_expression() {
    let s = "Nordvik expects to complete the acquisition in the second quarter of next year.";
    let found = annotate(s, "2025-11-18");
    let got: Vec<(&str, &str)> = found.iter().map(|(t, _, v)| (t.as_str(), v.as_str())).collect();
    assert_eq!(got, [("the second quarter of next year", "2026-Q2")]);
    let s = "Sales fell in the fourth quarter of last year.";
    let v = value_of(s, "2025-11-18", "the fourth quarter of last year");
    assert_eq!(v.as_deref(), Some("2024-Q4"));
    let s = "The agency plans to publish the report in the first half of next year.";
    let v = value_of(s, "2025-11-18", "the first half of next year");
    assert_eq!(v.as_deref(), Some("2026-H1"));
}

#[test]
fn working_and_trading_days_are_days() {
    let s = "A first review normally takes 25 working days.";
    let found = annotate(s, "2025-11-18");
    let got =
        found.iter().find(|(t, _, _)| t == "25 working days").map(|(_, k, v)| (*k, v.as_str()));
    assert_eq!(got, Some((TimexType::Duration, "P25D")));
    let s = "Eight trading days after the plunge, the index recovered.";
    assert_eq!(value_of(s, "1989-10-30", "Eight trading days").as_deref(), Some("P8D"));
    // `business` before another noun is no duration.
    assert!(annotate("The business days of the firm are over.", "1989-10-30").is_empty());
}

#[test]
fn vague_future_periods() {
    let s = "It would seek to sell the unit as soon as possible.";
    assert_eq!(value_of(s, "1989-10-30", "as soon as possible").as_deref(), Some("FUTURE_REF"));
    let s = "Over the next couple of years, sales should double.";
    let v = value_of(s, "1989-10-26", "the next couple of years");
    assert_eq!(v.as_deref(), Some("P2Y"));
    let s = "Funds will face pressure to sell in the weeks ahead.";
    assert_eq!(value_of(s, "1989-10-27", "the weeks ahead").as_deref(), Some("PXW"));
    // `as soon as` before a date leaves the date to its own rule.
    let s = "The group could leave as soon as Tuesday.";
    assert!(annotate(s, "2000-04-03").iter().all(|(t, _, _)| !t.starts_with("as")));
}

#[test]
fn the_first_date_of_a_range_takes_the_year_of_the_second() {
    let s = "The tournament runs from June 11 to July 19, 2026.";
    assert_eq!(value_of(s, "2025-11-20", "June 11").as_deref(), Some("2026-06-11"));
    let s = "The office is closed Dec. 28 - Jan. 3, 2026.";
    assert_eq!(value_of(s, "2025-11-20", "Dec. 28").as_deref(), Some("2025-12-28"));
    // Two dates that are no range keep their own readings.
    let s = "Talks held on June 11 failed, and a deal came on July 19, 2026.";
    assert_eq!(value_of(s, "2026-08-01", "June 11").as_deref(), Some("2026-06-11"));
    let s = "Talks held on June 11 failed, and a deal came on July 19, 2026.";
    assert_eq!(value_of(s, "2027-08-01", "June 11").as_deref(), Some("2027-06-11"));
}

#[test]
fn an_hour_can_be_told_by_the_part_of_the_day() {
    let s = "The father will leave at 4 in the morning, Castro said.";
    assert_eq!(value_of(s, "2000-04-05", "4 in the morning").as_deref(), Some("2000-04-05T04:00"));
    let s = "The polls stay open until 8 in the evening.";
    assert_eq!(value_of(s, "2000-04-05", "8 in the evening").as_deref(), Some("2000-04-05T20:00"));
    let s = "The shelling began at 11 at night and stopped by 2 at night.";
    assert_eq!(value_of(s, "2000-04-05", "11 at night").as_deref(), Some("2000-04-05T23:00"));
    assert_eq!(value_of(s, "2000-04-05", "2 at night").as_deref(), Some("2000-04-05T02:00"));
    // A count before a part of the day is no hour.
    let s = "Four in the morning shift were hurt, and 40 in the afternoon.";
    let found = annotate(s, "2000-04-05");
    assert!(found.iter().all(|(_, _, v)| !v.contains(':')), "{found:?}");
}

#[test]
fn a_hedged_span_ago_keeps_its_hedge() {
    let s = "Then, a week or so ago, the general picked the day.";
    let found = annotate(s, "1991-02-25");
    let got: Vec<(&str, &str)> = found.iter().map(|(t, _, v)| (t.as_str(), v.as_str())).collect();
    assert_eq!(got, [("a week or so ago", "1991-W08")]);
}
