//! Scoring as `score_ner.py` does: typed exact spans in code points, duplicates collapsed,
//! both sides trimmed; and the listing of the worst errors.

use super::gold;
use anyhow::{Context, Result};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

pub const TYPES: &[&str] = &["PER", "ORG", "LOC"];
/// Errors listed per kind.
const WORST: usize = 25;

type Spans = BTreeSet<(usize, usize, &'static str)>;

/// A gold document: its text and trimmed typed name spans in code points.
pub struct Doc {
    pub id: String,
    pub text: String,
    pub gold: Spans,
}

/// Code-point offsets of byte offsets, and back.
pub struct CodePoints {
    bytes: Vec<usize>,
}

impl CodePoints {
    pub fn new(text: &str) -> CodePoints {
        let bytes = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
        CodePoints { bytes: bytes.collect() }
    }
    /// The code-point offset of a byte offset on a character boundary.
    pub fn of(&self, byte: usize) -> usize {
        self.bytes.partition_point(|&b| b < byte)
    }
    /// The byte offset of a code-point offset.
    pub fn byte(&self, cp: usize) -> Option<usize> {
        self.bytes.get(cp).copied()
    }
    /// A code-point span trimmed as `evallib.trim_span` does.
    pub fn trim(&self, text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
        let (bs, be) = gold::trim(text, self.byte(s)?, self.byte(e)?);
        Some((self.of(bs), self.of(be)))
    }
}

/// The gold documents of a GUM file.
pub fn gold_docs(path: &Path) -> Result<Vec<Doc>> {
    let data = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
    let mut out = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Value = serde_json::from_str(line)?;
        let text = rec["text"].as_str().unwrap_or_default().to_string();
        let cp = CodePoints::new(&text);
        let mut spans = Spans::new();
        for n in gold::names(&rec)? {
            let Some(t) = gum_type(&n.etype) else { continue };
            if let Some((s, e)) = cp.trim(&text, cp.of(n.start), cp.of(n.end)) {
                spans.insert((s, e, t));
            }
        }
        let id =
            rec["id"].as_str().map(str::to_string).unwrap_or_else(|| rec["doc_id"].to_string());
        out.push(Doc { id, text, gold: spans });
    }
    Ok(out)
}

fn gum_type(etype: &str) -> Option<&'static str> {
    match etype {
        "person" => Some("PER"),
        "organization" => Some("ORG"),
        "place" => Some("LOC"),
        _ => None,
    }
}

/// The scored type of a predicted label.
fn map_label(label: &str) -> Option<&'static str> {
    match label.to_uppercase().as_str() {
        "PERSON" | "PER" => Some("PER"),
        "ORG" => Some("ORG"),
        "GPE" | "LOC" | "FAC" => Some("LOC"),
        _ => None,
    }
}

/// Gold and predicted spans per document.
pub struct Scores {
    pub docs: Vec<(Spans, Spans)>,
}

impl Scores {
    /// `(tp, pred, gold)` for one type, or over all three.
    pub fn counts(&self, t: Option<&str>) -> (usize, usize, usize) {
        let keep = |x: &&(usize, usize, &str)| t.is_none_or(|t| x.2 == t);
        let mut c = (0, 0, 0);
        for (g, p) in &self.docs {
            let g: Spans = g.iter().filter(keep).copied().collect();
            let p: Spans = p.iter().filter(keep).copied().collect();
            c.0 += g.intersection(&p).count();
            c.1 += p.len();
            c.2 += g.len();
        }
        c
    }

    pub fn micro(&self) -> (f64, f64, f64) {
        prf(self.counts(None))
    }
}

pub fn prf((tp, pred, gold): (usize, usize, usize)) -> (f64, f64, f64) {
    let p = if pred > 0 { tp as f64 / pred as f64 } else { 0.0 };
    let r = if gold > 0 { tp as f64 / gold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Scores predictions (`{id, entities: [{start, end, label}]}`) against the gold documents.
pub fn score(docs: &[Doc], preds: &[Value]) -> Scores {
    let by_id: HashMap<&str, &Value> =
        preds.iter().filter_map(|p| Some((p["id"].as_str()?, p))).collect();
    let docs = docs
        .iter()
        .map(|d| {
            let cp = CodePoints::new(&d.text);
            let mut spans = Spans::new();
            let ents = by_id.get(d.id.as_str()).and_then(|p| p["entities"].as_array());
            for e in ents.into_iter().flatten() {
                let Some(t) = e["label"].as_str().and_then(map_label) else { continue };
                let (Some(s), Some(en)) = (e["start"].as_u64(), e["end"].as_u64()) else {
                    continue;
                };
                if en > s
                    && let Some((s, en)) = cp.trim(&d.text, s as usize, en as usize)
                {
                    spans.insert((s, en, t));
                }
            }
            (d.gold.clone(), spans)
        })
        .collect();
    Scores { docs }
}

/// The most frequent missed, spurious, mistyped and mis-bounded names.
pub fn render_errors(r: &mut String, s: &Scores, docs: &[Doc]) {
    let mut kinds: BTreeMap<&str, BTreeMap<String, usize>> = BTreeMap::new();
    for ((g, p), d) in s.docs.iter().zip(docs) {
        let chars: Vec<char> = d.text.chars().collect();
        let surface = |x: &(usize, usize, &str)| chars[x.0..x.1].iter().collect::<String>();
        for x in g.difference(p) {
            let kind = match p.iter().find(|y| y.0 < x.1 && x.0 < y.1) {
                Some(y) if (y.0, y.1) == (x.0, x.1) => format!("{} as {}", x.2, y.2),
                Some(y) => format!("{} as \"{}\"", x.2, surface(y)),
                None => x.2.to_string(),
            };
            let key = if kind.contains(" as ") { "wrong type or span" } else { "missed" };
            *kinds
                .entry(key)
                .or_default()
                .entry(format!("\"{}\" ({kind})", surface(x)))
                .or_default() += 1;
        }
        for y in p.difference(g) {
            if !g.iter().any(|x| x.0 < y.1 && y.0 < x.1) {
                let e = kinds.entry("spurious").or_default();
                *e.entry(format!("\"{}\" ({})", surface(y), y.2)).or_default() += 1;
            }
        }
    }
    for (kind, errors) in kinds {
        let total: usize = errors.values().sum();
        let mut list: Vec<(String, usize)> = errors.into_iter().collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let shown: Vec<String> =
            list.iter().take(WORST).map(|(k, n)| format!("{k} ×{n}").replace('|', "/")).collect();
        let _ = writeln!(r, "**{kind}** ({total}): {}\n", shown.join("; "));
    }
}
