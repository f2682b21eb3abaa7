//! The trained model: hashed feature weights per label (quantised to 16 bits), label
//! transition scores, their gzip file format, and Viterbi decoding under BIO constraints.

use super::features::{DocFeatures, FEATURE_VERSION};
use super::labels::{N_LABELS, allowed, begin, inside, is_inside, type_of};
use std::io::{Read, Write};
use std::ops::{Add, Range};

const MAGIC: &[u8; 6] = b"PXNER\0";
const FORMAT: u32 = 1;

/// A weight file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("weights: {0}")]
    Io(#[from] std::io::Error),
    #[error("weights: not a parallax NER weight file")]
    Magic,
    #[error(
        "weights: format {format}, features {features}, {labels} labels; expected format {FORMAT}, features {FEATURE_VERSION}, {N_LABELS} labels"
    )]
    Version { format: u32, features: u32, labels: u32 },
    #[error("weights: {0} bytes where more were expected")]
    Truncated(usize),
}

/// Hashed feature weights and transitions.
pub struct Model {
    pub bits: u32,
    /// `weights[bucket * N_LABELS + label]`.
    weights: Vec<i16>,
    /// `trans[prev * N_LABELS + cur]`.
    trans: Vec<i32>,
    start: Vec<i32>,
}

impl Model {
    /// Quantises float weights: the largest magnitude maps to 32,000.
    pub fn quantise(bits: u32, weights: &[f32], trans: &[f32], start: &[f32]) -> Model {
        let max = weights.iter().fold(1e-9f32, |m, w| m.max(w.abs()));
        let scale = 32_000.0 / max;
        Model {
            bits,
            weights: weights.iter().map(|w| (w * scale).round() as i16).collect(),
            trans: trans.iter().map(|w| (w * scale).round() as i32).collect(),
            start: start.iter().map(|w| (w * scale).round() as i32).collect(),
        }
    }

    /// The gzip weight file.
    pub fn to_bytes(&self) -> std::io::Result<Vec<u8>> {
        let mut raw = Vec::with_capacity(self.weights.len() * 2 + 4096);
        raw.extend_from_slice(MAGIC);
        for v in [FORMAT, FEATURE_VERSION, self.bits, N_LABELS as u32] {
            raw.extend_from_slice(&v.to_le_bytes());
        }
        self.start.iter().chain(&self.trans).for_each(|v| raw.extend_from_slice(&v.to_le_bytes()));
        self.weights.iter().for_each(|v| raw.extend_from_slice(&v.to_le_bytes()));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw)?;
        gz.finish()
    }

    /// Reads a gzip weight file written by [`Model::to_bytes`].
    pub fn from_bytes(gz: &[u8]) -> Result<Model, ModelError> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(gz).read_to_end(&mut raw)?;
        let mut r = Reader { bytes: &raw, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(ModelError::Magic);
        }
        let (format, features, bits, labels) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?);
        if format != FORMAT || features != FEATURE_VERSION || labels as usize != N_LABELS {
            return Err(ModelError::Version { format, features, labels });
        }
        if !(8..=24).contains(&bits) {
            return Err(ModelError::Truncated(raw.len()));
        }
        let start = (0..N_LABELS).map(|_| r.i32()).collect::<Result<_, _>>()?;
        let trans = (0..N_LABELS * N_LABELS).map(|_| r.i32()).collect::<Result<_, _>>()?;
        let n = (1usize << bits) * N_LABELS;
        let bytes = r.take(n * 2)?;
        let weights = bytes.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
        Ok(Model { bits, weights, trans, start })
    }

    /// Labels the tokens `range` of a document (one sentence) into `out`.
    pub fn label(&self, f: &DocFeatures, range: Range<usize>, s: &mut Scratch, out: &mut Vec<u8>) {
        s.emit.clear();
        for i in range.clone() {
            // Touching every row first lets the memory loads overlap instead of queueing
            // behind the additions: the table is larger than the caches.
            let touched =
                f.of(i).iter().fold(0i32, |t, &b| t ^ self.weights[b as usize * N_LABELS] as i32);
            std::hint::black_box(touched);
            let mut acc = [0i32; N_LABELS];
            for &b in f.of(i) {
                let row = &self.weights[b as usize * N_LABELS..][..N_LABELS];
                acc.iter_mut().zip(row).for_each(|(a, &w)| *a += w as i32);
            }
            s.emit.extend_from_slice(&acc);
        }
        viterbi(&s.emit, &self.trans, &self.start, &mut s.delta, &mut s.back, out);
    }
}

