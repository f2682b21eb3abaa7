//! Rules after decoding that read the knowledge base and the words around a mention: a name
//! described as a person is a person ([`apposition`]), a descriptor noun or a preposition of
//! place settles a name's type ([`cues`]), a capitalised dateline city is a place
//! ([`dateline`]), names the knowledge base knows only as
//! organisations are ORG ([`kbtype`]), countries named as sides in a report of matches are
//! teams ([`sports`]), an organisation glued to the name of a person it precedes is split
//! from it ([`split`]), and the department word of a cabinet title is no organisation
//! ([`title`]).

mod apposition;
mod cues;
pub(crate) mod dateline;
mod kbtype;
mod split;
mod sports;
mod title;

use super::consistency::Found;
use super::words::lower_hash;
use parallax_kb::Kb;
use parallax_model::Token;

/// What the rules read of a document's tokens.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Lower-case hashes ([`lower_hash`]).
    pub lower: &'a [u64],
    /// Whether each token starts with a capital.
    pub caps: &'a [bool],
    /// Gazetteer masks ([`super::gazetteer::Gazetteer::tag`]).
    pub gaz: &'a [u32],
    /// The sentence of each token; `u32::MAX` outside every sentence.
    pub sentence_of: &'a [u32],
}

impl<'a> Doc<'a> {
    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens[i].span.of(self.text)
    }

    /// The text from token `a` to the end of token `b - 1`.
    pub fn span_text(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.tokens[a].span.start..self.tokens[b - 1].span.end]
    }

    /// True when tokens `a` and `b` are in the same sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence_of[a] == self.sentence_of[b] && self.sentence_of[a] != u32::MAX
    }

    /// The lower-case hash of token `i`, or 0 out of range.
    pub fn lower_at(&self, i: Option<usize>) -> u64 {
        i.and_then(|i| self.lower.get(i)).copied().unwrap_or(0)
    }
}

/// The rules that run before the document-level consistency pass: what they settle spreads
/// to the other mentions of the same name.
/// Returns the mentions whose type the words around them settled, for [`apply`].
pub fn before_consistency(found: &mut Vec<Found>, d: &Doc<'_>, kb: &Kb) -> Vec<Found> {
    apposition::apply(found, d);
    let settled = cues::apply(found, d, kb);
    dateline::apply(found, d, kb);
    settled
}

/// Applies the other rules to the mentions of one document and leaves them sorted. Names
/// settled before the consistency pass keep their settled type everywhere, and the short forms
/// of organisation names follow them.
pub fn apply(found: &mut Vec<Found>, settled: &[Found], d: &Doc<'_>, kb: &Kb) {
    cues::settle(found, settled, d);
    cues::organisation_short_forms(found, d, kb);
    title::apply(found, d, kb);
    kbtype::apply(found, d, kb);
    sports::apply(found, d, kb);
    split::apply(found, d);
    found.sort_by_key(|f| (f.start, f.end));
}

/// A set of lower-case word hashes built from a word list.
pub struct WordSet(super::gazetteer::KeySet);

impl WordSet {
    pub fn new(words: &[&str]) -> WordSet {
        WordSet(words.iter().map(|w| lower_hash(w)).collect())
    }

    pub fn has(&self, hash: u64) -> bool {
        self.0.contains(&hash)
    }
}

/// Which tokens some mention covers.
pub fn taken(found: &[Found], n: usize) -> Vec<bool> {
    let mut taken = vec![false; n];
    for f in found {
        taken[f.start.min(n)..f.end.min(n)].iter_mut().for_each(|x| *x = true);
    }
    taken
}

#[cfg(test)]
pub mod testing {
    //! Builds a [`Doc`] from plain text for the rules' tests.

    use super::super::gazetteer::{Gazetteer, token_keys};
    use super::super::labels::{TYPES, type_index};
    use super::*;

    /// Tokens, hashes, masks and sentences of a text, owned.
    pub struct Owned {
        pub text: String,
        pub tokens: Vec<Token>,
        pub lower: Vec<u64>,
        pub caps: Vec<bool>,
        pub gaz: Vec<u32>,
        pub sentence_of: Vec<u32>,
    }

    impl Owned {
        pub fn new(text: &str) -> Owned {
            let analysis = super::super::analyze_plain(text);
            let (lower, caps) = token_keys(text, &analysis.tokens);
            let mut gaz = Vec::new();
            Gazetteer::from_kb(Kb::builtin()).tag(&lower, &caps, &mut gaz);
            let mut sentence_of = vec![u32::MAX; analysis.tokens.len()];
            for (k, r) in analysis.sentence_tokens.iter().enumerate() {
                sentence_of[r.clone()].iter_mut().for_each(|s| *s = k as u32);
            }
            Owned { text: text.to_string(), tokens: analysis.tokens, lower, caps, gaz, sentence_of }
        }

        pub fn doc(&self) -> Doc<'_> {
            Doc {
                text: &self.text,
                tokens: &self.tokens,
                lower: &self.lower,
                caps: &self.caps,
                gaz: &self.gaz,
                sentence_of: &self.sentence_of,
            }
        }

        /// The mention of the `nth` occurrence of `name` with type `t`.
        pub fn mention(&self, name: &str, nth: usize, t: &str) -> Found {
            let at = self.text.match_indices(name).nth(nth).expect("the name is in the text").0;
            let end = at + name.len();
            let start = self.tokens.iter().position(|k| k.span.start == at).expect("a token");
            let last = self.tokens.iter().position(|k| k.span.end == end).expect("a token");
            Found { start, end: last + 1, t: type_index(t).expect("a type") }
        }

        /// Runs a rule over the `(name, occurrence, type)` mentions of `text` and shows the
        /// result in text order.
        pub fn run_rule(
            text: &str,
            found: &[(&str, usize, &str)],
            rule: impl FnOnce(&mut Vec<Found>, &Doc<'_>),
        ) -> Vec<(String, &'static str)> {
            let o = Owned::new(text);
            let mut f: Vec<Found> = found.iter().map(|&(n, k, t)| o.mention(n, k, t)).collect();
            rule(&mut f, &o.doc());
            f.sort_by_key(|f| (f.start, f.end));
            o.show(&f)
        }

        /// The mentions as (text, type) pairs.
        pub fn show(&self, found: &[Found]) -> Vec<(String, &'static str)> {
            let d = self.doc();
            found.iter().map(|f| (d.span_text(f.start, f.end).to_string(), TYPES[f.t])).collect()
        }
    }
}
