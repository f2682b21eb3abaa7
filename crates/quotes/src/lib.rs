//! Who said what: direct quotes, indirect speech, their cues and their speakers.
//!
//! One pass over the tokens prepares them ([`doc`]): lower-cased words, paragraph starts and
//! the quoted passages ([`marks`]). Each cue word of the lexicon ([`lexicon`]) outside a passage
//! then makes an attribution ([`attribute`]): its speaker phrase ([`phrase`]) and its content,
//! the passage next to it or the reported clause, whose bounds rules set ([`bounds`]) and
//! whose end within them a learned ranking picks ([`ends`]). Passages no cue claimed are joined to the quote they continue or attributed on
//! their own, with a speaker a learned ranking picks ([`merge`], [`speaker`]), and speakers
//! are resolved to the document's entities ([`resolve`]).
//!
//! Conventions follow PolNeAR: an interrupted quote ("...," he said. "...") is one statement
//! whose content runs from the first part to the last (PolNeAR stores the parts as fragments of
//! one content, and the contract has one span per quote, so the attribution in the middle lies
//! inside it); a clause that quotes some of its words
//! (Pyongyang said the comments were "irresponsible") is one `mixed` quote whose content is the
//! whole clause.

pub mod attribute;
pub mod bounds;
pub mod colon;
pub mod comment;
pub mod doc;
pub mod ends;
pub mod features;
pub mod lead;
pub mod learn;
pub mod lexicon;
pub mod marks;
pub mod merge;
pub mod perceptron;
pub mod phrase;
pub mod resolve;
pub mod rest;
pub mod speaker;
pub mod train;

use parallax_entities::{EntityAnnotations, EntityAnnotator};
use parallax_model::{Quote, QuoteKind, Span, SpanRef, TextAnalysis};

/// One statement found in a document, before its speaker is resolved to an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub content: parallax_model::Span,
    pub kind: QuoteKind,
    pub speaker: Option<parallax_model::Span>,
    pub cue: Option<parallax_model::Span>,
}

/// Every reported statement of a prepared document (see [`doc::Doc::with_model`]).
pub fn find(doc: &doc::Doc) -> Vec<Found> {
    if doc.is_empty() {
        return Vec::new();
    }
    let mut used = vec![false; doc.passages.len()];
    let mut drafts = colon::speaker_lines(doc, &mut used);
    drafts.extend(attribute::by_cues(doc, &mut used));
    let drafts = merge::leftovers(doc, drafts, &used);
    let drafts = without_hearsay(doc, drafts);
    drafts
        .into_iter()
        .filter_map(|d| {
            let content = trim_marks(d.content, doc.text);
            (!content.is_empty()).then(|| Found {
                content,
                kind: kind(d.kind, content.of(doc.text)),
                speaker: d.speaker.map(|r| doc.span(r)),
                cue: d.cue.map(|r| doc.span(r)),
            })
        })
        .collect()
}

/// The drafts without the statements reported inside another one's content: in "Trump said
/// Clinton once described the pact as “the gold standard”", the description is what Trump says
/// she said, part of his statement and not one of hers. A statement stands when its cue is a
/// plain verb of saying or "according to", which names its source outright ("X reports that
/// ..., according to Y"), unless an "according to" covers it too: in "Police said ...,
/// according to the family's lawyer", the lawyer is the source of the whole sentence.
fn without_hearsay(doc: &doc::Doc, drafts: Vec<attribute::Draft>) -> Vec<attribute::Draft> {
    let according =
        |d: &attribute::Draft| d.cue.as_ref().is_some_and(|c| doc.word(c.start) == "according");
    let keep: Vec<bool> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| match &d.cue {
            Some(range) if d.speaker.is_some() => {
                let cue = doc.span(range.clone());
                let named = range.clone().any(|k| names_source(doc.word(k)));
                // An interrupted quote holds its own attribution, and what is reported there
                // ("“...,” she said, emphasizing why ... “...”", "“...,” Trump assured Jones,
                // after Jones assured him that ... “...”") is not hearsay of the quote.
                let aside = |o: &attribute::Draft| {
                    o.kind != QuoteKind::Indirect
                        && o.cue.as_ref().is_some_and(|c| {
                            o.content.contains(doc.span(c.clone()))
                                && (o.speaker == d.speaker
                                    || doc.sentence_of[c.start] == doc.sentence_of[d.first])
                        })
                };
                !drafts.iter().enumerate().any(|(j, o)| {
                    j != i && o.content.contains(cue) && (!named || according(o)) && !aside(o)
                })
            }
            _ => true,
        })
        .collect();
    drafts.into_iter().zip(keep).filter_map(|(d, k)| k.then_some(d)).collect()
}

