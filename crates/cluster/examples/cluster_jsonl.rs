//! Clusters a JSONL file in the contract input format (raw text, no cleaning) and, given a gold
//! file with `gold_cluster`, prints BCubed scores; for checking the synthetic stream.
//!
//! Run: `cargo run --release -p parallax-cluster --example cluster_jsonl -- INPUT [GOLD]`.

#[path = "../tests/common/mod.rs"]
mod common;

use chrono::NaiveDate;
use parallax_cluster::{ClusterConfig, ClusterDoc, stream_order};
use serde_json::Value;
use std::collections::HashMap;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(input) = args.first().and_then(|p| std::fs::read_to_string(p).ok()) else {
        eprintln!("usage: cluster_jsonl INPUT [GOLD]");
        return;
    };
    let records: Vec<Value> = input.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let field = |r: &Value, k: &str| r[k].as_str().map(String::from);
    let dates: Vec<Option<NaiveDate>> = records
        .iter()
        .map(|r| field(r, "published").and_then(|d| d.get(..10)?.parse().ok()))
        .collect();
    let mut clusterer = ClusterConfig::default().build();
    let mut stories = HashMap::new();
    for i in stream_order(&dates) {
        let r = &records[i];
        let (id, title, text, outlet) = (
            field(r, "id").unwrap_or_default(),
            field(r, "title"),
            field(r, "text"),
            field(r, "outlet"),
        );
        let doc = ClusterDoc {
            id: &id,
            published: dates[i],
            title: title.as_deref(),
            body: text.as_deref().unwrap_or(""),
            outlet: outlet.as_deref(),
            entities: &[],
        };
        stories.insert(id.clone(), clusterer.assign(&doc).story);
    }
    println!("documents {}, merges {}", records.len(), clusterer.merges().len());
    let Some(gold) = args.get(1).and_then(|p| std::fs::read_to_string(p).ok()) else { return };
    let (mut g, mut p) = (Vec::new(), Vec::new());
    for line in gold.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else { continue };
        let Some(s) = v["id"].as_str().and_then(|id| stories.get(id)) else { continue };
        g.push(v["gold_cluster"].to_string());
        p.push(clusterer.story_of(*s).to_string());
    }
    let g: Vec<&str> = g.iter().map(String::as_str).collect();
    let p: Vec<&str> = p.iter().map(String::as_str).collect();
    let (bp, br, bf) = common::bcubed(&g, &p);
    let n_pred = p.iter().collect::<std::collections::HashSet<_>>().len();
    let n_gold = g.iter().collect::<std::collections::HashSet<_>>().len();
    println!("BCubed P {bp:.4} R {br:.4} F1 {bf:.4}; stories {n_pred} (gold {n_gold})");
}
