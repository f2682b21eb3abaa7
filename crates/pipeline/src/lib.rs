//! The pipeline: the only crate that knows the order of the stages.
//!
//! Per document, in order: clean ([`parallax_clean`]) → language and text analysis
//! ([`parallax_analyze`]) → annotators ([`annotators`]). These are pure functions of one
//! document and run in parallel. Clustering ([`stories`]) is stateful and consumes documents
//! in publication order, then input order, so every run is deterministic.

pub mod annotators;
mod run;
pub mod stories;

use chrono::NaiveDate;
use parallax_clean::Cleaner;
use parallax_kb::Outlets;
use parallax_model::contract::{AnnotateOutput, ClusterOutput, InputRecord};
use parallax_model::{
    AnnotatedDocument, Annotations, Diagnostic, Origin, RawDocument, StoredDocument,
};
use std::sync::OnceLock;

pub use run::{RunSummary, read_and_process};
pub use stories::{Clustered, LiveStories, cluster_documents, update_stories};

/// The analysis engine that made a stored document's annotations: the version and a hash of
/// the analysing crates' sources and data (`build.rs`). A stored document whose engine differs
/// is analysed again when it is read again.
pub const ENGINE: &str =
    concat!("parallax ", env!("CARGO_PKG_VERSION"), " analysis ", env!("PARALLAX_ENGINE_HASH"));

/// The version `parallax --version` prints: the release and the analysis engine's hash.
pub const VERSION: &str =
    concat!(env!("CARGO_PKG_VERSION"), " (analysis ", env!("PARALLAX_ENGINE_HASH"), ")");

/// User-facing settings of a run.
#[derive(Debug, Default)]
pub struct PipelineConfig {
    /// The date year-less datelines are resolved against; today when `None`.
    pub reference_date: Option<NaiveDate>,
    /// Outlets beyond the built-in table (the `outlets.tsv` format).
    pub extra_outlets: Option<Outlets>,
}

impl PipelineConfig {
    pub fn build(self) -> Pipeline {
        let reference = self.reference_date.unwrap_or_else(|| chrono::Local::now().date_naive());
        Pipeline { cleaner: Cleaner::new(reference, self.extra_outlets) }
    }
}

/// Runs the per-document stages.
pub struct Pipeline {
    cleaner: Cleaner,
}

impl Pipeline {
    /// Cleans, analyses and annotates one document. Documents not in English are kept with
    /// their metadata and a warning, but not annotated as if they were English.
    pub fn process(&self, raw: RawDocument) -> AnnotatedDocument {
        let mut doc = self.cleaner.clean(raw);
        let sample: String =
            doc.body.iter().take(12).map(|s| s.of(&doc.text)).collect::<Vec<_>>().join(" ");
        doc.language = parallax_analyze::detect_language(&sample).map(str::to_string);
        let analysis = parallax_analyze::analyze(&doc);
        let annotations = if doc.is_english() {
            annotators::annotate(&doc, &analysis)
        } else {
            let lang = doc.language.as_deref().unwrap_or("unknown");
            doc.diagnostics.push(Diagnostic::warning(format!(
                "language is {lang}, not English: metadata and sentences only, no annotations"
            )));
            Annotations::default()
        };
        AnnotatedDocument { doc, analysis, annotations }
    }
}

/// A processed document in the form the store keeps, with its claims.
pub fn to_stored(doc: &AnnotatedDocument) -> StoredDocument {
    let mut stored = StoredDocument::from_annotated(doc);
    stored.engine = ENGINE.to_string();
    let ann = &doc.annotations;
    let claims =
        parallax_events::claims(&doc.doc.text, &doc.analysis, &ann.entity_table, &ann.events);
    stored.claims = claims.iter().filter_map(|c| serde_json::to_value(c).ok()).collect();
    stored
}

/// The pipeline with default settings, built once.
fn default_pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| PipelineConfig::default().build())
}

/// `parallax annotate` for one contract input record, with default settings.
pub fn annotate_record(record: &InputRecord) -> AnnotateOutput {
    annotate_record_with(default_pipeline(), record, Origin::default())
}

/// `parallax annotate` for one record with a given pipeline; `origin` names where it came from.
pub fn annotate_record_with(
    pipeline: &Pipeline,
    record: &InputRecord,
    origin: Origin,
) -> AnnotateOutput {
    if record.text.trim().is_empty() {
        let id = record.id.clone().unwrap_or_default();
        return AnnotateOutput::failed(id, &[Diagnostic::error("record has an empty \"text\"")]);
    }
    let raw = parallax_ingest::jsonl::from_record(record.clone(), origin);
    AnnotateOutput::from_annotated(&pipeline.process(raw))
}

/// One contract input record read, analysed and made ready to store; `origin` names where it
/// came from.
pub fn stored_from_record(
    pipeline: &Pipeline,
    record: &InputRecord,
    origin: Origin,
) -> StoredDocument {
    to_stored(&pipeline.process(parallax_ingest::jsonl::from_record(record.clone(), origin)))
}

/// `parallax cluster` over contract input records, with default settings: one output line per
/// record, in input order.
pub fn cluster_records(records: &[InputRecord]) -> Vec<ClusterOutput> {
    cluster_records_with(default_pipeline(), records)
}

/// `parallax cluster` over contract input records with a given pipeline.
pub fn cluster_records_with(pipeline: &Pipeline, records: &[InputRecord]) -> Vec<ClusterOutput> {
    use rayon::prelude::*;
    let docs: Vec<StoredDocument> = records
        .par_iter()
        .map(|r| {
            pipeline.process(parallax_ingest::jsonl::from_record(r.clone(), Origin::default()))
        })
        .map(|d| to_stored(&d))
        .collect();
    let clustered = cluster_documents(&docs);
    docs.iter()
        .zip(&clustered.assignments)
        .map(|(d, a)| ClusterOutput {
            id: d.record.id.clone(),
            story: Some(a.story.clone()),
            duplicate_of: a.duplicate_of.clone(),
            diagnostics: Vec::new(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::SourceFormat;

    fn process(text: &str) -> AnnotatedDocument {
        let raw = RawDocument::new(text.to_string(), SourceFormat::Text, Origin::file("t.txt"));
        PipelineConfig {
            reference_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
            ..Default::default()
        }
        .build()
        .process(raw)
    }

    #[test]
    fn documents_not_in_english_are_flagged_and_not_annotated() {
        let doc = process(
            "Le ministre a déclaré jeudi que les négociations avec les syndicats du port reprendraient la semaine prochaine à Marseille.\nLes dockers sont en grève depuis onze jours.",
        );
        assert_eq!(doc.doc.language.as_deref(), Some("fr"));
        assert!(!doc.analysis.sentences.is_empty(), "sentences are still split");
        assert_eq!(doc.annotations, Annotations::default());
        assert!(doc.doc.diagnostics.iter().any(|d| d.message.contains("not English")));
    }

    #[test]
    fn english_documents_are_annotated() {
        let doc = process(
            "The minister said on Thursday that talks with the dockworkers' union in Marseille would resume next week.",
        );
        assert_eq!(doc.doc.language.as_deref(), Some("en"));
        assert!(!doc.annotations.timexes.is_empty());
    }
}
