//! Cleaning tests on scraped-article shapes written for these tests, and on the seed
//! articles in `../shared/seeds` when that folder is present.

use super::*;
use chrono::NaiveDate;
use parallax_model::{Origin, OutletHow, SourceFormat};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn clean(text: &str) -> Document {
    let raw = RawDocument::new(text.to_string(), SourceFormat::Text, Origin::file("t.txt"));
    Cleaner::new(today(), None).clean(raw)
}

fn body(doc: &Document) -> Vec<&str> {
    doc.body.iter().map(|s| s.of(&doc.text)).collect()
}

#[test]
fn wire_dateline_without_year_takes_the_year_its_weekday_fits() {
    let doc = clean(
        "Officials met at the harbour on Tuesday. Photo by Ana Ruiz/Meridian\n\
         March 4 (UPI) -- The harbour authority on Tuesday ended the strike that had closed the port.\n\
         \"We are open,\" the chief executive said.",
    );
    let published = doc.published.as_ref().unwrap();
    assert_eq!(published.value.date, NaiveDate::from_ymd_opt(2025, 3, 4).unwrap());
    assert!(published.how.is_inferred());
    assert_eq!(doc.outlet.as_ref().unwrap().value, "UPI");
    assert_eq!(doc.outlet.as_ref().unwrap().how, OutletHow::Dateline);
    assert_eq!(
        body(&doc)[0],
        "The harbour authority on Tuesday ended the strike that had closed the port."
    );
    assert_eq!(
        doc.removed.iter().map(|(_, k)| *k).collect::<Vec<_>>(),
        ["photo caption", "dateline"]
    );
    assert!(doc.title.is_none());
}

#[test]
fn header_with_stray_headline_title_byline_and_noise() {
    let text = " date 2025-02-01 Unrelated story about a bridge\n\
        Port strike ends after eleven days\n\n\
        by Jane Doe and The Harbor Ledger news desk February 3, 2025 9:00 AM 3 min read\n\
        The port's cranes stand idle on Feb. 2, 2025. (Jane Doe/Harbor Ledger)\n\
        This audio is created with AI assistance\n\n\
        The port of Ellis reopened on Monday after a strike that lasted eleven days.\n\n\
        Share this article\n\n\
        Union leaders said the deal was fair.\n\n\
        Authors: Jane Doe, The Harbor Ledger news desk";
    let doc = clean(text);
    assert_eq!(doc.title.as_ref().unwrap().value, "Port strike ends after eleven days");
    assert_eq!(doc.authors, ["Jane Doe"]);
    assert_eq!(doc.outlet.as_ref().unwrap().value, "The Harbor Ledger");
    assert_eq!(doc.outlet.as_ref().unwrap().how, OutletHow::Byline);
    assert_eq!(doc.published.as_ref().unwrap().value.iso(), "2025-02-03");
    assert_eq!(doc.published.as_ref().unwrap().how, DateHow::Header);
    assert_eq!(
        body(&doc),
        [
            "The port of Ellis reopened on Monday after a strike that lasted eleven days.",
            "Union leaders said the deal was fair."
        ]
    );
    let kinds: Vec<&str> = doc.removed.iter().map(|(_, k)| *k).collect();
    assert_eq!(
        kinds,
        [
            "stray headline",
            "byline",
            "photo caption",
            "audio notice",
            "share or subscribe prompt",
            "authors line"
        ]
    );
}

#[test]
fn given_metadata_wins_and_body_is_untouched_running_text() {
    let mut raw = RawDocument::new(
        "Strike ends\n\nThe port reopened on Monday after eleven days.".into(),
        SourceFormat::Jsonl,
        Origin::record("in.jsonl", 1),
    );
    raw.given.title = Some("Strike ends".into());
    raw.given.published = Some("2025-03-04".into());
    raw.given.outlet = Some("nyt".into());
    raw.given_by_caller = true;
    let doc = Cleaner::new(today(), None).clean(raw);
    assert_eq!(doc.published.as_ref().unwrap().how, DateHow::Given);
    assert_eq!(doc.outlet.as_ref().unwrap().value, "The New York Times");
    assert_eq!(body(&doc), ["The port reopened on Monday after eleven days."]);
}

#[test]
fn body_ranges_always_lie_inside_the_text_on_char_boundaries() {
    use proptest::prelude::*;
    proptest!(|(text in "(\\PC{0,40}\n){0,6}")| {
        let doc = clean(&text);
        for span in doc.body.iter().chain(doc.removed.iter().map(|(s, _)| s)) {
            prop_assert!(span.end <= text.len() && span.start <= span.end);
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    });
}

fn seed(prefix: &str) -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} is absent", dir.display());
        return None;
    };
    let path = entries
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))?;
    std::fs::read_to_string(path).ok()
}

#[test]
fn seed_upi_outlet_and_inferred_date() {
    let Some(text) = seed("000_") else { return };
    let doc = clean(&text);
    assert_eq!(doc.outlet.as_ref().unwrap().value, "UPI");
    let published = doc.published.as_ref().unwrap();
    assert_eq!(published.value.iso(), "2023-11-11");
    assert!(published.how.describe().contains("Saturday"), "{}", published.how.describe());
    let body_text = body(&doc).join("\n");
    assert!(body_text.starts_with("North Korea and Russia on Saturday"));
    assert!(!body_text.contains("Photo by"));
}

#[test]
fn seed_kyiv_independent_metadata_and_noise() {
    let Some(text) = seed("003_") else { return };
    let doc = clean(&text);
    assert_eq!(doc.outlet.as_ref().unwrap().value, "The Kyiv Independent");
    assert_eq!(doc.published.as_ref().unwrap().value.iso(), "2023-11-09");
    assert_eq!(doc.authors, ["Nate Ostiller"]);
    assert_eq!(
        doc.title.as_ref().unwrap().value,
        "Blinken: Concern about growing military ties between Russia, North Korea"
    );
    let body_text = body(&doc).join("\n");
    for noise in ["Twitter)", "audio is created", "min read", "Authors:", "Inside a prison"] {
        assert!(!body_text.contains(noise), "{noise} is in the body");
    }
    assert!(body_text.starts_with("U.S. State Secretary Antony Blinken expressed"));
    assert!(body_text.ends_with("during a visit to the country."));
}
