//! The learned cue detector: an averaged perceptron that tells, for a word that heads some cue in
//! the training data ("said", "shows", "plans", "cited", "support"), whether it heads one here.
//!
//! Weights ship in `data/cues.bin` (made by `cargo xtask train quotes` from the PolNeAR training
//! split; see `data/README.md`). The file holds the candidate words and the non-zero weights of
//! a hashed feature table. A file that cannot be read leaves the detector empty, and the
//! lexicon alone decides.

use crate::doc::Doc;
use crate::features::{self, EndAt};
use crate::lexicon::is_cue_modifier;
use crate::phrase::looks_verbal;
use parallax_model::Span;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Bits of the hashed feature table.
pub const BITS: u32 = 18;
const MAGIC: &[u8; 6] = b"PQCUE1";

/// The weights shipped with the crate.
static SHIPPED: &[u8] = include_bytes!("../data/cues.bin");

/// A trained cue detector.
#[derive(Clone, Debug, Default)]
pub struct Model {
    words: HashSet<String>,
    weights: Vec<f32>,
}

impl Model {
    /// The shipped model, read once.
    pub fn shipped() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(SHIPPED).unwrap_or_default())
    }

    /// True when `word` (lower-cased) may head a cue.
    pub fn is_candidate(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// The score of the token at `at` as a cue head (positive: a cue).
    pub fn score(&self, doc: &Doc, at: usize, sent: &Range<usize>, buf: &mut Vec<u32>) -> f32 {
        if self.weights.is_empty() {
            return 0.0;
        }
        buf.clear();
        features::extract(doc, at, sent, mask(), buf);
        buf.iter().map(|&f| self.weights[f as usize]).sum()
    }

    /// Where a forward content that starts at `start` ends: the first token before `limit`
    /// (outside a quoted passage) that the detector reads as its end, else `limit`.
    pub fn content_end(
        &self,
        doc: &Doc,
        cue_at: usize,
        start: usize,
        limit: usize,
        sent: &Range<usize>,
        buf: &mut Vec<u32>,
    ) -> usize {
        if self.weights.is_empty() {
            return limit;
        }
        let mut at = EndAt { cue_at, start, commas: 0 };
        for k in start + 1..limit {
            at.commas += usize::from(doc.is_punct(k - 1, ","));
            if doc.passage_at(k).is_some() {
                continue;
            }
            buf.clear();
            features::extract_end(doc, at, k, sent, mask(), buf);
            if buf.iter().map(|&f| self.weights[f as usize]).sum::<f32>() > 0.0 {
                return k;
            }
        }
        limit
    }

    /// The model as bytes: magic, candidate words, then (index, weight) pairs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let mut words: Vec<&String> = self.words.iter().collect();
        words.sort();
        out.extend((words.len() as u32).to_le_bytes());
        for w in words {
            out.push(w.len().min(255) as u8);
            out.extend(&w.as_bytes()[..w.len().min(255)]);
        }
        let nonzero: Vec<(usize, f32)> =
            self.weights.iter().copied().enumerate().filter(|(_, w)| *w != 0.0).collect();
        out.extend((nonzero.len() as u32).to_le_bytes());
        for (i, w) in nonzero {
            out.extend((i as u32).to_le_bytes());
            out.extend(w.to_le_bytes());
        }
        out
    }

    /// Reads a model written by [`Model::to_bytes`]; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let n = r.u32()?;
        let mut words = HashSet::with_capacity(n as usize);
        for _ in 0..n {
            let len = *r.take(1)?.first()? as usize;
            words.insert(std::str::from_utf8(r.take(len)?).ok()?.to_string());
        }
        let mut weights = vec![0.0; 1 << BITS];
        for _ in 0..r.u32()? {
            let i = r.u32()? as usize;
            let w = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
            *weights.get_mut(i)? = w;
        }
        Some(Model { words, weights })
    }
}

