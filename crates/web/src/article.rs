//! The article page: metadata with provenance, the body sentence by sentence with entity
//! mentions, quotes and time expressions highlighted, then a summary of the annotations.

use crate::annotations::{entity_href, row_of, summary, timex_kind};
use crate::html::{Html, class_token, story_url};
use crate::shell::{Nav, page};
use crate::spans::{Mark, char_bytes, render, resolve_overlaps};
use parallax_model::StoredDocument;
use parallax_model::contract::{AnnotateOutput, Range};
use std::collections::HashMap;

/// The page of one article.
pub fn article_page(
    doc: &StoredDocument,
    story: Option<&str>,
    entity_ids: &HashMap<String, i64>,
) -> String {
    let r = &doc.record;
    let title = r.title.clone().unwrap_or_else(|| r.id.clone());
    let mut h = Html::new();
    head(&mut h, doc, &title, story);
    legend(&mut h);
    h.push(&body(doc, entity_ids));
    h.push(&summary(doc, entity_ids));
    page(&title, Nav::Other, &h)
}

fn head(h: &mut Html, doc: &StoredDocument, title: &str, story: Option<&str>) {
    let r = &doc.record;
    let p = &doc.provenance;
    h.open("header", &[("class", "article-head")]);
    h.elem("p", &[("class", "kicker")], &format!("Article {}", r.id));
    h.elem("h1", &[], title);
    h.open("dl", &[("class", "meta")]);
    let outlet = r.outlet.as_deref().unwrap_or("unknown outlet");
    meta(h, "Outlet", outlet, p.outlet_how.as_deref());
    if let Some(agency) = p.agency.as_ref().filter(|a| Some(*a) != r.outlet.as_ref()) {
        meta(h, "Wire agency", agency, None);
    }
    let mut date = r.published.clone().unwrap_or_else(|| "undated".to_string());
    if p.published_inferred {
        date.push_str(" (inferred)");
    }
    meta(h, "Published", &date, p.published_how.as_deref());
    if !r.authors.is_empty() {
        meta(h, "By", &r.authors.join(", "), None);
    }
    meta(h, "Language", r.language.as_deref().unwrap_or("unknown"), None);
    meta(h, "From", &doc.origin.to_string(), None);
    if let Some(url) = doc.url.as_deref() {
        h.elem("dt", &[], "Address").open("dd", &[]);
        // Only web addresses become links: a `javascript:` address stays text.
        if url.starts_with("https://") || url.starts_with("http://") {
            h.open("a", &[("href", url), ("rel", "nofollow noopener noreferrer")]);
            h.text(url).close("a");
        } else {
            h.text(url);
        }
        h.close("dd");
    }
    if let Some(story) = story {
        h.elem("dt", &[], "Story").open("dd", &[]).link(&story_url(story), story).close("dd");
    }
    h.close("dl");
    if !p.removed.is_empty() {
        let kinds: Vec<&str> = p.removed.iter().map(|(_, k)| k.as_str()).collect();
        h.elem("p", &[("class", "note")], &format!("Left out of the body: {}.", kinds.join(", ")));
    }
    for d in &r.diagnostics {
        h.elem("p", &[("class", "diagnostic")], &d.message);
    }
    h.close("header");
}

fn meta(h: &mut Html, name: &str, value: &str, how: Option<&str>) {
    h.elem("dt", &[], name).open("dd", &[]).text(value);
    if let Some(how) = how {
        h.elem("span", &[("class", "how")], &format!(" ({how})"));
    }
    h.close("dd");
}

fn legend(h: &mut Html) {
    h.open("p", &[("class", "legend annotation-legend")]);
    h.literal("<span class=\"ent ent-PERSON\">person</span> ");
    h.literal("<span class=\"ent ent-ORG\">organisation</span> ");
    h.literal("<span class=\"ent ent-GPE\">place</span> ");
    h.literal("<span class=\"ent ent-NORP\">group</span> ");
    h.literal("<span class=\"quote\">reported statement</span> ");
    h.literal("<span class=\"timex\">time expression</span> ");
    h.literal("<span class=\"cue\">cue</span> ");
    h.literal("<span class=\"removed\">left out of the body</span>");
    h.close("p");
}

/// A stretch of the text shown as a paragraph.
enum Block<'a> {
    Body(Range),
    Removed(Range, &'a str),
}

fn block_start(b: &Block) -> usize {
    match b {
        Block::Body(r) | Block::Removed(r, _) => r.start,
    }
}

