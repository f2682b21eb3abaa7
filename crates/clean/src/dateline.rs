//! Datelines: "Nov. 11 (UPI) --", "WASHINGTON (Reuters) -", "KYIV, Ukraine, March 4 (AP) —".

use crate::dates::{PartialDate, find_date};

/// A dateline at the start of a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    /// The place in capitals, when given: "WASHINGTON", "KYIV, Ukraine".
    pub place: Option<String>,
    pub date: Option<PartialDate>,
    /// The code in parentheses: "UPI", "Reuters", "AP".
    pub code: Option<String>,
    /// Byte length of the dateline including its dash and the space after it.
    pub len: usize,
}

const DASHES: [&str; 5] = [" -- ", " — ", " – ", " - ", " —"];

/// Parses a dateline at the start of `line`, if there is one.
pub fn parse(line: &str) -> Option<Dateline> {
    let mut head_end = line.len().min(100);
    while !line.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &line[..head_end];
    let (prefix_end, len) = DASHES
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, i + d.len())))
        .filter(|(i, _)| *i <= 90)
        .min_by_key(|(i, end)| (*i, std::cmp::Reverse(*end)))?;
    let prefix = line[..prefix_end].trim();
    if prefix.is_empty()
        || prefix.ends_with('.') && !prefix.ends_with(')') && find_date(prefix).is_none()
    {
        return None;
    }
    let (head, code) = split_code(prefix);
    let date = find_date(head).map(|(d, _)| d);
    let place = place_of(head);
    let code_ok = code.is_some();
    if !(code_ok || place.is_some()) {
        return None;
    }
    // Every word must be accounted for by the place, the date or the code.
    if !only_dateline_words(head, place.as_deref(), date.is_some()) {
        return None;
    }
    let len = len.min(line.len());
    Some(Dateline { place, date, code: code.map(str::to_string), len })
}

/// Splits "X (CODE)" into "X" and "CODE".
fn split_code(prefix: &str) -> (&str, Option<&str>) {
    if let Some(open) = prefix.rfind('(')
        && prefix.ends_with(')')
    {
        let code = prefix[open + 1..prefix.len() - 1].trim();
        let plausible = (1..=24).contains(&code.len())
            && code.chars().next().is_some_and(char::is_uppercase)
            && code.split_whitespace().count() <= 3;
        if plausible {
            return (prefix[..open].trim().trim_end_matches(','), Some(code));
        }
    }
    (prefix, None)
}

/// The capitalised place that opens a dateline: "WASHINGTON", "KYIV, Ukraine".
fn place_of(head: &str) -> Option<String> {
    let first = head.split([',', ' ']).next()?;
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 3 && first.chars().all(|c| !c.is_lowercase());
    if !all_caps {
        return None;
    }
    let place: Vec<&str> = head
        .split(',')
        .map(str::trim)
        .take_while(|part| find_date(part).is_none() && !part.is_empty())
        .collect();
    Some(place.join(", "))
}

fn only_dateline_words(head: &str, place: Option<&str>, has_date: bool) -> bool {
    let rest = match place {
        Some(p) => head.strip_prefix(p).unwrap_or(head),
        None => head,
    };
    let rest = rest.trim().trim_start_matches(',').trim();
    rest.is_empty() || (has_date && rest.split_whitespace().count() <= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        line: &str,
        place: Option<&str>,
        date: Option<(Option<i32>, u32, u32)>,
        code: Option<&str>,
        rest: &str,
    ) {
        let d = parse(line).unwrap_or_else(|| panic!("no dateline in {line:?}"));
        assert_eq!(d.place.as_deref(), place, "{line}");
        assert_eq!(d.date.map(|p| (p.year, p.month, p.day)), date, "{line}");
        assert_eq!(d.code.as_deref(), code, "{line}");
        assert_eq!(&line[d.len..], rest, "{line}");
    }

    #[test]
    fn wire_datelines() {
        check(
            "Nov. 11 (UPI) -- North Korea and Russia",
            None,
            Some((None, 11, 11)),
            Some("UPI"),
            "North Korea and Russia",
        );
        check(
            "WASHINGTON (Reuters) - The U.S. said",
            Some("WASHINGTON"),
            None,
            Some("Reuters"),
            "The U.S. said",
        );
        check(
            "KYIV, Ukraine, March 4, 2025 (AP) — Officials",
            Some("KYIV, Ukraine"),
            Some((Some(2025), 3, 4)),
            Some("AP"),
            "Officials",
        );
        check("PORT ELLIS — The strike", Some("PORT ELLIS"), None, None, "The strike");
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert!(parse("The minister said - after a pause - that talks failed").is_none());
        assert!(parse("In Seoul (South Korea) -- the talks").is_none());
        assert!(parse("U.S. officials -- speaking anonymously -- said").is_none());
    }
}
