//! Who's who and who said what: a story's entities and quotes, merged across its sources by
//! their cross-document identity.

use crate::build::shorten;
use crate::{QuoteEntry, RoleWording, SpeakerQuotes, WhoEntry};
use parallax_model::StoredDocument;
use parallax_model::contract::{EntityRowOut, Range};
use std::collections::BTreeMap;

type Members<'a> = [(&'a StoredDocument, Option<&'a String>)];

/// How many actors the who's-who lists at most.
const MAX_WHO: usize = 24;

/// The cross-document identity of an entity row of the contract output.
fn key_of(row: &EntityRowOut) -> String {
    parallax_entities::link::identity_key(&row.into())
}

fn outlet_of(doc: &StoredDocument) -> String {
    doc.record.outlet.clone().unwrap_or_else(|| doc.record.id.clone())
}

/// The story's actors: merged by identity, with each outlet's wording of their roles, most
/// widely reported first. Copies of an earlier document add nothing.
pub fn who(members: &Members) -> Vec<WhoEntry> {
    let mut by_key: BTreeMap<String, WhoEntry> = BTreeMap::new();
    for (doc, dup) in members {
        if dup.is_some() {
            continue;
        }
        let outlet = outlet_of(doc);
        for (i, row) in doc.record.entity_table.iter().enumerate() {
            let id = format!("E{}", i + 1);
            let n = doc.record.entities.iter().filter(|m| m.entity == id).count();
            let key = key_of(row);
            let entry = by_key.entry(key.clone()).or_insert_with(|| WhoEntry {
                key,
                name: row.name.clone(),
                label: row.label.clone(),
                kb: row.kb.clone(),
                roles: Vec::new(),
                aliases: Vec::new(),
                n_mentions: 0,
                outlets: Vec::new(),
            });
            if row.name.len() > entry.name.len() && row.label == "PERSON" {
                entry.name = row.name.clone();
            }
            entry.n_mentions += n.max(1);
            push_unique(&mut entry.outlets, &outlet);
            for alias in row.aliases.iter().chain(std::iter::once(&row.name)) {
                push_unique(&mut entry.aliases, alias);
            }
            for role in &row.roles {
                match entry.roles.iter_mut().find(|r| r.role.eq_ignore_ascii_case(role)) {
                    Some(r) => push_unique(&mut r.outlets, &outlet),
                    None => entry
                        .roles
                        .push(RoleWording { role: role.clone(), outlets: vec![outlet.clone()] }),
                }
            }
        }
    }
    let mut out: Vec<WhoEntry> = by_key.into_values().collect();
    for entry in &mut out {
        let name = entry.name.clone();
        entry.aliases.retain(|a| *a != name);
    }
    out.sort_by(|a, b| {
        (b.outlets.len(), b.n_mentions, &a.name).cmp(&(a.outlets.len(), a.n_mentions, &b.name))
    });
    out.truncate(MAX_WHO);
    out
}

/// The story's quotes grouped by speaker identity, speakers with most statements first.
pub fn quotes(members: &Members) -> Vec<SpeakerQuotes> {
    let mut groups: BTreeMap<Option<String>, SpeakerQuotes> = BTreeMap::new();
    for (doc, dup) in members {
        if dup.is_some() {
            continue;
        }
        let r = &doc.record;
        for q in &r.quotes {
            let entity = q.speaker.as_ref().and_then(|s| s.entity.as_ref());
            let row = entity
                .and_then(|id| id.strip_prefix('E')?.parse::<usize>().ok())
                .and_then(|n| r.entity_table.get(n - 1));
            let key = row.map(key_of);
            let speaker = row
                .map(|r| r.name.clone())
                .or_else(|| q.speaker.as_ref().map(|s| s.text.clone()))
                .unwrap_or_else(|| "(unattributed)".to_string());
            let group = groups
                .entry(
                    key.clone().or_else(|| q.speaker.as_ref().map(|s| format!("text:{}", s.text))),
                )
                .or_insert_with(|| SpeakerQuotes { key: key.clone(), speaker, quotes: Vec::new() });
            group.quotes.push(QuoteEntry {
                doc_id: r.id.clone(),
                outlet: r.outlet.clone(),
                kind: format!("{:?}", q.kind).to_lowercase(),
                text: q.text.clone(),
                cue: q.cue.as_ref().map(|c| c.text.clone()),
                sentence: sentence_around(doc, q.start, q.end),
                sentence_index: doc.sentence_at(q.start),
            });
        }
    }
    let mut out: Vec<SpeakerQuotes> = groups.into_values().collect();
    out.sort_by(|a, b| (b.quotes.len(), &a.speaker).cmp(&(a.quotes.len(), &b.speaker)));
    out
}

/// The sentences a code-point range lies in, joined.
fn sentence_around(doc: &StoredDocument, start: usize, end: usize) -> String {
    let sentences = &doc.record.sentences;
    let first = sentences.iter().find(|s| s.end > start).map_or(start, |s| s.start.min(start));
    let last = sentences.iter().rev().find(|s| s.start < end).map_or(end, |s| s.end.max(end));
    shorten(doc.slice(Range { start: first, end: last }), 400)
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}
