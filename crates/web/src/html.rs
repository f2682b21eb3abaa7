//! A small HTML (and SVG) builder that escapes by construction: tag and attribute names are
//! `&'static str` chosen in code, every piece of text and every attribute value goes through
//! [`escape`], and built fragments can only be joined as [`Html`]. URLs are built from
//! percent-encoded path segments and query values.

use std::fmt::Write;

/// Markup built by this module: safe to place anywhere in a page.
#[derive(Clone, Debug, Default)]
pub struct Html {
    out: String,
}

/// An attribute: name chosen in code, value from anywhere (escaped when written).
pub type Attr<'a> = (&'static str, &'a str);

impl Html {
    pub fn new() -> Html {
        Html::default()
    }

    /// The markup as a string.
    pub fn into_string(self) -> String {
        self.out
    }

    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// Opens `tag` with attributes; attributes with an empty name are skipped.
    pub fn open(&mut self, tag: &'static str, attrs: &[Attr]) -> &mut Html {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs.iter().filter(|(n, _)| !n.is_empty()) {
            let _ = write!(self.out, " {name}=\"{}\"", escape(value));
        }
        self.out.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Html {
        let _ = write!(self.out, "</{tag}>");
        self
    }

    /// A void element (`<br>`, `<input>`) or a self-closed SVG element (`<circle/>`).
    pub fn void(&mut self, tag: &'static str, attrs: &[Attr]) -> &mut Html {
        self.open(tag, attrs);
        if is_svg_leaf(tag) {
            self.out.insert(self.out.len() - 1, '/');
        }
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, s: &str) -> &mut Html {
        self.out.push_str(&escape(s));
        self
    }

    /// An element holding text only.
    pub fn elem(&mut self, tag: &'static str, attrs: &[Attr], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// A link holding text only.
    pub fn link(&mut self, href: &str, text: &str) -> &mut Html {
        self.elem("a", &[("href", href)], text)
    }

    /// Markup built elsewhere by this module.
    pub fn push(&mut self, other: &Html) -> &mut Html {
        self.out.push_str(&other.out);
        self
    }

    /// Markup written in code (never data): tags without attributes, entities, a doctype.
    pub fn literal(&mut self, s: &'static str) -> &mut Html {
        self.out.push_str(s);
        self
    }
}

fn is_svg_leaf(tag: &str) -> bool {
    matches!(tag, "circle" | "rect" | "line" | "path" | "polygon" | "ellipse" | "polyline")
}

/// Escapes text for HTML text and quoted attribute values: `&`, `<`, `>`, `"` and `'`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A path from segments, each percent-encoded: `["articles", "a#1"]` → `/articles/a%231`.
pub fn path(segments: &[&str]) -> String {
    let mut out = String::new();
    for s in segments {
        out.push('/');
        out.push_str(&percent_encode(s));
    }
    if out.is_empty() { "/".to_string() } else { out }
}

/// A path with a query string; pairs with an empty value are left out.
pub fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect();
    if query.is_empty() { path.to_string() } else { format!("{path}?{}", query.join("&")) }
}

/// The link to sentence `index` of article `doc_id`.
pub fn sentence_url(doc_id: &str, index: Option<usize>) -> String {
    let base = path(&["articles", doc_id]);
    match index {
        Some(i) => format!("{base}#s{i}"),
        None => base,
    }
}

pub fn article_url(doc_id: &str) -> String {
    path(&["articles", doc_id])
}

pub fn story_url(id: &str) -> String {
    path(&["stories", id])
}

pub fn entity_url(id: i64) -> String {
    path(&["entities", &id.to_string()])
}

/// A CSS class fragment from data: ASCII letters, digits, `-` and `_` only.
pub fn class_token(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')).collect()
}

/// The first `max` characters of `s`, with an ellipsis when cut.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

/// "1 source", "2 sources".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("plain – text"), "plain – text");
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }

    #[test]
    fn builder_escapes_text_and_attributes() {
        let mut h = Html::new();
        h.elem("p", &[("title", "\"onmouseover=alert(1)")], "<script>alert(1)</script>");
        assert_eq!(
            h.as_str(),
            "<p title=\"&quot;onmouseover=alert(1)\">&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        );
    }

    #[test]
    fn svg_leaves_self_close_and_html_voids_do_not() {
        let mut h = Html::new();
        h.void("circle", &[("r", "2")]).void("br", &[]);
        assert_eq!(h.as_str(), "<circle r=\"2\"/><br>");
    }

    #[test]
    fn urls_encode_segments_and_query_values() {
        assert_eq!(path(&["articles", "news_crawl#3"]), "/articles/news_crawl%233");
        assert_eq!(path(&["a", "x/../y z"]), "/a/x%2F..%2Fy%20z");
        assert_eq!(
            with_query("/search", &[("q", "a&b=c"), ("outlet", ""), ("page", "2")]),
            "/search?q=a%26b%3Dc&page=2"
        );
        assert_eq!(sentence_url("d\"1", Some(3)), "/articles/d%221#s3");
        assert_eq!(percent_encode("é"), "%C3%A9");
    }

    #[test]
    fn class_tokens_keep_only_safe_characters() {
        assert_eq!(class_token("PERSON\" onclick=x"), "PERSONonclickx");
    }
}
