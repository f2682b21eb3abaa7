//! The example corpus against its gold (`examples/expected.jsonl`): every article read,
//! its outlet, date (and how it was found), title, story and wire copies.

mod common;

use parallax_model::StoredDocument;
use serde_json::Value;
use std::collections::HashMap;

fn gold() -> Vec<Value> {
    let text = std::fs::read_to_string(common::examples().join("expected.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn key_of(row: &Value) -> String {
    let file = row["file"].as_str().unwrap();
    match row["record"].as_u64() {
        Some(n) => format!("{file}#{n}"),
        None => file.to_string(),
    }
}

#[test]
fn every_example_article_has_its_gold_metadata() {
    let pipeline = common::pipeline();
    let (raws, problems) = common::read(&common::examples().join("corpus"));
    assert!(problems.is_empty(), "problems: {problems:?}");
    let docs: Vec<_> = raws.into_iter().map(|r| pipeline.process(r)).collect();
    let by_key: HashMap<String, _> = docs.iter().map(|d| (common::corpus_key(d), d)).collect();
    let gold = gold();
    assert_eq!(docs.len(), gold.len(), "documents read");
    let mut wrong = Vec::new();
    for row in &gold {
        let key = key_of(row);
        let Some(doc) = by_key.get(&key) else {
            wrong.push(format!("{key}: not read"));
            continue;
        };
        let d = &doc.doc;
        let outlet = d.outlet.as_ref().map(|o| o.value.as_str());
        let published = d.published.as_ref().map(|p| p.value.date.to_string());
        let how = d.published.as_ref().map(|p| match &p.how {
            parallax_model::DateHow::Given => "given",
            parallax_model::DateHow::Metadata => "metadata",
            parallax_model::DateHow::Header => "header",
            parallax_model::DateHow::YearFromWeekday { .. } => "year-from-weekday",
            parallax_model::DateHow::NearestYear { .. } => "nearest-year",
            parallax_model::DateHow::Url => "url",
        });
        let title = d.title.as_ref().map(|t| t.value.as_str());
        let checks = [
            ("outlet", outlet, row["outlet"].as_str()),
            ("published", published.as_deref(), row["published"].as_str()),
            ("published_how", how, row["published_how"].as_str()),
            ("title", title, row["title"].as_str()),
        ];
        for (what, got, want) in checks {
            if got != want {
                wrong.push(format!("{key}: {what} {got:?}, gold {want:?}"));
            }
        }
        assert_eq!(d.language.as_deref(), Some("en"), "{key}");
        assert!(!doc.analysis.sentences.is_empty(), "{key}: no sentences");
    }
    assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
}

/// The example corpus clustered as `parallax analyze` clusters it, with keys relative to
/// `examples/corpus`.
fn clustered_examples() -> (Vec<String>, parallax_pipeline::Clustered, HashMap<String, String>) {
    let pipeline = common::pipeline();
    let (raws, _) = common::read(&common::examples().join("corpus"));
    let docs: Vec<_> = raws.into_iter().map(|r| pipeline.process(r)).collect();
    let stored: Vec<StoredDocument> = docs.iter().map(StoredDocument::from_annotated).collect();
    let clustered = parallax_pipeline::cluster_documents(&stored);
    let keys: Vec<String> = docs.iter().map(common::corpus_key).collect();
    let id_to_key = docs.iter().zip(&keys).map(|(d, k)| (d.doc.id.clone(), k.clone())).collect();
    (keys, clustered, id_to_key)
}

#[test]
fn example_wire_copies_match_the_gold() {
    let (keys, clustered, id_to_key) = clustered_examples();
    let gold: HashMap<String, Value> = gold().into_iter().map(|r| (key_of(&r), r)).collect();
    let mut wrong = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let dup = clustered.assignments[i].duplicate_of.as_ref().map(|id| id_to_key[id].as_str());
        let gold_dup = gold[key]["duplicate_of"].as_str();
        if dup != gold_dup {
            wrong.push(format!("{key}: duplicate of {dup:?}, gold {gold_dup:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn example_stories_match_the_gold() {
    let (keys, clustered, _) = clustered_examples();
    let gold: HashMap<String, Value> = gold().into_iter().map(|r| (key_of(&r), r)).collect();
    let mut wrong = Vec::new();
    for i in 0..keys.len() {
        for j in i + 1..keys.len() {
            let same_gold = gold[&keys[i]]["story"] == gold[&keys[j]]["story"];
            let same_pred = clustered.assignments[i].story == clustered.assignments[j].story;
            if same_gold != same_pred {
                wrong.push(format!(
                    "{} / {}: gold same story {same_gold}, parallax {same_pred}",
                    keys[i], keys[j]
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{} mismatches:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn bad_inputs_are_reported_by_file_and_reason_and_the_run_goes_on() {
    let bad = common::examples().join("bad");
    let (docs, problems) = common::read(&bad);
    let reasons: Vec<(String, Option<usize>, &str)> = problems
        .iter()
        .filter_map(|p| {
            let origin = p.origin.as_ref()?;
            let file = origin.path.rsplit('/').next()?.to_string();
            Some((file, origin.record, p.skip?.as_str()))
        })
        .collect();
    let expect = [
        ("binary.txt", None, "binary"),
        ("cut_short.warc.gz", Some(3), "truncated"),
        ("empty.txt", None, "empty"),
        ("malformed.jsonl", Some(2), "malformed"),
        ("no_article.html", None, "no article"),
    ];
    for (file, record, reason) in expect {
        assert!(
            reasons.iter().any(|(f, r, why)| f == file && *r == record && *why == reason),
            "{file}: expected {reason} at {record:?}; got {reasons:?}"
        );
    }
    assert!(
        reasons.iter().any(|(f, _, why)| f == "truncated.jsonl.gz" && *why == "truncated"),
        "{reasons:?}"
    );
    let invalid = docs
        .iter()
        .find(|d| d.origin.path.ends_with("invalid_utf8.txt"))
        .expect("invalid UTF-8 text is still read");
    assert!(
        invalid.diagnostics.iter().any(|d| d.message.contains("UTF-8")),
        "{:?}",
        invalid.diagnostics
    );
    // The good records of the damaged files are kept.
    let from = |name: &str| docs.iter().filter(|d| d.origin.path.ends_with(name)).count();
    assert_eq!(from("malformed.jsonl"), 2);
    assert_eq!(from("cut_short.warc.gz"), 1);
}
