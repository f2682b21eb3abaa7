//! From raw text to clustering features: content tokens, entity-like features, headline tokens
//! and word hashes for shingling.

use crate::hash::hash_str;

/// The features of one document, before weighting.
#[derive(Debug, Default)]
pub struct DocText {
    /// Stemmed content tokens of the body, stopwords removed, in text order.
    pub tokens: Vec<String>,
    /// Stemmed content tokens of the title.
    pub title_tokens: Vec<String>,
    /// Stemmed tokens of the headline: the title, or the body's lead when there is no title.
    pub headline_tokens: Vec<String>,
    /// Entity keys, one per mention.
    pub entities: Vec<String>,
    /// A hash of every lowercased body word, in text order, for shingling.
    pub word_hashes: Vec<u64>,
    /// Distinct years (1900 to 2099) written in the title or body.
    pub years: Vec<u16>,
}

/// Words of the lead used as a headline when a document has no title.
const LEAD_WORDS: usize = 25;
/// Capitalised runs longer than this are headlines or lists, not names.
const MAX_ENTITY_WORDS: usize = 4;

/// Analyses a document. Entity features are the body's capitalised word sequences plus the
/// caller's entity keys, when it gives any.
pub fn analyse(title: Option<&str>, body: &str, entities: &[(String, &str)]) -> DocText {
    let words = lex(body);
    let mut out = DocText {
        tokens: words.iter().filter_map(|w| content_token(w.text)).collect(),
        word_hashes: words.iter().map(|w| lowercase_hash(w.text)).collect(),
        ..DocText::default()
    };
    if let Some(title) = title.filter(|t| !t.trim().is_empty()) {
        out.title_tokens = lex(title).iter().filter_map(|w| content_token(w.text)).collect();
        out.headline_tokens = out.title_tokens.clone();
    } else {
        out.headline_tokens = lead(body);
    }
    out.years =
        years(words.iter().map(|w| w.text).chain(lex(title.unwrap_or("")).iter().map(|w| w.text)));
    // Capitalised runs always count (the join model was fitted on them); the caller's entity
    // keys add the identities that surface forms hide ("DPRK" and "North Korea" as one).
    out.entities = capitalised_runs(&words);
    for (key, _) in entities {
        let key = key.to_lowercase();
        if !out.entities.contains(&key) {
            out.entities.push(key);
        }
    }
    out
}

fn years<'a>(words: impl Iterator<Item = &'a str>) -> Vec<u16> {
    let mut out: Vec<u16> = words
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<u16>().ok())
        .filter(|y| (1900..2100).contains(y))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A word of the text with what precedes it.
#[derive(Debug)]
struct Word<'a> {
    text: &'a str,
    /// First word of a sentence (after `.`, `!`, `?`, a line break, or at the start).
    sentence_start: bool,
    /// Punctuation (anything but spaces) separates it from the previous word.
    after_punct: bool,
}

/// Splits text into alphanumeric words, noting sentence starts and punctuation breaks.
fn lex(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let (mut start, mut sentence_start, mut after_punct) = (None, true, true);
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            let word = &text[s..i];
            words.push(Word { text: word, sentence_start, after_punct });
            sentence_start = false;
            after_punct = false;
            if c == '.' && is_abbreviation(word) {
                after_punct = true;
                continue;
            }
        }
        if matches!(c, '.' | '!' | '?' | '\n') {
            sentence_start = true;
        }
        if !c.is_whitespace() {
            after_punct = true;
        }
    }
    words
}

fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] =
        &["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr", "Sgt"];
    ABBREVIATIONS.contains(&word) || (word.len() == 1 && word.chars().all(char::is_uppercase))
}

/// [`hash_str`] of the lowercased word, without building the lowercased string: words are
/// hashed once per document for shingling, and most are ASCII.
fn lowercase_hash(word: &str) -> u64 {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return hash_str(word);
    }
    if word.is_ascii() {
        let mut buf = [0u8; 32];
        if let Some(slot) = buf.get_mut(..word.len()) {
            slot.copy_from_slice(word.as_bytes());
            slot.make_ascii_lowercase();
            return hash_str(std::str::from_utf8(slot).unwrap_or(word));
        }
    }
    hash_str(&word.to_lowercase())
}

/// The stemmed, lowercased token of a word, or `None` for stopwords and single characters.
fn content_token(word: &str) -> Option<String> {
    if word.len() < 2 && word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 32];
    let lower: std::borrow::Cow<str> = match buf.get_mut(..word.len()) {
        Some(slot) if word.is_ascii() => {
            slot.copy_from_slice(word.as_bytes());
            slot.make_ascii_lowercase();
            std::str::from_utf8(slot).map_or_else(|_| word.to_lowercase().into(), Into::into)
        }
        _ => word.to_lowercase().into(),
    };
    if lower.chars().count() < 2 || is_stopword(&lower) {
        return None;
    }
    Some(stem(&lower))
}

