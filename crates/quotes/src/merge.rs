//! Passages no cue claimed. One that continues a direct quote (the second half of an
//! interrupted quote, or the next paragraph of a long one) or leads into one (a quoted
//! paragraph followed by the attributed rest) joins it, as one statement; a remaining passage is
//! a quote of its own, whose speaker (or none) the learned ranking of [`crate::speaker`] picks.

use crate::attribute::Draft;
use crate::doc::Doc;
use crate::marks::{Mark, Passage};
use crate::phrase::is_past;
use crate::speaker::{self, Candidate};
use parallax_model::QuoteKind;
use std::ops::Range;

/// Adds the unclaimed passages to `drafts`, joining or attributing them; returns the drafts in
/// text order.
pub fn leftovers(doc: &Doc, drafts: Vec<Draft>, used: &[bool]) -> Vec<Draft> {
    leftovers_with(doc, drafts, used, &mut |_, c| speaker::best(doc.model, c))
}

/// [`leftovers`] with the reading of each passage left alone chosen by `choose` (training
/// records the candidates there).
pub fn leftovers_with(
    doc: &Doc,
    mut drafts: Vec<Draft>,
    used: &[bool],
    choose: &mut dyn FnMut(&Passage, &[Candidate]) -> usize,
) -> Vec<Draft> {
    drafts.sort_by_key(|d| d.first);
    let mut extra = Vec::new();
    for (p, passage) in doc.passages.iter().enumerate() {
        if used[p] {
            continue;
        }
        if let Some(d) = continued(doc, &mut drafts, passage) {
            d.content.end = d.content.end.max(passage.content.end);
            d.last = d.last.max(passage.last);
            continue;
        }
        if let Some(d) = completes(doc, &mut drafts, passage) {
            d.content.end = d.content.end.max(passage.content.end);
            d.last = d.last.max(passage.last);
            continue;
        }
        if let Some(d) = sourced_after(doc, &mut drafts, passage) {
            let sentence = doc.sentence(doc.sentence_of[passage.open] as usize);
            d.content.start = doc.tokens[sentence.start].span.start;
            d.first = sentence.start;
            continue;
        }
        if let Some(d) = led_into(doc, &mut drafts, passage) {
            d.content.start = d.content.start.min(passage.content.start);
            d.first = passage.open;
            continue;
        }
        let mut candidates = speaker::candidates(doc, &drafts, passage);
        let chosen = choose(passage, &candidates);
        if chosen < candidates.len() {
            extra.push(candidates.swap_remove(chosen).draft);
        }
    }
    drafts.extend(extra);
    drafts.sort_by_key(|d| (d.first, d.content.start));
    drafts.dedup_by(|b, a| a.content == b.content);
    drafts
}

/// The direct quote this passage continues: nothing but punctuation lies between them in one
/// paragraph, the passage opens the sentence after the cue's or goes on in lower case after an
/// aside, or the quote's attribution ends one paragraph and the passage opens the next.
fn continued<'d>(doc: &Doc, drafts: &'d mut [Draft], passage: &Passage) -> Option<&'d mut Draft> {
    let mut i = drafts.partition_point(|d| d.first < passage.open).checked_sub(1)?;
    // A report inside the quote's attribution sentence, a participle after the cue ("“...,”
    // said Caddell, speaking of her health. “...”") or a clause of its own ("“...,” Trump
    // assured Jones, after Jones assured him that ... . “...”"), leaves the passage to
    // continue the quote before it.
    if i > 0 && drafts[i].kind != QuoteKind::Direct {
        let (before, after) = (&drafts[i - 1], &drafts[i]);
        let same_sentence = doc.sentence_of[before.last] == doc.sentence_of[after.first];
        if same_sentence && before.kind == QuoteKind::Direct {
            i -= 1;
        }
    }
    let d = &mut drafts[i];
    if d.kind != QuoteKind::Direct || d.last >= passage.open {
        return None;
    }
    let between = d.last + 1..passage.open;
    let only_punct = between.clone().all(|k| !doc.is_word(k) && !doc.is_number(k));
    let same_para = !(d.last + 1..=passage.open).any(|k| doc.para_start[k]);
    let next_para = doc.para_start[passage.open];
    // "“...,” she said, clapping. “...”": the passage opens the sentence after the cue's.
    let cue_sentence = d.cue.as_ref().map_or(doc.sentence_of[d.last], |c| doc.sentence_of[c.start]);
    let next_sentence = doc.sentence_of[passage.open] == cue_sentence + 1
        && doc.sentence(cue_sentence as usize + 1).start == passage.open;
    // "“...,” Tester said, waving the report, “you give ...”": a passage that goes on in
    // lower case after a comma, in the cue's sentence, takes up the quote the aside broke off.
    let taken_up = doc.sentence_of[passage.open] == cue_sentence
        && passage.open.checked_sub(1).is_some_and(|k| doc.is_punct(k, ","))
        && first_word_lower(doc, passage);
    ((only_punct || next_sentence || taken_up) && same_para || only_punct && next_para).then_some(d)
}

