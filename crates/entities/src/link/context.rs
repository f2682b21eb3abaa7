//! The words around a mention that decide how it links: a capital after "in" is a place, a
//! capital that speaks is its government, "the Russians said" is Russia acting.

use super::lexicon::{ACTOR_VERBS, LOCATIVE};
use super::words::{Words, is_capitalised, is_possessive};
use parallax_kb::Kb;
use parallax_model::Span;

/// How many coordinated names ("in Seoul, Tokyo and Beijing") are looked through to find the
/// word that governs them.
const MAX_CONJUNCTS: usize = 4;

/// True when a capital or a seat of government at `span` stands for its government ("Pyongyang
/// said", "ties between Pyongyang and Moscow", "the Kremlin denied") rather than naming a
/// place ("in Seoul", "Seoul, South Korea", a dateline, "Moscow-based").
pub fn stands_for_government(words: &Words, span: Span, kb: &Kb) -> bool {
    let range = words.range_of(span);
    if range.is_empty() {
        return false;
    }
    let form = span.of(words.text);
    let sentence = words.sentence_of(range.start);
    if range.start == sentence.start && form.len() > 2 && !form.chars().any(char::is_lowercase) {
        return false;
    }
    if followed_by_country(words, range.end, kb) {
        return false;
    }
    match governing_word(words, range.start, sentence.start) {
        Some(w) => !LOCATIVE.contains(w),
        None => true,
    }
}

/// The word that governs a name, looking past "the" and past earlier conjuncts of a list.
fn governing_word<'a>(words: &Words<'a>, start: usize, floor: usize) -> Option<&'a str> {
    let mut i = start;
    for _ in 0..MAX_CONJUNCTS {
        if i <= floor {
            return None;
        }
        let w = words.word(i - 1);
        match w {
            "the" | "The" => i -= 1,
            "and" | "or" | "," => {
                let mut j = i - 1;
                while j > floor && is_capitalised(words.word(j - 1)) {
                    j -= 1;
                }
                if j == i - 1 {
                    return Some(w);
                }
                i = j;
            }
            _ => return Some(w),
        }
    }
    None
}

/// True when a comma and a country name follow: "Seoul, South Korea".
fn followed_by_country(words: &Words, after: usize, kb: &Kb) -> bool {
    if words.word(after) != "," {
        return false;
    }
    let one = words.word(after + 1);
    let two = words.text_of(after + 1, after + 2);
    [one, two].iter().any(|f| kb.countries.lookup(f).is_some_and(|m| !m.norp))
}

/// True when a plural demonym acts: "the Russians said", "North Koreans have denied".
pub fn norp_acts(words: &Words, span: Span, form: &str) -> bool {
    if !form.ends_with('s') {
        return false;
    }
    let range = words.range_of(span);
    !range.is_empty() && ACTOR_VERBS.contains(words.word(range.end))
}

/// The country named just before a mention ("U.S." in "U.S. National Security Council"), as
/// an ISO code.
pub fn country_before(words: &Words, span: Span, kb: &Kb) -> Option<String> {
    let range = words.range_of(span);
    let mut i = range.start;
    if i > 0 && is_possessive(words.word(i - 1)) {
        i -= 1;
    }
    for n in [2, 1] {
        if i >= n {
            let form = words.text_of(i - n, i - 1);
            if let Some(m) = kb.countries.lookup(form) {
                return Some(m.country.code.clone());
            }
        }
    }
    None
}

/// True when the mention's form starts with "the" or the word before it is "the".
pub fn after_the(words: &Words, span: Span, form: &str) -> bool {
    if form.starts_with("the ") || form.starts_with("The ") {
        return true;
    }
    let range = words.range_of(span);
    range.start > 0 && words.word(range.start - 1).eq_ignore_ascii_case("the")
}
