//! Quotation marks and the passages they enclose.
//!
//! Curly and guillemet marks say which way they face; a straight mark is read from its
//! neighbours (space before and a letter after opens). A quote that runs over several
//! paragraphs repeats its opening mark at each new paragraph and closes only at the end, so an
//! opening mark at the start of a paragraph while a passage is open continues that passage.
//! Single quotes are left alone: inside a passage they nest, outside they are scare quotes.

use crate::doc::NONE;
use parallax_model::{Span, Token, TokenKind};

/// What a token is as a quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    NotMark,
    Open,
    Close,
    /// A straight mark whose direction its neighbours do not tell.
    Either,
}

/// A quoted passage: from its first opening mark to its closing mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the passage was never closed.
    pub close: Option<usize>,
    /// Token index of the last token of the passage (its closing mark when it has one).
    pub last: usize,
    /// The words inside the marks.
    pub content: Span,
    /// Number of paragraphs the passage runs over.
    pub paragraphs: usize,
}

/// Reads a token as a quotation mark.
pub fn classify(text: &str, span: Span) -> Mark {
    match span.of(text) {
        "“" | "«" | "„" => facing(text, span, Mark::Open),
        "”" | "»" => facing(text, span, Mark::Close),
        "\"" => straight(text, span),
        _ => Mark::NotMark,
    }
}

/// A curly mark's direction: the way it faces, unless its neighbours plainly say the other
/// way (a `”` after a space and before a letter opens, as careless typing and some converters
/// leave it; a `“` after a letter or a sentence's end and before a space closes).
fn facing(text: &str, span: Span, written: Mark) -> Mark {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let spaced_before = before.is_none_or(char::is_whitespace);
    let spaced_after = after.is_none_or(char::is_whitespace);
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    // A sentence's end before the mark and a space after it close too ("is 51 percent.“").
    let ends_before = before.is_some_and(|c| ".!?,;".contains(c));
    match written {
        Mark::Close if spaced_before && letter_after => Mark::Open,
        Mark::Open if (letter_before || ends_before) && spaced_after => Mark::Close,
        _ => written,
    }
}

/// Reads a straight mark (or a doubled apostrophe, `''`) at `span` from its neighbours.
pub fn straight(text: &str, span: Span) -> Mark {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let opens = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c))
        && after.is_some_and(|c| !c.is_whitespace());
    let closes = before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]—–-".contains(c));
    match (opens, closes) {
        (true, false) => Mark::Open,
        (false, true) => Mark::Close,
        _ => Mark::Either,
    }
}

/// Reads doubled apostrophes (`''`, a double mark in some archives) as one mark: the first
/// token carries an opening mark and the second a closing one, so that a passage spans both.
pub fn doubled_apostrophes(text: &str, tokens: &[Token], marks: &mut [Mark]) {
    // A pair of apostrophe tokens touching each other is "''" in the text.
    if !text.contains("''") {
        return;
    }
    let apostrophe = |s: Span| s.end == s.start + 1 && text.as_bytes().get(s.start) == Some(&b'\'');
    for i in 1..tokens.len() {
        let (a, b) = (tokens[i - 1].span, tokens[i].span);
        if !apostrophe(a) || !apostrophe(b) || a.end != b.start || marks[i - 1] != Mark::NotMark {
            continue;
        }
        match straight(text, Span::new(a.start, b.end)) {
            Mark::Open => marks[i - 1] = Mark::Open,
            Mark::Close => marks[i] = Mark::Close,
            _ => marks[i - 1] = Mark::Either,
        }
    }
}

/// Unmarks a nickname inside a name (Marcia "Cia" Price, Robert C. “Bobby” Scott): one or
/// two capitalised words in marks with a capitalised word on either side are part of the
/// name, not a quotation.
pub fn nicknames(text: &str, tokens: &[Token], marks: &mut [Mark]) {
    let cap = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.span.of(text).chars().next().is_some_and(char::is_uppercase)
        })
    };
    let opens = |m: Mark| matches!(m, Mark::Open | Mark::Either);
    let closes = |m: Mark| matches!(m, Mark::Close | Mark::Either);
    // The opening marks, found in one pass; each is asked again as the loop unmarks others.
    let opening: Vec<usize> =
        marks.iter().enumerate().skip(1).filter(|(_, m)| opens(**m)).map(|(i, _)| i).collect();
    for i in opening {
        if !opens(marks[i]) || !cap(i - 1) || !cap(i + 1) {
            continue;
        }
        let close = (i + 2..tokens.len().min(i + 4)).find(|&j| marks[j] != Mark::NotMark);
        let Some(j) = close else { continue };
        let inside = (i + 1..j).all(cap);
        let tight = tokens[i].span.end == tokens[i + 1].span.start
            && tokens[j - 1].span.end == tokens[j].span.start;
        if inside && tight && closes(marks[j]) && cap(j + 1) {
            marks[i] = Mark::NotMark;
            marks[j] = Mark::NotMark;
        }
    }
}

