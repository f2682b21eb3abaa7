//! Training examples for the recogniser: GUM documents of the genres whose licences allow
//! shipped weights (gold names, typed with the knowledge base) and, when present, spaCy
//! silver labels over the shared news set (never the GUM documents).

use crate::eval::ner::gold;
use anyhow::{Context, Result};
use parallax_entities::recognize::gazetteer::{Gazetteer, INSIDE_SHIFT, bit_of};
use parallax_entities::recognize::{analyze_plain, features::DocFeatures, labels};
use parallax_kb::{FormKind, Kb};
use parallax_model::TextAnalysis;
use serde_json::Value;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

/// GUM genres whose text licence allows weights trained on them to ship (CC BY, CC BY-SA),
/// without `news`, which is held out for evaluation.
pub const GENRES: &[&str] = &["interview", "academic", "court", "bio", "voyage"];

/// Words that make a place name a facility.
const FAC_HEADS: &[&str] = &[
    "airport",
    "bridge",
    "street",
    "avenue",
    "road",
    "square",
    "stadium",
    "arena",
    "tower",
    "towers",
    "hospital",
    "building",
    "centre",
    "center",
    "palace",
    "house",
    "hotel",
    "station",
    "prison",
    "museum",
    "church",
    "cathedral",
    "mosque",
    "temple",
    "hall",
    "library",
    "castle",
    "highway",
    "base",
    "port",
    "terminal",
    "gate",
    "gardens",
    "theatre",
    "theater",
    "monument",
];

/// Words of an office that the scorer's title rule leaves in front of a name ("Secretary of
/// [State] Antony Blinken"); training drops them so that the model learns the name alone.
const OFFICE_WORDS: &[&str] = &[
    "State",
    "Defense",
    "Defence",
    "Foreign",
    "Affairs",
    "Interior",
    "Justice",
    "Finance",
    "Treasury",
    "Health",
    "Education",
    "Energy",
    "Commerce",
    "Labor",
    "Labour",
    "Agriculture",
    "Homeland",
    "Security",
    "Trade",
    "Economy",
    "Transportation",
    "Environment",
    "Staff",
];

/// The start of a person name after leading office words, keeping at least one word.
fn skip_office(text: &str, start: usize, end: usize) -> usize {
    let mut s = start;
    while let Some((first, rest)) = text[s..end].split_once(' ') {
        if !OFFICE_WORDS.contains(&first) || rest.trim().is_empty() {
            break;
        }
        s += first.len() + 1;
    }
    s
}

/// One document ready for the perceptron.
pub struct Example {
    pub features: DocFeatures,
    pub sentences: Vec<Range<usize>>,
    pub labels: Vec<u8>,
}

/// Counts of what went into the examples.
#[derive(Default, Debug)]
pub struct Stats {
    pub docs: usize,
    pub tokens: usize,
    pub mentions: usize,
    pub misaligned: usize,
}

/// The gold examples from `ner/gum.jsonl`.
pub fn gum(shared: &Path, kb: &Kb, gaz: &Gazetteer, bits: u32) -> Result<(Vec<Example>, Stats)> {
    let path = shared.join("data/ner/gum.jsonl");
    let data = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let mut out = Vec::new();
    let mut stats = Stats::default();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Value = serde_json::from_str(line)?;
        if !GENRES.contains(&rec["genre"].as_str().unwrap_or("")) {
            continue;
        }
        let text = rec["text"].as_str().unwrap_or_default();
        let names = gold::names(&rec).with_context(|| format!("{}", rec["id"]))?;
        let typed: Vec<(usize, usize, usize)> = names
            .iter()
            .map(|n| {
                let start =
                    if n.etype == "person" { skip_office(text, n.start, n.end) } else { n.start };
                (start, n.end, gum_type(&n.etype, &text[start..n.end], kb))
            })
            .collect();
        out.push(example(text, &typed, gaz, bits, &mut stats, true));
    }
    Ok((out, stats))
}

