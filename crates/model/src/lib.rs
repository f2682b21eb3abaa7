//! The nouns every parallax stage shares.
//!
//! Documents flow through the pipeline in this order of types:
//! [`RawDocument`] (what a reader found) → [`Document`] (one canonical text, its body ranges and
//! metadata) → [`TextAnalysis`] (sentences and tokens) → [`Annotations`] (entities, quotes, time
//! expressions, events) → [`AnnotatedDocument`]. Every span is a byte range into
//! [`Document::text`]; the JSON edge ([`contract`]) converts to Unicode code points.

pub mod annotation;
pub mod contract;
pub mod diagnostic;
pub mod document;
pub mod offsets;
pub mod span;
pub mod stored;

pub use annotation::{
    AnnotatedDocument, Annotations, EntityRow, Event, Factuality, Mention, Quote, QuoteKind,
    SpanRef, Timex, TimexType,
};
pub use diagnostic::{Diagnostic, Level, Origin, SkipReason};
pub use document::{
    DateHow, DateValue, Document, Found, Metadata, OutletHow, RawDocument, SourceFormat,
    TextAnalysis, Token, TokenKind, content_hash, content_id,
};
pub use offsets::OffsetMap;
pub use span::Span;
pub use stored::{Provenance, StoredDocument, StoryMembers};
