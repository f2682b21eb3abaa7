//! The annotators, in the order they run. Each is a pure function of a document and what the
//! annotators before it found; adding one means adding a line here.

use parallax_entities::EntityAnnotator;
use parallax_model::{Annotations, Document, TextAnalysis};

/// Runs every annotator over one English document.
pub fn annotate(doc: &Document, analysis: &TextAnalysis) -> Annotations {
    let published = doc.published.as_ref().map(|p| p.value.date);
    let annotator = EntityAnnotator::builtin();
    let dateline = doc.removed.iter().find(|(_, kind)| *kind == "dateline").map(|(s, _)| *s);
    let entities = annotator.annotate_with_dateline(&doc.text, analysis, dateline);
    let quotes = parallax_quotes::annotate(&doc.text, analysis, &entities, annotator);
    let timexes = parallax_time::annotate(&doc.text, &analysis.sentences, published);
    let events = parallax_events::annotate(&doc.text, analysis, &entities, &quotes, &timexes);
    Annotations {
        entities: entities.mentions,
        entity_table: entities.table,
        quotes,
        timexes,
        events,
    }
}