/// True when the first word of a passage is written in lower case: it goes on with a sentence.
fn first_word_lower(doc: &Doc, passage: &Passage) -> bool {
    (passage.open..=passage.last).find(|&k| doc.is_word(k)).is_some_and(|k| {
        !doc.is_cap(k) && doc.raw(k).chars().next().is_some_and(char::is_lowercase)
    })
}

/// Most words between a report's content and a passage that completes it.
const COMPLETES_REACH: usize = 6;

/// The report whose clause goes on into this passage ("called Mr. Obama's remarks on Saturday
/// “a true wake-up call”"): its cue and content lie before the passage in the same sentence,
/// and only a few words, none of them clause punctuation, lie between.
fn completes<'d>(doc: &Doc, drafts: &'d mut [Draft], passage: &Passage) -> Option<&'d mut Draft> {
    let i = drafts.partition_point(|d| d.first < passage.open).checked_sub(1)?;
    let d = &mut drafts[i];
    let cue = d.cue.as_ref()?;
    if d.last >= passage.open || doc.sentence_of[cue.start] != doc.sentence_of[passage.open] {
        return None;
    }
    // A comma or colon may lead into the passage ("characterized him as, “...”").
    let lead =
        passage.open.checked_sub(1).filter(|&k| doc.is_punct(k, ",") || doc.is_punct(k, ":"));
    let between = d.last + 1..lead.unwrap_or(passage.open);
    let open = between.clone().all(|k| {
        doc.marks[k] == Mark::NotMark
            && doc.cue(k).is_none()
            && ![",", ";", ":", "—", "–", "(", ")", "."].iter().any(|p| doc.is_punct(k, p))
    });
    (open && between.len() <= COMPLETES_REACH && cue.end <= d.last).then_some(d)
}

/// The direct quote that opens the paragraph right after this passage, when the passage is a
/// paragraph of its own and closes (a paragraph left open before a quotation in marks of the
/// other kind opens with a stray mark; see [`crate::marks::passages`]).
fn led_into<'d>(doc: &Doc, drafts: &'d mut [Draft], passage: &Passage) -> Option<&'d mut Draft> {
    let next = passage.last + 1;
    let whole = doc.para_start[passage.open]
        && next < doc.len()
        && doc.para_start[next]
        && passage.close.is_some();
    if !whole {
        return None;
    }
    let i = drafts.partition_point(|d| d.first < next);
    let d = drafts.get_mut(i)?;
    (d.first == next && d.kind == QuoteKind::Direct).then_some(d)
}

/// The "according to" report that opens the next sentence of the passage's paragraph: a source
/// named at the end of a paragraph covers the sentence before it too.
fn sourced_after<'d>(
    doc: &Doc,
    drafts: &'d mut [Draft],
    passage: &Passage,
) -> Option<&'d mut Draft> {
    let next = doc.sentence(doc.sentence_of[passage.open] as usize + 1);
    if next.is_empty() || doc.para_start[next.start] {
        return None;
    }
    let i = drafts.partition_point(|d| d.first < next.start);
    let d = drafts.get_mut(i)?;
    let according = d.cue.as_ref().is_some_and(|c| doc.word(c.start) == "according");
    (d.first == next.start && according).then_some(d)
}

/// The clause a passage quotes some words of, when the passage does not open its sentence: from
/// the last comma, colon, dash, bracket or quotation mark before it (or from "that") to the
/// passage's end.
pub(crate) fn clause_around(doc: &Doc, passage: &Passage) -> Option<Range<usize>> {
    let sent = doc.sentence(doc.sentence_of[passage.open] as usize);
    if sent.start >= passage.open {
        return None;
    }
    let mut start = passage.open;
    while start > sent.start {
        let k = start - 1;
        let stop = [",", ":", "—", "–", "(", ";"].iter().any(|p| doc.is_punct(k, p))
            || doc.marks[k] != Mark::NotMark;
        // The words after a verb are its object ("a doctor had typed “homicidal ideation.”"),
        // not a clause that quotes some of them.
        let w = doc.word(k);
        let verb = doc.is_word(k) && !doc.is_cap(k) && (is_past(w) || doc.cue(k).is_some());
        if stop || verb {
            break;
        }
        start = k;
        if w == "that" {
            break;
        }
    }
    // A "that" clause runs on past the quoted words to its own end ("a clear message that
    // the “elites” in this country don't need to obey our laws").
    // A passage closed by punctuation ("the cast of the “Planet of the Apes,” the network's
    // anchor reacted") ends its clause there.
    let mut end = passage.last + 1;
    let closed = doc.is_punct(end, ",") || doc.is_punct(passage.last.saturating_sub(1), ",");
    if doc.word(start) == "that" && doc.is_word(end) && !doc.is_cap(end) && !closed {
        let limit = crate::bounds::clause_end(doc, start, sent.end);
        end = end.max(crate::ends::trimmed_end(
            doc,
            start,
            crate::bounds::report_end(doc, start, limit),
        ));
    }
    (start < passage.open).then_some(start..end)
}
