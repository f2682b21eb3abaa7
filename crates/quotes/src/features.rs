//! Features of a candidate cue token for the learned cue detector ([`crate::learn`]): the word
//! and its neighbours, what the lexicon says of it, whether a speaker phrase stands before it,
//! and what follows it (a "that" clause, a quotation, a colon, "to", "for").
//!
//! Each feature is hashed (FNV-1a over a template tag and its parts) into a fixed table, so no
//! feature strings are built.

use crate::doc::Doc;
use crate::learn::{NOTABLE, TABLE_BITS};
use crate::lexicon::{CueKind, is_cue_modifier, is_pronoun};
use crate::marks::Mark;
use crate::phrase::speaker_before;
use std::ops::Range;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// The FNV-1a hash of a string: tokens' words are hashed once per document ([`Doc::hash`]),
/// and features combine such hashes without building strings.
pub const fn str_hash(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

const BOUNDARY: u64 = str_hash("<s>");
const NUMBER: u64 = str_hash("<num>");
const OPEN: u64 = str_hash("<open>");
const CLOSE: u64 = str_hash("<close>");
const EITHER: u64 = str_hash("<mark>");
const FIRST: u64 = str_hash("first");
const INNER: u64 = str_hash("inner");
const QUOTED: u64 = str_hash("quoted");
const PLAIN: u64 = str_hash("plain");
const AFTER_CLOSE: u64 = str_hash("after-close");
const DASH: u64 = str_hash("-");
const AUX: u64 = str_hash("aux");
const CAP: u64 = str_hash("cap");
const LOW: u64 = str_hash("low");

/// A feature built up from a template tag and hashed parts.
#[derive(Clone, Copy)]
pub(crate) struct Hash(u64);

impl Hash {
    pub(crate) fn new(tag: u8) -> Hash {
        Hash((FNV_OFFSET ^ u64::from(tag)).wrapping_mul(FNV_PRIME))
    }

    pub(crate) fn add(self, part: u64) -> Hash {
        Hash((self.0.rotate_left(23) ^ part).wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    pub(crate) fn s(self, part: &str) -> Hash {
        self.add(str_hash(part))
    }

    /// The feature's slot in the weight vector: its hash within the decision's `table`.
    pub(crate) fn done(self, table: u32) -> u32 {
        let within = ((self.0 ^ (self.0 >> 29) ^ (self.0 >> 47)) as u32) & ((1 << TABLE_BITS) - 1);
        within | table << TABLE_BITS
    }
}

/// The hash of the token at `i` as a feature: its lower-cased word, or its text for
/// punctuation, or a marker for numbers, quotation marks and places outside the sentence.
fn slot(doc: &Doc, i: usize, sent: &Range<usize>) -> u64 {
    if i < sent.start || i >= sent.end {
        return BOUNDARY;
    }
    if doc.is_number(i) {
        return NUMBER;
    }
    match doc.marks[i] {
        Mark::Open => OPEN,
        Mark::Close => CLOSE,
        Mark::Either => EITHER,
        Mark::NotMark => doc.hash[i],
    }
}

/// A crude lemma: the word without a common inflection.
fn lemma(w: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() > suffix.len() + 2
            && let Some(stem) = w.strip_suffix(suffix)
        {
            return stem;
        }
    }
    w
}

/// The [`str_hash`] of a literal, worked out at compile time.
macro_rules! hashed {
    ($s:literal) => {{
        const H: u64 = str_hash($s);
        H
    }};
}

/// The last three characters of a word.
fn suffix(w: &str) -> &str {
    w.char_indices().rev().nth(2).map_or(w, |(i, _)| &w[i..])
}

/// What opens after the token at `at`, hashed: the class of the next token, adjuncts not
/// skipped.
fn next_class(doc: &Doc, at: usize, sent: &Range<usize>) -> u64 {
    let k = at + 1;
    if k >= sent.end {
        return hashed!("end");
    }
    if doc.marks[k] != Mark::NotMark {
        return hashed!("quote");
    }
    if doc.is_punct(k, ",") {
        return if doc.marks.get(k + 1).is_some_and(|m| *m != Mark::NotMark) {
            hashed!("comma-quote")
        } else {
            hashed!("comma")
        };
    }
    if doc.is_punct(k, ":") {
        return hashed!("colon");
    }
    if !doc.is_word(k) {
        return hashed!("punct");
    }
    match doc.word(k) {
        "that" => hashed!("that"),
        "to" => hashed!("to"),
        "for" => hashed!("for"),
        "on" => hashed!("on"),
        "of" => hashed!("of"),
        w if is_pronoun(w) => hashed!("pronoun"),
        _ if doc.is_cap(k) => hashed!("cap"),
        _ => hashed!("word"),
    }
}

/// What stands right before the token, hashed: a determiner or possessive (a noun's use: "the
/// report", "his refusal"), "to" (an infinitive), a comma, or another word.
fn before_class(doc: &Doc, at: usize, sent: &Range<usize>) -> u64 {
    if at == sent.start {
        return hashed!("start");
    }
    let k = at - 1;
    if doc.is_punct(k, ",") {
        return hashed!("comma");
    }
    match doc.word(k) {
        "the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their" | "our" | "'s"
        | "’s" => hashed!("det"),
        "to" => hashed!("to"),
        "" => hashed!("other"),
        _ => hashed!("word"),
    }
}

/// The shapes a speaker phrase before the token may have ([`subject_class`]).
pub const SUBJECT_CLASSES: [&str; 4] = ["none", "pronoun", "name", "desc"];

/// The shape of the speaker phrase before the token, if any.
pub fn subject_class(doc: &Doc, at: usize, sent: &Range<usize>) -> &'static str {
    match speaker_before(doc, at, sent.start) {
        None => "none",
        Some(r) if r.len() == 1 && is_pronoun(doc.word(r.start)) => "pronoun",
        Some(r) if r.clone().any(|k| doc.is_cap(k)) => "name",
        Some(_) => "desc",
    }
}

/// What the lexicon makes of the token, hashed: no cue, or the kind of cue it is.
fn lexicon_class(doc: &Doc, at: usize) -> u64 {
    // Every lexicon cue is notable in the model's word table: a word held without that mark
    // is none, and its lexicon need not be asked.
    let notable = doc.model.kind_at(doc, at).is_some_and(|k| k & NOTABLE != 0);
    match if notable { doc.cue(at) } else { None } {
        None => hashed!("none"),
        Some(c) => match c.kind {
            CueKind::According => hashed!("according"),
            CueKind::Participle => hashed!("participle"),
            CueKind::Verb if c.needs_clause => hashed!("clause-verb"),
            CueKind::Verb => hashed!("verb"),
        },
    }
}

/// Pushes the hashed features of the token at `at` of the sentence `sent` onto `out`.
pub fn extract(doc: &Doc, at: usize, sent: &Range<usize>, table: u32, out: &mut Vec<u32>) {
    let token = TokenFeatures::new(doc, at, sent);
    let sc = str_hash(subject_class(doc, at, sent));
    out.extend(token.all(sc).into_iter().map(|h| h.done(table)));
}

/// The features of a cue candidate but the shape of the speaker before it, which takes a
/// search back through the sentence: a scorer may bound the score over every shape
/// ([`SUBJECT_CLASSES`]) first and search only when the bound does not decide.
#[derive(Clone, Copy)]
pub struct TokenFeatures {
    wh: u64,
    lh: u64,
    p1: u64,
    p2: u64,
    n1: u64,
    n2: u64,
    nc: u64,
    lex: u64,
    suf: u64,
    before: u64,
    opens: bool,
    has_passage: bool,
    before_mark: bool,
    aux: bool,
    cap: bool,
    bucket: u64,
}

impl TokenFeatures {
    pub fn new(doc: &Doc, at: usize, sent: &Range<usize>) -> TokenFeatures {
        let w = doc.word(at);
        let prev = |k: usize| at.checked_sub(k).map_or(BOUNDARY, |i| slot(doc, i, sent));
        let next = |k: usize| slot(doc, at + k, sent);
        let first = doc.passages.get(doc.passages.partition_point(|p| p.last < sent.start));
        // Each class is hashed once: `s(x)` is `add(str_hash(x))`.
        TokenFeatures {
            wh: doc.hash[at],
            // The lemma of an uninflected word is the word, whose hash the document holds.
            lh: if lemma(w).len() == w.len() { doc.hash[at] } else { str_hash(lemma(w)) },
            p1: prev(1),
            p2: prev(2),
            n1: next(1),
            n2: next(2),
            nc: next_class(doc, at, sent),
            lex: lexicon_class(doc, at),
            suf: str_hash(suffix(w)),
            before: before_class(doc, at, sent),
            opens: at == sent.start,
            has_passage: first.is_some_and(|p| p.open < sent.end),
            before_mark: first.is_some_and(|p| p.close.is_some_and(|c| c < at)),
            aux: at > sent.start && is_cue_modifier(doc.word(at - 1)),
            cap: doc.is_cap(at),
            bucket: bucket_hash(at - sent.start),
        }
    }

    /// Every feature, in template order, with the subject shape hashed as `sc`.
    fn all(&self, sc: u64) -> [Hash; 31] {
        let (mut fixed, mut subject) = (self.fixed().into_iter(), self.subject(sc).into_iter());
        std::array::from_fn(|i| {
            let next = if SUBJECT_TEMPLATES.contains(&i) { subject.next() } else { fixed.next() };
            next.unwrap_or(Hash(0))
        })
    }

    /// The features that do not hold the subject shape, in template order.
    fn fixed(&self) -> [Hash; 23] {
        let TokenFeatures { wh, lh, p1, p2, n1, n2, nc, lex, suf, before, .. } = *self;
        [
            Hash::new(0),
            Hash::new(1).add(wh),
            Hash::new(2).add(lh),
            Hash::new(3).add(suf),
            Hash::new(4).add(p1),
            Hash::new(5).add(p2),
            Hash::new(6).add(n1),
            Hash::new(7).add(n2),
            Hash::new(8).add(p1).add(wh),
            Hash::new(9).add(wh).add(n1),
            Hash::new(10).add(nc),
            Hash::new(12).add(lex),
            Hash::new(13).add(wh).add(nc),
            Hash::new(17).add(if self.opens { FIRST } else { INNER }).add(lh),
            Hash::new(18).add(if self.has_passage { QUOTED } else { PLAIN }).add(lex),
            Hash::new(19).add(if self.before_mark { AFTER_CLOSE } else { DASH }).add(nc),
            Hash::new(20).add(if self.aux { AUX } else { DASH }).add(lh),
            Hash::new(22).add(if self.cap { CAP } else { LOW }).add(wh),
            Hash::new(23).add(p1).add(wh).add(n1),
            Hash::new(24).add(suf).add(nc),
            Hash::new(27).add(before).add(suf),
            Hash::new(28).add(before).add(lh),
            Hash::new(29).add(lh).add(n1).add(n2),
        ]
    }

    /// The features that hold the subject shape `sc`, in template order
    /// ([`SUBJECT_TEMPLATES`]).
    fn subject(&self, sc: u64) -> [Hash; 8] {
        self.subject_with(&self.subject_prefixes(), sc)
    }

    /// What the subject features hash before the shape: every part but the shape, up to the
    /// shape's place in the template.
    fn subject_prefixes(&self) -> [Hash; 8] {
        let TokenFeatures { wh, lh, nc, lex, suf, bucket, .. } = *self;
        [
            Hash::new(11),
            Hash::new(14).add(wh),
            Hash::new(15),
            Hash::new(16).add(lex).add(nc),
            Hash::new(21).add(lh).add(nc),
            Hash::new(25).add(suf),
            Hash::new(26).add(suf).add(nc),
            Hash::new(30).add(bucket),
        ]
    }

    /// The subject features from their [`Self::subject_prefixes`] and the shape `sc`.
    fn subject_with(&self, prefixes: &[Hash; 8], sc: u64) -> [Hash; 8] {
        let mut out = prefixes.map(|p| p.add(sc));
        // Template 15 puts what follows the token after the shape.
        out[2] = out[2].add(self.nc);
        out
    }

    /// The slots of every feature with the subject shape `sc`, in template order.
    pub fn slots(&self, sc: &str, table: u32) -> [u32; 31] {
        self.all(str_hash(sc)).map(|h| h.done(table))
    }

    /// The slots of the features without the subject shape.
    pub fn fixed_slots(&self, table: u32) -> [u32; 23] {
        self.fixed().map(|h| h.done(table))
    }

    /// The slots of the features with each subject shape of [`SUBJECT_CLASSES`], in its order.
    pub fn every_subject_slots(&self, table: u32) -> [[u32; 8]; 4] {
        const SHAPES: [u64; 4] = hash_all(SUBJECT_CLASSES);
        let prefixes = self.subject_prefixes();
        // As `subject_with` for each shape, in plain loops, which compile to straight code.
        let mut out = [[0u32; 8]; 4];
        for (row, &sc) in out.iter_mut().zip(&SHAPES) {
            for (slot, p) in row.iter_mut().zip(&prefixes) {
                *slot = p.add(sc).done(table);
            }
            row[2] = prefixes[2].add(sc).add(self.nc).done(table);
        }
        out
    }
}

/// The templates (by number) whose features hold the subject shape.
const SUBJECT_TEMPLATES: [usize; 8] = [11, 14, 15, 16, 21, 25, 26, 30];

/// The names of the buckets of a count of tokens ([`bucket`]).
const BUCKETS: [&str; 9] = ["0", "1", "2", "3", "4-5", "6-8", "9-12", "13-20", "21+"];

/// The bucket's place in [`BUCKETS`].
fn bucket_index(n: usize) -> usize {
    match n {
        0..=3 => n,
        4..=5 => 4,
        6..=8 => 5,
        9..=12 => 6,
        13..=20 => 7,
        _ => 8,
    }
}

/// The [`str_hash`] of each name, worked out at compile time.
const fn hash_all<const N: usize>(names: [&str; N]) -> [u64; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = str_hash(names[i]);
        i += 1;
    }
    out
}

