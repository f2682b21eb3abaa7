//! Sentence splitting over tokens: survives "U.S.", "Nov.", "Gen.", initials, and quotations
//! whose closing mark follows the final period.

use crate::abbrev;
use parallax_model::{Span, Token, TokenKind};
use std::ops::Range;

/// Splits the tokens `tokens[first..]` (one body range) into sentences, appending to
/// `out.0` (sentence spans) and `out.1` (their token ranges).
pub fn split_into(text: &str, tokens: &[Token], first: usize, out: Out<'_>) {
    let (sentences, ranges) = out;
    let n = tokens.len();
    let mut start = first;
    let mut k = first;
    while k < n {
        let end = if ends_sentence(text, tokens, k) {
            Some(absorb_closers(text, tokens, k))
        } else {
            None
        };
        let end = end.or_else(|| line_break_after(text, tokens, k).then_some(k));
        if let Some(e) = end
            && (e + 1 >= n || next_opens_sentence(text, tokens, e + 1))
        {
            push(sentences, ranges, tokens, start, e);
            start = e + 1;
            k = e + 1;
            continue;
        }
        k += 1;
    }
    if start < n {
        push(sentences, ranges, tokens, start, n - 1);
    }
}

/// Where sentences go: their spans and their token ranges.
pub type Out<'a> = (&'a mut Vec<Span>, &'a mut Vec<Range<usize>>);

fn push(
    sentences: &mut Vec<Span>,
    ranges: &mut Vec<Range<usize>>,
    tokens: &[Token],
    first: usize,
    last: usize,
) {
    sentences.push(Span::new(tokens[first].span.start, tokens[last].span.end));
    ranges.push(first..last + 1);
}

/// True when token `k` is sentence-final punctuation, or an abbreviation that may end a
/// sentence and is followed by a typical sentence opener.
fn ends_sentence(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = tokens[k];
    let s = t.span.of(text);
    match t.kind {
        TokenKind::Punct => s.bytes().all(|b| matches!(b, b'.' | b'!' | b'?')) || s == "…",
        TokenKind::Word if s.ends_with('.') && s.len() > 1 => {
            let stem = &s[..s.len() - 1];
            let may_end = abbrev::classify(stem) != Some(false) && !is_initial(stem);
            may_end
                && tokens.get(k + 1).is_none_or(|next| {
                    abbrev::is_sentence_starter(next.span.of(text)) || is_open_quote(text, *next)
                })
        }
        _ => false,
    }
}

fn is_initial(stem: &str) -> bool {
    let mut chars = stem.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Extends a sentence end over closing quotes and brackets written right after it.
fn absorb_closers(text: &str, tokens: &[Token], mut k: usize) -> usize {
    while let Some(next) = tokens.get(k + 1) {
        let s = next.span.of(text);
        let adjacent = next.span.start == tokens[k].span.end;
        if adjacent && matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»") {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// True when the next token can start a sentence: a capital, a digit or an opening mark.
fn next_opens_sentence(text: &str, tokens: &[Token], k: usize) -> bool {
    let t = tokens[k];
    let first = t.span.of(text).chars().next().unwrap_or(' ');
    first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '“' | '‘' | '(' | '[' | '—' | '-' | '«')
        || is_open_quote(text, t)
        || line_break_before(text, tokens, k)
}

fn is_open_quote(text: &str, t: Token) -> bool {
    let s = t.span.of(text);
    s == "“"
        || ((s == "\"" || s == "'")
            && text[t.span.end..].chars().next().is_some_and(|c| !c.is_whitespace()))
}

fn line_break_after(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|next| text[tokens[k].span.end..next.span.start].contains('\n'))
}

fn line_break_before(text: &str, tokens: &[Token], k: usize) -> bool {
    k > 0 && text[tokens[k - 1].span.end..tokens[k].span.start].contains('\n')
}

#[cfg(test)]
mod tests {
    use crate::tokens::tokenize;
    use parallax_model::TextAnalysis;

    fn check(text: &str, expected: &[&str]) {
        let tokens = tokenize(text);
        let mut analysis = TextAnalysis::default();
        super::split_into(
            text,
            &tokens,
            0,
            (&mut analysis.sentences, &mut analysis.sentence_tokens),
        );
        let got: Vec<&str> = analysis.sentences.iter().map(|s| s.of(text)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "U.S. Secretary Blinken met Gen. Park on Nov. 9 in Seoul. Talks went on.",
            &["U.S. Secretary Blinken met Gen. Park on Nov. 9 in Seoul.", "Talks went on."],
        );
        check("Agent J. R. Smith left. He said no.", &["Agent J. R. Smith left.", "He said no."]);
    }

    #[test]
    fn dotted_abbreviation_can_end_a_sentence_before_a_starter() {
        check(
            "The troops returned to the U.S. The war was over.",
            &["The troops returned to the U.S.", "The war was over."],
        );
    }

    #[test]
    fn quotes_interrupted_by_attribution() {
        check(
            "\"We see a two-way street,\" the diplomat said. \"We see it too.\" Then he left.",
            &[
                "\"We see a two-way street,\" the diplomat said.",
                "\"We see it too.\"",
                "Then he left.",
            ],
        );
        check("“Stop!” he shouted. “Now.”", &["“Stop!” he shouted.", "“Now.”"]);
    }

    #[test]
    fn line_breaks_end_headline_lines() {
        check(
            "A headline without a period\nThe body starts.",
            &["A headline without a period", "The body starts."],
        );
    }
}
