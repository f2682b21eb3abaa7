//! The knowledge base: what parallax knows about the world before it reads an article.
//!
//! Each table is generated or curated data under `data/`, embedded in the binary and parsed
//! once on first use. The [`outlets`] table names news outlets with their domains and dateline
//! forms; it is what cleaning uses to recognise who published an article.

pub mod outlets;

pub use outlets::{Outlet, OutletKind, Outlets};
