//! Appositions that describe a person: a name followed by ", an Australian woman" or ", a
//! retired teacher" is a person whatever the model made of it ("Valeska Paris", whose last
//! word is also a city). Runs before the document-level consistency pass, so that the
//! surname then stays a person through the document.

use super::super::consistency::Found;
use super::super::labels::ty;
use super::{Doc, WordSet};
use std::sync::OnceLock;

/// Nouns that an apposition uses for a person.
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "student",
    "teacher",
    "professor",
    "resident",
    "spokesman",
    "spokeswoman",
    "lawyer",
    "attorney",
    "doctor",
    "nurse",
    "actor",
    "actress",
    "singer",
    "writer",
    "author",
    "journalist",
    "reporter",
    "activist",
    "politician",
    "lawmaker",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "worker",
    "officer",
    "soldier",
    "veteran",
    "farmer",
    "pilot",
    "artist",
    "scientist",
    "researcher",
    "economist",
    "grandmother",
    "grandfather",
];

/// Words that may stand between the comma and the noun: an article and up to three
/// modifiers.
const MAX_MODIFIERS: usize = 3;

pub fn apply(found: &mut [Found], d: &Doc<'_>) {
    for f in found.iter_mut().filter(|f| f.t != ty::PERSON && f.t != ty::NORP) {
        if describes_person(d, f.end) {
            f.t = ty::PERSON;
        }
    }
}

/// True when the tokens from `i` read ", a/an/the [modifiers] <person noun>".
fn describes_person(d: &Doc<'_>, i: usize) -> bool {
    static NOUNS: OnceLock<WordSet> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| WordSet::new(PERSON_NOUNS));
    let n = d.tokens.len();
    if i + 2 >= n || d.word(i) != "," || !d.same_sentence(i - 1, i + 1) {
        return false;
    }
    let article = matches!(d.word(i + 1), "a" | "an" | "the");
    let first = i + 1 + article as usize;
    for j in first..(first + MAX_MODIFIERS + 1).min(n) {
        if nouns.has(d.lower[j]) {
            return true;
        }
        if matches!(d.word(j), "," | "." | ";" | "and" | "who" | "of") {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::testing::Owned;
    use super::*;

    fn run(text: &str, found: &[(&str, usize, &str)]) -> Vec<(String, &'static str)> {
        Owned::run_rule(text, found, |f, d| {
            apply(f, d);
        })
    }

    #[test]
    fn a_name_described_as_a_person_is_a_person() {
        let text =
            "Marta Lima, a retired Brazilian teacher, said so. Maria Paris, an artist, agreed.";
        let got = run(text, &[("Marta Lima", 0, "ORG"), ("Maria Paris", 0, "GPE")]);
        assert!(got.iter().all(|(_, t)| *t == "PERSON"), "{got:?}");
    }

    #[test]
    fn other_appositions_change_nothing() {
        let text = "Paris, the capital, voted. Lyon, a city of workers, did not. Acme, a \
                    company, agreed.";
        let found = [("Paris", 0, "GPE"), ("Lyon", 0, "GPE"), ("Acme", 0, "ORG")];
        let got = run(text, &found);
        assert_eq!(got.iter().map(|(_, t)| *t).collect::<Vec<_>>(), vec!["GPE", "GPE", "ORG"]);
    }
}