/// The hash of [`bucket`]`(n)`, from a table made at compile time.
pub(crate) fn bucket_hash(n: usize) -> u64 {
    const HASHES: [u64; 9] = hash_all(BUCKETS);
    HASHES[bucket_index(n)]
}

/// A bucket for a count of tokens.
pub(crate) fn bucket(n: usize) -> &'static str {
    BUCKETS[bucket_index(n)]
}

/// The features of a content's candidate ends ([`EndFeatures::at`]), with the parts that every
/// end of one content shares (the cue's lemma, the word that opens the content, how far its
/// limit lies) hashed once.
pub struct EndFeatures {
    start: usize,
    limit: usize,
    sent: Range<usize>,
    table: u32,
    /// Templates 108 and 113 with the cue's lemma, 109 and 112 with the opener, 116 with the
    /// opener and the limit's distance, for an inner end and for the limit.
    cue_here: Hash,
    cue_from: Hash,
    opener_here: Hash,
    opener_here_after: Hash,
    opener_span: [Hash; 2],
}

impl EndFeatures {
    /// The shared parts for a content that starts at `start` after the cue at `cue_at` and
    /// ends at most at `limit`.
    pub fn new(
        doc: &Doc,
        cue_at: usize,
        start: usize,
        limit: usize,
        sent: &Range<usize>,
        table: u32,
    ) -> EndFeatures {
        let cue = str_hash(lemma(doc.word(cue_at)));
        let opener = match doc.word(start) {
            w @ ("that" | "to" | "if" | "whether" | "how" | "what" | "as" | "for" | "about") => w,
            _ if doc.marks[start] != Mark::NotMark => "<quote>",
            _ => "-",
        };
        let opener = str_hash(opener);
        let span = bucket_hash(limit - start);
        EndFeatures {
            start,
            limit,
            sent: sent.clone(),
            table,
            cue_here: Hash::new(108).add(cue),
            cue_from: Hash::new(113).add(cue),
            opener_here: Hash::new(109).add(opener),
            opener_here_after: Hash::new(112).add(opener),
            opener_span: [INNER, END_LIMIT].map(|l| Hash::new(116).add(l).add(opener).add(span)),
        }
    }

