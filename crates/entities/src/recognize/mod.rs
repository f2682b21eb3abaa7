//! Mention recognition (being written: returns nothing yet).

use crate::RawMention;
use parallax_kb::Kb;
use parallax_model::TextAnalysis;

pub struct Recognizer;

impl Recognizer {
    pub fn builtin() -> Recognizer {
        Recognizer
    }

    pub fn recognize(&self, _text: &str, _analysis: &TextAnalysis, _kb: &Kb) -> Vec<RawMention> {
        Vec::new()
    }
}
