//! Per-document problems as data: the run goes on and the summary counts them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a document (or a problem) came from: a file, and the line or record inside it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Origin {
    pub path: String,
    /// 1-based line (JSON Lines) or record number (WARC, feed item), when the file holds several.
    pub record: Option<usize>,
}

impl Origin {
    pub fn file(path: impl Into<String>) -> Origin {
        Origin { path: path.into(), record: None }
    }

    pub fn record(path: impl Into<String>, record: usize) -> Origin {
        Origin { path: path.into(), record: Some(record) }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.record {
            Some(n) => write!(f, "{}:{}", self.path, n),
            None => write!(f, "{}", self.path),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Warning,
    Error,
}

/// Why a document was not analysed. The run summary counts documents by these reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    Unreadable,
    Binary,
    Empty,
    TooLarge,
    Truncated,
    Malformed,
    NoArticle,
    Duplicate,
    NotEnglish,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::Unreadable => "unreadable",
            SkipReason::Binary => "binary",
            SkipReason::Empty => "empty",
            SkipReason::TooLarge => "too large",
            SkipReason::Truncated => "truncated",
            SkipReason::Malformed => "malformed",
            SkipReason::NoArticle => "no article",
            SkipReason::Duplicate => "duplicate",
            SkipReason::NotEnglish => "not English",
        }
    }
}

/// One problem with one input: where, how bad, why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: Level,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub origin: Option<Origin>,
    /// Set when the problem means the input was skipped.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub skip: Option<SkipReason>,
}

impl Diagnostic {
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic { level: Level::Warning, message: message.into(), origin: None, skip: None }
    }

    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic { level: Level::Error, message: message.into(), origin: None, skip: None }
    }

    /// An error that means the input at `origin` was skipped for `reason`.
    pub fn skipped(origin: Origin, reason: SkipReason, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Error,
            message: message.into(),
            origin: Some(origin),
            skip: Some(reason),
        }
    }

    pub fn at(mut self, origin: Origin) -> Diagnostic {
        self.origin = Some(origin);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Warning => "warning",
            Level::Error => "error",
        };
        match &self.origin {
            Some(origin) => write!(f, "{level}: {origin}: {}", self.message),
            None => write!(f, "{level}: {}", self.message),
        }
    }
}
