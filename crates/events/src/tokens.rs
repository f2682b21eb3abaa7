//! The tokens of one sentence as the clause analysis sees them: lower-cased form, lexicon
//! entry, and the entity mention each falls in.

use crate::colloc;
use crate::lexicon::{self, Pos, Trigger, Word};
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
    /// The object of a light verb or a collocation's verb: heads its clause like a verb.
    pub light: bool,
    /// An infinitive, a gerund after a preposition or a participle after a comma.
    pub nonfinite: bool,
    /// Set by a two-word event or a collocation; later passes leave it alone.
    fixed: bool,
    capitalised: bool,
    /// What the word opens as a verb ([`colloc::verb_bits`]).
    bits: u32,
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
            let word_kind = t.kind == TokenKind::Word && !capitalised;
            let mut word = match t.kind {
                TokenKind::Word if lower.contains('’') => {
                    lexicon::lookup(&lower.replace('’', "'"))
                }
                TokenKind::Word => lexicon::lookup(lower),
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
            let lo = (start, out.lower.len());
            out.toks.push(Tok {
                span: t.span,
                lo,
                word,
                mention,
                punct,
                light: false,
                nonfinite: false,
                fixed: false,
                capitalised,
                bits: if word_kind && lower.len() > 2 { colloc::verb_bits(lower) } else { 0 },
            });
        }
        out.join_bigrams();
        out.collocations(mentions);
        out.light_verbs();
        out.noun_readings();
        out.mark_nonfinite();
        out
    }

    /// The lower-cased form of token `i`.
    pub fn lower(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.lower.get(t.lo.0..t.lo.1)).unwrap_or("")
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capitalised)
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
            let (a, b) = (&self.toks[i], &self.toks[i + 1]);
            if a.mention.is_some() || b.mention.is_some() || a.punct.is_some() || b.punct.is_some()
            {
                continue;
            }
            let (w1, w2) = (self.lower(i), self.lower(i + 1));
            let w3 = self.lower(i + 2);
            let not_events = matches!(
                (w1, w2),
                ("in", "order") | ("press", "release" | "conference" | "statement")
            );
            if not_events {
                self.toks[i + 1].word = None;
            } else if let Some(t) = colloc::trigram(w1, w2, w3) {
                self.set(i, t, &[i + 1, i + 2]);
            } else if let Some(t) = colloc::bigram(w1, w2) {
                self.set(i, t, &[i + 1]);
            } else if let Some(t) = is_intensifier(w2).then(|| colloc::bigram(w1, w3)).flatten() {
                self.set(i, t, &[i + 1, i + 2]);
            }
        }
    }

    /// Token `i` becomes trigger `t`; the `silenced` tokens lose their entries.
    fn set(&mut self, i: usize, t: Trigger, silenced: &[usize]) {
        self.toks[i].word = Some(Word::Trigger(t));
        self.toks[i].fixed = true;
        for &j in silenced {
            if let Some(tok) = self.toks.get_mut(j) {
                tok.word = None;
                tok.fixed = true;
            }
        }
    }

    /// "closed its southern borders", "expelled two Russian diplomats": the verb takes the
    /// collocation's type and the object noun is silenced.
    fn collocations(&mut self, mentions: &[Mention]) {
        for i in 0..self.toks.len() {
            let bits = self.toks[i].bits;
            if self.toks[i].fixed || !colloc::opens_collocation(bits) {
                continue;
            }
            for j in i + 1..self.toks.len().min(i + 6) {
                let nationality = self.toks[j].mention.is_some_and(|m| mentions[m].label == "NORP");
                if let Some((code, mode)) = colloc::collocation(bits, self.lower(j)) {
                    let t = Trigger { code, mode, pos: Pos::Verb, strong: true };
                    self.set(i, t, &[j]);
                    break;
                }
                let tok = &self.toks[j];
                let unlisted = tok.word.is_none() && tok.mention.is_none() && tok.punct.is_none();
                if !(nationality || unlisted || colloc::is_filler(self.lower(j))) {
                    break;
                }
            }
        }
    }

    /// "issued an ultimatum", "held talks", "imposed a curfew": the event noun after a light
    /// verb heads the clause, and the light verb's own entry ("gave" as AID) is dropped.
    fn light_verbs(&mut self) {
        for i in 0..self.toks.len() {
            if self.toks[i].fixed || !colloc::is_light(self.toks[i].bits) {
                continue;
            }
            let Some(j) = self.object_noun(i) else { continue };
            let t = self.trigger(j).filter(|t| t.pos == Pos::Noun);
            let Some(t) = t.or_else(|| lexicon::lookup_noun(self.lower(j))) else { continue };
            self.toks[j].word = Some(Word::Trigger(Trigger { strong: true, ..t }));
            self.toks[j].light = true;
            if matches!(self.toks[i].word, Some(Word::Trigger(_))) {
                self.toks[i].word = None;
            }
        }
    }

    /// The event noun after token `i`, past determiners and unlisted modifiers ("a warm
    /// welcome", "a hunger strike").
    fn object_noun(&self, i: usize) -> Option<usize> {
        for j in i + 1..self.toks.len().min(i + 5) {
            let tok = &self.toks[j];
            if tok.mention.is_some() || tok.punct.is_some_and(|c| c != '-') {
                return None;
            }
            match tok.word {
                Some(Word::Trigger(t)) if !tok.fixed || t.pos == Pos::Noun => return Some(j),
                Some(_) => return None,
                None if tok.fixed => return None,
                None if lexicon::lookup_noun(self.lower(j)).is_some() => return Some(j),
                None => continue,
            }
        }
        None
    }

    /// A verb entry after a determiner ("a strike", "the fight", "an official's visit") takes
    /// its noun reading.
    fn noun_readings(&mut self) {
        for i in 1..self.toks.len() {
            let Some(t) = self.trigger(i) else { continue };
            if t.pos != Pos::Verb || self.toks[i].fixed || self.toks[i].light {
                continue;
            }
            if !self.after_determiner(i) {
                continue;
            }
            if let Some(n) = lexicon::lookup_noun(self.lower(i)) {
                self.toks[i].word = Some(Word::Trigger(n));
            }
        }
    }

    /// True when a determiner, number or possessive precedes token `i`, past at most two
    /// modifiers that are not themselves listed.
    fn after_determiner(&self, i: usize) -> bool {
        let mut j = i;
        for _ in 0..3 {
            let Some(p) = j.checked_sub(1) else { return false };
            j = p;
            let w = self.lower(j);
            let det = matches!(
                w,
                "a" | "an"
                    | "the"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "this"
                    | "these"
                    | "those"
                    | "any"
                    | "some"
                    | "each"
                    | "every"
                    | "'s"
                    | "’s"
            ) || w.starts_with(|c: char| c.is_ascii_digit());
            if det {
                return true;
            }
            let tok = &self.toks[j];
            if tok.punct.is_some_and(|c| c != '-') || tok.mention.is_some() || tok.word.is_some() {
                return false;
            }
        }
        false
    }

    /// Marks infinitives ("to withdraw", "help defend"), gerunds after a preposition ("for
    /// rioting") and participles after a comma (", killing").
    fn mark_nonfinite(&mut self) {
        for i in 1..self.toks.len() {
            let Some(t) = self.trigger(i) else { continue };
            if t.pos != Pos::Verb || self.toks[i].light {
                continue;
            }
            let prev = self.lower(i - 1);
            let gerund = self.lower(i).ends_with("ing");
            let after_prep = matches!(self.word(i - 1), Some(Word::Prep(_)));
            let coordinated = matches!(prev, "and" | "or") && i >= 2 && self.toks[i - 2].nonfinite;
            let reduced_relative = self.lower(i).ends_with("ed")
                && self.word(i + 1) == Some(Word::Prep(lexicon::Prep::By))
                && !matches!(self.word(i - 1), Some(Word::Be));
            self.toks[i].nonfinite = matches!(prev, "to" | "help" | "helps")
                || (gerund && (after_prep || self.punct(i - 1) == Some(',') || coordinated))
                || reduced_relative;
        }
    }
}

/// Adverbs that may split a two-word event: "pushing hard for".
fn is_intensifier(lower: &str) -> bool {
    matches!(lower, "hard" | "strongly" | "openly" | "again" | "repeatedly")
}
