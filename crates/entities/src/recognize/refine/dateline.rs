//! Datelines: "NAIROBI —", "ANTWERP, Belgium (Meridian Wire) —", "SEOUL, Nov. 11 (UPI) --".
//! The city is written in capitals, which the model rarely reads as a name; where it opens a
//! sentence, is followed by a comma, a dash or a parenthesis, and the knowledge base knows the
//! place, it is a place. A credit in parentheses right after it, before the dash, is the
//! agency or outlet that filed the story.

use super::super::consistency::Found;
use super::super::labels::ty;
use super::cues::is_known_place;
use super::{Doc, taken};
use crate::RawMention;
use parallax_kb::Kb;
use parallax_model::Span;

/// Longest place name tried, in tokens ("RIO DE JANEIRO").
const MAX_PLACE: usize = 4;
/// Longest credit tried, in tokens.
const MAX_CREDIT: usize = 5;

pub fn apply(found: &mut Vec<Found>, d: &Doc<'_>, kb: &Kb) {
    let n = d.tokens.len();
    let mut added = Vec::new();
    let taken = taken(found, n);
    for start in (0..n).filter(|&i| i == 0 || !d.same_sentence(i - 1, i)) {
        let Some(end) = place_end(d, kb, start) else { continue };
        if !taken[start..end].iter().any(|&x| x) {
            added.push(Found { start, end, t: ty::GPE });
        }
        if let Some((a, b)) = credit(d, end)
            && !taken[a..b].iter().any(|&x| x)
        {
            added.push(Found { start: a, end: b, t: ty::ORG });
        }
    }
    found.extend(added);
}

/// The end of an all-capitals place name opening at `start`, when a dateline mark follows it.
fn place_end(d: &Doc<'_>, kb: &Kb, start: usize) -> Option<usize> {
    let n = d.tokens.len();
    let caps = (start..n.min(start + MAX_PLACE)).take_while(|&i| all_caps(d.word(i))).count();
    (1..=caps).rev().map(|len| start + len).find(|&end| {
        end < n
            && matches!(d.word(end), "," | "—" | "–" | "-" | "--" | "(")
            && is_known_place(kb, &title_case(d.span_text(start, end)))
    })
}

/// A parenthesised capitalised run after the place (and after ", Country" or ", Nov. 11"),
/// followed by a dash.
fn credit(d: &Doc<'_>, mut i: usize) -> Option<(usize, usize)> {
    let n = d.tokens.len();
    if d.word(i) == "," {
        i += (1..=4).find(|k| i + k < n && d.word(i + k) == "(")?;
    }
    if d.word(i) != "(" {
        return None;
    }
    let close = (i + 1..n.min(i + 2 + MAX_CREDIT)).find(|&k| d.word(k) == ")")?;
    let dash = d.tokens.get(close + 1).map(|t| t.span.of(d.text));
    let dashed = matches!(dash, Some("—" | "–" | "-" | "--"));
    let capitalised = (i + 1..close).all(|k| d.caps[k] || d.word(k) == "&");
    (close > i + 1 && dashed && capitalised).then_some((i + 1, close))
}

/// The mentions in a dateline the cleaner cut from the body (`span` of `text`): each part of
/// its place that the knowledge base knows ("ANTWERP", "Belgium"), and the credit in
/// parentheses ("Meridian Wire", "UPI").
pub fn dateline_mentions(text: &str, span: Span, kb: &Kb) -> Vec<RawMention> {
    let Some(line) = text.get(span.start..span.end) else { return Vec::new() };
    let mut out = Vec::new();
    let head_end = line.find(['(', '—', '–']).or_else(|| line.find(" -")).unwrap_or(line.len());
    let mut at = 0;
    for part in line[..head_end].split(',') {
        let lead = part.len() - part.trim_start().len();
        let name = part.trim();
        let start = span.start + at + lead;
        at += part.len() + 1;
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        if capitalised && is_known_place(kb, &title_case(name)) {
            out.push(RawMention { span: Span::new(start, start + name.len()), label: "GPE" });
        }
    }
    if let (Some(open), Some(close)) = (line.find('('), line.find(')'))
        && open < close
    {
        let inner = &line[open + 1..close];
        let name = inner.trim();
        let lead = inner.len() - inner.trim_start().len();
        if name.chars().next().is_some_and(char::is_uppercase) && name.len() <= 40 {
            let start = span.start + open + 1 + lead;
            out.push(RawMention { span: Span::new(start, start + name.len()), label: "ORG" });
        }
    }
    out
}

fn all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_lowercase())
        && word.chars().any(char::is_alphabetic)
}

/// "RIO DE JANEIRO" → "Rio De Janeiro"; the knowledge base matches names case-insensitively
/// only for some forms, so the lookup uses the usual capitalisation.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::Owned;
    use super::*;

    fn run(text: &str) -> Vec<(String, &'static str)> {
        let o = Owned::new(text);
        let mut f = Vec::new();
        apply(&mut f, &o.doc(), Kb::builtin());
        o.show(&f)
    }

    #[test]
    fn a_capitalised_city_opening_the_story_is_a_place() {
        assert_eq!(run("NAIROBI — The talks resumed."), vec![("NAIROBI".into(), "GPE")]);
        assert_eq!(
            run("BUENOS AIRES, Argentina (Southern Wire) — Prices rose."),
            vec![("BUENOS AIRES".into(), "GPE"), ("Southern Wire".into(), "ORG")]
        );
    }

    #[test]
    fn a_cut_dateline_gives_its_places_and_its_credit() {
        let text = "ANTWERP, Belgium, Oct. 3 (Meridian Wire) — Dockworkers walked out.";
        let span = Span::new(0, text.find("Dock").unwrap_or(0));
        let got: Vec<(&str, &str)> = dateline_mentions(text, span, Kb::builtin())
            .iter()
            .map(|m| (m.span.of(text), m.label))
            .collect();
        assert_eq!(got, vec![("ANTWERP", "GPE"), ("Belgium", "GPE"), ("Meridian Wire", "ORG")]);
        let seoul = "SEOUL, Nov. 11 (UPI) -- Talks";
        let got: Vec<&str> = dateline_mentions(seoul, Span::new(0, 24), Kb::builtin())
            .iter()
            .map(|m| m.span.of(seoul))
            .collect();
        assert_eq!(got, vec!["SEOUL", "UPI"]);
    }

    #[test]
    fn capitals_that_are_not_datelines_are_left_alone() {
        assert!(run("NATO — the alliance — met.").is_empty());
        assert!(run("The talks in NAIROBI resumed.").is_empty());
        assert!(run("WARNING: the NAIROBI office closed.").is_empty());
    }
}
