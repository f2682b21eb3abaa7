//! Entities: who and what an article names.
//!
//! Two stages, each in its own module: [`recognize`] finds named mentions (PERSON, ORG, GPE,
//! LOC, FAC, NORP, ...) with a trained averaged-perceptron sequence model whose weights are
//! committed under `data/`; [`link`] groups mentions into the document's entities (surnames,
//! acronyms, titles, capitals standing for governments), attaches knowledge-base keys and
//! reads roles from appositions and premodifiers.

pub mod link;
pub mod recognize;

use parallax_kb::Kb;
use parallax_model::{EntityRow, Mention, Span, TextAnalysis};
use std::sync::OnceLock;

/// A mention as the recogniser finds it, before linking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawMention {
    pub span: Span,
    pub label: &'static str,
}

/// The entities of one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityAnnotations {
    pub mentions: Vec<Mention>,
    pub table: Vec<EntityRow>,
}

/// Recognises and links entities. Built once; cheap to share across threads.
pub struct EntityAnnotator {
    recognizer: recognize::Recognizer,
    kb: &'static Kb,
}

impl EntityAnnotator {
    /// The annotator with the committed model and the built-in knowledge base.
    pub fn builtin() -> &'static EntityAnnotator {
        static ANNOTATOR: OnceLock<EntityAnnotator> = OnceLock::new();
        ANNOTATOR.get_or_init(|| EntityAnnotator {
            recognizer: recognize::Recognizer::builtin(),
            kb: Kb::builtin(),
        })
    }

    /// Finds, links and describes the entities of a document's body.
    pub fn annotate(&self, text: &str, analysis: &TextAnalysis) -> EntityAnnotations {
        self.annotate_with_dateline(text, analysis, None)
    }

    /// As [`EntityAnnotator::annotate`], adding the places and the credit of the dateline the
    /// cleaner cut from the body (`dateline`, a span of `text`).
    pub fn annotate_with_dateline(
        &self,
        text: &str,
        analysis: &TextAnalysis,
        dateline: Option<Span>,
    ) -> EntityAnnotations {
        let mut raw = match dateline {
            Some(span) => recognize::refine::dateline::dateline_mentions(text, span, self.kb),
            None => Vec::new(),
        };
        raw.extend(self.recognizer.recognize(text, analysis, self.kb));
        link::link(text, analysis, raw, self.kb)
    }

    /// The entity a description, a name or a pronoun at `span` refers to ("the top U.S.
    /// diplomat", "the Russian foreign minister", "he", "Pyongyang"), if it can be told.
    pub fn resolve_reference(
        &self,
        text: &str,
        analysis: &TextAnalysis,
        entities: &EntityAnnotations,
        span: Span,
    ) -> Option<usize> {
        link::resolve_reference(text, analysis, entities, span, self.kb)
    }

    /// The document's entities made ready for resolving many references in turn (each
    /// answered as [`EntityAnnotator::resolve_reference`] would).
    pub fn referents<'a>(&'a self, entities: &'a EntityAnnotations) -> link::Referents<'a> {
        link::Referents::new(entities, self.kb)
    }
}
