//! Versioned schema migrations. The schema version is SQLite's `user_version`; each migration
//! runs once, in order, inside a transaction.

use crate::{Result, StoreError};
use rusqlite::Connection;

/// Migration `i` takes the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: documents, stories and their assignments.
    "CREATE TABLE documents (
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
    // 2: each document's claims (JSON), for the cross-source comparison.
    "ALTER TABLE documents ADD COLUMN claims TEXT NOT NULL DEFAULT '[]';",
];

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let known = MIGRATIONS.len() as i64;
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > known {
        return Err(StoreError::TooNew { found, known });
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
