//! Quote scoring with the definitions of `../shared/scoring/score_quotes.py`: one-to-one
//! greedy matching per document on exact bounds and on word-token overlap ≥ 0.5, then speaker
//! attribution among overlap matches (speaker spans overlap by a character), micro-averaged.

use std::collections::BTreeSet;

/// Characters trimmed from both ends of a span before exact comparison.
const TRIM: &[char] = &[
    ' ', '\t', '\r', '\n', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}',
    '\u{bb}', ',', '.', ';', ':',
];

/// One quote in code points: content fragments, speaker fragments, cue, direct flag.
#[derive(Clone, Debug, PartialEq)]
pub struct Q {
    pub frags: Vec<(usize, usize)>,
    pub bounds: (usize, usize),
    pub spk: Vec<(usize, usize)>,
    pub has_spk: bool,
    pub cue: Option<(usize, usize)>,
    pub direct: bool,
    /// The speaker's and cue's text, for the error listing.
    pub spk_text: String,
    pub cue_text: String,
}

impl Q {
    pub fn new(mut frags: Vec<(usize, usize)>, spk: Vec<(usize, usize)>, has_spk: bool) -> Q {
        frags.sort_unstable();
        let lo = frags.iter().map(|f| f.0).min().unwrap_or(0);
        let hi = frags.iter().map(|f| f.1).max().unwrap_or(0);
        Q {
            frags,
            bounds: (lo, hi),
            spk,
            has_spk,
            cue: None,
            direct: false,
            spk_text: String::new(),
            cue_text: String::new(),
        }
    }
}

/// Word tokens (`\w+` runs) of a text in code points.
pub struct WordIndex {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl WordIndex {
    pub fn new(chars: &[char]) -> WordIndex {
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        let mut start = None;
        for (i, c) in chars.iter().chain(std::iter::once(&' ')).enumerate() {
            let w = c.is_alphanumeric() || *c == '_';
            match (w, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    starts.push(s);
                    ends.push(i);
                    start = None;
                }
                _ => {}
            }
        }
        WordIndex { starts, ends }
    }

    /// Indices of word tokens overlapping any of the spans.
    pub fn tokens(&self, spans: &[(usize, usize)]) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        for &(s, e) in spans {
            if e <= s {
                continue;
            }
            let mut i = self.ends.partition_point(|&x| x <= s);
            while i < self.starts.len() && self.starts[i] < e {
                out.insert(i);
                i += 1;
            }
        }
        out
    }
}

pub fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

pub fn speaker_ok(g: &Q, p: &Q) -> bool {
    if !g.has_spk {
        return !p.has_spk;
    }
    p.has_spk && g.spk.iter().any(|&a| p.spk.iter().any(|&b| overlap(a, b) > 0))
}

fn trim(chars: &[char], (mut s, mut e): (usize, usize)) -> (usize, usize) {
    while s < e && chars.get(s).is_some_and(|c| TRIM.contains(c)) {
        s += 1;
    }
    while e > s && chars.get(e - 1).is_some_and(|c| TRIM.contains(c)) {
        e -= 1;
    }
    (s, e)
}

/// Counts over a corpus, named as in the scorer.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub gold: usize,
    pub pred: usize,
    pub gold_spk: usize,
    pub pred_spk: usize,
    pub exact_tp: usize,
    pub ov_tp: usize,
    pub m_gspk: usize,
    pub m_gspk_ok: usize,
    pub m_nospk: usize,
    pub m_nospk_ok: usize,
    pub m_cue: usize,
    pub m_cue_ok: usize,
    pub spk_tp: usize,
}

/// What happened to each quote of one document.
#[derive(Debug, Default)]
pub struct DocOutcome {
    pub missed: Vec<Q>,
    pub spurious: Vec<Q>,
    pub wrong_speaker: Vec<(Q, Q)>,
    pub tally: Tally,
}

