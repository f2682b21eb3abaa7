//! Story reports: what parallax tells a reader about each story, as plain text, markdown or
//! JSON. [`build`] assembles the [`Report`] from stored documents and their stories; the
//! renderers only lay it out.

mod build;
mod people;
mod render;

pub use build::build;
pub use render::{markdown, text};

use serde::Serialize;

/// The whole report of a run or a store.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub n_documents: usize,
    pub stories: Vec<StoryView>,
    /// What the run that produced this report read, kept and skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run: Option<RunStats>,
}

/// Counts of one run, for the report's summary.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RunStats {
    pub read: usize,
    pub analysed: usize,
    pub skipped: Vec<(String, usize)>,
    pub not_english: usize,
    pub warnings: usize,
    /// Documents added to the store by this run.
    pub added: usize,
    /// Documents this run found already stored (same content) and analysed by this engine.
    pub already_stored: usize,
    /// Documents stored already but analysed by another version of parallax, whose analysis
    /// this run replaced.
    pub refreshed: usize,
    /// Stored documents still analysed by another version of parallax (not in this run's
    /// input).
    pub stale: usize,
    /// Problems, one line each: "error: file:line: reason".
    pub problems: Vec<String>,
}

/// One story, laid out for a reader.
#[derive(Clone, Debug, Serialize)]
pub struct StoryView {
    pub id: String,
    pub headline: String,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub independent_sources: usize,
    pub sources: Vec<SourceView>,
    pub timeline: Vec<TimelineEntry>,
    /// The story's actors, merged across its sources.
    pub who: Vec<WhoEntry>,
    /// Reported statements, grouped by speaker.
    pub quotes: Vec<SpeakerQuotes>,
    /// The sources side by side: the claim table and each outlet's unique content.
    pub comparison: parallax_compare::Comparison,
}

/// One actor of a story, as all its sources name it.
#[derive(Clone, Debug, Serialize)]
pub struct WhoEntry {
    /// The identity across documents: a knowledge-base key, else label and normalised name.
    pub key: String,
    pub name: String,
    pub label: String,
    pub kb: Option<String>,
    /// Roles and the outlets that gave them: the wording each outlet chose.
    pub roles: Vec<RoleWording>,
    pub aliases: Vec<String>,
    pub n_mentions: usize,
    pub outlets: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RoleWording {
    pub role: String,
    pub outlets: Vec<String>,
}

/// What one speaker said across the story's sources.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerQuotes {
    /// The speaker's identity key, or `None` for unattributed statements.
    pub key: Option<String>,
    pub speaker: String,
    pub quotes: Vec<QuoteEntry>,
}

#[derive(Clone, Debug, Serialize)]
pub struct QuoteEntry {
    pub doc_id: String,
    pub outlet: Option<String>,
    pub kind: String,
    pub text: String,
    pub cue: Option<String>,
    /// The sentence (or sentences) holding the statement.
    pub sentence: String,
    /// The index of the (first) sentence among the document's sentences.
    pub sentence_index: Option<usize>,
}

/// One document of a story, with how its metadata was found.
#[derive(Clone, Debug, Serialize)]
pub struct SourceView {
    pub doc_id: String,
    pub outlet: Option<String>,
    pub outlet_how: Option<String>,
    /// The wire agency named in the dateline, when it differs from the outlet.
    pub agency: Option<String>,
    pub published: Option<String>,
    pub published_how: Option<String>,
    pub published_inferred: bool,
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// File, and line or record, the document came from.
    pub origin: String,
    pub language: Option<String>,
    pub duplicate_of: Option<String>,
    pub n_sentences: usize,
    /// Boilerplate left out of the body, by kind.
    pub removed: Vec<String>,
}

/// A dated statement: a time expression with its resolved value and the sentence it is in.
#[derive(Clone, Debug, Serialize)]
pub struct TimelineEntry {
    /// TIMEX3 value: `2023-11-09`, `2023-10`, `2023`.
    pub date: String,
    pub doc_id: String,
    pub outlet: Option<String>,
    /// The time expression as written.
    pub expression: String,
    pub sentence: String,
    /// The sentence's index among the document's sentences.
    pub sentence_index: usize,
}
