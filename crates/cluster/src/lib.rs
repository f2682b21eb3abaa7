//! Online story clustering and near-duplicate detection.
//!
//! Documents arrive one at a time in publication order ([`stream_order`]); each is assigned once,
//! with no look-ahead, to an existing story or to a new one ([`StoryClusterer::assign`]).
//!
//! How a document is matched:
//!
//! 1. Its body is tokenised (lowercased, stopwords removed, light suffix stemming); capitalised
//!    word sequences (or the caller's entity keys) become entity features; title tokens are
//!    weighted up. Weights are TF-IDF with document frequencies learned online from the stream.
//! 2. MinHash signatures of word shingles, with banded LSH, find near-duplicates (wire copies,
//!    syndication): a copy joins its original's story and does not count as an independent
//!    source.
//! 3. Candidate stories come from an inverted index over each story's top-weighted terms, with
//!    bounded posting lists, so the cost per document stays flat as the stream grows.
//! 4. For each candidate a small logistic model ([`join`]) turns similarities (centroid, best
//!    member, entities, headline), time proximity (Gaussian and 30-day kernels), a conflict of
//!    mentioned years and whether dates are missing into a join probability; the best
//!    candidate is joined when that probability passes [`ClusterConfig::join_threshold`]. The
//!    weights are fitted offline ([`training`], `examples/fit_join_model.rs`).
//! 5. When a document binds two stories strongly and their dates are close, the stories merge
//!    ([`StoryClusterer::merges`]).
//! 6. Stories cold for [`ClusterConfig::cold_after_days`] are evicted from memory, keeping only
//!    their id and independent-source count until the caller takes them
//!    ([`StoryClusterer::take_closed`], and merges with [`StoryClusterer::take_merges`]) to keep
//!    in its store; document frequencies live in a fixed-size hashed table that is halved every
//!    100,000 documents. Per-document cost and memory therefore stay flat as the stream grows
//!    (`benches/stream.rs`, which spills what it takes to a file).
//!
//! **Invariant:** the output depends only on the documents' content, dates, outlets and order;
//! ids are never a signal, and every map that is iterated has a fixed hasher.

mod clusterer;
mod config;
mod dedup;
mod hash;
mod index;
pub mod join;
mod story;
pub mod synth;
mod text;
pub mod training;
mod vocab;

pub use clusterer::{ClosedStory, StateSize, StoryClusterer};
pub use config::ClusterConfig;

use chrono::NaiveDate;
use std::fmt;

/// A story's id: a counter in order of creation, shown as `S<n>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StoryId(pub u64);

impl fmt::Display for StoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "S{}", self.0)
    }
}

/// What the clusterer needs to know about one document.
#[derive(Clone, Copy, Debug)]
pub struct ClusterDoc<'a> {
    pub id: &'a str,
    pub published: Option<NaiveDate>,
    pub title: Option<&'a str>,
    /// The cleaned article body.
    pub body: &'a str,
    /// Canonical outlet name, used to count independent sources.
    pub outlet: Option<&'a str>,
    /// `(entity key, label)` pairs such as `("country:KP", "GPE")`; when empty, capitalised word
    /// sequences of the body stand in for entities.
    pub entities: &'a [(String, &'a str)],
}

/// Where a document went.
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    pub story: StoryId,
    /// The earliest document this one copies, when it is a near-duplicate.
    pub duplicate_of: Option<String>,
    /// The join probability of the chosen story (for a new story: of the best candidate, or 0;
    /// for a duplicate: the estimated Jaccard similarity of the two texts' shingles).
    pub similarity: f32,
    pub new_story: bool,
}

/// Orders documents for a stream: by publication date, undated last, ties in input order.
pub fn stream_order(dates: &[Option<NaiveDate>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_key(|&i| (dates[i].is_none(), dates[i], i));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn stream_order_puts_undated_last_and_keeps_input_order_for_ties() {
        let dates = [None, day("2020-01-02"), day("2020-01-01"), None, day("2020-01-01")];
        assert_eq!(stream_order(&dates), vec![2, 4, 1, 0, 3]);
    }

    #[test]
    fn story_id_displays_with_prefix() {
        assert_eq!(StoryId(7).to_string(), "S7");
    }
}
