//! The two real articles in `../shared/seeds`: every quoted passage is part of a quote, and
//! each is attributed to the right speaker. The texts are read at test time, never copied.

mod common;

use parallax_model::{Quote, Span};
use std::path::PathBuf;

fn seeds() -> Option<Vec<(String, String)>> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).ok()? {
        let path = entry.ok()?.path();
        let name = path.file_name()?.to_string_lossy().to_string();
        out.push((name, std::fs::read_to_string(&path).ok()?));
    }
    out.sort();
    Some(out)
}

/// Double-quoted passages of a text, paired naively: straight marks alternate, curly ones face.
fn passages(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i + c.len_utf8()),
            ('”' | '"', Some(s)) => {
                out.push(Span::new(s, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The quote whose content holds the passage.
fn covering(quotes: &[Quote], p: Span) -> Option<&Quote> {
    quotes.iter().find(|q| q.content.contains(p) || p.contains(q.content) && !q.content.is_empty())
}

/// Who says each passage of a seed, in order: acceptable words of the speaker's mention.
fn expected(name: &str) -> &'static [&'static [&'static str]] {
    if name.starts_with("000") {
        &[
            &["Blinken"],
            &["Zakharova"],
            &["Pyongyang", "North Korea"],
            &["North Korea", "Pyongyang"],
            &["Blinken"],
            &["diplomat", "Blinken"],
            &["diplomat", "Blinken"],
        ]
    } else {
        &[&["Blinken"], &["Blinken"], &["Lavrov"]]
    }
}

#[test]
fn every_quoted_passage_is_found_and_attributed() {
    let Some(seeds) = seeds() else {
        println!("skipping: ../shared/seeds is absent");
        return;
    };
    for (name, text) in seeds {
        let (doc, _, quotes) = common::quotes_of(&text);
        let found = passages(&doc.text);
        let want = expected(&name);
        let mut speakers = Vec::new();
        for p in &found {
            let q = covering(&quotes, *p);
            assert!(q.is_some(), "{name}: passage at {}..{} is in no quote", p.start, p.end);
            let speaker = q.and_then(|q| q.speaker.as_ref()).map(|s| s.span.of(&doc.text));
            speakers.push(speaker.unwrap_or("").to_string());
        }
        assert_eq!(speakers.len(), want.len(), "{name}: passages and speakers {speakers:?}");
        for (got, ok) in speakers.iter().zip(want) {
            assert!(ok.iter().any(|w| got.contains(w)), "{name}: speaker {got:?}, expected {ok:?}");
        }
    }
}

#[test]
fn speakers_resolve_to_the_right_entities() {
    let Some(seeds) = seeds() else {
        println!("skipping: ../shared/seeds is absent");
        return;
    };
    let annotator = parallax_entities::EntityAnnotator::builtin();
    for (name, text) in seeds {
        let doc = common::document(&text);
        let analysis = parallax_analyze::analyze(&doc);
        let entities = annotator.annotate(&doc.text, &analysis);
        let quotes = parallax_quotes::annotate(&doc.text, &analysis, &entities, annotator);
        for (p, ok) in passages(&doc.text).into_iter().zip(expected(&name)) {
            let q = covering(&quotes, p);
            let entity = q.and_then(|q| q.speaker.as_ref()).and_then(|s| s.entity);
            let row = entity.and_then(|e| entities.table.get(e));
            let named = row.map(|r| r.name.as_str()).unwrap_or("");
            assert!(ok.iter().any(|w| named.contains(w)), "{name}: entity {named:?}, want {ok:?}");
        }
    }
}
