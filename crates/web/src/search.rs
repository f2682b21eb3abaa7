//! The search page: the form (words and filters), the results with what matched marked, and
//! pagination links that keep the filters.

use crate::SearchForm;
use crate::html::{Html, article_url, entity_url, plural, story_url, with_query};
use crate::shell::{Nav, page, pagination};
use parallax_store::{Highlighted, SearchHit, SearchResults};

/// The page at `/search`.
pub fn search_page(
    form: &SearchForm,
    results: Option<&SearchResults>,
    error: Option<&str>,
) -> String {
    let mut h = Html::new();
    h.elem("h1", &[], "Search");
    search_form(&mut h, form);
    if let Some(error) = error {
        h.elem("p", &[("class", "error"), ("role", "alert")], error);
    }
    match results {
        Some(results) => result_list(&mut h, form, results),
        None if error.is_none() => {
            h.elem(
                "p",
                &[("class", "hint")],
                "Search titles and bodies: every word must match; put a phrase in double quotes.",
            );
        }
        None => {}
    }
    let title = if form.q.trim().is_empty() {
        "Search".to_string()
    } else {
        format!("Search: {}", form.q.trim())
    };
    page(&title, Nav::Search, &h)
}

fn search_form(h: &mut Html, form: &SearchForm) {
    h.open("form", &[("id", "search-form"), ("method", "get"), ("action", "/search")]);
    h.open("div", &[("class", "field field-q")]);
    h.elem("label", &[("for", "q")], "Words");
    h.void(
        "input",
        &[("type", "search"), ("id", "q"), ("name", "q"), ("value", &form.q), ("autofocus", "")],
    );
    h.close("div");
    let fields: [(&'static str, &str, Option<&String>, &str); 4] = [
        ("outlet", "Outlet", form.outlet.as_ref(), "any outlet"),
        ("from", "From", form.from.as_ref(), "2023-11 or 2023-11-09"),
        ("to", "To", form.to.as_ref(), "2023-12-31"),
        ("story", "Story", form.story.as_ref(), "story id"),
    ];
    for (name, label, value, placeholder) in fields {
        h.open("div", &[("class", "field")]);
        h.elem("label", &[("for", name)], label);
        let value = value.map(String::as_str).unwrap_or("");
        h.void(
            "input",
            &[
                ("type", "text"),
                ("id", name),
                ("name", name),
                ("value", value),
                ("placeholder", placeholder),
            ],
        );
        h.close("div");
    }
    if let Some(entity) = form.entity {
        let id = entity.to_string();
        h.void("input", &[("type", "hidden"), ("name", "entity"), ("value", &id)]);
        h.open("p", &[("class", "filter-note")]).text("Only documents that mention ");
        h.link(&entity_url(entity), &format!("entity {id}")).text(" (");
        let without = SearchForm { entity: None, page: 0, ..form.clone() };
        h.link(&form_url(&without, 0), "remove this filter").text(").").close("p");
    }
    h.open("button", &[("type", "submit")]).text("Search").close("button");
    h.close("form");
}

/// The URL of page `page` of a search, with its filters.
pub fn form_url(form: &SearchForm, page: usize) -> String {
    let entity = form.entity.map(|e| e.to_string()).unwrap_or_default();
    let page = if page == 0 { String::new() } else { page.to_string() };
    let custom = form.per_page != 0 && form.per_page != crate::SEARCH_PER_PAGE;
    let limit = if custom { form.per_page.to_string() } else { String::new() };
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let (outlet, from, to, story) =
        (opt(&form.outlet), opt(&form.from), opt(&form.to), opt(&form.story));
    with_query(
        "/search",
        &[
            ("q", &form.q),
            ("outlet", &outlet),
            ("from", &from),
            ("to", &to),
            ("story", &story),
            ("entity", &entity),
            ("limit", &limit),
            ("page", &page),
        ],
    )
}

fn result_list(h: &mut Html, form: &SearchForm, results: &SearchResults) {
    let per_page = form.per_page.max(1);
    let first = form.page * per_page + 1;
    let shown = if results.hits.is_empty() {
        String::new()
    } else {
        format!(", showing {}–{}", first, first + results.hits.len() - 1)
    };
    let total = plural(results.total, "document matches", "documents match");
    let at_least = if results.total_exact { "" } else { "At least " };
    let window = match results.ranked_recent {
        Some(n) => format!(" Ranked among the {n} most recently stored matches."),
        None => String::new(),
    };
    h.elem("p", &[("class", "total")], &format!("{at_least}{total}{shown}.{window}"));
    let start = first.to_string();
    h.open("ol", &[("id", "results"), ("start", &start)]);
    for hit in &results.hits {
        result(h, hit);
    }
    h.close("ol");
    h.push(&pagination(results.total, form.page, per_page, |p| form_url(form, p)));
}

fn result(h: &mut Html, hit: &SearchHit) {
    h.open("li", &[("class", "hit")]);
    h.open("a", &[("class", "hit-title"), ("href", &article_url(&hit.doc_id))]);
    match (&hit.title_highlighted, &hit.title) {
        (Some(t), _) if !t.text.is_empty() => h.push(&highlighted(t)),
        (_, Some(title)) => h.text(title),
        _ => h.text(&hit.doc_id),
    };
    h.close("a");
    h.open("p", &[("class", "hit-meta")]);
    h.elem("span", &[("class", "outlet")], hit.outlet.as_deref().unwrap_or("unknown outlet"));
    h.text(" · ").elem("span", &[("class", "date")], hit.published.as_deref().unwrap_or("undated"));
    if let Some(story) = &hit.story {
        h.text(" · ").link(&story_url(story), &format!("story {story}"));
    }
    h.close("p");
    h.open("p", &[("class", "snippet")]).push(&highlighted(&hit.snippet)).close("p");
    h.close("li");
}

/// Text with its highlight ranges (code points) in `<mark>`; ranges out of order, overlapping
/// or past the end are sorted, merged and clipped.
pub fn highlighted(t: &Highlighted) -> Html {
    let chars: Vec<char> = t.text.chars().collect();
    let n = chars.len();
    let mut ranges: Vec<(usize, usize)> =
        t.highlights.iter().map(|&(a, b)| (a.min(n), b.min(n))).filter(|(a, b)| a < b).collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let piece = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    let mut h = Html::new();
    let mut at = 0;
    for (a, b) in merged {
        h.text(&piece(at, a)).elem("mark", &[], &piece(a, b));
        at = b;
    }
    h.text(&piece(at, n));
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_are_marked_and_the_rest_escaped() {
        let t = Highlighted { text: "a <b> ça & d".into(), highlights: vec![(6, 8), (2, 5)] };
        assert_eq!(
            highlighted(&t).into_string(),
            "a <mark>&lt;b&gt;</mark> <mark>ça</mark> &amp; d"
        );
    }

    #[test]
    fn bad_ranges_are_merged_and_clipped() {
        let t = Highlighted {
            text: "abcdef".into(),
            highlights: vec![(4, 99), (1, 3), (2, 4), (5, 2)],
        };
        assert_eq!(highlighted(&t).into_string(), "a<mark>bcdef</mark>");
    }

    #[test]
    fn page_links_keep_the_filters() {
        let form = SearchForm {
            q: "port strike".into(),
            outlet: Some("The Harbor Ledger".into()),
            entity: Some(7),
            ..SearchForm::default()
        };
        assert_eq!(
            form_url(&form, 2),
            "/search?q=port%20strike&outlet=The%20Harbor%20Ledger&entity=7&page=2"
        );
    }

    #[test]
    fn page_links_keep_a_custom_page_size() {
        let form = SearchForm { q: "strike".into(), per_page: 50, ..SearchForm::default() };
        assert_eq!(form_url(&form, 1), "/search?q=strike&limit=50&page=1");
        let usual = SearchForm { per_page: crate::SEARCH_PER_PAGE, ..form };
        assert_eq!(form_url(&usual, 1), "/search?q=strike&page=1");
    }
}
