//! The article, search, story list, entity and error pages rendered from small hand-made data:
//! escaping of hostile text, stable ids, well-formed markup.

mod common;

use common::{EVIL, add_entity, assert_inert, attribute_values, check_nesting, document, range_of};
use parallax_model::contract::{CueOut, QuoteOut, SpeakerOut, TimexOut};
use parallax_model::{QuoteKind, TimexType};
use parallax_store::{
    EntityStory, EntitySummary, Highlighted, SearchHit, SearchResults, StorySummary,
};
use std::collections::HashMap;

/// An article whose text, title, outlet and entity names are hostile, with a quote that
/// crosses a sentence boundary and overlapping annotations.
fn hostile_article() -> parallax_model::StoredDocument {
    let text =
        format!("Ana Vel said on Monday: \"{EVIL} is here. It stays.\" Ostravia agreed. End.");
    let mut doc = document("x<1>", &text);
    doc.record.title = Some(EVIL.into());
    doc.record.outlet = Some(EVIL.into());
    doc.url = Some("javascript:alert(3)".into());
    add_entity(&mut doc, "Ana Vel", EVIL, "PERSON\"><b");
    add_entity(&mut doc, "Ostravia", "Ostravia", "GPE");
    // A second mention overlapping the first: must not nest one link in another.
    add_entity(&mut doc, "Vel said", "Vel", "PERSON");
    let q = range_of(&text, "<script>alert(1)</script>\"onmouseover=alert(2) is here. It stays.");
    let cue = range_of(&text, "said");
    doc.record.quotes.push(QuoteOut {
        start: q.start,
        end: q.end,
        text: EVIL.into(),
        kind: QuoteKind::Direct,
        speaker: Some(SpeakerOut {
            start: 0,
            end: 7,
            text: "Ana Vel".into(),
            entity: Some("E1".into()),
        }),
        cue: Some(CueOut { start: cue.start, end: cue.end, text: "said".into() }),
    });
    let t = range_of(&text, "on Monday");
    doc.record.timexes.push(TimexOut {
        start: t.start,
        end: t.end,
        text: "on Monday".into(),
        kind: TimexType::Date,
        value: "2023-11-06".into(),
    });
    doc
}

#[test]
fn the_article_page_escapes_everything_from_data() {
    let doc = hostile_article();
    let page = parallax_web::article(&doc, Some("S<1>"), &HashMap::new());
    assert_inert(&page);
    assert!(!page.contains("href=\"javascript:"));
    assert!(page.contains("href=\"/stories/S%3C1%3E\""));
    assert!(!page.contains("class=\"ent ent-PERSON\"><b"));
}

#[test]
fn the_article_page_nests_annotations_and_anchors_every_sentence() {
    let doc = hostile_article();
    let ids = HashMap::from([("GPE:ostravia".to_string(), 5_i64)]);
    let page = parallax_web::article(&doc, None, &ids);
    check_nesting(&page).unwrap();
    assert!(page.contains("<article id=\"article-body\""));
    for n in 0..doc.record.sentences.len() {
        let id = format!("<span id=\"s{n}\" class=\"sentence\">");
        assert_eq!(page.matches(&id).count(), 1, "sentence {n}");
    }
    assert!(page.contains(
        "<a class=\"ent ent-GPE\" title=\"Ostravia (GPE)\" href=\"/entities/5\">Ostravia</a>"
    ));
    // The quote crosses a sentence end: it is cut there, goes on over the space between the
    // sentences, and is reopened inside the next sentence.
    assert_eq!(page.matches("<span class=\"quote quote-direct\"").count(), 3, "{page}");
    assert!(page.contains("is here.</span></span><span class=\"quote quote-direct\""));
    assert!(page.contains("title=\"2023-11-06\"") || page.contains("DATE: 2023-11-06"));
    // The overlapping second mention is dropped rather than nested.
    let body =
        page.split("id=\"article-body\"").nth(1).unwrap().split("</article>").next().unwrap();
    assert_eq!(body.matches("<a ").count(), 1, "{body}");
    assert!(page.contains("id=\"annotations\""));
}

#[test]
fn removed_boilerplate_is_shown_dimmed_outside_the_body() {
    let mut doc = document("d1", "KELLAN, March 6 (MWS) -- The fire spread. Photo: a mill.");
    let body = range_of(&doc.text, "The fire spread.");
    doc.record.body = vec![body];
    doc.record.sentences = vec![body];
    doc.provenance.removed = vec![(range_of(&doc.text, "Photo: a mill."), "photo caption".into())];
    let page = parallax_web::article(&doc, None, &HashMap::new());
    check_nesting(&page).unwrap();
    assert!(page.contains("<p class=\"removed\" title=\"left out: photo caption\">"));
    // The dateline is neither body nor listed as removed: it is not shown in the body.
    let article = page.split("</article>").next().unwrap();
    assert!(!article.contains("KELLAN"));
    assert!(attribute_values(&page, "sentence", "id").contains(&"s0".to_string()));
}

