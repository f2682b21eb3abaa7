//! An averaged perceptron over hashed features, for training: binary decisions (is this word a
//! cue?) and rankings (which of these candidate ends, or speakers, is the right one?) share one
//! weight table, each decision with its own feature templates.

use crate::learn::{BITS, Model, Params};
use std::collections::HashSet;

/// One binary training item: its hashed features and its label.
pub struct Example {
    pub features: Vec<u32>,
    pub label: bool,
}

/// One ranking item: the hashed features of each candidate and the index of the right one.
pub struct Ranked {
    pub candidates: Vec<Vec<u32>>,
    pub gold: usize,
}

/// A training item of either kind.
pub enum Item {
    Binary(Example),
    Rank(Ranked),
}

/// The averaged perceptron's state.
pub struct Trainer {
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u64>,
    step: u64,
}

impl Default for Trainer {
    fn default() -> Self {
        let n = 1 << BITS;
        Trainer { weights: vec![0.0; n], totals: vec![0.0; n], stamps: vec![0; n], step: 0 }
    }
}

impl Trainer {
    /// Learns from one item; returns true when it was wrong.
    pub fn learn_item(&mut self, item: &Item) -> bool {
        match item {
            Item::Binary(ex) => self.learn(ex),
            Item::Rank(r) => self.rank(r),
        }
    }

    /// Learns from one binary example; returns true when it was misclassified.
    pub fn learn(&mut self, ex: &Example) -> bool {
        self.step += 1;
        let wrong = (self.score(&ex.features) > 0.0) != ex.label;
        if wrong {
            self.update(&ex.features, if ex.label { 1.0 } else { -1.0 });
        }
        wrong
    }

    /// Learns from one ranking: unless the right candidate scores above every other, its
    /// features gain and those of the best other lose. Returns true when it was wrong.
    pub fn rank(&mut self, r: &Ranked) -> bool {
        self.step += 1;
        let Some(gold) = r.candidates.get(r.gold) else { return false };
        let gold_score = self.score(gold);
        let mut rival: Option<(usize, f32)> = None;
        for (i, c) in r.candidates.iter().enumerate().filter(|(i, _)| *i != r.gold) {
            let s = self.score(c);
            if rival.is_none_or(|(_, b)| s > b) {
                rival = Some((i, s));
            }
        }
        let Some((i, _)) = rival.filter(|&(_, s)| s >= gold_score) else { return false };
        self.update(gold, 1.0);
        self.update(&r.candidates[i], -1.0);
        true
    }

    fn score(&self, features: &[u32]) -> f32 {
        features.iter().map(|&f| self.weights[f as usize]).sum()
    }

    fn update(&mut self, features: &[u32], delta: f32) {
        for &f in features {
            let f = f as usize;
            self.totals[f] += f64::from(self.weights[f]) * (self.step - self.stamps[f]) as f64;
            self.stamps[f] = self.step;
            self.weights[f] += delta;
        }
    }

    /// The averaged weights, as a model over the candidate `words`.
    pub fn finish(mut self, words: HashSet<String>, params: Params) -> Model {
        let step = self.step.max(1);
        let weights = (0..self.weights.len())
            .map(|f| {
                self.totals[f] += f64::from(self.weights[f]) * (step - self.stamps[f]) as f64;
                let avg = (self.totals[f] / step as f64) as f32;
                if avg.abs() < 1e-4 { 0.0 } else { avg }
            })
            .collect();
        self.weights.clear();
        Model::new(words, weights, params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranking_learns_to_prefer_the_right_candidate() {
        let mut t = Trainer::default();
        let item = Ranked { candidates: vec![vec![1, 2], vec![3, 4], vec![5]], gold: 1 };
        assert!(t.rank(&item), "a tie is an error");
        assert!(!t.rank(&item));
        let model = t.finish(HashSet::new(), Params::default());
        assert!(model.sum(&[3, 4]) > model.sum(&[1, 2]));
        assert!(model.sum(&[3, 4]) > model.sum(&[5]));
    }

    #[test]
    fn binary_examples_move_weights_towards_their_label() {
        let mut t = Trainer::default();
        let pos = Example { features: vec![9], label: true };
        let neg = Example { features: vec![10], label: false };
        for _ in 0..3 {
            t.learn(&pos);
            t.learn(&neg);
        }
        let model = t.finish(HashSet::new(), Params::default());
        assert!(model.sum(&[9]) > 0.0 && model.sum(&[10]) <= 0.0);
    }
}
