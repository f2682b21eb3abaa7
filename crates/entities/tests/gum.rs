//! Linking measured against GUM's coreference on its news documents (skipped when
//! `../shared/data/ner/gum-news.jsonl` is absent): the gold proper-name mentions go in as the
//! recogniser's output, and the entities they form are compared with GUM's chains; pronouns
//! and descriptions are resolved and checked against the chain they belong to.

mod common;

use common::analysis_of;
use parallax_entities::RawMention;
use parallax_entities::link::{link, resolve_reference};
use parallax_kb::Kb;
use parallax_model::Span;
use serde_json::Value;

const GUM: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/ner/gum-news.jsonl");

struct Gold {
    span: Span,
    eid: String,
    label: &'static str,
    named: bool,
    text: String,
}

fn gold_mentions(doc: &Value) -> Vec<Gold> {
    let text = doc["text"].as_str().unwrap_or_default();
    let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let mentions = doc["mentions"].as_array().cloned().unwrap_or_default();
    mentions
        .iter()
        .filter_map(|m| {
            let label = match m["etype"].as_str()? {
                "person" => "PERSON",
                "organization" => "ORG",
                "place" => "GPE",
                _ => return None,
            };
            let start = *bytes.get(m["start"].as_u64()? as usize)?;
            let end = *bytes.get(m["end"].as_u64()? as usize)?;
            let span = Span::new(start, end);
            let words: Vec<&str> = span.of(text).split_whitespace().collect();
            let capitalised =
                words.iter().all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
            let named = m["has_propn"].as_bool()? && capitalised;
            let eid = m["eid"].as_str()?.to_string();
            Some(Gold { span, eid, label, named, text: span.of(text).to_string() })
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    pairs_pred: usize,
    pairs_gold: usize,
    pairs_both: usize,
    pronouns: (usize, usize, usize),
    descriptions: (usize, usize, usize),
}

fn score(doc: &Value, kb: &Kb, t: &mut Tally) {
    let text = doc["text"].as_str().unwrap_or_default();
    let analysis = analysis_of(text);
    let gold = gold_mentions(doc);
    let mut named: Vec<&Gold> = Vec::new();
    for g in gold.iter().filter(|g| g.named) {
        if !named.iter().any(|n| n.span.overlaps(g.span)) {
            named.push(g);
        }
    }
    named.sort_by_key(|g| g.span.start);
    let raw = named.iter().map(|g| RawMention { span: g.span, label: g.label }).collect();
    let ann = link(text, &analysis, raw, kb);
    let entity_of: Vec<usize> = named
        .iter()
        .map(|g| {
            ann.mentions.iter().find(|m| g.span.contains(m.span)).map_or(usize::MAX, |m| m.entity)
        })
        .collect();
    for i in 0..named.len() {
        for j in i + 1..named.len() {
            let pred = entity_of[i] == entity_of[j] && entity_of[i] != usize::MAX;
            let same = named[i].eid == named[j].eid;
            t.pairs_pred += usize::from(pred);
            t.pairs_gold += usize::from(same);
            t.pairs_both += usize::from(pred && same);
        }
    }
    for g in gold.iter().filter(|g| !g.named) {
        let earlier: Vec<usize> = (0..named.len())
            .filter(|&i| named[i].eid == g.eid && named[i].span.end <= g.span.start)
            .map(|i| entity_of[i])
            .collect();
        if earlier.is_empty() {
            continue;
        }
        let lower = g.text.to_lowercase();
        let pronoun = matches!(
            lower.as_str(),
            "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their" | "him" | "them"
        );
        let description = lower.starts_with("the ") && g.text.split_whitespace().count() <= 5;
        if !pronoun && !description {
            continue;
        }
        let got = resolve_reference(text, &analysis, &ann, g.span, kb);
        let counts = if pronoun { &mut t.pronouns } else { &mut t.descriptions };
        counts.0 += 1;
        counts.1 += usize::from(got.is_some());
        counts.2 += usize::from(got.is_some_and(|e| earlier.contains(&e)));
        // Set GUM_SHOW to see every miss with its context.
        if std::env::var("GUM_SHOW").is_ok() && !got.is_some_and(|e| earlier.contains(&e)) {
            let ctx = &text[text.floor_char_boundary(g.span.start.saturating_sub(120))..g.span.end];
            let want = &ann.table[earlier[0].min(ann.table.len() - 1)].name;
            let got = got.map(|e| ann.table[e].name.clone());
            eprintln!("MISS {:?} want {want:?} got {got:?}\n   ...{ctx}", g.text);
        }
    }
}

#[test]
fn named_mentions_form_gums_chains() {
    let Ok(data) = std::fs::read_to_string(GUM) else {
        eprintln!("skipping: ../shared/data/ner/gum-news.jsonl is not available");
        return;
    };
    let kb = Kb::builtin();
    let mut t = Tally::default();
    for line in data.lines() {
        let Ok(doc) = serde_json::from_str::<Value>(line) else { continue };
        score(&doc, kb, &mut t);
    }
    let p = t.pairs_both as f64 / t.pairs_pred.max(1) as f64;
    let r = t.pairs_both as f64 / t.pairs_gold.max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(f64::EPSILON);
    eprintln!(
        "named-mention pairs: precision {p:.3} recall {r:.3} F1 {f1:.3} ({} gold pairs)",
        t.pairs_gold
    );
    let (n, answered, right) = t.pronouns;
    eprintln!("pronouns: {n} with a named antecedent, {answered} answered, {right} right");
    let (n, answered, right) = t.descriptions;
    eprintln!("descriptions: {n} with a named antecedent, {answered} answered, {right} right");
    assert!(f1 >= 0.93, "pairwise F1 {f1:.3}");
    assert!(t.pronouns.2 * 10 >= t.pronouns.0 * 7, "pronouns right {:?}", t.pronouns);
    assert!(t.descriptions.2 * 10 >= t.descriptions.1 * 6, "descriptions {:?}", t.descriptions);
}