fn mask() -> u32 {
    (1 << BITS) - 1
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let out = self.bytes.get(self.at..self.at + n)?;
        self.at += n;
        Some(out)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

/// One training token: its hashed features and whether it heads a gold cue.
pub struct Example {
    pub features: Vec<u32>,
    pub label: bool,
}

/// The token that heads a cue span: its first word that is not an auxiliary or adverb ("has
/// also said" is headed by "said").
pub fn head(doc: &Doc, cue: Span) -> Option<usize> {
    let first = doc.tokens.partition_point(|t| t.span.end <= cue.start);
    let inside = (first..doc.len()).take_while(|&k| doc.tokens[k].span.start < cue.end);
    let words: Vec<usize> = inside.filter(|&k| doc.is_word(k)).collect();
    let skip = |k: &&usize| {
        let w = doc.word(**k);
        is_cue_modifier(w) || w == "n't" || w.ends_with("ly") && looks_verbal(w)
    };
    words.iter().find(|k| !skip(k)).or(words.first()).copied()
}

/// The words that head a gold cue, with how often.
pub fn head_words(doc: &Doc, cues: &[Span], counts: &mut std::collections::HashMap<String, usize>) {
    for &c in cues {
        let head = head(doc, c).filter(|&h| doc.passage_at(h).is_none());
        if let Some(h) =
            head.filter(|&h| !looks_verbal(doc.word(h)) || !doc.word(h).ends_with("ly"))
        {
            *counts.entry(doc.word(h).to_string()).or_default() += 1;
        }
    }
}

/// The training tokens of one document: every candidate word outside a quoted passage,
/// labelled by whether it heads one of the gold `cues` (byte spans).
pub fn examples(doc: &Doc, cues: &[Span], words: &HashSet<String>) -> Vec<Example> {
    let heads: HashSet<usize> = cues.iter().filter_map(|&c| head(doc, c)).collect();
    let mut out = Vec::new();
    for s in 0..doc.analysis.sentences.len() {
        let sent = doc.sentence(s);
        for at in sent.clone() {
            if !doc.is_word(at) || doc.passage_at(at).is_some() || !words.contains(doc.word(at)) {
                continue;
            }
            let mut features = Vec::new();
            features::extract(doc, at, &sent, mask(), &mut features);
            out.push(Example { features, label: heads.contains(&at) });
        }
    }
    out
}

/// The training tokens for content ends: for each gold content that follows its cue in the
/// cue's sentence, every token from the content's second to the one right after its end,
/// labelled by whether the content ends before it.
pub fn end_examples(doc: &Doc, items: &[(Span, Span)]) -> Vec<Example> {
    let mut out = Vec::new();
    for &(cue, content) in items {
        let Some(cue_at) = head(doc, cue) else { continue };
        let start = doc.tokens.partition_point(|t| t.span.end <= content.start);
        if start <= cue_at || start >= doc.len() {
            continue;
        }
        let sent = doc.sentence(doc.sentence_of[cue_at] as usize);
        let end = doc.tokens.partition_point(|t| t.span.start < content.end);
        if end > sent.end || start >= sent.end {
            continue;
        }
        let mut at = EndAt { cue_at, start, commas: 0 };
        for k in start + 1..=end.min(sent.end - 1) {
            at.commas += usize::from(doc.is_punct(k - 1, ","));
            if doc.passage_at(k).is_some() {
                continue;
            }
            let mut features = Vec::new();
            features::extract_end(doc, at, k, &sent, mask(), &mut features);
            out.push(Example { features, label: k == end });
        }
    }
    out
}

/// An averaged perceptron over hashed features, for training.
pub struct Trainer {
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u64>,
    step: u64,
}

impl Default for Trainer {
    fn default() -> Self {
        let n = 1 << BITS;
        Trainer { weights: vec![0.0; n], totals: vec![0.0; n], stamps: vec![0; n], step: 0 }
    }
}

impl Trainer {
    /// Learns from one example; returns true when it was misclassified.
    pub fn learn(&mut self, ex: &Example) -> bool {
        self.step += 1;
        let score: f32 = ex.features.iter().map(|&f| self.weights[f as usize]).sum();
        let wrong = (score > 0.0) != ex.label;
        if wrong {
            let delta = if ex.label { 1.0 } else { -1.0 };
            for &f in &ex.features {
                let f = f as usize;
                self.totals[f] += f64::from(self.weights[f]) * (self.step - self.stamps[f]) as f64;
                self.stamps[f] = self.step;
                self.weights[f] += delta;
            }
        }
        wrong
    }

    /// The averaged weights, as a model over the candidate `words`.
    pub fn finish(mut self, words: HashSet<String>) -> Model {
        let step = self.step.max(1);
        let weights = (0..self.weights.len())
            .map(|f| {
                self.totals[f] += f64::from(self.weights[f]) * (step - self.stamps[f]) as f64;
                let avg = (self.totals[f] / step as f64) as f32;
                if avg.abs() < 1e-4 { 0.0 } else { avg }
            })
            .collect();
        self.weights.clear();
        Model { words, weights }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_survives_its_bytes() {
        let mut weights = vec![0.0; 1 << BITS];
        weights[7] = 1.5;
        weights[(1 << BITS) - 1] = -0.25;
        let model = Model { words: ["said".to_string(), "shows".to_string()].into(), weights };
        let back = Model::from_bytes(&model.to_bytes()).expect("readable");
        assert!(back.is_candidate("shows") && !back.is_candidate("table"));
        assert_eq!(back.weights[7], 1.5);
        assert_eq!(back.weights[(1 << BITS) - 1], -0.25);
    }

    #[test]
    fn truncated_bytes_are_no_model() {
        let model = Model { words: ["said".to_string()].into(), weights: vec![1.0; 1 << BITS] };
        let bytes = model.to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_none());
        assert!(Model::from_bytes(b"nonsense").is_none());
    }

    #[test]
    fn the_shipped_model_reads_and_knows_common_cues() {
        let model = Model::shipped();
        assert!(model.is_candidate("said") && model.is_candidate("shows"));
    }
}