/// True for a cue word that names its source outright: a form of "say" or "write",
/// "according" (to).
fn names_source(word: &str) -> bool {
    matches!(word, "said" | "says" | "say" | "wrote" | "writes" | "according")
}

/// Every reported statement of a document's body, with cue and speaker.
pub fn annotate(
    text: &str,
    analysis: &TextAnalysis,
    entities: &EntityAnnotations,
    annotator: &EntityAnnotator,
) -> Vec<Quote> {
    let doc = doc::Doc::new(text, analysis);
    let referents = annotator.referents(entities);
    let resolver = resolve::Resolver { text, analysis, entities, referents };
    // Quotes in a row often share their speaker's words ("..., she said. “...”"): each span is
    // resolved once for the run.
    let mut last: Option<(Span, Option<usize>)> = None;
    let mut entity = |span: Span| match last {
        Some((seen, e)) if seen == span => e,
        _ => last.insert((span, resolver.entity(span))).1,
    };
    find(&doc)
        .into_iter()
        .map(|f| Quote {
            content: f.content,
            kind: f.kind,
            speaker: f.speaker.map(|span| SpanRef { span, entity: entity(span) }),
            cue: f.cue,
        })
        .collect()
}

/// True when `text` holds a double quotation mark: '"', “, ”, « or ». Each starts with one of
/// three bytes, which a vectorised search finds; the bytes after a lead byte tell the mark.
fn holds_double_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, bytes).any(|i| match bytes[i] {
        b'"' => true,
        // “ and ” are E2 80 9C and E2 80 9D.
        0xE2 => bytes.get(i + 1..i + 3).is_some_and(|t| t == [0x80, 0x9C] || t == [0x80, 0x9D]),
        // « and » are C2 AB and C2 BB.
        _ => bytes.get(i + 1).is_some_and(|&t| t == 0xAB || t == 0xBB),
    })
}

/// PolNeAR's kinds: a content that holds a double quotation mark is direct (a passage, or a
/// clause quoting some of its words), any other is indirect.
fn kind(drafted: QuoteKind, content: &str) -> QuoteKind {
    let quotes_words = holds_double_mark(content);
    if drafted == QuoteKind::Direct || quotes_words {
        QuoteKind::Direct
    } else {
        QuoteKind::Indirect
    }
}

/// A span without white space or stray apostrophes (halves of a doubled `''` mark) at its ends.
fn trim_marks(span: parallax_model::Span, text: &str) -> parallax_model::Span {
    let inner = span.of(text);
    let strip = |c: char| c.is_whitespace() || c == '\'';
    let lead = inner.len() - inner.trim_start_matches(strip).len();
    let kept = inner.trim_matches(strip).len();
    parallax_model::Span::new(span.start + lead, span.start + lead + kept)
}

#[cfg(test)]
mod tests {
    use super::holds_double_mark;

    #[test]
    fn double_marks_are_found_by_their_bytes_as_by_their_characters() {
        let texts = [
            "plain words",
            "he said \"no\"",
            "the “phony” system",
            "a closing ” only",
            "« bonjour »",
            "it’s — a dash and a curly apostrophe ‘single’",
            "Â¢ and â€ lead bytes without a mark",
            "",
            "ends with a lead byte \u{c2}",
        ];
        for text in texts {
            let by_chars = text.contains(['"', '“', '”', '«', '»']);
            assert_eq!(holds_double_mark(text), by_chars, "{text:?}");
        }
        assert!(holds_double_mark("the “phony” system") && !holds_double_mark("it’s ‘single’"));
    }
}
