//! A view of one document's tokens prepared for attribution in a single pass: lower-cased words,
//! paragraph starts, quotation marks and the passage each token lies in.

use crate::features::str_hash;
use crate::learn::Model;
use crate::marks::{self, Mark, Passage};
use parallax_model::{Span, TextAnalysis, Token, TokenKind};
use std::ops::Range;

/// Marks a token that lies in no quoted passage.
pub const NONE: u32 = u32::MAX;

/// The prepared tokens of one document.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub analysis: &'a TextAnalysis,
    lower: String,
    lower_at: Vec<(u32, u32)>,
    /// True for the first token of a paragraph (a line break before it).
    pub para_start: Vec<bool>,
    pub marks: Vec<Mark>,
    /// The passage each token lies in (its marks included), or [`NONE`].
    pub passage_of: Vec<u32>,
    pub passages: Vec<Passage>,
    /// The sentence each token belongs to.
    pub sentence_of: Vec<u32>,
    /// The paragraph each token belongs to.
    pub para_of: Vec<u32>,
    /// A hash of each token's lower-cased word (of its text for other tokens), for features.
    pub hash: Vec<u64>,
    /// True for a word written with an initial capital ([`Doc::is_cap`]).
    cap: Vec<bool>,
    /// The learned cue and content model attribution consults.
    pub model: &'a Model,
}

impl<'a> Doc<'a> {
    /// The document read with the shipped model.
    pub fn new(text: &'a str, analysis: &'a TextAnalysis) -> Doc<'a> {
        Doc::with_model(text, analysis, Model::shipped())
    }

    /// The document read with `model`, as training does to try one.
    pub fn with_model(text: &'a str, analysis: &'a TextAnalysis, model: &'a Model) -> Doc<'a> {
        let tokens = analysis.tokens.as_slice();
        let mut lower = String::with_capacity(text.len() / 2);
        let mut lower_at = Vec::with_capacity(tokens.len());
        let mut para_start = Vec::with_capacity(tokens.len());
        let mut hash = Vec::with_capacity(tokens.len());
        let mut cap = Vec::with_capacity(tokens.len());
        let mut prev_end = 0;
        for (i, t) in tokens.iter().enumerate() {
            let from = lower.len() as u32;
            let raw = t.span.of(text);
            let word = t.kind == TokenKind::Word;
            if word {
                if raw.is_ascii() {
                    lower.push_str(raw);
                    lower[from as usize..].make_ascii_lowercase();
                } else {
                    // A curly apostrophe reads as a straight one: "isn’t" is "isn't".
                    let plain = |c: char| if c == '’' { '\'' } else { c.to_ascii_lowercase() };
                    lower.extend(raw.chars().map(plain));
                }
            }
            lower_at.push((from, lower.len() as u32));
            let written = if word { &lower[from as usize..] } else { raw };
            hash.push(str_hash(written));
            cap.push(word && raw.chars().next().is_some_and(char::is_uppercase));
            let gap = text.as_bytes().get(prev_end..t.span.start).unwrap_or_default();
            para_start.push(i == 0 || gap.contains(&b'\n'));
            prev_end = t.span.end;
        }
        // Only punctuation may be a quotation mark.
        let mut marks: Vec<Mark> = tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word | TokenKind::Number => Mark::NotMark,
                _ => marks::classify(text, t.span),
            })
            .collect();
        marks::doubled_apostrophes(text, tokens, &mut marks);
        marks::nicknames(text, tokens, &mut marks);
        let (passages, passage_of) = marks::passages(text, tokens, &marks, &para_start);
        // A straight mark that pairing read as a passage's end closes it (`'outreach,' " he
        // told`, where a space stands on both sides of the mark).
        for p in &passages {
            if let Some(c) = p.close {
                marks[c] = Mark::Close;
            }
        }
        let mut sentence_of = vec![0u32; tokens.len()];
        for (s, range) in analysis.sentence_tokens.iter().enumerate() {
            for k in range.clone() {
                if let Some(slot) = sentence_of.get_mut(k) {
                    *slot = s as u32;
                }
            }
        }
        let mut para_of = Vec::with_capacity(tokens.len());
        let mut para = 0u32;
        for (i, &start) in para_start.iter().enumerate() {
            para += u32::from(start && i > 0);
            para_of.push(para);
        }
        Doc {
            para_of,
            text,
            tokens,
            analysis,
            lower,
            lower_at,
            para_start,
            marks,
            passage_of,
            passages,
            sentence_of,
            hash,
            cap,
            model,
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The lower-cased word at token `i` ("" for punctuation and numbers).
    pub fn word(&self, i: usize) -> &str {
        self.lower_at.get(i).map_or("", |&(a, b)| &self.lower[a as usize..b as usize])
    }

    /// The cue the word at token `i` is ([`crate::lexicon::cue`]), found by its hash.
    pub fn cue(&self, i: usize) -> Option<crate::lexicon::Cue> {
        let hash = self.hash.get(i)?;
        let found = crate::lexicon::cue_hashed(self.word(i), *hash);
        const CALL: u64 = crate::features::str_hash("call");
        if found.is_none() && *hash == CALL && self.word(i) == "call" && self.names_by_call(i) {
            return Some(crate::lexicon::NAMING_CALL);
        }
        found
    }

    /// Whether "call" at `i` is the verb that names its object ("they call them “lone
    /// wolves”", "to call Trump “unfit”"): it follows a pronoun, a name, a plural noun, "to" or
    /// an auxiliary, not a determiner or a noun it ends ("a conference call", "his call for
    /// ..."), and neither a particle ("call on", "call for", "call off") nor an article ("call
    /// a meeting" convenes one) follows it.
    fn names_by_call(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).filter(|_| !self.is_cap(i)) else { return false };
        let p = self.word(prev);
        let after_subject = matches!(
            p,
            "to" | "would"
                | "will"
                | "could"
                | "should"
                | "might"
                | "may"
                | "can"
                | "must"
                | "they"
                | "we"
                | "i"
                | "you"
                | "and"
                | "often"
                | "also"
                | "even"
                | "still"
        ) || (self.is_cap(prev) || p.len() > 3 && p.ends_with('s'))
            && !crate::lexicon::is_determiner(p);
        let particle = matches!(
            self.word(i + 1),
            "for"
                | "on"
                | "upon"
                | "with"
                | "in"
                | "out"
                | "off"
                | "up"
                | "back"
                | "to"
                | "from"
                | "into"
                | "at"
                | "about"
                | "over"
                | "the"
                | "a"
                | "an"
        );
        after_subject && !particle
    }

    /// The token's text as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// True for a word written with an initial capital (or a digit-led name part).
    pub fn is_cap(&self, i: usize) -> bool {
        self.cap.get(i).copied().unwrap_or(false)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Word && t.span.of(self.text) == p)
    }

    /// The byte span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, r: Range<usize>) -> Span {
        let start = self.tokens[r.start].span.start;
        let end = self.tokens[r.end.saturating_sub(1).max(r.start)].span.end;
        Span::new(start, end)
    }

    /// The token range of sentence `s`.
    pub fn sentence(&self, s: usize) -> Range<usize> {
        self.analysis.sentence_tokens.get(s).cloned().unwrap_or(0..0)
    }

    /// The passage token `i` lies in, if any.
    pub fn passage_at(&self, i: usize) -> Option<usize> {
        self.passage_of.get(i).filter(|&&p| p != NONE).map(|&p| p as usize)
    }
}
