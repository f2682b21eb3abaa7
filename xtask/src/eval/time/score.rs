//! TempEval-3 style scoring of time expressions, with the definitions of
//! `../shared/scoring/score_timex.py`: strict and relaxed span match, type and value accuracy on
//! relaxed pairs, and attribute F1 = 2·correct / (predicted + gold).

use std::collections::{BTreeMap, HashSet};

/// One time expression in code points: start, end, type, value, text.
#[derive(Clone, Debug, PartialEq)]
pub struct Tx {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
    pub text: String,
}

/// Reads the `timexes` array of a gold or output record, skipping empty spans as the scorer does.
pub fn timexes(rec: &serde_json::Value) -> Vec<Tx> {
    let items = rec.get("timexes").and_then(|t| t.as_array()).cloned().unwrap_or_default();
    items
        .iter()
        .filter_map(|t| {
            let start = t.get("start")?.as_u64()? as usize;
            let end = t.get("end")?.as_u64()? as usize;
            let s = |k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or("").trim().to_string();
            (end > start).then(|| Tx {
                start,
                end,
                kind: s("type").to_uppercase(),
                value: s("value"),
                text: s("text"),
            })
        })
        .collect()
}

/// Counts over a corpus.
#[derive(Clone, Debug, Default)]
pub struct Counts {
    pub gold: usize,
    pub pred: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub kind: usize,
    pub value: usize,
    /// Gold type → (gold, relaxed-matched, value-correct).
    pub by_type: BTreeMap<String, (usize, usize, usize)>,
}

/// The outcome for one document: matched pairs and the unmatched on each side.
#[derive(Debug, Default)]
pub struct DocResult {
    pub pairs: Vec<(Tx, Tx)>,
    pub missed: Vec<Tx>,
    pub spurious: Vec<Tx>,
}

fn overlap(a: &Tx, b: &Tx) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Scores one document into `n`: relaxed pairs are taken greedily, most overlap first.
pub fn score_doc(gold: &[Tx], pred: &[Tx], n: &mut Counts) -> DocResult {
    n.gold += gold.len();
    n.pred += pred.len();
    let gs: HashSet<(usize, usize)> = gold.iter().map(|t| (t.start, t.end)).collect();
    let ps: HashSet<(usize, usize)> = pred.iter().map(|t| (t.start, t.end)).collect();
    n.strict += gs.intersection(&ps).count();
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let o = overlap(g, p);
            if o > 0 {
                cands.push((o, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut ug, mut up) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut out = DocResult::default();
    for (_, i, j) in cands {
        if ug[i] || up[j] {
            continue;
        }
        ug[i] = true;
        up[j] = true;
        let (g, p) = (&gold[i], &pred[j]);
        n.relaxed += 1;
        n.kind += usize::from(g.kind == p.kind);
        n.value += usize::from(g.value == p.value);
        let e = n.by_type.entry(g.kind.clone()).or_default();
        e.1 += 1;
        e.2 += usize::from(g.value == p.value);
        out.pairs.push((g.clone(), p.clone()));
    }
    for g in gold {
        n.by_type.entry(g.kind.clone()).or_default().0 += 1;
    }
    out.missed = gold.iter().zip(&ug).filter(|(_, u)| !**u).map(|(g, _)| g.clone()).collect();
    out.spurious = pred.iter().zip(&up).filter(|(_, u)| !**u).map(|(p, _)| p.clone()).collect();
    out
}

/// Precision, recall and F1; an empty denominator gives 0.
pub fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred > 0 { tp as f64 / pred as f64 } else { 0.0 };
    let r = if gold > 0 { tp as f64 / gold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Attribute F1 as TE3 defines it: 2·correct / (predicted + gold).
pub fn attr_f1(correct: usize, n: &Counts) -> f64 {
    let d = n.pred + n.gold;
    if d > 0 { 2.0 * correct as f64 / d as f64 } else { 0.0 }
}

/// The shape of an expression for grouping errors: digits, months and weekdays abstracted.
pub fn pattern(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
            let low = bare.to_lowercase();
            if !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit()) {
                format!("<{}d>", bare.len())
            } else if is_month(&low) {
                "<month>".into()
            } else if low.ends_with("day") && is_weekday(&low) {
                "<weekday>".into()
            } else {
                w.to_lowercase()
            }
        })
        .collect();
    words.join(" ")
}

fn is_month(w: &str) -> bool {
    const M: [&str; 12] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    w.len() >= 3 && M.iter().any(|m| w.starts_with(m)) && !matches!(w, "mayor" | "march")
}

fn is_weekday(w: &str) -> bool {
    ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"].iter().any(|d| w.starts_with(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tx(start: usize, end: usize, value: &str) -> Tx {
        Tx { start, end, kind: "DATE".into(), value: value.into(), text: String::new() }
    }

    #[test]
    fn relaxed_pairs_take_the_largest_overlap_first() {
        let gold = [tx(0, 10, "a"), tx(12, 14, "b")];
        let pred = [tx(5, 13, "x"), tx(0, 9, "a")];
        let mut n = Counts::default();
        let r = score_doc(&gold, &pred, &mut n);
        assert_eq!((n.strict, n.relaxed, n.value), (0, 2, 1));
        assert!(r.missed.is_empty() && r.spurious.is_empty());
        assert!((attr_f1(n.value, &n) - 0.5).abs() < 1e-9);
    }

    #[test]
    fn patterns_abstract_numbers_and_names() {
        assert_eq!(pattern("Oct. 13, 1998"), "<month> <2d> <4d>");
        assert_eq!(pattern("last Friday"), "last <weekday>");
    }
}
