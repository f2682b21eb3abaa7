//! What the annotators add to a document: entities, quotes, time expressions and events.

use crate::document::{Document, TextAnalysis};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A named mention of an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// `PERSON`, `ORG`, `GPE`, `LOC`, `FAC`, `NORP`, `EVENT`, `PRODUCT`, `LAW` or `WORK_OF_ART`.
    pub label: &'static str,
    /// Index into [`Annotations::entity_table`].
    pub entity: usize,
}

/// One distinct entity of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRow {
    pub name: String,
    pub label: String,
    /// A stable key in parallax's knowledge base (`country:KP`), when the entity is known there.
    pub kb: Option<String>,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

impl EntityRow {
    /// The identity of an entity across documents: its knowledge-base key, else its label and
    /// normalised name (`ORG:port authority`). A NORP entity with a country's key is
    /// `norp:<code>`, so "Russian" and "Russia" stay apart in the store as they do in a
    /// document.
    pub fn identity_key(&self) -> String {
        match &self.kb {
            Some(key) if self.label == "NORP" => match key.strip_prefix("country:") {
                Some(code) => format!("norp:{code}"),
                None => key.clone(),
            },
            Some(key) => key.clone(),
            None => format!("{}:{}", self.label, identity_name(&self.name)),
        }
    }
}

/// A name normalised for identity across documents: lower case, letters and digits only,
/// single spaces, no leading "the".
pub fn identity_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() => Some(c.to_lowercase().next().unwrap_or(c)),
            c if c.is_whitespace() || matches!(c, '-' | '‐' | '/' | '_') => Some(' '),
            _ => None,
        })
        .collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// A mention that names or refers to something, with its resolved entity.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanRef {
    pub span: Span,
    /// Index into [`Annotations::entity_table`], when resolved.
    pub entity: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

/// A reported statement: its content, who made it and the words that say so.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub content: Span,
    pub kind: QuoteKind,
    pub speaker: Option<SpanRef>,
    pub cue: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimexType {
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "TIME")]
    Time,
    #[serde(rename = "DURATION")]
    Duration,
    #[serde(rename = "SET")]
    Set,
}

/// A time expression with its TIMEX3 value resolved against the publication date.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    pub span: Span,
    pub kind: TimexType,
    /// `2023-11-09`, `2023-10`, `P3D`, `PRESENT_REF`, or `XXXX-10-13` when it cannot be anchored.
    pub value: String,
}

/// How a text holds an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Factuality {
    Asserted,
    Denied,
    Alleged,
    Hedged,
    Planned,
    Hypothetical,
}

/// A PLOVER-coded event.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The clause that expresses it.
    pub span: Span,
    pub code: &'static str,
    pub mode: Option<&'static str>,
    pub factuality: Factuality,
    pub actor: Option<usize>,
    pub target: Option<usize>,
    pub source: Option<usize>,
    pub date: Option<String>,
    pub place: Option<usize>,
}

/// Everything the annotators found in one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotations {
    pub entities: Vec<Mention>,
    pub entity_table: Vec<EntityRow>,
    pub quotes: Vec<Quote>,
    pub timexes: Vec<Timex>,
    pub events: Vec<Event>,
}

/// A document with its text analysis and annotations: what a per-document run produces.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotatedDocument {
    pub doc: Document,
    pub analysis: TextAnalysis,
    pub annotations: Annotations,
}
