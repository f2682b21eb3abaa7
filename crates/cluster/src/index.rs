//! Candidate retrieval: an inverted index from terms to the stories they characterise.

use crate::hash::Map;

/// Term → stories indexed under it, oldest first, at most `cap` per term.
#[derive(Debug, Default)]
pub struct Postings {
    lists: Map<u32, Vec<u64>>,
}

impl Postings {
    /// Moves a story from the terms in `old` to the terms in `new` (both sorted).
    pub fn reindex(&mut self, story: u64, old: &[u32], new: &[u32], cap: usize) {
        for t in old.iter().filter(|t| new.binary_search(t).is_err()) {
            self.remove_one(*t, story);
        }
        for &t in new.iter().filter(|t| old.binary_search(t).is_err()) {
            let list = self.lists.entry(t).or_default();
            list.push(story);
            if list.len() > cap {
                let excess = list.len() - cap;
                list.drain(..excess);
            }
        }
    }

    /// Postings held, over all terms.
    pub fn len(&self) -> usize {
        self.lists.values().map(Vec::len).sum()
    }

    pub fn remove(&mut self, story: u64, terms: &[u32]) {
        for &t in terms {
            self.remove_one(t, story);
        }
    }

    /// Up to `limit` stories sharing the most query weight, best first, ties by id.
    pub fn candidates(&self, query: &[(u32, f32)], limit: usize) -> Vec<u64> {
        let mut scores: Map<u64, f32> = Map::default();
        for &(t, w) in query {
            for &s in self.lists.get(&t).map(Vec::as_slice).unwrap_or(&[]) {
                *scores.entry(s).or_default() += w;
            }
        }
        let mut ranked: Vec<(u64, f32)> = scores.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.into_iter().take(limit).map(|(s, _)| s).collect()
    }

    fn remove_one(&mut self, term: u32, story: u64) {
        if let Some(list) = self.lists.get_mut(&term) {
            list.retain(|&s| s != story);
            if list.is_empty() {
                self.lists.remove(&term);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_rank_by_shared_weight_and_respect_reindexing() {
        let mut p = Postings::default();
        p.reindex(1, &[], &[10, 20], 8);
        p.reindex(2, &[], &[20, 30], 8);
        assert_eq!(p.candidates(&[(20, 1.0), (30, 0.5)], 5), vec![2, 1]);
        p.reindex(2, &[20, 30], &[40], 8);
        assert_eq!(p.candidates(&[(20, 1.0), (30, 0.5)], 5), vec![1]);
    }

    #[test]
    fn posting_lists_are_capped() {
        let mut p = Postings::default();
        for s in 0..10 {
            p.reindex(s, &[], &[7], 4);
        }
        assert_eq!(p.candidates(&[(7, 1.0)], 100), vec![6, 7, 8, 9]);
    }
}
