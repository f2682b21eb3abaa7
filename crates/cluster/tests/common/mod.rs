//! Reading the clustering sets of `../shared` for tests and examples, and BCubed scoring.

#![allow(dead_code)]

use chrono::NaiveDate;
use parallax_cluster::{ClusterConfig, ClusterDoc, StoryClusterer, stream_order};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One labelled document.
pub struct Labelled {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub outlet: Option<String>,
    pub gold: String,
    pub split: Option<String>,
}

pub fn shared() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")).to_path_buf()
}

/// Reads `clustering/inputs/<set>.jsonl` joined with the gold labels, or `None` when absent.
pub fn read_set(set: &str) -> Option<Vec<Labelled>> {
    let dir = shared().join("data/clustering");
    let inputs = std::fs::read_to_string(dir.join(format!("inputs/{set}.jsonl"))).ok()?;
    let gold = std::fs::read_to_string(dir.join(format!("{set}.jsonl"))).ok()?;
    let mut labels: HashMap<String, (String, Option<String>)> = HashMap::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).ok()?;
        let split = v["split"].as_str().map(String::from);
        labels.insert(v["id"].as_str()?.to_string(), (v["gold_cluster"].to_string(), split));
    }
    let mut out = Vec::new();
    for line in inputs.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).ok()?;
        let id = v["id"].as_str()?.to_string();
        let (gold, split) = labels.get(&id)?.clone();
        let published = v["published"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok());
        out.push(Labelled {
            id,
            title: v["title"].as_str().map(String::from),
            text: v["text"].as_str()?.to_string(),
            published,
            outlet: v["outlet"].as_str().map(String::from),
            gold,
            split,
        });
    }
    Some(out)
}

/// The documents in stream order.
pub fn in_stream_order(docs: &[Labelled]) -> Vec<&Labelled> {
    let dates: Vec<Option<NaiveDate>> = docs.iter().map(|d| d.published).collect();
    stream_order(&dates).into_iter().map(|i| &docs[i]).collect()
}

pub fn cluster_doc(d: &Labelled) -> ClusterDoc<'_> {
    ClusterDoc {
        id: &d.id,
        published: d.published,
        title: d.title.as_deref(),
        body: &d.text,
        outlet: d.outlet.as_deref(),
        entities: &[],
    }
}

/// Clusters documents (stream order) and returns the final story label of each.
pub fn cluster(clusterer: &mut StoryClusterer, docs: &[&Labelled]) -> Vec<String> {
    let stories: Vec<_> = docs.iter().map(|d| clusterer.assign(&cluster_doc(d)).story).collect();
    stories.into_iter().map(|s| clusterer.story_of(s).to_string()).collect()
}

pub fn cluster_default(docs: &[&Labelled]) -> Vec<String> {
    cluster(&mut ClusterConfig::default().build(), docs)
}

fn count<'a>(keys: Vec<(&'a str, &'a str)>) -> HashMap<(&'a str, &'a str), f64> {
    let mut m: HashMap<(&str, &str), f64> = HashMap::new();
    keys.into_iter().for_each(|k| *m.entry(k).or_default() += 1.0);
    m
}

/// BCubed precision, recall and F1.
pub fn bcubed(gold: &[&str], pred: &[&str]) -> (f64, f64, f64) {
    let joint = count(gold.iter().zip(pred).map(|(g, p)| (*g, *p)).collect());
    let gs = count(gold.iter().map(|g| (*g, "")).collect());
    let ps = count(pred.iter().map(|p| ("", *p)).collect());
    let n = gold.len() as f64;
    let (mut p, mut r) = (0.0, 0.0);
    for (g, q) in gold.iter().zip(pred) {
        let j = joint[&(*g, *q)];
        p += j / ps[&("", *q)];
        r += j / gs[&(*g, "")];
    }
    let (p, r) = (p / n, r / n);
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}
