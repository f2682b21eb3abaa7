//! Stories: documents in publication order (then input order) through the story clusterer.

use parallax_cluster::{ClusterConfig, ClusterDoc, StoryClusterer, StoryId, stream_order};
use parallax_model::{StoredDocument, StoryMembers};
use parallax_store::{Store, StoreError, StoriesChange};
use std::collections::{BTreeMap, HashMap};

/// One document's story.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryAssignment {
    pub story: String,
    pub duplicate_of: Option<String>,
}

/// The stories of a set of documents.
#[derive(Clone, Debug, Default)]
pub struct Clustered {
    /// One per input document, in input order.
    pub assignments: Vec<StoryAssignment>,
    /// Independent sources per story: wire copies and syndicated text count once.
    pub independent_sources: BTreeMap<String, usize>,
}

/// Clusters documents as a stream would: publication order, one pass, no look-ahead.
pub fn cluster_documents(docs: &[StoredDocument]) -> Clustered {
    assign_all(&mut ClusterConfig::default().build(), docs).0
}

/// Feeds `docs` to `clusterer` in stream order. Each document's story is read after all are
/// assigned, so that it follows the merges a later document caused. Also returns each story's
/// clusterer id.
fn assign_all(
    clusterer: &mut StoryClusterer,
    docs: &[StoredDocument],
) -> (Clustered, BTreeMap<String, StoryId>) {
    let dates: Vec<_> = docs
        .iter()
        .map(|d| d.record.published.as_deref().and_then(|p| p.get(..10)?.parse().ok()))
        .collect();
    let bodies: Vec<String> = docs.iter().map(StoredDocument::body_text).collect();
    let entities: Vec<Vec<(String, &str)>> = docs.iter().map(entity_keys).collect();
    let mut raw = vec![None; docs.len()];
    for i in stream_order(&dates) {
        let record = &docs[i].record;
        let input = ClusterDoc {
            id: &record.id,
            published: dates[i],
            title: record.title.as_deref(),
            body: &bodies[i],
            outlet: record.outlet.as_deref(),
            entities: &entities[i],
        };
        raw[i] = Some(clusterer.assign(&input));
    }
    let mut out = Clustered::default();
    let mut ids = BTreeMap::new();
    for assignment in raw.into_iter().flatten() {
        let story = clusterer.story_of(assignment.story);
        out.independent_sources.insert(story.to_string(), clusterer.independent_sources(story));
        ids.insert(story.to_string(), story);
        out.assignments.push(StoryAssignment {
            story: story.to_string(),
            duplicate_of: assignment.duplicate_of,
        });
    }
    (out, ids)
}

/// The cross-document identities of a document's entities, with their labels.
fn entity_keys(doc: &StoredDocument) -> Vec<(String, &str)> {
    doc.record
        .entity_table
        .iter()
        .map(|row| (parallax_entities::link::identity_key(&row.into()), row.label.as_str()))
        .collect()
}

/// Clusters every stored document again and records the stories, rewriting only those whose
/// members changed. Returns every story and what changed.
pub fn update_stories(
    store: &mut Store,
    docs: &[StoredDocument],
) -> Result<(Vec<StoryMembers>, StoriesChange), StoreError> {
    let stories = group(docs, &cluster_documents(docs));
    let change = store.replace_stories(&stories)?;
    Ok((stories, change))
}

/// The stories of clustered documents, each with its members in the documents' order.
fn group(docs: &[StoredDocument], clustered: &Clustered) -> Vec<StoryMembers> {
    let mut by_story: BTreeMap<&str, Vec<(String, Option<String>)>> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (doc, a) in docs.iter().zip(&clustered.assignments) {
        let members = by_story.entry(&a.story).or_default();
        if members.is_empty() {
            order.push(&a.story);
        }
        members.push((doc.record.id.clone(), a.duplicate_of.clone()));
    }
    order
        .into_iter()
        .map(|id| StoryMembers {
            id: id.to_string(),
            independent_sources: clustered.independent_sources.get(id).copied().unwrap_or(1),
            documents: by_story.remove(id).unwrap_or_default(),
        })
        .collect()
}

