//! The entity a speaker phrase names or refers to.
//!
//! In order: a named mention that ends the phrase (the head in "Russian Foreign Ministry
//! Spokeswoman Maria Zakharova"); the entity annotator's reading of a description or pronoun
//! ("the top U.S. diplomat"); a name that only modifies the phrase's head; for "he", "she" and
//! "who", the nearest person named before.

use crate::lexicon::is_person_pronoun;
use parallax_entities::EntityAnnotations;
use parallax_entities::link::Referents;
use parallax_model::{Span, TextAnalysis};

/// What a speaker is resolved against.
pub struct Resolver<'a> {
    pub text: &'a str,
    pub analysis: &'a TextAnalysis,
    pub entities: &'a EntityAnnotations,
    /// The document's entities, for descriptions and pronouns.
    pub referents: Referents<'a>,
}

impl Resolver<'_> {
    /// The entity index of the speaker at `span`, when it can be told.
    pub fn entity(&self, span: Span) -> Option<usize> {
        let mentions = &self.entities.mentions;
        let first = mentions.partition_point(|m| m.span.end <= span.start);
        let last_named = mentions[first..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .filter(|m| m.span.overlaps(span))
            .last();
        // A name that ends the phrase is its head ("Spokeswoman Maria Zakharova"); a name
        // followed by a common noun only modifies it ("the top U.S. diplomat"), and the
        // description decides who is meant.
        let modifier_only = last_named.is_some_and(|m| {
            self.text[m.span.end.min(span.end)..span.end].chars().any(char::is_alphabetic)
        });
        if let (Some(m), false) = (last_named, modifier_only) {
            return Some(m.entity);
        }
        let resolved = self.referents.refer(self.text, self.analysis, span);
        if resolved.is_some() {
            return resolved;
        }
        if let Some(m) = last_named {
            return Some(m.entity);
        }
        let word = span.of(self.text).to_ascii_lowercase();
        if !is_person_pronoun(&word) {
            return None;
        }
        mentions[..first].iter().rev().find(|m| m.label == "PERSON").map(|m| m.entity)
    }
}