/// Buffers reused across sentences.
#[derive(Default)]
pub struct Scratch {
    emit: Vec<i32>,
    delta: Vec<i32>,
    back: Vec<u8>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let out = self.bytes.get(self.at..self.at + n).ok_or(ModelError::Truncated(self.at))?;
        self.at += n;
        Ok(out)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn i32(&mut self) -> Result<i32, ModelError> {
        self.u32().map(|v| v as i32)
    }
}

/// A score type Viterbi can add and compare.
pub trait Score: Copy + PartialOrd + Add<Output = Self> + Default {
    const FLOOR: Self;
}

impl Score for i32 {
    const FLOOR: i32 = i32::MIN / 4;
}

impl Score for f32 {
    const FLOOR: f32 = -1e30;
}

/// The best label sequence under BIO constraints: `emit` holds `N_LABELS` scores per token,
/// `trans[prev * N_LABELS + cur]` and `start[cur]` the transition scores.
pub fn viterbi<S: Score>(
    emit: &[S],
    trans: &[S],
    start: &[S],
    delta: &mut Vec<S>,
    back: &mut Vec<u8>,
    out: &mut Vec<u8>,
) {
    let n = emit.len() / N_LABELS;
    out.clear();
    if n == 0 {
        return;
    }
    delta.clear();
    delta.resize(n * N_LABELS, S::FLOOR);
    back.clear();
    back.resize(n * N_LABELS, 0);
    for c in (0..N_LABELS).filter(|&c| allowed(None, c)) {
        delta[c] = start[c] + emit[c];
    }
    for i in 1..n {
        for c in 0..N_LABELS {
            let (best, arg) = best_prev(&delta[(i - 1) * N_LABELS..i * N_LABELS], trans, c);
            delta[i * N_LABELS + c] = best + emit[i * N_LABELS + c];
            back[i * N_LABELS + c] = arg;
        }
    }
    let last = &delta[(n - 1) * N_LABELS..];
    let mut cur = argmax(last);
    out.resize(n, 0);
    for i in (0..n).rev() {
        out[i] = cur as u8;
        cur = back[i * N_LABELS + cur] as usize;
    }
}

/// The best previous label for `cur` and its score.
#[inline]
fn best_prev<S: Score>(prev: &[S], trans: &[S], cur: usize) -> (S, u8) {
    if is_inside(cur) {
        let t = type_of(cur).unwrap_or(0);
        let (b, i) = (begin(t), inside(t));
        let sb = prev[b] + trans[b * N_LABELS + cur];
        let si = prev[i] + trans[i * N_LABELS + cur];
        return if si > sb { (si, i as u8) } else { (sb, b as u8) };
    }
    let mut best = (prev[0] + trans[cur], 0u8);
    for (p, &d) in prev.iter().enumerate().skip(1) {
        let s = d + trans[p * N_LABELS + cur];
        if s > best.0 {
            best = (s, p as u8);
        }
    }
    best
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
    use super::*;

    #[test]
    fn viterbi_never_starts_or_jumps_into_inside() {
        let mut emit = vec![0.0f32; 2 * N_LABELS];
        emit[inside(0)] = 5.0;
        emit[begin(1)] = -10.0;
        emit[N_LABELS + inside(1)] = 5.0;
        emit[N_LABELS + begin(1)] = 1.0;
        let zeros = vec![0.0; N_LABELS * N_LABELS];
        let mut out = Vec::new();
        viterbi(&emit, &zeros, &[0.0; N_LABELS], &mut Vec::new(), &mut Vec::new(), &mut out);
        assert_eq!(out, vec![0, begin(1) as u8]);
    }

    #[test]
    fn viterbi_follows_transitions() {
        let mut emit = vec![0.0f32; 2 * N_LABELS];
        emit[begin(0)] = 3.0;
        emit[N_LABELS + begin(0)] = 1.0;
        let mut trans = vec![0.0; N_LABELS * N_LABELS];
        trans[begin(0) * N_LABELS + inside(0)] = 2.0;
        let mut out = Vec::new();
        viterbi(&emit, &trans, &[0.0; N_LABELS], &mut Vec::new(), &mut Vec::new(), &mut out);
        assert_eq!(out, vec![begin(0) as u8, inside(0) as u8]);
    }

    #[test]
    fn weight_files_round_trip_and_reject_garbage() {
        let w: Vec<f32> = (0..(1 << 8) * N_LABELS).map(|i| (i % 7) as f32 - 3.0).collect();
        let t = vec![0.5; N_LABELS * N_LABELS];
        let m = Model::quantise(8, &w, &t, &[0.0; N_LABELS]);
        let back = Model::from_bytes(&m.to_bytes().unwrap()).unwrap();
        assert_eq!(back.weights, m.weights);
        assert_eq!(back.trans, m.trans);
        assert!(Model::from_bytes(b"not gzip").is_err());
        let bytes = m.to_bytes().unwrap();
        assert!(Model::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    }
}
