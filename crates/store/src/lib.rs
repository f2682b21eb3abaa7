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
use rusqlite::{Connection, OptionalExtension};
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
    /// Documents stored already but analysed by another engine, whose analysis this batch
    /// replaced: (id in this batch, id stored).
    pub refreshed: Vec<(String, String)>,
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

    /// Stores a batch of documents in one transaction, with their search and entity index. A
    /// document whose content is stored already is not stored twice: when the stored copy was
    /// analysed by the same engine it is left as it is, else its analysis is replaced by this
    /// one, under its stored id.
    pub fn insert_batch(&mut self, docs: &[StoredDocument]) -> Result<InsertOutcome> {
        let tx = self.conn.transaction()?;
        let mut outcome = InsertOutcome::default();
        for doc in docs {
            let existing: Option<(i64, String, String)> = tx
                .prepare_cached("SELECT rowid, id, engine FROM documents WHERE content_hash = ?1")?
                .query_row([&doc.content_hash], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            let given = doc.record.id.clone();
            match existing {
                Some((_, id, engine)) if engine == doc.engine => {
                    outcome.already_stored.push((given, id));
                }
                Some((rowid, id, _)) => {
                    refresh(&tx, rowid, &id, doc)?;
                    outcome.refreshed.push((given, id));
                }
                None => {
                    let id = free_id(&tx, &given)?;
                    if id != given {
                        outcome.renamed.push((given, id.clone()));
                    }
                    insert(&tx, &id, doc)?;
                    outcome.added.push(id);
                }
            }
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// The content hash of every document stored by `engine`, with the document's id: what a
    /// run need not analyse again.
    pub fn content_hashes(
        &self,
        engine: &str,
    ) -> Result<std::collections::HashMap<String, String>> {
        let mut stmt =
            self.conn.prepare("SELECT content_hash, id FROM documents WHERE engine = ?1")?;
        let rows = stmt.query_map([engine], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many stored documents were analysed by an engine other than `engine` (or by one
    /// not recorded).
    pub fn n_stale(&self, engine: &str) -> Result<usize> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM documents WHERE engine <> ?1",
            [engine],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    pub fn n_documents(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))?
            as usize)
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

    /// Writes the stories given and deletes those `removed`, in one transaction, leaving the
    /// others alone: for a caller that knows which stories a batch changed.
    pub fn write_stories(
        &mut self,
        stories: &[StoryRow],
        removed: &[String],
    ) -> Result<StoriesChange> {
        let tx = self.conn.transaction()?;
        let change = stories::write_some(&tx, stories, removed)?;
        tx.commit()?;
        Ok(change)
    }

    /// The ids given that are stored, in the order they were stored.
    pub fn in_storage_order(&self, ids: &[String]) -> Result<Vec<String>> {
        let mut found: Vec<(i64, String)> = Vec::with_capacity(ids.len());
        let mut stmt = self.conn.prepare_cached("SELECT rowid FROM documents WHERE id = ?1")?;
        for id in ids {
            if let Some(rowid) = stmt.query_row([id], |r| r.get::<_, i64>(0)).optional()? {
                found.push((rowid, id.clone()));
            }
        }
        found.sort_unstable();
        Ok(found.into_iter().map(|(_, id)| id).collect())
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

/// Every column a document is written with, as named parameters: an insert and an update
/// ([`INSERT`], [`UPDATE`]) name the same ones.
const INSERT: &str = "INSERT INTO documents (id, content_hash, origin, format, url, title, outlet,
        published, language, text, record, provenance, claims, engine)
    VALUES (:id, :content_hash, :origin, :format, :url, :title, :outlet, :published, :language,
        :text, :record, :provenance, :claims, :engine)";
const UPDATE: &str = "UPDATE documents SET content_hash = :content_hash, origin = :origin,
        format = :format, url = :url, title = :title, outlet = :outlet, published = :published,
        language = :language, text = :text, record = :record, provenance = :provenance,
        claims = :claims, engine = :engine
    WHERE id = :id";

/// Writes `doc` under `id` with `sql` ([`INSERT`] or [`UPDATE`]).
fn write_document(
    tx: &rusqlite::Transaction,
    sql: &str,
    id: &str,
    doc: &StoredDocument,
) -> Result<()> {
    let mut record = doc.record.clone();
    record.id = id.to_string();
    tx.prepare_cached(sql)?.execute(rusqlite::named_params! {
        ":id": id,
        ":content_hash": doc.content_hash,
        ":origin": serde_json::to_string(&doc.origin)?,
        ":format": doc.format.as_str(),
        ":url": doc.url,
        ":title": record.title,
        ":outlet": record.outlet,
        ":published": record.published,
        ":language": record.language,
        ":text": doc.text,
        ":record": serde_json::to_string(&record)?,
        ":provenance": serde_json::to_string(&doc.provenance)?,
        ":claims": serde_json::to_string(&doc.claims)?,
        ":engine": doc.engine,
    })?;
    Ok(())
}

/// Writes a new document under `id`, with its index.
fn insert(tx: &rusqlite::Transaction, id: &str, doc: &StoredDocument) -> Result<()> {
    write_document(tx, INSERT, id, doc)?;
    index::index_document(tx, tx.last_insert_rowid(), id, doc)
}

/// Replaces the analysis of the stored document `id` (at `rowid`, with the same content) by
/// `doc`'s: its record, metadata, claims and engine, its search entry and its entities. An
/// entity no document mentions any more is removed, and the summary of the document's story
/// is brought up to date (its title or date may have changed).
fn refresh(tx: &rusqlite::Transaction, rowid: i64, id: &str, doc: &StoredDocument) -> Result<()> {
    write_document(tx, UPDATE, id, doc)?;
    let before: Vec<i64> = {
        let mut stmt =
            tx.prepare_cached("SELECT entity_id FROM document_entities WHERE doc_id = ?1")?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    tx.prepare_cached("DELETE FROM documents_fts WHERE rowid = ?1")?.execute([rowid])?;
    tx.prepare_cached("DELETE FROM document_entities WHERE doc_id = ?1")?.execute([id])?;
    index::index_document(tx, rowid, id, doc)?;
    let mut orphan = tx.prepare_cached(
        "DELETE FROM entities WHERE id = ?1
         AND NOT EXISTS (SELECT 1 FROM document_entities m WHERE m.entity_id = ?1)",
    )?;
    for entity in before {
        orphan.execute([entity])?;
    }
    let story: Option<String> = tx
        .prepare_cached("SELECT story_id FROM story_documents WHERE doc_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if let Some(story) = story {
        stories::refresh_summaries(tx, Some(&[story]))?;
    }
    Ok(())
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
