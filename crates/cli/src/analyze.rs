//! `parallax analyze` and `parallax report`: read, analyse, store, cluster, report.

use crate::{PipelineArgs, ReportFormat};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use parallax_model::{StoredDocument, StoryMembers};
use parallax_pipeline::{RunSummary, read_and_process, update_stories};
use parallax_report::RunStats;
use parallax_store::Store;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// How to run `parallax analyze`.
pub struct Run {
    pub db: Option<PathBuf>,
    pub format: ReportFormat,
    /// Documents processed together and stored in one transaction.
    pub batch_size: usize,
    pub quiet: bool,
}

pub fn run(paths: &[PathBuf], run: &Run, args: &PipelineArgs) -> Result<bool> {
    let pipeline = args.build()?;
    let db = open_store(run.db.clone())?;
    let mut store =
        Store::open(&db.0).with_context(|| format!("cannot open the store {}", db.0.display()))?;
    let engine = parallax_pipeline::ENGINE;
    let known = store.content_hashes(engine).context("cannot read the store")?;
    let mut known_here: Vec<String> = Vec::new();
    let progress = progress_bar(run.quiet);
    let mut this_run: Vec<String> = Vec::new();
    let (mut added, mut already, mut refreshed) = (0, 0, 0);
    let mut failure = None;
    let summary = read_and_process(
        paths,
        &parallax_ingest::ReadOptions::default(),
        &pipeline,
        run.batch_size,
        &mut |hash| match known.get(hash) {
            Some(id) => {
                known_here.push(id.clone());
                true
            }
            None => false,
        },
        &mut |n| progress.set_position(n as u64),
        &mut |batch| {
            if failure.is_some() {
                return;
            }
            let stored: Vec<StoredDocument> =
                batch.iter().map(parallax_pipeline::to_stored).collect();
            match store.insert_batch(&stored) {
                Ok(outcome) => {
                    added += outcome.added.len();
                    already += outcome.already_stored.len();
                    refreshed += outcome.refreshed.len();
                    this_run.extend(outcome.added);
                    this_run.extend(outcome.refreshed.into_iter().map(|(_, stored)| stored));
                    this_run
                        .extend(outcome.already_stored.into_iter().map(|(_, existing)| existing));
                }
                Err(e) => failure = Some(e),
            }
        },
    );
    progress.finish_and_clear();
    if let Some(e) = failure {
        return Err(e).context("cannot write to the store");
    }
    tracing::info!(read = summary.read, analysed = summary.analysed, store = %db.0.display(), "analysed");
    for d in &summary.diagnostics {
        tracing::warn!("{d}");
    }
    let stale = store.n_stale(engine).context("cannot read the store")?;
    if stale > 0 {
        tracing::warn!(
            "{stale} stored documents were analysed by another version of parallax and were not \
             in this run's input: their entities, quotes and times are that version's until their \
             files are analysed again"
        );
    }
    let docs = store.documents()?;
    let (stories, change) = update_stories(&mut store, &docs)?;
    tracing::info!(
        added = change.added,
        updated = change.updated,
        removed = change.removed,
        unchanged = change.unchanged,
        "stories"
    );
    let touched: HashSet<&str> = this_run.iter().chain(&known_here).map(String::as_str).collect();
    let shown: Vec<StoryMembers> = stories
        .into_iter()
        .filter(|s| s.documents.iter().any(|(d, _)| touched.contains(d.as_str())))
        .collect();
    let mut report = parallax_report::build(&docs, &shown);
    let mut stats = run_stats(&summary, added, already + summary.known);
    (stats.refreshed, stats.stale) = (refreshed, stale);
    report.run = Some(stats);
    print_report(&report, run.format)?;
    Ok(summary.n_skipped() == 0)
}

pub fn report_only(db: Option<PathBuf>, format: ReportFormat) -> Result<bool> {
    let db = open_store(db)?;
    let store =
        Store::open(&db.0).with_context(|| format!("cannot open the store {}", db.0.display()))?;
    let report = parallax_report::build(&store.documents()?, &store.stories()?);
    print_report(&report, format)?;
    Ok(true)
}

fn run_stats(summary: &RunSummary, added: usize, already_stored: usize) -> RunStats {
    RunStats {
        read: summary.read,
        analysed: summary.analysed,
        skipped: summary.skipped.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        not_english: summary.not_english,
        warnings: summary.n_warnings(),
        added,
        already_stored,
        refreshed: 0,
        stale: 0,
        problems: summary.diagnostics.iter().map(ToString::to_string).collect(),
    }
}

fn print_report(report: &parallax_report::Report, format: ReportFormat) -> Result<()> {
    let out = match format {
        ReportFormat::Text => parallax_report::text(report),
        ReportFormat::Markdown => parallax_report::markdown(report),
        ReportFormat::Json => serde_json::to_string_pretty(report)? + "\n",
    };
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    Ok(())
}

/// The store's path: `--db`, else `$PARALLAX_DB`, else the user's data folder.
pub struct DbPath(pub PathBuf);

pub fn open_store(db: Option<PathBuf>) -> Result<DbPath> {
    let path = match db.or_else(|| std::env::var_os("PARALLAX_DB").map(PathBuf::from)) {
        Some(p) => p,
        None => default_data_dir()?.join("parallax").join("parallax.db"),
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    Ok(DbPath(path))
}

fn default_data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let home = std::env::var_os("HOME")
        .context("neither --db, PARALLAX_DB, XDG_DATA_HOME nor HOME is set")?;
    Ok(Path::new(&home).join(".local").join("share"))
}

fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {pos} documents read ({per_sec}) {elapsed}")
    {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}
