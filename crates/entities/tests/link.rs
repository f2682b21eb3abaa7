//! Linking on a hand-marked news text in the style of the seed articles: people with their
//! roles, one entity for a country under all its names, capitals acting for governments.

mod common;

use common::{analysis_of, dump, entity_at, mark, nth};
use parallax_entities::link::{link, resolve_reference};
use parallax_entities::{EntityAnnotations, RawMention};
use parallax_kb::Kb;

const TEXT: &str = "Russia and North Korea on Sunday rejected remarks by U.S. Secretary of State \
Antony Blinken about arms transfers between Pyongyang and Moscow.
Blinken met South Korean Foreign Minister Park Jin in Seoul on Friday and called the partnership \
a serious worry.
Russian Foreign Ministry Spokeswoman Maria Zakharova told reporters the accusations were false.
Pyongyang said the comments were hostile. The DPRK will keep building ties with Russia, North \
Korea's foreign ministry said.
\"We are watching this closely,\" the top U.S. diplomat said.
Separately, U.S. National Security Council spokesperson John Kirby said Russian dictator \
Vladimir Putin and North Korean leader Kim Jong Un had met in September.
Russian Foreign Minister Sergei Lavrov praised the North for its support. Moscow denied any deal.";

const FORMS: &[(&str, &str)] = &[
    ("Russia", "GPE"),
    ("North Korea", "GPE"),
    ("U.S.", "GPE"),
    ("Antony Blinken", "PERSON"),
    ("Pyongyang", "GPE"),
    ("Moscow", "GPE"),
    ("Blinken", "PERSON"),
    ("South Korean", "NORP"),
    ("Park Jin", "PERSON"),
    ("Seoul", "GPE"),
    ("Russian Foreign Ministry", "ORG"),
    ("Maria Zakharova", "PERSON"),
    ("DPRK", "GPE"),
    ("National Security Council", "ORG"),
    ("John Kirby", "PERSON"),
    ("Russian", "NORP"),
    ("Vladimir Putin", "PERSON"),
    ("North Korean", "NORP"),
    ("Kim Jong Un", "PERSON"),
    ("Sergei Lavrov", "PERSON"),
    ("North", "GPE"),
];

fn linked() -> EntityAnnotations {
    link(TEXT, &analysis_of(TEXT), mark(TEXT, FORMS), Kb::builtin())
}

fn has_role(ann: &EntityAnnotations, e: usize, role: &str) -> bool {
    ann.table[e].roles.iter().any(|r| r == role)
}

#[test]
fn every_mention_has_an_entity_and_entities_come_in_text_order() {
    let ann = linked();
    assert_eq!(ann.mentions.len(), mark(TEXT, FORMS).len());
    let mut seen = 0;
    for m in &ann.mentions {
        assert!(m.entity < ann.table.len());
        assert!(m.entity <= seen, "entity E{} appears before E{seen}", m.entity);
        seen = seen.max(m.entity + 1);
    }
}

#[test]
fn people_are_found_with_their_roles() {
    let ann = linked();
    let cases = [
        ("Antony Blinken", "U.S. Secretary of State"),
        ("Park Jin", "South Korean Foreign Minister"),
        ("Maria Zakharova", "Russian Foreign Ministry spokeswoman"),
        ("John Kirby", "U.S. National Security Council spokesperson"),
        ("Vladimir Putin", "Russian dictator"),
        ("Kim Jong Un", "North Korean leader"),
        ("Sergei Lavrov", "Russian Foreign Minister"),
    ];
    for (name, role) in cases {
        let e = entity_at(&ann, TEXT, name, 0);
        assert_eq!(ann.table[e].label, "PERSON", "{name}\n{}", dump(&ann));
        assert!(has_role(&ann, e, role), "{name} lacks {role:?}\n{}", dump(&ann));
    }
    let blinken = entity_at(&ann, TEXT, "Antony Blinken", 0);
    assert_eq!(ann.table[blinken].name, "Antony Blinken");
    assert_eq!(ann.table[blinken].kb.as_deref(), Some("person:antony-blinken"));
    assert_eq!(entity_at(&ann, TEXT, "Blinken", 1), blinken, "the surname alone");
    let lavrov = entity_at(&ann, TEXT, "Sergei Lavrov", 0);
    assert_eq!(ann.table[lavrov].kb.as_deref(), Some("person:sergey-lavrov"));
}

