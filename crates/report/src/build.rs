//! Assembling a report from stored documents and their stories.

use crate::{Report, SourceView, StoryView, TimelineEntry};
use parallax_model::{StoredDocument, StoryMembers};
use std::collections::HashMap;

/// Builds the report of `stories`, whose documents are among `docs`.
pub fn build(docs: &[StoredDocument], stories: &[StoryMembers]) -> Report {
    let by_id: HashMap<&str, &StoredDocument> =
        docs.iter().map(|d| (d.record.id.as_str(), d)).collect();
    let mut views: Vec<StoryView> = stories
        .iter()
        .filter_map(|story| {
            let members: Vec<(&StoredDocument, Option<&String>)> = story
                .documents
                .iter()
                .filter_map(|(id, dup)| Some((*by_id.get(id.as_str())?, dup.as_ref())))
                .collect();
            (!members.is_empty()).then(|| story_view(story, &members))
        })
        .collect();
    // Largest stories first, then the most recent, then by id for a stable order.
    views.sort_by(|a, b| {
        (b.sources.len(), &b.last_published, &a.id).cmp(&(
            a.sources.len(),
            &a.last_published,
            &b.id,
        ))
    });
    Report { n_documents: docs.len(), stories: views, run: None }
}

fn story_view(story: &StoryMembers, members: &[(&StoredDocument, Option<&String>)]) -> StoryView {
    let mut sources: Vec<SourceView> =
        members.iter().map(|(d, dup)| source_view(d, *dup)).collect();
    sources.sort_by(|a, b| (&a.published, &a.doc_id).cmp(&(&b.published, &b.doc_id)));
    let dates: Vec<&String> = sources.iter().filter_map(|s| s.published.as_ref()).collect();
    StoryView {
        id: story.id.clone(),
        headline: headline(members),
        first_published: dates.iter().min().map(|d| d.to_string()),
        last_published: dates.iter().max().map(|d| d.to_string()),
        independent_sources: story.independent_sources,
        timeline: timeline(members),
        who: crate::people::who(members),
        quotes: crate::people::quotes(members),
        comparison: parallax_compare::compare(members),
        sources,
    }
}

/// The title of the earliest document that has one, else the opening of its first sentence.
fn headline(members: &[(&StoredDocument, Option<&String>)]) -> String {
    let mut ordered: Vec<&StoredDocument> = members.iter().map(|(d, _)| *d).collect();
    ordered.sort_by(|a, b| {
        (&a.record.published, &a.record.id).cmp(&(&b.record.published, &b.record.id))
    });
    if let Some(title) = ordered.iter().find_map(|d| d.record.title.clone()) {
        return title;
    }
    let first = ordered.iter().find_map(|d| d.sentence_texts().first().map(|s| s.to_string()));
    first.map(|s| shorten(&s, 100)).unwrap_or_else(|| "(untitled)".to_string())
}

fn source_view(d: &StoredDocument, duplicate_of: Option<&String>) -> SourceView {
    let r = &d.record;
    let mut removed: Vec<String> = d.provenance.removed.iter().map(|(_, k)| k.clone()).collect();
    removed.dedup();
    SourceView {
        doc_id: r.id.clone(),
        outlet: r.outlet.clone(),
        outlet_how: d.provenance.outlet_how.clone(),
        agency: d.provenance.agency.clone().filter(|a| Some(a) != r.outlet.as_ref()),
        published: r.published.as_ref().map(|p| p.get(..10).unwrap_or(p).to_string()),
        published_how: d.provenance.published_how.clone(),
        published_inferred: d.provenance.published_inferred,
        title: r.title.clone(),
        authors: r.authors.clone(),
        origin: d.origin.to_string(),
        language: r.language.clone(),
        duplicate_of: duplicate_of.cloned(),
        n_sentences: r.sentences.len(),
        removed,
    }
}

/// Every dated time expression of the story's documents, by date. Copies of an earlier
/// document add nothing and are left out.
fn timeline(members: &[(&StoredDocument, Option<&String>)]) -> Vec<TimelineEntry> {
    let mut entries = Vec::new();
    for (d, dup) in members {
        if dup.is_some() {
            continue;
        }
        let sentences = &d.record.sentences;
        for t in &d.record.timexes {
            if !is_calendar_value(&t.value) {
                continue;
            }
            let Some(index) = sentences.iter().position(|s| s.start <= t.start && t.end <= s.end)
            else {
                continue;
            };
            let sentence = &sentences[index];
            entries.push(TimelineEntry {
                date: t.value.get(..10).unwrap_or(&t.value).to_string(),
                doc_id: d.record.id.clone(),
                outlet: d.record.outlet.clone(),
                expression: t.text.clone(),
                sentence: d.slice(*sentence).to_string(),
                sentence_index: index,
            });
        }
    }
    entries.sort_by(|a, b| (&a.date, &a.outlet, &a.doc_id).cmp(&(&b.date, &b.outlet, &b.doc_id)));
    entries.dedup_by(|a, b| a.date == b.date && a.sentence == b.sentence);
    entries
}

/// A TIMEX3 value that names a calendar day, month or year (not a duration or a reference).
fn is_calendar_value(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) && !value.contains('X')
}

pub(crate) fn shorten(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}
