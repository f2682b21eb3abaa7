//! One story's state: centroid, recent members, dates and sources, and its similarity features
//! against a new document.

use crate::hash::Map;
use crate::join::{FEATURES, Features};
use crate::vocab::{Prepared, SparseVec, Vocab};
use std::cell::Cell;
use std::collections::VecDeque;

/// Terms kept per member vector.
const MEMBER_TERMS: usize = 150;
/// Terms kept in a story's headline centroid.
const HEADLINE_TERMS: usize = 120;
/// Distinct years a story remembers.
const MAX_YEARS: usize = 24;
/// Scale of the slow time kernel, in days.
const LONG_TIME_SCALE: f32 = 30.0;

#[derive(Debug)]
pub struct Story {
    pub id: u64,
    centroid: Map<u32, f32>,
    headline: Map<u32, f32>,
    members: VecDeque<Member>,
    /// Cached IDF-weighted norms of the centroid, its entity part and the headline.
    norms: Cell<Option<Cached<[f32; 3]>>>,
    pub size: u32,
    /// Years mentioned by members or of their dates (at most [`MAX_YEARS`]).
    years: Vec<u16>,
    first_day: Option<i32>,
    pub last_day: Option<i32>,
    /// Source keys: outlets, or the original of a copied text; each counts once.
    pub sources: Vec<u64>,
    /// Entries of this story's documents in the duplicate index.
    pub dup_entries: Vec<u32>,
    /// Terms under which the story is in the inverted index.
    pub index_terms: Vec<u32>,
    /// Sequence number of the last update, for least-recently-updated eviction.
    pub last_seq: u64,
}

/// A kept member vector (raw weights, sorted by term) and its cached weighted norm.
#[derive(Debug)]
struct Member {
    vec: SparseVec,
    norm: Cell<Option<Cached<f32>>>,
}

/// A value computed with the IDF of `docs` documents. IDF drifts slowly, so a cached norm is
/// reused until the stream has grown by a sixteenth since it was computed.
#[derive(Clone, Copy, Debug)]
struct Cached<T> {
    docs: u64,
    value: T,
}

fn fresh<T: Copy>(cell: &Cell<Option<Cached<T>>>, vocab: &Vocab, compute: impl Fn() -> T) -> T {
    let docs = vocab.seen();
    match cell.get() {
        Some(c) if docs <= c.docs + c.docs / 16 => c.value,
        _ => {
            let value = compute();
            cell.set(Some(Cached { docs, value }));
            value
        }
    }
}

/// Limits on what a story keeps.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub members: usize,
    pub centroid_terms: usize,
}

impl Story {
    pub fn new(id: u64) -> Story {
        Story {
            id,
            centroid: Map::default(),
            headline: Map::default(),
            members: VecDeque::new(),
            norms: Cell::new(None),
            size: 0,
            years: Vec::new(),
            first_day: None,
            last_day: None,
            sources: Vec::new(),
            dup_entries: Vec::new(),
            index_terms: Vec::new(),
            last_seq: 0,
        }
    }

    /// Adds a document.
    pub fn add(&mut self, doc: &Prepared, source: u64, vocab: &Vocab, limits: Limits, seq: u64) {
        for &(t, w) in &doc.content {
            *self.centroid.entry(t).or_default() += w;
        }
        for &(t, w) in &doc.headline {
            *self.headline.entry(t).or_default() += w;
        }
        let mut member = top_by_weight(doc.content.iter().copied(), vocab, MEMBER_TERMS);
        member.sort_unstable_by_key(|&(t, _)| t);
        self.members.push_back(Member { vec: member, norm: Cell::new(None) });
        self.size += 1;
        self.add_years(&doc.years, doc.day);
        self.widen_days(doc.day, doc.day);
        if !self.sources.contains(&source) {
            self.sources.push(source);
        }
        self.last_seq = seq;
        self.trim(vocab, limits);
    }

