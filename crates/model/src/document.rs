//! Documents before and after cleaning, and the text analysis every later stage reads.

use crate::diagnostic::{Diagnostic, Origin};
use crate::span::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The input format a document was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Jsonl,
    Html,
    Warc,
    Feed,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Jsonl => "jsonl",
            SourceFormat::Html => "html",
            SourceFormat::Warc => "warc",
            SourceFormat::Feed => "feed",
        }
    }
}

/// Metadata a caller, a page's markup or a feed already states about a document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    /// `YYYY-MM-DD` or RFC 3339, as given.
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
}

/// What a reader produced: one article's text as found, with whatever metadata came with it.
#[derive(Clone, Debug, PartialEq)]
pub struct RawDocument {
    /// The caller's id, when the input has one.
    pub id: Option<String>,
    pub text: String,
    /// Metadata stated by the caller (JSON Lines fields) or by the source's markup.
    pub given: Metadata,
    /// True when `given` came from the caller (JSON Lines) rather than from markup
    /// (HTML meta tags, feed fields), which matters for how its provenance is reported.
    pub given_by_caller: bool,
    pub format: SourceFormat,
    pub origin: Origin,
    /// Problems the reader noticed but could work around (a replaced invalid byte, say).
    pub diagnostics: Vec<Diagnostic>,
}

impl RawDocument {
    pub fn new(text: String, format: SourceFormat, origin: Origin) -> RawDocument {
        RawDocument {
            id: None,
            text,
            given: Metadata::default(),
            given_by_caller: false,
            format,
            origin,
            diagnostics: Vec::new(),
        }
    }

    /// The caller's id; else, for a document read from its own file (or a record of one),
    /// the file's stem (with `#n` for the record); else a stable id derived from the content.
    pub fn resolved_id(&self) -> String {
        if let Some(id) = &self.id {
            return id.clone();
        }
        let stem = std::path::Path::new(&self.origin.path)
            .file_name()
            .map(|n| n.to_string_lossy().split('.').next().unwrap_or_default().to_string())
            .filter(|s| !s.is_empty());
        match (self.format, stem, self.origin.record) {
            (SourceFormat::Jsonl, _, _) | (_, None, _) => content_id(&self.text),
            (_, Some(stem), Some(n)) => format!("{stem}#{n}"),
            (_, Some(stem), None) => stem,
        }
    }
}

/// A stable id derived from a text: `doc-` and the first 16 hex digits of its SHA-256.
pub fn content_id(text: &str) -> String {
    let hash = content_hash(text);
    format!("doc-{}", &hash[..16])
}

/// The full SHA-256 of a text in hex, used to recognise a document already stored.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// How the publication date was found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DateHow {
    /// Stated by the caller.
    Given,
    /// From the page's or feed's metadata.
    Metadata,
    /// A full date in the dateline, byline or a header line.
    Header,
    /// A dateline without a year, the year chosen so the weekdays the article names fit.
    YearFromWeekday { weekday: String, evidence: String },
    /// A dateline without a year, the year nearest the reference date.
    NearestYear { reference: String },
    /// From the URL path.
    Url,
}

impl DateHow {
    /// A sentence for the report: how the date was found.
    pub fn describe(&self) -> String {
        match self {
            DateHow::Given => "given with the input".into(),
            DateHow::Metadata => "from the page's metadata".into(),
            DateHow::Header => "from a date line in the article's header".into(),
            DateHow::YearFromWeekday { weekday, evidence } => format!(
                "dateline had no year; year inferred because the article says \"{evidence}\" and that day was a {weekday}"
            ),
            DateHow::NearestYear { reference } => {
                format!("dateline had no year; nearest plausible year to {reference} assumed")
            }
            DateHow::Url => "from the URL".into(),
        }
    }

    /// True when the year was not stated but inferred.
    pub fn is_inferred(&self) -> bool {
        matches!(self, DateHow::YearFromWeekday { .. } | DateHow::NearestYear { .. })
    }
}

/// A publication date: the calendar day, and the full value when a time was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    pub date: NaiveDate,
    /// RFC 3339 date-time when one was given; the contract then prints it instead of `date`.
    pub datetime: Option<String>,
}

impl DateValue {
    pub fn day(date: NaiveDate) -> DateValue {
        DateValue { date, datetime: None }
    }

    /// The ISO form the contract prints.
    pub fn iso(&self) -> String {
        match &self.datetime {
            Some(dt) => dt.clone(),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// How the outlet was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutletHow {
    Given,
    Metadata,
    Dateline,
    Byline,
    Url,
    Credit,
}

impl OutletHow {
    pub fn describe(self) -> &'static str {
        match self {
            OutletHow::Given => "given with the input",
            OutletHow::Metadata => "from the page's metadata",
            OutletHow::Dateline => "from the dateline",
            OutletHow::Byline => "from the byline",
            OutletHow::Url => "from the URL",
            OutletHow::Credit => "from a credit line",
        }
    }
}

/// A value and how it was found, with the text that shows it when there is one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Found<T, H> {
    pub value: T,
    pub how: H,
    /// The range of the text that states it, when it came from the text.
    pub evidence: Option<Span>,
}

/// A cleaned document: one canonical text, the ranges of it that are the article, and its
/// metadata with provenance. Every span of every later stage points into `text`.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub format: SourceFormat,
    pub origin: Origin,
    pub url: Option<String>,
    /// Ranges of `text` that are the article itself, in order, without boilerplate.
    pub body: Vec<Span>,
    /// Ranges of `text` recognised as boilerplate, each with the kind of noise it is.
    pub removed: Vec<(Span, &'static str)>,
    pub title: Option<Found<String, &'static str>>,
    pub authors: Vec<String>,
    pub outlet: Option<Found<String, OutletHow>>,
    /// The wire agency named in the dateline ("(UPI)", "(Reuters)"), when there is one: the
    /// original source of syndicated copy, whoever published it.
    pub agency: Option<String>,
    pub published: Option<Found<DateValue, DateHow>>,
    /// ISO 639-1 code, or `None` when unknown.
    pub language: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// An English plain-text document `id` over `text` with the `body` ranges given and nothing
    /// else known (no title, outlet, date or diagnostics): what code that starts from bare text,
    /// such as a test, analyses.
    pub fn plain(id: &str, text: &str, body: Vec<Span>) -> Document {
        Document {
            id: id.to_string(),
            text: text.to_string(),
            format: SourceFormat::Text,
            origin: Origin::default(),
            url: None,
            body,
            removed: Vec::new(),
            title: None,
            authors: Vec::new(),
            outlet: None,
            agency: None,
            published: None,
            language: Some("en".into()),
            diagnostics: Vec::new(),
        }
    }

    /// The body ranges joined by blank lines: what a reader of the article sees.
    pub fn body_text(&self) -> String {
        let parts: Vec<&str> = self.body.iter().map(|s| s.of(&self.text)).collect();
        parts.join("\n\n")
    }

    pub fn is_english(&self) -> bool {
        self.language.as_deref() == Some("en")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

/// A token: a range of the document's text and its coarse kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Sentences and tokens of a document's body. Tokens are in text order; sentence `i` owns
/// tokens `sentence_tokens[i]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextAnalysis {
    pub sentences: Vec<Span>,
    pub tokens: Vec<Token>,
    pub sentence_tokens: Vec<std::ops::Range<usize>>,
}

impl TextAnalysis {
    /// The tokens of sentence `i`.
    pub fn tokens_of(&self, sentence: usize) -> &[Token] {
        &self.tokens[self.sentence_tokens[sentence].clone()]
    }

    /// The index of the sentence holding byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }
}
