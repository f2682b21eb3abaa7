//! Cleaning: from a [`RawDocument`] to a [`Document`] whose body is a set of ranges of the
//! original text, with title, authors, outlet and publication date found and their provenance
//! recorded.
//!
//! Nothing here moves an offset: noise (captions, audio notices, reading times, bylines,
//! "Authors:" lines, share prompts, stray headlines) is left out of the body ranges, never
//! cut from the text. No IO: outlet tables and the reference date come in as values.

pub mod byline;
pub mod dateline;
pub mod dates;
mod layout;
pub mod noise;
mod outlet;
pub mod year;

use chrono::NaiveDate;
use parallax_kb::Outlets;
use parallax_model::{DateHow, DateValue, Document, Found, RawDocument, Span};

pub use layout::{Layout, LineKind};

/// Cleans documents. Holds the outlet tables and the date against which year-less datelines
/// are resolved.
pub struct Cleaner {
    reference: NaiveDate,
    extra_outlets: Option<Outlets>,
}

impl Cleaner {
    /// A cleaner resolving year-less dates against `reference` (normally today), with an
    /// optional table of outlets beyond the built-in one.
    pub fn new(reference: NaiveDate, extra_outlets: Option<Outlets>) -> Cleaner {
        Cleaner { reference, extra_outlets }
    }

    /// Cleans one document.
    pub fn clean(&self, raw: RawDocument) -> Document {
        let id = raw.resolved_id();
        let layout = Layout::of(&raw.text, raw.given.title.as_deref());
        let tables =
            outlet::Tables { extra: self.extra_outlets.as_ref(), builtin: Outlets::builtin() };
        let outlet = outlet::resolve(&raw, &layout, &tables);
        let published = self.published(&raw, &layout);
        let title = title(&raw, &layout);
        let authors = authors(&raw, &layout, &tables);
        let agency = layout.dateline.as_ref().and_then(|(_, d)| d.code.as_deref()).map(|code| {
            tables.by_code(code).map_or(code.to_string(), |o| o.display_name().to_string())
        });
        let mut diagnostics = raw.diagnostics;
        if let (Some(given), None) = (&raw.given.published, &published) {
            diagnostics.push(parallax_model::Diagnostic::warning(format!(
                "published date {given:?} is not YYYY-MM-DD or RFC 3339; ignored"
            )));
        }
        Document {
            id,
            url: raw.given.url.clone(),
            body: layout.body.clone(),
            removed: layout.removed.clone(),
            title,
            authors,
            outlet,
            agency,
            published,
            language: None,
            diagnostics,
            format: raw.format,
            origin: raw.origin,
            text: raw.text,
        }
    }

    /// The publication date: given, from metadata, from a header line, from the dateline
    /// (with its year inferred when missing), or from the URL.
    fn published(&self, raw: &RawDocument, layout: &Layout) -> Option<Found<DateValue, DateHow>> {
        if let Some((date, datetime)) = raw.given.published.as_deref().and_then(dates::parse_stamp)
        {
            let how = if raw.given_by_caller { DateHow::Given } else { DateHow::Metadata };
            return Some(Found { value: DateValue { date, datetime }, how, evidence: None });
        }
        let header = layout.header_dates.iter().find_map(|(d, span)| Some((d.complete()?, *span)));
        if let Some((date, span)) = header {
            return Some(Found {
                value: DateValue::day(date),
                how: DateHow::Header,
                evidence: Some(span),
            });
        }
        let partial = layout.header_dates.first().map(|(d, s)| (*d, *s));
        if let Some((date, span)) = partial.filter(|(d, _)| d.year.is_none()) {
            let body_text: String =
                layout.body.iter().map(|s| s.of(&raw.text)).collect::<Vec<_>>().join(" ");
            let mentions = year::weekday_mentions(&body_text);
            let earliest = earliest_year(&body_text, self.reference);
            let (date, how) =
                year::infer(date.month, date.day, &mentions, self.reference, earliest)?;
            return Some(Found { value: DateValue::day(date), how, evidence: Some(span) });
        }
        let url = raw.given.url.as_deref()?;
        Some(Found { value: DateValue::day(date_in_url(url)?), how: DateHow::Url, evidence: None })
    }
}

/// The earliest year an article can have been published in: the latest past year it names
/// (an article does not name years that have not yet come, except as plans, which lie after
/// `today` and are ignored).
fn earliest_year(body: &str, today: NaiveDate) -> Option<i32> {
    use chrono::Datelike;
    body.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..=today.year()).contains(y))
        .max()
}

/// "/2023/11/09/" or "/2023-11-09/" in a URL path.
fn date_in_url(url: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = url.split(['/', '-', '_']).collect();
    parts.windows(3).find_map(|w| {
        let (y, m, d) = (w[0].parse().ok()?, w[1].parse().ok()?, w[2].parse().ok()?);
        (w[0].len() == 4 && w[1].len() == 2 && w[2].len() == 2).then_some(())?;
        NaiveDate::from_ymd_opt(y, m, d)
    })
}

fn title(raw: &RawDocument, layout: &Layout) -> Option<Found<String, &'static str>> {
    if let Some(given) = &raw.given.title {
        let how =
            if raw.given_by_caller { "given with the input" } else { "from the page's metadata" };
        return Some(Found { value: given.trim().to_string(), how, evidence: layout.title });
    }
    let span = layout.title?;
    Some(Found {
        value: span.of(&raw.text).to_string(),
        how: "the headline line before the byline",
        evidence: Some(span),
    })
}

/// The people who wrote the article: given, else from the byline; outlets and agencies
/// credited as authors are not people and are left out.
fn authors(raw: &RawDocument, layout: &Layout, tables: &outlet::Tables) -> Vec<String> {
    let candidates = if raw.given.authors.is_empty() {
        layout.bylines.iter().map(|b| b.people.clone()).find(|p| !p.is_empty()).unwrap_or_default()
    } else {
        raw.given.authors.clone()
    };
    let mut out: Vec<String> = Vec::new();
    for name in candidates {
        let name = name.trim().to_string();
        let known = out.iter().any(|n| n.eq_ignore_ascii_case(&name));
        if !name.is_empty() && !known && !tables.is_outlet(&name) {
            out.push(name);
        }
    }
    out
}

/// The body ranges as plain text, for callers that need a string.
pub fn body_text(text: &str, body: &[Span]) -> String {
    body.iter().map(|s| s.of(text)).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests;
