//! Tokens with byte offsets: words (with internal hyphens, apostrophes and dotted
//! abbreviations kept whole), numbers, possessive `'s`, punctuation and symbols.

use crate::abbrev;
use parallax_model::{Span, Token, TokenKind};

/// Appends the tokens of `text[range]` to `out`.
pub fn tokenize_into(text: &str, range: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    out.reserve(range.len() / 5);
    let mut i = range.start;
    while i < range.end {
        if matches!(bytes[i], b' ' | b'\n' | b'\t' | b'\r') {
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_alphanumeric() {
            i = word(text, i, range.end, out);
        } else if is_apostrophe(c) && possessive_at(text, i, range.end) && i > range.start {
            let end = i + c.len_utf8() + 1;
            out.push(Token { span: Span::new(i, end), kind: TokenKind::Word });
            i = end;
        } else {
            let mut end = i + c.len_utf8();
            if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_') {
                while end < range.end && bytes[end] == bytes[i] {
                    end += 1;
                }
            }
            out.push(Token { span: Span::new(i, end), kind: punct_kind(c) });
            i = end;
        }
    }
}

/// Tokenises a whole string: a convenience for tests and callers without a document.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, Span::new(0, text.len()), &mut out);
    out
}

fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b as char,
        Some(_) => text[i..].chars().next().unwrap_or(' '),
        None => ' ',
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// True when an apostrophe at `i` starts a possessive `'s` that ends the word.
fn possessive_at(text: &str, i: usize, end: usize) -> bool {
    let after = i + char_at(text, i).len_utf8();
    if after >= end || !matches!(text.as_bytes()[after], b's' | b'S') {
        return false;
    }
    after + 1 >= end || !char_at(text, after + 1).is_alphanumeric()
}

/// Scans one word or number starting at `start`; returns the byte after it.
fn word(text: &str, start: usize, limit: usize, out: &mut Vec<Token>) -> usize {
    let mut j = start;
    let mut prev = ' ';
    let mut segment_len = 0usize;
    let mut dotted = false;
    let bytes = text.as_bytes();
    while j < limit {
        if bytes[j].is_ascii_alphanumeric() {
            segment_len += 1;
            prev = bytes[j] as char;
            j += 1;
            continue;
        }
        let c = char_at(text, j);
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            segment_len += 1;
        } else if is_combining(c) && j > start {
            // A combining mark belongs to the letter before it ("Zoe\u{308}"); the letter it
            // composes with stands for both, so that a decomposed "Ã" still opens mojibake.
            prev = compose(prev, c);
            j += len;
            continue;
        } else {
            let next = if j + len < limit { char_at(text, j + len) } else { ' ' };
            let joins = match c {
                '-' | '‐' => prev.is_alphanumeric() && next.is_alphanumeric(),
                '\'' | '’' => {
                    prev.is_alphabetic() && next.is_alphabetic() && !possessive_at(text, j, limit)
                }
                '.' => {
                    (prev.is_ascii_digit() && next.is_ascii_digit())
                        || (segment_len <= 2 && prev.is_alphabetic() && next.is_alphabetic() && {
                            let after = &text[j + len..limit];
                            after.len() >= 2 && after.as_bytes()[1] == b'.'
                                || (dotted && after.len() == 1)
                        })
                }
                ',' => prev.is_ascii_digit() && next.is_ascii_digit() && three_digits(text, j + 1),
                '&' => prev.is_ascii_uppercase() && next.is_ascii_uppercase(),
                _ if mojibake_symbol(c) => {
                    (mojibake_lead(prev) || mojibake_symbol(prev))
                        && (next.is_alphanumeric() || mojibake_symbol(next))
                }
                _ => false,
            };
            if !joins {
                break;
            }
            if c == '.' && !prev.is_ascii_digit() {
                dotted = true;
            }
            segment_len = 0;
        }
        prev = c;
        j += len;
    }
    // A final period belongs to an abbreviation, an initial or a dotted form like "U.S.".
    if j < limit && text.as_bytes()[j] == b'.' {
        let w = &text[start..j];
        let initial = w.chars().count() == 1 && prev.is_uppercase();
        if dotted || initial || abbrev::classify(w).is_some() {
            j += 1;
        }
    }
    let kind =
        if char_at(text, start).is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
    out.push(Token { span: Span::new(start, j), kind });
    j
}

