//! Saved HTML pages: decoded by their declared or detected charset, main text and metadata
//! (title, date, author, site name, URL) extracted by `trafilatura`, with a paragraph-based
//! fallback when it finds nothing.

use crate::{Item, bytes::decode_text};
use parallax_model::{Diagnostic, Metadata, Origin, RawDocument, SkipReason, SourceFormat};
use scraper::{ElementRef, Html, Node, Selector};

/// Shortest main text, in characters, that counts as an article.
const MIN_ARTICLE_CHARS: usize = 80;

/// Fewest words of running prose that make a page an article.
const MIN_PROSE_WORDS: usize = 25;

/// Reads one HTML page. `http_charset` is the charset of an HTTP `Content-Type` header (from a
/// WARC record), `url` the page's address when known.
pub fn read(
    data: &[u8],
    http_charset: Option<&str>,
    url: Option<String>,
    origin: Origin,
    sink: &mut dyn FnMut(Item),
) {
    let declared = http_charset.map(str::to_string).or_else(|| meta_charset(data));
    let (html, warning) = decode_text(data, declared.as_deref());
    match extract(&html, url) {
        Some((text, given)) => {
            let mut doc = RawDocument::new(text, SourceFormat::Html, origin.clone());
            doc.given = given;
            doc.diagnostics.extend(warning.map(|w| w.at(origin)));
            sink(Item::Doc(Box::new(doc)));
        }
        None => sink(Item::Problem(Diagnostic::skipped(
            origin,
            SkipReason::NoArticle,
            "HTML page has no article text",
        ))),
    }
}

/// Main text and metadata of a page, or `None` when it holds no article.
pub fn extract(html: &str, url: Option<String>) -> Option<(String, Metadata)> {
    let mut opts = trafilatura::Options::default();
    opts.original_url = url.as_deref().and_then(|u| u.parse().ok());
    let result = trafilatura::extract(html, &opts).ok();
    let mut given = Metadata { url, ..Metadata::default() };
    let mut text = String::new();
    if let Some(result) = &result {
        let meta = &result.metadata;
        let non_empty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        given.title = non_empty(&meta.title);
        given.outlet = non_empty(&meta.sitename);
        given.published = meta.date.map(|d| d.format("%Y-%m-%d").to_string());
        given.url = given.url.or_else(|| non_empty(&meta.url));
        given.authors = split_authors(&meta.author);
        text = normalise_paragraphs(&result.content_text);
    }
    if !has_running_text(&text) {
        text = fallback_text(html);
    }
    has_running_text(&text).then_some((text, given))
}

/// True when the text has paragraphs of running prose, not just menus, links and prompts:
/// at least [`MIN_PROSE_WORDS`] words in lines of eight words or more that end a sentence.
fn has_running_text(text: &str) -> bool {
    let prose_words: usize = text
        .lines()
        .map(|l| (l.split_whitespace().count(), l.trim_end()))
        .filter(|(n, l)| *n >= 8 && l.ends_with(['.', '!', '?', '"', '”', '’']))
        .map(|(n, _)| n)
        .sum();
    text.chars().count() >= MIN_ARTICLE_CHARS && prose_words >= MIN_PROSE_WORDS
}

fn split_authors(field: &str) -> Vec<String> {
    field.split([';', '|']).map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect()
}

/// One paragraph per line, blank lines and trailing spaces removed.
fn normalise_paragraphs(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    lines.join("\n")
}

/// The text of the page's `<article>` (else `<main>`, else `<body>`) paragraphs.
fn fallback_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    for scope in ["article", "main", "body"] {
        let Ok(sel) = Selector::parse(&format!("{scope} p")) else { continue };
        let paragraphs: Vec<String> = doc
            .select(&sel)
            .map(|p| collapse_space(&element_text(p)))
            .filter(|p| !p.is_empty())
            .collect();
        if !paragraphs.is_empty() {
            return paragraphs.join("\n");
        }
    }
    String::new()
}

/// The text of an HTML fragment (a feed item's content), one block element per line.
pub fn fragment_to_text(fragment: &str) -> String {
    let doc = Html::parse_fragment(fragment);
    let mut out = String::new();
    block_text(doc.root_element(), &mut out);
    let lines: Vec<String> = out.lines().map(collapse_space).filter(|l| !l.is_empty()).collect();
    lines.join("\n")
}

fn block_text(element: ElementRef, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if matches!(name, "script" | "style" | "noscript" | "figure" | "figcaption") {
                    continue;
                }
                let block = matches!(
                    name,
                    "p" | "div"
                        | "br"
                        | "li"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "blockquote"
                        | "section"
                        | "article"
                        | "tr"
                        | "ul"
                        | "ol"
                );
                if block {
                    out.push('\n');
                }
                if let Some(child) = ElementRef::wrap(child) {
                    block_text(child, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

fn element_text(element: ElementRef) -> String {
    element.text().collect::<Vec<_>>().concat()
}

fn collapse_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The charset a page declares in a `<meta>` tag within its first 2 KiB.
fn meta_charset(data: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&data[..data.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let rest = head[at..].trim_start_matches(['"', '\'', ' ']);
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))?;
    (end > 0).then(|| rest[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_is_found() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
        assert_eq!(meta_charset(page).as_deref(), Some("windows-1252"));
        assert_eq!(meta_charset(b"<meta charset='utf-8'>").as_deref(), Some("utf-8"));
        assert_eq!(meta_charset(b"<html>"), None);
    }

    #[test]
    fn fragments_keep_paragraphs_and_drop_scripts() {
        let text =
            fragment_to_text("<p>One &amp; two.</p><script>x()</script><p>Three <b>four</b>.</p>");
        assert_eq!(text, "One & two.\nThree four.");
    }
}
