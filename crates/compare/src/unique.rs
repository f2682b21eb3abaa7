//! Each outlet's unique content: sentences with no counterpart in the story's other sources.

use crate::{Members, outlet_of, source_of};
use parallax_model::StoredDocument;
use serde::Serialize;
use std::collections::HashSet;

/// Share of a sentence's content words another sentence must hold to count as its counterpart.
const COUNTERPART_OVERLAP: f32 = 0.34;
/// Sentences with fewer content words say too little to compare.
const MIN_CONTENT_WORDS: usize = 5;
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

struct Sentence<'a> {
    index: usize,
    text: &'a str,
    words: HashSet<String>,
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
    let sentences: Vec<Vec<Sentence>> = docs.iter().map(|d| sentences_of(d)).collect();
    let sources: Vec<String> = docs.iter().map(|d| source_of(d)).collect();
    let mut out = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let unique: Vec<&Sentence> = sentences[i]
            .iter()
            .filter(|s| s.words.len() >= MIN_CONTENT_WORDS)
            .filter(|s| {
                !sentences.iter().enumerate().filter(|(j, _)| sources[*j] != sources[i]).any(
                    |(_, other)| {
                        other.iter().any(|o| overlap(&s.words, &o.words) >= COUNTERPART_OVERLAP)
                    },
                )
            })
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

fn sentences_of(doc: &StoredDocument) -> Vec<Sentence<'_>> {
    doc.sentence_texts()
        .into_iter()
        .enumerate()
        .map(|(index, text)| Sentence { index, text, words: content_words(text) })
        .collect()
}

/// Lower-cased words of four letters or more, less the most common function words.
pub(crate) fn content_words(text: &str) -> HashSet<String> {
    const STOP: &[&str] = &[
        "that", "this", "with", "from", "have", "said", "were", "been", "their", "they", "which",
        "would", "will", "about", "after", "also", "more", "than", "there", "when", "into", "what",
        "some", "other", "over", "such", "only", "most", "them", "then", "says",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// The share of `a`'s words that `b` holds too.
fn overlap(a: &HashSet<String>, b: &HashSet<String>) -> f32 {
    if a.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f32 / a.len() as f32
}
