//! Countries and territories: names, spellings, abbreviations, demonyms and capitals.

use std::collections::HashMap;

use crate::KbError;
use crate::key::{form_key, query_keys};
use crate::tsv;

/// One country or territory of ISO 3166-1.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code: "KP".
    pub code: String,
    /// ISO 3166-1 alpha-3 code: "PRK".
    pub alpha3: String,
    /// Canonical English name: "North Korea".
    pub name: String,
    /// Other names, spellings and abbreviations: "DPRK", "Democratic People's Republic of Korea".
    pub names: Vec<String>,
    /// Demonyms and adjectives (NORP forms): "North Korean", "North Koreans".
    pub norp: Vec<String>,
    pub capitals: Vec<String>,
    pub population: u64,
}

impl Country {
    /// The knowledge-base key: `country:KP`.
    pub fn kb_key(&self) -> String {
        format!("country:{}", self.code)
    }
}

/// A country found by a surface form, with whether the form was a demonym or adjective.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CountryMatch<'a> {
    pub country: &'a Country,
    /// True for NORP forms ("Russian", "Americans"), false for names ("Russia").
    pub norp: bool,
}

/// The country table with its lookups.
#[derive(Debug, Default)]
pub struct Countries {
    countries: Vec<Country>,
    by_code: HashMap<String, usize>,
    by_key: HashMap<String, (usize, bool)>,
}

impl Countries {
    /// Parses a table in the `countries.tsv` format.
    pub fn parse(tsv: &str) -> Result<Countries, KbError> {
        let mut table = Countries::default();
        for row in tsv::rows("countries", tsv, 7) {
            let (line, c) = row?;
            let population = tsv::number("countries", line, c[6])?.unwrap_or(0);
            table.push(Country {
                code: c[0].to_string(),
                alpha3: c[1].to_string(),
                name: c[2].to_string(),
                names: tsv::list(c[3]),
                norp: tsv::list(c[4]),
                capitals: tsv::list(c[5]),
                population,
            });
        }
        Ok(table)
    }

    fn push(&mut self, country: Country) {
        let idx = self.countries.len();
        self.by_code.insert(country.code.clone(), idx);
        for name in std::iter::once(&country.name).chain(&country.names) {
            self.by_key.entry(form_key(name)).or_insert((idx, false));
        }
        for norp in &country.norp {
            self.by_key.entry(form_key(norp)).or_insert((idx, true));
        }
        self.countries.push(country);
    }

    pub fn len(&self) -> usize {
        self.countries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.countries.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Country> {
        self.countries.iter()
    }

    /// By ISO alpha-2 code, in any case: "KP", "kp".
    pub fn by_code(&self, code: &str) -> Option<&Country> {
        let code = code.trim().to_ascii_uppercase();
        self.by_code.get(&code).map(|&i| &self.countries[i])
    }

    /// By any name, spelling, abbreviation, demonym or adjective: "DPRK", "U.S.", "Russian".
    pub fn lookup(&self, name: &str) -> Option<CountryMatch<'_>> {
        self.lookup_keys(&query_keys(name))
    }

    /// [`Countries::lookup`] of a name whose [`query_keys`] are known, so that several tables
    /// can be asked with the keys made once.
    pub fn lookup_keys(&self, keys: &[String]) -> Option<CountryMatch<'_>> {
        keys.iter()
            .find_map(|k| self.by_key.get(k))
            .map(|&(i, norp)| CountryMatch { country: &self.countries[i], norp })
    }

    /// The country whose capital this is: "Pyongyang" gives North Korea.
    pub fn with_capital(&self, city: &str) -> Option<&Country> {
        let key = form_key(city);
        self.countries.iter().find(|c| c.capitals.iter().any(|cap| form_key(cap) == key))
    }
}
