//! Term ids, document frequencies learned from the stream, and TF-IDF document vectors.

use crate::config::ClusterConfig;
use crate::dedup::{Signature, signature};
use crate::hash::{Map, hash_str, mix};
use crate::text::DocText;

/// A sparse vector: `(term id, weight)` sorted by term id.
pub type SparseVec = Vec<(u32, f32)>;

/// Bits of a term id's hash; a term id is `kind << TERM_BITS | hash`, kind 1 for entities.
const TERM_BITS: u32 = 20;
const TERM_MASK: u32 = (1 << TERM_BITS) - 1;
/// Every this many documents all document frequencies are halved, so IDF follows the recent
/// stream and terms of stories long gone fade out.
const HALVING_DOCS: u64 = 100_000;

/// Document frequencies learned from the stream, over hashed term ids: the table has a fixed
/// size (2 × 2^20 entries, 8 MB each for counts and logarithms), so memory does not grow with
/// the vocabulary; rare terms that share a slot merely share a count.
#[derive(Debug)]
pub struct Vocab {
    df: Vec<u32>,
    /// `ln(1 + df)` per slot, kept with `df` so IDF needs no logarithm per lookup.
    ln_df: Vec<f32>,
    /// Documents counted (halved with the frequencies).
    docs: u64,
    /// Documents ever seen (never halved).
    seen: u64,
    /// `ln(1 + docs) + 1`.
    ln_docs: f32,
}

impl Default for Vocab {
    fn default() -> Vocab {
        let slots = 2usize << TERM_BITS;
        Vocab { df: vec![0; slots], ln_df: vec![0.0; slots], docs: 0, seen: 0, ln_docs: 1.0 }
    }
}

impl Vocab {
    /// Smoothed inverse document frequency over the documents seen so far:
    /// `ln((1 + n) / (1 + df)) + 1`, which acts as a prior of one document holding every term.
    pub fn idf(&self, term: u32) -> f32 {
        self.ln_docs - self.ln_df.get(term as usize).copied().unwrap_or(0.0)
    }

    /// Documents ever seen (not halved).
    pub fn seen(&self) -> u64 {
        self.seen
    }

    pub fn is_entity(&self, term: u32) -> bool {
        term >> TERM_BITS == 1
    }

    /// Counts one more document containing `terms` (each once).
    pub fn observe(&mut self, terms: &[u32]) {
        self.docs += 1;
        self.seen += 1;
        for &t in terms {
            if let Some(df) = self.df.get_mut(t as usize) {
                *df += 1;
                self.ln_df[t as usize] = (1.0 + *df as f32).ln();
            }
        }
        if self.seen.is_multiple_of(HALVING_DOCS) {
            self.halve();
        }
        self.ln_docs = (1.0 + self.docs as f32).ln() + 1.0;
    }

    fn halve(&mut self) {
        self.docs /= 2;
        for (df, ln) in self.df.iter_mut().zip(self.ln_df.iter_mut()) {
            if *df > 0 {
                *df /= 2;
                *ln = (1.0 + *df as f32).ln();
            }
        }
    }

    fn intern(&self, term: &str, entity: bool) -> u32 {
        (u32::from(entity) << TERM_BITS) | (hash_str(term) as u32 & TERM_MASK)
    }

    /// Applies current IDF weights to a raw vector.
    pub fn weigh(&self, raw: &[(u32, f32)]) -> SparseVec {
        raw.iter().map(|&(t, w)| (t, w * self.idf(t))).collect()
    }
}

/// A document ready to be compared with stories.
#[derive(Debug)]
pub struct Prepared {
    /// Raw content weights: `1 + ln tf` for tokens, plus the title boost, plus entity features.
    pub content: SparseVec,
    /// `content` with IDF applied.
    pub weighted: SparseVec,
    pub norm: f32,
    pub entity_norm: f32,
    /// Headline terms (presence), raw and weighted.
    pub headline: SparseVec,
    pub headline_weighted: SparseVec,
    pub headline_norm: f32,
    /// Days since the common era, when dated.
    pub day: Option<i32>,
    pub signature: Box<Signature>,
    pub shingles: usize,
    /// Years the text mentions, and the publication year.
    pub years: Vec<u16>,
}

