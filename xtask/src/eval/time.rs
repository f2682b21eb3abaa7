//! Evaluation of time expressions on TimeBank/AQUAINT (`data/time/te3-tbaq.jsonl`): runs the
//! pipeline over the inputs, scores its `timexes` as `score_timex.py` does, runs that scorer for
//! comparison, measures speed, and writes `eval/reports/time.md`.

mod score;

use anyhow::{Context, Result};
use parallax_model::contract::{AnnotateOutput, InputRecord};
use score::{Counts, DocResult, Tx};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

const INPUTS: &str = "data/time/inputs/te3-tbaq.jsonl";
const GOLD: &str = "data/time/te3-tbaq.jsonl";
const SCORER: &str = "scoring/score_timex.py";

pub fn run(shared: &Path, out: &Path) -> Result<()> {
    let inputs = read_jsonl(&shared.join(INPUTS))?;
    let records: Vec<InputRecord> =
        inputs.into_iter().map(serde_json::from_value).collect::<Result<_, _>>()?;
    let started = Instant::now();
    let outputs: Vec<AnnotateOutput> =
        records.iter().map(parallax_pipeline::annotate_record).collect();
    let pipeline_secs = started.elapsed().as_secs_f64();
    let tmp = out.parent().unwrap_or(Path::new(".")).join("tmp");
    std::fs::create_dir_all(&tmp)?;
    let pred_path = tmp.join("time.jsonl");
    let mut lines = String::new();
    for o in &outputs {
        lines.push_str(&serde_json::to_string(o)?);
        lines.push('\n');
    }
    std::fs::write(&pred_path, lines)
        .with_context(|| format!("writing {}", pred_path.display()))?;

    let bytes: usize = records.iter().map(|r| r.text.len()).sum();
    let time_secs = time_only_seconds(&records, &outputs);
    let (n, docs) = score_all(&shared.join(GOLD), &outputs)?;
    let python = run_python(&shared.join(SCORER), &shared.join(GOLD), &pred_path);
    let speed = Speed { bytes, pipeline_secs, time_secs };
    let report = render(&n, &docs, &python, &speed);
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("time.md"), &report)?;
    println!("{}", summary(&n, &python));
    Ok(())
}

fn read_jsonl(path: &Path) -> Result<Vec<serde_json::Value>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).with_context(|| format!("bad line in {}", path.display())))
        .collect()
}

/// Seconds that `parallax_time::annotate` alone takes over the pipeline's sentences.
fn time_only_seconds(records: &[InputRecord], outputs: &[AnnotateOutput]) -> f64 {
    let prepared: Vec<(&str, Vec<parallax_model::Span>, Option<chrono::NaiveDate>)> = records
        .iter()
        .zip(outputs)
        .map(|(r, o)| {
            let b: Vec<usize> = r
                .text
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(r.text.len()))
                .collect();
            let at = |k: usize| b.get(k).copied().unwrap_or(r.text.len());
            let spans =
                o.sentences.iter().map(|s| parallax_model::Span::new(at(s.start), at(s.end)));
            let date = o.published.as_deref().or(r.published.as_deref()).and_then(|p| {
                chrono::NaiveDate::parse_from_str(p.get(..10).unwrap_or(p), "%Y-%m-%d").ok()
            });
            (r.text.as_str(), spans.collect(), date)
        })
        .collect();
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..5 {
        for (text, spans, date) in &prepared {
            found += parallax_time::annotate(text, spans, *date).len();
        }
    }
    std::hint::black_box(found);
    started.elapsed().as_secs_f64() / 5.0
}

fn score_all(gold_path: &Path, outputs: &[AnnotateOutput]) -> Result<(Counts, Vec<DocResult>)> {
    let preds: HashMap<String, Vec<Tx>> = outputs
        .iter()
        .map(|o| Ok((o.id.clone(), score::timexes(&serde_json::to_value(o)?))))
        .collect::<Result<_>>()?;
    let mut n = Counts::default();
    let mut docs = Vec::new();
    for g in read_jsonl(gold_path)? {
        let id = g.get("id").and_then(|v| v.as_str()).unwrap_or_default().to_string();
        let pred = preds.get(&id).cloned().unwrap_or_default();
        docs.push(score::score_doc(&score::timexes(&g), &pred, &mut n));
    }
    Ok((n, docs))
}