/// The silver examples, when `silver` (written by `scripts/ner/silver.py`) exists.
pub fn silver(
    shared: &Path,
    silver: &Path,
    gaz: &Gazetteer,
    bits: u32,
) -> Result<(Vec<Example>, Stats)> {
    let mut stats = Stats::default();
    let Ok(labelled) = std::fs::read_to_string(silver) else {
        return Ok((Vec::new(), stats));
    };
    let raw = std::fs::read_to_string(shared.join("data/raw/news-dev.jsonl"))?;
    let mut texts: HashMap<String, String> = HashMap::new();
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line)?;
        if let (Some(id), Some(t)) = (v["id"].as_str(), v["text"].as_str()) {
            texts.insert(id.to_string(), t.to_string());
        }
    }
    let mut out = Vec::new();
    for line in labelled.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line)?;
        let id = v["id"].as_str().unwrap_or_default();
        let Some(text) = texts.get(id).filter(|_| !id.starts_with("gum-")) else { continue };
        let bytes = byte_offsets(text);
        let typed: Vec<(usize, usize, usize)> = v["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| {
                let (s, e2) = (idx(&e["start"]), idx(&e["end"]));
                let (s, e2) = (*bytes.get(s)?, *bytes.get(e2)?);
                let t = silver_type(e["label"].as_str()?)?;
                let (s, e2) = gold::trim(text, s, e2);
                Some((s, e2, t))
            })
            .collect();
        out.push(example(text, &typed, gaz, bits, &mut stats, false));
    }
    Ok((out, stats))
}

fn idx(v: &Value) -> usize {
    v.as_u64().unwrap_or(u64::MAX) as usize
}

fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
}

/// Features and BIO labels of one text with mentions `(start byte, end byte, type)`.
fn example(
    text: &str,
    mentions: &[(usize, usize, usize)],
    gaz: &Gazetteer,
    bits: u32,
    stats: &mut Stats,
    add_norp: bool,
) -> Example {
    let analysis = analyze_plain(text);
    let starts: HashMap<usize, usize> =
        analysis.tokens.iter().enumerate().map(|(i, t)| (t.span.start, i)).collect();
    let ends: HashMap<usize, usize> =
        analysis.tokens.iter().enumerate().map(|(i, t)| (t.span.end, i + 1)).collect();
    let mut spans = Vec::new();
    for &(s, e, t) in mentions {
        match (starts.get(&s), ends.get(&e)) {
            (Some(&a), Some(&b)) if a < b => spans.push((a, b, t)),
            _ => stats.misaligned += 1,
        }
    }
    let mut features = DocFeatures::default();
    features.extract(text, &analysis.tokens, &analysis.sentence_tokens, gaz, bits);
    let mut labels = labels::encode(analysis.tokens.len(), &spans);
    if add_norp {
        add_demonyms(text, &analysis, gaz, &mut labels);
    }
    stats.docs += 1;
    stats.tokens += analysis.tokens.len();
    stats.mentions += spans.len();
    Example { features, sentences: analysis.sentence_tokens.clone(), labels }
}

/// Labels demonyms and adjectives of countries outside any name as NORP ("Russian" in
/// "Russian officials"): GUM does not mark them.
fn add_demonyms(text: &str, analysis: &TextAnalysis, gaz: &Gazetteer, labels: &mut [u8]) {
    let (lower, caps) = parallax_entities::recognize::gazetteer::token_keys(text, &analysis.tokens);
    let mut masks = Vec::new();
    gaz.tag(&lower, &caps, &mut masks);
    let norp = bit_of(FormKind::Norp);
    let t = labels::type_index("NORP").unwrap_or(0);
    let mut i = 0;
    while i < masks.len() {
        let mut j = i + 1;
        while masks[i] & norp != 0 && j < masks.len() && masks[j] & (norp << INSIDE_SHIFT) != 0 {
            j += 1;
        }
        if masks[i] & norp != 0 && labels[i..j].iter().all(|&l| l == 0) {
            labels[i] = labels::begin(t) as u8;
            labels[i + 1..j].iter_mut().for_each(|l| *l = labels::inside(t) as u8);
        }
        i = j;
    }
}

/// The model type of a GUM name.
fn gum_type(etype: &str, name: &str, kb: &Kb) -> usize {
    let t = match etype {
        "person" => "PERSON",
        "organization" => "ORG",
        "place" => place_type(name, kb),
        "event" => "EVENT",
        "object" => "PRODUCT",
        _ => "MISC",
    };
    labels::type_index(t).unwrap_or(0)
}

/// GPE for countries, cities and regions the knowledge base knows, FAC for buildings and
/// streets, LOC for other places.
fn place_type(name: &str, kb: &Kb) -> &'static str {
    let head = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    if FAC_HEADS.contains(&head.as_str()) {
        "FAC"
    } else if kb.countries.lookup(name).is_some() || !kb.places.by_name(name).is_empty() {
        "GPE"
    } else {
        "LOC"
    }
}

/// The model type of a spaCy label; numbers, dates and amounts are not names.
fn silver_type(label: &str) -> Option<usize> {
    let t = match label {
        "LANGUAGE" => "MISC",
        "PERSON" | "ORG" | "GPE" | "LOC" | "FAC" | "NORP" | "EVENT" | "PRODUCT" | "LAW"
        | "WORK_OF_ART" => label,
        _ => return None,
    };
    labels::type_index(t)
}
