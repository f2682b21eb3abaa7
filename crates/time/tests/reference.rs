//! Checks of the reference-time and TimeBank-convention rules: expressions anchored on the last
//! date a story gave, years after cue words, year-end, centuries, quarters of earnings reports,
//! vague plurals and parts of the day after weekdays. Every sentence here is made up.

mod common;

use parallax_model::TimexType;

/// Annotates `text`, cut into sentences after `. `, published on `dct`: (text, type, value).
fn annotate(text: &str, dct: &str) -> Vec<(String, TimexType, String)> {
    common::annotate_split(text, ". ", dct)
}

/// The value of the expression whose text is `phrase`, or a panic listing what was found.
fn value(text: &str, dct: &str, phrase: &str) -> String {
    let found = annotate(text, dct);
    match found.iter().find(|(t, _, _)| t == phrase) {
        Some((_, _, v)) => v.clone(),
        None => panic!("{phrase:?} not found in {text:?}; found {found:?}"),
    }
}

fn texts(text: &str, dct: &str) -> Vec<String> {
    annotate(text, dct).into_iter().map(|(t, _, _)| t).collect()
}

#[test]
fn that_year_and_the_following_year_follow_the_last_date_given() {
    let dct = "2004-03-10";
    let story = "The singer moved to Lisbon in June 1998. She went home later that year.";
    assert_eq!(value(story, dct, "later that year"), "1998");
    let story = "On May 22, 1995, the colonel was promoted. The following year he retired.";
    assert_eq!(value(story, dct, "The following year"), "1996");
    let story =
        "The storm reached the coast on October 3, 2003. Earlier that day, ferries stopped.";
    assert_eq!(value(story, dct, "Earlier that day"), "2003-10-03");
    let story = "The plant opened in March 2001. The following month it hired 200 workers.";
    assert_eq!(value(story, dct, "The following month"), "2001-04");
}

#[test]
fn a_weekday_is_a_reference_for_the_next_morning() {
    let story = "The council met on Monday. The mayor resigned the next morning.";
    assert_eq!(value(story, "2004-03-10", "the next morning"), "2004-03-09TMO");
}

#[test]
fn without_an_earlier_date_that_year_is_the_publication_year() {
    let story = "Exports of cheese reached a record that year.";
    assert_eq!(value(story, "2004-03-10", "that year"), "2004");
    assert!(texts("They opened that day care center.", "2004-03-10").is_empty());
}

#[test]
fn years_after_cue_words_are_years_even_before_numbers_and_nouns() {
    let dct = "2000-02-10";
    let story = "Tourists rose from 8,000 in 1980 to 30,000 last year.";
    assert_eq!(value(story, dct, "1980"), "1980");
    let story = "He was fined twice from 1991 to 1997.";
    assert_eq!(texts(story, dct), ["1991", "1997"]);
    assert_eq!(value("Sales beat fiscal 1989 sales.", dct, "fiscal 1989"), "1989");
    assert_eq!(value("Leaders of the 1992 protests left.", dct, "1992"), "1992");
    assert!(texts("The city hired 1998 teachers.", dct).is_empty());
    assert!(texts("Prices rose in 1500 percent of cases.", dct).is_empty());
}

#[test]
fn year_end_is_the_year() {
    let dct = "1989-11-02";
    assert_eq!(value("The deal should close by year-end.", dct, "year-end"), "1989");
    assert_eq!(value("Rules take effect by year's end.", dct, "year's end"), "1989");
}

#[test]
fn centuries_with_or_without_the() {
    let dct = "1998-02-13";
    assert_eq!(value("She is a 20th century politician.", dct, "20th century"), "19");
    assert_eq!(value("They restored the 11th century chapel.", dct, "the 11th century"), "10");
    assert_eq!(value("Prices fell through the nineties.", dct, "the nineties"), "199");
}

#[test]
fn an_earnings_report_keeps_the_first_quarter_it_names() {
    let text = "Acme posted a gain in third-quarter profit. After a flat second quarter, \
                sales recovered. Charges were taken in the year-earlier period.";
    assert_eq!(value(text, "1989-11-01", "the year-earlier period"), "1988-Q3");
}

#[test]
fn a_fiscal_quarter_under_way_can_be_the_reported_one() {
    let text = "Ralston reported a decline in fourth-quarter earnings. \
                Net fell from $84 million a year earlier.";
    assert_eq!(value(text, "1989-11-02", "a year earlier"), "1988-Q4");
}

#[test]
fn an_old_quarter_is_not_the_reported_one() {
    let text = "Profit was last this high in the third quarter of 1984. \
                Sales were flat compared with a year ago.";
    assert_eq!(value(text, "1989-10-27", "a year ago"), "1988-Q3");
}

#[test]
fn the_last_half_of_a_year_is_its_second_half() {
    let dct = "1989-10-26";
    assert_eq!(
        value("Profit will lag in the last half of 1989.", dct, "the last half of 1989"),
        "1989-H2"
    );
    assert_eq!(texts("The trend marked the last half of the '80s.", dct), ["the '80s"]);
}

#[test]
fn vague_plurals_and_terms() {
    let dct = "1990-08-15";
    assert_eq!(value("Troops will arrive within weeks.", dct, "weeks"), "PXW");
    assert_eq!(value("Over the years many patients died.", dct, "the years"), "PXY");
    assert_eq!(value("They will buy jets in the coming years.", dct, "coming years"), "PXY");
    assert_eq!(value("We face risks in the near term.", dct, "the near term"), "FUTURE_REF");
    assert_eq!(value("It will help in the short term.", dct, "the short term"), "FUTURE_REF");
}

#[test]
fn a_season_after_early_or_late() {
    let story = "Orders rose from the low levels of the early summer.";
    assert_eq!(value(story, "1989-10-26", "the early summer"), "1989-SU");
}

#[test]
fn the_second_day_of_a_pair_takes_the_first_ones_month() {
    let story = "The summit will be held on April 24 and 25 in the capital.";
    assert_eq!(value(story, "1999-02-10", "25"), "1999-04-25");
    assert_eq!(texts("Votes rose by 24 and 25 percent.", "1999-02-10"), Vec::<String>::new());
}

#[test]
fn effective_looks_ahead() {
    let story = "The bank created a new office, effective February 1.";
    assert_eq!(value(story, "1989-10-26", "February 1"), "1990-02-01");
}

#[test]
fn a_weekday_night_is_the_day_but_an_evening_stays_an_evening() {
    let dct = "2000-01-07";
    assert_eq!(
        value("Crowds rallied Friday night in the plaza.", dct, "Friday night"),
        "2000-01-07"
    );
    assert_eq!(
        value("He spoke Thursday morning at the port.", dct, "Thursday morning"),
        "2000-01-06"
    );
    let evening = value("The offer expired Wednesday evening.", dct, "Wednesday evening");
    assert_eq!(evening, "2000-01-05TEV");
}

#[test]
fn high_noon_is_not_a_clock_time() {
    assert!(
        texts("For the people, high noon comes now.", "1999-03-12").iter().all(|t| t != "noon")
    );
}
