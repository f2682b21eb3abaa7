//! The layout of a scraped article: which lines are header (stray headlines, title, byline,
//! date lines), which are noise, which are the body, and where the dateline ends.

use crate::byline::{self, Byline};
use crate::dateline::{self, Dateline};
use crate::dates::{PartialDate, find_date};
use crate::noise;
use parallax_model::Span;

/// How many lines at the top may be header before the article must have started.
const MAX_HEADER_LINES: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Title,
    /// A headline-like line before the title: a related article's headline glued on.
    StrayHeadline,
    Byline,
    DateLine,
    Noise(&'static str),
    Body,
}

/// What cleaning learned about the lines of a text.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub lines: Vec<(Span, LineKind)>,
    pub body: Vec<Span>,
    pub removed: Vec<(Span, &'static str)>,
    pub title: Option<Span>,
    pub bylines: Vec<Byline>,
    /// Dates found in the header, most trustworthy first: bylines, date lines, other header
    /// lines, then the dateline.
    pub header_dates: Vec<(PartialDate, Span)>,
    pub dateline: Option<(Span, Dateline)>,
}

impl Layout {
    pub fn of(text: &str, given_title: Option<&str>) -> Layout {
        let lines = split_lines(text);
        let mut kinds: Vec<LineKind> = lines.iter().map(|s| first_pass(s.of(text))).collect();
        let first_body = kinds
            .iter()
            .zip(&lines)
            .position(|(k, s)| *k == LineKind::Body && is_body_like(s.of(text)))
            .filter(|i| *i <= MAX_HEADER_LINES)
            .unwrap_or(0);
        mark_header(text, &lines, &mut kinds, first_body, given_title);
        let mut layout = Layout::default();
        for (span, kind) in lines.iter().zip(&kinds) {
            layout.note(text, *span, *kind);
        }
        layout.lines = lines.into_iter().zip(kinds).collect();
        layout
    }

    fn note(&mut self, text: &str, span: Span, kind: LineKind) {
        let line = span.of(text);
        match kind {
            LineKind::Body => self.body_line(text, span),
            LineKind::Title => self.title = Some(span),
            LineKind::Byline => {
                let parsed = byline::parse(line);
                if let Some(d) = parsed.date {
                    self.header_dates.insert(0, (d, span));
                }
                self.bylines.push(parsed);
                self.removed.push((span, "byline"));
            }
            LineKind::Noise("authors line") => {
                self.bylines.push(byline::parse(line));
                self.removed.push((span, "authors line"));
            }
            LineKind::DateLine | LineKind::StrayHeadline => {
                if let Some((d, r)) = find_date(line) {
                    self.header_dates
                        .push((d, Span::new(span.start + r.start, span.start + r.end)));
                }
                let what = if kind == LineKind::DateLine { "date line" } else { "stray headline" };
                self.removed.push((span, what));
            }
            LineKind::Noise(what) => self.removed.push((span, what)),
        }
    }

    /// Adds a body line, cutting a dateline off the first ones.
    fn body_line(&mut self, text: &str, span: Span) {
        if self.body.len() < 2
            && self.dateline.is_none()
            && let Some(d) = dateline::parse(span.of(text))
        {
            let cut = Span::new(span.start, span.start + d.len);
            if let Some(date) = d.date {
                let at = find_date(cut.of(text))
                    .map_or(cut, |(_, r)| Span::new(cut.start + r.start, cut.start + r.end));
                self.header_dates.push((date, at));
            }
            self.removed.push((cut, "dateline"));
            self.dateline = Some((cut, d));
            let rest = Span::new(cut.end, span.end).trim(text);
            if !rest.is_empty() {
                self.body.push(rest);
            }
            return;
        }
        self.body.push(span);
    }
}

fn split_lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Span::new(start, i));
            start = i + 1;
        }
    }
    out.push(Span::new(start, text.len()));
    out.into_iter().map(|s| s.trim(text)).filter(|s| !s.is_empty()).collect()
}

fn first_pass(line: &str) -> LineKind {
    if let Some(kind) = noise::kind_of(line) {
        LineKind::Noise(kind)
    } else if byline::is_byline(line) {
        LineKind::Byline
    } else {
        LineKind::Body
    }
}

/// A line that reads as running text rather than a headline.
fn is_body_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends_sentence = line.ends_with(['.', '?', '!', '"', '”', '’', ':']);
    words >= 16 || (words >= 5 && ends_sentence) || dateline::parse(line).is_some()
}

/// A line holding only a date (and perhaps a time): "November 9, 2023 1:37 PM".
fn is_date_only(line: &str) -> bool {
    let Some((_, r)) = find_date(line) else { return false };
    let rest = format!("{} {}", &line[..r.start], &line[r.end..]);
    let stamp_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        w.is_empty()
            || w.contains(':')
            || w.chars().all(|c| c.is_ascii_digit())
            || crate::dates::weekday_of(&w).is_some()
            || matches!(
                w.as_str(),
                "am" | "pm"
                    | "a.m"
                    | "p.m"
                    | "updated"
                    | "published"
                    | "posted"
                    | "date"
                    | "at"
                    | "on"
                    | "gmt"
                    | "utc"
                    | "et"
                    | "est"
                    | "edt"
                    | "bst"
                    | "cet"
                    | "kst"
                    | "last"
            )
    };
    rest.split_whitespace().all(stamp_word)
}

/// Marks the lines before the body: date lines, the title, stray headlines before it.
fn mark_header(
    text: &str,
    lines: &[Span],
    kinds: &mut [LineKind],
    first_body: usize,
    given: Option<&str>,
) {
    let given_key = given.map(normalise);
    // A given title may also stand as the first body-like line; look one line further.
    let end = (first_body + 1).min(lines.len());
    let title_at = lines[..end].iter().position(|span| {
        given_key.as_deref().is_some_and(|g| !g.is_empty() && normalise(span.of(text)) == g)
    });
    for i in 0..first_body {
        if kinds[i] == LineKind::Body && is_date_only(lines[i].of(text)) {
            kinds[i] = LineKind::DateLine;
        }
    }
    let candidates: Vec<usize> = (0..first_body).filter(|&i| kinds[i] == LineKind::Body).collect();
    let title_at = title_at.or(if given_key.is_none() { candidates.last().copied() } else { None });
    for &i in &candidates {
        kinds[i] = match title_at {
            Some(t) if i > t => LineKind::Body,
            _ => LineKind::StrayHeadline,
        };
    }
    if let Some(t) = title_at {
        kinds[t] = LineKind::Title;
    }
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}
