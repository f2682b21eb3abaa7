//! Cues in the words around a name that settle its type where the model hesitates: a
//! descriptor noun before it ("French energy group Arcelis", "power producer Nordvik Energi")
//! makes it an organisation, and a place the knowledge base knows, named after a preposition of
//! place ("north of Goma", "in Doha"), is a place, not a person. Both run before the
//! document-level consistency pass, so the whole document follows.

use super::super::consistency::Found;
use super::super::labels::ty;
use super::{Doc, WordSet};
use parallax_kb::Kb;
use std::sync::OnceLock;

/// Common nouns that name what kind of organisation the following name is.
const ORG_DESCRIPTORS: &[&str] = &[
    "group",
    "company",
    "firm",
    "producer",
    "developer",
    "maker",
    "manufacturer",
    "giant",
    "carrier",
    "airline",
    "operator",
    "lender",
    "insurer",
    "retailer",
    "conglomerate",
    "startup",
    "start-up",
    "broadcaster",
    "miner",
    "utility",
    "supplier",
    "exporter",
    "shipper",
    "automaker",
    "carmaker",
    "chipmaker",
    "drugmaker",
    "distributor",
    "publisher",
    "outlet",
    "newspaper",
    "agency",
    "party",
    "union",
    "charity",
    "bank",
];

/// Last words of company and organisation names, in English and the languages whose company
/// names news keeps untranslated.
const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "nv",
    "bv",
    "spa",
    "ab",
    "asa",
    "oyj",
    "holdings",
    "holding",
    "partners",
    "group",
    "industries",
    "airlines",
    "airways",
    "energy",
    "energi",
    "energie",
    "energía",
    "petroleum",
    "motors",
    "pharma",
    "pharmaceuticals",
    "technologies",
    "systems",
    "capital",
    "investments",
    "logistics",
    "shipping",
    "minera",
    "telecom",
    "bancorp",
    "foundation",
    "institute",
    "university",
];

/// A one-word name typed as a person is taken for the city of that name when the city has at
/// least this many people and the document never gives the word as part of a person's name.
const WELL_KNOWN_CITY: u64 = 100_000;

/// Words before a name that make it a person whatever else it names.
const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "minister",
    "senator",
    "judge",
    "coach",
    "general",
    "sir",
    "lady",
    "lord",
    "saint",
    "st",
];

/// Prepositions after which a place name is a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "outside", "inside", "around", "across", "toward",
    "towards", "via", "through",
];

/// Applies both cues; returns the mentions they settled, whose type the whole document then
/// follows ([`settle`]), whatever the majority of the model's guesses.
pub fn apply(found: &mut [Found], d: &Doc<'_>, kb: &Kb) -> Vec<Found> {
    static SUFFIXES: OnceLock<WordSet> = OnceLock::new();
    let suffixes = SUFFIXES.get_or_init(|| WordSet::new(ORG_SUFFIXES));
    let mut settled = Vec::new();
    for f in found.iter_mut().filter(|f| f.end - f.start >= 2) {
        let person_like = matches!(f.t, ty::PERSON | ty::LOC | ty::GPE | ty::MISC | ty::PRODUCT);
        if person_like && suffixes.has(d.lower[f.end - 1]) && d.caps[f.end - 1] {
            f.t = ty::ORG;
            settled.push(*f);
        }
    }
    static ORGS: OnceLock<WordSet> = OnceLock::new();
    static PREPS: OnceLock<WordSet> = OnceLock::new();
    let orgs = ORGS.get_or_init(|| WordSet::new(ORG_DESCRIPTORS));
    let preps = PREPS.get_or_init(|| WordSet::new(PLACE_PREPOSITIONS));
    static TITLES: OnceLock<WordSet> = OnceLock::new();
    let titles = TITLES.get_or_init(|| WordSet::new(PERSON_TITLES));
    let person_words: Vec<u64> = found
        .iter()
        .filter(|f| f.t == ty::PERSON && f.end - f.start >= 2)
        .flat_map(|f| d.lower[f.start..f.end].iter().copied())
        .collect();
    for f in found.iter_mut().filter(|f| f.t == ty::PERSON && f.end - f.start == 1) {
        let titled = f.start.checked_sub(1).is_some_and(|b| titles.has(d.lower[b]));
        let named = person_words.contains(&d.lower[f.start]);
        if !titled && !named && is_well_known_city(kb, d.word(f.start)) {
            f.t = ty::GPE;
            settled.push(*f);
        }
    }
    for f in found.iter_mut() {
        let before = f.start.checked_sub(1).filter(|&b| d.same_sentence(b, f.start));
        let Some(b) = before else { continue };
        let descriptor = orgs.has(d.lower[b]) && !d.caps[b];
        if descriptor && matches!(f.t, ty::PERSON | ty::NORP | ty::MISC | ty::PRODUCT) {
            f.t = ty::ORG;
            settled.push(*f);
        } else if f.t == ty::PERSON
            && after_place_preposition(d, b, preps)
            && is_known_place(kb, d.span_text(f.start, f.end))
        {
            f.t = ty::GPE;
            settled.push(*f);
        }
    }
    settled
}

