//! Readers: turn the files people have into [`RawDocument`]s.
//!
//! One module per input format, listed once in [`Format`]. A reader never panics and never
//! stops the run: every problem becomes an [`Item::Problem`] naming the file, the line or
//! record, and the reason. Gzip is read transparently; text is decoded by its declared or
//! detected encoding.
//!
//! To add a format: write a module with a `read(bytes_or_reader, origin, opts, sink)` function,
//! add a variant to [`Format`], and teach [`Format::detect`] its extension and signature.

mod bytes;
pub mod feed;
pub mod html;
pub mod jsonl;
pub mod text;
pub mod walk;
pub mod warc;

use parallax_model::{Diagnostic, Origin, RawDocument, SkipReason};
use std::path::Path;

pub use bytes::{decode_text, open as open_input};
pub use walk::input_files;

/// What a reader hands on: a document, or a problem with part of the input.
#[derive(Debug)]
pub enum Item {
    Doc(Box<RawDocument>),
    /// A problem; when its `skip` is set, something was skipped and the summary counts it.
    Problem(Diagnostic),
}

/// Limits that keep one bad file from hurting a run.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Largest single-article file (text, HTML) accepted, after decompression.
    pub max_article_bytes: usize,
    /// Largest single record (a JSON line, a WARC record, a feed file).
    pub max_record_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions { max_article_bytes: 16 << 20, max_record_bytes: 32 << 20 }
    }
}

/// The input formats parallax reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Html,
    Warc,
    Feed,
}

impl Format {
    /// The format of a file, from its name (ignoring a `.gz` suffix) or, failing that, from
    /// the first bytes of its (decompressed) content.
    pub fn detect(path: &Path, head: &[u8]) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        let by_ext = match ext {
            "txt" | "text" | "md" => Some(Format::Text),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
            "warc" | "arc" => Some(Format::Warc),
            "rss" | "atom" | "xml" | "feed" => Some(Format::Feed),
            _ => None,
        };
        by_ext.or_else(|| Format::sniff(head))
    }

    fn sniff(head: &[u8]) -> Option<Format> {
        let start = String::from_utf8_lossy(&head[..head.len().min(512)]).to_ascii_lowercase();
        let start = start.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with("warc/") {
            Some(Format::Warc)
        } else if start.starts_with("<?xml") && (start.contains("<rss") || start.contains("<feed"))
            || start.starts_with("<rss")
            || start.starts_with("<feed")
        {
            Some(Format::Feed)
        } else if start.starts_with("<!doctype html") || start.starts_with("<html") {
            Some(Format::Html)
        } else if start.starts_with('{') {
            Some(Format::Jsonl)
        } else {
            None
        }
    }
}

/// Reads every supported file under `paths` (files or folders), in a stable order, handing
/// each document or problem to `sink`.
pub fn read_paths(paths: &[impl AsRef<Path>], opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    for path in paths {
        let path = path.as_ref();
        match input_files(path) {
            Ok(files) => {
                for file in files {
                    read_file(&file, opts, sink);
                }
            }
            Err(e) => sink(Item::Problem(Diagnostic::skipped(
                Origin::file(path.display().to_string()),
                SkipReason::Unreadable,
                format!("cannot read: {e}"),
            ))),
        }
    }
}

/// Reads one file of any supported format.
pub fn read_file(path: &Path, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    let origin = Origin::file(path.display().to_string());
    if bytes::is_gzip_path(path) || matches!(bytes::peek(path), Ok(ref h) if bytes::is_gzip(h)) {
        // Record-oriented formats stream; single-article formats load with a size limit.
        let head = bytes::peek_gzip(path).unwrap_or_default();
        return match Format::detect(path, &head) {
            Some(Format::Jsonl) => jsonl::read_path(path, origin, opts, sink),
            Some(Format::Warc) => warc::read_path(path, origin, opts, sink),
            format => read_whole(path, format, origin, opts, sink),
        };
    }
    let head = bytes::peek(path).unwrap_or_default();
    match Format::detect(path, &head) {
        Some(Format::Jsonl) => jsonl::read_path(path, origin, opts, sink),
        Some(Format::Warc) => warc::read_path(path, origin, opts, sink),
        format => read_whole(path, format, origin, opts, sink),
    }
}

fn read_whole(
    path: &Path,
    format: Option<Format>,
    origin: Origin,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item),
) {
    let limit = match format {
        Some(Format::Feed) => opts.max_record_bytes,
        _ => opts.max_article_bytes,
    };
    let data = match bytes::load(path, limit) {
        Ok(data) => data,
        Err(problem) => return sink(Item::Problem(problem.into_diagnostic(origin))),
    };
    read_bytes(&data, format, origin, opts, sink);
}

/// Reads an in-memory file whose format is known (or `None` to sniff it).
pub fn read_bytes(
    data: &[u8],
    format: Option<Format>,
    origin: Origin,
    opts: &ReadOptions,
    sink: &mut dyn FnMut(Item),
) {
    if data.iter().all(u8::is_ascii_whitespace) {
        return sink(Item::Problem(Diagnostic::skipped(origin, SkipReason::Empty, "empty file")));
    }
    if bytes::looks_binary(data) {
        let reason = "binary content (control bytes), not text";
        return sink(Item::Problem(Diagnostic::skipped(origin, SkipReason::Binary, reason)));
    }
    match format.or_else(|| Format::sniff(data)).unwrap_or(Format::Text) {
        Format::Text => text::read(data, origin, sink),
        Format::Html => html::read(data, None, None, origin, sink),
        Format::Feed => feed::read(data, origin, sink),
        Format::Jsonl => jsonl::read(std::io::Cursor::new(data), origin, opts, sink),
        Format::Warc => warc::read(std::io::Cursor::new(data), origin, opts, sink),
    }
}

#[cfg(test)]
mod tests;
