//! The label set of the sequence model: `O` and a `B-`/`I-` pair for each mention type.

/// Mention types the model knows, in label order. `MISC` marks proper names of other kinds
/// (languages, dates, species) so that the model learns to leave them alone; it is never
/// emitted.
pub const TYPES: &[&str] = &[
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "NORP",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
    "MISC",
];

/// Type indices into [`TYPES`], for rules that name a type.
pub mod ty {
    pub const PERSON: usize = 0;
    pub const ORG: usize = 1;
    pub const GPE: usize = 2;
    pub const LOC: usize = 3;
    pub const FAC: usize = 4;
    pub const NORP: usize = 5;
    pub const EVENT: usize = 6;
    pub const PRODUCT: usize = 7;
    pub const WORK_OF_ART: usize = 9;
    pub const MISC: usize = 10;
}

/// The number of labels: `O` plus `B-` and `I-` for every type.
pub const N_LABELS: usize = 1 + 2 * TYPES.len();

/// The label `O` (outside any mention).
pub const OUTSIDE: usize = 0;

/// The type index of a type name, if the model knows it.
pub fn type_index(name: &str) -> Option<usize> {
    TYPES.iter().position(|t| *t == name)
}

/// The `B-` label of type `t`.
pub fn begin(t: usize) -> usize {
    1 + 2 * t
}

/// The `I-` label of type `t`.
pub fn inside(t: usize) -> usize {
    2 + 2 * t
}

/// The type of a label, `None` for `O`.
pub fn type_of(label: usize) -> Option<usize> {
    (label != OUTSIDE).then(|| (label - 1) / 2)
}

/// True for an `I-` label.
pub fn is_inside(label: usize) -> bool {
    label != OUTSIDE && label.is_multiple_of(2)
}

/// Whether `cur` may follow `prev` (`None` at the start of a sentence): an `I-X` label only
/// continues a `B-X` or `I-X`.
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if !is_inside(cur) {
        return true;
    }
    prev.is_some_and(|p| p != OUTSIDE && type_of(p) == type_of(cur))
}

/// The BIO labels of mentions given as `(first token, end token, type)`, over `n` tokens.
/// Overlapping mentions after the first are skipped.
pub fn encode(n: usize, mentions: &[(usize, usize, usize)]) -> Vec<u8> {
    let mut out = vec![OUTSIDE as u8; n];
    for &(a, b, t) in mentions {
        if a >= b || b > n || out[a..b].iter().any(|&l| l != OUTSIDE as u8) {
            continue;
        }
        out[a] = begin(t) as u8;
        out[a + 1..b].iter_mut().for_each(|l| *l = inside(t) as u8);
    }
    out
}

/// The mentions `(first token, end token, type)` of a BIO label sequence.
pub fn decode(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let l = l as usize;
        let continues = is_inside(l) && open.is_some_and(|(_, t)| Some(t) == type_of(l));
        if continues {
            continue;
        }
        if let Some((a, t)) = open.take() {
            out.push((a, i, t));
        }
        if let Some(t) = type_of(l) {
            open = Some((i, t));
        }
    }
    if let Some((a, t)) = open {
        out.push((a, labels.len(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_constants_name_their_types() {
        let named = [
            (ty::PERSON, "PERSON"),
            (ty::ORG, "ORG"),
            (ty::GPE, "GPE"),
            (ty::LOC, "LOC"),
            (ty::FAC, "FAC"),
            (ty::NORP, "NORP"),
            (ty::EVENT, "EVENT"),
            (ty::PRODUCT, "PRODUCT"),
            (ty::WORK_OF_ART, "WORK_OF_ART"),
            (ty::MISC, "MISC"),
        ];
        for (t, name) in named {
            assert_eq!(TYPES[t], name);
        }
    }

    #[test]
    fn encode_and_decode_round_trip() {
        let mentions = vec![(0, 2, 0), (3, 4, 2), (4, 6, 2)];
        let labels = encode(7, &mentions);
        assert_eq!(labels, vec![1, 2, 0, 5, 5, 6, 0]);
        assert_eq!(decode(&labels), mentions);
    }

    #[test]
    fn overlapping_mentions_keep_the_first() {
        assert_eq!(decode(&encode(4, &[(0, 3, 1), (2, 4, 0)])), vec![(0, 3, 1)]);
    }

    #[test]
    fn a_stray_inside_label_starts_a_mention() {
        assert_eq!(decode(&[0, 2, 2, 4]), vec![(1, 3, 0), (3, 4, 1)]);
    }

    #[test]
    fn inside_needs_the_same_type_before_it() {
        assert!(allowed(Some(begin(3)), inside(3)));
        assert!(!allowed(Some(begin(2)), inside(3)));
        assert!(!allowed(None, inside(0)));
        assert!(allowed(None, begin(0)));
        assert!(allowed(Some(inside(0)), OUTSIDE));
    }
}
