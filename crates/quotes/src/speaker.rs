//! The learned speaker of a quoted passage no cue claimed. Each reading of the passage is a
//! candidate: no speaker (the passage, or the clause it quotes words of, on its own); the
//! subject of the sentence that leads into it with a colon ("She then addressed the crowd
//! again: “...”"); the speaker of a verb right before it ("one of her ads asking, “...”"); the
//! subject of its own sentence, with the clause as content ("Ramos believes in journalism that
//! “takes sides.”"); and the speaker of the latest attribution before it (a quote that goes on
//! in the next sentence or paragraph). The shared perceptron ranks them on hashed features of
//! the candidate's kind, where the passage stands, how far the previous speaker is and what
//! the speaker phrase looks like; the best is taken.

use crate::attribute::Draft;
use crate::doc::Doc;
use crate::features::{Hash, bucket};
use crate::lead;
use crate::learn::{Model, Table, WIDEN};
use crate::lexicon::is_pronoun;
use crate::marks::{Mark, Passage};
use crate::phrase::{speaker_before, subject};
use parallax_model::QuoteKind;
use std::ops::Range;

/// One reading of a passage: the attribution it makes and its hashed features.
pub struct Candidate {
    pub draft: Draft,
    pub features: Vec<u32>,
}

/// What a candidate reads the passage as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Alone,
    Colon,
    Verb,
    Inside,
    Previous,
}

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Alone => "alone",
            Kind::Colon => "colon",
            Kind::Verb => "verb",
            Kind::Inside => "inside",
            Kind::Previous => "previous",
        }
    }
}

/// Where the passage stands, shared by all its candidates' features.
struct Place {
    opens_sentence: bool,
    opens_para: bool,
    whole_para: bool,
    words: usize,
    before: u64,
    after: &'static str,
}

fn place(doc: &Doc, passage: &Passage) -> Place {
    let sent = doc.sentence(doc.sentence_of[passage.open] as usize);
    let next = passage.last + 1;
    let after = if next >= doc.len() || doc.para_start[next] {
        "para-end"
    } else if next >= sent.end {
        "sentence-end"
    } else if doc.is_punct(next, ",") {
        "comma"
    } else if doc.is_word(next) {
        "word"
    } else {
        "punct"
    };
    Place {
        opens_sentence: sent.start == passage.open,
        opens_para: doc.para_start[passage.open],
        whole_para: doc.para_start[passage.open] && after == "para-end",
        words: (passage.open..=passage.last).filter(|&k| doc.is_word(k)).count(),
        before: passage.open.checked_sub(1).map_or(0, |b| doc.hash[b]),
        after,
    }
}

/// The shape of a speaker phrase.
fn form(doc: &Doc, speaker: Option<&Range<usize>>) -> &'static str {
    match speaker {
        None => "none",
        Some(r) if r.len() == 1 && is_pronoun(doc.word(r.start)) => "pronoun",
        Some(r) if r.clone().any(|k| doc.is_cap(k)) => "name",
        Some(_) => "desc",
    }
}

fn features(doc: &Doc, kind: Kind, draft: &Draft, at: &Place, extra: (u64, &str)) -> Vec<u32> {
    let k = kind.tag();
    let flag = |b: bool| if b { "y" } else { "n" };
    let cue = draft.cue.as_ref().map_or(0, |c| doc.hash[c.start]);
    let shape = form(doc, draft.speaker.as_ref());
    let feats = [
        Hash::new(150).s(k),
        Hash::new(151).s(k).s(flag(at.opens_sentence)).s(flag(at.opens_para)),
        Hash::new(152).s(k).s(flag(at.whole_para)),
        Hash::new(153).s(k).s(bucket(at.words)),
        Hash::new(154).s(k).add(at.before),
        Hash::new(155).s(k).s(at.after),
        Hash::new(156).s(k).s(shape),
        Hash::new(157).s(k).add(cue),
        Hash::new(158).s(k).add(extra.0),
        Hash::new(159).s(k).s(extra.1),
        Hash::new(160).s(k).s(shape).s(extra.1),
        Hash::new(161).s(k).add(at.before).s(flag(at.opens_para)),
        Hash::new(162).s(k).s(at.after).s(bucket(at.words)),
    ];
    feats.into_iter().map(|h| h.done(Table::Speakers.tag())).collect()
}

