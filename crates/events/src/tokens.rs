//! The tokens of one sentence as the clause analysis sees them: lower-cased form, lexicon
//! entry, and the entity mention each falls in.

use crate::lexicon::{self, Trigger, Word};
use parallax_model::{Mention, Span, TextAnalysis, TokenKind};

/// One token of a sentence.
#[derive(Clone, Debug)]
pub struct Tok {
    pub span: Span,
    /// Range of the lower-cased form in [`Sentence::lower`].
    lo: (usize, usize),
    pub word: Option<Word>,
    /// Index into the document's mentions.
    pub mention: Option<usize>,
    pub punct: Option<char>,
}

/// A sentence ready for clause analysis.
#[derive(Debug, Default)]
pub struct Sentence {
    pub toks: Vec<Tok>,
    lower: String,
}

impl Sentence {
    /// Tokenises sentence `s` of the analysis; `mentions` are the document's, sorted by start.
    pub fn build(text: &str, analysis: &TextAnalysis, s: usize, mentions: &[Mention]) -> Self {
        let tokens = analysis.sentence_tokens.get(s).and_then(|r| analysis.tokens.get(r.clone()));
        let tokens = tokens.unwrap_or_default();
        let mut out = Sentence { toks: Vec::with_capacity(tokens.len()), lower: String::new() };
        let first = tokens.first().map_or(0, |t| t.span.start);
        let mut m = mentions.partition_point(|x| x.span.end <= first);
        for (k, t) in tokens.iter().enumerate() {
            let surface = text.get(t.span.start..t.span.end).unwrap_or("");
            while m < mentions.len() && mentions[m].span.end <= t.span.start {
                m += 1;
            }
            let mention = mentions
                .get(m)
                .filter(|x| x.span.start <= t.span.start && t.span.end <= x.span.end)
                .map(|_| m);
            let start = out.lower.len();
            for c in surface.chars() {
                out.lower.extend(c.to_lowercase());
            }
            let lower = &out.lower[start..];
            let lower = if lower == "’s" { "'s" } else { lower };
            let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
            let mut word = match t.kind {
                TokenKind::Word => lexicon::lookup(&lower.replace('’', "'")),
                _ => None,
            };
            let named = mention.is_some_and(|i| mentions[i].label != "EVENT");
            if matches!(word, Some(Word::Trigger(_))) && (named || (k > 0 && capitalised)) {
                word = None;
            }
            let punct = match t.kind {
                TokenKind::Punct => surface.chars().next(),
                _ => None,
            };
            out.toks.push(Tok { span: t.span, lo: (start, out.lower.len()), word, mention, punct });
        }
        out.join_bigrams();
        out
    }

    /// The lower-cased form of token `i`.
    pub fn lower(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.lower.get(t.lo.0..t.lo.1)).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The trigger at token `i`, if any.
    pub fn trigger(&self, i: usize) -> Option<Trigger> {
        match self.toks.get(i)?.word? {
            Word::Trigger(t) => Some(t),
            _ => None,
        }
    }

    pub fn word(&self, i: usize) -> Option<Word> {
        self.toks.get(i)?.word
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i)?.punct
    }

    /// Two-word events replace the first word's entry and silence the second.
    fn join_bigrams(&mut self) {
        for i in 0..self.toks.len().saturating_sub(1) {
            if self.toks[i].mention.is_some() || self.toks[i + 1].mention.is_some() {
                continue;
            }
            if let Some(t) = lexicon::bigram(self.lower(i), self.lower(i + 1)) {
                self.toks[i].word = Some(Word::Trigger(t));
                self.toks[i + 1].word = None;
            }
        }
    }
}
