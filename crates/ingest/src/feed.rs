//! RSS and Atom feed files: each item with full content (or, failing that, its summary)
//! becomes a document carrying the item's title, link, date and authors.

use crate::{Item, html::fragment_to_text};
use parallax_model::{Diagnostic, Metadata, Origin, RawDocument, SkipReason, SourceFormat};

/// Shortest item text, in characters, that counts as an article rather than a teaser.
const MIN_ITEM_CHARS: usize = 80;

pub fn read(data: &[u8], origin: Origin, sink: &mut dyn FnMut(Item)) {
    let feed = match feed_rs::parser::parse(data) {
        Ok(feed) => feed,
        Err(e) => {
            let why = format!("not a readable RSS or Atom feed: {e}");
            return sink(Item::Problem(Diagnostic::skipped(origin, SkipReason::Malformed, why)));
        }
    };
    let feed_title = feed.title.as_ref().map(|t| t.content.trim().to_string());
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let at = Origin::record(origin.path.clone(), i + 1);
        let html = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = fragment_to_text(&html);
        if text.chars().count() < MIN_ITEM_CHARS {
            let why = "feed item has no article text (only a title or a short teaser)";
            sink(Item::Problem(Diagnostic::skipped(at, SkipReason::NoArticle, why)));
            continue;
        }
        let mut doc = RawDocument::new(text, SourceFormat::Feed, at);
        doc.given = Metadata {
            title: entry.title.map(|t| fragment_to_text(&t.content)),
            published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
            outlet: feed_title.clone(),
            url: entry.links.first().map(|l| l.href.clone()),
            authors: entry
                .authors
                .into_iter()
                .filter_map(|p| p.name.as_deref().and_then(person_name))
                .collect(),
        };
        sink(Item::Doc(Box::new(doc)));
    }
}

/// A feed author as a person's name: RSS writes "email (Name)" or just an address.
fn person_name(field: &str) -> Option<String> {
    let field = field.trim();
    let name = match (field.find('('), field.rfind(')')) {
        (Some(open), Some(close)) if open < close => &field[open + 1..close],
        _ if field.contains('@') => return None,
        _ => field,
    };
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}
