//! Knowledge-base type preference. A name the knowledge base knows only as an organisation
//! (not also as a country, place or person) is an ORG where the model typed it as a person, a
//! group, a work or a product ("Twitter said", "a member of Scientology"), and is found where
//! the model left it out. A place-typed "Municipality of X" or "University of X" is the
//! institution, not the place.

use super::super::consistency::Found;
use super::super::gazetteer::bit_of;
use super::super::labels::ty;
use super::{Doc, WordSet, taken};
use parallax_kb::{FormKind, Kb};
use std::sync::OnceLock;

/// The longest organisation name tried, in tokens.
const MAX_LEN: usize = 8;

/// Head nouns of institutions named "<head> of <place>".
const INSTITUTIONS: &[&str] = &[
    "municipality",
    "ministry",
    "department",
    "university",
    "council",
    "committee",
    "commission",
    "government",
    "agency",
    "authority",
    "institute",
    "association",
    "bank",
    "parliament",
    "assembly",
    "bureau",
    "office",
    "board",
    "court",
];

pub fn apply(found: &mut Vec<Found>, d: &Doc<'_>, kb: &Kb) {
    for f in found.iter_mut() {
        if let Some(t) = preferred(f, d, kb) {
            f.t = t;
        }
    }
    add_known_orgs(found, d, kb);
}

/// The type a decoded mention should have instead of its own, if any.
fn preferred(f: &Found, d: &Doc<'_>, kb: &Kb) -> Option<usize> {
    match f.t {
        ty::PERSON | ty::NORP | ty::MISC | ty::WORK_OF_ART | ty::PRODUCT => {
            let known = d.gaz[f.start] & bit_of(FormKind::Org) != 0;
            (known && org_only(kb, d.span_text(f.start, f.end))).then_some(ty::ORG)
        }
        ty::GPE | ty::LOC | ty::FAC if is_institution(f, d) => Some(ty::ORG),
        _ => None,
    }
}

/// True for "<institution head> of ..." of three tokens or more.
fn is_institution(f: &Found, d: &Doc<'_>) -> bool {
    static HEADS: OnceLock<WordSet> = OnceLock::new();
    let heads = HEADS.get_or_init(|| WordSet::new(INSTITUTIONS));
    f.end - f.start >= 3 && heads.has(d.lower[f.start]) && d.word(f.start + 1) == "of"
}

/// True when the knowledge base knows `name` as an organisation and as nothing else.
fn org_only(kb: &Kb, name: &str) -> bool {
    !kb.orgs.by_name(name).is_empty()
        && kb.countries.lookup(name).is_none()
        && kb.places.by_name(name).is_empty()
        && kb.people.by_name(name).is_empty()
}

/// Adds capitalised runs outside every mention that name a known organisation, longest
/// first.
fn add_known_orgs(found: &mut Vec<Found>, d: &Doc<'_>, kb: &Kb) {
    let n = d.tokens.len();
    let org = bit_of(FormKind::Org);
    let mut taken = taken(found, n);
    let mut i = 0;
    while i < n {
        if taken[i] || !d.caps[i] || d.gaz[i] & org == 0 {
            i += 1;
            continue;
        }
        let fits = |len: usize| {
            let end = i + len;
            end <= n
                && d.same_sentence(i, end - 1)
                && d.caps[end - 1]
                && !taken[i..end].iter().any(|&x| x)
                && org_only(kb, d.span_text(i, end))
        };
        match (1..=MAX_LEN).rev().find(|&len| fits(len)) {
            Some(len) => {
                found.push(Found { start: i, end: i + len, t: ty::ORG });
                taken[i..i + len].iter_mut().for_each(|x| *x = true);
                i += len;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::Owned;
    use super::*;

    fn run(text: &str, found: &[(&str, usize, &str)]) -> Vec<(String, &'static str)> {
        Owned::run_rule(text, found, |f, d| {
            apply(f, d, Kb::builtin());
        })
    }

    #[test]
    fn platforms_typed_as_people_become_organisations() {
        let got = run(
            "The senator wrote on Facebook that YouTube removed it.",
            &[("Facebook", 0, "PERSON"), ("YouTube", 0, "ORG")],
        );
        assert_eq!(got, vec![("Facebook".into(), "ORG"), ("YouTube".into(), "ORG")]);
    }

    #[test]
    fn known_organisations_the_model_missed_are_added() {
        let got = run("Critics of Scientology met Microsoft staff in Ohio.", &[("Ohio", 0, "GPE")]);
        let want = [("Scientology", "ORG"), ("Microsoft", "ORG"), ("Ohio", "GPE")];
        assert_eq!(got, want.map(|(n, t)| (n.to_string(), t)).to_vec());
    }

    #[test]
    fn people_places_and_lower_case_words_are_left_alone() {
        let got = run(
            "Kirby said the apple tasted fine in Paris.",
            &[("Kirby", 0, "PERSON"), ("Paris", 0, "PERSON")],
        );
        assert_eq!(got, vec![("Kirby".into(), "PERSON"), ("Paris".into(), "PERSON")]);
    }

    #[test]
    fn an_institution_of_a_place_is_an_organisation() {
        let got = run(
            "The Municipality of Verona asked the Province of Verona.",
            &[("Municipality of Verona", 0, "GPE"), ("Province of Verona", 0, "GPE")],
        );
        assert_eq!(got[0], ("Municipality of Verona".into(), "ORG"));
        assert_eq!(got[1], ("Province of Verona".into(), "GPE"));
    }
}
