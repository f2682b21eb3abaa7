//! Checks for the rules that read context beyond the expression: pluperfect narratives, clock
//! times whose day comes after an aside or a comma, processions named `March`, growth rates,
//! earnings comparisons over a span of months, the clause a weekday belongs to, weekdays in the
//! possessive, parts of the day the story is telling, and participles used as adjectives.

mod common;

use parallax_model::TimexType;

use common::{annotate, value_of};

#[test]
fn a_plan_in_the_pluperfect_points_back() {
    let s = "The offer had been scheduled to expire at midnight Friday.";
    assert_eq!(value_of(s, "1989-10-30", "midnight Friday").as_deref(), Some("1989-10-27T24:00"));
    let s = "The bid had been due to lapse Friday evening.";
    assert_eq!(value_of(s, "1989-10-30", "Friday evening").as_deref(), Some("1989-10-27TEV"));
    // Without the pluperfect the plan still lies ahead.
    let s = "The offer is scheduled to expire at midnight Friday.";
    assert_eq!(value_of(s, "1989-10-30", "midnight Friday").as_deref(), Some("1989-11-03T24:00"));
}

#[test]
fn until_and_by_look_back_in_a_pluperfect_narrative() {
    let s = "Until Thursday, investigators had not called him a suspect.";
    assert_eq!(value_of(s, "1999-05-07", "Thursday").as_deref(), Some("1999-05-06"));
    let s = "Thirty members had filed their reports by Wednesday.";
    assert_eq!(value_of(s, "1990-08-16", "Wednesday").as_deref(), Some("1990-08-15"));
    // A pluperfect inside a relative clause leaves the main clause's future alone.
    let s = "The sale, which had been expected, helps repay the loan by February.";
    assert_eq!(value_of(s, "1989-10-30", "February").as_deref(), Some("1990-02"));
}

#[test]
fn a_clock_time_takes_the_day_after_an_aside_or_a_comma() {
    let s = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday in the capital.";
    let found = annotate(s, "1998-08-08");
    let time = found.iter().find(|(t, _, _)| t == "10:35 a.m.");
    assert_eq!(time.map(|(_, k, v)| (*k, v.as_str())), Some((TimexType::Time, "1998-08-07T10:35")));
    assert_eq!(value_of(s, "1998-08-08", "Friday").as_deref(), Some("1998-08-07"));
    let s = "The company extended its offer until 5 p.m. EST, Nov. 6.";
    let v = value_of(s, "1989-10-30", "5 p.m. EST, Nov. 6");
    assert_eq!(v.as_deref(), Some("1989-11-06T17:00"));
}

#[test]
fn a_procession_called_march_is_no_month() {
    let s = "Thousands joined the annual March for Life on Capitol Hill.";
    assert!(annotate(s, "1999-01-22").iter().all(|(t, _, _)| t != "March"));
    let s = "She led the March of the Mothers through the city.";
    assert!(annotate(s, "2000-01-15").iter().all(|(t, _, _)| t != "March"));
    // A month followed by `for` and a common noun stays a month.
    let s = "He resigned in March for health reasons.";
    assert_eq!(value_of(s, "1989-11-01", "March").as_deref(), Some("1989-03"));
}

#[test]
fn a_growth_rate_is_no_recurrence() {
    let s = "Analysts expect revenue to grow 20% annually through 1992.";
    assert!(annotate(s, "1989-10-30").iter().all(|(t, _, _)| t != "annually"));
    let s = "The festival is held annually in the old town.";
    let found = annotate(s, "1989-10-30");
    let set = found.iter().find(|(t, _, _)| t == "annually");
    assert_eq!(set.map(|(_, k, v)| (*k, v.as_str())), Some((TimexType::Set, "P1Y")));
}

#[test]
fn a_year_earlier_after_a_span_of_months_is_the_year() {
    let text = "Third-quarter profit rose to $5 million from $4 million a year earlier.  \
                For the nine months, net was $12 million, compared with $9 million a year earlier.";
    let found = annotate(text, "1989-10-26");
    let values: Vec<&str> = found
        .iter()
        .filter(|(t, _, _)| t == "a year earlier")
        .map(|(_, _, v)| v.as_str())
        .collect();
    assert_eq!(values, ["1988-Q3", "1988"]);
}

