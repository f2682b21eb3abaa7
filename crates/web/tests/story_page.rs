//! The story page rendered from a small hand-made story: every section and its stable ids,
//! the claim rows' status classes, the timeline's order and edge cases, escaping.

mod common;

use common::{EVIL, assert_inert, check_nesting};
use parallax_compare::{Citation, ClaimRow, Comparison, Status, UniqueContent};
use parallax_report::{QuoteEntry, SourceView, SpeakerQuotes, StoryView, TimelineEntry, WhoEntry};
use std::collections::HashMap;

fn source(doc_id: &str, outlet: &str, published: &str) -> SourceView {
    SourceView {
        doc_id: doc_id.into(),
        outlet: Some(outlet.into()),
        outlet_how: Some("given with the input".into()),
        agency: None,
        published: Some(published.into()),
        published_how: Some("given with the input".into()),
        published_inferred: false,
        title: Some(format!("Title {doc_id}")),
        authors: vec![],
        origin: "test.jsonl:1".into(),
        language: Some("en".into()),
        duplicate_of: None,
        n_sentences: 3,
        removed: vec![],
    }
}

fn entry(date: &str, doc_id: &str, outlet: &str, sentence_index: usize) -> TimelineEntry {
    TimelineEntry {
        date: date.into(),
        doc_id: doc_id.into(),
        outlet: Some(outlet.into()),
        expression: format!("expr {date}"),
        sentence: format!("Sentence about {date}."),
        sentence_index,
    }
}

fn citation(outlet: &str, doc_id: &str, index: usize) -> Citation {
    Citation {
        outlet: outlet.into(),
        doc_id: doc_id.into(),
        sentence: "Ostravia sent shells to Belmark.".into(),
        sentence_index: Some(index),
        attributed_to: None,
        factuality: "asserted".into(),
        by: None,
    }
}

fn claim(status: Status, summary: &str) -> ClaimRow {
    ClaimRow {
        summary: summary.into(),
        code: "AID".into(),
        mode: Some("military".into()),
        actor: Some("Ostravia".into()),
        target: Some("Belmark".into()),
        status,
        independent_sources: if status == Status::Corroborated { 2 } else { 1 },
        outlets: vec!["Wire A".into()],
        citations: vec![citation("Wire A", "a#1", 2)],
        denials: if status == Status::Disputed {
            vec![Citation {
                by: Some("Belmark".into()),
                factuality: "denied".into(),
                ..citation("Paper B", "b/2", 0)
            }]
        } else {
            vec![]
        },
        conflicts: if status == Status::Disputed {
            vec!["figures differ: 1 vs 2".into()]
        } else {
            vec![]
        },
    }
}

fn who(key: &str, name: &str, label: &str, n_mentions: usize) -> WhoEntry {
    WhoEntry {
        key: key.into(),
        name: name.into(),
        label: label.into(),
        kb: None,
        roles: vec![],
        aliases: vec![],
        n_mentions,
        outlets: vec!["Wire A".into()],
    }
}

fn view() -> StoryView {
    StoryView {
        id: "S1".into(),
        headline: "Ostravia sends shells".into(),
        first_published: Some("2023-11-09".into()),
        last_published: Some("2023-11-10".into()),
        independent_sources: 2,
        sources: vec![
            source("a#1", "Wire A", "2023-11-09"),
            source("b/2", "Paper B", "2023-11-10"),
        ],
        timeline: vec![
            entry("2023-11-09", "b/2", "Paper B", 1),
            entry("2023", "a#1", "Wire A", 0),
            entry("2023-11-08", "a#1", "Wire A", 2),
            entry("2023-10", "b/2", "Paper B", 0),
            entry("2023-11-09", "a#1", "Wire A", 1),
        ],
        who: vec![
            who("country:OS", "Ostravia", "GPE", 5),
            who("country:BM", "Belmark", "GPE", 3),
            who("PERSON:ana vel", "Ana Vel", "PERSON", 2),
        ],
        quotes: vec![SpeakerQuotes {
            key: Some("PERSON:ana vel".into()),
            speaker: "Ana Vel".into(),
            quotes: vec![QuoteEntry {
                doc_id: "a#1".into(),
                outlet: Some("Wire A".into()),
                kind: "direct".into(),
                text: "Belmark will pay".into(),
                cue: Some("said".into()),
                sentence: "\"Belmark will pay,\" Vel said.".into(),
                sentence_index: Some(2),
            }],
        }],
        comparison: Comparison {
            claims: vec![
                claim(Status::Disputed, "Ostravia AID → Belmark"),
                claim(Status::Corroborated, "Ostravia AID → Belmark: shells"),
                claim(Status::SingleSource, "Belmark THREATEN"),
            ],
            unique: vec![UniqueContent {
                outlet: "Paper B".into(),
                doc_id: "b/2".into(),
                sentences: vec!["Only Paper B says this.".into()],
                sentence_indices: vec![2],
            }],
        },
    }
}

fn ids() -> HashMap<String, i64> {
    HashMap::from([("country:OS".to_string(), 11), ("PERSON:ana vel".to_string(), 12)])
}

