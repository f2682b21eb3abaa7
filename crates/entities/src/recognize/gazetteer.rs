//! Knowledge-base gazetteers: which tokens of a document begin or continue a known country,
//! demonym, city, region, person, organisation or outlet name, as bit masks per token.

use super::words::{lower_hash, mix};
use parallax_kb::{FormKind, Kb};
use parallax_model::Token;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The gazetteer kinds, one bit each: the knowledge base's form kinds, then first names and
/// surnames taken from its people.
pub const KINDS: usize = 10;
/// First names and surnames of the knowledge base's people.
pub const FIRST_NAME: usize = 7;
pub const SURNAME: usize = 8;
/// Title words: "President", "Minister", "Mr.".
pub const TITLE: usize = 9;
/// The bit of "a match of kind k starts here"; `k + 16` is "continues a match".
pub const INSIDE_SHIFT: u32 = 16;
/// The longest name matched, in tokens.
const MAX_LEN: usize = 8;

const TITLES: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "col.",
    "lt.",
    "capt.",
    "sgt.",
    "president",
    "minister",
    "secretary",
    "ambassador",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "premier",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "general",
    "director",
    "chairman",
    "chairwoman",
    "judge",
    "justice",
    "envoy",
    "leader",
    "chief",
    "commander",
    "sheikh",
    "ayatollah",
    "imam",
    "rabbi",
    "rev.",
    "professor",
    "prof.",
    "lawmaker",
    "congressman",
    "congresswoman",
    "representative",
    "deputy",
    "dictator",
    "admiral",
    "sir",
    "lord",
    "lady",
    "dame",
    "emperor",
    "coach",
    "ceo",
    "founder",
    "actor",
];

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| mix(h, b as u64));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by hashes, without hashing them again.
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;
/// A set of hashes, without hashing them again.
pub type KeySet = std::collections::HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// Surface forms keyed by the hash of their tokens' lower-case forms.
#[derive(Default)]
pub struct Gazetteer {
    /// Every form: its kinds as a bit mask.
    forms: KeyMap<u16>,
    /// The longest form starting with a given token.
    longest: KeyMap<u8>,
}

impl Gazetteer {
    /// The gazetteer of every surface form of the knowledge base.
    pub fn from_kb(kb: &Kb) -> Gazetteer {
        let mut gaz = Gazetteer::default();
        for form in kb.surface_forms() {
            let kind = kind_bit(form.kind);
            let toks = parallax_analyze::tokens::tokenize(form.text);
            let hashes: Vec<u64> = toks.iter().map(|t| lower_hash(t.span.of(form.text))).collect();
            gaz.add(&hashes, kind);
            if form.kind == FormKind::Person && hashes.len() >= 2 {
                gaz.add(&hashes[..1], FIRST_NAME);
                gaz.add(&hashes[hashes.len() - 1..], SURNAME);
            }
        }
        for title in TITLES {
            gaz.add(&[lower_hash(title)], TITLE);
        }
        gaz
    }

    fn add(&mut self, hashes: &[u64], kind: usize) {
        if hashes.is_empty() || hashes.len() > MAX_LEN {
            return;
        }
        let key = hashes.iter().fold(0, |h, &x| mix(h, x));
        *self.forms.entry(key).or_default() |= 1 << kind;
        let longest = self.longest.entry(hashes[0]).or_default();
        *longest = (*longest).max(hashes.len() as u8);
    }

    /// The mask of every token: bit `k` when a form of kind `k` starts there, bit `k + 16`
    /// when one continues there. A match must start on a capitalised word (or a title);
    /// `lower` holds the tokens' lower-case hashes and `caps` whether each starts upper-case.
    pub fn tag(&self, lower: &[u64], caps: &[bool], out: &mut Vec<u32>) {
        out.clear();
        out.resize(lower.len(), 0);
        for i in 0..lower.len() {
            let Some(&longest) = self.longest.get(&lower[i]) else { continue };
            let mut key = 0;
            for len in 1..=(longest as usize).min(lower.len() - i) {
                key = mix(key, lower[i + len - 1]);
                let Some(&kinds) = self.forms.get(&key) else { continue };
                let kinds = if caps[i] { kinds as u32 } else { kinds as u32 & (1 << TITLE) };
                mark(out, i, len, kinds);
            }
        }
    }
}

/// Marks a match of `len` tokens at `i` for each kind in `kinds`.
fn mark(out: &mut [u32], i: usize, len: usize, kinds: u32) {
    out[i] |= kinds;
    for m in &mut out[i + 1..i + len] {
        *m |= kinds << INSIDE_SHIFT;
    }
}

fn kind_bit(kind: FormKind) -> usize {
    match kind {
        FormKind::Country => 0,
        FormKind::Norp => 1,
        FormKind::City => 2,
        FormKind::Region => 3,
        FormKind::Person => 4,
        FormKind::Org => 5,
        FormKind::Outlet => 6,
    }
}

/// The gazetteer bit of a knowledge-base form kind.
pub fn bit_of(kind: FormKind) -> u32 {
    1 << kind_bit(kind)
}

/// Tokens' lower-case hashes and capitalisation, for [`Gazetteer::tag`] outside a document.
pub fn token_keys(text: &str, tokens: &[Token]) -> (Vec<u64>, Vec<bool>) {
    let words = tokens.iter().map(|t| t.span.of(text));
    let caps = words.clone().map(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    (words.map(lower_hash).collect(), caps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> Vec<u32> {
        let gaz = Gazetteer::from_kb(Kb::builtin());
        let tokens = parallax_analyze::tokens::tokenize(text);
        let (lower, caps) = token_keys(text, &tokens);
        let mut out = Vec::new();
        gaz.tag(&lower, &caps, &mut out);
        out
    }

    #[test]
    fn countries_demonyms_and_titles_are_found() {
        let m = tag("President Putin met North Korea 's Russian allies in Moscow");
        assert!(m[0] & (1 << TITLE) != 0);
        assert!(m[3] & bit_of(FormKind::Country) != 0);
        assert!(m[4] & (bit_of(FormKind::Country) << INSIDE_SHIFT) != 0);
        assert!(m[6] & bit_of(FormKind::Norp) != 0);
        assert!(m[9] & bit_of(FormKind::City) != 0);
        assert_eq!(m[8], 0, "a lower-case word matches nothing: {m:?}");
    }

    #[test]
    fn lower_case_forms_do_not_start_a_match() {
        let m = tag("the russian side");
        assert_eq!(m[1] & bit_of(FormKind::Norp), 0);
    }
}
