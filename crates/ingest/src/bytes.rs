//! Bytes from disk: gzip read transparently, size limits, binary detection, and decoding to
//! UTF-8 by the declared or detected encoding.

use flate2::read::MultiGzDecoder;
use parallax_model::{Diagnostic, Origin, SkipReason};
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Why a file could not be loaded.
pub enum LoadProblem {
    Io(io::Error),
    TooLarge(usize),
    Truncated(io::Error),
}

impl LoadProblem {
    pub fn into_diagnostic(self, origin: Origin) -> Diagnostic {
        match self {
            LoadProblem::Io(e) => {
                Diagnostic::skipped(origin, SkipReason::Unreadable, format!("cannot read: {e}"))
            }
            LoadProblem::TooLarge(limit) => Diagnostic::skipped(
                origin,
                SkipReason::TooLarge,
                format!("larger than the {} MiB limit for one article", limit >> 20),
            ),
            LoadProblem::Truncated(e) => Diagnostic::skipped(
                origin,
                SkipReason::Truncated,
                format!("compressed data is cut short or corrupt: {e}"),
            ),
        }
    }
}

pub fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

pub fn is_gzip_path(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// The first 4 KiB of a file.
pub fn peek(path: &Path) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(4096);
    File::open(path)?.take(4096).read_to_end(&mut head)?;
    Ok(head)
}

/// The first 4 KiB of a gzip file's decompressed content (as much as can be read).
pub fn peek_gzip(path: &Path) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(4096);
    let mut reader = MultiGzDecoder::new(File::open(path)?).take(4096);
    let _ = reader.read_to_end(&mut head);
    Ok(head)
}

/// A reader over a file's content, decompressing gzip when the file starts with its magic.
pub fn open(path: &Path) -> io::Result<Box<dyn Read>> {
    let file = File::open(path)?;
    if is_gzip(&peek(path)?) { Ok(Box::new(MultiGzDecoder::new(file))) } else { Ok(Box::new(file)) }
}

/// Opens a file for streaming, or hands the sink a diagnostic saying why it cannot be read.
pub fn open_or_report(
    path: &Path,
    origin: Origin,
    sink: &mut dyn FnMut(crate::Item),
) -> Option<(Box<dyn Read>, Origin)> {
    match open(path) {
        Ok(reader) => Some((reader, origin)),
        Err(e) => {
            let why = format!("cannot read: {e}");
            sink(crate::Item::Problem(Diagnostic::skipped(origin, SkipReason::Unreadable, why)));
            None
        }
    }
}

/// Loads a whole file (decompressed), refusing more than `limit` bytes.
pub fn load(path: &Path, limit: usize) -> Result<Vec<u8>, LoadProblem> {
    let gz = is_gzip(&peek(path).map_err(LoadProblem::Io)?);
    let reader = open(path).map_err(LoadProblem::Io)?;
    let mut data = Vec::new();
    let read = reader.take(limit as u64 + 1).read_to_end(&mut data);
    match read {
        Err(e) if gz => return Err(LoadProblem::Truncated(e)),
        Err(e) => return Err(LoadProblem::Io(e)),
        Ok(_) => {}
    }
    if data.len() > limit {
        return Err(LoadProblem::TooLarge(limit));
    }
    Ok(data)
}

/// True when the bytes are not text: NUL bytes or many control characters near the start.
/// UTF-16 text (which has NULs) is recognised by its byte-order mark first.
pub fn looks_binary(data: &[u8]) -> bool {
    if data.starts_with(&[0xff, 0xfe]) || data.starts_with(&[0xfe, 0xff]) {
        return false;
    }
    let head = &data[..data.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    head.contains(&0) || control * 20 > head.len()
}

/// Decodes bytes to a string: by byte-order mark, else by the declared charset label, else
/// as UTF-8 when valid, else by detection. Returns a warning when the bytes were not what
/// they claimed to be or had to be guessed.
pub fn decode_text(data: &[u8], declared: Option<&str>) -> (String, Option<Diagnostic>) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(data) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&data[bom_len..]);
        return (text.into_owned(), had_errors.then(|| malformed(encoding.name())));
    }
    let declared = declared.and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes()));
    if let Some(encoding) = declared.filter(|e| *e != encoding_rs::UTF_8) {
        let (text, had_errors) = encoding.decode_without_bom_handling(data);
        return (text.into_owned(), had_errors.then(|| malformed(encoding.name())));
    }
    match std::str::from_utf8(data) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(data, true);
            let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
            let (text, _) = encoding.decode_without_bom_handling(data);
            let why = format!("not valid UTF-8; decoded as {} (detected)", encoding.name());
            (text.into_owned(), Some(Diagnostic::warning(why)))
        }
    }
}

fn malformed(encoding: &str) -> Diagnostic {
    Diagnostic::warning(format!("invalid {encoding} byte sequences replaced"))
}
