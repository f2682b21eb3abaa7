//! Plain-text articles: one scraped article per file, kept exactly as written (decoded to
//! UTF-8), so that every offset points at what the user has.

use crate::{Item, bytes::decode_text};
use parallax_model::{Origin, RawDocument, SourceFormat};

pub fn read(data: &[u8], origin: Origin, sink: &mut dyn FnMut(Item)) {
    let (text, warning) = decode_text(data, None);
    let mut doc = RawDocument::new(text, SourceFormat::Text, origin.clone());
    doc.diagnostics.extend(warning.map(|w| w.at(origin)));
    sink(Item::Doc(Box::new(doc)));
}
