//! The trained model: hashed feature weights per label (quantised to 16 bits), label
//! transition scores, their gzip file format, and Viterbi decoding under BIO constraints.

use super::features::{DocFeatures, FEATURE_VERSION};
use super::labels::N_LABELS;
use super::viterbi::{Moves, constrain, viterbi};
use std::io::{Read, Write};
use std::ops::Range;

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

/// How many tokens ahead of the one being summed the rows are prefetched.
const PREFETCH: usize = 2;

/// Labels per weight row: `N_LABELS` padded so that a row fills one 64-byte cache line.
const ROW: usize = 32;
const _: () = assert!(N_LABELS <= ROW);

/// The weights of one feature bucket, one per label, aligned to a cache line so that a
/// feature costs one memory load and its sum vectorises.
#[derive(Clone, Copy, Debug, PartialEq)]
#[repr(C, align(64))]
struct Row([i16; ROW]);

impl Row {
    fn from_labels(w: impl Iterator<Item = i16>) -> Row {
        let mut row = [0i16; ROW];
        row.iter_mut().zip(w).for_each(|(r, w)| *r = w);
        Row(row)
    }
}

/// Hashed feature weights and transitions.
pub struct Model {
    pub bits: u32,
    /// `weights[bucket].0[label]`.
    weights: Vec<Row>,
    /// `trans[prev * N_LABELS + cur]`.
    trans: Vec<i32>,
    start: Vec<i32>,
    /// The transition and start scores with the BIO constraints folded in.
    moves: Moves<i32>,
}

impl Model {
    /// Quantises float weights: the largest magnitude maps to 32,000.
    pub fn quantise(bits: u32, weights: &[f32], trans: &[f32], start: &[f32]) -> Model {
        let max = weights.iter().fold(1e-9f32, |m, w| m.max(w.abs()));
        let scale = 32_000.0 / max;
        let trans: Vec<i32> = trans.iter().map(|w| (w * scale).round() as i32).collect();
        let start: Vec<i32> = start.iter().map(|w| (w * scale).round() as i32).collect();
        let moves = constrain(&trans, &start);
        Model {
            bits,
            moves,
            trans,
            start,
            weights: weights
                .chunks_exact(N_LABELS)
                .map(|c| Row::from_labels(c.iter().map(|w| (w * scale).round() as i16)))
                .collect(),
        }
    }

    /// The gzip weight file.
    pub fn to_bytes(&self) -> std::io::Result<Vec<u8>> {
        let mut raw = Vec::with_capacity(self.weights.len() * N_LABELS * 2 + 4096);
        raw.extend_from_slice(MAGIC);
        for v in [FORMAT, FEATURE_VERSION, self.bits, N_LABELS as u32] {
            raw.extend_from_slice(&v.to_le_bytes());
        }
        self.start.iter().chain(&self.trans).for_each(|v| raw.extend_from_slice(&v.to_le_bytes()));
        for row in &self.weights {
            row.0[..N_LABELS].iter().for_each(|v| raw.extend_from_slice(&v.to_le_bytes()));
        }
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
        let start: Vec<i32> = (0..N_LABELS).map(|_| r.i32()).collect::<Result<_, _>>()?;
        let trans: Vec<i32> =
            (0..N_LABELS * N_LABELS).map(|_| r.i32()).collect::<Result<_, _>>()?;
        let n = (1usize << bits) * N_LABELS;
        let bytes = r.take(n * 2)?;
        let weights = bytes
            .chunks_exact(2 * N_LABELS)
            .map(|r| Row::from_labels(r.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]]))))
            .collect();
        let moves = constrain(&trans, &start);
        Ok(Model { bits, weights, trans, start, moves })
    }

    /// Reads the first weight of each feature's row, which brings the rows into the cache
    /// before they are summed; returns a value the caller keeps so the reads stay.
    #[inline]
    fn touch(&self, feats: &[u32]) -> i16 {
        feats.iter().fold(0, |t, &b| t ^ self.weights.get(b as usize).map_or(0, |r| r.0[0]))
    }

    /// Labels the tokens `range` of a document (one sentence) into `out`.
    pub fn label(&self, f: &DocFeatures, range: Range<usize>, s: &mut Scratch, out: &mut Vec<u8>) {
        s.emit.clear();
        // The table is larger than the caches: the rows of the next tokens are prefetched
        // while the current one is summed, so that their loads overlap.
        let mut touched = 0;
        for i in range.start..(range.start + PREFETCH).min(range.end) {
            touched ^= self.touch(f.of(i));
        }
        for i in range.clone() {
            if i + PREFETCH < range.end {
                touched ^= self.touch(f.of(i + PREFETCH));
            }
            let feats = f.of(i);
            let mut acc = [0i32; ROW];
            for &b in feats {
                let row = &self.weights[b as usize].0;
                acc.iter_mut().zip(row).for_each(|(a, &w)| *a += w as i32);
            }
            s.emit.extend_from_slice(&acc[..N_LABELS]);
        }
        std::hint::black_box(touched);
        viterbi(&s.emit, &self.moves, &mut s.delta, out);
    }
}

/// Buffers reused across sentences.
#[derive(Default)]
pub struct Scratch {
    emit: Vec<i32>,
    delta: Vec<i32>,
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

#[cfg(test)]
mod tests {
    use super::*;

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
