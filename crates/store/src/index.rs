//! What the store derives from each document as it is written: its full-text entry (title and
//! body) and its entities, keyed by their identity across documents.

use crate::Result;
use parallax_model::StoredDocument;
use parallax_model::annotation::EntityRow;
use rusqlite::{OptionalExtension, Transaction, params};
use std::collections::BTreeMap;

/// Indexes one stored document under `id` (the id it was stored with). Its search entry takes
/// the document's `rowid`, so that filters join on integers.
pub(crate) fn index_document(
    tx: &Transaction,
    rowid: i64,
    id: &str,
    doc: &StoredDocument,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO documents_fts (rowid, doc_id, title, body) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![rowid, id, doc.record.title, doc.body_text()])?;
    for (key, (row, mentions)) in entity_counts(doc) {
        let entity_id = entity_id(tx, &key, &row)?;
        tx.prepare_cached(
            "INSERT OR REPLACE INTO document_entities (doc_id, entity_id, mentions) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, entity_id, mentions as i64])?;
    }
    Ok(())
}

/// Each distinct entity of a document with its number of mentions. Rows of one document that
/// share an identity (a rare split) are counted together.
fn entity_counts(doc: &StoredDocument) -> BTreeMap<String, (EntityRow, usize)> {
    let mut mentions: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &doc.record.entities {
        *mentions.entry(m.entity.as_str()).or_default() += 1;
    }
    let mut out: BTreeMap<String, (EntityRow, usize)> = BTreeMap::new();
    for row in &doc.record.entity_table {
        let entity = EntityRow::from(row);
        let n = mentions.get(row.id.as_str()).copied().unwrap_or(0);
        out.entry(entity.identity_key())
            .and_modify(|(_, total)| *total += n)
            .or_insert((entity, n));
    }
    out
}

/// The id of an entity, added on first sight. Its display name is the first one seen.
fn entity_id(tx: &Transaction, key: &str, row: &EntityRow) -> Result<i64> {
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM entities WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO entities (key, name, label, kb) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![key, row.name, row.label, row.kb])?;
    Ok(tx.last_insert_rowid())
}

/// Indexes every stored document, for a store written before the index existed.
pub(crate) fn backfill(tx: &Transaction) -> Result<()> {
    let docs = crate::read::all_documents_before_engines(tx)?;
    for doc in &docs {
        let rowid: i64 = tx
            .prepare_cached("SELECT rowid FROM documents WHERE id = ?1")?
            .query_row([&doc.record.id], |r| r.get(0))?;
        index_document(tx, rowid, &doc.record.id, doc)?;
    }
    crate::stories::refresh_summaries(tx, None)?;
    Ok(())
}
