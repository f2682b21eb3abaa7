//! Stories as stored: their members, and the summary a story list shows (headline, dates,
//! counts) kept beside them so that listing stories reads no documents.

use crate::{Result, StoryRow};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use std::collections::HashMap;

/// A story as a list shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StorySummary {
    pub id: String,
    pub headline: Option<String>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub n_documents: usize,
    pub independent_sources: usize,
    pub n_outlets: usize,
}

/// What [`crate::Store::replace_stories`] changed.
#[derive(Debug, Default, PartialEq)]
pub struct StoriesChange {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
}

/// Replaces the stored stories with `stories`, writing only those whose members changed.
pub(crate) fn replace(tx: &Transaction, stories: &[StoryRow]) -> Result<StoriesChange> {
    let old: HashMap<String, StoryRow> = all(tx)?.into_iter().map(|s| (s.id.clone(), s)).collect();
    let mut change = StoriesChange::default();
    let mut written = Vec::new();
    for story in stories {
        match old.get(&story.id) {
            Some(before) if before == story => change.unchanged += 1,
            Some(_) => {
                delete(tx, &story.id)?;
                insert(tx, story)?;
                written.push(story.id.clone());
                change.updated += 1;
            }
            None => {
                insert(tx, story)?;
                written.push(story.id.clone());
                change.added += 1;
            }
        }
    }
    let kept: std::collections::HashSet<&str> = stories.iter().map(|s| s.id.as_str()).collect();
    for id in old.keys().filter(|id| !kept.contains(id.as_str())) {
        delete(tx, id)?;
        change.removed += 1;
    }
    refresh_summaries(tx, Some(&written))?;
    Ok(change)
}

/// Writes `stories` (new ones added, changed ones rewritten) and deletes the stories `removed`,
/// leaving every other story as it is: what a caller that knows which stories a batch touched
/// writes, without reading them all.
pub(crate) fn write_some(
    tx: &Transaction,
    stories: &[StoryRow],
    removed: &[String],
) -> Result<StoriesChange> {
    let mut change = StoriesChange::default();
    for id in removed {
        if one(tx, id)?.is_some() {
            delete(tx, id)?;
            change.removed += 1;
        }
    }
    let mut written = Vec::new();
    for story in stories {
        match one(tx, &story.id)? {
            Some(before) if before == *story => change.unchanged += 1,
            before => {
                if before.is_some() {
                    delete(tx, &story.id)?;
                    change.updated += 1;
                } else {
                    change.added += 1;
                }
                insert(tx, story)?;
                written.push(story.id.clone());
            }
        }
    }
    refresh_summaries(tx, Some(&written))?;
    Ok(change)
}

fn delete(tx: &Transaction, id: &str) -> Result<()> {
    tx.execute("DELETE FROM story_documents WHERE story_id = ?1", [id])?;
    tx.execute("DELETE FROM stories WHERE id = ?1", [id])?;
    Ok(())
}

fn insert(tx: &Transaction, story: &StoryRow) -> Result<()> {
    tx.execute(
        "INSERT INTO stories (id, independent_sources, n_documents) VALUES (?1, ?2, ?3)",
        params![story.id, story.independent_sources as i64, story.documents.len() as i64],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT OR REPLACE INTO story_documents (doc_id, story_id, position, duplicate_of)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, (doc, duplicate_of)) in story.documents.iter().enumerate() {
        stmt.execute(params![doc, story.id, position as i64, duplicate_of])?;
    }
    Ok(())
}

