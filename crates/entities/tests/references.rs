//! Roles from titles inside a mention and from appositions, acronyms, pronouns and
//! descriptions, and identity keys across documents.

mod common;

use common::{analysis_of, dump, entity_at, mark, nth};
use parallax_entities::EntityAnnotations;
use parallax_entities::link::{identity_key, link, resolve_reference};
use parallax_kb::Kb;
use parallax_model::{EntityRow, TextAnalysis};

fn linked(text: &str, forms: &[(&str, &'static str)]) -> (EntityAnnotations, TextAnalysis) {
    let analysis = analysis_of(text);
    (link(text, &analysis, mark(text, forms), Kb::builtin()), analysis)
}

fn resolve(
    text: &str,
    ann: &EntityAnnotations,
    a: &TextAnalysis,
    form: &str,
    n: usize,
) -> Option<usize> {
    resolve_reference(text, a, ann, nth(text, form, n), Kb::builtin())
}

const HARBOUR: &str = "Secretary of State Antony Blinken arrived in Tokyo on Monday. \
John Smith, the port authority's chief executive, said ships were delayed. \
The Coastal Shipping Federation called for calm. The CSF said it would meet again. \
Smith later spoke to Blinken. He said talks went well.";

const HARBOUR_FORMS: &[(&str, &str)] = &[
    ("Secretary of State Antony Blinken", "PERSON"),
    ("Tokyo", "GPE"),
    ("John Smith", "PERSON"),
    ("Coastal Shipping Federation", "ORG"),
    ("CSF", "ORG"),
    ("Smith", "PERSON"),
    ("Blinken", "PERSON"),
];

#[test]
fn a_title_inside_the_mention_becomes_a_role() {
    let (ann, _) = linked(HARBOUR, HARBOUR_FORMS);
    let blinken = entity_at(&ann, HARBOUR, "Antony Blinken", 0);
    let first = ann.mentions.iter().find(|m| m.entity == blinken).expect("a mention");
    assert_eq!(first.span.of(HARBOUR), "Antony Blinken");
    assert_eq!(ann.table[blinken].roles, ["Secretary of State"], "{}", dump(&ann));
    assert_eq!(entity_at(&ann, HARBOUR, "Blinken", 1), blinken);
}

#[test]
fn appositions_give_roles_and_surnames_join_full_names() {
    let (ann, _) = linked(HARBOUR, HARBOUR_FORMS);
    let smith = entity_at(&ann, HARBOUR, "John Smith", 0);
    assert_eq!(ann.table[smith].roles, ["port authority's chief executive"], "{}", dump(&ann));
    assert_eq!(entity_at(&ann, HARBOUR, "Smith later", 0), smith);
    assert_eq!(ann.table[smith].name, "John Smith");
    assert_eq!(ann.table[smith].aliases, ["Smith"]);
}

#[test]
fn acronyms_join_their_expansion() {
    let (ann, _) = linked(HARBOUR, HARBOUR_FORMS);
    let federation = entity_at(&ann, HARBOUR, "Coastal Shipping Federation", 0);
    assert_eq!(entity_at(&ann, HARBOUR, "CSF", 0), federation, "{}", dump(&ann));
    assert_eq!(ann.table[federation].name, "Coastal Shipping Federation");
    assert_eq!(ann.table[federation].kb, None);
}

#[test]
fn pronouns_take_the_previous_subject() {
    let (ann, a) = linked(HARBOUR, HARBOUR_FORMS);
    let smith = entity_at(&ann, HARBOUR, "John Smith", 0);
    assert_eq!(resolve(HARBOUR, &ann, &a, "He", 0), Some(smith), "{}", dump(&ann));
    let federation = entity_at(&ann, HARBOUR, "CSF", 0);
    assert_eq!(resolve(HARBOUR, &ann, &a, "it", 0), Some(federation));
}

const BRIEFING: &str = "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister \
Wang Yi in Beijing. Russian Foreign Ministry Spokeswoman Maria Zakharova later briefed \
reporters. Vladimir Putin did not comment. The Russians said the talks were useful. \
The Kremlin said nothing more.";

const BRIEFING_FORMS: &[(&str, &str)] = &[
    ("Russian", "NORP"),
    ("Sergei Lavrov", "PERSON"),
    ("Chinese", "NORP"),
    ("Wang Yi", "PERSON"),
    ("Beijing", "GPE"),
    ("Russian Foreign Ministry", "ORG"),
    ("Maria Zakharova", "PERSON"),
    ("Vladimir Putin", "PERSON"),
    ("Russians", "NORP"),
    ("Kremlin", "ORG"),
];

#[test]
fn descriptions_find_the_role_holder() {
    let text = format!(
        "{BRIEFING} The Russian foreign minister spoke first. The spokeswoman added detail. \
         The minister left. She declined to comment. The Russian president was away. \
         The Japanese foreign minister was not there."
    );
    let (ann, a) = linked(&text, BRIEFING_FORMS);
    let lavrov = entity_at(&ann, &text, "Sergei Lavrov", 0);
    let wang = entity_at(&ann, &text, "Wang Yi", 0);
    let zakharova = entity_at(&ann, &text, "Maria Zakharova", 0);
    let putin = entity_at(&ann, &text, "Vladimir Putin", 0);
    let d = dump(&ann);
    assert_eq!(resolve(&text, &ann, &a, "The Russian foreign minister", 0), Some(lavrov), "{d}");
    assert_eq!(resolve(&text, &ann, &a, "The spokeswoman", 0), Some(zakharova), "{d}");
    assert_eq!(resolve(&text, &ann, &a, "She", 0), Some(zakharova), "{d}");
    assert_eq!(resolve(&text, &ann, &a, "The Russian president", 0), Some(putin), "{d}");
    let minister = resolve(&text, &ann, &a, "The minister", 0);
    assert!(minister == Some(lavrov) || minister == Some(wang), "{minister:?}\n{d}");
    assert_eq!(resolve(&text, &ann, &a, "The Japanese foreign minister", 0), None, "no such role");
}

#[test]
fn known_people_get_kb_roles_when_the_text_gives_none() {
    let (ann, _) = linked(BRIEFING, BRIEFING_FORMS);
    let putin = entity_at(&ann, BRIEFING, "Vladimir Putin", 0);
    assert!(ann.table[putin].roles.contains(&"Russian President".to_string()), "{}", dump(&ann));
    assert_eq!(ann.table[putin].kb.as_deref(), Some("person:vladimir-vladimirovich-putin"));
}

#[test]
fn acting_plural_demonyms_and_the_kremlin_are_the_country() {
    let (ann, a) = linked(BRIEFING, BRIEFING_FORMS);
    let russians = entity_at(&ann, BRIEFING, "Russians", 0);
    assert_eq!(ann.table[russians].kb.as_deref(), Some("country:RU"));
    assert_eq!(ann.table[russians].label, "GPE", "{}", dump(&ann));
    assert_eq!(entity_at(&ann, BRIEFING, "Kremlin", 0), russians);
    let adjective = entity_at(&ann, BRIEFING, "Russian", 0);
    assert_eq!(ann.table[adjective].label, "NORP");
    assert_eq!(
        resolve(BRIEFING, &ann, &a, "Beijing", 0),
        Some(entity_at(&ann, BRIEFING, "Beijing", 0))
    );
    let beijing = entity_at(&ann, BRIEFING, "Beijing", 0);
    assert!(ann.table[beijing].kb.as_deref().is_some_and(|k| k.starts_with("city:")));
}

#[test]
fn capitals_resolve_to_a_country_of_the_document_or_to_nothing() {
    let text = format!("{BRIEFING} Officials in Moscow and Tokyo were silent.");
    let (ann, a) = linked(&text, BRIEFING_FORMS);
    let russia = entity_at(&ann, &text, "Kremlin", 0);
    assert_eq!(resolve(&text, &ann, &a, "Moscow", 0), Some(russia), "{}", dump(&ann));
    assert_eq!(resolve(&text, &ann, &a, "Tokyo", 0), None, "no entity of the document is Japan");
    assert_eq!(ann.table.len(), linked(BRIEFING, BRIEFING_FORMS).0.table.len());
}

#[test]
fn places_in_a_list_after_in_stay_places() {
    let text = "Talks were held in Seoul and Tokyo. Washington said it was pleased.";
    let (ann, _) = linked(text, &[("Seoul", "GPE"), ("Tokyo", "GPE"), ("Washington", "GPE")]);
    for place in ["Seoul", "Tokyo"] {
        let e = entity_at(&ann, text, place, 0);
        assert!(ann.table[e].kb.as_deref().is_some_and(|k| k.starts_with("city:")), "{place}");
    }
    let washington = entity_at(&ann, text, "Washington", 0);
    assert_eq!(ann.table[washington].kb.as_deref(), Some("country:US"), "{}", dump(&ann));
}

#[test]
fn linking_works_without_an_analysis() {
    let ann =
        link(BRIEFING, &TextAnalysis::default(), mark(BRIEFING, BRIEFING_FORMS), Kb::builtin());
    assert_eq!(ann.mentions.len(), mark(BRIEFING, BRIEFING_FORMS).len());
    let lavrov = entity_at(&ann, BRIEFING, "Sergei Lavrov", 0);
    assert_eq!(ann.table[lavrov].kb.as_deref(), Some("person:sergey-lavrov"));
}

fn row(name: &str, label: &str, kb: Option<&str>) -> EntityRow {
    EntityRow {
        name: name.into(),
        label: label.into(),
        kb: kb.map(str::to_string),
        aliases: Vec::new(),
        roles: Vec::new(),
    }
}

#[test]
fn identity_keys_merge_across_documents() {
    assert_eq!(identity_key(&row("North Korea", "GPE", Some("country:KP"))), "country:KP");
    assert_eq!(identity_key(&row("Russian", "NORP", Some("country:RU"))), "norp:RU");
    let a = identity_key(&row("The Port Authority", "ORG", None));
    let b = identity_key(&row("port authority", "ORG", None));
    assert_eq!((a.as_str(), b.as_str()), ("ORG:port authority", "ORG:port authority"));
    assert_ne!(
        identity_key(&row("Jordan", "PERSON", None)),
        identity_key(&row("Jordan", "GPE", None))
    );
}
