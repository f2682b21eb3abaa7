//! Every surface form of the knowledge base, for gazetteer matching.

use crate::{Kb, PlaceKind};

/// What kind of entry a surface form names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FormKind {
    Country,
    /// A demonym or adjective of a country: "Russian", "Americans".
    Norp,
    City,
    Region,
    Person,
    Org,
    Outlet,
}

/// One surface form with the entry it names.
#[derive(Clone, Debug, PartialEq)]
pub struct SurfaceForm<'a> {
    /// The text as written in the table: "North Korea", "DPRK", "U.S.".
    pub text: &'a str,
    pub kind: FormKind,
    /// The knowledge-base key of the entry: `country:KP`.
    pub key: String,
}

impl Kb {
    /// Every name, alias, spelling and demonym with its kind and key. A text may appear
    /// more than once with different keys ("Senate" for many countries); lower-case outlet
    /// codes such as "fox" or "nyt" are left out because they are ordinary words in text.
    pub fn surface_forms(&self) -> impl Iterator<Item = SurfaceForm<'_>> {
        let countries = self.countries.iter().flat_map(|c| {
            let key = c.kb_key();
            let names = std::iter::once(&c.name).chain(&c.names);
            let names = names.map(move |n| (n.as_str(), FormKind::Country, key.clone()));
            let norp_key = c.kb_key();
            names.chain(c.norp.iter().map(move |n| (n.as_str(), FormKind::Norp, norp_key.clone())))
        });
        let places = self.places.iter().flat_map(|p| {
            let kind = if p.kind == PlaceKind::City { FormKind::City } else { FormKind::Region };
            let names = std::iter::once(&p.name).chain(&p.alt_names);
            names.map(move |n| (n.as_str(), kind, p.key.clone()))
        });
        let people = self.people.iter().flat_map(|p| {
            let names = std::iter::once(&p.name).chain(&p.aliases);
            names.map(move |n| (n.as_str(), FormKind::Person, p.kb_key()))
        });
        let orgs = self.orgs.iter().flat_map(|o| {
            let names = std::iter::once(&o.name).chain(&o.aliases);
            names.map(move |n| (n.as_str(), FormKind::Org, o.kb_key()))
        });
        let outlets = self.outlets.iter().flat_map(|o| {
            let names = std::iter::once(&o.name).chain(&o.aliases);
            let names = names.filter(|n| n.chars().any(char::is_uppercase));
            names.map(move |n| (n.as_str(), FormKind::Outlet, Kb::outlet_key(o)))
        });
        countries
            .chain(places)
            .chain(people)
            .chain(orgs)
            .chain(outlets)
            .map(|(text, kind, key)| SurfaceForm { text, kind, key })
    }
}