    /// The slots of the features for "the content ends right before token `k`", `commas`
    /// commas after its start.
    pub fn at(&self, doc: &Doc, k: usize, commas: usize) -> [u32; 20] {
        const AFTER_QUOTE: u64 = str_hash("after-quote");
        let (start, limit, sent) = (self.start, self.limit, &self.sent);
        let is_limit = k == limit;
        let last = if is_limit { END_LIMIT } else { INNER };
        let closes = if doc.marks[k - 1] == Mark::Close { AFTER_QUOTE } else { DASH };
        let (here, before, after) =
            (slot(doc, k, sent), slot(doc, k - 1, sent), slot(doc, k + 1, sent));
        let from_start = bucket_hash(k - start);
        let feats = [
            Hash::new(100),
            Hash::new(101).add(here),
            Hash::new(102).add(before),
            Hash::new(103).add(after),
            Hash::new(104).add(here).add(after),
            Hash::new(105).add(before).add(here),
            Hash::new(106).add(from_start),
            Hash::new(107).add(bucket_hash(sent.end.saturating_sub(k))),
            self.cue_here.add(here),
            self.opener_here.add(here),
            Hash::new(110).add(bucket_hash(commas)).add(here),
            Hash::new(111).add(here).add(from_start),
            self.opener_here_after.add(here).add(after),
            self.cue_from.add(from_start),
            Hash::new(114).add(last),
            Hash::new(115).add(last).add(here),
            self.opener_span[usize::from(is_limit)],
            Hash::new(117).add(closes).add(here),
            Hash::new(118).add(before).add(here).add(after),
            Hash::new(119).add(bucket_hash(limit - k)).add(here),
        ];
        feats.map(|h| h.done(self.table))
    }
}

/// Marks the end at a content's limit in [`EndFeatures`].
const END_LIMIT: u64 = str_hash("limit");

#[cfg(test)]
mod tests {
    use super::lemma;

    #[test]
    fn lemma_strips_common_inflections() {
        assert_eq!(lemma("shows"), "show");
        assert_eq!(lemma("called"), "call");
        assert_eq!(lemma("saying"), "say");
        assert_eq!(lemma("is"), "is");
    }

    #[test]
    fn bucket_hashes_are_the_buckets_hashed() {
        for n in 0..64 {
            assert_eq!(super::bucket_hash(n), super::str_hash(super::bucket(n)), "{n}");
        }
    }

    #[test]
    fn suffix_respects_characters() {
        assert_eq!(super::suffix("don’t"), "n’t");
        assert_eq!(super::suffix("ok"), "ok");
    }
}
