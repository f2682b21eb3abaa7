//! Each outlet's unique content: sentences with no counterpart in the story's other sources.
//!
//! Sentences are compared as sets of content words (four letters or more, not function words,
//! lightly stemmed), each word weighted by how rare it is among the story's sentences, so the
//! words every source repeats (the story's own topic) count for little and names, figures and
//! new facts count for much. A sentence is unique when no sentence of another source covers a
//! [`COUNTERPART_COVERAGE`] share of its weight, or of the weight of one of its clauses: a
//! sentence that restates the shared story and adds a clause of its own ("…, who had been
//! warned twice") still carries something only its outlet reports.

use crate::{Members, outlet_of, source_of};
use parallax_model::StoredDocument;
use serde::Serialize;
use std::collections::HashMap;

/// Share of a unit's weighted content words that one sentence of another source must hold for
/// that sentence to be its counterpart.
const COUNTERPART_COVERAGE: f32 = 0.30;
/// Sentences with fewer content words say too little to compare.
const MIN_CONTENT_WORDS: usize = 5;
/// Clauses with fewer content words are not judged on their own.
const MIN_CLAUSE_WORDS: usize = 3;
/// Documents compared per story at most (the earliest), so the cost stays bounded.
const MAX_DOCS: usize = 60;

/// What only one source of a story says.
#[derive(Clone, Debug, Serialize)]
pub struct UniqueContent {
    pub outlet: String,
    pub doc_id: String,
    pub sentences: Vec<String>,
    /// Each sentence's index among the document's sentences, for a link to it.
    pub sentence_indices: Vec<usize>,
}

/// A sentence as sorted ids of its content words, whole and clause by clause.
struct Sentence<'a> {
    index: usize,
    text: &'a str,
    words: Vec<u32>,
    clauses: Vec<Vec<u32>>,
}

/// For each original document of the story, its sentences that no other source carries.
pub fn unique_content(members: &Members) -> Vec<UniqueContent> {
    let mut docs: Vec<&StoredDocument> =
        members.iter().filter(|(_, dup)| dup.is_none()).map(|(d, _)| *d).collect();
    docs.sort_by(|a, b| {
        (&a.record.published, &a.record.id).cmp(&(&b.record.published, &b.record.id))
    });
    docs.truncate(MAX_DOCS);
    if docs.len() < 2 {
        return Vec::new();
    }
    let mut vocab = Vocabulary::default();
    let sentences: Vec<Vec<Sentence>> = docs.iter().map(|d| sentences_of(d, &mut vocab)).collect();
    let weights = vocab.weights(sentences.iter().flatten().map(|s| s.words.as_slice()));
    let sources: Vec<String> = docs.iter().map(|d| source_of(d)).collect();
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let others: Vec<&Sentence> = sentences
            .iter()
            .enumerate()
            .filter(|(j, _)| sources[*j] != sources[i])
            .flat_map(|(_, s)| s.iter())
            .collect();
        let unique: Vec<&Sentence> = sentences[i]
            .iter()
            .filter(|s| s.words.len() >= MIN_CONTENT_WORDS)
            .filter(|s| s.units().any(|u| !has_counterpart(u, &others, &weights)))
            .collect();
        if !unique.is_empty() {
            out.push(UniqueContent {
                outlet: outlet_of(doc),
                doc_id: doc.record.id.clone(),
                sentences: unique.iter().map(|s| s.text.to_string()).collect(),
                sentence_indices: unique.iter().map(|s| s.index).collect(),
            });
        }
    }
    out
}

impl Sentence<'_> {
    /// The whole sentence, then each clause long enough to judge.
    fn units(&self) -> impl Iterator<Item = &[u32]> {
        std::iter::once(self.words.as_slice())
            .chain(self.clauses.iter().filter(|c| c.len() >= MIN_CLAUSE_WORDS).map(Vec::as_slice))
    }
}

/// Whether some sentence of another source covers enough of the unit's weight.
fn has_counterpart(unit: &[u32], others: &[&Sentence], weights: &[f32]) -> bool {
    let total: f32 = unit.iter().map(|&w| weights[w as usize]).sum();
    if total <= 0.0 {
        return true;
    }
    others.iter().any(|o| shared_weight(unit, &o.words, weights) >= COUNTERPART_COVERAGE * total)
}

