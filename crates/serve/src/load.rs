//! What a story, an article or an entity needs from the store, shared by the API and the
//! pages. Each runs on one read-only connection; an id not stored is a 404.

use crate::error::Problem;
use parallax_model::StoredDocument;
use parallax_report::StoryView;
use parallax_store::{EntityStory, EntitySummary, Store, StorySummary};
use serde::Serialize;
use std::collections::HashMap;

/// A story laid out for a reader, with its summary and the store ids of its entities.
#[derive(Debug, Serialize)]
pub(crate) struct StoryDetail {
    pub summary: StorySummary,
    pub story: StoryView,
    /// Entity identity key → entity id, for every entity of the story's documents.
    pub entity_ids: HashMap<String, i64>,
}

/// A stored article with the story it belongs to and the store ids of its entities.
#[derive(Debug, Serialize)]
pub(crate) struct ArticleDetail {
    pub id: String,
    pub story: Option<String>,
    #[serde(flatten)]
    pub document: StoredDocument,
    /// Entity identity key → entity id.
    pub entity_ids: HashMap<String, i64>,
}

/// An entity and the stories it appears in.
#[derive(Debug, Serialize)]
pub(crate) struct EntityDetail {
    pub entity: EntitySummary,
    pub stories: Vec<EntityStory>,
}

pub(crate) fn story(store: &Store, id: &str) -> Result<StoryDetail, Problem> {
    let missing = || Problem::not_found(format!("no story {id:?}"));
    let members = store.story(id)?.ok_or_else(missing)?;
    let summary = store.story_summary(id)?.ok_or_else(missing)?;
    let ids: Vec<String> = members.documents.iter().map(|(doc, _)| doc.clone()).collect();
    let docs = store.documents_by_id(&ids)?;
    let story = parallax_report::build(&docs, std::slice::from_ref(&members))
        .stories
        .into_iter()
        .next()
        .ok_or_else(|| Problem::internal(format!("story {id:?} has none of its documents")))?;
    let mut entity_ids = HashMap::new();
    for doc in &ids {
        entity_ids.extend(store.document_entities(doc)?);
    }
    let keys = story.who.iter().map(|w| &w.key).chain(story.quotes.iter().flat_map(|q| &q.key));
    for key in keys {
        if !entity_ids.contains_key(key)
            && let Some(e) = store.entity_by_key(key)?
        {
            entity_ids.insert(key.clone(), e.id);
        }
    }
    Ok(StoryDetail { summary, story, entity_ids })
}

pub(crate) fn article(store: &Store, id: &str) -> Result<ArticleDetail, Problem> {
    let document =
        store.document(id)?.ok_or_else(|| Problem::not_found(format!("no article {id:?}")))?;
    Ok(ArticleDetail {
        id: document.record.id.clone(),
        story: store.story_of(id)?,
        entity_ids: store.document_entities(id)?.into_iter().collect(),
        document,
    })
}

/// An entity by the id as written in the path; anything not a stored entity id is a 404.
pub(crate) fn entity(store: &Store, id: &str, limit: usize) -> Result<EntityDetail, Problem> {
    let missing = || Problem::not_found(format!("no entity {id:?}"));
    let n: i64 = id.trim().parse().map_err(|_| missing())?;
    let entity = store.entity(n)?.ok_or_else(missing)?;
    Ok(EntityDetail { entity, stories: store.entity_stories(n, limit)? })
}