/// Greedy one-to-one matching: best score first, then a pair with the right speaker, then
/// document order.
fn matching(
    golds: &[Q],
    preds: &[Q],
    threshold: f64,
    score: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, p) in preds.iter().enumerate() {
            if p.bounds.1 <= g.bounds.0 || g.bounds.1 <= p.bounds.0 {
                continue;
            }
            let s = score(i, j);
            if s >= threshold {
                cands.push((s, !speaker_ok(g, p), i, j));
            }
        }
    }
    cands.sort_by(|a, b| {
        b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3))
    });
    let (mut ug, mut up) = (vec![false; golds.len()], vec![false; preds.len()]);
    let mut pairs = Vec::new();
    for (_, _, i, j) in cands {
        if !ug[i] && !up[j] {
            ug[i] = true;
            up[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

fn ov(a: &BTreeSet<usize>, b: &BTreeSet<usize>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    a.intersection(b).count() as f64 / a.len().max(b.len()) as f64
}

/// Scores one document's quotes.
pub fn score_doc(chars: &[char], wi: &WordIndex, golds: &[Q], preds: &[Q]) -> DocOutcome {
    let mut t = Tally {
        gold: golds.len(),
        pred: preds.len(),
        gold_spk: golds.iter().filter(|g| g.has_spk).count(),
        pred_spk: preds.iter().filter(|p| p.has_spk).count(),
        ..Tally::default()
    };
    let exact = |i: usize, j: usize| {
        f64::from(u8::from(trim(chars, golds[i].bounds) == trim(chars, preds[j].bounds)))
    };
    t.exact_tp = matching(golds, preds, 1.0, exact).len();
    let gtok: Vec<_> = golds.iter().map(|g| wi.tokens(&g.frags)).collect();
    let gbound: Vec<_> = golds.iter().map(|g| wi.tokens(&[g.bounds])).collect();
    let ptok: Vec<_> = preds.iter().map(|p| wi.tokens(&p.frags)).collect();
    let ov50 = |i: usize, j: usize| {
        let s = ov(&gtok[i], &ptok[j]);
        if golds[i].frags.len() > 1 { s.max(ov(&gbound[i], &ptok[j])) } else { s }
    };
    let pairs = matching(golds, preds, 0.5, ov50);
    t.ov_tp = pairs.len();
    let mut out = DocOutcome::default();
    for &(i, j) in &pairs {
        let (g, p) = (&golds[i], &preds[j]);
        let ok = speaker_ok(g, p);
        if g.has_spk {
            t.m_gspk += 1;
            t.m_gspk_ok += usize::from(ok);
            t.spk_tp += usize::from(p.has_spk && ok);
            if !ok {
                out.wrong_speaker.push((g.clone(), p.clone()));
            }
        } else {
            t.m_nospk += 1;
            t.m_nospk_ok += usize::from(ok);
        }
        if let Some(gc) = g.cue {
            t.m_cue += 1;
            t.m_cue_ok += usize::from(p.cue.is_some_and(|pc| overlap(gc, pc) > 0));
        }
    }
    let (mut ug, mut up) = (vec![false; golds.len()], vec![false; preds.len()]);
    for &(i, j) in &pairs {
        ug[i] = true;
        up[j] = true;
    }
    out.missed = golds.iter().zip(&ug).filter(|(_, u)| !**u).map(|(g, _)| g.clone()).collect();
    out.spurious = preds.iter().zip(&up).filter(|(_, u)| !**u).map(|(p, _)| p.clone()).collect();
    out.tally = t;
    out
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.gold_spk += o.gold_spk;
        self.pred_spk += o.pred_spk;
        self.exact_tp += o.exact_tp;
        self.ov_tp += o.ov_tp;
        self.m_gspk += o.m_gspk;
        self.m_gspk_ok += o.m_gspk_ok;
        self.m_nospk += o.m_nospk;
        self.m_nospk_ok += o.m_nospk_ok;
        self.m_cue += o.m_cue;
        self.m_cue_ok += o.m_cue_ok;
        self.spk_tp += o.spk_tp;
    }
}

/// Precision, recall and F1; an empty denominator gives 0.
pub fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred > 0 { tp as f64 / pred as f64 } else { 0.0 };
    let r = if gold > 0 { tp as f64 / gold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}
