//! Sports metonymy. In a report of matches, a country named as a side is its national team,
//! an organisation: "Belgium beat Panama 3-0", "a late goal for England", "the Belgians
//! led", "Group G". A report of matches is a document with several words only sport uses
//! (goal, striker, penalty, World Cup, ...) or scores; inside it, a sentence about play (a
//! score, a sports word, a verb of winning or losing) turns its countries into teams unless
//! a preposition of place comes first ("the final in Moscow").

use super::super::consistency::Found;
use super::super::gazetteer::KeySet;
use super::super::gazetteer::{INSIDE_SHIFT, bit_of};
use super::super::labels::ty;
use super::{Doc, WordSet};
use parallax_kb::{FormKind, Kb, PlaceKind};
use std::sync::OnceLock;

/// Sports words a document needs before any country in it is read as a team: at least
/// `MIN_KINDS` different ones, at least one in every `TOKENS_PER_CUE` tokens, and a score or
/// at least `WITHOUT_SCORE` of them.
const MIN_KINDS: usize = 3;
const TOKENS_PER_CUE: usize = 100;
const WITHOUT_SCORE: usize = 6;

/// Words that only (or nearly only) sport uses.
const STRONG: &[&str] = &[
    "goal",
    "goals",
    "scored",
    "scorer",
    "striker",
    "strikers",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "penalty",
    "penalties",
    "referee",
    "tournament",
    "league",
    "cup",
    "championship",
    "semi-final",
    "semifinal",
    "quarter-final",
    "quarterfinal",
    "equaliser",
    "equalizer",
    "equalise",
    "equalize",
    "equalised",
    "equalized",
    "half-time",
    "halftime",
    "innings",
    "wicket",
    "wickets",
    "stadium",
    "squad",
    "kick-off",
    "fixture",
    "knockout",
    "qualifier",
    "qualifiers",
    "football",
    "soccer",
    "rugby",
    "cricket",
    "hockey",
    "olympics",
    "playoff",
    "playoffs",
    "match",
    "matches",
];

/// Words that make a sentence of a sports report one about play.
const PLAY: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "defeat",
    "faced",
    "face",
    "faces",
    "won",
    "win",
    "wins",
    "winning",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "lead",
    "led",
    "points",
    "minute",
    "half",
    "captain",
    "coach",
    "game",
    "team",
    "side",
    "players",
    "substituted",
    "booked",
    "card",
    "victory",
    "kick",
    "possession",
    "attack",
    "group",
];

/// Words before a country that keep it a place.
const PLACE_BEFORE: &[&str] =
    &["in", "at", "from", "across", "throughout", "inside", "near", "around", "within", "visit"];

/// Words before "to" that make it a side's opponent ("lost 1-2 to England").
const LOST_TO: &[&str] = &["lost", "losing", "loss", "fell", "defeat", "behind"];

/// Words before "of" that make it a team's ("the captain of England").
const ROLE_OF: &[&str] = &["captain", "coach", "manager", "striker", "goalkeeper", "squad"];

struct Cues {
    strong: WordSet,
    play: WordSet,
    place_before: WordSet,
    lost_to: WordSet,
    role_of: WordSet,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues {
        strong: WordSet::new(STRONG),
        play: WordSet::new(PLAY),
        place_before: WordSet::new(PLACE_BEFORE),
        lost_to: WordSet::new(LOST_TO),
        role_of: WordSet::new(ROLE_OF),
    })
}

