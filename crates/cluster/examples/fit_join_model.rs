//! Fits the join model on BASIL and the ECB+ training topics and prints the weights to commit
//! in `src/join.rs`, with BCubed scores of the fitted and the committed model.
//!
//! Run: `cargo run --release -p parallax-cluster --example fit_join_model [lambda]`.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{Labelled, bcubed, cluster, cluster_doc, in_stream_order, read_set};
use parallax_cluster::join::{FEATURES, FITTED, JoinModel};
use parallax_cluster::training::{Example, fit_logistic, teacher_forced_examples};
use parallax_cluster::{ClusterConfig, ClusterDoc};

fn main() {
    let lambda: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0.01);
    let (Some(basil), Some(ecb)) = (read_set("basil"), read_set("ecbplus")) else {
        eprintln!("../shared/data/clustering is missing");
        return;
    };
    let config: ClusterConfig = std::env::var("CLUSTER_CONFIG")
        .ok()
        .and_then(|c| serde_json::from_str(&c).ok())
        .unwrap_or_default();
    let ecb_train: Vec<&Labelled> =
        in_stream_order(&ecb).into_iter().filter(|d| d.split.as_deref() == Some("train")).collect();
    let mut examples = examples_of(&config, &in_stream_order(&basil));
    examples.extend(examples_of(&config, &ecb_train));
    let positives = examples.iter().filter(|e| e.label).count();
    println!("{} candidate pairs, {positives} positive", examples.len());
    let fitted = fit_logistic(&examples, lambda);
    println!("fitted: bias {:.3}", fitted.bias);
    for (name, w) in FEATURES.iter().zip(fitted.weights) {
        println!("  {name:<14} {w:.3}");
    }
    for (label, model) in [("fitted", fitted), ("committed", FITTED)] {
        report(label, model, &config, &basil, &ecb);
    }
}

fn examples_of(config: &ClusterConfig, docs: &[&Labelled]) -> Vec<Example> {
    let cluster_docs: Vec<ClusterDoc> = docs.iter().map(|d| cluster_doc(d)).collect();
    let gold: Vec<&str> = docs.iter().map(|d| d.gold.as_str()).collect();
    teacher_forced_examples(config, &cluster_docs, &gold)
}

fn report(
    label: &str,
    model: JoinModel,
    config: &ClusterConfig,
    basil: &[Labelled],
    ecb: &[Labelled],
) {
    for (set, docs) in [("basil", basil), ("ecbplus", ecb)] {
        let ordered = in_stream_order(docs);
        let pred = cluster(&mut config.build().with_model(model), &ordered);
        if let Ok(dir) = std::env::var("CLUSTER_DUMP") {
            let lines: Vec<String> = ordered
                .iter()
                .zip(&pred)
                .map(|(d, p)| format!("{{\"id\":\"{}\",\"story\":\"{p}\"}}", d.id))
                .collect();
            let _ = std::fs::write(format!("{dir}/{label}-{set}.jsonl"), lines.join("\n"));
        }
        for split in [None, Some("train"), Some("dev")] {
            let keep: Vec<usize> = (0..ordered.len())
                .filter(|&i| split.is_none() || ordered[i].split.as_deref() == split)
                .collect();
            if keep.is_empty() {
                continue;
            }
            let g: Vec<&str> = keep.iter().map(|&i| ordered[i].gold.as_str()).collect();
            let p: Vec<&str> = keep.iter().map(|&i| pred[i].as_str()).collect();
            let (bp, br, bf) = bcubed(&g, &p);
            let n_pred = p.iter().collect::<std::collections::HashSet<_>>().len();
            let n_gold = g.iter().collect::<std::collections::HashSet<_>>().len();
            let name = format!("{set}/{}", split.unwrap_or("all"));
            println!(
                "{label:<9} {name:<14} B3 P {bp:.4} R {br:.4} F1 {bf:.4}  clusters {n_pred} (gold {n_gold})"
            );
        }
    }
}
