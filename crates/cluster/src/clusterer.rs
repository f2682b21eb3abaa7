//! The stateful, ordered story clusterer.

use crate::config::ClusterConfig;
use crate::dedup::{DupIndex, Entry};
use crate::hash::{Map, hash_str, mix};
use crate::index::Postings;
use crate::join::{FITTED, Features, JoinModel};
use crate::story::{Limits, Story};
use crate::text::analyse;
use crate::vocab::{Prepared, Vocab};
use crate::{Assignment, ClusterDoc, StoryId};
use chrono::Datelike;

/// A story keeps at most this many documents in the duplicate index: its first
/// [`DUP_ENTRIES_KEPT_FIRST`] and its most recent, so long-running stories stay small.
const DUP_ENTRIES_PER_STORY: usize = 32;
const DUP_ENTRIES_KEPT_FIRST: usize = 8;

/// Assigns documents, one at a time and in stream order, to stories.
#[derive(Debug)]
pub struct StoryClusterer {
    config: ClusterConfig,
    model: JoinModel,
    vocab: Vocab,
    stories: Map<u64, Story>,
    postings: Postings,
    dups: DupIndex,
    next_story: u64,
    seq: u64,
    clock: Option<i32>,
    /// Merges not yet taken by [`StoryClusterer::take_merges`].
    merges: Vec<(StoryId, StoryId)>,
    merged_into: Map<u64, u64>,
    /// Evicted stories not yet taken by [`StoryClusterer::take_closed`]: id → independent
    /// source count.
    evicted: Map<u64, u32>,
    evicted_total: usize,
    peak_resident: usize,
    /// Candidate stories scored so far, a machine-independent measure of the work done.
    scored: u64,
}

/// A story evicted from memory: no later document can join it. A streaming caller takes these
/// with [`StoryClusterer::take_closed`] and keeps them in its store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClosedStory {
    pub story: StoryId,
    /// Independent sources: outlets count once, and copies count as their original.
    pub independent_sources: u32,
}

/// Whether a story of this size re-chooses its index terms after an update: always while small,
/// then every eighth document, so a story with hundreds of documents costs no more per update
/// than a small one.
fn reindex_due(size: u32) -> bool {
    size <= 16 || size.is_multiple_of(8)
}

/// Counts of what a clusterer holds in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StateSize {
    pub stories: usize,
    /// Documents in resident stories (their vectors are summarised, not kept).
    pub documents: usize,
    pub centroid_terms: usize,
    pub duplicate_entries: usize,
    pub postings: usize,
    /// Evicted stories not yet taken, kept as id → independent-source count.
    pub evicted: usize,
    /// Merges not yet taken.
    pub merges: usize,
}

/// A candidate story with its features and join probability.
#[derive(Clone, Debug)]
pub(crate) struct Scored {
    pub story: u64,
    pub features: Features,
    pub probability: f32,
}

impl StoryClusterer {
    pub(crate) fn new(config: ClusterConfig) -> StoryClusterer {
        StoryClusterer {
            config,
            model: FITTED,
            vocab: Vocab::default(),
            stories: Map::default(),
            postings: Postings::default(),
            dups: DupIndex::default(),
            next_story: 1,
            seq: 0,
            clock: None,
            merges: Vec::new(),
            merged_into: Map::default(),
            evicted: Map::default(),
            evicted_total: 0,
            peak_resident: 0,
            scored: 0,
        }
    }

    /// Replaces the join model (for refitting and experiments).
    pub fn with_model(mut self, model: JoinModel) -> StoryClusterer {
        self.model = model;
        self
    }

    /// Assigns one document: to the story of the text it copies, to the most probable candidate
    /// story, or to a new story.
    pub fn assign(&mut self, doc: &ClusterDoc) -> Assignment {
        let prepared = self.prepare(doc);
        if let Some((story, root, source, similarity)) = self.duplicate(&prepared) {
            self.commit(doc.id, &prepared, story, source, Some(root.clone()));
            return Assignment {
                story: StoryId(story),
                duplicate_of: Some(root),
                similarity,
                new_story: false,
            };
        }
        let scored = self.score(&prepared);
        self.scored += scored.len() as u64;
        let best = scored.first().map(|s| s.probability).unwrap_or(0.0);
        let source = self.source_key(doc.outlet);
        if best < self.config.join_threshold {
            let story = self.new_story_id();
            self.commit(doc.id, &prepared, story, source, None);
            return Assignment {
                story: StoryId(story),
                duplicate_of: None,
                similarity: best,
                new_story: true,
            };
        }
        let story = self.merge_strong(&scored);
        self.commit(doc.id, &prepared, story, source, None);
        Assignment { story: StoryId(story), duplicate_of: None, similarity: best, new_story: false }
    }

    /// Stories that turned out to be one, in the order it happened: `(absorbed, survivor)`;
    /// only those not yet taken by [`StoryClusterer::take_merges`].
    pub fn merges(&self) -> &[(StoryId, StoryId)] {
        &self.merges
    }