/// Stories kept up to date as documents arrive, as a server's uploads need them: a clusterer
/// that has seen every stored document, and is given each new document once. Only the
/// stories a batch touched (those its documents joined or started, and those merged) are read
/// and written, so a batch costs what its documents cost, not what the store holds.
///
/// Arrivals are clustered in the order they come: a document published before stories that
/// have since gone cold starts a story of its own, where clustering every stored document
/// again in publication order ([`update_stories`], as `parallax analyze` and a server's first
/// upload do) could have joined it to one of them.
pub struct LiveStories {
    clusterer: StoryClusterer,
    /// Merges applied so far, for the record.
    merged: usize,
}

impl LiveStories {
    /// Clusters every stored document and records the stories, as [`update_stories`] does,
    /// keeping the clusterer for the documents to come.
    pub fn start(store: &mut Store) -> Result<(LiveStories, StoriesChange), StoreError> {
        let docs = store.documents()?;
        let mut clusterer = ClusterConfig::default().build();
        let (clustered, _) = assign_all(&mut clusterer, &docs);
        let change = store.replace_stories(&group(&docs, &clustered))?;
        // The store holds every story now: the clusterer need not remember merges and
        // evictions for anyone.
        let merged = clusterer.take_merges().len();
        clusterer.take_closed();
        Ok((LiveStories { clusterer, merged }, change))
    }

    /// Assigns documents just stored (never given to this clusterer before) and writes the
    /// stories they changed: the stories they joined or started, with their members in storage
    /// order, and the merges they caused (an absorbed story's documents move to the story that
    /// absorbed it, and the absorbed story is deleted).
    pub fn add(
        &mut self,
        store: &mut Store,
        docs: &[StoredDocument],
    ) -> Result<StoriesChange, StoreError> {
        if docs.is_empty() {
            return Ok(StoriesChange::default());
        }
        let (clustered, mut ids) = assign_all(&mut self.clusterer, docs);
        let merges = self.clusterer.take_merges();
        self.merged += merges.len();
        // The story each absorbed story ended in, following merges of merges.
        let into: HashMap<StoryId, StoryId> = merges.iter().copied().collect();
        let last = |mut id: StoryId| {
            while let Some(&next) = into.get(&id) {
                id = next;
            }
            id
        };
        let mut members: BTreeMap<String, Vec<(String, Option<String>)>> = BTreeMap::new();
        for &(absorbed, _) in &merges {
            let survivor = last(absorbed);
            ids.insert(survivor.to_string(), survivor);
            if let Some(story) = store.story(&absorbed.to_string())? {
                members.entry(survivor.to_string()).or_default().extend(story.documents);
            }
        }
        for id in ids.keys() {
            if let Some(story) = store.story(id)? {
                members.entry(id.clone()).or_default().extend(story.documents);
            }
        }
        for (doc, a) in docs.iter().zip(&clustered.assignments) {
            members
                .entry(a.story.clone())
                .or_default()
                .push((doc.record.id.clone(), a.duplicate_of.clone()));
        }
        let mut stories = Vec::with_capacity(ids.len());
        for (id, story) in &ids {
            let mut docs = members.remove(id).unwrap_or_default();
            let duplicate_of: HashMap<String, Option<String>> = docs.drain(..).collect();
            let ids: Vec<String> = duplicate_of.keys().cloned().collect();
            let documents = store
                .in_storage_order(&ids)?
                .into_iter()
                .map(|doc| {
                    let dup = duplicate_of.get(&doc).cloned().flatten();
                    (doc, dup)
                })
                .collect();
            let independent_sources = self.clusterer.independent_sources(*story).max(1);
            stories.push(StoryMembers { id: id.clone(), independent_sources, documents });
        }
        // Stories gone cold are in the store now (their counts were read above).
        self.clusterer.take_closed();
        let removed: Vec<String> = merges
            .iter()
            .map(|(absorbed, _)| absorbed.to_string())
            .filter(|id| !ids.contains_key(id))
            .collect();
        store.write_stories(&stories, &removed)
    }

    /// Stories merged since the clusterer started, including while it clustered the store.
    pub fn merged(&self) -> usize {
        self.merged
    }
}
