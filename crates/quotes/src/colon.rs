//! Lines that name their speaker outside any sentence: before a colon, as transcripts ("PENCE:
//! Well, look, ...") and headline-style attributions ("Pat Caddell: Voters are worried") do,
//! whose content is the rest of the paragraph; or after a dash that follows a quotation closing
//! its paragraph, as collected reader comments and pull quotes do ("“He never answers.” ―
//! Maria Lopez"), whose content is the quotation.

use crate::attribute::Draft;
use crate::doc::Doc;
use crate::lexicon::is_label;
use parallax_model::{QuoteKind, Span};

/// Most words a speaker's name before a colon may have.
const MAX_NAME: usize = 4;
/// Fewest words the line after the colon needs.
const MIN_WORDS: usize = 3;

/// Most tokens a name after a dash may have.
const MAX_SIGNATURE: usize = 6;

/// Every paragraph that opens with a name and a colon, and every quotation signed with a dash
/// and a name; `used` marks the passages taken.
pub fn speaker_lines(doc: &Doc, used: &mut [bool]) -> Vec<Draft> {
    let mut out = Vec::new();
    for i in (0..doc.len()).filter(|&i| doc.para_start[i]) {
        if let Some(d) = line(doc, i, used) {
            out.push(d);
        }
    }
    for p in 0..used.len() {
        if !used[p]
            && let Some(mut d) = signed(doc, p)
        {
            used[p] = true;
            // “A ... money.” And that's all he has “the root of all evil.” ― Name: a signed
            // passage takes in the unclaimed passage that opens its paragraph.
            if let Some(q) = opening_passage(doc, p).filter(|&q| !used[q]) {
                let first = &doc.passages[q];
                d.content = Span::new(first.content.start, d.content.end);
                d.first = first.open;
                used[q..p].iter_mut().for_each(|u| *u = true);
            }
            out.push(d);
        }
    }
    out
}

/// The passage before `p` that opens `p`'s paragraph, when no paragraph starts between them.
fn opening_passage(doc: &Doc, p: usize) -> Option<usize> {
    let open = doc.passages[p].open;
    let start = (0..=open).rev().find(|&k| doc.para_start[k])?;
    let q = (0..p).rev().take_while(|&q| doc.passages[q].open >= start).last()?;
    (doc.passages[q].open == start).then_some(q)
}

/// The passage `p` when a dash and a name follow its closing mark and end the paragraph.
fn signed(doc: &Doc, p: usize) -> Option<Draft> {
    let passage = &doc.passages[p];
    let mut k = passage.close? + 1;
    while k < doc.len() && (doc.is_punct(k, ".") || doc.is_punct(k, ",")) {
        k += 1;
    }
    if k >= doc.len() || doc.para_start[k] || !is_dash(doc.raw(k)) {
        return None;
    }
    let dash = k;
    let name = dash + 1;
    let mut end = name;
    while end < doc.len() && !doc.para_start[end] && end - name < MAX_SIGNATURE {
        if !doc.is_cap(end) && !doc.is_punct(end, ".") {
            break;
        }
        end += 1;
    }
    let ends_line = end >= doc.len() || doc.para_start[end];
    let mut last = end;
    while last > name && !doc.is_word(last - 1) {
        last -= 1;
    }
    if !ends_line || last == name {
        return None;
    }
    Some(Draft {
        content: passage.content,
        kind: QuoteKind::Direct,
        speaker: Some(name..last),
        cue: Some(dash..dash + 1),
        first: passage.open,
        last: end - 1,
    })
}

/// True for a dash that signs a quotation.
fn is_dash(token: &str) -> bool {
    matches!(token, "―" | "—" | "–" | "--" | "-")
}

/// True when capitalised words before a colon read as a headline, not a name: a function word
/// after the first ("Stealth Over Health:", "The Gap Goes On:") or AP's "The Latest:".
fn is_headline(doc: &Doc, words: std::ops::Range<usize>) -> bool {
    let latest =
        words.len() == 2 && doc.word(words.start) == "the" && doc.word(words.start + 1) == "latest";
    latest
        || words.skip(1).any(|k| {
            matches!(
                doc.word(k),
                "over"
                    | "on"
                    | "in"
                    | "to"
                    | "for"
                    | "with"
                    | "at"
                    | "by"
                    | "the"
                    | "a"
                    | "an"
                    | "is"
            )
        })
}

/// Fewest commas in a list of names after a colon ("Iowa: Tim Albrecht, Brad Anderson, ...").
const MIN_LIST: usize = 4;

/// True when a line is a list of names: at least [`MIN_LIST`] commas, and every item between
/// them is one to four capitalised words.
fn is_name_list(doc: &Doc, line: std::ops::Range<usize>) -> bool {
    let items: Vec<_> = line.clone().filter(|&m| doc.is_punct(m, ",")).collect();
    if items.len() < MIN_LIST {
        return false;
    }
    let mut from = line.start;
    items.iter().chain(std::iter::once(&line.end)).all(|&to| {
        let words: Vec<usize> = (from..to).filter(|&m| doc.is_word(m)).collect();
        from = to + 1;
        (1..=4).contains(&words.len()) && words.iter().all(|&m| doc.is_cap(m))
    })
}

fn line(doc: &Doc, first: usize, used: &mut [bool]) -> Option<Draft> {
    let opened = doc.marks[first] != crate::marks::Mark::NotMark;
    let passage = doc.passage_at(first).filter(|_| opened);
    let start = first + usize::from(opened);
    let mut k = start;
    while k < doc.len() && k - start < MAX_NAME && doc.is_cap(k) {
        k += 1;
    }
    // A label in any word ("Delegate Update:", "Paid Notice:") heads a section.
    if k == start
        || !doc.is_punct(k, ":")
        || (start..k).any(|m| is_label(doc.word(m)))
        || is_headline(doc, start..k)
    {
        return None;
    }
    let end = (k + 1..doc.len()).find(|&m| doc.para_start[m]).unwrap_or(doc.len());
    let mut last = end;
    while last > k + 1 && !doc.is_word(last - 1) && !doc.is_number(last - 1) {
        last -= 1;
    }
    let words = (k + 1..last).filter(|&m| doc.is_word(m)).count();
    if words < MIN_WORDS || is_name_list(doc, k + 1..last) {
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
