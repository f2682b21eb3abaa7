//! BCubed F1 on the clustering sets of `../shared` (skipped when they are absent).

mod common;

use common::{bcubed, cluster_default, in_stream_order, read_set};

fn b3_f1(set: &str) -> Option<f64> {
    let Some(docs) = read_set(set) else {
        eprintln!("skipping: ../shared/data/clustering/{set}.jsonl is not available");
        return None;
    };
    let ordered = in_stream_order(&docs);
    let pred = cluster_default(&ordered);
    let gold: Vec<&str> = ordered.iter().map(|d| d.gold.as_str()).collect();
    let pred: Vec<&str> = pred.iter().map(String::as_str).collect();
    Some(bcubed(&gold, &pred).2)
}

#[test]
fn basil_reaches_the_target() {
    if let Some(f1) = b3_f1("basil") {
        assert!(f1 >= 0.95, "BASIL BCubed F1 {f1:.4}");
    }
}

#[test]
fn ecbplus_does_not_regress() {
    if let Some(f1) = b3_f1("ecbplus") {
        assert!(f1 >= 0.89, "ECB+ BCubed F1 {f1:.4}");
    }
}
