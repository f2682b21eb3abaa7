//! Abbreviations that keep their period: titles, months, and other short forms news uses.

/// Lower-cased abbreviations (without the final period) that take a period and are normally
/// followed by more of the same sentence ("Gen. Smith", "Nov. 11", "Mr. Park").
const NON_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
    "adm", "gov", "sen", "rep", "reps", "sens", "rev", "hon", "pres", "supt", "det", "insp", "st",
    "ft", "mt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos",
    "vs", "v", "cf", "approx", "dept", "fig", "vol", "pp", "ch", "art", "sec", "ave", "blvd", "rd",
    "jr", "sr",
];

/// Abbreviations that may also end a sentence ("... in the U.S. The next day ...").
const MAYBE_FINAL: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "al", "a.m", "p.m", "u.s", "u.k",
    "u.n", "e.u", "d.c", "u.s.a", "n.y", "l.a", "i.e", "e.g", "ph.d", "b.c", "a.d",
];

/// Whether `word` (without its final period) is a known abbreviation, and whether it can end
/// a sentence.
pub fn classify(word: &str) -> Option<bool> {
    if word.len() > 6 || word.is_empty() {
        return None;
    }
    let mut buf = [0u8; 6];
    for (dst, src) in buf.iter_mut().zip(word.bytes()) {
        *dst = src.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..word.len()]).ok()?;
    if NON_FINAL.contains(&lower) {
        Some(false)
    } else if MAYBE_FINAL.contains(&lower) {
        Some(true)
    } else {
        None
    }
}

/// Words that commonly start a sentence; after an abbreviation that may end a sentence, one of
/// these means the sentence did end.
pub fn is_sentence_starter(word: &str) -> bool {
    const STARTERS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "In",
        "On",
        "At",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Meanwhile",
        "However",
        "Still",
        "Yet",
        "So",
        "Some",
        "Many",
        "Most",
        "One",
        "Two",
        "Officials",
        "According",
        "Last",
        "Earlier",
        "Later",
        "For",
        "With",
        "Without",
        "Since",
        "Although",
        "Despite",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Also",
        "Now",
        "Then",
        "Such",
    ];
    STARTERS.contains(&word)
}
