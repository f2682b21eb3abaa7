//! Training of the cue detector from documents with gold cue spans (PolNeAR's training split in
//! `cargo xtask train quotes`): candidate words are those that head a gold cue at least
//! [`Config::min_count`] times and in at least [`Config::min_rate`] of their occurrences; the
//! perceptron then passes over every candidate token and every token of the gold contents that
//! follow their cue, in an order shuffled by a fixed seed, so that training is reproducible.
//! Thresholds ([`Params`]) are not learned here: the caller chooses them on held-apart
//! training articles ([`is_validation`]).

use crate::doc::Doc;
use crate::ends::end_items;
use crate::features::str_hash;
use crate::learn::{Model, Params, examples, head_words};
use crate::marks::Passage;
use crate::perceptron::{Item, Ranked, Trainer};
use crate::speaker::Candidate;
use crate::{attribute, colon, merge};
use parallax_model::{Span, TextAnalysis};
use std::collections::{HashMap, HashSet};

/// What training varies: which words are candidates, and how many passes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Config {
    /// Fewest gold cues a word must head to be a candidate.
    pub min_count: usize,
    /// Smallest share of a word's occurrences that must head a gold cue for it to be a
    /// candidate: "in" and "for" head a few cues but are read far more often.
    pub min_rate: f64,
    pub epochs: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { min_count: 2, min_rate: 0.02, epochs: 8 }
    }
}

/// True for the training articles held apart to choose thresholds on: about one in six,
/// fixed by a hash of the article's id.
pub fn is_validation(id: &str) -> bool {
    str_hash(id).is_multiple_of(6)
}

/// One training document: its text, analysis and gold attributions as (cue, content) byte
/// spans (the content's outer bounds), and every gold content with its speaker's span, if any.
pub struct TrainDoc {
    pub text: String,
    pub analysis: TextAnalysis,
    pub attributions: Vec<(Span, Span)>,
    pub speakers: Vec<(Span, Option<Span>)>,
}

impl TrainDoc {
    fn cues(&self) -> Vec<Span> {
        self.attributions.iter().map(|a| a.0).collect()
    }
}

/// What one epoch did.
pub struct Epoch {
    pub wrong: usize,
    pub total: usize,
}

/// Trains the detector over `docs`; returns it, with `params`, and each epoch's errors.
pub fn train(docs: &[&TrainDoc], cfg: Config, params: Params) -> (Model, Vec<Epoch>) {
    let mut counts = HashMap::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for d in docs {
        let doc = Doc::new(&d.text, &d.analysis);
        head_words(&doc, &d.cues(), &mut counts);
        for k in (0..doc.len()).filter(|&k| doc.is_word(k) && doc.passage_at(k).is_none()) {
            *seen.entry(doc.word(k).to_string()).or_default() += 1;
        }
    }
    let rate = |w: &str, n: usize| n as f64 / seen.get(w).copied().unwrap_or(n).max(1) as f64;
    let words: HashSet<String> = counts
        .into_iter()
        .filter(|(w, n)| *n >= cfg.min_count && rate(w, *n) >= cfg.min_rate)
        .map(|(w, _)| w)
        .collect();
    // Each decision is trained apart, in its own table, so that one's errors do not move
    // another's weights.
    let (mut detect, mut ends): (Vec<Item>, Vec<Item>) = (Vec::new(), Vec::new());
    for d in docs {
        let doc = Doc::new(&d.text, &d.analysis);
        detect.extend(examples(&doc, &d.cues(), &words).into_iter().map(Item::Binary));
        ends.extend(end_items(&doc, &d.attributions));
    }
    let mut log = Vec::new();
    let cues = fit(&mut detect, cfg.epochs, &mut log).finish(words.clone(), params);
    let cues = cues.plus(&fit(&mut ends, cfg.epochs, &mut log).finish(words.clone(), params));
    // The speaker ranking reads the passages the cue model leaves unclaimed, so it is trained
    // second, on what that model does.
    let mut ranked: Vec<Item> = Vec::new();
    for d in docs {
        let doc = Doc::with_model(&d.text, &d.analysis, &cues);
        ranked.extend(speaker_items(&doc, &d.speakers).into_iter().map(Item::Rank));
    }
    let speakers = fit(&mut ranked, cfg.epochs, &mut log).finish(words, params);
    (cues.plus(&speakers), log)
}

/// Passes the perceptron over `items` for `epochs`, in an order shuffled by a fixed seed.
fn fit(items: &mut [Item], epochs: usize, log: &mut Vec<Epoch>) -> Trainer {
    let mut trainer = Trainer::default();
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..epochs {
        shuffle(items, &mut seed);
        let wrong = items.iter().filter(|item| trainer.learn_item(item)).count();
        log.push(Epoch { wrong, total: items.len() });
    }
    trainer
}

/// The speaker rankings of one document's unclaimed passages: the candidate whose speaker
/// overlaps the gold speaker of the content the passage lies in (and whose content overlaps
/// that content by half) is right; when none is, or the gold has no speaker, the speakerless
/// reading is.
pub fn speaker_items(doc: &Doc, gold: &[(Span, Option<Span>)]) -> Vec<Ranked> {
    let mut used = vec![false; doc.passages.len()];
    let mut drafts = colon::speaker_lines(doc, &mut used);
    drafts.extend(attribute::by_cues(doc, &mut used));
    let mut out = Vec::new();
    let mut record = |passage: &Passage, candidates: &[Candidate]| {
        let around = gold
            .iter()
            .filter(|(c, _)| overlap(*c, passage.content) > 0)
            .max_by_key(|(c, _)| overlap(*c, passage.content));
        let right = around.and_then(|&(content, source)| {
            let source = source?;
            candidates.iter().position(|c| {
                let said =
                    c.draft.speaker.clone().is_some_and(|s| overlap(doc.span(s), source) > 0);
                let longest = content.len().max(c.draft.content.len()).max(1);
                said && overlap(content, c.draft.content) * 2 >= longest
            })
        });
        let features = candidates.iter().map(|c| c.features.clone()).collect();
        out.push(Ranked { candidates: features, gold: right.unwrap_or(0) });
        right.unwrap_or(0)
    };
    merge::leftovers_with(doc, drafts, &used, &mut record);
    out
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// A deterministic Fisher-Yates shuffle driven by xorshift.
fn shuffle<T>(items: &mut [T], seed: &mut u64) {
    for i in (1..items.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        items.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Byte offsets of each code point of `text`, with the text's length at the end, for turning
/// code-point spans into byte spans.
pub fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffling_is_reproducible_and_keeps_items() {
        let (mut a, mut b) = ((0..50).collect::<Vec<_>>(), (0..50).collect::<Vec<_>>());
        let (mut s1, mut s2) = (7, 7);
        shuffle(&mut a, &mut s1);
        shuffle(&mut b, &mut s2);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
        a.sort();
        assert_eq!(a, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn byte_offsets_count_code_points() {
        assert_eq!(byte_offsets("a“b"), vec![0, 1, 4, 5]);
    }
}
