//! Checks of the learned model's feature layout: each decision hashes into a table of its own,
//! and the cue features tell a noun's use of a word from a verb's.

mod common;

use parallax_quotes::doc::Doc;
use parallax_quotes::features::{EndAt, extract, extract_end};
use parallax_quotes::learn::{BITS, TABLE_BITS, Table};

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
    let mut ends = Vec::new();
    let end_at = EndAt { cue_at: said, start: said + 1, commas: 0 };
    extract_end(&doc, end_at, sent.end - 1, sent.end - 1, &sent, Table::Ends.tag(), &mut ends);
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
