//! Proper-name spans of GUM documents, cut from GUM's noun-phrase mentions by the rules of
//! `scoring/evallib.py::gum_name_mentions` (trailing possessive dropped, the capitalised run
//! at the end kept, person titles dropped, "Houston, Texas" split, nested names dropped), for
//! every entity type: the evaluation keeps person, organization and place, training keeps all.

use anyhow::{Result, bail};
use serde_json::Value;
use std::collections::BTreeSet;

/// A name span in bytes of the record's text, with GUM's entity type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    pub etype: String,
}

const CONNECTORS: &[&str] = &[
    "of", "the", "and", "&", "for", "de", "du", "des", "del", "la", "le", "van", "von", "der",
    "den", "al", "el", "bin", "ibn", "y", "da", "di",
];
const PREMOD_UPOS: &[&str] = &["DET", "ADJ", "NOUN", "NUM", "PUNCT", "PROPN", "X", "SYM"];
const TITLES: &str = "President Vice Minister Prime Premier Ambassador Secretary Senator Sen. \
    Rep. Representative Congressman Congresswoman Governor Gov. Mayor Judge Justice Chairman \
    Chairwoman Chairperson Chair Director Administrator Spokesperson Spokesman Spokeswoman \
    Commissioner Chancellor King Queen Prince Princess Pope Bishop Archbishop Cardinal Father \
    Rev. Reverend Dr. Dr Doctor Professor Prof. Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Dame Lord Lady \
    General Gen. Major Colonel Col. Captain Capt. Lieutenant Lt. Sergeant Sgt. Admiral \
    Commander Officer Chief CEO Coach Deputy Leader Councillor Councilor Lawmaker Legislator \
    Sheriff Detective Inspector Agent Emperor Sultan Sheikh Ayatollah Imam Rabbi Pastor \
    Superintendent Attorney Advocate Senior Junior Team Member";

/// One GUM record's tokens, tags and mentions.
struct Gum<'a> {
    toks: Vec<&'a str>,
    upos: Vec<&'a str>,
    offs: Vec<(usize, usize)>,
}

/// Every proper-name span of a GUM record, sorted.
pub fn names(rec: &Value) -> Result<Vec<Name>> {
    let text = rec["text"].as_str().unwrap_or_default();
    let strs = |k: &str| -> Vec<&str> {
        rec[k].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
    };
    let (toks, upos) = (strs("tokens"), strs("upos"));
    let offs = token_offsets(text, &toks)?;
    let g = Gum { toks, upos, offs };
    let mut spans = BTreeSet::new();
    let mut all = BTreeSet::new();
    for m in rec["mentions"].as_array().into_iter().flatten() {
        if m["has_propn"].as_bool() != Some(true) {
            continue;
        }
        let etype = m["etype"].as_str().unwrap_or("");
        let (i, j) = (idx(&m["start_tok"]), idx(&m["end_tok"]));
        if i >= j || j > g.toks.len() {
            continue;
        }
        for (a, b) in g.parts(i, j, etype == "place") {
            let Some((k, e)) = g.name_run(a, b, etype == "person") else { continue };
            let span = (g.offs[k].0, g.offs[e - 1].1);
            all.insert(span);
            spans.insert(Name { start: span.0, end: span.1, etype: etype.to_string() });
        }
    }
    let nested = |n: &Name| {
        all.iter().any(|&(a, b)| a <= n.start && n.end <= b && (a, b) != (n.start, n.end))
    };
    Ok(spans.into_iter().filter(|n| !nested(n)).collect())
}

fn idx(v: &Value) -> usize {
    v.as_u64().unwrap_or(0) as usize
}

/// Byte offsets of the tokens in the text (joined by nothing or one space).
fn token_offsets(text: &str, toks: &[&str]) -> Result<Vec<(usize, usize)>> {
    let mut pos = 0;
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        if !text[pos..].starts_with(t) {
            if text[pos..].starts_with(' ') && text[pos + 1..].starts_with(t) {
                pos += 1;
            } else {
                bail!("cannot align token {t:?} at byte {pos}");
            }
        }
        out.push((pos, pos + t.len()));
        pos += t.len();
    }
    Ok(out)
}

fn cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn punct(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, '-' | '.' | '&' | '\'' | '’'))
}

