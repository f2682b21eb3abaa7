//! The learned cue detector: an averaged perceptron that tells, for a word that heads some cue in
//! the training data ("said", "shows", "plans", "cited", "support"), whether it heads one here.
//!
//! Weights ship in `data/cues.bin` (made by `cargo xtask train quotes` from the PolNeAR training
//! split; see `data/README.md`). The file holds the candidate words and the non-zero weights of
//! a hashed feature table. A file that cannot be read leaves the detector empty, and the
//! lexicon alone decides.

use crate::doc::Doc;
use crate::features::{self, TokenFeatures, str_hash};
use crate::lexicon::is_cue_modifier;
use crate::perceptron::Example;
use crate::phrase::looks_verbal;
use parallax_model::Span;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Bits of each decision's hashed feature table.
pub const TABLE_BITS: u32 = 18;
/// Bits of the whole weight vector: one table for each decision ([`Table`]) side by side, so
/// that no decision's features collide with another's.
pub const BITS: u32 = TABLE_BITS + 2;
const MAGIC: &[u8; 6] = b"PQCUE4";

/// The decisions, each with a table of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Cues = 0,
    Ends = 1,
    Speakers = 2,
}

impl Table {
    /// The number that places a hashed feature in this table ([`crate::features`]).
    pub fn tag(self) -> u32 {
        self as u32
    }
}

/// The weights shipped with the crate.
static SHIPPED: &[u8] = include_bytes!("../data/cues.bin");

/// The decision thresholds and switches chosen on the validation part of the training split.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// A candidate word is a cue when its score exceeds this.
    pub cue: f32,
    /// A bonus for a forward content that runs to its clause's limit over an earlier end.
    pub end: f32,
    /// A bonus for leaving an unclaimed passage without a speaker.
    pub alone: f32,
    /// Which optional rules apply ([`WIDEN`], [`RUNS_ON`], [`COORDINATED`], [`SHORT`]).
    pub rules: u8,
}

/// A passage without a cue inside a sentence widens to the clause it quotes.
pub const WIDEN: u8 = 1;
/// A verb after "and" or "but" reports for the sentence's subject even without "that".
pub const COORDINATED: u8 = 16;
/// A forward content of a single word ("said yes") is kept.
pub const SHORT: u8 = 32;
/// A forward content whose learned end falls before a later quotation runs on to include it.
pub const RUNS_ON: u8 = 8;

impl Params {
    /// True when the optional `rule` applies.
    pub fn has(&self, rule: u8) -> bool {
        self.rules & rule != 0
    }
}

impl Default for Params {
    fn default() -> Self {
        Params { cue: 0.0, end: 0.0, alone: 0.0, rules: WIDEN | RUNS_ON }
    }
}

/// In [`Model`]'s table, a word the learned cue detector may read as a cue's head.
pub const CANDIDATE: u8 = 1;
/// In [`Model`]'s table, one of [`crate::attribute::notable_words`].
pub const NOTABLE: u8 = 2;

/// A trained cue detector.
#[derive(Clone, Debug, Default)]
pub struct Model {
    words: Vec<String>,
    /// The hashes of `words` and of the other words attribution looks at
    /// ([`crate::attribute::notable_words`]) in an open-addressing table (a power of two long, 0
    /// for empty), for lookup by a token's hash without a search.
    table: Vec<u64>,
    /// Beside each slot of `table`: [`CANDIDATE`] for the words of `words`, [`NOTABLE`] for
    /// the others attribution looks at (a word may be both).
    kinds: Vec<u8>,
    /// The largest magnitude of a weight, for [`Model::margin`].
    largest: f32,
    weights: Vec<f32>,
    pub params: Params,
}

