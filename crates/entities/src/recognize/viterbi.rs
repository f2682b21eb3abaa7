//! Viterbi decoding under BIO constraints. The constraints are folded into the transition
//! scores once ([`constrain`]: a forbidden move scores [`Score::FLOOR`]). The forward pass
//! keeps only scores: an `I-` label has two possible predecessors, and an `O` or `B-` label
//! needs only the previous labels within the transition spread of the best one, which in a
//! confident model are one or two; the back pointers are recomputed for the one label chosen
//! at each step. The result is exactly that of the full search.

use super::labels::{N_LABELS, OUTSIDE, TYPES, allowed, begin, inside};
use std::ops::{Add, Sub};

/// A score type Viterbi can add and compare.
pub trait Score: Copy + PartialOrd + Add<Output = Self> + Sub<Output = Self> + Default {
    const FLOOR: Self;
}

impl Score for i32 {
    const FLOOR: i32 = i32::MIN / 4;
}

impl Score for f32 {
    const FLOOR: f32 = -1e30;
}

/// Transition and start scores with the BIO constraints folded in.
pub struct Moves<S> {
    /// `trans[prev * N_LABELS + cur]`, [`Score::FLOOR`] where the move is forbidden.
    pub trans: Vec<S>,
    /// Start scores, [`Score::FLOOR`] for a label that cannot start a sentence.
    pub start: Vec<S>,
    /// The largest transition score less the smallest permitted one: a previous label
    /// further than this below the best can be the best predecessor of no `O` or `B-` label.
    spread: S,
}

/// Folds the BIO constraints into transition (`trans[prev * N_LABELS + cur]`) and start
/// scores.
pub fn constrain<S: Score>(trans: &[S], start: &[S]) -> Moves<S> {
    let mut t = vec![S::FLOOR; N_LABELS * N_LABELS];
    let (mut lo, mut hi) = (None::<S>, None::<S>);
    for p in 0..N_LABELS {
        for c in (0..N_LABELS).filter(|&c| allowed(Some(p), c)) {
            let v = trans.get(p * N_LABELS + c).copied().unwrap_or_default();
            t[p * N_LABELS + c] = v;
            lo = Some(lo.map_or(v, |l| if v < l { v } else { l }));
            hi = Some(hi.map_or(v, |h| if v > h { v } else { h }));
        }
    }
    let start = (0..N_LABELS)
        .map(
            |c| if allowed(None, c) { start.get(c).copied().unwrap_or_default() } else { S::FLOOR },
        )
        .collect();
    let spread = hi.unwrap_or_default() - lo.unwrap_or_default();
    Moves { trans: t, start, spread }
}

/// The best label sequence: `emit` holds `N_LABELS` scores per token. `delta` is scratch
/// space: the best score of every label at every token, less the best score at that token.
pub fn viterbi<S: Score>(emit: &[S], moves: &Moves<S>, delta: &mut Vec<S>, out: &mut Vec<u8>) {
    let n = emit.len() / N_LABELS;
    out.clear();
    if n == 0 {
        return;
    }
    let trans = &moves.trans;
    let mut row = [S::FLOOR; N_LABELS];
    row.iter_mut().zip(&moves.start).zip(&emit[..N_LABELS]).for_each(|((r, &s), &e)| *r = s + e);
    delta.clear();
    push_relative(delta, &row);
    let cutoff = S::default() - moves.spread;
    for i in 1..n {
        let prev: &[S] = &delta[(i - 1) * N_LABELS..i * N_LABELS];
        let mut live = [0u8; N_LABELS];
        let mut n_live = 0;
        for (p, &d) in prev.iter().enumerate() {
            live[n_live] = p as u8;
            n_live += (d >= cutoff) as usize;
        }
        let e = &emit[i * N_LABELS..(i + 1) * N_LABELS];
        let from_live = |c: usize| {
            let score = |p: &u8| prev[*p as usize] + trans[*p as usize * N_LABELS + c];
            live[..n_live].iter().map(score).fold(S::FLOOR + S::FLOOR, max)
        };
        row[OUTSIDE] = from_live(OUTSIDE) + e[OUTSIDE];
        for t in 0..TYPES.len() {
            let (b, c) = (begin(t), inside(t));
            row[b] = from_live(b) + e[b];
            let stay = max(prev[b] + trans[b * N_LABELS + c], prev[c] + trans[c * N_LABELS + c]);
            row[c] = stay + e[c];
        }
        push_relative(delta, &row);
    }
    out.resize(n, 0);
    let mut cur = argmax(&delta[(n - 1) * N_LABELS..]);
    out[n - 1] = cur as u8;
    for i in (1..n).rev() {
        cur = best_prev(&delta[(i - 1) * N_LABELS..i * N_LABELS], trans, cur);
        out[i - 1] = cur as u8;
    }
}

