//! Document-level consistency after decoding: a name keeps one type through a document, the
//! parts of a full person name stay persons ("Daniel Montalvo" … "Montalvo"), and a name found
//! once is found again where the model missed it.

use super::labels::{TYPES, type_index};
use std::collections::HashMap;

/// A decoded mention: tokens `start..end` of the document, type index `t`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub t: usize,
}

/// What the pass needs of each token: its lower-case hash, whether it is capitalised, and
/// the sentence it belongs to.
pub struct Tokens<'a> {
    pub lower: &'a [u64],
    pub caps: &'a [bool],
    pub sentence_of: &'a [u32],
}

/// Applies the three rules to the mentions of one document, sorted by position.
pub fn apply(found: &mut Vec<Found>, toks: &Tokens<'_>) {
    let person = type_index("PERSON").unwrap_or(0);
    let key =
        |f: &Found| toks.lower[f.start..f.end].iter().fold(0u64, |h, &x| h.rotate_left(7) ^ x);
    let mut parts: HashMap<u64, ()> = HashMap::new();
    for f in found.iter().filter(|f| f.t == person && f.end - f.start >= 2) {
        parts.extend(toks.lower[f.start..f.end].iter().map(|&w| (w, ())));
    }
    for f in found.iter_mut() {
        if f.t != person && f.end - f.start == 1 && parts.contains_key(&toks.lower[f.start]) {
            f.t = person;
        }
    }
    short_forms_of_organisations(found, toks, &parts, person);
    let mut votes: HashMap<u64, [u16; 16]> = HashMap::new();
    for f in found.iter() {
        votes.entry(key(f)).or_insert([0; 16])[f.t.min(15)] += 1;
    }
    for f in found.iter_mut() {
        if let Some(v) = votes.get(&key(f)) {
            let best = (0..TYPES.len().min(16)).max_by_key(|&t| (v[t], t == f.t)).unwrap_or(f.t);
            f.t = best;
        }
    }
    let known: HashMap<u64, (usize, usize)> =
        found.iter().map(|f| (toks.lower[f.start], (f.end - f.start, f.t))).collect();
    add_missed(found, toks, &known, &parts, person);
}

/// A one-word name the model typed as a person that opens a longer organisation name of the
/// same document ("Nordvik" after "Nordvik Energi") is that organisation, unless it is also
/// part of a full person name.
fn short_forms_of_organisations(
    found: &mut [Found],
    toks: &Tokens<'_>,
    parts: &HashMap<u64, ()>,
    person: usize,
) {
    let org = type_index("ORG").unwrap_or(1);
    let heads: HashMap<u64, ()> = found
        .iter()
        .filter(|f| f.t == org && f.end - f.start >= 2)
        .map(|f| (toks.lower[f.start], ()))
        .collect();
    for f in found.iter_mut().filter(|f| f.t == person && f.end - f.start == 1) {
        let w = toks.lower[f.start];
        if heads.contains_key(&w) && !parts.contains_key(&w) {
            f.t = org;
        }
    }
}

/// Labels capitalised unlabelled tokens that start a name found elsewhere in the document,
/// or that are part of a full person name found elsewhere.
fn add_missed(
    found: &mut Vec<Found>,
    toks: &Tokens<'_>,
    known: &HashMap<u64, (usize, usize)>,
    parts: &HashMap<u64, ()>,
    person: usize,
) {
    let n = toks.lower.len();
    let mut taken = vec![false; n];
    for f in found.iter() {
        taken[f.start..f.end].iter_mut().for_each(|x| *x = true);
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        if taken[i] || !toks.caps[i] {
            i += 1;
            continue;
        }
        let end = match known.get(&toks.lower[i]) {
            Some(&(len, t)) if same_run(toks, i, len, &taken) && repeats(found, toks, i, len) => {
                Some((i + len, t))
            }
            _ if parts.contains_key(&toks.lower[i]) => Some((i + 1, person)),
            _ => None,
        };
        if let Some((end, t)) = end {
            added.push(Found { start: i, end, t });
            i = end;
        } else {
            i += 1;
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.start);
    }
}

/// True when tokens `i..i + len` are free, in one sentence and capitalised at the start.
fn same_run(toks: &Tokens<'_>, i: usize, len: usize, taken: &[bool]) -> bool {
    i + len <= toks.lower.len()
        && !taken[i..i + len].iter().any(|&x| x)
        && toks.sentence_of[i..i + len].iter().all(|&s| s == toks.sentence_of[i])
        && toks.caps[i + len - 1]
}

/// True when tokens `i..i + len` repeat a found mention word for word.
fn repeats(found: &[Found], toks: &Tokens<'_>, i: usize, len: usize) -> bool {
    found
        .iter()
        .any(|f| f.end - f.start == len && toks.lower[f.start..f.end] == toks.lower[i..i + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(words: &[&str], found: &[(usize, usize, &str)]) -> Vec<(usize, usize, &'static str)> {
        let lower: Vec<u64> = words.iter().map(|w| super::super::words::lower_hash(w)).collect();
        let caps: Vec<bool> = words.iter().map(|w| w.starts_with(char::is_uppercase)).collect();
        let sentence_of = vec![0u32; words.len()];
        let toks = Tokens { lower: &lower, caps: &caps, sentence_of: &sentence_of };
        let mut f: Vec<Found> = found
            .iter()
            .map(|&(s, e, t)| Found { start: s, end: e, t: type_index(t).unwrap() })
            .collect();
        apply(&mut f, &toks);
        f.iter().map(|f| (f.start, f.end, TYPES[f.t])).collect()
    }

    #[test]
    fn surnames_of_full_names_stay_persons() {
        let words = ["Daniel", "Montalvo", "left", ".", "Montalvo", "said", "Montalvo", "won"];
        let got = run(&words, &[(0, 2, "PERSON"), (4, 5, "GPE")]);
        assert_eq!(got, vec![(0, 2, "PERSON"), (4, 5, "PERSON"), (6, 7, "PERSON")]);
    }

    #[test]
    fn a_name_takes_its_majority_type_and_is_found_again() {
        let words = ["Twitter", "and", "Twitter", "and", "Twitter", "or", "twitter"];
        let got = run(&words, &[(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "PERSON")]);
        assert_eq!(got, vec![(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "ORG")]);
        let got = run(&words, &[(0, 1, "ORG")]);
        assert_eq!(got, vec![(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "ORG")]);
    }

    #[test]
    fn the_first_word_of_an_organisation_name_is_that_organisation() {
        let words = ["Halvorsen", "Steel", "bid", ".", "Halvorsen", "will", "pay", "."];
        let got = run(&words, &[(0, 2, "ORG"), (4, 5, "PERSON")]);
        assert_eq!(got, vec![(0, 2, "ORG"), (4, 5, "ORG")]);
        let words = ["Halvorsen", "Steel", "hired", "Ann", "Halvorsen", ".", "Halvorsen", "said"];
        let got = run(&words, &[(0, 2, "ORG"), (3, 5, "PERSON"), (6, 7, "PERSON")]);
        assert_eq!(got[2], (6, 7, "PERSON"), "also part of a person's name");
    }
}
