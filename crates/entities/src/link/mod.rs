//! Linking (being written: one entity per mention yet).

use crate::{EntityAnnotations, RawMention};
use parallax_kb::Kb;
use parallax_model::{EntityRow, Mention, Span, TextAnalysis};

pub fn link(text: &str, _analysis: &TextAnalysis, raw: Vec<RawMention>, _kb: &Kb) -> EntityAnnotations {
    let mut out = EntityAnnotations::default();
    for m in raw {
        out.table.push(EntityRow {
            name: m.span.of(text).to_string(),
            label: m.label.to_string(),
            kb: None,
            aliases: Vec::new(),
            roles: Vec::new(),
        });
        out.mentions.push(Mention { span: m.span, label: m.label, entity: out.table.len() - 1 });
    }
    out
}

pub fn resolve_reference(
    _text: &str,
    _analysis: &TextAnalysis,
    _entities: &EntityAnnotations,
    _span: Span,
    _kb: &Kb,
) -> Option<usize> {
    None
}