    /// Hands over the merges so far and forgets them: afterwards [`StoryClusterer::story_of`]
    /// no longer follows them, so the caller must apply them to what it stored. A streaming
    /// caller does this to keep the clusterer's memory bounded.
    pub fn take_merges(&mut self) -> Vec<(StoryId, StoryId)> {
        self.merged_into.clear();
        std::mem::take(&mut self.merges)
    }

    /// Hands over the stories evicted so far (cold, or past the resident cap), in id order, and
    /// forgets them: afterwards [`StoryClusterer::independent_sources`] reports 0 for them.
    pub fn take_closed(&mut self) -> Vec<ClosedStory> {
        let mut closed: Vec<ClosedStory> = self
            .evicted
            .drain()
            .map(|(id, n)| ClosedStory { story: StoryId(id), independent_sources: n })
            .collect();
        closed.sort_unstable_by_key(|c| c.story);
        closed
    }

    /// The surviving id of a story, following merges.
    pub fn story_of(&self, story: StoryId) -> StoryId {
        let mut id = story.0;
        while let Some(&next) = self.merged_into.get(&id) {
            id = next;
        }
        StoryId(id)
    }

    /// Independent sources of a story: outlets count once, and copies count as their original.
    pub fn independent_sources(&self, story: StoryId) -> usize {
        let id = self.story_of(story).0;
        match self.stories.get(&id) {
            Some(s) => s.sources.len(),
            None => self.evicted.get(&id).map_or(0, |&n| n as usize),
        }
    }

    /// Stories currently held in memory.
    pub fn resident_stories(&self) -> usize {
        self.stories.len()
    }

    /// The most stories ever held in memory at once.
    pub fn peak_resident_stories(&self) -> usize {
        self.peak_resident
    }

    /// Candidate stories scored so far, over all documents: the work per document, measured
    /// without a clock.
    pub fn candidates_scored(&self) -> u64 {
        self.scored
    }

    /// Stories evicted so far, taken or not.
    pub fn evicted_stories(&self) -> usize {
        self.evicted_total
    }

    /// What the clusterer holds in memory now.
    pub fn state_size(&self) -> StateSize {
        StateSize {
            stories: self.stories.len(),
            documents: self.stories.values().map(|s| s.size as usize).sum(),
            centroid_terms: self.stories.values().map(Story::centroid_len).sum(),
            duplicate_entries: self.dups.len(),
            postings: self.postings.len(),
            evicted: self.evicted.len(),
            merges: self.merged_into.len(),
        }
    }

    pub(crate) fn prepare(&mut self, doc: &ClusterDoc) -> Prepared {
        self.seq += 1;
        let day = doc.published.map(|d| d.num_days_from_ce());
        if let Some(d) = day
            && self.clock.is_none_or(|c| d > c)
        {
            self.clock = Some(d);
            self.evict_cold();
        }
        let text = analyse(doc.title, doc.body, doc.entities);
        Prepared::new(&mut self.vocab, &text, day, &self.config)
    }

    /// Candidate stories, most probable first (ties by older story).
    pub(crate) fn score(&self, doc: &Prepared) -> Vec<Scored> {
        let query = doc.query_terms(&self.vocab, self.config.index_terms);
        let features: Vec<(u64, Features)> = self
            .postings
            .candidates(&query, self.config.candidates)
            .into_iter()
            .filter(|&id| !self.is_cold_for(doc, id))
            .filter_map(|id| self.features(doc, id).map(|f| (id, f)))
            .collect();
        let mut scored: Vec<Scored> = features
            .into_iter()
            .map(|(story, features)| Scored {
                story,
                features,
                probability: self.model.probability(&features),
            })
            .collect();
        scored.sort_by(|a, b| b.probability.total_cmp(&a.probability).then(a.story.cmp(&b.story)));
        scored
    }

    /// A dated document never joins a story whose dates end more than `max_join_gap_days`
    /// away, even while the story is still in memory.
    fn is_cold_for(&self, doc: &Prepared, story: u64) -> bool {
        let gap = self.stories.get(&story).and_then(|s| s.gap_days(doc.day));
        gap.is_some_and(|g| g > self.config.max_join_gap_days as f32)
    }

    pub(crate) fn features(&self, doc: &Prepared, story: u64) -> Option<Features> {
        let s = self.stories.get(&story)?;
        Some(s.features(doc, &self.vocab, self.config.time_sigma_days))
    }

    pub(crate) fn new_story_id(&mut self) -> u64 {
        self.next_story += 1;
        self.next_story - 1
    }

    pub(crate) fn source_key(&self, outlet: Option<&str>) -> u64 {
        match outlet.map(str::trim).filter(|o| !o.is_empty()) {
            Some(o) => hash_str(&format!("outlet:{}", o.to_lowercase())),
            None => mix(self.seq ^ 0x9e37_79b9_7f4a_7c15),
        }
    }

