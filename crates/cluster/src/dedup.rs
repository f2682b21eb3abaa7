//! Near-duplicate lookup: MinHash signatures of word shingles with banded locality-sensitive
//! hashing (16 bands of 4 rows), verified by the estimated Jaccard similarity.

use crate::hash::{Map, mix};

/// Hash functions per signature.
pub const SIGNATURE: usize = 64;
const ROWS: usize = 4;

/// A MinHash signature: the minimum of each of [`SIGNATURE`] hash functions over the shingles.
pub type Signature = [u32; SIGNATURE];

/// The signature of a sequence of shingle hashes.
pub fn signature(shingles: impl Iterator<Item = u64>) -> Signature {
    let mut sig = [u32::MAX; SIGNATURE];
    for h in shingles {
        for (i, slot) in sig.iter_mut().enumerate() {
            let (a, b) = coefficients(i);
            let v = (h.wrapping_mul(a).wrapping_add(b) >> 32) as u32;
            *slot = (*slot).min(v);
        }
    }
    sig
}

/// Odd multiplier and offset of hash function `i` (multiply-shift universal hashing).
fn coefficients(i: usize) -> (u64, u64) {
    let seed = mix(0x6a09_e667_f3bc_c908 ^ i as u64);
    (seed | 1, mix(seed))
}

/// The share of equal slots: an estimate of the Jaccard similarity of the shingle sets.
pub fn similarity(a: &Signature, b: &Signature) -> f32 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f32 / SIGNATURE as f32
}

/// A document in the duplicate index.
#[derive(Debug, Clone)]
pub struct Entry {
    pub signature: Box<Signature>,
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
    bands: Map<u64, Vec<u32>>,
}

impl DupIndex {
    /// The earliest-inserted entry whose estimated Jaccard similarity reaches `min_similarity`,
    /// with a comparable number of shingles, and that similarity.
    pub fn find(
        &self,
        sig: &Signature,
        shingles: usize,
        min_similarity: f32,
    ) -> Option<(&Entry, f32)> {
        let mut best: Option<(&Entry, f32)> = None;
        for key in band_keys(sig) {
            for &idx in self.bands.get(&key).map(Vec::as_slice).unwrap_or(&[]) {
                let Some(e) = self.entries.get(idx as usize).and_then(Option::as_ref) else {
                    continue;
                };
                let sim = similarity(&e.signature, sig);
                let close = sim >= min_similarity && similar_length(e.shingles, shingles);
                if close && best.is_none_or(|(b, _)| e.seq < b.seq) {
                    best = Some((e, sim));
                }
            }
        }
        best
    }

    /// Documents in the index.
    pub fn len(&self) -> usize {
        self.entries.len() - self.free.len()
    }

    pub fn insert(&mut self, entry: Entry) -> u32 {
        let keys: Vec<u64> = band_keys(&entry.signature).collect();
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
        for key in keys {
            self.bands.entry(key).or_default().push(idx);
        }
        idx
    }

    /// Moves an entry to another story (its story was merged into that one).
    pub fn retarget(&mut self, idx: u32, story: u64) {
        if let Some(entry) = self.entries.get_mut(idx as usize).and_then(Option::as_mut) {
            entry.story = story;
        }
    }

    pub fn remove(&mut self, idx: u32) {
        let Some(entry) = self.entries.get_mut(idx as usize).and_then(Option::take) else {
            return;
        };
        for key in band_keys(&entry.signature) {
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

fn band_keys(sig: &Signature) -> impl Iterator<Item = u64> + '_ {
    sig.chunks(ROWS).enumerate().map(|(band, rows)| {
        rows.iter().fold(mix(band as u64 + 1), |acc, &v| mix(acc ^ u64::from(v)))
    })
}

fn similar_length(a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b) as f32, a.max(b) as f32);
    hi > 0.0 && lo / hi >= 0.7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shingles(words: &[&str]) -> Vec<u64> {
        words.windows(3).map(|w| crate::hash::hash_str(&w.join(" "))).collect()
    }

    #[test]
    fn similarity_estimates_shingle_overlap() {
        let text: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let a: Vec<&str> = text.iter().map(String::as_str).collect();
        let mut b = a.clone();
        b[100] = "changed";
        let c: Vec<&str> = a.iter().rev().copied().collect();
        let (sa, sb, sc) = (
            signature(shingles(&a).into_iter()),
            signature(shingles(&b).into_iter()),
            signature(shingles(&c).into_iter()),
        );
        assert!(similarity(&sa, &sb) > 0.85);
        assert!(similarity(&sa, &sc) < 0.15);
        let mut index = DupIndex::default();
        let entry = |sig: Signature, seq| Entry {
            signature: Box::new(sig),
            shingles: 198,
            root: format!("d{seq}"),
            story: 1,
            source: 1,
            seq,
        };
        let first = index.insert(entry(sa, 1));
        assert_eq!(index.find(&sb, 198, 0.7).map(|(e, _)| e.root.as_str()), Some("d1"));
        assert!(index.find(&sc, 198, 0.7).is_none());
        index.remove(first);
        assert!(index.find(&sb, 198, 0.7).is_none());
    }
}
