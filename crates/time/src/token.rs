//! A small tokenizer for the recogniser: words, numbers and single punctuation marks.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    /// Starts with a digit: `1998`, `3.5`, `1,000`, `9th`, `1990s`.
    Num,
    Punct,
}

/// One token of a sentence, with its byte range into the document text.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// The token in lower case.
    pub low: String,
    /// The token starts with an upper-case letter.
    pub cap: bool,
    pub kind: Kind,
}

impl Tok {
    /// The value of a plain run of digits (`1998`), else `None`.
    pub fn digits(&self) -> Option<u32> {
        if self.kind != Kind::Num || self.low.len() > 9 {
            return None;
        }
        if !self.low.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.low.parse().ok()
    }
}

/// Splits `text[start..end]` into tokens; offsets stay absolute.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let Some(slice) = text.get(start..end) else { return Vec::new() };
    let bytes = slice.as_bytes();
    let mut toks = Vec::with_capacity(slice.len() / 5 + 1);
    let mut i = 0;
    while i < slice.len() {
        let Some(c) = slice[i..].chars().next() else { break };
        let len = c.len_utf8();
        let j = if c.is_whitespace() {
            i += len;
            continue;
        } else if c.is_ascii_digit() {
            number_end(bytes, i)
        } else if c.is_alphabetic() {
            word_end(slice, i)
        } else {
            i + len
        };
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        let piece = &slice[i..j];
        toks.push(Tok {
            start: start + i,
            end: start + j,
            low: piece.to_lowercase(),
            cap: c.is_uppercase(),
            kind,
        });
        i = j;
    }
    toks
}

/// The end of a number: digits with inner `.` or `,` groups, then a letter suffix (`9th`).
fn number_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let grouped = matches!(b[i], b'.' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if b[i].is_ascii_digit() || grouped {
            i += 1;
        } else {
            break;
        }
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The end of a word; one-letter groups joined by dots (`a.m.`, `U.S.`) stay one token.
fn word_end(s: &str, i: usize) -> usize {
    let mut j = i;
    for (k, c) in s[i..].char_indices() {
        if !c.is_alphabetic() {
            j = i + k;
            break;
        }
        j = i + k + c.len_utf8();
    }
    let b = s.as_bytes();
    if j == i + 1 && b.get(j) == Some(&b'.') {
        let mut k = j;
        while b.get(k) == Some(&b'.') && b.get(k + 1).is_some_and(u8::is_ascii_alphabetic) {
            if b.get(k + 2).is_some_and(u8::is_ascii_alphabetic) {
                return j;
            }
            k += 2;
        }
        if k > j {
            return if b.get(k) == Some(&b'.') { k + 1 } else { k };
        }
    }
    j
}
