//! The small pages: the story list, an entity and the error page.

use crate::html::{Html, plural, story_url, with_query};
use crate::shell::{Nav, list_page_url, page, pagination};
use parallax_store::{EntityStory, EntitySummary, StorySummary};

/// The story list at `/`.
pub fn story_list(
    stories: &[StorySummary],
    n_stories: usize,
    page_no: usize,
    per_page: usize,
) -> String {
    let mut h = Html::new();
    h.elem("h1", &[], "Stories");
    h.elem(
        "p",
        &[("class", "meta")],
        &format!("{} in the store, largest first.", plural(n_stories, "story", "stories")),
    );
    if stories.is_empty() {
        let text = if n_stories == 0 {
            "No stories yet: run `parallax analyze` with `--db` to fill the store."
        } else {
            "No stories on this page."
        };
        h.elem("p", &[("class", "empty")], text);
    } else {
        story_table(&mut h, stories.iter().map(|s| (s, None)), "story-list");
    }
    h.push(&pagination(n_stories, page_no, per_page, list_page_url));
    let title =
        if page_no == 0 { "Stories".to_string() } else { format!("Stories, page {}", page_no + 1) };
    page(&title, Nav::Stories, &h)
}

/// A table of stories; with `mentions`, a column of how many documents mention the entity.
fn story_table<'a>(
    h: &mut Html,
    rows: impl Iterator<Item = (&'a StorySummary, Option<usize>)>,
    id: &'static str,
) {
    let rows: Vec<(&StorySummary, Option<usize>)> = rows.collect();
    let with_mentions = rows.iter().any(|(_, m)| m.is_some());
    h.open("table", &[("id", id), ("class", "stories")]);
    h.literal("<thead><tr><th>story</th><th>dates</th><th>documents</th>");
    h.literal("<th>independent sources</th><th>outlets</th>");
    if with_mentions {
        h.literal("<th>documents naming it</th>");
    }
    h.literal("</tr></thead><tbody>");
    for (s, mentions) in rows {
        h.open("tr", &[("class", "story")]).open("td", &[("class", "headline")]);
        h.link(&story_url(&s.id), s.headline.as_deref().unwrap_or("(untitled)"));
        h.elem("span", &[("class", "story-id")], &format!(" {}", s.id)).close("td");
        h.elem("td", &[("class", "date")], &dates(s));
        h.elem("td", &[("class", "num")], &s.n_documents.to_string());
        h.elem("td", &[("class", "num")], &s.independent_sources.to_string());
        h.elem("td", &[("class", "num")], &s.n_outlets.to_string());
        if let Some(n) = mentions {
            h.elem("td", &[("class", "num")], &n.to_string());
        }
        h.close("tr");
    }
    h.literal("</tbody></table>");
}

fn dates(s: &StorySummary) -> String {
    let day = |d: &String| d.get(..10).unwrap_or(d).to_string();
    match (&s.first_published, &s.last_published) {
        (Some(a), Some(b)) if day(a) != day(b) => format!("{} to {}", day(a), day(b)),
        (Some(a), _) | (None, Some(a)) => day(a),
        (None, None) => "undated".to_string(),
    }
}

/// The page of one entity: what it is and the stories it appears in.
pub fn entity(e: &EntitySummary, stories: &[EntityStory]) -> String {
    let mut h = Html::new();
    h.elem("p", &[("class", "kicker")], &format!("Entity {}", e.id));
    h.elem("h1", &[], &e.name);
    h.open("dl", &[("class", "meta")]);
    h.elem("dt", &[], "Kind").open("dd", &[]);
    h.elem(
        "span",
        &[("class", &format!("label label-{}", crate::html::class_token(&e.label)))],
        &e.label,
    );
    h.close("dd");
    h.elem("dt", &[], "Identity").elem("dd", &[], &e.key);
    if let Some(kb) = &e.kb {
        h.elem("dt", &[], "Knowledge base").elem("dd", &[], kb);
    }
    h.elem("dt", &[], "Mentioned").elem(
        "dd",
        &[],
        &format!(
            "{} in {}",
            plural(e.n_mentions, "time", "times"),
            plural(e.n_documents, "document", "documents")
        ),
    );
    h.close("dl");
    h.open("form", &[("class", "inline-search"), ("method", "get"), ("action", "/search")]);
    let id = e.id.to_string();
    h.void("input", &[("type", "hidden"), ("name", "entity"), ("value", &id)]);
    h.elem("label", &[("for", "entity-q")], "Search documents that mention it: ");
    h.void("input", &[("type", "search"), ("id", "entity-q"), ("name", "q"), ("value", &e.name)]);
    h.open("button", &[("type", "submit")]).text("Search").close("button");
    h.close("form");
    h.elem("h2", &[], &format!("Stories ({})", stories.len()));
    if stories.is_empty() {
        h.elem("p", &[("class", "empty")], "It appears in no story.");
    } else {
        story_table(
            &mut h,
            stories.iter().map(|s| (&s.story, Some(s.n_documents))),
            "entity-stories",
        );
    }
    let search = with_query("/search", &[("q", &e.name), ("entity", &id)]);
    h.open("p", &[]).link(&search, "All documents that mention it").close("p");
    page(&e.name, Nav::Other, &h)
}

/// An error page: the status, its reason and the message.
pub fn error(status: u16, message: &str) -> String {
    let reason = match status {
        400 => "Bad request",
        404 => "Not found",
        405 => "Method not allowed",
        500 => "Server error",
        503 => "Unavailable",
        _ => "Error",
    };
    let mut h = Html::new();
    h.open("div", &[("class", "error-page")]);
    h.elem("h1", &[], &format!("{status} {reason}"));
    h.elem("p", &[("class", "error")], message);
    h.open("p", &[]).link("/", "Back to the stories").close("p");
    h.close("div");
    page(&format!("{status} {reason}"), Nav::Other, &h)
}