impl Gum<'_> {
    /// A place mention of comma-separated names gives one part per name.
    fn parts(&self, i: usize, j: usize, place: bool) -> Vec<(usize, usize)> {
        let whole = vec![(i, j)];
        if !place {
            return whole;
        }
        let cuts: Vec<usize> = (i..j).filter(|&x| self.toks[x] == ",").collect();
        if cuts.is_empty() {
            return whole;
        }
        let bounds = std::iter::once(i).chain(cuts.iter().map(|c| c + 1));
        let ends = cuts.iter().copied().chain(std::iter::once(j));
        let segs: Vec<(usize, usize)> = bounds.zip(ends).filter(|(a, b)| b > a).collect();
        let clean = segs.iter().all(|&(a, b)| {
            let lead = a + (self.upos[a] == "DET") as usize;
            self.name_run(a, b, false).is_some_and(|r| r.0 == lead)
        });
        if clean { segs } else { whole }
    }

    /// The token range of the proper name a mention `i..j` ends in.
    fn name_run(&self, i: usize, j: usize, person: bool) -> Option<(usize, usize)> {
        let t = &self.toks;
        let mut j = j;
        if j - i > 1 && self.upos[j - 1] == "PART" && matches!(t[j - 1], "'s" | "'" | "’s" | "’")
        {
            j -= 1;
        }
        let mut k = j;
        while k > i
            && (cap(t[k - 1]) || CONNECTORS.contains(&lower(t[k - 1]).as_str()) || punct(t[k - 1]))
        {
            k -= 1;
        }
        while k < j && !cap(t[k]) {
            k += 1;
        }
        if k >= j || !cap(t[j - 1]) || !(k..j).any(|x| self.upos[x] == "PROPN") {
            return None;
        }
        if (i..k).any(|x| !PREMOD_UPOS.contains(&self.upos[x])) {
            return None;
        }
        if person && let Some(title) = (k..j).filter(|&x| is_title(t[x])).max() {
            k = title + 1;
            while k < j && !cap(t[k]) {
                k += 1;
            }
            if k >= j {
                return None;
            }
        }
        Some((k, j))
    }
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

fn is_title(w: &str) -> bool {
    let w = lower(w);
    TITLES.split_whitespace().any(|t| t.to_lowercase() == w)
}

/// A span with a leading "the " and a trailing possessive dropped, as `evallib.trim_span`.
pub fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (mut s, mut e) = (start, end);
    let frag = &text[s..e];
    for the in ["the", "The", "THE"] {
        if let Some(rest) = frag.strip_prefix(the) {
            let ws = rest.len() - rest.trim_start().len();
            if ws > 0 && !rest.trim_start().is_empty() {
                s += the.len() + ws;
                break;
            }
        }
    }
    let frag = &text[s..e];
    for tail in ["'s", "’s", "'", "’"] {
        if let Some(rest) = frag.strip_suffix(tail) {
            let kept = rest.trim_end();
            if !kept.is_empty() {
                e = s + kept.len();
            }
            break;
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_drops_the_and_possessives() {
        let text = "the United Nations's envoy";
        assert_eq!(trim(text, 0, 20), (4, 18));
        assert_eq!(trim("The", 0, 3), (0, 3));
        assert_eq!(trim("Texas'", 0, 6), (0, 5));
    }

    #[test]
    fn names_are_cut_from_noun_phrases() {
        let rec = serde_json::json!({
            "text": "U.S. President Donald Trump 's critics met in Houston, Texas",
            "tokens": ["U.S.", "President", "Donald", "Trump", "'s", "critics", "met", "in", "Houston", ",", "Texas"],
            "upos": ["PROPN", "PROPN", "PROPN", "PROPN", "PART", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN"],
            "mentions": [
                {"start_tok": 0, "end_tok": 5, "etype": "person", "has_propn": true},
                {"start_tok": 0, "end_tok": 1, "etype": "place", "has_propn": true},
                {"start_tok": 0, "end_tok": 6, "etype": "person", "has_propn": true},
                {"start_tok": 8, "end_tok": 11, "etype": "place", "has_propn": true}
            ]
        });
        let got: Vec<(String, String)> = names(&rec)
            .unwrap()
            .into_iter()
            .map(|n| (rec["text"].as_str().unwrap()[n.start..n.end].to_string(), n.etype))
            .collect();
        let want = [
            ("U.S.", "place"),
            ("Donald Trump", "person"),
            ("Houston", "place"),
            ("Texas", "place"),
        ];
        let want: Vec<(String, String)> =
            want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want);
    }
}
