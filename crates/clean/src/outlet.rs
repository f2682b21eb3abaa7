//! Which outlet published a document: given, from metadata, from the dateline, from the
//! byline, from the URL or from a credit line, resolved through the outlet tables.

use crate::layout::Layout;
use parallax_kb::{Outlet, Outlets};
use parallax_model::{Found, OutletHow, RawDocument};

/// The outlet tables: an optional user table consulted first, then the built-in one.
pub struct Tables<'a> {
    pub extra: Option<&'a Outlets>,
    pub builtin: &'a Outlets,
}

impl Tables<'_> {
    fn first<'t>(&'t self, f: impl Fn(&'t Outlets) -> Option<&'t Outlet>) -> Option<&'t Outlet> {
        self.extra.and_then(&f).or_else(|| f(self.builtin))
    }

    pub fn by_code(&self, code: &str) -> Option<&Outlet> {
        self.first(|t| t.by_dateline_code(code))
    }

    fn by_name(&self, name: &str) -> Option<&Outlet> {
        self.first(|t| t.by_name(name))
    }

    /// True when `name` is an outlet's name or alias.
    pub fn is_outlet(&self, name: &str) -> bool {
        self.by_name(name).is_some()
    }

    fn by_host(&self, url: &str) -> Option<&Outlet> {
        self.first(|t| t.by_host(url))
    }

    /// The display name of a name as given: the table's name when known, else as given.
    fn canonical(&self, name: &str) -> String {
        self.by_name(name).map_or_else(|| name.trim().to_string(), |o| o.display_name().to_string())
    }
}

pub fn resolve(
    raw: &RawDocument,
    layout: &Layout,
    tables: &Tables,
) -> Option<Found<String, OutletHow>> {
    let found = |value: String, how| Some(Found { value, how, evidence: None });
    if let Some(name) = raw.given.outlet.as_deref().filter(|n| !n.trim().is_empty()) {
        let how = if raw.given_by_caller { OutletHow::Given } else { OutletHow::Metadata };
        // A site name is often decorated ("Harbor Ledger | Local news"); the URL may know better.
        let known = tables
            .by_name(name)
            .or_else(|| raw.given.url.as_deref().and_then(|u| tables.by_host(u)));
        return found(
            known.map_or_else(|| tables.canonical(name), |o| o.display_name().to_string()),
            how,
        );
    }
    if let Some((span, dateline)) = &layout.dateline
        && let Some(code) = &dateline.code
    {
        let name = tables.by_code(code).map_or(code.clone(), |o| o.display_name().to_string());
        return Some(Found { value: name, how: OutletHow::Dateline, evidence: Some(*span) });
    }
    let desk = layout.bylines.iter().enumerate().find_map(|(i, b)| Some((i, b.outlet.as_deref()?)));
    if let Some((i, name)) = desk {
        // The header byline is a byline; an "Authors:" line at the end is a credit line.
        let how = if i == 0 && layout.removed.iter().any(|(_, k)| *k == "byline") {
            OutletHow::Byline
        } else {
            OutletHow::Credit
        };
        return found(tables.canonical(name), how);
    }
    let by_url = raw.given.url.as_deref().and_then(|u| tables.by_host(u))?;
    found(by_url.display_name().to_string(), OutletHow::Url)
}
