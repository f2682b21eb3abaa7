//! Organisations: international bodies and government bodies by country.

use std::collections::HashMap;

use crate::KbError;
use crate::key::{form_key, query_keys};
use crate::tsv;

/// One organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Org {
    /// Stable identifier: "nato", "ru-foreign-ministry".
    pub slug: String,
    pub name: String,
    /// Acronyms and other names: "NATO", "Russian Foreign Ministry", "Kremlin".
    pub aliases: Vec<String>,
    /// What it is: "international", "foreign_ministry", "central_bank", "legislature", ...
    pub kind: String,
    /// ISO 3166-1 alpha-2 code of the country it belongs to; `None` for international bodies.
    pub country: Option<String>,
}

impl Org {
    /// The knowledge-base key: `org:nato`.
    pub fn kb_key(&self) -> String {
        format!("org:{}", self.slug)
    }
}

/// The organisation table with its lookups.
#[derive(Debug, Default)]
pub struct Orgs {
    orgs: Vec<Org>,
    by_slug: HashMap<String, usize>,
    by_name: HashMap<String, Vec<u32>>,
}

impl Orgs {
    /// Parses a table in the `orgs.tsv` format.
    pub fn parse(tsv: &str) -> Result<Orgs, KbError> {
        let mut table = Orgs::default();
        for row in tsv::rows("orgs", tsv, 5) {
            let (_, c) = row?;
            table.push(Org {
                slug: c[0].to_string(),
                name: c[1].to_string(),
                aliases: tsv::list(c[2]),
                kind: c[3].to_string(),
                country: tsv::opt(c[4]),
            });
        }
        Ok(table)
    }

    fn push(&mut self, org: Org) {
        let idx = self.orgs.len();
        self.by_slug.insert(org.slug.clone(), idx);
        for name in std::iter::once(&org.name).chain(&org.aliases) {
            let ids = self.by_name.entry(form_key(name)).or_default();
            if !ids.contains(&(idx as u32)) {
                ids.push(idx as u32);
            }
        }
        self.orgs.push(org);
    }

    pub fn len(&self) -> usize {
        self.orgs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.orgs.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Org> {
        self.orgs.iter()
    }

    /// By slug: "nato".
    pub fn by_slug(&self, slug: &str) -> Option<&Org> {
        self.by_slug.get(slug).map(|&i| &self.orgs[i])
    }

    /// Every organisation with this name or alias, in table order (international bodies
    /// first). Generic names ("Senate", "National Assembly") return one per country.
    pub fn by_name(&self, name: &str) -> Vec<&Org> {
        self.by_keys(&query_keys(name))
    }

    /// [`Orgs::by_name`] of a name whose [`query_keys`] are known.
    pub fn by_keys(&self, keys: &[String]) -> Vec<&Org> {
        let ids = keys.iter().find_map(|k| self.by_name.get(k));
        ids.map(|ids| ids.iter().map(|&i| &self.orgs[i as usize]).collect()).unwrap_or_default()
    }
}
