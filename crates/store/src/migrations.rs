//! Versioned schema migrations. The schema version is SQLite's `user_version`; each migration
//! runs once, in order, inside a transaction, so a store is always at one version or the next.

use crate::{Result, StoreError};
use rusqlite::{Connection, Transaction};

/// One migration: SQL, then an optional step in Rust that fills what SQL cannot compute.
pub(crate) struct Migration {
    pub sql: &'static str,
    pub backfill: Option<fn(&Transaction) -> Result<()>>,
}

/// Migration `i` takes the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[Migration] = &[
    // 1: documents, stories and their assignments.
    Migration {
        sql: "CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            format TEXT NOT NULL,
            url TEXT,
            title TEXT,
            outlet TEXT,
            published TEXT,
            language TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL,
            provenance TEXT NOT NULL,
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
         );
         CREATE INDEX documents_published ON documents (published);
         CREATE INDEX documents_outlet ON documents (outlet);
         CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            independent_sources INTEGER NOT NULL,
            n_documents INTEGER NOT NULL
         );
         CREATE TABLE story_documents (
            doc_id TEXT PRIMARY KEY REFERENCES documents (id),
            story_id TEXT NOT NULL REFERENCES stories (id),
            position INTEGER NOT NULL,
            duplicate_of TEXT
         );
         CREATE INDEX story_documents_story ON story_documents (story_id, position);",
        backfill: None,
    },
    // 2: each document's claims (JSON), for the cross-source comparison.
    Migration {
        sql: "ALTER TABLE documents ADD COLUMN claims TEXT NOT NULL DEFAULT '[]';",
        backfill: None,
    },
    // 3: full-text search over titles and bodies, an index of each document's entities, and
    // the summary a story list shows without reading its documents.
    Migration {
        sql: "CREATE VIRTUAL TABLE documents_fts USING fts5 (
            doc_id UNINDEXED, title, body,
            tokenize = 'porter unicode61 remove_diacritics 2'
         );
         CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            kb TEXT
         );
         CREATE TABLE document_entities (
            doc_id TEXT NOT NULL REFERENCES documents (id),
            entity_id INTEGER NOT NULL REFERENCES entities (id),
            mentions INTEGER NOT NULL,
            PRIMARY KEY (doc_id, entity_id)
         ) WITHOUT ROWID;
         CREATE INDEX document_entities_entity ON document_entities (entity_id, doc_id);
         CREATE INDEX story_documents_doc_story ON story_documents (story_id, doc_id);
         ALTER TABLE stories ADD COLUMN headline TEXT;
         ALTER TABLE stories ADD COLUMN first_published TEXT;
         ALTER TABLE stories ADD COLUMN last_published TEXT;
         ALTER TABLE stories ADD COLUMN n_outlets INTEGER NOT NULL DEFAULT 0;",
        backfill: Some(crate::index::backfill),
    },
    // 4: the analysis engine that made each document's annotations, so that a document stored
    // by another build is analysed again when it is read again. Unknown ('') for documents
    // stored before.
    Migration {
        sql: "ALTER TABLE documents ADD COLUMN engine TEXT NOT NULL DEFAULT '';
         CREATE INDEX documents_engine ON documents (engine);",
        backfill: None,
    },
];

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let known = MIGRATIONS.len() as i64;
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > known {
        return Err(StoreError::TooNew { found, known });
    }
    for (version, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(migration.sql)?;
        if let Some(backfill) = migration.backfill {
            backfill(&tx)?;
        }
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
