//! Time expressions recognised and normalised to TIMEX3 against the publication date.
//!
//! [`annotate`] finds the dates, times, durations and sets of a document's sentences and gives
//! each a TIMEX3 value: `on Thursday` in a past-tense sentence of an article published on
//! Saturday 2023-11-11 is `2023-11-09`, `in October` is `2023-10`, `three months` is `P3M`.
//!
//! The work happens in three steps, one module each:
//! - [`token`] splits a sentence into words, numbers and punctuation;
//! - `recognize` and its rules (`rules`, `amounts`) make one left-to-right pass over the tokens,
//!   taking the longest expression that starts at each token (span conventions follow TimeBank:
//!   no leading preposition, a leading `the` or modifier such as `early` included);
//! - `normalize` turns each expression into a value, using the publication date as the anchor
//!   and the [`tense`] of the nearest verb to choose between the past and the future.
//!
//! **Invariant:** nothing here panics on any text, sentence list or date; arithmetic that leaves
//! chrono's range gives the unanchored value (`XXXX-...`).

mod amounts;
mod anchored;
mod calendar;
mod compound;
mod expr;
mod lexicon;
mod normalize;
mod recognize;
mod rules;
mod spelled;
pub mod tense;
mod token;

use chrono::{Datelike, NaiveDate};
use parallax_model::{Span, Timex};

pub use normalize::Context;
pub use tense::Tense;

/// Finds and normalises the time expressions of a document.
///
/// `text` is the canonical text; `sentences` are byte spans of the body's sentences, in order;
/// `published` is the document date if known. The result is sorted, without overlaps, and every
/// span lies on character boundaries inside one of the sentences or inside a wire dateline
/// (`WASHINGTON, March 12 (Xinhua) --`) that precedes the first sentence.
pub fn annotate(text: &str, sentences: &[Span], published: Option<NaiveDate>) -> Vec<Timex> {
    let mut ctx = Context {
        dct: published,
        quarter_mode: text.contains("quarter") || text.contains("Quarter"),
        months_scope: false,
        ref_quarter: None,
        ref_date: None,
        last_quarter: None,
    };
    let mut out: Vec<Timex> = Vec::new();
    if let Some(head) = dateline(text, sentences) {
        annotate_sentence(text, head, &mut ctx, &mut out);
    }
    for s in sentences {
        if s.start > s.end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue;
        }
        annotate_sentence(text, *s, &mut ctx, &mut out);
    }
    out.sort_by_key(|t| (t.span.start, t.span.end));
    let mut kept: Vec<Timex> = Vec::with_capacity(out.len());
    for t in out {
        if kept.last().is_none_or(|last| last.span.end <= t.span.start) {
            kept.push(t);
        }
    }
    kept
}

/// The wire dateline before the first sentence (`WASHINGTON, March 12 (Xinhua) --`), which
/// sentence splitters leave out of the body but TimeML annotates.
fn dateline(text: &str, sentences: &[Span]) -> Option<Span> {
    let first = sentences.first()?;
    let head = text.get(..first.start)?;
    let line = head.trim();
    let agency = line.contains('(') && line.contains(')');
    (agency && line.len() <= 120 && !line.contains('\n')).then(|| Span::new(0, first.start))
}

fn annotate_sentence(text: &str, s: Span, ctx: &mut Context, out: &mut Vec<Timex>) {
    let toks = token::tokenize(text, s.start, s.end);
    let mut hits = recognize::find(&toks);
    if hits.is_empty() {
        return;
    }
    range_years(&toks, &mut hits);
    ctx.months_scope = months_scope(&toks);
    let marks = tense::markers(&toks);
    let pluperfect = tense::pluperfect(&toks);
    for h in hits {
        let tense = match tense::before(&toks, h.start) {
            _ if possessive_weekday(&h.expr, &toks, h.end) => Tense::Past,
            Some(Tense::Future) if pluperfect => Tense::Past,
            Some(t) => t,
            None => tense::around(&toks, &marks, h.start, h.end),
        };
        let (kind, value) = normalize::value(&h.expr, tense, ctx);
        remember(&h.expr, &value, ctx);
        let span = Span::new(toks[h.start].start, toks[h.end - 1].end);
        out.push(Timex { span, kind, value });
    }
}

