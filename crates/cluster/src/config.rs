//! User-facing clustering knobs, with their defaults.

use crate::StoryClusterer;
use serde::Deserialize;

/// Settings for [`StoryClusterer`]. Every field has a default; a config file may name any subset.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClusterConfig {
    /// Extra weight of a token that appears in the title (added to its body weight). Default 2.0.
    pub title_weight: f32,
    /// Weight of entity features relative to ordinary tokens. Default 1.5.
    pub entity_weight: f32,
    /// Width of the Gaussian time kernel, in days. Default 3.0 (Miranda et al. 2018).
    pub time_sigma_days: f32,
    /// Minimum join probability for the best candidate story. Default 0.5.
    pub join_threshold: f32,
    /// A document whose second-best story also reaches this probability merges the two stories.
    /// Default 0.9.
    pub merge_threshold: f32,
    /// Stories whose newest document is this many days older than the newest date seen are cold
    /// and are evicted from memory. Default 30.
    pub cold_after_days: u32,
    /// A dated document never joins a story whose dates are more than this many days away,
    /// even if the story is still in memory. Default 180 (ECB+ holds same-event documents
    /// dated months apart, so a tighter gate costs recall there).
    pub max_join_gap_days: u32,
    /// Below this many stories in memory nothing is evicted for age, so small collections keep
    /// every story reachable (late undated documents can still find old stories). Default 10,000.
    pub min_resident_stories: usize,
    /// Hard cap on stories in memory; past it the least recently updated are evicted, dated or
    /// not. Default 300,000.
    pub max_resident_stories: usize,
    /// Candidate stories scored in full per document. Default 8.
    pub candidates: usize,
    /// Terms of each story kept in the inverted index, and query terms per document. Default 24.
    pub index_terms: usize,
    /// Longest posting list kept per term (older postings drop off). Default 64.
    pub max_postings: usize,
    /// Member vectors kept per story for the best-member similarity. Default 8.
    pub members_kept: usize,
    /// Terms kept per story centroid. Default 400.
    pub centroid_terms: usize,
    /// Words per shingle for near-duplicate detection. Default 3.
    pub shingle_words: usize,
    /// Documents with fewer shingles than this are never called duplicates. Default 20.
    pub min_shingles: usize,
    /// Least estimated Jaccard similarity of shingle sets (MinHash) for a near-duplicate.
    /// Default 0.7.
    pub duplicate_min_similarity: f32,
}

impl Default for ClusterConfig {
    fn default() -> ClusterConfig {
        ClusterConfig {
            title_weight: 2.0,
            entity_weight: 1.5,
            time_sigma_days: 3.0,
            join_threshold: 0.5,
            merge_threshold: 0.9,
            cold_after_days: 30,
            max_join_gap_days: 180,
            min_resident_stories: 10_000,
            max_resident_stories: 300_000,
            candidates: 8,
            index_terms: 24,
            max_postings: 64,
            members_kept: 8,
            centroid_terms: 400,
            shingle_words: 3,
            min_shingles: 20,
            duplicate_min_similarity: 0.7,
        }
    }
}

impl ClusterConfig {
    /// The runtime clusterer for these settings.
    pub fn build(&self) -> StoryClusterer {
        StoryClusterer::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_config_keeps_other_defaults() {
        let config: ClusterConfig = serde_json::from_str(r#"{"cold_after_days": 7}"#).unwrap();
        assert_eq!(config.cold_after_days, 7);
        assert_eq!(config.join_threshold, ClusterConfig::default().join_threshold);
    }

    #[test]
    fn unknown_knob_is_rejected() {
        assert!(serde_json::from_str::<ClusterConfig>(r#"{"colder": 7}"#).is_err());
    }
}
