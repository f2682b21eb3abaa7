//! Checks of the learned model's feature layout: each decision hashes into a table of its own,
//! and the cue features tell a noun's use of a word from a verb's.

mod common;

use parallax_quotes::doc::Doc;
use parallax_quotes::features::{EndFeatures, extract};
use parallax_quotes::learn::{BITS, CANDIDATE, Model, NOTABLE, Params, TABLE_BITS, Table};

/// The token index of the first word `w` in the document.
fn at(doc: &Doc, w: &str) -> usize {
    (0..doc.len()).find(|&k| doc.word(k) == w).expect("word present")
}

#[test]
fn each_decision_hashes_into_its_own_table() {
    let text = "The minister said that taxes would rise next year.\n";
    let (_, analysis, _) = common::quotes_of(text);
    let doc = Doc::new(text, &analysis);
    let sent = doc.sentence(0);
    let said = at(&doc, "said");
    let mut cues = Vec::new();
    extract(&doc, said, &sent, Table::Cues.tag(), &mut cues);
    let limit = sent.end - 1;
    let ends = EndFeatures::new(&doc, said, said + 1, limit, &sent, Table::Ends.tag());
    let (ends, inner) = (ends.at(&doc, limit, 0), ends.at(&doc, limit - 1, 0));
    // The limit is told from an inner end.
    assert_ne!(ends, inner);
    assert!(!cues.is_empty() && !ends.is_empty());
    assert!(cues.iter().all(|&f| f >> TABLE_BITS == Table::Cues.tag()));
    assert!(ends.iter().all(|&f| f >> TABLE_BITS == Table::Ends.tag()));
    assert!(ends.iter().all(|&f| (f as usize) < 1 << BITS));
}

#[test]
fn a_word_after_a_determiner_reads_differently_from_one_after_a_subject() {
    let text = "The report that taxes rise is wrong.\nThey report that taxes rise.\n";
    let (_, analysis, _) = common::quotes_of(text);
    let doc = Doc::new(text, &analysis);
    let (first, second) = (doc.sentence(0), doc.sentence(1));
    let noun = (first.clone()).find(|&k| doc.word(k) == "report").expect("noun");
    let verb = (second.clone()).find(|&k| doc.word(k) == "report").expect("verb");
    let (mut a, mut b) = (Vec::new(), Vec::new());
    extract(&doc, noun, &first, Table::Cues.tag(), &mut a);
    extract(&doc, verb, &second, Table::Cues.tag(), &mut b);
    assert_eq!(a.len(), b.len());
    let differ = a.iter().zip(&b).filter(|(x, y)| x != y).count();
    // The word, its lemma and suffix features agree; those about what stands before it do not.
    assert!(a[1] == b[1] && differ >= 4, "{differ} features differ");
}

/// Every word the shipped model may score in `text`: (document position, sentence).
fn scored(doc: &Doc) -> Vec<(usize, std::ops::Range<usize>)> {
    let model = doc.model;
    (0..doc.analysis.sentences.len())
        .flat_map(|s| {
            let sent = doc.sentence(s);
            sent.clone().filter(|&k| model.is_candidate_at(doc, k)).map(move |k| (k, sent.clone()))
        })
        .collect()
}

#[test]
fn the_bounded_cue_decision_is_the_full_scores_sign() {
    let mut texts = vec![
        "Pyongyang, meanwhile, said the claims were groundless. \"We're seeing a two-way \
         street,\" the top U.S. diplomat said on Saturday. Officials believe the deal is done, \
         according to a report that the ministry denied in a statement on Thursday.\n"
            .to_string(),
    ];
    let inputs = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/quotes/inputs/polnear-dev.jsonl");
    match std::fs::read_to_string(&inputs) {
        Ok(data) => texts.extend(data.lines().take(40).filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some(v.get("text")?.as_str()?.to_string())
        })),
        Err(_) => eprintln!("skipping PolNeAR texts: {} is absent", inputs.display()),
    }
    let (mut accepted, mut rejected) = (0, 0);
    for text in &texts {
        let (_, analysis, _) = common::quotes_of(text);
        let doc = Doc::new(text, &analysis);
        let mut buf = Vec::new();
        for (k, sent) in scored(&doc) {
            let full = doc.model.score(&doc, k, &sent, &mut buf) > 0.0;
            assert_eq!(doc.model.accepts(&doc, k, &sent), full, "{:?} in {text:.80}", doc.word(k));
            if full {
                accepted += 1;
            } else {
                rejected += 1;
            }
        }
    }
    assert!(accepted > 0 && rejected > 0, "{accepted} accepted, {rejected} rejected");
}

/// The lookup that lets attribution pass over most words at once: every word it may act on is
/// held, with the model's candidates marked; a model without a table passes over nothing.
#[test]
fn the_word_table_holds_every_notable_word_and_marks_candidates() {
    let text = "Critics of the table said the vote shows a claim in doubt.\n";
    let (_, analysis, _) = common::quotes_of(text);
    let model = Model::new(["shows".to_string()].into(), Vec::new(), Params::default());
    let doc = Doc::with_model(text, &analysis, &model);
    let shows = model.kind_at(&doc, at(&doc, "shows")).expect("held");
    assert_eq!(shows & CANDIDATE, CANDIDATE);
    for w in ["said", "claim", "in"] {
        assert_eq!(model.kind_at(&doc, at(&doc, w)), Some(NOTABLE), "{w}: notable, no candidate");
    }
    for w in ["critics", "table", "vote", "doubt"] {
        assert_eq!(model.kind_at(&doc, at(&doc, w)), None, "{w}");
    }
    let notable: Vec<&str> = parallax_quotes::attribute::notable_words().collect();
    assert!(
        ["said", "according", "claims", "pointed", "put", "opposing"]
            .iter()
            .all(|w| notable.contains(w))
    );
    assert!(notable.iter().all(|w| !model.is_candidate(w) || *w == "shows"));
    let empty = Model::default();
    assert_eq!(empty.kind_at(&doc, at(&doc, "table")), Some(NOTABLE));
}
