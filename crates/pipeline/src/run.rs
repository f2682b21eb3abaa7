//! A run over files and folders: read, process in parallel batches, count what happened.

use crate::Pipeline;
use parallax_ingest::{Item, ReadOptions};
use parallax_model::{AnnotatedDocument, Diagnostic, Level, RawDocument, SkipReason};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// What a run read, kept and skipped, and why.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct RunSummary {
    /// Documents found in the inputs (analysed or skipped).
    pub read: usize,
    /// Documents analysed.
    pub analysed: usize,
    /// Documents read whose content the store already holds, so not analysed again.
    pub known: usize,
    /// Documents (or whole files) skipped, by reason.
    pub skipped: BTreeMap<String, usize>,
    /// Documents kept but not annotated because they are not in English.
    pub not_english: usize,
    /// Every problem, with where it was.
    pub diagnostics: Vec<Diagnostic>,
}

impl RunSummary {
    pub fn n_skipped(&self) -> usize {
        self.skipped.values().sum()
    }

    pub fn n_warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.level == Level::Warning).count()
    }

    pub fn skip(&mut self, reason: SkipReason, diagnostic: Diagnostic) {
        *self.skipped.entry(reason.as_str().to_string()).or_default() += 1;
        self.diagnostics.push(diagnostic);
    }

    fn note(&mut self, problem: Diagnostic) {
        match problem.skip {
            Some(reason) => {
                self.read += 1;
                self.skip(reason, problem);
            }
            None => self.diagnostics.push(problem),
        }
    }
}

/// Reads `paths`, processes documents in parallel batches of `batch_size`, and hands each
/// processed batch (in input order) to `on_batch`. `on_read` is told each time a document is read.
/// A document whose content hash `known` accepts is counted and not processed: the store
/// holds it already, so a re-run over a grown folder analyses only what is new.
pub fn read_and_process(
    paths: &[impl AsRef<Path>],
    read_options: &ReadOptions,
    pipeline: &Pipeline,
    batch_size: usize,
    known: &mut dyn FnMut(&str) -> bool,
    on_read: &mut dyn FnMut(usize),
    on_batch: &mut dyn FnMut(Vec<AnnotatedDocument>),
) -> RunSummary {
    let mut summary = RunSummary::default();
    let mut batch: Vec<RawDocument> = Vec::with_capacity(batch_size);
    let mut flush = |batch: &mut Vec<RawDocument>, summary: &mut RunSummary| {
        let done: Vec<AnnotatedDocument> =
            std::mem::take(batch).into_par_iter().map(|r| pipeline.process(r)).collect();
        for d in &done {
            summary.analysed += 1;
            summary.not_english += usize::from(!d.doc.is_english());
            summary.diagnostics.extend(d.doc.diagnostics.iter().cloned().map(|mut diag| {
                diag.origin = diag.origin.or_else(|| Some(d.doc.origin.clone()));
                diag
            }));
        }
        on_batch(done);
    };
    parallax_ingest::read_paths(paths, read_options, &mut |item| match item {
        Item::Doc(raw) => {
            summary.read += 1;
            on_read(summary.read);
            if known(&parallax_model::content_hash(&raw.text)) {
                summary.known += 1;
                return;
            }
            batch.push(*raw);
            if batch.len() >= batch_size {
                flush(&mut batch, &mut summary);
            }
        }
        Item::Problem(problem) => summary.note(problem),
    });
    if !batch.is_empty() {
        flush(&mut batch, &mut summary);
    }
    summary
}
