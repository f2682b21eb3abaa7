//! The server-rendered HTML pages of parallax: the story list, a story (timeline chart, claim
//! table, quotes, coverage, who's who, entity graph), an article with its annotations, an
//! entity, and search.
//!
//! Every page is a pure function from data to a complete HTML document; the web server calls
//! them. All text from data is escaped by [`html::Html`], the only way markup is built here, and
//! charts are inline SVG drawn on the server, so the pages need no script to read and no
//! build step. [`STYLESHEET`] and [`SCRIPT`] are the two static files the pages link.

mod annotations;
mod article;
mod claims;
mod dates;
mod graph;
pub mod html;
mod pages;
mod scale;
mod search;
mod shell;
mod spans;
mod story;
mod timeline;

use std::collections::HashMap;

/// Served at `GET /static/parallax.css`.
pub const STYLESHEET: &str = include_str!("../static/parallax.css");
/// Served at `GET /static/parallax.js`: the claim table's status filter. Pages work without it.
pub const SCRIPT: &str = include_str!("../static/parallax.js");

/// Search results per page unless the query asks for another `limit`.
pub const SEARCH_PER_PAGE: usize = 20;

/// The query string of the search page, already parsed.
#[derive(Clone, Debug, Default)]
pub struct SearchForm {
    pub q: String,
    pub outlet: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub story: Option<String>,
    pub entity: Option<i64>,
    /// 0-based.
    pub page: usize,
    pub per_page: usize,
}

/// `/`: the story list with headline (linking `/stories/{id}`), source counts (documents,
/// independent sources, outlets), first and last dates, and links `/?page=N`.
pub fn story_list(
    stories: &[parallax_store::StorySummary],
    n_stories: usize,
    page: usize,
    per_page: usize,
) -> String {
    pages::story_list(stories, n_stories, page, per_page)
}

/// `/stories/{id}`: `entity_ids` maps an identity key (`WhoEntry::key`, `SpeakerQuotes::key`)
/// to the store's entity id, for links to `/entities/{id}`.
pub fn story(view: &parallax_report::StoryView, entity_ids: &HashMap<String, i64>) -> String {
    story::story_page(view, entity_ids)
}

/// `/articles/{id}`: `story` is the story it belongs to; `entity_ids` as for [`story`], keyed
/// by `EntityRow::identity_key()` of the document's entity rows.
pub fn article(
    doc: &parallax_model::StoredDocument,
    story: Option<&str>,
    entity_ids: &HashMap<String, i64>,
) -> String {
    article::article_page(doc, story, entity_ids)
}

/// `/entities/{id}`: the entity and the stories it appears in.
pub fn entity(
    entity: &parallax_store::EntitySummary,
    stories: &[parallax_store::EntityStory],
) -> String {
    pages::entity(entity, stories)
}

/// `/search`: the form always; results when a query was run; `error` when the query was bad.
pub fn search(
    form: &SearchForm,
    results: Option<&parallax_store::SearchResults>,
    error: Option<&str>,
) -> String {
    search::search_page(form, results, error)
}

/// Any error page (404, 400, 500) with a short message.
pub fn error(status: u16, message: &str) -> String {
    pages::error(status, message)
}
