//! Lookup keys for surface forms: the one normalisation every table shares.
//!
//! A key drops dots and a leading "the", collapses white space and keeps the case of
//! all-capital forms ("US", "NATO", "DPRK") while lower-casing the rest, so "U.S." and "US"
//! meet, "us" stays apart, and "North Korea" matches "north korea". The generation script
//! (`scripts/kb/kb_common.py`, `form_key`) computes the same key.

/// The lookup key of a surface form.
pub fn form_key(form: &str) -> String {
    if is_plain(form) {
        return if is_all_caps(form) { form.to_string() } else { form.to_lowercase() };
    }
    let cleaned: String = form.chars().filter(|&c| c != '.').map(normalise_char).collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        words.remove(0);
    }
    let joined = words.join(" ");
    if is_all_caps(&joined) { joined } else { joined.to_lowercase() }
}

/// The keys to try for a query, best first: its own key, then for an all-capital query
/// longer than an acronym ("NORTH KOREA" in a headline) the lower-case key as well.
pub fn query_keys(query: &str) -> Vec<String> {
    let key = form_key(query);
    let mut keys = vec![key.clone()];
    if is_all_caps(&key) && key.chars().filter(|c| c.is_alphabetic()).count() > 4 {
        keys.push(key.to_lowercase());
    }
    keys
}

/// A URL-safe identifier: ASCII letters and digits joined by hyphens.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().filter(|&c| c != '\'' && c != '\u{2019}') {
        match fold_char(c) {
            Some(a) if a.is_ascii_alphanumeric() => out.push(a.to_ascii_lowercase()),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_string()
}

/// True when a form needs no cleaning: no dots, curly apostrophes, leading "the" or
/// irregular spaces.
fn is_plain(form: &str) -> bool {
    let bytes = form.as_bytes();
    let spaced = bytes.windows(2).any(|w| w[0] == b' ' && w[1] == b' ');
    let the = bytes.len() > 4 && bytes[..4].eq_ignore_ascii_case(b"the ");
    !spaced
        && !the
        && !form.contains(['.', '\u{2019}', '\t', '\n'])
        && form.trim().len() == form.len()
}

fn normalise_char(c: char) -> char {
    if c == '\u{2019}' { '\'' } else { c }
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// The ASCII base letter of common Latin letters with diacritics.
fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    const TABLE: [(&str, char); 13] = [
        ("àáâãäåāăą", 'a'),
        ("çćčĉ", 'c'),
        ("ďđ", 'd'),
        ("èéêëēĕėęě", 'e'),
        ("ìíîïīĭįı", 'i'),
        ("ñńňņ", 'n'),
        ("òóôõöøōŏő", 'o'),
        ("ŕřŗ", 'r'),
        ("śšşșŝ", 's'),
        ("ťţț", 't'),
        ("ùúûüūŭůűų", 'u'),
        ("ýÿ", 'y'),
        ("źžż", 'z'),
    ];
    let lower = c.to_lowercase().next()?;
    TABLE.iter().find(|(set, _)| set.contains(lower)).map(|&(_, base)| base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_meet_across_dots_the_and_case() {
        assert_eq!(form_key("U.S."), "US");
        assert_eq!(form_key("US"), "US");
        assert_eq!(form_key("us"), "us");
        assert_eq!(form_key("The  United States"), "united states");
        assert_eq!(form_key("Washington D.C."), "washington dc");
        assert_eq!(form_key("Russia’s"), "russia's");
        assert_eq!(form_key("The"), "the");
    }

    #[test]
    fn shouting_queries_fall_back_to_lower_case() {
        assert_eq!(query_keys("NORTH KOREA"), ["NORTH KOREA", "north korea"]);
        assert_eq!(query_keys("NATO"), ["NATO"]);
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Jean-Noël Barrot"), "jean-noel-barrot");
        assert_eq!(slug("People's Daily"), "peoples-daily");
        assert_eq!(slug("E! News"), "e-news");
        assert_eq!(slug("Żabka"), "zabka");
    }
}
