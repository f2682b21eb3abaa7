//! The seed articles of `../shared/seeds` (skipped when absent): people with their roles, one
//! entity for North Korea under its names, Moscow as Russia, "the top U.S. diplomat" as
//! Blinken. One test marks the names by hand so linking is checked on its own; the other runs
//! the trained recogniser first.

mod common;

use chrono::NaiveDate;
use common::{dump, mark};
use parallax_clean::Cleaner;
use parallax_entities::{EntityAnnotations, EntityAnnotator, RawMention};
use parallax_model::{Document, Origin, RawDocument, SourceFormat, Span, TextAnalysis};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");

/// The names a recogniser should find in the seeds, with their labels.
const NAMES: &[(&str, &str)] = &[
    ("Antony Blinken", "PERSON"),
    ("Blinken", "PERSON"),
    ("Park Jin", "PERSON"),
    ("Maria Zakharova", "PERSON"),
    ("John Kirby", "PERSON"),
    ("Vladimir Putin", "PERSON"),
    ("Kim Jong Un", "PERSON"),
    ("Sergei Lavrov", "PERSON"),
    ("North Korea", "GPE"),
    ("DPRK", "GPE"),
    ("Pyongyang", "GPE"),
    ("Moscow", "GPE"),
    ("Russia", "GPE"),
    ("Seoul", "GPE"),
    ("South Korea", "GPE"),
    ("Ukraine", "GPE"),
    ("U.S.", "GPE"),
    ("Russian", "NORP"),
    ("North Korean", "NORP"),
    ("South Korean", "NORP"),
    ("Russian Foreign Ministry", "ORG"),
    ("National Security Council", "ORG"),
];

const ROLES: &[(&str, &str)] = &[
    ("Antony Blinken", "U.S. Secretary of State"),
    ("Park Jin", "South Korean Foreign Minister"),
    ("Maria Zakharova", "Russian Foreign Ministry spokeswoman"),
    ("John Kirby", "U.S. National Security Council spokesperson"),
    ("Sergei Lavrov", "Russian Foreign Minister"),
    ("Vladimir Putin", "Russian dictator"),
    ("Kim Jong Un", "North Korean leader"),
];

struct Seed {
    doc: Document,
    analysis: TextAnalysis,
}

fn seeds() -> Option<Vec<Seed>> {
    let Ok(dir) = std::fs::read_dir(SEEDS) else {
        eprintln!("skipping: ../shared/seeds is not available");
        return None;
    };
    let mut paths: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let cleaner = Cleaner::new(NaiveDate::from_ymd_opt(2023, 11, 15)?, None);
    let mut out = Vec::new();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(path).ok()?;
        let raw =
            RawDocument::new(text, SourceFormat::Text, Origin::file(path.display().to_string()));
        let doc = cleaner.clean(raw);
        let analysis = parallax_analyze::analyze(&doc);
        out.push(Seed { doc, analysis });
    }
    Some(out)
}

/// The names marked by hand, inside the article's body only.
fn marked(seed: &Seed) -> Vec<RawMention> {
    let in_body = |m: &RawMention| seed.doc.body.iter().any(|b| b.contains(m.span));
    mark(&seed.doc.text, NAMES).into_iter().filter(in_body).collect()
}

fn entities_of(ann: &EntityAnnotations, text: &str, form: &str) -> Vec<usize> {
    let mut out: Vec<usize> =
        ann.mentions.iter().filter(|m| m.span.of(text) == form).map(|m| m.entity).collect();
    out.dedup();
    out
}

fn check(seeds: &[Seed], annotate: impl Fn(&Seed) -> EntityAnnotations) {
    let mut roles_found = vec![false; ROLES.len()];
    let mut diplomat = false;
    for seed in seeds {
        let text = &seed.doc.text;
        let ann = annotate(seed);
        let d = dump(&ann);
        for (i, (name, role)) in ROLES.iter().enumerate() {
            for e in entities_of(&ann, text, name) {
                roles_found[i] |= ann.table[e].roles.iter().any(|r| r.eq_ignore_ascii_case(role));
            }
        }
        let nk: Vec<usize> =
            ["North Korea", "DPRK"].iter().flat_map(|f| entities_of(&ann, text, f)).collect();
        assert!(nk.windows(2).all(|w| w[0] == w[1]), "North Korea and DPRK split\n{d}");
        let speaking = ann.mentions.iter().filter(|m| {
            m.span.of(text) == "Pyongyang"
                && text[m.span.end..].chars().take(30).collect::<String>().contains(" said")
        });
        for m in speaking {
            assert_eq!(Some(&m.entity), nk.first(), "Pyongyang as a speaker is North Korea\n{d}");
        }
        let russia = entities_of(&ann, text, "Russia");
        for e in entities_of(&ann, text, "Moscow") {
            assert_eq!(russia, [e], "Moscow is Russia\n{d}");
        }
        if let Some(at) = text.find("the top U.S. diplomat") {
            let span = Span::new(at, at + "the top U.S. diplomat".len());
            let got =
                EntityAnnotator::builtin().resolve_reference(text, &seed.analysis, &ann, span);
            let blinken = entities_of(&ann, text, "Antony Blinken");
            assert_eq!(got, blinken.first().copied(), "the top U.S. diplomat\n{d}");
            diplomat = got.is_some();
        }
    }
    for (i, (name, role)) in ROLES.iter().enumerate() {
        assert!(roles_found[i], "{name} was not found as {role}");
    }
    assert!(diplomat, "\"the top U.S. diplomat\" was not resolved");
}

#[test]
fn seeds_with_names_marked_by_hand() {
    let Some(seeds) = seeds() else { return };
    check(&seeds, |s| {
        let kb = parallax_kb::Kb::builtin();
        parallax_entities::link::link(&s.doc.text, &s.analysis, marked(s), kb)
    });
}

#[test]
fn seeds_through_the_recogniser() {
    let Some(seeds) = seeds() else { return };
    check(&seeds, |s| EntityAnnotator::builtin().annotate(&s.doc.text, &s.analysis));
}
