//! Pages rendered from the example corpus run through the pipeline: every story and article
//! page is well formed, every sentence has its anchor, and every link from a story page to a
//! sentence lands on that sentence.

mod common;

use common::check_nesting;
use parallax_model::contract::InputRecord;
use parallax_model::{Origin, StoredDocument, StoryMembers};
use parallax_report::StoryView;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

fn corpus() -> (Vec<StoredDocument>, Vec<StoryView>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus/jsonl");
    let pipeline = parallax_pipeline::PipelineConfig::default().build();
    let mut docs = Vec::new();
    for file in ["meridian_wire.jsonl", "harbor_ledger.jsonl"] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let record: InputRecord = serde_json::from_str(line).unwrap();
            let origin = Origin::record(file, n + 1);
            docs.push(parallax_pipeline::stored_from_record(&pipeline, &record, origin));
        }
    }
    let clustered = parallax_pipeline::cluster_documents(&docs);
    let mut stories: BTreeMap<String, Vec<(String, Option<String>)>> = BTreeMap::new();
    for (d, a) in docs.iter().zip(&clustered.assignments) {
        stories
            .entry(a.story.clone())
            .or_default()
            .push((d.record.id.clone(), a.duplicate_of.clone()));
    }
    let members: Vec<StoryMembers> = stories
        .into_iter()
        .map(|(id, documents)| StoryMembers {
            independent_sources: clustered.independent_sources.get(&id).copied().unwrap_or(1),
            id,
            documents,
        })
        .collect();
    let report = parallax_report::build(&docs, &members);
    (docs, report.stories)
}

/// The text of the sentence anchored `#s{n}` on an article page, tags removed.
fn sentence_text(page: &str, n: usize) -> Option<String> {
    let open = format!("<span id=\"s{n}\" class=\"sentence\">");
    let rest = &page[page.find(&open)? + open.len()..];
    let mut depth = 1;
    let mut text = String::new();
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '<' {
            let tag = &rest[i..i + rest[i..].find('>')?];
            if tag.starts_with("</") {
                depth -= 1;
            } else {
                depth += 1;
            }
            if depth == 0 {
                break;
            }
            chars.by_ref().take_while(|(_, c)| *c != '>').for_each(drop);
        } else {
            text.push(c);
        }
    }
    Some(text.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"))
}

#[test]
fn example_stories_and_articles_render() {
    let (docs, stories) = corpus();
    assert!(docs.len() >= 8, "{} documents", docs.len());
    let story_of: HashMap<&str, &str> = stories
        .iter()
        .flat_map(|s| s.sources.iter().map(move |src| (src.doc_id.as_str(), s.id.as_str())))
        .collect();
    let mut articles = HashMap::new();
    for doc in &docs {
        let page = parallax_web::article(
            doc,
            story_of.get(doc.record.id.as_str()).copied(),
            &HashMap::new(),
        );
        check_nesting(&page).unwrap_or_else(|e| panic!("{}: {e}", doc.record.id));
        for n in 0..doc.record.sentences.len() {
            assert!(sentence_text(&page, n).is_some(), "{} has no #s{n}", doc.record.id);
        }
        articles.insert(doc.record.id.clone(), page);
    }
    let mut n_links = 0;
    for view in &stories {
        let page = parallax_web::story(view, &HashMap::new());
        check_nesting(&page).unwrap_or_else(|e| panic!("{}: {e}", view.id));
        // Every citation with a sentence index opens the sentence it quotes.
        for row in &view.comparison.claims {
            assert!(page.contains(&format!("class=\"claim {}\"", row.status.as_str())));
            for c in row.citations.iter().chain(&row.denials) {
                let Some(n) = c.sentence_index else { continue };
                let shown = sentence_text(&articles[&c.doc_id], n).unwrap();
                let head: String = c.sentence.chars().take(30).collect();
                assert!(shown.contains(head.trim()), "{}#s{n}: {shown:?} vs {head:?}", c.doc_id);
                n_links += 1;
            }
        }
        for e in &view.timeline {
            let shown = sentence_text(&articles[&e.doc_id], e.sentence_index).unwrap();
            assert!(
                shown.contains(e.expression.trim()),
                "{}: {shown:?} lacks {:?}",
                e.doc_id,
                e.expression
            );
            n_links += 1;
        }
        if !view.timeline.is_empty() {
            assert!(page.contains("<svg class=\"timeline-chart\""), "{}", view.id);
        }
    }
    assert!(n_links > 20, "only {n_links} sentence links checked");
}
