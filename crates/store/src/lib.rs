//! The store: one SQLite file holding every document analysed, its annotations and
//! provenance, and the stories documents belong to.
//!
//! Writes happen in transactions, one per batch, so a run killed at any moment loses at most
//! the batch in flight. A document already stored (same content hash) is never stored twice.
//! The schema is versioned ([`migrations`]) and upgraded on open.

mod migrations;

use parallax_model::StoredDocument;
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored record is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("store schema version {found} is newer than this parallax understands ({known})")]
    TooNew { found: i64, known: i64 },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What happened to each document of a batch.
#[derive(Debug, Default, PartialEq)]
pub struct InsertOutcome {
    /// Ids of the documents added.
    pub added: Vec<String>,
    /// Documents already stored: (id in this batch, id already stored with the same content).
    pub already_stored: Vec<(String, String)>,
    /// Documents stored under a new id because their id was taken by different content:
    /// (id given, id used).
    pub renamed: Vec<(String, String)>,
}

/// A story as stored: its id and the documents it holds.
pub type StoryRow = parallax_model::StoryMembers;

type Row = (String, String, String, String, String, String, Option<String>, String);

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn };
        migrations::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// An in-memory store, for tests.
    pub fn in_memory() -> Result<Store> {
        let mut store = Store { conn: Connection::open_in_memory()? };
        migrations::migrate(&mut store.conn)?;
        Ok(store)
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Stores a batch of documents in one transaction.
    pub fn insert_batch(&mut self, docs: &[StoredDocument]) -> Result<InsertOutcome> {
        let tx = self.conn.transaction()?;
        let mut outcome = InsertOutcome::default();
        for doc in docs {
            let existing: Option<String> = tx
                .query_row(
                    "SELECT id FROM documents WHERE content_hash = ?1",
                    [&doc.content_hash],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(existing) = existing {
                outcome.already_stored.push((doc.record.id.clone(), existing));
                continue;
            }
            let id = free_id(&tx, &doc.record.id)?;
            if id != doc.record.id {
                outcome.renamed.push((doc.record.id.clone(), id.clone()));
            }
            let mut record = doc.record.clone();
            record.id = id.clone();
            tx.execute(
                "INSERT INTO documents (id, content_hash, origin, format, url, title, outlet, published, language, text, record, provenance, claims)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    id,
                    doc.content_hash,
                    serde_json::to_string(&doc.origin)?,
                    doc.format.as_str(),
                    doc.url,
                    record.title,
                    record.outlet,
                    record.published,
                    record.language,
                    doc.text,
                    serde_json::to_string(&record)?,
                    serde_json::to_string(&doc.provenance)?,
                    serde_json::to_string(&doc.claims)?,
                ],
            )?;
            outcome.added.push(id);
        }
        tx.commit()?;
        Ok(outcome)
    }

    pub fn n_documents(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// Every stored document, in the order they were stored.
    pub fn documents(&self) -> Result<Vec<StoredDocument>> {
        let mut stmt = self.conn.prepare(
            "SELECT record, text, content_hash, origin, format, provenance, url, claims FROM documents ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            let row: Row = (
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            );
            Ok(row)
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (record, text, content_hash, origin, format, provenance, url, claims) = row?;
            out.push(StoredDocument {
                record: serde_json::from_str(&record)?,
                text,
                content_hash,
                origin: serde_json::from_str(&origin)?,
                format: serde_json::from_value(serde_json::Value::String(format))?,
                provenance: serde_json::from_str(&provenance)?,
                url,
                claims: serde_json::from_str(&claims)?,
            });
        }
        Ok(out)
    }

    /// Replaces every story assignment in one transaction.
    pub fn replace_stories(&mut self, stories: &[StoryRow]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM story_documents", [])?;
        tx.execute("DELETE FROM stories", [])?;
        for story in stories {
            tx.execute(
                "INSERT INTO stories (id, independent_sources, n_documents) VALUES (?1, ?2, ?3)",
                params![story.id, story.independent_sources as i64, story.documents.len() as i64],
            )?;
            for (position, (doc, duplicate_of)) in story.documents.iter().enumerate() {
                tx.execute(
                    "INSERT INTO story_documents (doc_id, story_id, position, duplicate_of) VALUES (?1, ?2, ?3, ?4)",
                    params![doc, story.id, position as i64, duplicate_of],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every story with its documents, in story order.
    pub fn stories(&self) -> Result<Vec<StoryRow>> {
        let mut stmt = self.conn.prepare(
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
}

/// `id` if no stored document has it, else `id~2`, `id~3`, ...
fn free_id(tx: &rusqlite::Transaction, id: &str) -> Result<String> {
    let taken = |candidate: &str| -> Result<bool> {
        Ok(tx
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [candidate], |_| Ok(()))
            .optional()?
            .is_some())
    };
    if !taken(id)? {
        return Ok(id.to_string());
    }
    let mut n = 2;
    loop {
        let candidate = format!("{id}~{n}");
        if !taken(&candidate)? {
            return Ok(candidate);
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests;
