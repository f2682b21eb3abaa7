//! Training: an averaged structured perceptron over the hashed features, decoding each
//! sentence with the same constrained Viterbi search as recognition (Collins, 2002).

use super::features::DocFeatures;
use super::labels::N_LABELS;
use super::model::Model;
use super::viterbi::{constrain, viterbi};
use std::ops::Range;

/// Weights being learned, with the running sums that averaging needs.
pub struct Trainer {
    bits: u32,
    weights: Vec<f32>,
    sums: Vec<f64>,
    trans: Vec<f32>,
    trans_sums: Vec<f64>,
    start: Vec<f32>,
    start_sums: Vec<f64>,
    /// Updates made so far (the averaging clock).
    clock: f64,
    emit: Vec<f32>,
    delta: Vec<f32>,
    pred: Vec<u8>,
}

impl Trainer {
    /// A trainer with `2^bits` feature buckets.
    pub fn new(bits: u32) -> Trainer {
        let n = (1usize << bits) * N_LABELS;
        Trainer {
            bits,
            weights: vec![0.0; n],
            sums: vec![0.0; n],
            trans: vec![0.0; N_LABELS * N_LABELS],
            trans_sums: vec![0.0; N_LABELS * N_LABELS],
            start: vec![0.0; N_LABELS],
            start_sums: vec![0.0; N_LABELS],
            clock: 1.0,
            emit: Vec::new(),
            delta: Vec::new(),
            pred: Vec::new(),
        }
    }

    /// Decodes one sentence (`range` of the document's tokens) and, where the best sequence
    /// differs from `gold`, moves the weights towards it. Returns the number of wrong labels.
    pub fn learn(&mut self, f: &DocFeatures, range: Range<usize>, gold: &[u8]) -> usize {
        self.decode(f, range.clone());
        let mut wrong = 0;
        for (k, i) in range.enumerate() {
            let (g, p) = (gold[k] as usize, self.pred[k] as usize);
            if g != p {
                wrong += 1;
                for &b in f.of(i) {
                    self.bump_weight(b as usize * N_LABELS + g, 1.0);
                    self.bump_weight(b as usize * N_LABELS + p, -1.0);
                }
            }
            self.update_transition(k, gold);
        }
        self.clock += 1.0;
        wrong
    }

    /// The averaged weights as a quantised model.
    pub fn finish(&self) -> Model {
        let avg = |w: &[f32], s: &[f64]| -> Vec<f32> {
            w.iter().zip(s).map(|(&w, &s)| (w as f64 - s / self.clock) as f32).collect()
        };
        let weights = avg(&self.weights, &self.sums);
        let trans = avg(&self.trans, &self.trans_sums);
        let start = avg(&self.start, &self.start_sums);
        Model::quantise(self.bits, &weights, &trans, &start)
    }

    fn decode(&mut self, f: &DocFeatures, range: Range<usize>) {
        self.emit.clear();
        for i in range {
            let mut acc = [0f32; N_LABELS];
            for &b in f.of(i) {
                let row = &self.weights[b as usize * N_LABELS..][..N_LABELS];
                acc.iter_mut().zip(row).for_each(|(a, &w)| *a += w);
            }
            self.emit.extend_from_slice(&acc);
        }
        let moves = constrain(&self.trans, &self.start);
        viterbi(&self.emit, &moves, &mut self.delta, &mut self.pred);
    }

    fn bump_weight(&mut self, at: usize, by: f32) {
        self.weights[at] += by;
        self.sums[at] += self.clock * by as f64;
    }

    fn update_transition(&mut self, k: usize, gold: &[u8]) {
        let (g, p) = (gold[k] as usize, self.pred[k] as usize);
        if k == 0 {
            if g != p {
                bump(&mut self.start, &mut self.start_sums, g, p, self.clock);
            }
            return;
        }
        let (gp, pp) = (gold[k - 1] as usize, self.pred[k - 1] as usize);
        if (gp, g) != (pp, p) {
            let (gi, pi) = (gp * N_LABELS + g, pp * N_LABELS + p);
            bump(&mut self.trans, &mut self.trans_sums, gi, pi, self.clock);
        }
    }
}

fn bump(w: &mut [f32], sums: &mut [f64], good: usize, bad: usize, clock: f64) {
    w[good] += 1.0;
    w[bad] -= 1.0;
    sums[good] += clock;
    sums[bad] -= clock;
}

#[cfg(test)]
mod tests {
    use super::super::gazetteer::Gazetteer;
    use super::super::labels::{OUTSIDE, begin, inside};
    use super::*;

    #[test]
    fn the_perceptron_learns_a_separable_pattern() {
        let text = "yesterday Ada Lovelace spoke and Ada Lovelace left";
        let tokens = parallax_analyze::tokens::tokenize(text);
        let mut f = DocFeatures::default();
        let all = [Range { start: 0, end: tokens.len() }];
        f.extract(text, &tokens, &all, &Gazetteer::default(), 12);
        let (o, b, i) = (OUTSIDE as u8, begin(0) as u8, inside(0) as u8);
        let gold = [o, b, i, o, o, b, i, o];
        let mut trainer = Trainer::new(12);
        for _ in 0..5 {
            trainer.learn(&f, 0..tokens.len(), &gold);
        }
        assert_eq!(trainer.learn(&f, 0..tokens.len(), &gold), 0);
        let model = trainer.finish();
        let mut out = Vec::new();
        model.label(&f, 0..tokens.len(), &mut Default::default(), &mut out);
        assert_eq!(out, gold);
    }
}