fn hit(doc_id: &str) -> SearchHit {
    SearchHit {
        doc_id: doc_id.into(),
        title: Some("Port strike <ends>".into()),
        outlet: Some("Wire A".into()),
        published: Some("2024-11-12".into()),
        story: Some("S2".into()),
        score: -1.0,
        title_highlighted: Some(Highlighted {
            text: "Port strike <ends>".into(),
            highlights: vec![(0, 4)],
        }),
        snippet: Highlighted { text: format!("…the {EVIL} strike…"), highlights: vec![(1, 4)] },
    }
}

#[test]
fn the_search_page_shows_results_and_keeps_filters() {
    let form = parallax_web::SearchForm {
        q: "port".into(),
        outlet: Some("Wire A".into()),
        entity: Some(3),
        page: 1,
        per_page: 2,
        ..Default::default()
    };
    let results = SearchResults {
        total: 5,
        hits: vec![hit("a#1"), hit("b")],
        total_exact: true,
        ranked_recent: None,
    };
    let page = parallax_web::search(&form, Some(&results), None);
    assert_inert(&page);
    assert!(page.contains("<form id=\"search-form\" method=\"get\" action=\"/search\">"));
    assert!(page.contains("<input type=\"hidden\" name=\"entity\" value=\"3\">"));
    assert!(page.contains("<ol id=\"results\" start=\"3\">"));
    assert!(page.contains("<mark>Port</mark> strike &lt;ends&gt;"));
    assert!(page.contains("5 documents match, showing 3–4."));
    assert!(page.contains("href=\"/search?q=port&amp;outlet=Wire%20A&amp;entity=3&amp;limit=2\""));
    assert!(page.contains(
        "href=\"/search?q=port&amp;outlet=Wire%20A&amp;entity=3&amp;limit=2&amp;page=2\""
    ));
    assert!(page.contains("href=\"/stories/S2\""));
    assert!(page.contains("<title>Search: port · parallax</title>"));
}

#[test]
fn the_search_page_shows_an_error() {
    let form = parallax_web::SearchForm { q: EVIL.into(), ..Default::default() };
    let page = parallax_web::search(&form, None, Some("the query has no words"));
    assert_inert(&page);
    assert!(page.contains("<p class=\"error\" role=\"alert\">the query has no words</p>"));
    assert!(!page.contains("id=\"results\""));
    assert!(!page.contains("name=\"entity\""));
}

fn summary(id: &str, headline: &str) -> StorySummary {
    StorySummary {
        id: id.into(),
        headline: Some(headline.into()),
        first_published: Some("2024-11-12".into()),
        last_published: Some("2024-11-14T10:00:00".into()),
        n_documents: 4,
        independent_sources: 3,
        n_outlets: 3,
    }
}

#[test]
fn the_story_list_links_stories_and_pages() {
    let page = parallax_web::story_list(&[summary("S1", EVIL), summary("S 2", "Quake")], 45, 1, 20);
    assert_inert(&page);
    assert!(page.contains("<table id=\"story-list\""));
    assert!(page.contains("<a href=\"/stories/S%202\">Quake</a>"));
    assert!(page.contains("2024-11-12 to 2024-11-14"));
    assert!(page.contains("href=\"/\"") && page.contains("href=\"/?page=2\""));
    assert!(page.contains("page 2 of 3"));
    let empty = parallax_web::story_list(&[], 0, 0, 20);
    assert!(empty.contains("No stories yet"));
    check_nesting(&empty).unwrap();
}

#[test]
fn entity_and_error_pages() {
    let e = EntitySummary {
        id: 7,
        key: "PERSON:x".into(),
        name: EVIL.into(),
        label: "PERSON".into(),
        kb: None,
        n_documents: 2,
        n_mentions: 5,
    };
    let stories = vec![EntityStory { story: summary("S1", "Strike"), n_documents: 2 }];
    let page = parallax_web::entity(&e, &stories);
    assert_inert(&page);
    assert!(page.contains("5 times in 2 documents"));
    assert!(page.contains("<a href=\"/stories/S1\">Strike</a>"));
    assert!(page.contains("<input type=\"hidden\" name=\"entity\" value=\"7\">"));
    let err = parallax_web::error(404, EVIL);
    assert!(err.contains("<title>404 Not found · parallax</title>"));
    assert_inert(&err);
}

#[test]
fn static_files_are_there() {
    assert!(parallax_web::STYLESHEET.contains(".sentence:target"));
    assert!(!parallax_web::STYLESHEET.contains("http"), "no external fonts or files");
    assert!(parallax_web::SCRIPT.contains("claim-filter"));
}