    /// Folds another story into this one.
    pub fn absorb(&mut self, other: Story, vocab: &Vocab, limits: Limits) {
        for (t, w) in other.centroid {
            *self.centroid.entry(t).or_default() += w;
        }
        for (t, w) in other.headline {
            *self.headline.entry(t).or_default() += w;
        }
        self.members.extend(other.members);
        self.size += other.size;
        self.add_years(&other.years, None);
        self.widen_days(other.first_day, other.last_day);
        for s in other.sources {
            if !self.sources.contains(&s) {
                self.sources.push(s);
            }
        }
        self.dup_entries.extend(other.dup_entries);
        self.last_seq = self.last_seq.max(other.last_seq);
        self.trim(vocab, limits);
    }

    /// The terms that should index this story now.
    pub fn wanted_index_terms(&self, vocab: &Vocab, n: usize) -> Vec<u32> {
        let mut terms: Vec<u32> =
            top_by_weight(self.centroid.iter().map(|(&t, &w)| (t, w)), vocab, n)
                .into_iter()
                .map(|(t, _)| t)
                .collect();
        // The story's names are indexed whatever their IDF (see `Prepared::query_terms`).
        let names =
            self.centroid.iter().filter(|(t, _)| vocab.is_entity(**t) && !terms.contains(t));
        let names = top_by_weight(names.map(|(&t, &w)| (t, w)), vocab, n / 2);
        terms.extend(names.into_iter().map(|(t, _)| t));
        terms.sort_unstable();
        terms
    }

    /// The similarity features of a document against this story.
    pub fn features(&self, doc: &Prepared, vocab: &Vocab, sigma_days: f32) -> Features {
        let (centroid, entity) = self.centroid_similarity(doc, vocab);
        let member = self.members.iter().map(|m| m.cosine(doc, vocab)).fold(0.0, f32::max);
        let headline_norm = self.norms(vocab)[2];
        let headline = map_cosine(
            &doc.headline_weighted,
            doc.headline_norm,
            &self.headline,
            headline_norm,
            vocab,
        );
        let mut x = [0.0f32; FEATURES.len()];
        x[0] = centroid;
        x[1] = member;
        x[2] = entity;
        x[3] = headline;
        x[10] = f32::from(u8::from(self.year_conflict(doc)));
        x[11] = f32::from(u8::from(doc.day.is_none() && self.last_day.is_some()));
        match self.gap_days(doc.day) {
            Some(gap) => {
                x[4] = (-(gap * gap) / (2.0 * sigma_days * sigma_days)).exp();
                x[5] = (-gap / LONG_TIME_SCALE).exp();
            }
            None => {
                x[6] = 1.0;
                x[7] = centroid;
                x[8] = member;
                x[9] = entity;
            }
        }
        x
    }

    pub fn centroid_len(&self) -> usize {
        self.centroid.len()
    }

    /// The first and last publication day of the story's dated documents.
    pub fn date_range(&self) -> Option<(i32, i32)> {
        Some((self.first_day?, self.last_day?))
    }

    /// Days between a date and the nearest end of this story's date range.
    pub fn gap_days(&self, day: Option<i32>) -> Option<f32> {
        let (day, first, last) = (day?, self.first_day?, self.last_day?);
        let gap = if day < first { first - day } else { (day - last).max(0) };
        Some(gap as f32)
    }

    fn norms(&self, vocab: &Vocab) -> [f32; 3] {
        fresh(&self.norms, vocab, || {
            let (mut norm, mut entity_norm) = (0.0f32, 0.0f32);
            for (&t, &w) in &self.centroid {
                let w = w * vocab.idf(t);
                norm += w * w;
                if vocab.is_entity(t) {
                    entity_norm += w * w;
                }
            }
            let headline: f32 =
                self.headline.iter().map(|(&t, &w)| (w * vocab.idf(t)).powi(2)).sum();
            [norm.sqrt(), entity_norm.sqrt(), headline.sqrt()]
        })
    }