impl Model {
    /// The shipped model, read once.
    pub fn shipped() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(SHIPPED).unwrap_or_default())
    }

    /// A model over the candidate `words` with the given weights.
    pub fn new(words: HashSet<String>, weights: Vec<f32>, params: Params) -> Model {
        let mut words: Vec<String> = words.into_iter().collect();
        words.sort();
        let notable: Vec<&str> = crate::attribute::notable_words().collect();
        let size = ((words.len() + notable.len()) * 4).next_power_of_two().max(16);
        let (mut table, mut kinds) = (vec![0u64; size], vec![0u8; size]);
        let slots = size - 1;
        let entries = words
            .iter()
            .map(|w| (w.as_str(), CANDIDATE))
            .chain(notable.iter().map(|&w| (w, NOTABLE)));
        for (w, kind) in entries {
            let h = str_hash(w).max(1);
            let mut i = h as usize & slots;
            while table[i] != 0 && table[i] != h {
                i = (i + 1) & slots;
            }
            table[i] = h;
            kinds[i] |= kind;
        }
        let largest = weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        Model { words, table, kinds, largest, weights, params }
    }

    /// True when `word` (lower-cased) may head a cue.
    pub fn is_candidate(&self, word: &str) -> bool {
        self.kind(str_hash(word)).is_some_and(|k| k & CANDIDATE != 0)
    }

    /// The kind of the word with hash `h` when the table holds it; `None` for a word it does
    /// not hold, and for every word of a model without a table.
    fn kind(&self, h: u64) -> Option<u8> {
        if self.table.is_empty() {
            return None;
        }
        let (h, slots) = (h.max(1), self.table.len() - 1);
        let mut i = h as usize & slots;
        loop {
            match self.table[i] {
                0 => return None,
                x if x == h => return Some(self.kinds[i]),
                _ => i = (i + 1) & slots,
            }
        }
    }

    /// True when the token at `at` (a word) may head a cue.
    pub fn is_candidate_at(&self, doc: &Doc, at: usize) -> bool {
        self.kind_at(doc, at).is_some_and(|k| k & CANDIDATE != 0)
    }

    /// What the table holds of the token at `at` (a word): `None` when it is neither a
    /// candidate nor one of [`crate::attribute::notable_words`], so that attribution has
    /// nothing to ask of it but what the word before it hands on. A model without a table
    /// (`Model::default`) answers [`NOTABLE`] for every word.
    pub fn kind_at(&self, doc: &Doc, at: usize) -> Option<u8> {
        if self.table.is_empty() {
            return Some(NOTABLE);
        }
        doc.hash.get(at).and_then(|&h| self.kind(h))
    }

    /// How far a bound on a cue score must clear zero to decide it: 1e-5 of the largest sum of
    /// magnitudes a score's 31 weights can have (31 times the largest) and its threshold. Two
    /// sums of 31 floats in different orders differ by at most 2 * 30 * 2^-24 (under 4e-6) of
    /// their magnitudes, so the bound decides only what the full score would.
    fn margin(&self) -> f32 {
        1e-5 * (31.0 * self.largest + self.params.cue.abs())
    }

    /// The number of candidate words.
    pub fn candidates(&self) -> usize {
        self.words.len()
    }

    /// The score of the token at `at` as a cue head (positive: a cue).
    pub fn score(&self, doc: &Doc, at: usize, sent: &Range<usize>, buf: &mut Vec<u32>) -> f32 {
        if self.weights.is_empty() {
            return 0.0;
        }
        buf.clear();
        features::extract(doc, at, sent, Table::Cues.tag(), buf);
        buf.iter().map(|&f| self.weights[f as usize]).sum::<f32>() - self.params.cue
    }

    /// True when the token at `at` scores above zero as a cue head: the decision of
    /// [`Model::score`]` > 0`, taken without the search for the speaker before the token when
    /// the score's bounds over every speaker shape already decide it. The bounds add the
    /// weights in another order, so they must clear zero by more than the rounding of either
    /// sum: a relative 1e-5 of the largest magnitude the score's 31 weights and threshold can
    /// have ([`Model::margin`]); closer calls are scored in full.
    pub fn accepts(&self, doc: &Doc, at: usize, sent: &Range<usize>) -> bool {
        if self.weights.is_empty() {
            return false;
        }
        let tag = Table::Cues.tag();
        let token = TokenFeatures::new(doc, at, sent);
        // Every slot lies below 2^BITS, so the mask only spares a bounds check.
        let Ok(weights) = <&[f32; 1 << BITS]>::try_from(self.weights.as_slice()) else {
            return false;
        };
        let weight = |f: u32| weights[f as usize & ((1 << BITS) - 1)];
        let fixed: f32 = token.fixed_slots(tag).into_iter().map(weight).sum();
        let (mut lo, mut hi) = (f32::INFINITY, f32::NEG_INFINITY);
        for slots in token.every_subject_slots(tag) {
            let part: f32 = slots.into_iter().map(weight).sum();
            lo = lo.min(part);
            hi = hi.max(part);
        }
        let margin = self.margin();
        if fixed + hi - self.params.cue < -margin {
            return false;
        }
        if fixed + lo - self.params.cue > margin {
            return true;
        }
        let slots = token.slots(features::subject_class(doc, at, sent), tag);
        slots.iter().map(|&f| weight(f)).sum::<f32>() - self.params.cue > 0.0
    }

    /// The sum of the weights of hashed `features` (0 for an empty model).
    pub fn sum(&self, features: &[u32]) -> f32 {
        if self.weights.is_empty() {
            return 0.0;
        }
        features.iter().map(|&f| self.weights.get(f as usize).copied().unwrap_or(0.0)).sum()
    }

    /// The model with `other`'s weights added to its own (decisions trained apart, each in its
    /// own table, such as the speaker ranking after the cue detector).
    pub fn plus(mut self, other: &Model) -> Model {
        for (w, o) in self.weights.iter_mut().zip(&other.weights) {
            *w += o;
        }
        self.largest = self.weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        self
    }

    /// The model as bytes: magic, candidate words, then (index, weight) pairs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend(self.params.cue.to_le_bytes());
        out.extend(self.params.end.to_le_bytes());
        out.extend(self.params.alone.to_le_bytes());
        out.push(self.params.rules);
        out.extend((self.words.len() as u32).to_le_bytes());
        for w in &self.words {
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
        let cue = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
        let end = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
        let alone = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
        let rules = *r.take(1)?.first()?;
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
        Some(Model::new(words, weights, Params { cue, end, alone, rules }))
    }
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
            features::extract(doc, at, &sent, Table::Cues.tag(), &mut features);
            out.push(Example { features, label: heads.contains(&at) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_survives_its_bytes() {
        let mut weights = vec![0.0; 1 << BITS];
        weights[7] = 1.5;
        weights[(1 << BITS) - 1] = -0.25;
        let params = Params { cue: 0.5, end: -1.25, alone: 0.75, rules: RUNS_ON };
        let model = Model::new(["said".to_string(), "shows".to_string()].into(), weights, params);
        let back = Model::from_bytes(&model.to_bytes()).expect("readable");
        assert!(back.is_candidate("shows") && !back.is_candidate("table"));
        assert_eq!(back.params, params);
        assert_eq!(back.weights[7], 1.5);
        assert_eq!(back.weights[(1 << BITS) - 1], -0.25);
    }

    #[test]
    fn an_empty_model_has_no_candidates() {
        let model = Model::default();
        assert!(!model.is_candidate("said"));
        let words = (0..500).map(|i| format!("w{i}")).collect();
        let full = Model::new(words, Vec::new(), Params::default());
        assert!((0..500).all(|i| full.is_candidate(&format!("w{i}"))));
        assert!(!full.is_candidate("w500") && full.candidates() == 500);
    }

    #[test]
    fn truncated_bytes_are_no_model() {
        let words = ["said".to_string()].into();
        let model = Model::new(words, vec![1.0; 1 << BITS], Params::default());
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
