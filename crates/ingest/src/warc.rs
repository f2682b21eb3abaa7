//! WARC files of crawled news pages (the Common Crawl news format): `response` records whose
//! payload is an HTTP response holding HTML. Records are numbered from 1 in file order; a record
//! cut short is reported with its number, and everything before it is kept.

use crate::{Item, ReadOptions, bytes, html};
use parallax_model::{Diagnostic, Origin, SkipReason};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

pub fn read_path(path: &Path, origin: Origin, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    if let Some((reader, origin)) = bytes::open_or_report(path, origin, sink) {
        read(reader, origin, opts, sink);
    }
}

/// One WARC record's named headers and payload.
struct Record {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

pub fn read(reader: impl Read, origin: Origin, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    for number in 1.. {
        let at = Origin::record(origin.path.clone(), number);
        match next_record(&mut reader, opts.max_record_bytes) {
            Ok(None) => return,
            Ok(Some(record)) => handle(record, at, sink),
            Err((reason, why)) => {
                let stop = reason != SkipReason::TooLarge;
                sink(Item::Problem(Diagnostic::skipped(at, reason, why)));
                if stop {
                    return;
                }
            }
        }
    }
}

type RecordError = (SkipReason, String);

fn next_record(reader: &mut impl BufRead, limit: usize) -> Result<Option<Record>, RecordError> {
    let io = |e: std::io::Error| (SkipReason::Truncated, format!("WARC data cut short: {e}"));
    let mut line = String::new();
    // Skip the blank lines that end the previous record.
    loop {
        line.clear();
        if read_line(reader, &mut line).map_err(io)? == 0 {
            return Ok(None);
        }
        if !line.trim().is_empty() {
            break;
        }
    }
    if !line.starts_with("WARC/") {
        let why = format!("expected a WARC record, found {:?}", truncate(line.trim(), 40));
        return Err((SkipReason::Malformed, why));
    }
    let mut headers = Vec::new();
    loop {
        line.clear();
        if read_line(reader, &mut line).map_err(io)? == 0 {
            return Err((SkipReason::Truncated, "WARC record ends inside its headers".into()));
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let record = Record { headers, body: Vec::new() };
    let length: usize = record
        .header("Content-Length")
        .and_then(|v| v.parse().ok())
        .ok_or((SkipReason::Malformed, "WARC record has no valid Content-Length".to_string()))?;
    if length > limit {
        std::io::copy(&mut reader.take(length as u64), &mut std::io::sink()).map_err(io)?;
        let why = format!("WARC record larger than {} MiB", limit >> 20);
        return Err((SkipReason::TooLarge, why));
    }
    let mut body = Vec::with_capacity(length);
    reader.take(length as u64).read_to_end(&mut body).map_err(io)?;
    if body.len() < length {
        let why = format!("WARC record cut short: {} of {length} bytes", body.len());
        return Err((SkipReason::Truncated, why));
    }
    Ok(Some(Record { body, ..record }))
}

fn read_line(reader: &mut impl BufRead, line: &mut String) -> std::io::Result<usize> {
    let mut raw = Vec::new();
    let n = reader.by_ref().take(64 * 1024).read_until(b'\n', &mut raw)?;
    line.push_str(&String::from_utf8_lossy(&raw));
    Ok(n)
}

fn truncate(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Turns a `response` record holding an HTML page into a document; other record types
/// (warcinfo, request, metadata) carry no article and are passed over.
fn handle(record: Record, at: Origin, sink: &mut dyn FnMut(Item)) {
    if !record.header("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response")) {
        return;
    }
    let url = record.header("WARC-Target-URI").map(str::to_string);
    let Some((status, content_type, body)) = split_http(&record.body) else {
        let why = "response record does not hold an HTTP response";
        return sink(Item::Problem(Diagnostic::skipped(at, SkipReason::Malformed, why)));
    };
    if !(200..300).contains(&status) {
        let why = format!("HTTP status {status}, not a page");
        return sink(Item::Problem(Diagnostic::skipped(at, SkipReason::NoArticle, why)));
    }
    let content_type = content_type.unwrap_or_default().to_ascii_lowercase();
    if !content_type.is_empty() && !content_type.contains("html") {
        let why = format!("not an HTML page ({content_type})");
        return sink(Item::Problem(Diagnostic::skipped(at, SkipReason::NoArticle, why)));
    }
    let charset = content_type.split("charset=").nth(1).map(|c| c.trim_matches(['"', ' ', ';']));
    html::read(body, charset, url, at, sink);
}

/// The status code, content type and body of an HTTP response.
fn split_http(payload: &[u8]) -> Option<(u16, Option<String>, &[u8])> {
    let end = payload
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| payload.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&payload[..end.0]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let content_type = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.trim().to_string());
    Some((status, content_type, &payload[end.1..]))
}
