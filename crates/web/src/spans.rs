//! Annotated text as well-formed HTML. Annotations come in layers (sentences outermost, then
//! quotes, time expressions, entity mentions); overlaps inside a layer are resolved by keeping
//! the earlier (then longer) span, and an inner element that crosses the end of an outer one is
//! closed there and reopened after it, so tags always nest.

use crate::html::{Attr, Html};

/// One annotation to wrap around a code-point range of the text.
#[derive(Clone, Debug)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    /// Lower layers enclose higher ones.
    pub layer: u8,
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    /// Attributes of the first piece only (an `id`, which must stay unique).
    pub first_attrs: Vec<(&'static str, String)>,
}

/// Keeps, within each layer, spans that do not overlap an earlier kept one.
pub fn resolve_overlaps(mut marks: Vec<Mark>) -> Vec<Mark> {
    marks.retain(|m| m.start < m.end);
    marks.sort_by_key(|m| (m.layer, m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<Mark> = Vec::with_capacity(marks.len());
    for m in marks {
        match out.last() {
            Some(last) if last.layer == m.layer && m.start < last.end => {}
            _ => out.push(m),
        }
    }
    out
}

/// Renders code points `from..to` of `text` (given as byte offsets of each code point, with
/// the text's length last) with `marks` wrapped around their ranges. `opened` records the
/// marks (by index) whose first piece was written, across calls.
pub fn render(
    text: &str,
    char_bytes: &[usize],
    (from, to): (usize, usize),
    marks: &[Mark],
    opened: &mut [bool],
) -> Html {
    let mut h = Html::new();
    let mut cuts: Vec<usize> = vec![from, to];
    for m in marks.iter().filter(|m| m.start < to && m.end > from) {
        cuts.push(m.start.clamp(from, to));
        cuts.push(m.end.clamp(from, to));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut stack: Vec<usize> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let mut want: Vec<usize> =
            (0..marks.len()).filter(|&i| marks[i].start <= a && marks[i].end >= b).collect();
        want.sort_by_key(|&i| (marks[i].layer, marks[i].start, i));
        let keep = stack.iter().zip(&want).take_while(|(x, y)| x == y).count();
        while stack.len() > keep {
            if let Some(i) = stack.pop() {
                h.close(marks[i].tag);
            }
        }
        for &i in &want[keep..] {
            open(&mut h, &marks[i], !opened.get(i).copied().unwrap_or(true));
            if let Some(o) = opened.get_mut(i) {
                *o = true;
            }
            stack.push(i);
        }
        h.text(slice(text, char_bytes, a, b));
    }
    while let Some(i) = stack.pop() {
        h.close(marks[i].tag);
    }
    h
}

fn open(h: &mut Html, m: &Mark, first: bool) {
    let extra: &[(&'static str, String)] = if first { &m.first_attrs } else { &[] };
    let attrs: Vec<Attr> = extra.iter().chain(&m.attrs).map(|(k, v)| (*k, v.as_str())).collect();
    h.open(m.tag, &attrs);
}

/// Code points `a..b` of the text; empty when out of range.
fn slice<'t>(text: &'t str, char_bytes: &[usize], a: usize, b: usize) -> &'t str {
    match (char_bytes.get(a), char_bytes.get(b)) {
        (Some(&x), Some(&y)) if x <= y => text.get(x..y).unwrap_or(""),
        _ => "",
    }
}

/// The byte offset of every code point of `text`, then its length.
pub fn char_bytes(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, layer: u8, tag: &'static str) -> Mark {
        Mark { start, end, layer, tag, attrs: vec![], first_attrs: vec![] }
    }

    fn run(text: &str, marks: Vec<Mark>) -> String {
        let marks = resolve_overlaps(marks);
        let mut opened = vec![false; marks.len()];
        let n = text.chars().count();
        render(text, &char_bytes(text), (0, n), &marks, &mut opened).into_string()
    }

    #[test]
    fn crossing_spans_are_split_so_tags_nest() {
        // "abcdef": a sentence over "abc", a quote over "bcde".
        let out = run("abcdef", vec![mark(0, 3, 0, "span"), mark(1, 5, 1, "q")]);
        assert_eq!(out, "<span>a<q>bc</q></span><q>de</q>f");
    }

    #[test]
    fn overlaps_within_a_layer_keep_the_first() {
        let out = run("abcdef", vec![mark(0, 4, 3, "a"), mark(2, 6, 3, "a")]);
        assert_eq!(out, "<a>abcd</a>ef");
    }

    #[test]
    fn first_piece_only_gets_the_id() {
        let mut s = mark(0, 4, 0, "span");
        s.first_attrs = vec![("id", "s0".to_string())];
        let out = run("ab<d", vec![s, mark(1, 3, 0, "b"), mark(2, 4, 1, "i")]);
        // The second sentence-layer mark overlaps the first and is dropped.
        assert_eq!(out, "<span id=\"s0\">ab<i>&lt;d</i></span>");
    }

    #[test]
    fn multibyte_text_is_cut_on_code_points() {
        let out = run("Zoë «x»", vec![mark(2, 3, 1, "b"), mark(4, 7, 1, "q")]);
        assert_eq!(out, "Zo<b>ë</b> <q>«x»</q>");
    }
}