    fn centroid_similarity(&self, doc: &Prepared, vocab: &Vocab) -> (f32, f32) {
        let [norm, entity_norm, _] = self.norms(vocab);
        let (mut dot, mut entity_dot) = (0.0f32, 0.0f32);
        for &(t, dw) in &doc.weighted {
            if let Some(&cw) = self.centroid.get(&t) {
                let p = dw * cw * vocab.idf(t);
                dot += p;
                if vocab.is_entity(t) {
                    entity_dot += p;
                }
            }
        }
        (ratio(dot, doc.norm * norm), ratio(entity_dot, doc.entity_norm * entity_norm))
    }

    fn add_years(&mut self, years: &[u16], day: Option<i32>) {
        let own = day.and_then(year_of);
        for &y in years.iter().chain(own.as_ref()) {
            if self.years.len() < MAX_YEARS && !self.years.contains(&y) {
                self.years.push(y);
            }
        }
    }

    /// Both sides name years (in text or by date) and share none.
    fn year_conflict(&self, doc: &Prepared) -> bool {
        let own = doc.day.and_then(year_of);
        let mut doc_years = doc.years.iter().chain(own.as_ref()).peekable();
        doc_years.peek().is_some()
            && !self.years.is_empty()
            && !doc_years.any(|y| self.years.contains(y))
    }

    fn widen_days(&mut self, first: Option<i32>, last: Option<i32>) {
        self.first_day = match (self.first_day, first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last_day = match (self.last_day, last) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }

    fn trim(&mut self, vocab: &Vocab, limits: Limits) {
        self.norms.set(None);
        while self.members.len() > limits.members {
            self.members.pop_front();
        }
        if self.centroid.len() > limits.centroid_terms * 2 {
            let keep = top_by_weight(self.centroid.drain(), vocab, limits.centroid_terms);
            self.centroid.extend(keep);
        }
        if self.headline.len() > HEADLINE_TERMS * 2 {
            let keep = top_by_weight(self.headline.drain(), vocab, HEADLINE_TERMS);
            self.headline.extend(keep);
        }
    }
}

/// The `n` entries with the highest IDF-weighted value, ties by term id.
fn top_by_weight(items: impl Iterator<Item = (u32, f32)>, vocab: &Vocab, n: usize) -> SparseVec {
    let mut v: Vec<(u32, f32, f32)> = items.map(|(t, w)| (t, w, w * vocab.idf(t))).collect();
    v.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v.into_iter().map(|(t, w, _)| (t, w)).collect()
}

fn ratio(num: f32, den: f32) -> f32 {
    if den > 0.0 { (num / den).clamp(0.0, 1.0) } else { 0.0 }
}

impl Member {
    /// Cosine with a prepared document (both sorted by term).
    fn cosine(&self, doc: &Prepared, vocab: &Vocab) -> f32 {
        let norm = fresh(&self.norm, vocab, || {
            self.vec.iter().map(|&(t, w)| (w * vocab.idf(t)).powi(2)).sum::<f32>().sqrt()
        });
        let (mut dot, mut i) = (0.0f32, 0);
        for &(t, w) in &self.vec {
            while i < doc.weighted.len() && doc.weighted[i].0 < t {
                i += 1;
            }
            if i < doc.weighted.len() && doc.weighted[i].0 == t {
                dot += w * vocab.idf(t) * doc.weighted[i].1;
            }
        }
        ratio(dot, doc.norm * norm)
    }
}

/// Cosine between a weighted vector and a raw map (weighted here).
fn map_cosine(
    weighted: &[(u32, f32)],
    norm: f32,
    map: &Map<u32, f32>,
    map_norm: f32,
    vocab: &Vocab,
) -> f32 {
    let dot: f32 =
        weighted.iter().filter_map(|&(t, w)| map.get(&t).map(|&m| w * m * vocab.idf(t))).sum();
    ratio(dot, norm * map_norm)
}

/// The calendar year of a day number (days from the common era).
fn year_of(day: i32) -> Option<u16> {
    use chrono::Datelike;
    let date = chrono::NaiveDate::from_num_days_from_ce_opt(day)?;
    u16::try_from(date.year()).ok()
}
