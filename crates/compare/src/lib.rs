//! The comparison of a story's sources, claim by claim.
//!
//! [`compare`] aligns the claims of a story's documents ([`parallax_events::claims_match`]:
//! the same event, however worded) into rows. Each row is labelled:
//!
//! - `disputed` when a source denies it or sources give conflicting figures or dates;
//! - `corroborated` when two or more independent sources carry it;
//! - `single-source` otherwise.
//!
//! Copies of an earlier document add nothing. Documents carrying the same wire agency's text
//! count as one source. It also lists each outlet's unique content: sentences with no
//! counterpart in the other sources. No IO, no state: a pure function of the story's documents.

mod claims;
mod unique;

pub use claims::{Citation, ClaimRow, Status, claim_rows};
pub use unique::{UniqueContent, unique_content};

use parallax_model::StoredDocument;
use serde::Serialize;

/// A story's documents, each with the earlier document it copies, if any.
pub type Members<'a> = [(&'a StoredDocument, Option<&'a String>)];

/// The comparison of one story's sources.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Comparison {
    pub claims: Vec<ClaimRow>,
    pub unique: Vec<UniqueContent>,
}

/// Compares the sources of one story.
pub fn compare(members: &Members) -> Comparison {
    Comparison { claims: claim_rows(members), unique: unique_content(members) }
}

/// The independent source a document stands for: the wire agency whose copy it carries, else
/// its outlet, else itself.
pub(crate) fn source_of(doc: &StoredDocument) -> String {
    doc.provenance
        .agency
        .clone()
        .or_else(|| doc.record.outlet.clone())
        .unwrap_or_else(|| doc.record.id.clone())
}

pub(crate) fn outlet_of(doc: &StoredDocument) -> String {
    doc.record.outlet.clone().unwrap_or_else(|| doc.record.id.clone())
}