/// The reference scorer's output, or why it could not run.
fn run_python(scorer: &Path, gold: &Path, pred: &Path) -> Result<String, String> {
    let out = std::process::Command::new("python3")
        .arg(scorer)
        .arg(gold)
        .arg(pred)
        .output()
        .map_err(|e| format!("python3 could not start: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The F1 the reference scorer printed on the line starting with `label`.
fn python_f1(python: &Result<String, String>, label: &str) -> Option<f64> {
    let text = python.as_ref().ok()?;
    let line = text.lines().find(|l| l.trim_start().starts_with(label))?;
    line.rsplit("F1").next()?.split_whitespace().next()?.parse().ok()
}

struct Speed {
    bytes: usize,
    pipeline_secs: f64,
    time_secs: f64,
}

fn summary(n: &Counts, python: &Result<String, String>) -> String {
    let (_, _, relaxed) = score::prf(n.relaxed, n.pred, n.gold);
    let value = score::attr_f1(n.value, n);
    let py = python_f1(python, "value").map_or("n/a".into(), |v| format!("{v:.4}"));
    format!("time: relaxed span F1 {relaxed:.4}, value F1 {value:.4} (score_timex.py: {py})")
}

fn render(
    n: &Counts,
    docs: &[DocResult],
    python: &Result<String, String>,
    speed: &Speed,
) -> String {
    let mut r = String::new();
    let _ = writeln!(r, "# Time expressions: TimeBank + AQUAINT (TempEval-3 training data)\n");
    let _ =
        writeln!(r, "Generated by `cargo xtask eval time`. Gold `{GOLD}`: {} timexes.\n", n.gold);
    let _ = writeln!(r, "| measure | P | R | F1 | score_timex.py F1 |\n|---|---|---|---|---|");
    for (label, tp) in [("strict span", n.strict), ("relaxed span", n.relaxed)] {
        let (p, rc, f) = score::prf(tp, n.pred, n.gold);
        let py = python_f1(python, label).map_or("n/a".into(), |v| format!("{v:.4}"));
        let _ = writeln!(r, "| {label} | {p:.4} | {rc:.4} | {f:.4} | {py} |");
    }
    for (label, correct) in [("type", n.kind), ("value", n.value)] {
        let acc = if n.relaxed > 0 { correct as f64 / n.relaxed as f64 } else { 0.0 };
        let py = python_f1(python, label).map_or("n/a".into(), |v| format!("{v:.4}"));
        let f = score::attr_f1(correct, n);
        let _ =
            writeln!(r, "| {label} (accuracy {acc:.4} on relaxed matches) | | | {f:.4} | {py} |");
    }
    let _ =
        writeln!(r, "\nGold {} / predicted {} / relaxed matches {}.\n", n.gold, n.pred, n.relaxed);
    let _ = writeln!(
        r,
        "| gold type | count | relaxed recall | value-correct recall |\n|---|---|---|---|"
    );
    for (t, (g, m, v)) in &n.by_type {
        let _ = writeln!(r, "| {t} | {g} | {:.4} | {:.4} |", ratio(*m, *g), ratio(*v, *g));
    }
    let mb = speed.bytes as f64 / 1e6;
    let _ = writeln!(
        r,
        "\n## Speed\n\n{:.2} MB of text. Whole pipeline: {:.2} s ({:.1} MB/s). Time annotator alone, \
         on the pipeline's sentences: {:.3} s ({:.1} MB/s), {:.1}% of the pipeline's time. \
         (Build profile: {}.)\n",
        mb,
        speed.pipeline_secs,
        mb / speed.pipeline_secs.max(1e-9),
        speed.time_secs,
        mb / speed.time_secs.max(1e-9),
        100.0 * speed.time_secs / speed.pipeline_secs.max(1e-9),
        if cfg!(debug_assertions) { "debug" } else { "release" },
    );
    render_errors(&mut r, docs);
    if let Err(e) = python {
        let _ = writeln!(r, "\nThe reference scorer did not run: {e}");
    }
    r
}

fn ratio(a: usize, b: usize) -> f64 {
    if b > 0 { a as f64 / b as f64 } else { 0.0 }
}

/// The most frequent error patterns: missed, spurious and wrong values.
fn render_errors(r: &mut String, docs: &[DocResult]) {
    let mut missed: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut spurious: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut wrong: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for d in docs {
        for g in &d.missed {
            bump(&mut missed, score::pattern(&g.text), format!("{} → {}", g.text, g.value));
        }
        for p in &d.spurious {
            bump(&mut spurious, score::pattern(&p.text), format!("{} → {}", p.text, p.value));
        }
        for (g, p) in d.pairs.iter().filter(|(g, p)| g.value != p.value) {
            let key = format!(
                "{}: gold {} / ours {}",
                score::pattern(&g.text),
                shape(&g.value),
                shape(&p.value)
            );
            bump(&mut wrong, key, format!("{} → gold {}, ours {}", g.text, g.value, p.value));
        }
    }
    for (title, map) in [("Missed", missed), ("Spurious", spurious), ("Wrong values", wrong)] {
        let total: usize = map.values().map(|v| v.0).sum();
        let _ = writeln!(r, "## {title} ({total}), most frequent patterns\n");
        let _ = writeln!(r, "| count | pattern | example |\n|---|---|---|");
        let mut rows: Vec<_> = map.into_iter().collect();
        rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
        for (k, (c, ex)) in rows.into_iter().take(15) {
            let _ = writeln!(r, "| {c} | `{k}` | {ex} |");
        }
        let _ = writeln!(r);
    }
}

fn bump(map: &mut BTreeMap<String, (usize, String)>, key: String, example: String) {
    let e = map.entry(key).or_insert((0, example));
    e.0 += 1;
}

/// A value with its digits hidden (`1998-Q3` → `9999-Q9`).
fn shape(v: &str) -> String {
    v.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect()
}
