//! JSON Lines in the contract's input format, streamed line by line (gzip transparently):
//! a bad line is reported with its number and the rest of the file is still read.

use crate::{Item, ReadOptions, bytes};
use parallax_model::contract::InputRecord;
use parallax_model::{Diagnostic, Metadata, Origin, RawDocument, SkipReason, SourceFormat};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

pub fn read_path(path: &Path, origin: Origin, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    if let Some((reader, origin)) = bytes::open_or_report(path, origin, sink) {
        read(reader, origin, opts, sink);
    }
}

/// Reads records from any reader; `origin` names the file, records are numbered by line.
pub fn read(reader: impl Read, origin: Origin, opts: &ReadOptions, sink: &mut dyn FnMut(Item)) {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        number += 1;
        let at = Origin::record(origin.path.clone(), number);
        match read_line(&mut reader, &mut line, opts.max_record_bytes) {
            Ok(0) => return,
            Ok(_) => {}
            Err(LineError::TooLong) => {
                let why = format!("line longer than {} MiB", opts.max_record_bytes >> 20);
                sink(Item::Problem(Diagnostic::skipped(at, SkipReason::TooLarge, why)));
                continue;
            }
            Err(LineError::Io(e)) => {
                let why = format!("input ends in the middle of the data: {e}");
                return sink(Item::Problem(Diagnostic::skipped(at, SkipReason::Truncated, why)));
            }
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        sink(parse_record(&line, at));
    }
}

enum LineError {
    TooLong,
    Io(std::io::Error),
}

/// Reads one line (without its newline) into `buf`; an over-long line is consumed and
/// reported rather than loaded.
fn read_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> Result<usize, LineError> {
    let mut total = 0;
    let mut too_long = false;
    loop {
        let chunk = reader.fill_buf().map_err(LineError::Io)?;
        if chunk.is_empty() {
            break;
        }
        let (take, done) = match memchr_newline(chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        total += take;
        if !too_long && buf.len() + take <= limit + 1 {
            buf.extend_from_slice(&chunk[..take]);
        } else {
            too_long = true;
            buf.clear();
        }
        reader.consume(take);
        if done {
            break;
        }
    }
    if too_long {
        return Err(LineError::TooLong);
    }
    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        buf.pop();
    }
    Ok(total)
}

fn memchr_newline(chunk: &[u8]) -> Option<usize> {
    memchr::memchr(b'\n', chunk)
}

fn parse_record(line: &[u8], at: Origin) -> Item {
    let text = match std::str::from_utf8(line) {
        Ok(text) => text,
        Err(e) => {
            let why = format!("not valid UTF-8 at byte {}", e.valid_up_to());
            return Item::Problem(Diagnostic::skipped(at, SkipReason::Malformed, why));
        }
    };
    let record: InputRecord = match serde_json::from_str(text) {
        Ok(record) => record,
        Err(e) => {
            let why = format!("malformed JSON record: {e}");
            return Item::Problem(Diagnostic::skipped(at, SkipReason::Malformed, why));
        }
    };
    if record.text.trim().is_empty() {
        let why = "record has an empty \"text\"";
        return Item::Problem(Diagnostic::skipped(at, SkipReason::Empty, why));
    }
    Item::Doc(Box::new(from_record(record, at)))
}

/// A raw document from a contract input record: the caller's metadata is trusted as given.
pub fn from_record(record: InputRecord, origin: Origin) -> RawDocument {
    let mut doc = RawDocument::new(record.text, SourceFormat::Jsonl, origin);
    doc.id = record.id;
    doc.given = Metadata {
        title: record.title,
        published: record.published,
        outlet: record.outlet,
        url: record.url,
        authors: Vec::new(),
    };
    doc.given_by_caller = true;
    doc
}