pub fn apply(found: &mut Vec<Found>, d: &Doc<'_>, kb: &Kb) {
    let c = cues();
    let n = d.tokens.len();
    if !is_report_of_matches(d) {
        return;
    }
    let sentences = d.sentence_of.iter().filter(|&&s| s != u32::MAX).max().map_or(0, |&s| s + 1);
    let mut sporty = vec![false; sentences as usize];
    for i in 0..n {
        let s = d.sentence_of[i];
        if s != u32::MAX && (c.strong.has(d.lower[i]) || c.play.has(d.lower[i]) || is_score(d, i)) {
            sporty[s as usize] = true;
        }
    }
    for f in found.iter_mut() {
        let in_play = sporty.get(d.sentence_of[f.start] as usize).copied().unwrap_or(false);
        if in_play && is_side(f, d, kb) && !is_place(d, f.start, f.end) {
            f.t = ty::ORG;
        }
    }
    groups(found, d);
}

/// True when the document has enough different sports words, densely enough, with a score.
fn is_report_of_matches(d: &Doc<'_>) -> bool {
    let c = cues();
    let mut kinds = KeySet::default();
    let (mut words, mut scores) = (0, 0);
    for (i, &w) in d.lower.iter().enumerate() {
        if c.strong.has(w) {
            words += 1;
            kinds.insert(w);
        } else if is_score(d, i) {
            scores += 1;
        }
    }
    kinds.len() >= MIN_KINDS
        && (words + scores) * TOKENS_PER_CUE >= d.lower.len()
        && (scores > 0 || words >= WITHOUT_SCORE)
}

/// True for a country or a first-level region by name ("England", "Texas"), or a plural
/// demonym after "the" ("the Belgians").
fn is_side(f: &Found, d: &Doc<'_>, kb: &Kb) -> bool {
    let name = d.span_text(f.start, f.end);
    match f.t {
        ty::GPE | ty::LOC => {
            kb.countries.lookup(name).is_some_and(|m| !m.norp)
                || kb.places.by_name(name).first().is_some_and(|p| p.kind == PlaceKind::Region)
        }
        ty::NORP => {
            let the = f.start > 0 && d.word(f.start - 1).eq_ignore_ascii_case("the");
            the && name.ends_with('s') && kb.countries.lookup(name).is_some_and(|m| m.norp)
        }
        _ => false,
    }
}

/// True when the words around the mention of tokens `i..end` make it a place: "in", "at",
/// "from", "to" (unless after a loss), "of" (unless after a team role), each perhaps with
/// "the"; a comma after a city or region ("Mannheim, Germany", a dateline); or a host after
/// it.
fn is_place(d: &Doc<'_>, i: usize, end: usize) -> bool {
    let c = cues();
    let the = d.lower_at(i.checked_sub(1)) == super::lower_hash("the");
    let at = |k: usize| i.checked_sub(k + the as usize);
    let prev = d.lower_at(at(1));
    if prev == super::lower_hash("to") {
        let after_score = at(2).is_some_and(|j| is_score_end(d, j));
        return !(c.lost_to.has(d.lower_at(at(2))) || after_score);
    }
    if prev == super::lower_hash("of") {
        return !c.role_of.has(d.lower_at(at(2)));
    }
    let hosts = end < d.tokens.len() && d.word(end).starts_with("host");
    let town = bit_of(FormKind::City) | bit_of(FormKind::Region);
    let near = town | town << INSIDE_SHIFT;
    let after_place = i >= 2 && d.word(i - 1) == "," && d.gaz[i - 2] & near != 0;
    hosts || after_place || c.place_before.has(prev)
}

/// "Group" and a capital letter in a sports report are a group of teams: an organisation.
fn groups(found: &mut Vec<Found>, d: &Doc<'_>) {
    let n = d.tokens.len();
    for i in 0..n.saturating_sub(1) {
        let letter = d.word(i + 1);
        let is_group = d.word(i) == "Group"
            && letter.len() == 1
            && letter.bytes().all(|b| b.is_ascii_uppercase())
            && d.same_sentence(i, i + 1);
        if !is_group {
            continue;
        }
        let overlapping: Vec<usize> =
            (0..found.len()).filter(|&k| found[k].start < i + 2 && found[k].end > i).collect();
        match overlapping.as_slice() {
            [] => found.push(Found { start: i, end: i + 2, t: ty::ORG }),
            [k] if found[*k].start == i && found[*k].end == i + 2 => found[*k].t = ty::ORG,
            _ => {}
        }
    }
}

