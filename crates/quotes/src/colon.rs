//! Lines that name their speaker before a colon: transcripts ("PENCE: Well, look, ...") and
//! headline-style attributions ("Pat Caddell: Voters are worried"). The content is the rest of
//! the paragraph.

use crate::attribute::Draft;
use crate::doc::Doc;
use crate::lexicon::is_label;
use parallax_model::QuoteKind;

/// Most words a speaker's name before a colon may have.
const MAX_NAME: usize = 4;
/// Fewest words the line after the colon needs.
const MIN_WORDS: usize = 3;

/// Every paragraph that opens with a name and a colon; `used` marks the passages taken.
pub fn speaker_lines(doc: &Doc, used: &mut [bool]) -> Vec<Draft> {
    let mut out = Vec::new();
    for i in (0..doc.len()).filter(|&i| doc.para_start[i]) {
        if let Some(d) = line(doc, i, used) {
            out.push(d);
        }
    }
    out
}

fn line(doc: &Doc, first: usize, used: &mut [bool]) -> Option<Draft> {
    let opened = doc.marks[first] != crate::marks::Mark::NotMark;
    let passage = doc.passage_at(first).filter(|_| opened);
    let start = first + usize::from(opened);
    let mut k = start;
    while k < doc.len() && k - start < MAX_NAME && doc.is_cap(k) {
        k += 1;
    }
    if k == start || !doc.is_punct(k, ":") || is_label(doc.word(start)) {
        return None;
    }
    let end = (k + 1..doc.len()).find(|&m| doc.para_start[m]).unwrap_or(doc.len());
    let mut last = end;
    while last > k + 1 && !doc.is_word(last - 1) && !doc.is_number(last - 1) {
        last -= 1;
    }
    let words = (k + 1..last).filter(|&m| doc.is_word(m)).count();
    if words < MIN_WORDS {
        return None;
    }
    let mut kind = QuoteKind::Indirect;
    for m in k + 1..last {
        if let Some(p) = doc.passage_at(m) {
            used[p] = true;
            kind = QuoteKind::Mixed;
        }
    }
    if let Some(p) = passage {
        used[p] = true;
    }
    if opened {
        kind = QuoteKind::Direct;
    }
    Some(Draft {
        content: doc.span(k + 1..last),
        kind,
        speaker: Some(start..k),
        cue: Some(k..k + 1),
        first,
        last: end - 1,
    })
}