#[test]
fn titles_never_enter_the_mention() {
    let ann = linked();
    let park = ann.mentions.iter().find(|m| m.span == nth(TEXT, "Park Jin", 0));
    assert!(park.is_some(), "the mention is the name alone");
    let people: Vec<&str> =
        ann.mentions.iter().filter(|m| m.label == "PERSON").map(|m| m.span.of(TEXT)).collect();
    assert!(people.iter().all(|p| !p.contains("Minister") && !p.contains("Secretary")));
}

#[test]
fn north_korea_dprk_pyongyang_and_the_north_are_one_entity() {
    let ann = linked();
    let nk = entity_at(&ann, TEXT, "North Korea", 0);
    let row = &ann.table[nk];
    assert_eq!((row.name.as_str(), row.label.as_str()), ("North Korea", "GPE"));
    assert_eq!(row.kb.as_deref(), Some("country:KP"));
    assert_eq!(entity_at(&ann, TEXT, "DPRK", 0), nk, "{}", dump(&ann));
    assert_eq!(entity_at(&ann, TEXT, "Pyongyang said", 0), nk, "Pyongyang as a speaker");
    assert_eq!(entity_at(&ann, TEXT, "Pyongyang", 0), nk, "Pyongyang as a partner");
    assert_eq!(entity_at(&ann, TEXT, "North Korea's", 0), nk, "the possessive");
    assert_eq!(entity_at(&ann, TEXT, "the North", 0), nk, "the North, once North Korea is named");
    assert!(row.aliases.contains(&"DPRK".to_string()) && row.aliases.contains(&"Pyongyang".into()));
    let possessive = ann.mentions.iter().find(|m| m.span.of(TEXT) == "North Korea").is_some();
    assert!(possessive);
}

#[test]
fn moscow_is_russia_and_seoul_stays_a_place() {
    let ann = linked();
    let russia = entity_at(&ann, TEXT, "Russia", 0);
    assert_eq!(ann.table[russia].kb.as_deref(), Some("country:RU"));
    assert_eq!(entity_at(&ann, TEXT, "Moscow", 0), russia, "{}", dump(&ann));
    assert_eq!(entity_at(&ann, TEXT, "Moscow denied", 0), russia);
    let seoul = entity_at(&ann, TEXT, "Seoul", 0);
    assert_ne!(seoul, entity_at(&ann, TEXT, "South Korean", 0));
    assert!(ann.table[seoul].kb.as_deref().is_some_and(|k| k.starts_with("city:")));
}

#[test]
fn demonyms_stay_apart_from_their_country() {
    let ann = linked();
    let russian = entity_at(&ann, TEXT, "Russian dictator", 0);
    let row = &ann.table[russian];
    assert_eq!((row.label.as_str(), row.kb.as_deref()), ("NORP", Some("country:RU")));
    assert_ne!(russian, entity_at(&ann, TEXT, "Russia", 0));
    assert_eq!(entity_at(&ann, TEXT, "Russian Foreign Minister", 0), russian);
}

#[test]
fn organisations_get_keys_from_their_context() {
    let ann = linked();
    let nsc = entity_at(&ann, TEXT, "National Security Council", 0);
    assert_eq!(ann.table[nsc].kb.as_deref(), Some("org:us-security-council"), "{}", dump(&ann));
    let mfa = entity_at(&ann, TEXT, "Russian Foreign Ministry", 0);
    assert_eq!(ann.table[mfa].kb.as_deref(), Some("org:ru-foreign-ministry"));
}

#[test]
fn descriptions_resolve_to_the_role_holder() {
    let ann = linked();
    let analysis = analysis_of(TEXT);
    let resolve = |form: &str, n: usize| {
        resolve_reference(TEXT, &analysis, &ann, nth(TEXT, form, n), Kb::builtin())
    };
    let blinken = entity_at(&ann, TEXT, "Antony Blinken", 0);
    assert_eq!(resolve("the top U.S. diplomat", 0), Some(blinken), "{}", dump(&ann));
    assert_eq!(resolve("Pyongyang", 1), Some(entity_at(&ann, TEXT, "DPRK", 0)));
    assert_eq!(resolve("Blinken", 1), Some(blinken));
}

#[test]
fn hand_marked_mentions_out_of_bounds_are_skipped() {
    let bad = vec![
        RawMention { span: parallax_model::Span::new(5, TEXT.len() + 10), label: "GPE" },
        RawMention { span: parallax_model::Span::new(0, 6), label: "GPE" },
    ];
    let ann = link(TEXT, &analysis_of(TEXT), bad, Kb::builtin());
    assert_eq!(ann.mentions.len(), 1);
    assert_eq!(ann.table[0].kb.as_deref(), Some("country:RU"));
}