/// Gives the first date of a range the year its second one names (`from June 11 to July 19,
/// 2026`; `Dec. 28 - Jan. 3, 2026` ends in the next year, so its first date is in 2025).
fn range_years(toks: &[token::Tok], hits: &mut [recognize::Hit]) {
    for i in 1..hits.len() {
        let (before, after) = hits.split_at_mut(i);
        let (first, second) = (&mut before[i - 1], &after[0]);
        let expr::Expr::Date { year: Some(y), month: Some(m2), .. } = second.expr else { continue };
        let expr::Expr::Date { year: year @ None, month: Some(m1), day: Some(_) } = &mut first.expr
        else {
            continue;
        };
        let joined = second.start == first.end + 1
            && matches!(
                toks[first.end].low.as_str(),
                "to" | "through" | "until" | "-" | "–" | "and"
            );
        if joined {
            *year = Some(if *m1 <= m2 { y } else { y - 1 });
        }
    }
}

/// Whether the expression is a bare weekday in the possessive (`Thursday's march`, `Friday's
/// close`): news names so an event it reports, one that has taken place, whatever the tense of
/// the verb (`they would look for ways around Wednesday's ruling`).
fn possessive_weekday(e: &expr::Expr, toks: &[token::Tok], end: usize) -> bool {
    let bare = matches!(e, expr::Expr::Weekday { pick: expr::Pick::Bare, pod: None, .. });
    let apostrophe = toks.get(end).is_some_and(|t| matches!(t.low.as_str(), "'" | "\u{2019}"));
    bare && apostrophe && toks.get(end + 1).is_some_and(|t| t.low == "s")
}

/// Whether a sentence reports a span of several months (`the first nine months`, `nine-month`)
/// without naming a quarter.
fn months_scope(toks: &[token::Tok]) -> bool {
    let counted = |k: usize| {
        k > 0 && {
            let p = toks[k - 1].low.as_str();
            lexicon::small_number(p).is_some() || p.chars().all(|c| c.is_ascii_digit())
        }
    };
    let months = (0..toks.len()).any(|k| {
        let w = toks[k].low.as_str();
        (w == "months" && counted(k))
            || (w == "month" && k > 1 && toks[k - 1].low == "-" && counted(k - 1))
    });
    months && !toks.iter().any(|t| t.low.starts_with("quarter"))
}

/// Keeps what later expressions refer back to: the quarter an earnings report is about (the
/// first it names that has begun by the publication date), the last quarter named, and the last
/// explicit date.
fn remember(e: &expr::Expr, value: &str, ctx: &mut Context) {
    match e {
        expr::Expr::Quarter { q, back, .. } => {
            let quarter = quarter_of(value);
            if q.is_some() && *back == 0 && ctx.ref_quarter.is_none() {
                let begun = |yq: &(i32, u32)| {
                    ctx.dct.is_some_and(|d| *yq <= current_quarter(d) && yq.0 >= d.year() - 1)
                };
                ctx.ref_quarter = quarter.filter(begun);
            }
            ctx.last_quarter = quarter.or(ctx.last_quarter);
        }
        expr::Expr::QuarterOfYear { .. } => ctx.last_quarter = quarter_of(value),
        expr::Expr::Date { year, month, day }
            if year.is_some() || (month.is_some() && day.is_some()) =>
        {
            ctx.ref_date = anchored::parse_date(value).or(ctx.ref_date);
        }
        expr::Expr::Weekday { .. } | expr::Expr::Day { .. } | expr::Expr::DayShift { .. } => {
            ctx.ref_date = anchored::parse_date(value).or(ctx.ref_date);
        }
        _ => {}
    }
}

fn current_quarter(d: NaiveDate) -> (i32, u32) {
    (d.year(), d.month0() / 3 + 1)
}

/// The year and quarter of a value such as `1998-Q3`.
fn quarter_of(value: &str) -> Option<(i32, u32)> {
    let (y, q) = value.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// Normalises one expression written alone, as if in a sentence of the given tense.
///
/// A convenience for tests and tools: `normalize_phrase("last December", d, Tense::Past)`.
/// Returns the first expression found in `phrase`, if any.
pub fn normalize_phrase(
    phrase: &str,
    published: Option<NaiveDate>,
    tense: Tense,
) -> Option<(String, parallax_model::TimexType, String)> {
    let toks = token::tokenize(phrase, 0, phrase.len());
    let h = recognize::find(&toks).into_iter().next()?;
    let ctx = Context { dct: published, ..Context::default() };
    let (kind, value) = normalize::value(&h.expr, tense, &ctx);
    let text = phrase[toks[h.start].start..toks[h.end - 1].end].to_string();
    Some((text, kind, value))
}
