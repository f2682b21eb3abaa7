//! Reading stored documents back: all of them, a chosen few, or one.

use crate::Result;
use parallax_model::StoredDocument;
use rusqlite::{Connection, OptionalExtension, Row};

const COLUMNS: &str = "record, text, content_hash, origin, format, provenance, url, claims, engine";

/// The columns of a store before it recorded engines (schema 3), for the migrations that read
/// documents back.
const COLUMNS_BEFORE_ENGINES: &str =
    "record, text, content_hash, origin, format, provenance, url, claims";

type Raw = (String, String, String, String, String, String, Option<String>, String, String);

fn raw(r: &Row) -> rusqlite::Result<Raw> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        // Absent from a query over a store before engines were recorded: unknown.
        r.get::<_, String>(8).unwrap_or_default(),
    ))
}

fn decode(raw: Raw) -> Result<StoredDocument> {
    let (record, text, content_hash, origin, format, provenance, url, claims, engine) = raw;
    Ok(StoredDocument {
        record: serde_json::from_str(&record)?,
        text,
        content_hash,
        origin: serde_json::from_str(&origin)?,
        format: serde_json::from_value(serde_json::Value::String(format))?,
        provenance: serde_json::from_str(&provenance)?,
        url,
        claims: serde_json::from_str(&claims)?,
        engine,
    })
}

/// Every stored document, in the order they were stored.
pub(crate) fn all_documents(conn: &Connection) -> Result<Vec<StoredDocument>> {
    all_documents_of(conn, COLUMNS)
}

/// Every document of a store before engines were recorded, as a migration reads them.
pub(crate) fn all_documents_before_engines(conn: &Connection) -> Result<Vec<StoredDocument>> {
    all_documents_of(conn, COLUMNS_BEFORE_ENGINES)
}

fn all_documents_of(conn: &Connection, columns: &str) -> Result<Vec<StoredDocument>> {
    let mut stmt = conn.prepare(&format!("SELECT {columns} FROM documents ORDER BY rowid"))?;
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
