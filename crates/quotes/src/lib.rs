//! Quotes (being written).

use parallax_entities::{EntityAnnotations, EntityAnnotator};
use parallax_model::{Quote, TextAnalysis};

/// Every reported statement of a document's body, with cue and speaker.
pub fn annotate(
    _text: &str,
    _analysis: &TextAnalysis,
    _entities: &EntityAnnotations,
    _annotator: &EntityAnnotator,
) -> Vec<Quote> {
    Vec::new()
}
