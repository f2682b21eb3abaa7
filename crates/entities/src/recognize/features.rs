//! Feature extraction: every token of a document becomes a short list of hashed feature
//! buckets (word, shape, affixes, capitalisation, context ±2, gazetteer membership, title
//! words and document-level capitalisation cues), written into reusable flat buffers.

use super::gazetteer::{Gazetteer, INSIDE_SHIFT, KeySet, TITLE};
use super::words::{Lexeme, flag, mix};
use parallax_model::Token;
use std::ops::Range;

/// Bump when the features change: weights trained with other features are refused.
pub const FEATURE_VERSION: u32 = 1;

/// The features of one document: `buckets[offsets[i]..offsets[i + 1]]` belong to token `i`.
#[derive(Default)]
pub struct DocFeatures {
    pub buckets: Vec<u32>,
    pub offsets: Vec<u32>,
    lex: Vec<Lexeme>,
    lower: Vec<u64>,
    caps: Vec<bool>,
    gaz: Vec<u32>,
    seen_lower: KeySet,
    seen_cap_inside: KeySet,
}

impl DocFeatures {
    /// The feature buckets of token `i`.
    pub fn of(&self, i: usize) -> &[u32] {
        &self.buckets[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// The lower-case hashes of the tokens last extracted.
    pub fn lower(&self) -> &[u64] {
        &self.lower
    }

    /// Whether each token last extracted starts with a capital.
    pub fn caps(&self) -> &[bool] {
        &self.caps
    }

    /// The gazetteer masks of the tokens last extracted (see [`Gazetteer::tag`]).
    pub fn gaz(&self) -> &[u32] {
        &self.gaz
    }

    /// Computes the features of `tokens`, sentence by sentence, into `bits`-bit buckets.
    pub fn extract(
        &mut self,
        text: &str,
        tokens: &[Token],
        sentences: &[Range<usize>],
        gaz: &Gazetteer,
        bits: u32,
    ) {
        self.read_tokens(text, tokens, sentences);
        gaz.tag(&self.lower, &self.caps, &mut self.gaz);
        self.buckets.clear();
        self.offsets.clear();
        self.offsets.resize(tokens.len() + 1, 0);
        let mut done = 0;
        for range in sentences {
            let range = range.start.max(done)..range.end.min(tokens.len());
            for o in &mut self.offsets[done..range.start.max(done)] {
                *o = self.buckets.len() as u32;
            }
            for i in range.clone() {
                self.offsets[i] = self.buckets.len() as u32;
                let seen = self.seen(i, range.start);
                let mut emit = Emit { out: &mut self.buckets, shift: 64 - bits };
                token_features(&self.lex, &self.gaz, seen, i, &range, &mut emit);
            }
            done = done.max(range.end);
        }
        self.offsets[done..].iter_mut().for_each(|o| *o = self.buckets.len() as u32);
    }

    fn read_tokens(&mut self, text: &str, tokens: &[Token], sentences: &[Range<usize>]) {
        self.lex.clear();
        self.lex.extend(tokens.iter().map(|t| Lexeme::of(t.span.of(text))));
        self.lower.clear();
        self.lower.extend(self.lex.iter().map(|l| l.lower));
        self.caps.clear();
        self.caps.extend(self.lex.iter().map(|l| l.has(flag::INIT_CAP)));
        self.seen_lower.clear();
        self.seen_cap_inside.clear();
        for range in sentences {
            for i in range.clone() {
                let l = &self.lex[i];
                if !l.has(flag::INIT_CAP) && !l.has(flag::NO_LETTER) {
                    self.seen_lower.insert(l.lower);
                } else if i > range.start && l.has(flag::INIT_CAP) {
                    self.seen_cap_inside.insert(l.lower);
                }
            }
        }
    }

    /// Document-level cues for token `i`: written in lower case elsewhere, and capitalised
    /// elsewhere away from a sentence start.
    fn seen(&self, i: usize, start: usize) -> u64 {
        let w = self.lex[i].lower;
        let lower = self.seen_lower.contains(&w) as u64;
        let cap = self.seen_cap_inside.contains(&w) as u64;
        lower | cap << 1 | ((i == start) as u64) << 2 | (self.lex[i].flags as u64 & 1) << 3
    }
}

/// Writes hashed features into the bucket list.
struct Emit<'a> {
    out: &'a mut Vec<u32>,
    shift: u32,
}

impl Emit<'_> {
    #[inline]
    fn add(&mut self, template: u64, value: u64) {
        let h = mix(mix(0x9e37_79b9, template), value);
        self.out.push((h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as u32);
    }
}

/// Feature templates: each feature hashes one of these with its value.
mod t {
    pub const BIAS: u64 = 1;
    pub const WORD: u64 = 2;
    pub const WORD_AT: u64 = 3;
    pub const SHAPE: u64 = 4;
    pub const SHAPE_AT: u64 = 5;
    pub const SHAPES3: u64 = 6;
    pub const PREFIX: u64 = 7;
    pub const SUFFIX: u64 = 8;
    pub const FLAGS: u64 = 9;
    pub const CAPS3: u64 = 10;
    pub const BIGRAM_L: u64 = 11;
    pub const BIGRAM_R: u64 = 12;
    pub const GAZ: u64 = 13;
    pub const GAZ_AT: u64 = 14;
    pub const GAZ_SHAPE: u64 = 15;
    pub const DOC: u64 = 16;
    pub const SHAPE_PREV_WORD: u64 = 17;
    pub const TITLE_BEFORE: u64 = 18;
}

/// Sentinel words and shapes beyond the sentence edges.
const EDGE: [u64; 2] = [0xb0b0, 0xe0e0];

fn token_features(
    lex: &[Lexeme],
    gaz: &[u32],
    seen: u64,
    i: usize,
    sent: &Range<usize>,
    e: &mut Emit<'_>,
) {
    let at = |d: isize| -> Option<usize> {
        let j = i as isize + d;
        (j >= sent.start as isize && j < sent.end as isize).then_some(j as usize)
    };
    let word = |d: isize| at(d).map_or(EDGE[(d > 0) as usize], |j| lex[j].lower);
    let shape = |d: isize| at(d).map_or(EDGE[(d > 0) as usize], |j| lex[j].shape);
    let cap = |d: isize| at(d).map_or(2, |j| lex[j].flags as u64 & 1);
    let g = |d: isize| at(d).map_or(0, |j| gaz[j] as u64);
    let l = &lex[i];
    e.add(t::BIAS, 0);
    e.add(t::WORD, l.lower);
    for d in [-2isize, -1, 1, 2] {
        e.add(mix(t::WORD_AT, d as u64), word(d));
    }
    e.add(t::SHAPE, l.shape);
    e.add(mix(t::SHAPE_AT, 1), shape(-1));
    e.add(mix(t::SHAPE_AT, 2), shape(1));
    e.add(t::SHAPES3, mix(mix(shape(-1), l.shape), shape(1)));
    affixes(l, e);
    let initial = (i == sent.start) as u64;
    e.add(t::FLAGS, l.flags as u64 | initial << 8 | (l.len.min(6) as u64) << 9);
    e.add(t::CAPS3, cap(-1) | cap(0) << 2 | cap(1) << 4 | initial << 6);
    e.add(t::BIGRAM_L, mix(word(-1), l.lower));
    e.add(t::BIGRAM_R, mix(l.lower, word(1)));
    gazetteer(g(0), l.flags as u64 & 1, e);
    e.add(mix(t::GAZ_AT, 1), g(-1));
    e.add(mix(t::GAZ_AT, 2), g(1));
    e.add(t::GAZ_SHAPE, mix(g(0), l.shape));
    e.add(t::DOC, seen);
    e.add(t::SHAPE_PREV_WORD, mix(l.shape, word(-1)));
    let title = |d: isize| (g(d) >> TITLE & 1) != 0;
    e.add(t::TITLE_BEFORE, title(-1) as u64 | (title(-2) as u64) << 1 | cap(0) << 2);
}

fn affixes(l: &Lexeme, e: &mut Emit<'_>) {
    for k in 0..4 {
        if l.prefix[k] != 0 && (k as u8) < l.len {
            e.add(mix(t::PREFIX, k as u64), l.prefix[k]);
        }
        if l.suffix[k] != 0 {
            e.add(mix(t::SUFFIX, k as u64), l.suffix[k]);
        }
    }
}

/// One feature per gazetteer bit of the token, joined with its capitalisation.
fn gazetteer(mask: u64, cap: u64, e: &mut Emit<'_>) {
    let mut m = mask;
    while m != 0 {
        let bit = m.trailing_zeros() as u64;
        m &= m - 1;
        e.add(t::GAZ, bit | cap << 8 | ((bit >= INSIDE_SHIFT as u64) as u64) << 9);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_kb::Kb;

    fn features(text: &str) -> (Vec<Token>, DocFeatures) {
        let tokens = parallax_analyze::tokens::tokenize(text);
        let gaz = Gazetteer::from_kb(Kb::builtin());
        let mut f = DocFeatures::default();
        let all = [Range { start: 0, end: tokens.len() }];
        f.extract(text, &tokens, &all, &gaz, 18);
        (tokens, f)
    }

    #[test]
    fn every_token_gets_features_within_the_table() {
        let (tokens, f) = features("Antony Blinken visited Seoul .");
        for i in 0..tokens.len() {
            assert!(f.of(i).len() >= 20, "token {i} has {} features", f.of(i).len());
            assert!(f.of(i).iter().all(|&b| b < 1 << 18));
        }
    }

    #[test]
    fn the_same_word_in_the_same_context_gets_the_same_features() {
        let (_, a) = features("Yes , he met Blinken in Seoul");
        let (_, b) = features("Yes , she met Blinken in Seoul");
        assert_eq!(a.of(5), b.of(5));
        assert_ne!(a.of(4), b.of(4), "a word two before differs");
    }

    #[test]
    fn tokens_outside_sentences_get_none() {
        let text = "Kim Jong Un spoke";
        let tokens = parallax_analyze::tokens::tokenize(text);
        let gaz = Gazetteer::default();
        let mut f = DocFeatures::default();
        let first_two = [Range { start: 0, end: 2 }];
        f.extract(text, &tokens, &first_two, &gaz, 16);
        assert!(!f.of(1).is_empty());
        assert!(f.of(2).is_empty() && f.of(3).is_empty());
    }
}
