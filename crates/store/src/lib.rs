//! The store: one SQLite file holding every document analysed, its annotations and
//! provenance, and the stories documents belong to.
//!
//! Writes happen in transactions, one per batch, so a run killed at any moment loses at most
//! the batch in flight. A document already stored (same content hash) is never stored twice.
//! The schema is versioned ([`migrations`]) and upgraded on open.

mod entities;
mod index;
mod migrations;
mod read;
mod search;
mod stories;

pub use entities::{EntityStory, EntitySummary};
pub use search::{Highlighted, SearchHit, SearchQuery, SearchResults, fts_expression};
pub use stories::{StoriesChange, StorySummary};

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
    #[error(
        "store schema version {found} is older than this parallax ({known}); open it with `parallax analyze` to upgrade it"
    )]
    TooOld { found: i64, known: i64 },
    #[error("the search has no words to look for")]
    EmptyQuery,
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
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut store = Store { conn };
        migrations::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// Opens an existing store for reading only, as a server's request handlers do.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let store = Store { conn };
        let (found, known) = (store.schema_version()?, migrations::MIGRATIONS.len() as i64);
        if found > known {
            return Err(StoreError::TooNew { found, known });
        }
        if found < known {
            return Err(StoreError::TooOld { found, known });
        }
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

    /// Stores a batch of documents in one transaction, with their search and entity index.
    pub fn insert_batch(&mut self, docs: &[StoredDocument]) -> Result<InsertOutcome> {
        let tx = self.conn.transaction()?;
        let mut outcome = InsertOutcome::default();
        for doc in docs {
            let existing: Option<String> = tx
                .prepare_cached("SELECT id FROM documents WHERE content_hash = ?1")?
                .query_row([&doc.content_hash], |r| r.get(0))
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
            tx.prepare_cached(
                "INSERT INTO documents (id, content_hash, origin, format, url, title, outlet, published, language, text, record, provenance, claims)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
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
            ])?;
            index::index_document(&tx, tx.last_insert_rowid(), &id, doc)?;
            outcome.added.push(id);
        }
        tx.commit()?;
        Ok(outcome)
    }

    pub fn n_documents(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// The content hash of every stored document, with the document's id.
    pub fn content_hashes(&self) -> Result<std::collections::HashMap<String, String>> {
        let mut stmt = self.conn.prepare("SELECT content_hash, id FROM documents")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every stored document, in the order they were stored.
    pub fn documents(&self) -> Result<Vec<StoredDocument>> {
        read::all_documents(&self.conn)
    }

    /// One document by id.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        read::document(&self.conn, id)
    }

    /// The documents with these ids, in the order given; ids not stored are left out.
    pub fn documents_by_id(&self, ids: &[String]) -> Result<Vec<StoredDocument>> {
        read::documents_by_id(&self.conn, ids)
    }

    /// Replaces the stories in one transaction, rewriting only those whose members changed.
    pub fn replace_stories(&mut self, stories: &[StoryRow]) -> Result<StoriesChange> {
        let tx = self.conn.transaction()?;
        let change = stories::replace(&tx, stories)?;
        tx.commit()?;
        Ok(change)
    }

    /// Every story with its documents, in story order.
    pub fn stories(&self) -> Result<Vec<StoryRow>> {
        stories::all(&self.conn)
    }

    /// One story with its documents.
    pub fn story(&self, id: &str) -> Result<Option<StoryRow>> {
        stories::one(&self.conn, id)
    }

    pub fn story_summary(&self, id: &str) -> Result<Option<StorySummary>> {
        stories::summary(&self.conn, id)
    }

    /// A page of story summaries, the stories with most documents first.
    pub fn list_stories(&self, limit: usize, offset: usize) -> Result<Vec<StorySummary>> {
        stories::list(&self.conn, limit, offset)
    }

    pub fn n_stories(&self) -> Result<usize> {
        stories::count(&self.conn)
    }

    /// The story a document belongs to.
    pub fn story_of(&self, doc_id: &str) -> Result<Option<String>> {
        stories::of_document(&self.conn, doc_id)
    }

    pub fn entity(&self, id: i64) -> Result<Option<EntitySummary>> {
        entities::by_id(&self.conn, id)
    }

    pub fn entity_by_key(&self, key: &str) -> Result<Option<EntitySummary>> {
        entities::by_key(&self.conn, key)
    }

    /// The stories an entity appears in, those where most documents mention it first.
    pub fn entity_stories(&self, id: i64, limit: usize) -> Result<Vec<EntityStory>> {
        entities::stories(&self.conn, id, limit)
    }

    /// The store ids of a document's entities, by identity key.
    pub fn document_entities(&self, doc_id: &str) -> Result<Vec<(String, i64)>> {
        entities::of_document(&self.conn, doc_id)
    }

    /// Entities whose name starts with `prefix`, most mentioned first.
    pub fn find_entities(&self, prefix: &str, limit: usize) -> Result<Vec<EntitySummary>> {
        entities::find(&self.conn, prefix, limit)
    }

    /// Full-text search with filters.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        search::search(&self.conn, query)
    }

    /// SQLite's own check of the file, and the store's: every document indexed once, every
    /// story member stored. Returns the problems found; empty when the store is sound.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let integrity: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if integrity != "ok" {
            problems.push(format!("integrity check: {integrity}"));
        }
        let count = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let checks = [
            (
                "documents not in the search index",
                "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents_fts f WHERE f.doc_id = d.id)",
            ),
            (
                "search entries not under their document's rowid",
                "SELECT COUNT(*) FROM documents_fts f WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.rowid = f.rowid AND d.id = f.doc_id)",
            ),
            (
                "documents indexed more than once",
                "SELECT COUNT(*) FROM (SELECT doc_id FROM documents_fts GROUP BY doc_id HAVING COUNT(*) > 1)",
            ),
            (
                "story members not stored",
                "SELECT COUNT(*) FROM story_documents m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.doc_id)",
            ),
            (
                "stories without members",
                "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_documents m WHERE m.story_id = s.id)",
            ),
        ];
        for (what, sql) in checks {
            let n = count(sql)?;
            if n > 0 {
                problems.push(format!("{n} {what}"));
            }
        }
        Ok(problems)
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
#[cfg(test)]
mod tests_index;