/// Recomputes the summary of the stories named (all of them with `None`): the headline is
/// the title of the earliest titled document, the dates span its documents' publication.
pub(crate) fn refresh_summaries(tx: &Transaction, ids: Option<&[String]>) -> Result<()> {
    const SQL: &str = "UPDATE stories SET
        first_published = (SELECT MIN(d.published) FROM story_documents m
            JOIN documents d ON d.id = m.doc_id WHERE m.story_id = stories.id),
        last_published = (SELECT MAX(d.published) FROM story_documents m
            JOIN documents d ON d.id = m.doc_id WHERE m.story_id = stories.id),
        n_outlets = (SELECT COUNT(DISTINCT d.outlet) FROM story_documents m
            JOIN documents d ON d.id = m.doc_id WHERE m.story_id = stories.id),
        headline = (SELECT d.title FROM story_documents m
            JOIN documents d ON d.id = m.doc_id
            WHERE m.story_id = stories.id AND d.title IS NOT NULL AND d.title <> ''
            ORDER BY d.published IS NULL, d.published, d.id LIMIT 1)";
    match ids {
        None => {
            tx.execute(SQL, [])?;
        }
        Some(ids) => {
            let mut stmt = tx.prepare_cached(&format!("{SQL} WHERE id = ?1"))?;
            for id in ids {
                stmt.execute([id])?;
            }
        }
    }
    Ok(())
}

/// Every story with its documents, in story order.
pub(crate) fn all(conn: &Connection) -> Result<Vec<StoryRow>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, s.independent_sources, d.doc_id, d.duplicate_of FROM stories s
         JOIN story_documents d ON d.story_id = s.id ORDER BY s.rowid, d.position",
    )?;
    let mut out: Vec<StoryRow> = Vec::new();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
        ))
    })?;
    for row in rows {
        let (id, independent, doc, dup) = row?;
        match out.last_mut() {
            Some(last) if last.id == id => last.documents.push((doc, dup)),
            _ => out.push(StoryRow {
                id,
                independent_sources: independent as usize,
                documents: vec![(doc, dup)],
            }),
        }
    }
    Ok(out)
}

/// One story with its documents.
pub(crate) fn one(conn: &Connection, id: &str) -> Result<Option<StoryRow>> {
    let independent: Option<i64> = conn
        .prepare_cached("SELECT independent_sources FROM stories WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let Some(independent) = independent else { return Ok(None) };
    let mut stmt = conn.prepare_cached(
        "SELECT doc_id, duplicate_of FROM story_documents WHERE story_id = ?1 ORDER BY position",
    )?;
    let documents = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Some(StoryRow { id: id.to_string(), independent_sources: independent as usize, documents }))
}

/// The story a document belongs to.
pub(crate) fn of_document(conn: &Connection, doc_id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT story_id FROM story_documents WHERE doc_id = ?1")?
        .query_row([doc_id], |r| r.get(0))
        .optional()?)
}

/// A page of story summaries: most sources first, then the most recent.
pub(crate) fn list(conn: &Connection, limit: usize, offset: usize) -> Result<Vec<StorySummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, headline, first_published, last_published, n_documents,
                independent_sources, n_outlets
         FROM stories ORDER BY n_documents DESC, last_published DESC, id LIMIT ?1 OFFSET ?2",
    )?;
    let rows = stmt.query_map(params![limit as i64, offset as i64], summary_of_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(crate) fn summary(conn: &Connection, id: &str) -> Result<Option<StorySummary>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, headline, first_published, last_published, n_documents,
                    independent_sources, n_outlets FROM stories WHERE id = ?1",
        )?
        .query_row([id], summary_of_row)
        .optional()?)
}

pub(crate) fn summary_of_row(r: &rusqlite::Row) -> rusqlite::Result<StorySummary> {
    Ok(StorySummary {
        id: r.get(0)?,
        headline: r.get(1)?,
        first_published: r.get(2)?,
        last_published: r.get(3)?,
        n_documents: r.get::<_, i64>(4)? as usize,
        independent_sources: r.get::<_, i64>(5)? as usize,
        n_outlets: r.get::<_, i64>(6)? as usize,
    })
}

pub(crate) fn count(conn: &Connection) -> Result<usize> {
    Ok(conn.query_row("SELECT COUNT(*) FROM stories", [], |r| r.get::<_, i64>(0))? as usize)
}