/// The body: each body range a paragraph, removed boilerplate dimmed between them.
fn body(doc: &StoredDocument, entity_ids: &HashMap<String, i64>) -> Html {
    let r = &doc.record;
    let mut blocks = blocks(doc);
    blocks.sort_by_key(block_start);
    let marks = resolve_overlaps(marks(r, entity_ids));
    let bytes = char_bytes(&doc.text);
    let mut opened = vec![false; marks.len()];
    let mut h = Html::new();
    h.open("article", &[("id", "article-body"), ("class", "article-body")]);
    if blocks.is_empty() {
        h.elem("p", &[("class", "empty")], "This document has no body text.");
    }
    for b in &blocks {
        match b {
            Block::Body(range) => {
                h.open("p", &[("class", "para")]);
                h.push(&render(&doc.text, &bytes, (range.start, range.end), &marks, &mut opened));
                h.close("p");
            }
            Block::Removed(range, kind) => {
                h.open("p", &[("class", "removed"), ("title", &format!("left out: {kind}"))]);
                h.elem("span", &[("class", "removed-kind")], kind).text(" ");
                h.text(doc.slice(*range)).close("p");
            }
        }
    }
    h.close("article");
    h
}

/// Body ranges, sentences lying outside every body range (so each sentence can be linked to),
/// and removed boilerplate that no body range overlaps.
fn blocks(doc: &StoredDocument) -> Vec<Block<'_>> {
    let r = &doc.record;
    let overlaps = |a: &Range, b: &Range| a.start < b.end && b.start < a.end;
    let mut out: Vec<Block> = r.body.iter().map(|b| Block::Body(*b)).collect();
    for s in &r.sentences {
        if !r.body.iter().any(|b| overlaps(b, s)) {
            out.push(Block::Body(*s));
        }
    }
    for (range, kind) in &doc.provenance.removed {
        if !r.body.iter().chain(&r.sentences).any(|b| overlaps(b, range)) {
            out.push(Block::Removed(*range, kind));
        }
    }
    out
}

/// Every annotation as a mark: sentences, quotes, time expressions, cues and mentions.
fn marks(r: &AnnotateOutput, entity_ids: &HashMap<String, i64>) -> Vec<Mark> {
    let mut out = Vec::new();
    for (n, s) in r.sentences.iter().enumerate() {
        out.push(Mark {
            start: s.start,
            end: s.end,
            layer: 0,
            tag: "span",
            attrs: vec![("class", "sentence".to_string())],
            first_attrs: vec![("id", format!("s{n}"))],
        });
    }
    for q in &r.quotes {
        let speaker = q.speaker.as_ref().map(|s| {
            let row = s.entity.as_deref().and_then(|e| row_of(r, e));
            row.map(|(_, row)| row.name.clone()).unwrap_or_else(|| s.text.clone())
        });
        let kind = format!("{:?}", q.kind).to_lowercase();
        let mut title =
            format!("{kind} quote of {}", speaker.as_deref().unwrap_or("an unknown speaker"));
        if let Some(cue) = &q.cue {
            title.push_str(&format!(", cue “{}”", cue.text));
        }
        out.push(plain(q.start, q.end, 1, format!("quote quote-{kind}"), title));
        if let Some(cue) = &q.cue {
            out.push(plain(cue.start, cue.end, 3, "cue".to_string(), "cue".to_string()));
        }
    }
    for t in &r.timexes {
        let kind = timex_kind(t.kind);
        let title = format!("{kind}: {}", t.value);
        out.push(plain(t.start, t.end, 2, format!("timex timex-{kind}"), title));
    }
    for m in &r.entities {
        let row = row_of(r, &m.entity);
        let class = format!("ent ent-{}", class_token(&m.label));
        let title = match row {
            Some((_, row)) if !row.roles.is_empty() => {
                format!("{} ({}): {}", row.name, row.label, row.roles.join("; "))
            }
            Some((_, row)) => format!("{} ({})", row.name, row.label),
            None => m.label.clone(),
        };
        let href = row.and_then(|(_, row)| entity_href(row, entity_ids));
        let mut attrs = vec![("class", class), ("title", title)];
        let tag = match href {
            Some(href) => {
                attrs.push(("href", href));
                "a"
            }
            None => "span",
        };
        out.push(Mark { start: m.start, end: m.end, layer: 3, tag, attrs, first_attrs: vec![] });
    }
    out
}

fn plain(start: usize, end: usize, layer: u8, class: String, title: String) -> Mark {
    Mark {
        start,
        end,
        layer,
        tag: "span",
        attrs: vec![("class", class), ("title", title)],
        first_attrs: vec![],
    }
}
