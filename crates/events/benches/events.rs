//! Event coding and claim building over `../shared/data/raw/news-dev.jsonl`, against the rest
//! of annotation: the added time should stay under 30%. Skips when the data is absent.

use parallax_model::contract::InputRecord;
use parallax_model::{AnnotatedDocument, Origin, RawDocument, SourceFormat};
use parallax_pipeline::PipelineConfig;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// The first 200 news articles, processed once.
fn docs() -> &'static [AnnotatedDocument] {
    static DOCS: OnceLock<Vec<AnnotatedDocument>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/raw/news-dev.jsonl");
        let Ok(text) = std::fs::read_to_string(path) else {
            println!("skipping: {path} is absent");
            return Vec::new();
        };
        let pipeline = PipelineConfig::default().build();
        text.lines()
            .take(200)
            .filter_map(|l| serde_json::from_str::<InputRecord>(l).ok())
            .map(|r| pipeline.process(raw(&r)))
            .collect()
    })
}

fn raw(r: &InputRecord) -> RawDocument {
    RawDocument::new(r.text.clone(), SourceFormat::Text, Origin::default())
}

#[divan::bench]
fn events_and_claims() -> usize {
    let mut n = 0;
    for d in docs() {
        let a = &d.annotations;
        let entities = parallax_entities::EntityAnnotations {
            mentions: a.entities.clone(),
            table: a.entity_table.clone(),
        };
        let events =
            parallax_events::annotate(&d.doc.text, &d.analysis, &entities, &a.quotes, &a.timexes);
        n += parallax_events::claims(&d.doc.text, &d.analysis, &a.entity_table, &events).len();
    }
    n
}

#[divan::bench]
fn whole_annotation() -> usize {
    docs()
        .iter()
        .map(|d| parallax_pipeline::annotators::annotate(&d.doc, &d.analysis).events.len())
        .sum()
}
