//! Evaluations: each runs parallax over a gold set in `../shared/data`, scores the output with
//! the same definitions as the reference scorer in `../shared/scoring`, runs that scorer on the
//! same output to show agreement, and writes a markdown report.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

pub mod clusters;
pub mod events;
pub mod heldout;
pub mod ner;
pub mod quotes;
pub mod time;
pub mod unique;

/// The evaluations `cargo xtask eval` knows, in the order `all` runs them.
/// An evaluation: reads `../shared`, writes its report into the output folder.
type Eval = fn(&Path, &Path) -> Result<()>;

const EVALS: &[(&str, Eval)] = &[
    ("time", time::run),
    ("ner", ner::run),
    ("quotes", quotes::run),
    ("events", events::run),
    ("clusters", clusters::run),
    ("unique", unique::run),
    ("heldout", heldout::run),
];

pub fn run(which: &str, shared: &Path, out: &Path) -> Result<()> {
    if !shared.join("data").is_dir() {
        bail!("{} has no data/ folder: the evaluations need ../shared", shared.display());
    }
    std::fs::create_dir_all(out)?;
    let mut ran = 0;
    for (name, eval) in EVALS {
        if which == "all" || which == *name {
            eval(shared, out)?;
            ran += 1;
        }
    }
    if ran == 0 {
        let names: Vec<&str> = EVALS.iter().map(|(n, _)| *n).collect();
        bail!("unknown evaluation {which:?}: expected one of {} or all", names.join(", "));
    }
    Ok(())
}

/// Every JSON value of a JSON Lines file, blank lines skipped.
pub fn read_jsonl(path: &Path) -> Result<Vec<serde_json::Value>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).with_context(|| format!("bad line in {}", path.display())))
        .collect()
}

/// The folder for an evaluation's output files (`eval/tmp` beside `eval/reports`), created.
pub fn tmp_dir(out: &Path) -> Result<PathBuf> {
    let tmp = out.parent().unwrap_or(Path::new(".")).join("tmp");
    std::fs::create_dir_all(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    Ok(tmp)
}

/// Runs a reference scorer of `../shared/scoring` on a gold and a prediction file; its
/// standard output, or why it could not run.
pub fn run_scorer(scorer: &Path, gold: &Path, pred: &Path) -> Result<String, String> {
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

/// Runs `parallax annotate` (in process) over a contract input file, times it, and writes the
/// output to `eval/tmp/<name>.jsonl`.
pub fn annotate_inputs(inputs: &Path, out: &Path, name: &str) -> Result<Annotated> {
    let records: Vec<parallax_model::contract::InputRecord> =
        read_jsonl(inputs)?.into_iter().map(serde_json::from_value).collect::<Result<_, _>>()?;
    let started = std::time::Instant::now();
    let outputs: Vec<_> = records.iter().map(parallax_pipeline::annotate_record).collect();
    let secs = started.elapsed().as_secs_f64();
    let pred = tmp_dir(out)?.join(format!("{name}.jsonl"));
    let mut lines = String::new();
    for o in &outputs {
        lines.push_str(&serde_json::to_string(o)?);
        lines.push('\n');
    }
    std::fs::write(&pred, lines).with_context(|| format!("writing {}", pred.display()))?;
    Ok((records, outputs, pred, secs))
}

/// The input records, their outputs, the path the outputs were written to, and the seconds
/// annotation took.
pub type Annotated = (
    Vec<parallax_model::contract::InputRecord>,
    Vec<parallax_model::contract::AnnotateOutput>,
    PathBuf,
    f64,
);
