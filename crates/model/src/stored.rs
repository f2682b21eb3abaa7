//! A document as the store keeps it and the report reads it: its contract record, its text,
//! where it came from and how its metadata was found.

use crate::annotation::AnnotatedDocument;
use crate::contract::{AnnotateOutput, Range};
use crate::diagnostic::Origin;
use crate::document::{SourceFormat, content_hash};
use crate::offsets::OffsetMap;
use serde::{Deserialize, Serialize};

/// How a document's metadata was found, in words a report can print.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Provenance {
    pub published_how: Option<String>,
    /// True when the year (or the date) was inferred rather than stated.
    pub published_inferred: bool,
    pub outlet_how: Option<String>,
    pub title_how: Option<String>,
    /// The wire agency named in the dateline, when there is one.
    pub agency: Option<String>,
    /// Boilerplate left out of the body: code-point range and kind.
    pub removed: Vec<(Range, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredDocument {
    pub record: AnnotateOutput,
    pub text: String,
    pub content_hash: String,
    pub origin: Origin,
    pub format: SourceFormat,
    pub url: Option<String>,
    pub provenance: Provenance,
    /// The document's claims, as the event stage serialises them (byte offsets into `text`).
    #[serde(default)]
    pub claims: Vec<serde_json::Value>,
    /// The analysis engine that made `record` and `claims` (`parallax_pipeline::ENGINE`);
    /// empty when unknown (a store written before engines were recorded).
    #[serde(default)]
    pub engine: String,
}

impl StoredDocument {
    pub fn from_annotated(doc: &AnnotatedDocument) -> StoredDocument {
        let d = &doc.doc;
        let map = OffsetMap::new(&d.text);
        let range = |s: crate::Span| Range {
            start: map.char_of_byte(s.start),
            end: map.char_of_byte(s.end),
        };
        StoredDocument {
            record: AnnotateOutput::from_annotated(doc),
            text: d.text.clone(),
            content_hash: content_hash(&d.text),
            origin: d.origin.clone(),
            format: d.format,
            url: d.url.clone(),
            claims: Vec::new(),
            engine: String::new(),
            provenance: Provenance {
                published_how: d.published.as_ref().map(|p| p.how.describe()),
                published_inferred: d.published.as_ref().is_some_and(|p| p.how.is_inferred()),
                outlet_how: d.outlet.as_ref().map(|o| o.how.describe().to_string()),
                title_how: d.title.as_ref().map(|t| t.how.to_string()),
                agency: d.agency.clone(),
                removed: d.removed.iter().map(|(s, k)| (range(*s), k.to_string())).collect(),
            },
        }
    }

    /// The text of a code-point range of this document.
    pub fn slice(&self, range: Range) -> &str {
        let map = OffsetMap::new(&self.text);
        let start = map.byte_of_char(range.start).unwrap_or(self.text.len());
        let end = map.byte_of_char(range.end).unwrap_or(self.text.len());
        &self.text[start..end.max(start)]
    }

    /// The body as text, one body range per line.
    pub fn body_text(&self) -> String {
        let map = OffsetMap::new(&self.text);
        let parts: Vec<&str> = self
            .record
            .body
            .iter()
            .filter_map(|r| Some(&self.text[map.byte_of_char(r.start)?..map.byte_of_char(r.end)?]))
            .collect();
        parts.join("\n")
    }

    /// The index of the sentence holding code point `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let sentences = &self.record.sentences;
        let i = sentences.partition_point(|s| s.end <= at);
        sentences.get(i).filter(|s| s.start <= at).map(|_| i)
    }

    /// The index of the sentence holding byte offset `at` of `text`, if any.
    pub fn sentence_at_byte(&self, at: usize) -> Option<usize> {
        let chars = self.text.get(..at)?.chars().count();
        self.sentence_at(chars)
    }

    /// The sentences as text.
    pub fn sentence_texts(&self) -> Vec<&str> {
        let map = OffsetMap::new(&self.text);
        self.record
            .sentences
            .iter()
            .filter_map(|r| Some(&self.text[map.byte_of_char(r.start)?..map.byte_of_char(r.end)?]))
            .collect()
    }
}

/// A story as the store keeps it: its id, how many independent sources it has, and its
/// documents in story order, each with the earlier document it copies, if any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryMembers {
    pub id: String,
    pub independent_sources: usize,
    pub documents: Vec<(String, Option<String>)>,
}
