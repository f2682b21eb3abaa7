//! Near-duplicate lookup: SimHash fingerprints split into four 16-bit bands, so any two
//! fingerprints within three differing bits share at least one band.

use crate::hash::Map;

/// A document in the duplicate index.
#[derive(Debug, Clone)]
pub struct Entry {
    pub hash: u64,
    pub shingles: usize,
    /// The earliest copy of this text (the document itself, unless it is a copy).
    pub root: String,
    pub story: u64,
    pub source: u64,
    /// Insertion order, so the earliest match wins.
    pub seq: u64,
}

#[derive(Debug, Default)]
pub struct DupIndex {
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
    bands: Map<u32, Vec<u32>>,
}

const BANDS: u32 = 4;

impl DupIndex {
    /// The earliest-inserted entry within `max_bits` (at most 3) of `hash`, with a comparable
    /// number of shingles.
    pub fn find(&self, hash: u64, shingles: usize, max_bits: u32) -> Option<(&Entry, u32)> {
        let mut best: Option<(&Entry, u32)> = None;
        for key in band_keys(hash) {
            for &idx in self.bands.get(&key).map(Vec::as_slice).unwrap_or(&[]) {
                let Some(e) = self.entries.get(idx as usize).and_then(Option::as_ref) else {
                    continue;
                };
                let bits = (e.hash ^ hash).count_ones();
                let close = bits <= max_bits.min(3) && similar_length(e.shingles, shingles);
                if close && best.is_none_or(|(b, _)| e.seq < b.seq) {
                    best = Some((e, bits));
                }
            }
        }
        best
    }

    pub fn insert(&mut self, entry: Entry) -> u32 {
        let hash = entry.hash;
        let idx = match self.free.pop() {
            Some(i) => {
                self.entries[i as usize] = Some(entry);
                i
            }
            None => {
                self.entries.push(Some(entry));
                (self.entries.len() - 1) as u32
            }
        };
        for key in band_keys(hash) {
            self.bands.entry(key).or_default().push(idx);
        }
        idx
    }

    pub fn remove(&mut self, idx: u32) {
        let Some(entry) = self.entries.get_mut(idx as usize).and_then(Option::take) else {
            return;
        };
        for key in band_keys(entry.hash) {
            if let Some(list) = self.bands.get_mut(&key) {
                list.retain(|&i| i != idx);
                if list.is_empty() {
                    self.bands.remove(&key);
                }
            }
        }
        self.free.push(idx);
    }
}

fn band_keys(hash: u64) -> impl Iterator<Item = u32> {
    (0..BANDS).map(move |b| (b << 16) | ((hash >> (16 * b)) & 0xffff) as u32)
}

fn similar_length(a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b) as f32, a.max(b) as f32);
    hi > 0.0 && lo / hi >= 0.7
}
