//! Training of the learned cue detector and content-end model: `cargo xtask train quotes`.
//!
//! Reads PolNeAR's training split (`data/quotes/polnear-train.jsonl`, never the dev split,
//! which the evaluation holds out), analyses each article as `parallax annotate` does (cleaner,
//! then tokens and sentences), trains the averaged perceptron of `parallax_quotes::train` and
//! writes `crates/quotes/data/cues.bin`. `PARALLAX_QUOTES_EPOCHS` sets the passes (default 8).

use anyhow::{Result, bail};
use parallax_model::{Metadata, Origin, RawDocument, SourceFormat, Span};
use parallax_quotes::train::{TrainDoc, byte_offsets, train};
use serde_json::Value;
use std::path::{Path, PathBuf};

const TRAIN: &str = "data/quotes/polnear-train.jsonl";

pub fn run(shared: &Path) -> Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let epochs =
        std::env::var("PARALLAX_QUOTES_EPOCHS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let records = crate::eval::read_jsonl(&shared.join(TRAIN))?;
    let pipeline = parallax_pipeline::PipelineConfig::default().build();
    let mut docs = Vec::new();
    for rec in &records {
        let text = rec.get("text").and_then(Value::as_str).unwrap_or_default();
        let mut raw = RawDocument::new(text.to_string(), SourceFormat::Jsonl, Origin::default());
        raw.given = Metadata {
            title: rec.get("title").and_then(Value::as_str).map(str::to_string),
            published: rec.get("date").and_then(Value::as_str).map(str::to_string),
            outlet: rec.get("publisher").and_then(Value::as_str).map(str::to_string),
            url: None,
            authors: Vec::new(),
        };
        raw.given_by_caller = true;
        let processed = pipeline.process(raw);
        if processed.doc.text != text {
            continue;
        }
        let attributions = attributions(rec, text);
        docs.push(TrainDoc { text: text.to_string(), analysis: processed.analysis, attributions });
    }
    if docs.is_empty() {
        bail!("no training documents read from {}", shared.join(TRAIN).display());
    }
    println!("{} of {} training articles", docs.len(), records.len());
    let (model, log) = train(&docs, epochs);
    for (i, e) in log.iter().enumerate() {
        println!("epoch {}: {} of {} tokens wrong", i + 1, e.wrong, e.total);
    }
    let bytes = model.to_bytes();
    let out = root.join("crates/quotes/data/cues.bin");
    std::fs::write(&out, &bytes)?;
    println!("wrote {} ({:.2} MB)", out.display(), bytes.len() as f64 / 1e6);
    Ok(())
}

/// The (cue, content) byte spans of a record's attributions that have both.
fn attributions(rec: &Value, text: &str) -> Vec<(Span, Span)> {
    let b = byte_offsets(text);
    let span = |v: &Value| {
        let s = *b.get(v.get("start")?.as_u64()? as usize)?;
        let e = *b.get(v.get("end")?.as_u64()? as usize)?;
        Some(Span::new(s, e))
    };
    let items = rec.get("attributions").and_then(Value::as_array);
    items
        .into_iter()
        .flatten()
        .filter_map(|a| Some((span(a.get("cue")?)?, span(a.get("content")?)?)))
        .collect()
}
