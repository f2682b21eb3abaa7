//! The story page: its timeline, claim table, quotes by speaker, coverage by outlet, who's who
//! and entity graph, in the order of the text report.

use crate::claims::{claim_table, quotes};
use crate::graph::entity_graph;
use crate::html::{Html, article_url, entity_url, plural, sentence_url, shorten};
use crate::shell::{Nav, page, section};
use crate::timeline::timeline;
use parallax_compare::UniqueContent;
use parallax_report::{SourceView, StoryView, WhoEntry};
use std::collections::HashMap;

/// The page of one story.
pub fn story_page(view: &StoryView, entity_ids: &HashMap<String, i64>) -> String {
    let mut h = Html::new();
    heading(&mut h, view);
    section(&mut h, "timeline", "Timeline", &timeline(view));
    section(&mut h, "claim-table", "Claims", &claim_table(&view.comparison.claims));
    section(&mut h, "quotes", "Quotes by speaker", &quotes(&view.quotes, entity_ids));
    section(&mut h, "coverage", "Coverage by outlet", &coverage(view));
    section(&mut h, "who", "Who's who", &who(&view.who, entity_ids));
    section(&mut h, "entity-graph", "Entity graph", &entity_graph(view, entity_ids));
    page(&view.headline, Nav::Stories, &h)
}

fn heading(h: &mut Html, view: &StoryView) {
    h.open("header", &[("class", "story-head")]);
    h.elem("p", &[("class", "kicker")], &format!("Story {}", view.id));
    h.elem("h1", &[], &view.headline);
    let dates = match (&view.first_published, &view.last_published) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) | (None, Some(a)) => a.clone(),
        (None, None) => "undated".to_string(),
    };
    let outlets = distinct(view.sources.iter().map(|s| s.outlet.as_deref().unwrap_or(&s.doc_id)));
    let counts = format!(
        "{dates} · {} · {} · {}",
        plural(view.sources.len(), "document", "documents"),
        plural(view.independent_sources, "independent source", "independent sources"),
        plural(outlets, "outlet", "outlets")
    );
    h.elem("p", &[("class", "meta")], &counts);
    h.open("nav", &[("class", "toc"), ("aria-label", "sections")]);
    for (id, label) in [
        ("#timeline", "Timeline"),
        ("#claim-table", "Claims"),
        ("#quotes", "Quotes"),
        ("#coverage", "Coverage"),
        ("#who", "Who's who"),
        ("#entity-graph", "Entity graph"),
    ] {
        h.link(id, label);
    }
    h.close("nav").close("header");
}

fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> usize {
    let mut seen: Vec<&str> = items.collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// The sources (outlet, date and how it was found, title, copies) and each outlet's unique
/// content.
fn coverage(view: &StoryView) -> Html {
    let mut h = Html::new();
    h.open("table", &[("class", "sources")]);
    h.literal("<thead><tr><th>outlet</th><th>published</th><th>how the date was found</th>");
    h.literal("<th>title</th><th>notes</th></tr></thead><tbody>");
    for s in &view.sources {
        source_row(&mut h, s);
    }
    h.literal("</tbody></table>");
    h.elem("h3", &[], "Only in one source");
    if view.comparison.unique.is_empty() {
        h.elem("p", &[("class", "empty")], "No source says anything the others do not.");
    }
    for u in &view.comparison.unique {
        unique(&mut h, u);
    }
    h
}

fn source_row(h: &mut Html, s: &SourceView) {
    let class = if s.duplicate_of.is_some() { "source copy" } else { "source" };
    h.open("tr", &[("class", class)]);
    h.open("td", &[("class", "outlet")]).text(s.outlet.as_deref().unwrap_or("unknown outlet"));
    if let Some(agency) = &s.agency {
        h.elem("span", &[("class", "agency")], &format!(" via {agency}"));
    }
    h.close("td");
    h.open("td", &[("class", "date")]).text(s.published.as_deref().unwrap_or("undated"));
    if s.published_inferred {
        h.elem("span", &[("class", "inferred"), ("title", "inferred, not stated")], " (inferred)");
    }
    h.close("td");
    h.elem("td", &[("class", "how")], s.published_how.as_deref().unwrap_or(""));
    h.open("td", &[]);
    h.link(&article_url(&s.doc_id), s.title.as_deref().unwrap_or(&s.doc_id));
    if !s.authors.is_empty() {
        h.elem("span", &[("class", "authors")], &format!(" by {}", s.authors.join(", ")));
    }
    h.close("td");
    h.open("td", &[("class", "notes")]);
    if let Some(dup) = &s.duplicate_of {
        h.elem("span", &[("class", "badge copy-badge")], "wire copy").text(" of ");
        h.link(&article_url(dup), dup);
        h.text(". ");
    }
    let mut notes = Vec::new();
    if let Some(how) = &s.outlet_how {
        notes.push(format!("outlet {how}"));
    }
    if s.language.as_deref().is_some_and(|l| l != "en") {
        notes.push(format!("language {}", s.language.as_deref().unwrap_or("")));
    }
    if !s.removed.is_empty() {
        notes.push(format!("left out: {}", s.removed.join(", ")));
    }
    notes.push(format!("from {}", s.origin));
    h.text(&notes.join("; ")).close("td");
    h.close("tr");
}

fn unique(h: &mut Html, u: &UniqueContent) {
    h.open("details", &[("class", "unique")]);
    h.open("summary", &[]).elem("span", &[("class", "outlet")], &u.outlet);
    h.text(&format!(" ({}): {}", u.doc_id, plural(u.sentences.len(), "sentence", "sentences")));
    h.close("summary");
    h.open("ul", &[]);
    for (k, s) in u.sentences.iter().enumerate() {
        let href = sentence_url(&u.doc_id, u.sentence_indices.get(k).copied());
        h.open("li", &[]).link(&href, &shorten(s, 300)).close("li");
    }
    h.close("ul").close("details");
}

/// The story's actors: name, label, the roles each outlet gave them, aliases.
fn who(entries: &[WhoEntry], entity_ids: &HashMap<String, i64>) -> Html {
    let mut h = Html::new();
    if entries.is_empty() {
        h.elem("p", &[("class", "empty")], "No entities were found.");
        return h;
    }
    h.open("table", &[("class", "who")]);
    h.literal("<thead><tr><th>name</th><th>kind</th><th>roles, as each outlet put it</th>");
    h.literal("<th>also called</th><th>mentions</th><th>outlets</th></tr></thead><tbody>");
    for w in entries {
        h.open("tr", &[]).open("td", &[("class", "name")]);
        match entity_ids.get(&w.key) {
            Some(id) => h.link(&entity_url(*id), &w.name),
            None => h.text(&w.name),
        };
        h.close("td");
        let label = format!("label label-{}", crate::html::class_token(&w.label));
        h.open("td", &[]).elem("span", &[("class", &label)], &w.label).close("td");
        h.open("td", &[("class", "roles")]);
        for r in &w.roles {
            h.open("span", &[("class", "role")]).text(&r.role);
            h.elem("span", &[("class", "role-outlets")], &format!(" [{}]", r.outlets.join(", ")));
            h.close("span");
        }
        h.close("td");
        h.elem("td", &[], &w.aliases.join(", "));
        h.elem("td", &[("class", "num")], &w.n_mentions.to_string());
        h.elem("td", &[("title", &w.outlets.join(", "))], &w.outlets.len().to_string());
        h.close("tr");
    }
    h.literal("</tbody></table>");
    h
}
