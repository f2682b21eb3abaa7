//! Bylines: "by Nate Ostiller and The Kyiv Independent news desk November 9, 2023 1:37 PM",
//! "By JANE DOE, Associated Press", "Authors: A, B".

use crate::dates::{PartialDate, find_date};

/// What a byline says: people, an outlet credited as author, and a date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Byline {
    pub people: Vec<String>,
    /// An outlet or desk credited as author, without "news desk" / "staff".
    pub outlet: Option<String>,
    pub date: Option<PartialDate>,
}

/// True when a line reads as a byline.
pub fn is_byline(line: &str) -> bool {
    let starts =
        |prefix: &str| line.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    let rest = if starts("by ") {
        &line[3..]
    } else if starts("written by ") {
        &line[11..]
    } else {
        return false;
    };
    rest.trim_start().chars().next().is_some_and(char::is_uppercase)
        && line.split_whitespace().nth(30).is_none()
        && !reads_as_sentence(rest)
}

/// True when the words after "By" run on as a sentence ("By Wednesday afternoon, the White
/// House cited ...") rather than naming authors, outlets and a date, which take few
/// lower-case words.
fn reads_as_sentence(rest: &str) -> bool {
    const BYLINE_WORDS: &[&str] = &[
        "and",
        "of",
        "the",
        "for",
        "at",
        "in",
        "with",
        "via",
        "news",
        "desk",
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "editor",
        "contributor",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "updated",
        "published",
        "min",
        "read",
    ];
    let lower = rest
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| !BYLINE_WORDS.contains(&w.trim_end_matches('.')))
        .count();
    lower > 3
}

/// Parses a byline or an "Authors:" line.
pub fn parse(line: &str) -> Byline {
    let mut rest = line.trim();
    for prefix in ["written by ", "by ", "authors:", "author:"] {
        if rest.len() >= prefix.len() && rest[..prefix.len()].eq_ignore_ascii_case(prefix) {
            rest = rest[prefix.len()..].trim();
            break;
        }
    }
    let date = find_date(rest);
    let names_end = date.as_ref().map_or(rest.len(), |(_, r)| r.start);
    let names = &rest[..names_end];
    let mut byline = Byline { date: date.map(|(d, _)| d), ..Byline::default() };
    for part in names.split(['|', '·']).flat_map(split_names) {
        match desk_outlet(part) {
            Some(outlet) => byline.outlet = byline.outlet.or(Some(outlet)),
            None if looks_like_person(part) => byline.people.push(title_case_if_shouting(part)),
            None => byline.outlet = byline.outlet.or(Some(part.to_string())),
        }
    }
    byline
}

fn split_names(names: &str) -> Vec<&str> {
    names
        .split([',', ';'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(|p| p.trim().trim_end_matches(['-', '—', '–']).trim())
        .filter(|p| !p.is_empty())
        .collect()
}

/// "The Kyiv Independent news desk" → "The Kyiv Independent"; "Reuters staff" → "Reuters".
fn desk_outlet(part: &str) -> Option<String> {
    let lower = part.to_ascii_lowercase();
    for suffix in [" news desk", " newsdesk", " desk", " staff", " staff writers", " reporters"] {
        if lower.ends_with(suffix) {
            return Some(part[..part.len() - suffix.len()].trim().to_string());
        }
    }
    None
}

/// Two to four capitalised words, none of them a typical organisation word.
fn looks_like_person(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    const ORG_WORDS: &[&str] = &[
        "press",
        "news",
        "times",
        "post",
        "agency",
        "associated",
        "reuters",
        "the",
        "daily",
        "journal",
        "herald",
        "tribune",
        "wire",
        "service",
        "independent",
        "telegraph",
        "standard",
        "ledger",
        "radio",
        "current",
        "gazette",
        "chronicle",
        "observer",
        "guardian",
        "mail",
        "express",
        "globe",
        "review",
        "weekly",
        "magazine",
        "network",
        "media",
        "tv",
        "channel",
        "report",
        "today",
        "online",
        "courier",
        "dispatch",
        "examiner",
        "monitor",
        "record",
        "register",
        "sentinel",
        "inquirer",
        "star",
        "bulletin",
        "broadcasting",
    ];
    let org_word = |w: &str| ORG_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w));
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| org_word(w))
}

fn title_case_if_shouting(part: &str) -> String {
    if part.chars().any(char::is_lowercase) {
        return part.to_string();
    }
    part.split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_string()).unwrap_or_default();
            first + &chars.as_str().to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desk_and_people_and_date() {
        let b = parse(
            "by Nate Ostiller and The Kyiv Independent news desk November 9, 2023 1:37 PM 2 min read",
        );
        assert_eq!(b.people, ["Nate Ostiller"]);
        assert_eq!(b.outlet.as_deref(), Some("The Kyiv Independent"));
        assert_eq!(b.date.map(|d| (d.year, d.month, d.day)), Some((Some(2023), 11, 9)));
    }

    #[test]
    fn pipe_separated_bylines_and_sentences_starting_with_by() {
        let b = parse("By Niamh Corrigan | Eastbank Telegraph | January 15, 2025 7:30 AM");
        assert_eq!(b.people, ["Niamh Corrigan"]);
        assert_eq!(b.outlet.as_deref(), Some("Eastbank Telegraph"));
        assert!(!is_byline("By midday at least 19 ships were waiting, the port said."));
        assert!(!is_byline("By Friday evening, the ministry had counted 40 damaged homes."));
        assert!(!is_byline("By March 2019, the tour was officially named \"Open Roads.\""));
        assert!(is_byline("By Jane Doe and Omar Said, staff writers, The Ledger"));
    }

    #[test]
    fn shouting_names_and_agency_credit() {
        let b = parse("By JANE DOE and OMAR SAID, Associated Press");
        assert_eq!(b.people, ["Jane Doe", "Omar Said"]);
        assert_eq!(b.outlet.as_deref(), Some("Associated Press"));
        let a = parse("Authors: Nate Ostiller, The Kyiv Independent news desk");
        assert_eq!(a.people, ["Nate Ostiller"]);
    }
}