/// The summed weight of the ids two sorted lists share.
fn shared_weight(a: &[u32], b: &[u32], weights: &[f32]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += weights[a[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn sentences_of<'a>(doc: &'a StoredDocument, vocab: &mut Vocabulary) -> Vec<Sentence<'a>> {
    doc.sentence_texts()
        .into_iter()
        .enumerate()
        .map(|(index, text)| Sentence {
            index,
            text,
            words: vocab.ids(text),
            clauses: text.split(is_clause_break).map(|c| vocab.ids(c)).collect(),
        })
        .collect()
}

/// Punctuation that separates clauses, asides and appositions.
fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')')
}

/// The story's content words, numbered as first seen.
#[derive(Default)]
struct Vocabulary {
    ids: HashMap<String, u32>,
}

impl Vocabulary {
    /// The sorted, distinct ids of a text's content words.
    fn ids(&mut self, text: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = content_words(text)
            .map(|w| {
                let next = self.ids.len() as u32;
                *self.ids.entry(w).or_insert(next)
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Each word's weight, `ln((n + 1) / (df + 1)) + 1` over the `n` sentences given.
    fn weights<'s>(&self, sentences: impl Iterator<Item = &'s [u32]>) -> Vec<f32> {
        let mut df = vec![0u32; self.ids.len()];
        let mut n = 0u32;
        for s in sentences {
            n += 1;
            for &w in s {
                df[w as usize] += 1;
            }
        }
        df.iter().map(|&d| ((n as f32 + 1.0) / (d as f32 + 1.0)).ln() + 1.0).collect()
    }
}

/// Lower-cased, lightly stemmed words of four letters or more, less common function words.
fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    const STOP: &[&str] = &[
        "that", "this", "with", "from", "have", "said", "were", "been", "their", "they", "which",
        "would", "will", "about", "after", "also", "more", "than", "there", "when", "into", "what",
        "some", "other", "over", "such", "only", "most", "them", "then", "says",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .map(|w| stem(&w).to_string())
}

/// Strips one common inflectional suffix when four letters remain: "warned" and "warning" and
/// "warns" all become "warn".
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "ly"] {
        if let Some(base) = word.strip_suffix(suffix)
            && base.chars().count() >= 4
        {
            return base;
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_conflate_inflections_but_keep_short_words() {
        assert_eq!(stem("warned"), "warn");
        assert_eq!(stem("warning"), "warn");
        assert_eq!(stem("talks"), "talk");
        assert_eq!(stem("uses"), "uses");
    }

    #[test]
    fn rare_shared_words_make_a_counterpart_and_common_ones_do_not() {
        let mut vocab = Vocabulary::default();
        let texts = [
            "Officials confirmed the earthquake struck near Izmir on Monday morning",
            "The earthquake near Izmir damaged hospitals, officials confirmed",
            "Rescuers pulled seventeen survivors from collapsed apartment blocks overnight",
            "The earthquake near Izmir, officials confirmed, struck without warning",
        ];
        let words: Vec<Vec<u32>> = texts.iter().map(|t| vocab.ids(t)).collect();
        let weights = vocab.weights(words.iter().map(Vec::as_slice));
        let other = Sentence { index: 0, text: texts[1], words: words[1].clone(), clauses: vec![] };
        assert!(has_counterpart(&words[0], &[&other], &weights));
        assert!(!has_counterpart(&words[2], &[&other], &weights));
    }

    #[test]
    fn a_clause_of_its_own_makes_a_shared_sentence_unique() {
        let mut vocab = Vocabulary::default();
        let shared = "The minister resigned on Friday after weeks of pressure from lawmakers";
        let added = "The minister resigned on Friday after weeks of pressure from lawmakers, having \
                     quietly sold shares in Norwind Energy";
        let (a, b) = (vocab.ids(shared), vocab.ids(added));
        let clauses: Vec<Vec<u32>> = added.split(is_clause_break).map(|c| vocab.ids(c)).collect();
        let weights = vocab.weights([a.as_slice(), b.as_slice()].into_iter());
        let theirs = Sentence { index: 0, text: shared, words: a, clauses: vec![] };
        let mine = Sentence { index: 1, text: added, words: b, clauses };
        assert!(has_counterpart(&mine.words, &[&theirs], &weights), "the sentence is shared");
        assert!(mine.units().any(|u| !has_counterpart(u, &[&theirs], &weights)));
    }
}