    /// The story, root id, source key and similarity of the text this document copies.
    pub(crate) fn duplicate(&self, doc: &Prepared) -> Option<(u64, String, u64, f32)> {
        if doc.shingles < self.config.min_shingles {
            return None;
        }
        let min = self.config.duplicate_min_similarity;
        let (entry, sim) = self.dups.find(&doc.signature, doc.shingles, min)?;
        let story = entry.story;
        self.stories.contains_key(&story).then(|| (story, entry.root.clone(), entry.source, sim))
    }

    /// Adds a document to a story (created if new) and updates every index.
    pub(crate) fn commit(
        &mut self,
        doc_id: &str,
        doc: &Prepared,
        story: u64,
        source: u64,
        root: Option<String>,
    ) {
        let limits = self.limits();
        let s = self.stories.entry(story).or_insert_with(|| Story::new(story));
        s.add(doc, source, &self.vocab, limits, self.seq);
        if doc.shingles >= self.config.min_shingles {
            let root = root.unwrap_or_else(|| doc_id.to_string());
            let (signature, shingles, seq) = (doc.signature.clone(), doc.shingles, self.seq);
            let entry = Entry { signature, shingles, root, story, source, seq };
            s.dup_entries.push(self.dups.insert(entry));
            if s.dup_entries.len() > DUP_ENTRIES_PER_STORY {
                self.dups.remove(s.dup_entries.remove(DUP_ENTRIES_KEPT_FIRST));
            }
        }
        if reindex_due(s.size) {
            let wanted = s.wanted_index_terms(&self.vocab, self.config.index_terms);
            self.postings.reindex(story, &s.index_terms, &wanted, self.config.max_postings);
            s.index_terms = wanted;
        }
        self.vocab.observe(&doc.term_ids());
        self.peak_resident = self.peak_resident.max(self.stories.len());
        if self.stories.len() > self.config.max_resident_stories {
            self.evict_least_recent();
        }
    }

    fn limits(&self) -> Limits {
        Limits {
            members: self.config.members_kept.max(1),
            centroid_terms: self.config.centroid_terms.max(self.config.index_terms),
        }
    }

    /// Merges every candidate that reached the merge threshold, and whose dates lie within
    /// `cold_after_days` of the best candidate's, into the oldest of them and the best
    /// candidate; returns the surviving id.
    fn merge_strong(&mut self, scored: &[Scored]) -> u64 {
        let mut group: Vec<u64> = vec![scored[0].story];
        group.extend(
            scored[1..]
                .iter()
                .filter(|s| s.probability >= self.config.merge_threshold)
                .filter(|s| self.close_in_time(scored[0].story, s.story))
                .map(|s| s.story),
        );
        let survivor = group.iter().copied().min().unwrap_or(scored[0].story);
        for absorbed in group.into_iter().filter(|&g| g != survivor) {
            self.merge(absorbed, survivor);
        }
        survivor
    }

    /// Whether two stories' date ranges come within `cold_after_days` (true when either is
    /// undated).
    fn close_in_time(&self, a: u64, b: u64) -> bool {
        let (Some(a), Some(b)) = (self.stories.get(&a), self.stories.get(&b)) else {
            return false;
        };
        match (a.date_range(), b.date_range()) {
            (Some((a0, a1)), Some((b0, b1))) => {
                a0.max(b0) - a1.min(b1) <= self.config.cold_after_days as i32
            }
            _ => true,
        }
    }

    fn merge(&mut self, absorbed: u64, survivor: u64) {
        let Some(other) = self.stories.remove(&absorbed) else { return };
        self.postings.remove(absorbed, &other.index_terms);
        let limits = self.limits();
        for &e in &other.dup_entries {
            self.dups.retarget(e, survivor);
        }
        if let Some(s) = self.stories.get_mut(&survivor) {
            s.absorb(other, &self.vocab, limits);
        }
        self.merged_into.insert(absorbed, survivor);
        self.merges.push((StoryId(absorbed), StoryId(survivor)));
    }

    /// Evicts dated stories cold for more than `cold_after_days`, once enough are resident.
    fn evict_cold(&mut self) {
        let Some(clock) = self.clock else { return };
        if self.stories.len() <= self.config.min_resident_stories {
            return;
        }
        let cutoff = clock - self.config.cold_after_days as i32;
        let mut cold: Vec<u64> = self
            .stories
            .values()
            .filter(|s| s.last_day.is_some_and(|d| d < cutoff))
            .map(|s| s.id)
            .collect();
        cold.sort_unstable();
        for id in cold {
            self.evict(id);
        }
    }

    /// Evicts the least recently updated tenth of the resident stories.
    fn evict_least_recent(&mut self) {
        let mut by_age: Vec<(u64, u64)> =
            self.stories.values().map(|s| (s.last_seq, s.id)).collect();
        by_age.sort_unstable();
        let n = (by_age.len() / 10).max(1);
        for (_, id) in by_age.into_iter().take(n) {
            self.evict(id);
        }
    }

    fn evict(&mut self, id: u64) {
        let Some(story) = self.stories.remove(&id) else { return };
        self.postings.remove(id, &story.index_terms);
        for &e in &story.dup_entries {
            self.dups.remove(e);
        }
        self.evicted.insert(id, story.sources.len() as u32);
        self.evicted_total += 1;
    }
}