#[test]
fn a_weekday_takes_the_tense_of_its_own_clause() {
    // The nearest verb, `urged`, is past, but `on Wednesday` belongs to `would meet`.
    let s = "The minister said she would meet both sides on Wednesday and urged them to agree.";
    assert_eq!(value_of(s, "2026-03-10", "Wednesday").as_deref(), Some("2026-03-11"));
    // Past in its own clause though a future follows the conjunction.
    let s = "The strike began on Monday and the port will stay shut.";
    assert_eq!(value_of(s, "2026-03-11", "Monday").as_deref(), Some("2026-03-09"));
    // A fronted weekday still reads the verb after the comma.
    let s = "On Friday, the government will pay the first claims.";
    assert_eq!(value_of(s, "1998-09-30", "Friday").as_deref(), Some("1998-10-02"));
}

#[test]
fn a_weekday_in_the_possessive_is_a_day_gone_by() {
    let s = "A vigil for a student hurt during Thursday's march would go ahead.";
    assert_eq!(value_of(s, "2026-06-16", "Thursday").as_deref(), Some("2026-06-11"));
    let s = "Relatives said they would look for ways to get around Wednesday\u{2019}s ruling.";
    assert_eq!(value_of(s, "2000-01-07", "Wednesday").as_deref(), Some("2000-01-05"));
    // Without the possessive the future stands.
    let s = "Relatives said they would appeal the ruling on Wednesday.";
    assert_eq!(value_of(s, "2000-01-07", "Wednesday").as_deref(), Some("2000-01-12"));
}

#[test]
fn a_part_of_the_day_alone_belongs_to_the_day_being_told() {
    let s = "Stocks were dashed Friday.  Dealers placed heavy buy orders in the morning.";
    let found = annotate(s, "1989-10-30");
    let morning = found.iter().find(|(t, _, _)| t == "the morning");
    let got = morning.map(|(_, k, v)| (*k, v.as_str()));
    assert_eq!(got, Some((TimexType::Time, "1989-10-27TMO")));
    let s = "By mid afternoon, officials were saying the operation was over.";
    assert_eq!(value_of(s, "1998-03-06", "mid afternoon").as_deref(), Some("1998-03-06TAF"));
    // The night of a named date is that date's, and stays with it.
    let s = "He was shot to death on the night of Oct. 23 in his home.";
    assert!(annotate(s, "1999-05-05").iter().all(|(t, _, _)| !t.contains("night")));
}

#[test]
fn a_plane_or_a_plant_is_no_plan() {
    let s = "The plane landed early on Wednesday.";
    assert_eq!(value_of(s, "2025-11-20", "Wednesday").as_deref(), Some("2025-11-19"));
    let s = "The plant closed on Monday.";
    assert_eq!(value_of(s, "2025-11-20", "Monday").as_deref(), Some("2025-11-17"));
    // A plan still looks ahead.
    let s = "The union planned a march on Monday.";
    assert_eq!(value_of(s, "2025-11-20", "Monday").as_deref(), Some("2025-11-24"));
}

#[test]
fn a_participle_before_its_noun_or_after_has_says_nothing_of_the_tense() {
    let s = "The split would be paid on a still unspecified date in January.";
    assert_eq!(value_of(s, "1989-10-26", "January").as_deref(), Some("1990-01"));
    let s = "The firm will pay the proposed dividend in January.";
    assert_eq!(value_of(s, "1989-10-26", "January").as_deref(), Some("1990-01"));
    // The same participle as the verb still dates the clause.
    let s = "The firm proposed a dividend in January.";
    assert_eq!(value_of(s, "1989-10-26", "January").as_deref(), Some("1989-01"));
    // After `has` the auxiliary speaks: a present perfect reaching into the coming months.
    let s = "The bank has extended loans to the firm through January.";
    assert_eq!(value_of(s, "1989-10-30", "January").as_deref(), Some("1990-01"));
    let s = "The bank had extended loans to the firm through January.";
    assert_eq!(value_of(s, "1989-10-30", "January").as_deref(), Some("1989-01"));
}