/// A name that opens a longer organisation name of the document ("Baltic Wind" after "Baltic
/// Wind Partners", "Nordvik" after "Nordvik Energi") is that organisation, unless the
/// knowledge base knows it as a place or a person's full name uses it.
pub fn organisation_short_forms(found: &mut [Found], d: &Doc<'_>, kb: &Kb) {
    let orgs: Vec<&[u64]> = found
        .iter()
        .filter(|f| f.t == ty::ORG && f.end - f.start >= 2)
        .map(|f| &d.lower[f.start..f.end])
        .collect();
    let persons: Vec<&[u64]> = found
        .iter()
        .filter(|f| f.t == ty::PERSON && f.end - f.start >= 2)
        .map(|f| &d.lower[f.start..f.end])
        .collect();
    let mut changes = Vec::new();
    for (k, f) in found.iter().enumerate() {
        if !matches!(f.t, ty::PERSON | ty::LOC | ty::GPE) {
            continue;
        }
        let name = &d.lower[f.start..f.end];
        let opens = orgs.iter().any(|o| o.len() > name.len() && o.starts_with(name));
        let in_person = persons.iter().any(|p| p.iter().any(|w| name.contains(w)));
        if opens && !in_person && !is_known_place(kb, d.span_text(f.start, f.end)) {
            changes.push(k);
        }
    }
    for k in changes {
        found[k].t = ty::ORG;
    }
}

/// Gives every mention of a settled name the settled type.
pub fn settle(found: &mut [Found], settled: &[Found], d: &Doc<'_>) {
    for s in settled {
        let name = &d.lower[s.start..s.end];
        for f in found.iter_mut().filter(|f| &d.lower[f.start..f.end] == name) {
            f.t = s.t;
        }
    }
}

/// True when token `b` is a preposition of place, or "of" after a compass word ("north of").
fn after_place_preposition(d: &Doc<'_>, b: usize, preps: &WordSet) -> bool {
    if preps.has(d.lower[b]) {
        return true;
    }
    let compass = b
        .checked_sub(1)
        .map(|a| d.word(a).to_lowercase())
        .is_some_and(|w| matches!(w.as_str(), "north" | "south" | "east" | "west" | "outskirts"));
    d.word(b) == "of" && compass
}

/// True when the knowledge base's first place of this name is a city of
/// [`WELL_KNOWN_CITY`] people or more.
fn is_well_known_city(kb: &Kb, name: &str) -> bool {
    let first = kb.places.by_name(name).into_iter().next();
    first.is_some_and(|p| p.population >= WELL_KNOWN_CITY || p.capital)
}

/// True when the knowledge base has a country, region or city of this name.
pub(super) fn is_known_place(kb: &Kb, name: &str) -> bool {
    kb.countries.lookup(name).is_some_and(|m| !m.norp) || !kb.places.by_name(name).is_empty()
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
    fn a_descriptor_noun_makes_the_name_an_organisation() {
        let got = run(
            "Shares of Swedish steel group Halvorsen rose after budget carrier Skyvale said so.",
            &[("Halvorsen", 0, "PERSON"), ("Skyvale", 0, "PRODUCT")],
        );
        assert_eq!(got, vec![("Halvorsen".into(), "ORG"), ("Skyvale".into(), "ORG")]);
    }

    #[test]
    fn a_known_place_after_a_preposition_of_place_is_a_place() {
        let got = run(
            "Fighting resumed north of Goma and in Nairobi, where Kamau lives.",
            &[("Goma", 0, "PERSON"), ("Nairobi", 0, "PERSON"), ("Kamau", 0, "PERSON")],
        );
        assert_eq!(
            got,
            vec![("Goma".into(), "GPE"), ("Nairobi".into(), "GPE"), ("Kamau".into(), "PERSON")]
        );
    }

    #[test]
    fn a_company_suffix_makes_an_organisation_and_its_short_form_follows() {
        let text = "Halvorsen Energi agreed to buy Fjord Wind Partners. Halvorsen will pay \
                    cash, and Fjord Wind shares rose in Oslo.";
        let o = Owned::new(text);
        let mut f: Vec<Found> = [
            ("Halvorsen Energi", 0, "PERSON"),
            ("Fjord Wind Partners", 0, "PERSON"),
            ("Halvorsen", 1, "PERSON"),
            ("Fjord Wind", 1, "LOC"),
            ("Oslo", 0, "GPE"),
        ]
        .iter()
        .map(|&(n, k, t)| o.mention(n, k, t))
        .collect();
        let settled = apply(&mut f, &o.doc(), Kb::builtin());
        assert_eq!(settled.len(), 2);
        organisation_short_forms(&mut f, &o.doc(), Kb::builtin());
        let types: Vec<&str> = o.show(&f).into_iter().map(|(_, t)| t).collect();
        assert_eq!(types, vec!["ORG", "ORG", "ORG", "ORG", "GPE"]);
    }

    #[test]
    fn settled_names_are_followed_through_the_document() {
        let text = "Clashes near Goma. Goma is calm. Goma said nothing.";
        let o = Owned::new(text);
        let mut f: Vec<Found> = (0..3).map(|k| o.mention("Goma", k, "PERSON")).collect();
        let settled = apply(&mut f, &o.doc(), Kb::builtin());
        settle(&mut f, &settled, &o.doc());
        assert!(o.show(&f).iter().all(|(_, t)| *t == "GPE"), "{:?}", o.show(&f));
    }

    #[test]
    fn a_lone_name_of_a_large_city_is_the_city() {
        let got = run("Antwerp handled less cargo.", &[("Antwerp", 0, "PERSON")]);
        assert_eq!(got, vec![("Antwerp".into(), "GPE")]);
    }

    #[test]
    fn people_named_like_places_keep_their_type() {
        let got = run(
            "Coach Paris said Marta Lima would win, and Lima agreed.",
            &[("Paris", 0, "PERSON"), ("Marta Lima", 0, "PERSON"), ("Lima", 1, "PERSON")],
        );
        let types: Vec<&str> = got.iter().map(|(_, t)| *t).collect();
        assert_eq!(types, vec!["PERSON", "PERSON", "PERSON"]);
    }
}
