//! Stories: documents in publication order (then input order) through the story clusterer.

use parallax_cluster::{ClusterConfig, ClusterDoc, stream_order};
use parallax_model::{StoredDocument, StoryMembers};
use parallax_store::{Store, StoreError, StoriesChange};
use std::collections::BTreeMap;

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
    let mut clusterer = ClusterConfig::default().build();
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
    for assignment in raw.into_iter().flatten() {
        let story = clusterer.story_of(assignment.story);
        out.independent_sources.insert(story.to_string(), clusterer.independent_sources(story));
        out.assignments.push(StoryAssignment {
            story: story.to_string(),
            duplicate_of: assignment.duplicate_of,
        });
    }
    out
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
    let clustered = cluster_documents(docs);
    let mut by_story: BTreeMap<&str, Vec<(String, Option<String>)>> = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for (doc, a) in docs.iter().zip(&clustered.assignments) {
        let members = by_story.entry(&a.story).or_default();
        if members.is_empty() {
            order.push(&a.story);
        }
        members.push((doc.record.id.clone(), a.duplicate_of.clone()));
    }
    let stories: Vec<StoryMembers> = order
        .into_iter()
        .map(|id| StoryMembers {
            id: id.to_string(),
            independent_sources: clustered.independent_sources.get(id).copied().unwrap_or(1),
            documents: by_story.remove(id).unwrap_or_default(),
        })
        .collect();
    let change = store.replace_stories(&stories)?;
    Ok((stories, change))
}
