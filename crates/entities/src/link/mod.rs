//! Linking: a document's named mentions grouped into entities, with knowledge-base keys,
//! canonical names, the aliases seen and the roles the text gives; and the resolver that tells
//! which entity a description or a pronoun refers to.
//!
//! Choices the rest of parallax relies on:
//! - A capital or a seat of government (`executive_office` in the organisation table: the
//!   Kremlin, the White House) is its country's entity unless the words around it make it a
//!   place ("in Seoul", "Seoul, South Korea", a dateline); the mention keeps its own label.
//! - A demonym or national adjective ("Russian") is a NORP entity of its own with the
//!   country's key, one per country; only a plural demonym that acts ("the Russians said")
//!   joins the country. [`identity_key`] keeps the two apart across documents as well.
//! - A person's title is never part of the mention: "Secretary of State Antony Blinken" gives
//!   the mention "Antony Blinken" and the role "Secretary of State". Job words are kept in lower
//!   case ("Russian Foreign Ministry spokeswoman"), formal titles as written.
//! - Canonical names: the knowledge base's name for countries, places and organisations; the
//!   longest form the text uses for people and for anything the knowledge base does not know.
//!
//! Cost: each mention does a few hash lookups and reads at most a dozen tokens around itself;
//! nothing scans the document per mention.

mod context;
mod group;
mod kbmatch;
mod lexicon;
mod names;
mod resolve;
mod roles;
mod sense;
mod words;

pub use resolve::Referents;

use crate::{EntityAnnotations, RawMention};
use group::{Draft, Grouper};
use parallax_kb::Kb;
use parallax_model::{EntityRow, Span, TextAnalysis};
use words::Words;

/// Groups a document's named mentions into entities and describes each one.
pub fn link(
    text: &str,
    analysis: &TextAnalysis,
    mut raw: Vec<RawMention>,
    kb: &Kb,
) -> EntityAnnotations {
    raw.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut grouper = Grouper::new(Words::new(text, analysis), kb);
    for mention in raw {
        grouper.add(mention);
    }
    let table = grouper.drafts.into_iter().map(|d| row(d, kb)).collect();
    EntityAnnotations { mentions: grouper.mentions, table }
}

/// The entity a description ("the top U.S. diplomat"), a name, a capital or a pronoun at `span`
/// refers to, among the document's entities; `None` when none fits.
pub fn resolve_reference(
    text: &str,
    analysis: &TextAnalysis,
    entities: &EntityAnnotations,
    span: Span,
    kb: &Kb,
) -> Option<usize> {
    resolve::resolve(&Words::new(text, analysis), entities, span, kb)
}

/// The identity of an entity across documents; see [`EntityRow::identity_key`].
pub fn identity_key(row: &EntityRow) -> String {
    row.identity_key()
}

fn row(draft: Draft, kb: &Kb) -> EntityRow {
    let label = draft.fixed_label.unwrap_or_else(|| majority(&draft.labels));
    let name = match &draft.kb_name {
        Some(n) if label != "PERSON" && !draft.norp => n.clone(),
        _ => longest(&draft.forms),
    };
    let aliases = draft.forms.iter().filter(|f| **f != name).cloned().collect();
    let mut roles = draft.roles;
    if roles.is_empty() && label == "PERSON" {
        roles = draft.kb.as_deref().map(|k| kbmatch::current_roles(kb, k)).unwrap_or_default();
    }
    EntityRow { name, label: label.to_string(), kb: draft.kb, aliases, roles }
}

/// The most frequent label, the earliest on a tie.
fn majority(labels: &[&'static str]) -> &'static str {
    let count = |l: &str| labels.iter().filter(|x| **x == l).count();
    let mut best = labels.first().copied().unwrap_or("MISC");
    for &l in labels {
        if count(l) > count(best) {
            best = l;
        }
    }
    best
}

/// The fullest form: most words, then most characters, the earliest on a tie.
fn longest(forms: &[String]) -> String {
    let size = |f: &String| (f.split_whitespace().count(), f.chars().count());
    let mut best = forms.first();
    for f in forms {
        if best.is_none_or(|b| size(f) > size(b)) {
            best = Some(f);
        }
    }
    best.cloned().unwrap_or_default()
}
