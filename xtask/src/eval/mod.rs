//! Evaluations: each runs parallax over a gold set in `../shared/data`, scores the output with
//! the same definitions as the reference scorer in `../shared/scoring`, runs that scorer on the
//! same output to show agreement, and writes a markdown report.

use anyhow::{Result, bail};
use std::path::Path;

pub mod clusters;
pub mod events;
pub mod ner;
pub mod quotes;
pub mod time;

/// The evaluations `cargo xtask eval` knows, in the order `all` runs them.
/// An evaluation: reads `../shared`, writes its report into the output folder.
type Eval = fn(&Path, &Path) -> Result<()>;

const EVALS: &[(&str, Eval)] = &[
    ("time", time::run),
    ("ner", ner::run),
    ("quotes", quotes::run),
    ("events", events::run),
    ("clusters", clusters::run),
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