impl Prepared {
    pub fn new(
        vocab: &mut Vocab,
        text: &DocText,
        day: Option<i32>,
        config: &ClusterConfig,
    ) -> Self {
        let mut counts: Map<u32, f32> = Map::default();
        for tok in &text.tokens {
            *counts.entry(vocab.intern(tok, false)).or_default() += 1.0;
        }
        let mut content: Map<u32, f32> = counts.iter().map(|(&t, &n)| (t, 1.0 + n.ln())).collect();
        for tok in dedup(&text.title_tokens) {
            *content.entry(vocab.intern(tok, false)).or_default() += config.title_weight;
        }
        let mut entity_counts: Map<u32, f32> = Map::default();
        for key in &text.entities {
            *entity_counts.entry(vocab.intern(key, true)).or_default() += 1.0;
        }
        for (t, n) in entity_counts {
            content.insert(t, config.entity_weight * (1.0 + n.ln()));
        }
        let headline: Map<u32, f32> =
            dedup(&text.headline_tokens).map(|tok| (vocab.intern(tok, false), 1.0)).collect();
        let content = sorted(content);
        let headline = sorted(headline);
        let weighted = vocab.weigh(&content);
        let headline_weighted = vocab.weigh(&headline);
        let (norm, entity_norm) = norms(&weighted, vocab);
        let (sig, shingles) = shingle_signature(&text.word_hashes, config.shingle_words);
        Prepared {
            content,
            norm,
            entity_norm,
            headline_norm: norms(&headline_weighted, vocab).0,
            weighted,
            headline,
            headline_weighted,
            day,
            signature: Box::new(sig),
            shingles,
            years: text.years.clone(),
        }
    }

    /// The `n` terms with the highest weight, as `(term, weight)`.
    pub fn top_terms(&self, n: usize) -> Vec<(u32, f32)> {
        let mut terms = self.weighted.clone();
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.truncate(n);
        terms
    }

    /// The query for candidate stories: the `n` heaviest terms, plus up to `n / 2` entity
    /// terms. Early in a stream the names a story's documents share have the lowest IDF (every
    /// document so far holds them), so weight alone would leave them out of the query.
    pub fn query_terms(&self, vocab: &Vocab, n: usize) -> Vec<(u32, f32)> {
        let mut terms = self.top_terms(n);
        let mut entities: Vec<(u32, f32)> = self
            .weighted
            .iter()
            .filter(|(t, _)| vocab.is_entity(*t) && !terms.iter().any(|(q, _)| q == t))
            .copied()
            .collect();
        entities.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.extend(entities.into_iter().take(n / 2));
        terms
    }

    pub fn term_ids(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = self.content.iter().map(|&(t, _)| t).collect();
        ids.extend(self.headline.iter().map(|&(t, _)| t));
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

fn dedup(tokens: &[String]) -> impl Iterator<Item = &String> {
    let mut seen: Vec<&String> = Vec::new();
    tokens.iter().filter(move |t| {
        let new = !seen.contains(t);
        if new {
            seen.push(t);
        }
        new
    })
}

fn sorted(map: Map<u32, f32>) -> SparseVec {
    let mut v: SparseVec = map.into_iter().collect();
    v.sort_unstable_by_key(|&(t, _)| t);
    v
}

/// The norm of a weighted vector, and of its entity part.
pub fn norms(weighted: &[(u32, f32)], vocab: &Vocab) -> (f32, f32) {
    let (mut all, mut entity) = (0.0f32, 0.0f32);
    for &(t, w) in weighted {
        all += w * w;
        if vocab.is_entity(t) {
            entity += w * w;
        }
    }
    (all.sqrt(), entity.sqrt())
}

/// MinHash signature over word shingles, and the number of shingles.
fn shingle_signature(words: &[u64], k: usize) -> (Signature, usize) {
    let k = k.max(1);
    if words.len() < k {
        return (signature(std::iter::empty()), 0);
    }
    let shingles =
        words.windows(k).map(|w| w.iter().fold(0u64, |acc, &h| mix(acc.rotate_left(21) ^ h)));
    (signature(shingles), words.len() + 1 - k)
}
