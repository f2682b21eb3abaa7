//! Speakers for passages no cue claimed, read from the sentence around them. A passage right
//! after a colon is said by the subject of the colon's sentence ("She then addressed the crowd
//! again: “...”"); a passage inside a sentence whose subject is followed by a verb is said by
//! that subject, and the content runs from after the verb to the end of the clause ("Ramos
//! believes in journalism that “takes sides.”"). Both are candidates the learned speaker
//! ranking ([`crate::speaker`]) weighs against the passage's other readings.

use crate::attribute::Draft;
use crate::bounds::clause_end;
use crate::doc::Doc;
use crate::lexicon::{cue, ends_phrase, is_cue_modifier, is_determiner, is_label, is_pronoun};
use crate::marks::Passage;
use crate::phrase::subject;
use parallax_model::QuoteKind;
use std::ops::Range;

/// The subject of the sentence `sent` up to `limit` and the verb after it (auxiliaries and
/// adverbs skipped), when a lower-case word that can be a verb follows the subject.
fn subject_verb(doc: &Doc, sent: Range<usize>, limit: usize) -> Option<(Range<usize>, usize)> {
    let mut subj = subject(doc, sent.start..limit)?;
    if doc.is_word(subj.start) && is_label(doc.word(subj.start)) {
        return None;
    }
    // A phrase that ran on over a verb ("The email goes on to say") stops before it.
    let verb_inside = (subj.start + 1..subj.end).find(|&k| {
        let w = doc.word(k);
        !doc.is_cap(k) && (w.ends_with('s') && !w.ends_with("ss") || w.ends_with("ed"))
    });
    if let Some(k) = verb_inside {
        subj.end = k;
    }
    let mut v = subj.end;
    while v < limit && doc.is_word(v) && is_cue_modifier(doc.word(v)) {
        v += 1;
    }
    if v >= limit || !doc.is_word(v) || doc.is_cap(v) {
        return None;
    }
    let w = doc.word(v);
    let verbal = w.ends_with('s') || w.ends_with("ed") || cue(w).is_some() || v > subj.end;
    let nominal = is_determiner(w) || is_pronoun(w) || ends_phrase(w);
    (verbal && !nominal).then_some((subj, v))
}

/// "X did something:" then the passage, in the same paragraph or opening the next one.
pub fn after_colon(doc: &Doc, passage: &Passage) -> Option<Draft> {
    let colon = passage.open.checked_sub(1).filter(|&b| doc.is_punct(b, ":"))?;
    let sent = doc.sentence(doc.sentence_of[colon] as usize);
    let (speaker, verb) = match subject_verb(doc, sent.clone(), colon) {
        Some(found) => found,
        None => (subject(doc, sent.start..colon).filter(|s| s.end < colon)?, colon),
    };
    Some(Draft {
        content: passage.content,
        kind: QuoteKind::Direct,
        speaker: Some(speaker.clone()),
        cue: Some(verb..verb + 1),
        first: speaker.start,
        last: passage.last,
    })
}

/// "X verb ... “words” ...": the clause after the verb, with the passage in it.
pub fn inside(doc: &Doc, passage: &Passage) -> Option<Draft> {
    let sent = doc.sentence(doc.sentence_of[passage.open] as usize);
    if sent.start >= passage.open {
        return None;
    }
    let (speaker, verb) = subject_verb(doc, sent.clone(), passage.open)?;
    let start = verb + 1;
    let end = clause_end(doc, start, sent.end).max(passage.last + 1);
    if start >= passage.open || (start..passage.open).any(|k| doc.is_punct(k, ":")) {
        return None;
    }
    Some(Draft {
        content: doc.span(start..end),
        kind: QuoteKind::Mixed,
        speaker: Some(speaker.clone()),
        cue: Some(verb..verb + 1),
        first: speaker.start,
        last: end - 1,
    })
}
