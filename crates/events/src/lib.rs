//! Events (being written).

use parallax_entities::EntityAnnotations;
use parallax_model::{Event, Quote, TextAnalysis, Timex};

/// The PLOVER-coded events of a document's body.
pub fn annotate(
    _text: &str,
    _analysis: &TextAnalysis,
    _entities: &EntityAnnotations,
    _quotes: &[Quote],
    _timexes: &[Timex],
) -> Vec<Event> {
    Vec::new()
}
