//! Evaluation of event coding on the PLOVER gold sentences (`data/events/plover-gsr.jsonl`):
//! runs the pipeline over the inputs, scores event type and actors as `score_events.py` does
//! (one predicted code per sentence for accuracy; actor and target mentions overlapping gold
//! spans), runs that scorer for comparison, measures the time event coding adds, and writes
//! `eval/reports/events.md`.

use anyhow::Result;
use parallax_model::contract::AnnotateOutput;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

const INPUTS: &str = "data/events/inputs/plover-gsr.jsonl";
const GOLD: &str = "data/events/plover-gsr.jsonl";
const SCORER: &str = "scoring/score_events.py";

/// Counts over the gold sentences.
#[derive(Default)]
struct Tally {
    sentences: usize,
    type_tp: usize,
    type_fp: usize,
    type_fn: usize,
    accurate: usize,
    actor_tp: usize,
    actor_fp: usize,
    actor_fn: usize,
    confusion: BTreeMap<(String, String), usize>,
    errors: Vec<String>,
}

pub fn run(shared: &Path, out: &Path) -> Result<()> {
    let (records, outputs, pred_path, secs) =
        super::annotate_inputs(&shared.join(INPUTS), out, "events")?;
    let gold = super::read_jsonl(&shared.join(GOLD))?;
    let by_id: HashMap<&str, &AnnotateOutput> =
        outputs.iter().map(|o| (o.id.as_str(), o)).collect();
    let mut tally = Tally::default();
    for g in &gold {
        score(&mut tally, g, by_id.get(str_of(g, "id")).copied());
    }
    let python = super::run_scorer(&shared.join(SCORER), &shared.join(GOLD), &pred_path);
    let report = render(&tally, &python, secs, records.len());
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("events.md"), &report)?;
    println!("{}", summary(&tally));
    Ok(())
}

fn str_of<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// Scores one gold sentence as the reference scorer does.
fn score(t: &mut Tally, g: &Value, pred: Option<&AnnotateOutput>) {
    t.sentences += 1;
    let gcode = str_of(g, "event").to_uppercase();
    let events = pred.map(|p| p.events.as_slice()).unwrap_or_default();
    let codes: HashSet<String> = events.iter().map(|e| e.code.to_uppercase()).collect();
    let hit = codes.contains(&gcode);
    if hit {
        t.type_tp += 1;
        t.accurate += usize::from(codes.len() == 1);
    } else {
        t.type_fn += 1;
    }
    t.type_fp += codes.iter().filter(|c| **c != gcode).count();
    let mut sorted: Vec<&str> = codes.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    let predicted = if sorted.is_empty() { "-".to_string() } else { sorted.join(",") };
    *t.confusion.entry((gcode.clone(), predicted.clone())).or_default() += 1;
    let mut mentions: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for m in pred.map(|p| p.entities.as_slice()).unwrap_or_default() {
        mentions.entry(m.entity.as_str()).or_default().push((m.start, m.end));
    }
    let spans = g.get("markup_spans").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut missed = Vec::new();
    for (role, keys) in [("actor", ["SRC", "SRC/TAR"]), ("target", ["TAR", "SRC/TAR"])] {
        let gspans: Vec<(usize, usize)> = spans
            .iter()
            .filter(|s| keys.contains(&str_of(s, "role")))
            .filter_map(|s| {
                Some((s.get("start")?.as_u64()? as usize, s.get("end")?.as_u64()? as usize))
            })
            .collect();
        let mut pspans = Vec::new();
        if hit {
            for e in events.iter().filter(|e| e.code.eq_ignore_ascii_case(&gcode)) {
                let id = if role == "actor" { &e.actor } else { &e.target };
                if let Some(id) = id {
                    pspans.extend(mentions.get(id.as_str()).cloned().unwrap_or_default());
                }
            }
        }
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        let found = gspans.iter().filter(|g| pspans.iter().any(|p| overlaps(**g, *p))).count();
        let good = pspans.iter().filter(|p| gspans.iter().any(|g| overlaps(*g, **p))).count();
        t.actor_tp += found;
        t.actor_fn += gspans.len() - found;
        t.actor_fp += pspans.len() - good;
        if found < gspans.len() || good < pspans.len() {
            missed.push(role);
        }
    }
    if !hit || codes.len() > 1 || !missed.is_empty() {
        let what = if !hit || codes.len() > 1 { "type" } else { "args" };
        t.errors.push(format!(
            "| {} | {what} {} | {gcode} | {predicted} | {} |",
            str_of(g, "id"),
            missed.join("+"),
            str_of(g, "markup").replace('|', "/")
        ));
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp == 0 { 0.0 } else { tp as f64 / (tp + fp) as f64 };
    let r = if tp + fn_ == 0 { 0.0 } else { tp as f64 / (tp + fn_) as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

fn summary(t: &Tally) -> String {
    let (p, r, f) = prf(t.type_tp, t.type_fp, t.type_fn);
    let (ap, ar, af) = prf(t.actor_tp, t.actor_fp, t.actor_fn);
    let acc = t.accurate as f64 / t.sentences.max(1) as f64;
    format!(
        "events: {} sentences; type P {p:.4} R {r:.4} F1 {f:.4} accuracy {acc:.4}; \
         actors/targets P {ap:.4} R {ar:.4} F1 {af:.4}",
        t.sentences
    )
}

fn render(t: &Tally, python: &Result<String, String>, secs: f64, docs: usize) -> String {
    let mut s = String::from("# Events: PLOVER gold sentences\n\n");
    let _ =
        writeln!(s, "Data: `data/events/plover-gsr.jsonl`; command `cargo xtask eval events`.\n");
    let _ = writeln!(s, "## parallax's own scoring\n\n```\n{}\n```\n", summary(t));
    let _ = writeln!(s, "Pipeline time: {secs:.2} s for {docs} sentences (whole pipeline).\n");
    let _ = writeln!(s, "## Reference scorer (`score_events.py`)\n\n```");
    let _ = writeln!(s, "{}", python.as_ref().unwrap_or_else(|e| e).trim_end());
    let _ = writeln!(s, "```\n\n## Confusion (gold → predicted codes)\n\n| gold | predicted | n |");
    let _ = writeln!(s, "| --- | --- | --- |");
    let mut conf: Vec<_> = t.confusion.iter().collect();
    conf.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for ((g, p), n) in conf {
        let _ = writeln!(s, "| {g} | {p} | {n} |");
    }
    let _ = writeln!(s, "\n## Errors (first 40)\n\n| id | kind | gold | predicted | markup |");
    let _ = writeln!(s, "| --- | --- | --- | --- | --- |");
    for e in t.errors.iter().take(40) {
        let _ = writeln!(s, "{e}");
    }
    s
}
