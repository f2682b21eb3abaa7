//! Mention recognition: a trained averaged-perceptron sequence model over hashed features
//! (word, shape, affixes, capitalisation, context, knowledge-base gazetteers), decoded per
//! sentence with Viterbi under BIO constraints. The weights are trained by
//! `cargo xtask train ner` and committed as `data/ner.bin.gz`.

mod consistency;
pub mod features;
pub mod gazetteer;
pub mod labels;
pub mod model;
pub(crate) mod refine;
pub mod train;
pub mod viterbi;
pub mod words;

use crate::RawMention;
use consistency::{Found, Tokens};
use features::DocFeatures;
use gazetteer::Gazetteer;
use model::{Model, Scratch};
use parallax_kb::Kb;
use parallax_model::{Span, TextAnalysis};
use std::cell::RefCell;

/// The committed weights.
const WEIGHTS: &[u8] = include_bytes!("../../data/ner.bin.gz");

/// Finds named mentions in a document's sentences.
pub struct Recognizer {
    model: Model,
    gazetteer: Gazetteer,
}

impl Recognizer {
    /// The recogniser with the committed weights and the built-in knowledge base's
    /// gazetteers.
    pub fn builtin() -> Recognizer {
        let model = Model::from_bytes(WEIGHTS).expect("the committed NER weights are readable");
        Recognizer::new(model, Kb::builtin())
    }

    /// A recogniser with given weights, its gazetteers compiled from `kb`.
    pub fn new(model: Model, kb: &Kb) -> Recognizer {
        Recognizer { model, gazetteer: Gazetteer::from_kb(kb) }
    }

    /// The gazetteers, for computing training features exactly as recognition does.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The named mentions of a document: byte spans on token boundaries, sorted, not
    /// overlapping, each inside one sentence. `kb` settles whether a place is a GPE.
    pub fn recognize(&self, text: &str, analysis: &TextAnalysis, kb: &Kb) -> Vec<RawMention> {
        thread_local! {
            static WORKSPACE: RefCell<Workspace> = RefCell::default();
        }
        WORKSPACE.with(|w| match w.try_borrow_mut() {
            Ok(mut w) => self.recognize_in(text, analysis, kb, &mut w),
            Err(_) => self.recognize_in(text, analysis, kb, &mut Workspace::default()),
        })
    }

    fn recognize_in(
        &self,
        text: &str,
        analysis: &TextAnalysis,
        kb: &Kb,
        w: &mut Workspace,
    ) -> Vec<RawMention> {
        let Workspace { features: f, scratch, tags, sentence_of } = w;
        let sentences = &analysis.sentence_tokens;
        f.extract(text, &analysis.tokens, sentences, &self.gazetteer, self.model.bits);
        let mut found = Vec::new();
        sentence_of.clear();
        sentence_of.resize(analysis.tokens.len(), u32::MAX);
        for (k, range) in sentences.iter().enumerate() {
            let range = range.start..range.end.min(analysis.tokens.len());
            if range.is_empty() {
                continue;
            }
            sentence_of[range.clone()].iter_mut().for_each(|s| *s = k as u32);
            self.model.label(f, range.clone(), scratch, tags);
            found.extend(labels::decode(tags).into_iter().map(|(a, b, t)| Found {
                start: range.start + a,
                end: range.start + b,
                t,
            }));
        }
        let doc = refine::Doc {
            text,
            tokens: &analysis.tokens,
            lower: f.lower(),
            caps: f.caps(),
            gaz: f.gaz(),
            sentence_of,
        };
        let settled = refine::before_consistency(&mut found, &doc, kb);
        let toks = Tokens { lower: f.lower(), caps: f.caps(), sentence_of };
        consistency::apply(&mut found, &toks);
        refine::apply(&mut found, &settled, &doc, kb);
        found
            .iter()
            .filter_map(|m| {
                let (a, b) = name_edges(m, f.caps(), text, analysis)?;
                let (first, last) = (&analysis.tokens[a], &analysis.tokens[b - 1]);
                let span = Span::new(first.span.start, last.span.end);
                let label = output_label(labels::TYPES[m.t], span.of(text), kb)?;
                Some(RawMention { span, label })
            })
            .collect()
    }
}

/// Buffers reused from one document to the next on the same thread.
#[derive(Default)]
struct Workspace {
    features: DocFeatures,
    scratch: Scratch,
    tags: Vec<u8>,
    sentence_of: Vec<u32>,
}

/// The tokens of a mention without leading and trailing words that do not start with a
/// capital or a digit ("a Scientology attorney" gives "Scientology"); `None` when nothing is
/// left. Demonyms keep their edges ("non-Muslim").
fn name_edges(m: &Found, caps: &[bool], text: &str, a: &TextAnalysis) -> Option<(usize, usize)> {
    if labels::TYPES[m.t] == "NORP" {
        return Some((m.start, m.end));
    }
    let named =
        |i: usize| caps[i] || a.tokens[i].span.of(text).starts_with(|c: char| c.is_ascii_digit());
    let start = (m.start..m.end).find(|&i| named(i))?;
    let end = (start..m.end).rev().find(|&i| named(i))? + 1;
    Some((start, end))
}

/// Tokens and sentences of a whole text taken as one body range, as `parallax_analyze` finds
/// them: for training, benchmarks and tests, which have no cleaned document.
pub fn analyze_plain(text: &str) -> TextAnalysis {
    let mut analysis = TextAnalysis::default();
    parallax_analyze::tokens::tokenize_into(text, Span::new(0, text.len()), &mut analysis.tokens);
    let out = (&mut analysis.sentences, &mut analysis.sentence_tokens);
    parallax_analyze::sentences::split_into(text, &analysis.tokens, 0, out);
    analysis
}

/// The label a mention is given: `MISC` is dropped, and a place the knowledge base knows as
/// a country is a GPE.
fn output_label(label: &'static str, name: &str, kb: &Kb) -> Option<&'static str> {
    match label {
        "MISC" => None,
        "LOC" if kb.countries.lookup(name).is_some_and(|m| !m.norp) => Some("GPE"),
        _ => Some(label),
    }
}

#[cfg(test)]
mod tests;
