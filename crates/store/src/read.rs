//! Reading stored documents back: all of them, a chosen few, or one.

use crate::Result;
use parallax_model::StoredDocument;
use rusqlite::{Connection, OptionalExtension, Row};

const COLUMNS: &str = "record, text, content_hash, origin, format, provenance, url, claims";

type Raw = (String, String, String, String, String, String, Option<String>, String);

fn raw(r: &Row) -> rusqlite::Result<Raw> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
}

fn decode(raw: Raw) -> Result<StoredDocument> {
    let (record, text, content_hash, origin, format, provenance, url, claims) = raw;
    Ok(StoredDocument {
        record: serde_json::from_str(&record)?,
        text,
        content_hash,
        origin: serde_json::from_str(&origin)?,
        format: serde_json::from_value(serde_json::Value::String(format))?,
        provenance: serde_json::from_str(&provenance)?,
        url,
        claims: serde_json::from_str(&claims)?,
    })
}

/// Every stored document, in the order they were stored.
pub(crate) fn all_documents(conn: &Connection) -> Result<Vec<StoredDocument>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM documents ORDER BY rowid"))?;
    let rows = stmt.query_map([], raw)?;
    rows.map(|r| decode(r?)).collect()
}

/// One document by id.
pub(crate) fn document(conn: &Connection, id: &str) -> Result<Option<StoredDocument>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM documents WHERE id = ?1"))?;
    stmt.query_row([id], raw).optional()?.map(decode).transpose()
}

/// The documents with these ids, in the order given; ids not stored are left out.
pub(crate) fn documents_by_id(conn: &Connection, ids: &[String]) -> Result<Vec<StoredDocument>> {
    ids.iter().filter_map(|id| document(conn, id).transpose()).collect()
}