/// Appends a row of scores less its best, so that long sentences cannot overflow and the
/// best label of every row scores zero.
#[inline]
fn push_relative<S: Score>(delta: &mut Vec<S>, row: &[S; N_LABELS]) {
    let top = row.iter().fold(row[0], |m, &r| max(m, r));
    delta.extend(row.iter().map(|&r| r - top));
}

#[inline]
fn max<S: Score>(a: S, b: S) -> S {
    if b > a { b } else { a }
}

/// The best previous label for `cur`, the first on a tie.
fn best_prev<S: Score>(prev: &[S], trans: &[S], cur: usize) -> usize {
    let mut best = (prev[0] + trans[cur], 0);
    for (p, &d) in prev.iter().enumerate().skip(1) {
        let s = d + trans[p * N_LABELS + cur];
        if s > best.0 {
            best = (s, p);
        }
    }
    best.1
}

fn argmax<S: Score>(xs: &[S]) -> usize {
    let mut best = 0;
    for (i, x) in xs.iter().enumerate() {
        if *x > xs[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::super::labels::{begin, inside};
    use super::*;

    fn decode(emit: &[f32], trans: &[f32]) -> Vec<u8> {
        let mut out = Vec::new();
        viterbi(emit, &constrain(trans, &[0.0; N_LABELS]), &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn viterbi_never_starts_or_jumps_into_inside() {
        let mut emit = vec![0.0f32; 2 * N_LABELS];
        emit[inside(0)] = 5.0;
        emit[begin(1)] = -10.0;
        emit[N_LABELS + inside(1)] = 5.0;
        emit[N_LABELS + begin(1)] = 1.0;
        assert_eq!(decode(&emit, &vec![0.0; N_LABELS * N_LABELS]), vec![0, begin(1) as u8]);
    }

    #[test]
    fn viterbi_follows_transitions() {
        let mut emit = vec![0.0f32; 2 * N_LABELS];
        emit[begin(0)] = 3.0;
        emit[N_LABELS + begin(0)] = 1.0;
        let mut trans = vec![0.0; N_LABELS * N_LABELS];
        trans[begin(0) * N_LABELS + inside(0)] = 2.0;
        assert_eq!(decode(&emit, &trans), vec![begin(0) as u8, inside(0) as u8]);
    }

    #[test]
    fn a_long_sequence_matches_exhaustive_search_on_two_tokens_at_a_time() {
        // Every decoded pair of neighbours is a permitted move, whatever the scores.
        let emit: Vec<f32> = (0..40 * N_LABELS).map(|k| ((k * 7919) % 23) as f32 - 11.0).collect();
        let trans: Vec<f32> = (0..N_LABELS * N_LABELS).map(|k| ((k * 31) % 5) as f32).collect();
        let out = decode(&emit, &trans);
        assert_eq!(out.len(), 40);
        assert!(allowed(None, out[0] as usize));
        assert!(out.windows(2).all(|w| allowed(Some(w[0] as usize), w[1] as usize)), "{out:?}");
    }

    #[test]
    fn integer_scores_do_not_overflow_on_long_sentences() {
        let emit: Vec<i32> = (0..5000 * N_LABELS).map(|k| 1_000_000 + (k % 3) as i32).collect();
        let moves = constrain(&vec![100i32; N_LABELS * N_LABELS], &[0; N_LABELS]);
        let mut out = Vec::new();
        viterbi(&emit, &moves, &mut Vec::new(), &mut out);
        assert_eq!(out.len(), 5000);
        assert!(out.windows(2).all(|w| allowed(Some(w[0] as usize), w[1] as usize)));
    }
}
