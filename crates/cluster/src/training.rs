//! Fitting the join model: teacher-forced candidate pairs from a labelled stream, and
//! L2-regularised logistic regression by Newton's method.

use crate::ClusterDoc;
use crate::config::ClusterConfig;
use crate::hash::Map;
use crate::join::{FEATURES, Features, JoinModel};

/// One candidate pair: the features of a document against a retrieved story, and whether the
/// story is the document's gold story.
#[derive(Clone, Debug)]
pub struct Example {
    pub features: Features,
    pub label: bool,
}

/// Streams `docs` (already in stream order) through a clusterer that always puts each document
/// in its gold story, and records the features of every candidate the index retrieves.
/// Near-duplicates are skipped, since the fingerprint decides them.
pub fn teacher_forced_examples(
    config: &ClusterConfig,
    docs: &[ClusterDoc],
    gold: &[&str],
) -> Vec<Example> {
    let mut clusterer = config.build();
    let mut gold_story: Map<String, u64> = Map::default();
    let mut out = Vec::new();
    for (doc, &label) in docs.iter().zip(gold) {
        let prepared = clusterer.prepare(doc);
        let target = gold_story.get(label).copied();
        if clusterer.duplicate(&prepared).is_none() {
            for scored in clusterer.score(&prepared) {
                out.push(Example {
                    features: scored.features,
                    label: Some(scored.story) == target,
                });
            }
        }
        let story = target.unwrap_or_else(|| clusterer.new_story_id());
        gold_story.insert(label.to_string(), story);
        let source = clusterer.source_key(doc.outlet);
        clusterer.commit(doc.id, &prepared, story, source, None);
    }
    out
}

/// Fits `p = σ(b + w·x)` by Newton's method with an L2 penalty `lambda` on the weights.
pub fn fit_logistic(examples: &[Example], lambda: f64) -> JoinModel {
    const D: usize = FEATURES.len() + 1;
    let mut w = [0.0f64; D];
    for _ in 0..50 {
        let mut grad = [0.0f64; D];
        let mut hess = [[0.0f64; D]; D];
        for e in examples {
            let x = with_bias(&e.features);
            let z: f64 = w.iter().zip(&x).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let y = if e.label { 1.0 } else { 0.0 };
            for i in 0..D {
                grad[i] += (p - y) * x[i];
                for j in 0..D {
                    hess[i][j] += p * (1.0 - p) * x[i] * x[j];
                }
            }
        }
        for i in 1..D {
            grad[i] += lambda * w[i];
            hess[i][i] += lambda;
        }
        hess[0][0] += 1e-9;
        let Some(step) = solve(hess, grad) else { break };
        w.iter_mut().zip(&step).for_each(|(a, s)| *a -= s);
        if step.iter().map(|s| s.abs()).fold(0.0, f64::max) < 1e-7 {
            break;
        }
    }
    let mut weights = [0.0f32; FEATURES.len()];
    weights.iter_mut().zip(&w[1..]).for_each(|(a, b)| *a = *b as f32);
    JoinModel { bias: w[0] as f32, weights }
}

fn with_bias(x: &Features) -> [f64; FEATURES.len() + 1] {
    let mut out = [1.0f64; FEATURES.len() + 1];
    out[1..].iter_mut().zip(x).for_each(|(a, b)| *a = f64::from(*b));
    out
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve<const D: usize>(mut a: [[f64; D]; D], mut b: [f64; D]) -> Option<[f64; D]> {
    for col in 0..D {
        let pivot = (col..D).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..D {
            let f = a[row][col] / a[col][col];
            let pivot_row = a[col];
            for (x, p) in a[row].iter_mut().zip(pivot_row).skip(col) {
                *x -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0f64; D];
    for row in (0..D).rev() {
        let tail: f64 = (row + 1..D).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - tail) / a[row][row];
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logistic_fit_separates_a_simple_rule() {
        let examples: Vec<Example> = (0..200)
            .map(|i| {
                let s = (i % 20) as f32 / 20.0;
                let mut features = [0.0f32; FEATURES.len()];
                features[0] = s;
                features[6] = ((i / 20) % 2) as f32;
                Example { features, label: s > 0.5 }
            })
            .collect();
        let model = fit_logistic(&examples, 0.01);
        let at = |s: f32| {
            let mut x = [0.0f32; FEATURES.len()];
            x[0] = s;
            model.probability(&x)
        };
        assert!(at(0.9) > 0.9 && at(0.1) < 0.1);
    }
}
