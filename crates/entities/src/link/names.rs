//! Name forms: possessives and stray punctuation trimmed, comparison keys, acronyms.

use parallax_model::Span;

/// `span` without a trailing possessive ("Russia's", "Reuters'"), surrounding quotes or
/// clause punctuation. A final period stays: it belongs to "U.S." or "Jr.".
pub fn trim_mention(text: &str, span: Span) -> Span {
    let Some(s) = text.get(span.start..span.end) else { return span };
    let mut start = 0;
    let mut end = s.len();
    let edge = |c: char| {
        matches!(c, '"' | '“' | '”' | '‘' | ',' | ';' | ':' | '(' | ')') || c.is_whitespace()
    };
    while let Some(c) = s[start..end].chars().next().filter(|&c| edge(c)) {
        start += c.len_utf8();
    }
    while let Some(c) = s[start..end].chars().next_back().filter(|&c| edge(c)) {
        end -= c.len_utf8();
    }
    let body = &s[start..end];
    for suffix in ["'s", "’s", "'S", "’S"] {
        if body.len() > suffix.len() && body.ends_with(suffix) {
            end -= suffix.len();
            break;
        }
    }
    let body = &s[start..end];
    if body.len() > 2 && (body.ends_with("s'") || body.ends_with("s’")) {
        end -= body.chars().next_back().map_or(0, char::len_utf8);
    }
    if start >= end {
        return span;
    }
    Span { start: span.start + start, end: span.start + end }
}

/// A surface form with runs of white space collapsed to one space.
pub fn collapse(form: &str) -> String {
    // Most forms are already words with single spaces between them.
    if form.split(' ').all(|w| !w.is_empty() && !w.contains(char::is_whitespace)) {
        return form.to_string();
    }
    form.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a name for comparison: lower case, dots and apostrophes dropped, hyphens
/// splitting ("Kim Jong-un" and "Kim Jong Un" meet).
pub fn name_words(form: &str) -> Vec<String> {
    if form.is_ascii() { ascii_name_words(form) } else { any_name_words(form) }
}

/// [`name_words`] of any form.
fn any_name_words(form: &str) -> Vec<String> {
    let cleaned: String = form
        .chars()
        .filter(|c| !matches!(c, '.' | '\'' | '’'))
        .map(|c| if c == '-' || c == '‐' { ' ' } else { c })
        .collect();
    cleaned.split_whitespace().map(str::to_lowercase).collect()
}

/// [`name_words`] of an ASCII form, in one pass over its bytes.
fn ascii_name_words(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for b in form.bytes() {
        match b {
            b'.' | b'\'' => {}
            // A hyphen splits, as white space does (`char::is_whitespace` in ASCII).
            b'-' | b' ' | b'\t'..=b'\r' => {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
            _ => word.push(char::from(b.to_ascii_lowercase())),
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The comparison key of a name: its [`name_words`] joined by spaces.
pub fn name_key(form: &str) -> String {
    name_words(form).join(" ")
}

/// True when `form`'s [`name_key`] is `key`, found without building the form's key: a pass
/// over its characters with the same cleaning, spacing and lower-casing, which stops at the
/// first difference. (From a capital sigma on, whose lower case depends on its place in the
/// word, the form is keyed in full; the characters before it lower-case alone.)
pub fn has_name_key(form: &str, key: &str) -> bool {
    let mut want = key.chars();
    let (mut started, mut gap) = (false, false);
    for c in form.chars() {
        if c == 'Σ' {
            return name_key(form) == key;
        }
        let c = if c == '-' || c == '‐' { ' ' } else { c };
        if matches!(c, '.' | '\'' | '’') {
            continue;
        }
        if c.is_whitespace() {
            gap = started;
            continue;
        }
        if gap {
            if want.next() != Some(' ') {
                return false;
            }
            gap = false;
        }
        started = true;
        for l in c.to_lowercase() {
            if want.next() != Some(l) {
                return false;
            }
        }
    }
    want.next().is_none()
}

/// True for a form written as an acronym: two to six capital letters, dots allowed ("NSC",
/// "D.P.R.K.").
pub fn is_acronym(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|&c| c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_ascii_uppercase())
}

/// The acronym a full name would have: the initials of its content words ("National Security
/// Council" gives "NSC"); `None` for a single word.
pub fn acronym_of(form: &str) -> Option<String> {
    const SKIP: [&str; 8] = ["of", "the", "and", "for", "on", "in", "de", "&"];
    let words: Vec<&str> = form.split_whitespace().filter(|w| !SKIP.contains(w)).collect();
    if words.len() < 2 || !words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// The letters of an acronym without dots: "D.P.R.K." gives "DPRK".
pub fn acronym_letters(form: &str) -> String {
    form.chars().filter(|&c| c != '.').collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_model::annotation::identity_name;

    fn trimmed(text: &str) -> &str {
        trim_mention(text, Span { start: 0, end: text.len() }).of(text)
    }

    #[test]
    fn possessives_and_quotes_go_periods_stay() {
        assert_eq!(trimmed("Russia's"), "Russia");
        assert_eq!(trimmed("Russia’s"), "Russia");
        assert_eq!(trimmed("“Reuters'"), "Reuters");
        assert_eq!(trimmed("U.S."), "U.S.");
        assert_eq!(trimmed("Blinken,"), "Blinken");
        assert_eq!(trimmed("'s"), "'s");
    }

    #[test]
    fn keys_acronyms_and_identity() {
        assert_eq!(name_key("Kim Jong-un"), name_key("Kim Jong Un"));
        for form in ["Kim Jong-un", " Mr.  O’Brien ", "ΣΟΦΙΑ Σ", "İstanbul", "a-.-b", "-", ""]
        {
            for other in [form, "kim jong un", "mr obrien", "a b", "a  b", "ab"] {
                let key = name_key(other);
                assert_eq!(has_name_key(form, &key), name_key(form) == key, "{form} / {key}");
            }
        }
        let ascii = ["Kim Jong-un", " Mr.  O'Brien ", "a-.-b", "-", "", "A\u{b}B\u{c}C\tD\r\nE"];
        for form in ascii.iter().copied().chain([" U.S. Sen. Tim Kaine (D-Va.) ", "JOHN--SMITH"]) {
            assert_eq!(ascii_name_words(form), any_name_words(form), "{form:?}");
            let spaced: Vec<&str> = form.split_whitespace().collect();
            assert_eq!(collapse(form), spaced.join(" "), "{form:?}");
        }
        assert_eq!(collapse("Maria\u{a0}Zakharova  said"), "Maria Zakharova said");
        assert_eq!(acronym_of("National Security Council").as_deref(), Some("NSC"));
        assert_eq!(acronym_of("Security"), None);
        assert!(is_acronym("D.P.R.K.") && !is_acronym("Moscow") && !is_acronym("A"));
        assert_eq!(identity_name("The Kremlin"), "kremlin");
        assert_eq!(identity_name("U.S. State Department"), "us state department");
    }
}