/// Light suffix stemming: plurals, `-ing`, `-ed`.
pub fn stem(word: &str) -> String {
    let n = word.len();
    let cut = |k: usize| word[..n - k].to_string();
    if !word.is_ascii() || n <= 3 {
        return word.to_string();
    }
    if n > 4 && word.ends_with("ies") {
        return format!("{}y", &word[..n - 3]);
    }
    if word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        return cut(1);
    }
    if n > 5 && word.ends_with("ing") {
        return cut(3);
    }
    if n > 4 && word.ends_with("ed") {
        return cut(2);
    }
    word.to_string()
}

/// The headline stand-in for an untitled document: its first line when short, else its first
/// words.
fn lead(body: &str) -> Vec<String> {
    let first_line = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let words = lex(first_line);
    let source = if words.len() <= LEAD_WORDS { words } else { lex(body) };
    source.iter().take(LEAD_WORDS).filter_map(|w| content_token(w.text)).collect()
}

/// Entity-like features from runs of capitalised words: the whole run (up to four words) and
/// each of its non-stopword words. A sentence-initial stopword is dropped, and a single
/// capitalised word at a sentence start is ignored.
fn capitalised_runs(words: &[Word<'_>]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && !words[j].after_punct && is_capitalised(words[j].text) {
            j += 1;
        }
        push_run(&words[i..j], &mut out);
        i = j;
    }
    out
}

fn push_run(run: &[Word<'_>], out: &mut Vec<String>) {
    let mut lower: Vec<String> = run.iter().map(|w| w.text.to_lowercase()).collect();
    if run[0].sentence_start {
        if is_stopword(&lower[0]) {
            lower.remove(0);
        } else if lower.len() == 1 {
            return;
        }
    }
    let names: Vec<&String> = lower.iter().filter(|w| w.len() > 1 && !is_stopword(w)).collect();
    if names.is_empty() {
        return;
    }
    if names.len() > 1 && lower.len() <= MAX_ENTITY_WORDS {
        out.push(lower.join("_"));
    }
    out.extend(names.into_iter().cloned());
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

/// English function words and reporting verbs that say nothing about which story a text tells.
/// Sorted, for binary search.
const STOPWORDS: &[&str] = &[
    "about", "above", "after", "again", "against", "ago", "all", "also", "am", "among", "an",
    "and", "another", "any", "are", "around", "as", "at", "be", "because", "been", "before",
    "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
    "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
    "however", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less",
    "like", "made", "make", "many", "may", "me", "might", "more", "most", "mr", "mrs", "ms",
    "much", "must", "my", "myself", "near", "no", "nor", "not", "now", "of", "off", "on", "once",
    "one", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "said", "same",
    "say", "says", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "though",
    "through", "to", "told", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
    "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn word_hashes_are_those_of_the_lowercased_words() {
        for w in [
            "Seoul",
            "seoul",
            "NATO",
            "Zürich",
            "ÉLYSÉE",
            "a",
            "Supercalifragilisticexpialidocious1234",
        ] {
            assert_eq!(lowercase_hash(w), hash_str(&w.to_lowercase()), "{w}");
        }
        assert_eq!(content_token("Talks").as_deref(), Some("talk"));
        assert_eq!(content_token("THE"), None);
        assert_eq!(content_token("Zürich").as_deref(), Some("zürich"));
    }

    #[test]
    fn stemming_conflates_simple_inflections() {
        assert_eq!(stem("earthquakes"), "earthquake");
        assert_eq!(stem("injuries"), "injury");
        assert_eq!(stem("killed"), stem("kill"));
        assert_eq!(stem("bus"), "bus");
    }

    #[test]
    fn capitalised_runs_become_entities() {
        let doc =
            analyse(None, "The quake hit Santa Rosa on Monday. Police said Mr. Ortiz fled.", &[]);
        assert!(doc.entities.contains(&"santa_rosa".to_string()));
        assert!(doc.entities.contains(&"rosa".to_string()));
        assert!(doc.entities.contains(&"ortiz".to_string()));
        assert!(!doc.entities.contains(&"police".to_string()));
        assert!(!doc.tokens.contains(&"the".to_string()));
    }

    #[test]
    fn untitled_documents_use_the_first_short_line_as_headline() {
        let doc = analyse(None, "Fire destroys church\nThe church burned down.", &[]);
        assert_eq!(doc.headline_tokens, vec!["fire", "destroy", "church"]);
    }
}
