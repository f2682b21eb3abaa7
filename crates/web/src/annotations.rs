//! The annotation summary under an article: its entity table, events with their factuality,
//! quotes and time expressions, each linked to its sentence.

use crate::html::{Html, class_token, entity_url, sentence_url, shorten};
use parallax_model::contract::{AnnotateOutput, EntityRowOut};
use parallax_model::{EntityRow, StoredDocument, TimexType};
use std::collections::HashMap;

/// The entity row an id (`E3`) names, with its index.
pub fn row_of<'a>(r: &'a AnnotateOutput, id: &str) -> Option<(usize, &'a EntityRowOut)> {
    let n: usize = id.strip_prefix('E')?.parse().ok()?;
    let i = n.checked_sub(1)?;
    r.entity_table.get(i).map(|row| (i, row))
}

/// The entity page of a row, when the store knows its identity.
pub fn entity_href(row: &EntityRowOut, entity_ids: &HashMap<String, i64>) -> Option<String> {
    let key = EntityRow::from(row).identity_key();
    entity_ids.get(&key).map(|id| entity_url(*id))
}

pub fn timex_kind(kind: TimexType) -> &'static str {
    match kind {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

/// The annotations section of the article page.
pub fn summary(doc: &StoredDocument, entity_ids: &HashMap<String, i64>) -> Html {
    let mut h = Html::new();
    h.open("section", &[("id", "annotations"), ("class", "block")]);
    h.elem("h2", &[], "Annotations");
    entities(&mut h, &doc.record, entity_ids);
    events(&mut h, doc);
    quotes(&mut h, doc);
    timexes(&mut h, doc);
    h.close("section");
    h
}

fn name_of(r: &AnnotateOutput, id: Option<&str>) -> String {
    id.and_then(|id| row_of(r, id)).map(|(_, row)| row.name.clone()).unwrap_or_default()
}

fn entities(h: &mut Html, r: &AnnotateOutput, entity_ids: &HashMap<String, i64>) {
    h.elem("h3", &[], &format!("Entities ({})", r.entity_table.len()));
    if r.entity_table.is_empty() {
        h.elem("p", &[("class", "empty")], "None found.");
        return;
    }
    h.open("table", &[("class", "entities")]);
    h.literal("<thead><tr><th>name</th><th>kind</th><th>mentions</th><th>roles</th>");
    h.literal("<th>also called</th><th>knowledge base</th></tr></thead><tbody>");
    for row in &r.entity_table {
        let n = r.entities.iter().filter(|m| m.entity == row.id).count();
        h.literal("<tr><td>");
        match entity_href(row, entity_ids) {
            Some(href) => h.link(&href, &row.name),
            None => h.text(&row.name),
        };
        h.literal("</td><td>");
        let class = format!("label label-{}", class_token(&row.label));
        h.elem("span", &[("class", &class)], &row.label).literal("</td>");
        h.elem("td", &[("class", "num")], &n.to_string());
        h.elem("td", &[], &row.roles.join("; "));
        h.elem("td", &[], &row.aliases.join(", "));
        h.elem("td", &[], row.kb.as_deref().unwrap_or("")).literal("</tr>");
    }
    h.literal("</tbody></table>");
}

fn events(h: &mut Html, doc: &StoredDocument) {
    let r = &doc.record;
    h.elem("h3", &[], &format!("Events ({})", r.events.len()));
    if r.events.is_empty() {
        h.elem("p", &[("class", "empty")], "None found.");
        return;
    }
    h.open("table", &[("class", "events")]);
    h.literal("<thead><tr><th>event</th><th>factuality</th><th>actor</th><th>target</th>");
    h.literal("<th>according to</th><th>date</th><th>where</th></tr></thead><tbody>");
    for e in &r.events {
        let fact = format!("{:?}", e.factuality).to_lowercase();
        h.literal("<tr><td>");
        let code = match &e.mode {
            Some(mode) => format!("{} ({mode})", e.code),
            None => e.code.clone(),
        };
        h.link(&sentence_url(&r.id, doc.sentence_at(e.start)), &code).literal("</td><td>");
        h.elem("span", &[("class", &format!("fact fact-{fact}"))], &fact).literal("</td>");
        h.elem("td", &[], &name_of(r, e.actor.as_deref()));
        h.elem("td", &[], &name_of(r, e.target.as_deref()));
        h.elem("td", &[], &name_of(r, e.source.as_deref()));
        h.elem("td", &[("class", "date")], e.date.as_deref().unwrap_or(""));
        h.elem("td", &[], &name_of(r, e.place.as_deref())).literal("</tr>");
    }
    h.literal("</tbody></table>");
}

fn quotes(h: &mut Html, doc: &StoredDocument) {
    let r = &doc.record;
    h.elem("h3", &[], &format!("Quotes ({})", r.quotes.len()));
    if r.quotes.is_empty() {
        h.elem("p", &[("class", "empty")], "None found.");
        return;
    }
    h.open("ul", &[("class", "quote-list")]);
    for q in &r.quotes {
        let speaker = match &q.speaker {
            Some(s) if s.entity.is_some() => name_of(r, s.entity.as_deref()),
            Some(s) => s.text.clone(),
            None => "(unattributed)".to_string(),
        };
        let kind = format!("{:?}", q.kind).to_lowercase();
        h.open("li", &[]).elem("span", &[("class", "speaker-name")], &speaker);
        h.text(" ").elem("span", &[("class", "kind")], &kind);
        if let Some(cue) = &q.cue {
            h.text(" ").elem("span", &[("class", "cue")], &cue.text);
        }
        h.text(": ");
        let href = sentence_url(&r.id, doc.sentence_at(q.start));
        h.link(&href, &format!("“{}”", shorten(&q.text, 300))).close("li");
    }
    h.close("ul");
}

fn timexes(h: &mut Html, doc: &StoredDocument) {
    let r = &doc.record;
    h.elem("h3", &[], &format!("Time expressions ({})", r.timexes.len()));
    if r.timexes.is_empty() {
        h.elem("p", &[("class", "empty")], "None found.");
        return;
    }
    h.open("ul", &[("class", "timex-list")]);
    for t in &r.timexes {
        h.open("li", &[]);
        h.link(&sentence_url(&r.id, doc.sentence_at(t.start)), &t.text);
        h.text(" → ").elem("code", &[], &t.value);
        h.elem("span", &[("class", "kind")], &format!(" {}", timex_kind(t.kind))).close("li");
    }
    h.close("ul");
}