/// Pairs the marks into passages; returns them and, per token, the passage it lies in. A
/// passage left open at a paragraph's end goes on when the next paragraph opens with a mark of
/// the same kind (straight or curly): a stray straight mark before a paragraph does not take
/// up a curly quotation in the next.
pub fn passages(
    text: &str,
    tokens: &[Token],
    marks: &[Mark],
    para_start: &[bool],
) -> (Vec<Passage>, Vec<u32>) {
    let curly = |i: usize| matches!(tokens[i].span.of(text), "“" | "”" | "«" | "»" | "„");
    let mut out: Vec<Passage> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    // Quotations nested inside the open passage with the same marks (“... what he calls “hell”
    // than ...”), whose closing marks do not close the passage.
    let mut nested = 0usize;
    // Only marks and paragraph starts change what is open.
    for i in (0..tokens.len()).filter(|&i| marks[i] != Mark::NotMark || para_start[i]) {
        let mark = marks[i];
        if let Some((first, paragraphs)) = open
            && para_start[i]
        {
            nested = 0;
            if matches!(mark, Mark::Open | Mark::Either) && curly(first) == curly(i) {
                open = Some((first, paragraphs + 1));
                continue;
            }
            out.push(passage(tokens, first, None, i - 1, paragraphs));
            open = None;
        }
        if open.is_some() && mark == Mark::Open && nests(marks, para_start, i) {
            nested += 1;
            continue;
        }
        if nested > 0 && mark == Mark::Close {
            nested -= 1;
            continue;
        }
        match (mark, open) {
            (Mark::Open, _) | (Mark::Either, None) => open = Some((i, 1)),
            (Mark::Close | Mark::Either, Some((first, paragraphs))) => {
                out.push(passage(tokens, first, Some(i), i, paragraphs));
                open = None;
            }
            _ => {}
        }
    }
    if let Some((first, paragraphs)) = open {
        out.push(passage(tokens, first, None, tokens.len() - 1, paragraphs));
    }
    out.retain(|p| !p.content.is_empty());
    let mut of = vec![NONE; tokens.len()];
    for (k, p) in out.iter().enumerate() {
        for slot in &mut of[p.open..=p.last] {
            *slot = k as u32;
        }
    }
    (out, of)
}

/// True when the opening mark at `i`, inside an open passage, nests: two closing marks follow
/// it in its paragraph before any other opening one, its own and the passage's.
fn nests(marks: &[Mark], para_start: &[bool], i: usize) -> bool {
    let mut closes = 0;
    for j in i + 1..marks.len() {
        if para_start[j] || marks[j] == Mark::Open {
            break;
        }
        if marks[j] == Mark::Close {
            closes += 1;
            if closes == 2 {
                return true;
            }
        }
    }
    false
}

fn passage(
    tokens: &[Token],
    open: usize,
    close: Option<usize>,
    last: usize,
    paragraphs: usize,
) -> Passage {
    let start = tokens[open].span.end;
    let end = match close {
        Some(c) => tokens[c].span.start,
        None => tokens[last].span.end,
    };
    Passage { open, close, last, content: Span::new(start, end.max(start)), paragraphs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::TokenKind;

    fn run(text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        let mut para = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    para.push(tokens.is_empty() || text[..s].ends_with('\n'));
                    tokens.push(Token { span: Span::new(s, i), kind: TokenKind::Word });
                    start = None;
                }
                _ => {}
            }
        }
        let marks: Vec<Mark> = tokens.iter().map(|t| classify(text, t.span)).collect();
        passages(text, &tokens, &marks, &para)
            .0
            .iter()
            .map(|p| p.content.of(text).to_string())
            .collect()
    }

    #[test]
    fn curly_and_straight_marks_pair() {
        assert_eq!(run("“ a b ” c \" d \" e"), vec![" a b ", " d "]);
    }

    #[test]
    fn an_opening_mark_at_a_new_paragraph_continues_the_passage() {
        let got = run("“ a b\n“ c ” d");
        assert_eq!(got, vec![" a b\n“ c "]);
    }

    #[test]
    fn a_quotation_nested_in_the_same_marks_stays_inside_the_passage() {
        assert_eq!(run("“ a “ b ” c ” d"), vec![" a “ b ” c "]);
        // A second opening mark with a single close after it restarts the passage, as when
        // the first one was never closed.
        assert_eq!(run("“ a “ b ” c"), vec![" b "]);
    }

    #[test]
    fn an_unclosed_passage_ends_at_its_paragraph() {
        assert_eq!(run("“ a b\nc d"), vec![" a b"]);
    }

    #[test]
    fn a_new_paragraph_in_marks_of_the_other_kind_does_not_continue_the_passage() {
        assert_eq!(run("\" a b\n\" c \" d"), vec![" a b\n\" c "]);
        assert_eq!(run("\" a b\n“ c ” d"), vec![" a b", " c "]);
    }
}
