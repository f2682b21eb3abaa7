//! The page shell every page shares (head, header with navigation, footer) and pagination.

use crate::html::{Html, with_query};

/// A complete HTML document: `title` goes in `<title>` (with the site name), `main` in
/// `<main>`; `nav` names the navigation entry to mark as current.
pub fn page(title: &str, nav: Nav, main: &Html) -> String {
    let mut h = Html::new();
    h.literal("<!DOCTYPE html>\n");
    h.open("html", &[("lang", "en")]);
    h.literal("<head>");
    h.void("meta", &[("charset", "utf-8")]);
    h.void("meta", &[("name", "viewport"), ("content", "width=device-width, initial-scale=1")]);
    h.elem("title", &[], &format!("{title} · parallax"));
    h.void("link", &[("rel", "stylesheet"), ("href", "/static/parallax.css")]);
    h.open("script", &[("src", "/static/parallax.js"), ("defer", "defer")]).close("script");
    h.literal("</head>\n<body>");
    header(&mut h, nav);
    h.open("main", &[("id", "main")]).push(main).close("main");
    h.literal("<footer>parallax: many sources, one story, claim by claim.</footer>");
    h.literal("</body>\n</html>\n");
    h.into_string()
}

/// Which navigation entry a page belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Stories,
    Search,
    Other,
}

fn header(h: &mut Html, nav: Nav) {
    h.open("header", &[("class", "site")]);
    h.open("a", &[("class", "brand"), ("href", "/")]).literal("parallax").close("a");
    h.open("nav", &[]);
    for (entry, href, label) in [(Nav::Stories, "/", "Stories"), (Nav::Search, "/search", "Search")]
    {
        let current = if entry == nav { "page" } else { "" };
        let attrs: [(&str, &str); 2] =
            [("href", href), (if current.is_empty() { "" } else { "aria-current" }, current)];
        h.elem("a", &attrs, label);
    }
    h.close("nav").close("header");
}

/// Previous / next links and "page X of Y" for 0-based `page`; `url` makes the link of a page.
pub fn pagination(
    total: usize,
    page: usize,
    per_page: usize,
    url: impl Fn(usize) -> String,
) -> Html {
    let mut h = Html::new();
    let per_page = per_page.max(1);
    let n_pages = total.div_ceil(per_page).max(1);
    if n_pages <= 1 && page == 0 {
        return h;
    }
    h.open("nav", &[("class", "pagination"), ("aria-label", "pages")]);
    if page > 0 {
        let prev = page.min(n_pages) - 1;
        h.open("a", &[("rel", "prev"), ("href", &url(prev))]).literal("&larr; previous").close("a");
    }
    h.elem("span", &[("class", "page-of")], &format!("page {} of {n_pages}", page + 1));
    if page + 1 < n_pages {
        h.open("a", &[("rel", "next"), ("href", &url(page + 1))]).literal("next &rarr;").close("a");
    }
    h.close("nav");
    h
}

/// `/?page=N`, with no query for the first page.
pub fn list_page_url(page: usize) -> String {
    if page == 0 { "/".to_string() } else { with_query("/", &[("page", &page.to_string())]) }
}

/// A `<section>` with an id and a heading.
pub fn section(h: &mut Html, id: &'static str, heading: &str, body: &Html) {
    h.open("section", &[("id", id), ("class", "block")]);
    h.elem("h2", &[], heading);
    h.push(body);
    h.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_links_the_stylesheet_and_marks_the_current_entry() {
        let page = page("A <b> title", Nav::Search, &Html::new());
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<title>A &lt;b&gt; title · parallax</title>"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"/static/parallax.css\">"));
        assert!(page.contains("<a href=\"/search\" aria-current=\"page\">Search</a>"));
        assert!(page.contains("<a href=\"/\">Stories</a>"));
    }

    #[test]
    fn pagination_links_only_existing_pages() {
        let nav = pagination(45, 0, 20, list_page_url).into_string();
        assert!(!nav.contains("rel=\"prev\""));
        assert!(nav.contains("href=\"/?page=1\""));
        assert!(nav.contains("page 1 of 3"));
        let last = pagination(45, 2, 20, list_page_url).into_string();
        assert!(last.contains("href=\"/?page=1\"") && !last.contains("rel=\"next\""));
        assert!(pagination(5, 0, 20, list_page_url).into_string().is_empty());
    }
}