/// Every reading of an unclaimed `passage`, the speakerless one first; `drafts` are the
/// attributions made so far, in text order.
pub fn candidates(doc: &Doc, drafts: &[Draft], passage: &Passage) -> Vec<Candidate> {
    let at = place(doc, passage);
    let mut out = Vec::new();
    let mut push = |kind: Kind, draft: Draft, extra: (u64, &str)| {
        let features = features(doc, kind, &draft, &at, extra);
        out.push(Candidate { draft, features });
    };
    push(Kind::Alone, alone(doc, passage), (0, "-"));
    if let Some(d) = lead::after_colon(doc, passage) {
        let verb_is_colon = d.cue.as_ref().is_some_and(|c| doc.is_punct(c.start, ":"));
        push(Kind::Colon, d, (0, if verb_is_colon { "no-verb" } else { "verb" }));
    }
    if let Some(d) = verb_before(doc, passage) {
        let gap = if doc.is_punct(passage.open.saturating_sub(1), ",") { "comma" } else { "-" };
        push(Kind::Verb, d, (0, gap));
    }
    if let Some(d) = lead::inside(doc, passage) {
        push(Kind::Inside, d, (0, "-"));
    }
    if let Some(d) = drafts.iter().rev().find(|d| d.last < passage.open && d.speaker.is_some()) {
        let paras = doc.para_of[passage.open].saturating_sub(doc.para_of[d.last]) as usize;
        let sents = doc.sentence_of[passage.open].saturating_sub(doc.sentence_of[d.last]) as usize;
        let kind = match d.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        };
        let draft = Draft { speaker: d.speaker.clone(), cue: None, ..alone_passage(passage) };
        let distance = bucket(paras * 4 + sents.min(3));
        push(Kind::Previous, draft, (crate::features::str_hash(kind), distance));
    }
    out
}

/// The index of the best-scoring candidate; the speakerless one (the first) gets the bonus
/// [`Params::alone`](crate::learn::Params) chosen on validation articles.
pub fn best(model: &Model, candidates: &[Candidate]) -> usize {
    let mut best = (0, f32::MIN);
    for (i, c) in candidates.iter().enumerate() {
        let bonus = if i == 0 { model.params.alone } else { 0.0 };
        let s = model.sum(&c.features) + bonus;
        if s > best.1 {
            best = (i, s);
        }
    }
    best.0
}

fn alone_passage(passage: &Passage) -> Draft {
    Draft {
        content: passage.content,
        kind: QuoteKind::Direct,
        speaker: None,
        cue: None,
        first: passage.open,
        last: passage.last,
    }
}

/// The passage without a speaker: inside a sentence it quotes words of a clause, and PolNeAR's
/// content is the clause, so it is widened leftward (when validation chose [`WIDEN`]).
fn alone(doc: &Doc, passage: &Passage) -> Draft {
    match crate::merge::clause_around(doc, passage) {
        Some(r) if doc.model.params.has(WIDEN) => Draft {
            content: doc.span(r.clone()),
            first: r.start,
            last: r.end - 1,
            ..alone_passage(passage)
        },
        _ => alone_passage(passage),
    }
}

/// "a hat reading, “...”": the word right before the passage (a comma or colon between) as a
/// cue, said by the phrase before it.
fn verb_before(doc: &Doc, passage: &Passage) -> Option<Draft> {
    let sent = doc.sentence(doc.sentence_of[passage.open] as usize);
    let mut v = passage.open.checked_sub(1).filter(|&b| b >= sent.start)?;
    if doc.is_punct(v, ",") || doc.is_punct(v, ":") {
        v = v.checked_sub(1).filter(|&b| b >= sent.start)?;
    }
    if !doc.is_word(v) || doc.is_cap(v) || doc.marks[v] != Mark::NotMark {
        return None;
    }
    let speaker = speaker_before(doc, v, sent.start).or_else(|| subject(doc, sent.start..v))?;
    (speaker.end <= v).then(|| Draft {
        speaker: Some(speaker.clone()),
        cue: Some(v..v + 1),
        first: speaker.start,
        ..alone_passage(passage)
    })
}