/// True for a combining diacritical mark, which belongs to the letter before it.
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// The letter `base` with the combining mark `mark`, where it is a [`mojibake_lead`]; else `base`.
fn compose(base: char, mark: char) -> char {
    match (base, mark) {
        ('A', '\u{303}') => 'Ã',
        ('A', '\u{302}') => 'Â',
        ('a', '\u{302}') => 'â',
        ('A', '\u{30a}') => 'Å',
        _ => base,
    }
}

/// A letter that opens the Latin-1 reading of a UTF-8 sequence ("Ã§" for "ç", "â€™" for "’").
fn mojibake_lead(c: char) -> bool {
    matches!(c, 'Ã' | 'Â' | 'â' | 'Å')
}

/// A character that the Latin-1 or Windows-1252 reading of a UTF-8 continuation byte gives: a
/// symbol such as "§" or "€" that, after a [`mojibake_lead`], stays inside its word
/// ("FranÃÂ§ois" is one word, not "FranÃÂ" and "ois").
fn mojibake_symbol(c: char) -> bool {
    // No-break space (U+00A0) is left out: "Â" before it is a space read wrongly, not a letter.
    matches!(c, '\u{80}'..='\u{9f}' | '\u{a1}'..='\u{bf}')
        || matches!(
            c,
            '€' | '‚'
                | 'ƒ'
                | '„'
                | '…'
                | '†'
                | '‡'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Œ'
                | 'Ž'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '•'
                | '–'
                | '—'
                | '˜'
                | '™'
                | 'š'
                | '›'
                | 'œ'
                | 'ž'
                | 'Ÿ'
        )
}

fn three_digits(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    at + 3 <= b.len()
        && b[at..at + 3].iter().all(u8::is_ascii_digit)
        && (at + 3 == b.len() || !b[at + 3].is_ascii_digit())
}

fn punct_kind(c: char) -> TokenKind {
    let is_punct = c.is_ascii_punctuation()
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '–' | '…' | '«' | '»' | '„' | '‐' | '·');
    if is_punct && !matches!(c, '$' | '%' | '+' | '<' | '=' | '>' | '^' | '|' | '~' | '`') {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &str) {
        let got: Vec<&str> = tokenize(text).iter().map(|t| t.span.of(text)).collect();
        assert_eq!(got.join(" | "), expected, "tokens of {text:?}");
    }

    #[test]
    fn abbreviations_and_initials_keep_their_period() {
        check("the U.S. and Nov. 11 J. Smith", "the | U.S. | and | Nov. | 11 | J. | Smith");
        check("a.m. talks ended.", "a.m. | talks | ended | .");
    }

    #[test]
    fn possessives_split_but_contractions_and_compounds_stay() {
        check("Russia's two-way street", "Russia | 's | two-way | street");
        check("North Korea’s don't O'Brien", "North | Korea | ’s | don't | O'Brien");
    }

    #[test]
    fn mojibake_stays_inside_its_word() {
        check("FranÃÂ§ois Hollande said", "FranÃÂ§ois | Hollande | said");
        check("longÃ¢€term plans", "longÃ¢€term | plans");
        check("§ 230 and Ã, ok", "§ | 230 | and | Ã | , | ok");
        check("Â\u{a0}word", "Â | word");
        check("FranA\u{303}\u{83}A\u{302}§ois said", "FranA\u{303}\u{83}A\u{302}§ois | said");
        check("Zoe\u{308} and Jose\u{301}", "Zoe\u{308} | and | Jose\u{301}");
    }

    #[test]
    fn numbers_keep_separators() {
        check("over 1,000,000 shells, 3.5%", "over | 1,000,000 | shells | , | 3.5 | %");
    }

    #[test]
    fn punctuation_runs_and_quotes() {
        check("(UPI) -- \"growing\"...", "( | UPI | ) | -- | \" | growing | \" | ...");
    }

    #[test]
    fn spans_are_on_char_boundaries_for_any_text() {
        for text in ["“Zoë’s” — ok", "a\u{0301}b", "日本語のテキスト。", "'s", "’"]
        {
            for t in tokenize(text) {
                assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                assert!(!t.span.is_empty());
            }
        }
    }
}
