//! Entities across the store: one row per identity (knowledge-base key, else label and
//! normalised name), the documents that mention it and the stories it appears in.

use crate::Result;
use crate::stories::StorySummary;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

/// An entity of the store.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntitySummary {
    pub id: i64,
    /// The identity across documents: `country:KP`, `PERSON:antony blinken`.
    pub key: String,
    pub name: String,
    pub label: String,
    pub kb: Option<String>,
    pub n_documents: usize,
    pub n_mentions: usize,
}

/// A story an entity appears in, with how many of its documents mention it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityStory {
    pub story: StorySummary,
    pub n_documents: usize,
}

const SUMMARY: &str = "SELECT e.id, e.key, e.name, e.label, e.kb,
        (SELECT COUNT(*) FROM document_entities m WHERE m.entity_id = e.id),
        (SELECT COALESCE(SUM(m.mentions), 0) FROM document_entities m WHERE m.entity_id = e.id)
     FROM entities e";

fn summary_of_row(r: &rusqlite::Row) -> rusqlite::Result<EntitySummary> {
    Ok(EntitySummary {
        id: r.get(0)?,
        key: r.get(1)?,
        name: r.get(2)?,
        label: r.get(3)?,
        kb: r.get(4)?,
        n_documents: r.get::<_, i64>(5)? as usize,
        n_mentions: r.get::<_, i64>(6)? as usize,
    })
}

pub(crate) fn by_id(conn: &Connection, id: i64) -> Result<Option<EntitySummary>> {
    Ok(conn
        .prepare_cached(&format!("{SUMMARY} WHERE e.id = ?1"))?
        .query_row([id], summary_of_row)
        .optional()?)
}

pub(crate) fn by_key(conn: &Connection, key: &str) -> Result<Option<EntitySummary>> {
    Ok(conn
        .prepare_cached(&format!("{SUMMARY} WHERE e.key = ?1"))?
        .query_row([key], summary_of_row)
        .optional()?)
}

/// The stories an entity appears in, those where most documents mention it first.
pub(crate) fn stories(conn: &Connection, id: i64, limit: usize) -> Result<Vec<EntityStory>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.headline, s.first_published, s.last_published, s.n_documents,
                s.independent_sources, s.n_outlets, COUNT(*) AS n
         FROM document_entities m
         JOIN story_documents sd ON sd.doc_id = m.doc_id
         JOIN stories s ON s.id = sd.story_id
         WHERE m.entity_id = ?1
         GROUP BY s.id ORDER BY n DESC, s.last_published DESC, s.id LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![id, limit as i64], |r| {
        Ok(EntityStory {
            story: crate::stories::summary_of_row(r)?,
            n_documents: r.get::<_, i64>(7)? as usize,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The store ids of a document's entities, by identity key.
pub(crate) fn of_document(conn: &Connection, doc_id: &str) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.key, e.id FROM document_entities m JOIN entities e ON e.id = m.entity_id
         WHERE m.doc_id = ?1",
    )?;
    let rows = stmt.query_map([doc_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Entities whose name starts with `prefix` (case-insensitive), most mentioned first.
pub(crate) fn find(conn: &Connection, prefix: &str, limit: usize) -> Result<Vec<EntitySummary>> {
    let pattern = format!("{}%", prefix.replace(['%', '_'], ""));
    let mut stmt = conn.prepare_cached(&format!(
        "{SUMMARY} WHERE e.name LIKE ?1 ORDER BY 6 DESC, e.name LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![pattern, limit as i64], summary_of_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
