//! Helpers shared by the page tests: a hand-made document and a check that tags nest.

#![allow(dead_code)]

use parallax_model::contract::{AnnotateOutput, EntityOut, EntityRowOut, Range};
use parallax_model::{Origin, Provenance, SourceFormat, StoredDocument};

/// A document with `text`, one body range over all of it, sentences split after ". ", and
/// no annotations.
pub fn document(id: &str, text: &str) -> StoredDocument {
    let n = text.chars().count();
    let mut sentences = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    for i in 0..n {
        if chars[i] == '.' && (i + 1 == n || chars[i + 1] == ' ') {
            sentences.push(Range { start, end: i + 1 });
            start = i + 2;
        }
    }
    if start < n {
        sentences.push(Range { start, end: n });
    }
    StoredDocument {
        record: AnnotateOutput {
            id: id.to_string(),
            language: Some("en".into()),
            outlet: Some("Test Outlet".into()),
            published: Some("2023-11-09".into()),
            title: Some(format!("Title of {id}")),
            authors: vec![],
            body: vec![Range { start: 0, end: n }],
            sentences,
            entities: vec![],
            entity_table: vec![],
            quotes: vec![],
            timexes: vec![],
            events: vec![],
            diagnostics: vec![],
            published_how: None,
            outlet_how: None,
        },
        text: text.to_string(),
        content_hash: String::new(),
        origin: Origin::file("test.txt"),
        format: SourceFormat::Text,
        url: None,
        provenance: Provenance::default(),
        claims: vec![],
        engine: String::new(),
    }
}

/// The code-point range of the first `needle` in `text`.
pub fn range_of(text: &str, needle: &str) -> Range {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    Range { start, end: start + needle.chars().count() }
}

/// Adds an entity row and one mention of it at `needle`.
pub fn add_entity(doc: &mut StoredDocument, needle: &str, name: &str, label: &str) {
    let r = range_of(&doc.text, needle);
    let id = format!("E{}", doc.record.entity_table.len() + 1);
    doc.record.entity_table.push(EntityRowOut {
        id: id.clone(),
        name: name.into(),
        label: label.into(),
        kb: None,
        aliases: vec![],
        roles: vec![],
    });
    doc.record.entities.push(EntityOut {
        start: r.start,
        end: r.end,
        text: needle.into(),
        label: label.into(),
        entity: id,
    });
}

const VOID: &[&str] = &["meta", "link", "input", "br", "img", "hr", "source", "wbr"];

/// Checks that every tag of `html` is closed in order; returns the first problem.
pub fn check_nesting(html: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').ok_or("a tag is not closed by '>'")?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if tag.ends_with('/') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let name: String =
            tag.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        if name.is_empty() {
            return Err(format!("a bare '<' in the markup: <{tag}>"));
        }
        if !VOID.contains(&name.as_str()) {
            stack.push(name);
        }
    }
    match stack.is_empty() {
        true => Ok(()),
        false => Err(format!("left open: {stack:?}")),
    }
}

/// The values of attribute `name` in tags whose text contains `marker`, in order.
pub fn attribute_values(html: &str, marker: &str, name: &str) -> Vec<String> {
    let key = format!(" {name}=\"");
    html.split('<')
        .filter(|tag| tag.contains(marker))
        .filter_map(|tag| {
            let at = tag.find(&key)? + key.len();
            Some(tag[at..].split('"').next()?.to_string())
        })
        .collect()
}

/// Text that would run a script or break out of an attribute if it were not escaped.
pub const EVIL: &str = "<script>alert(1)</script>\"onmouseover=alert(2)";

/// Asserts that nothing from data became markup: one `<script` (the shell's) and no
/// attribute broken out of its quotes.
pub fn assert_inert(page: &str) {
    assert_eq!(page.matches("<script").count(), 1, "a script tag from data");
    assert!(!page.contains("\"onmouseover"), "an attribute broke out of its quotes");
    assert!(page.contains("&lt;script&gt;"), "the hostile text is shown escaped");
    check_nesting(page).unwrap();
}