/// True when a score starts at token `i`: "3-0" as one token, or "3", a dash, "0".
fn is_score(d: &Doc<'_>, i: usize) -> bool {
    let w = d.word(i);
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    if let Some((a, b)) = w.split_once(['-', '–']) {
        return small_number(a) && small_number(b);
    }
    small_number(w)
        && i + 2 < d.tokens.len()
        && matches!(d.word(i + 1), "-" | "–" | "—")
        && small_number(d.word(i + 2))
}

/// True when a score ends at token `i` ("lost 1 – 2 to").
fn is_score_end(d: &Doc<'_>, i: usize) -> bool {
    is_score(d, i) || i >= 2 && is_score(d, i - 2)
}

fn small_number(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::testing::Owned;
    use super::*;

    const REPORT: &str = "Portugal beat Ghana 3-1 in the World Cup on Monday. Ghana scored \
        first, but a penalty put Portugal in the lead. The match was played in Qatar. The \
        striker said the Ghanaians had tried. Group H resumes on Friday.";

    fn run(text: &str, found: &[(&str, usize, &str)]) -> Vec<(String, &'static str)> {
        Owned::run_rule(text, found, |f, d| {
            apply(f, d, Kb::builtin());
        })
    }

    #[test]
    fn countries_playing_a_match_are_teams_and_its_venue_stays_a_place() {
        let got = run(
            REPORT,
            &[
                ("Portugal", 0, "GPE"),
                ("Ghana", 0, "GPE"),
                ("Ghana", 1, "GPE"),
                ("Portugal", 1, "GPE"),
                ("Qatar", 0, "GPE"),
                ("Ghanaians", 0, "NORP"),
            ],
        );
        let types: Vec<&str> = got.iter().map(|(_, t)| *t).collect();
        assert_eq!(types, vec!["ORG", "ORG", "ORG", "ORG", "GPE", "ORG", "ORG"], "{got:?}");
        assert_eq!(got[6], ("Group H".into(), "ORG"));
    }

    #[test]
    fn a_report_without_sport_keeps_its_countries() {
        let text = "Portugal beat Ghana to the contract in talks in Accra. Ghana lost the deal.";
        let got = run(text, &[("Portugal", 0, "GPE"), ("Ghana", 0, "GPE"), ("Ghana", 1, "GPE")]);
        assert!(got.iter().all(|(_, t)| *t == "GPE"), "{got:?}");
    }

    #[test]
    fn a_dateline_country_stays_a_place() {
        let text = "Lisbon, Portugal (Sports Desk) - Portugal beat Ghana 3-1 in the cup. Ghana \
                    scored from a penalty before the striker left the match.";
        let got = run(text, &[("Portugal", 0, "GPE"), ("Portugal", 1, "GPE")]);
        assert_eq!(got[0].1, "GPE");
        assert_eq!(got[1].1, "ORG");
    }

    #[test]
    fn a_few_sports_words_in_other_news_are_not_a_report_of_matches() {
        let text = "The plan would cancel football and soccer matches in Britain. Britain would \
                    lead the response, and France would win time.";
        let got = run(text, &[("Britain", 0, "GPE"), ("Britain", 1, "GPE"), ("France", 0, "GPE")]);
        assert!(got.iter().all(|(_, t)| *t == "GPE"), "{got:?}");
    }

    #[test]
    fn a_loss_to_a_side_is_not_a_journey_to_a_place() {
        let text = "Tunisia lost 1 – 2 to England with a late goal. The striker flew to England \
                    after the match. His penalty missed.";
        let got = run(text, &[("England", 0, "GPE"), ("England", 1, "GPE")]);
        assert_eq!(got[0].1, "ORG");
        assert_eq!(got[1].1, "GPE");
    }
}