#[test]
fn the_story_page_has_every_section() {
    let page = parallax_web::story(&view(), &ids());
    check_nesting(&page).unwrap();
    for id in ["timeline", "claims", "quotes", "coverage", "entity-graph", "who"] {
        assert!(page.contains(&format!("id=\"{id}\"")), "#{id}");
    }
    assert!(page.contains("<title>Ostravia sends shells · parallax</title>"));
    assert!(page.contains("<svg class=\"timeline-chart\""));
    assert!(page.contains("<svg class=\"entity-graph\""));
    // Citations and quotes open their sentence; ids in paths are percent-encoded.
    assert!(page.contains("href=\"/articles/a%231#s2\""));
    // The speaker and a graph node link to their entity pages; unknown keys do not link.
    assert!(page.contains("<a href=\"/entities/12\">Ana Vel</a>"));
    assert!(page.contains("<a class=\"node node-GPE\" href=\"/entities/11\">"));
    assert!(!page.contains("/entities/13"));
    // The claim between two graph nodes is drawn with its code.
    assert!(page.contains("<text class=\"edge-label\""));
    assert!(page.contains("Only Paper B says this."));
    assert_eq!(page, parallax_web::story(&view(), &ids()), "rendering is deterministic");
}

#[test]
fn claim_rows_carry_their_status() {
    let page = parallax_web::story(&view(), &ids());
    for status in ["corroborated", "single-source", "disputed"] {
        let row = format!("<tr class=\"claim {status}\" data-status=\"{status}\">");
        assert_eq!(page.matches(&row).count(), 1, "{status}");
        assert!(page.contains(&format!("<span class=\"status status-{status}\">{status}</span>")));
    }
    // Disputed rows come first, with who denies and why they conflict.
    let disputed = page.find("claim disputed").unwrap();
    assert!(disputed < page.find("claim corroborated").unwrap());
    assert!(page.contains("denied by Belmark"));
    assert!(page.contains("figures differ: 1 vs 2"));
}

/// (date, x) of each timeline marker, in document order.
fn markers(page: &str) -> Vec<(String, f64)> {
    page.split("<a class=\"tl-link\"")
        .skip(1)
        .map(|chunk| {
            let date = chunk.split("data-date=\"").nth(1).unwrap().split('"').next().unwrap();
            let x = [" cx=\"", " x=\""]
                .iter()
                .filter_map(|k| chunk.find(k).map(|at| &chunk[at + k.len()..]))
                .max_by_key(|s| s.len())
                .unwrap();
            (date.to_string(), x.split('"').next().unwrap().parse().unwrap())
        })
        .collect()
}

#[test]
fn the_timeline_places_entries_in_date_order() {
    let page = parallax_web::story(&view(), &ids());
    let mut found = markers(&page);
    assert_eq!(found.len(), 5);
    found.sort_by(|a, b| a.0.cmp(&b.0));
    for w in found.windows(2) {
        assert!(w[0].1 <= w[1].1, "{:?} drawn after {:?}", w[0], w[1]);
        if w[0].0.len() == 10 && w[1].0.len() == 10 && w[0].0 != w[1].0 {
            assert!(w[0].1 + 10.0 < w[1].1, "days apart drawn apart: {w:?}");
        }
    }
    // Publication dates are drawn too, one diamond per source.
    assert_eq!(page.matches("<polygon class=\"tl-pub\"").count(), 2);
    assert!(page.contains("<text class=\"tick-label\""));
}

#[test]
fn timelines_with_none_one_or_far_apart_dates() {
    let mut v = view();
    v.timeline.clear();
    let page = parallax_web::story(&v, &ids());
    assert!(page.contains("No dated statements"));
    assert!(!page.contains("timeline-chart\""));
    v.timeline = vec![entry("2023-11-09", "a#1", "Wire A", 0)];
    let one = parallax_web::story(&v, &ids());
    assert_eq!(markers(&one).len(), 1);
    assert!(!one.contains("class=\"tl-break\""));
    v.timeline.push(entry("1500", "a#1", "Wire A", 1));
    let wide = parallax_web::story(&v, &ids());
    assert_eq!(wide.matches("class=\"tl-break\"").count(), 1);
    let found = markers(&wide);
    let x = |d: &str| found.iter().find(|m| m.0 == d).unwrap().1;
    assert!(x("1500") + 100.0 < x("2023-11-09"));
    check_nesting(&wide).unwrap();
}

#[test]
fn the_story_page_escapes_everything_from_data() {
    let mut v = view();
    v.headline = EVIL.into();
    v.sources[0].title = Some(EVIL.into());
    v.sources[0].outlet = Some(EVIL.into());
    v.timeline[0].expression = EVIL.into();
    v.timeline[0].outlet = Some(EVIL.into());
    v.comparison.claims[0].summary = EVIL.into();
    v.comparison.claims[0].citations[0].sentence = EVIL.into();
    v.comparison.claims[0].citations[0].factuality = EVIL.into();
    v.who[0].name = EVIL.into();
    v.who[0].label = EVIL.into();
    v.quotes[0].speaker = EVIL.into();
    v.quotes[0].quotes[0].text = EVIL.into();
    v.comparison.unique[0].sentences[0] = EVIL.into();
    assert_inert(&parallax_web::story(&v, &ids()));
}
