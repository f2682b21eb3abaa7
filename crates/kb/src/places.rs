//! Places: cities of 15,000 people or more and first-level regions, ranked by population.

use std::collections::HashMap;

use crate::KbError;
use crate::key::{form_key, query_keys};
use crate::tsv;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    City,
    /// A first-level administrative division: a state, province, oblast or region.
    Region,
}

/// One city or region.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The knowledge-base key: `city:<geonameid>` or `region:<CC>-<slug>`.
    pub key: String,
    pub kind: PlaceKind,
    pub name: String,
    /// ASCII spellings and well-known English alternates: "Kiev", "Bombay".
    pub alt_names: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// GeoNames first-level division code, for cities.
    pub admin1: Option<String>,
    /// Zero when unknown (regions).
    pub population: u64,
    /// Latitude and longitude in degrees, for cities.
    pub coordinates: Option<(f64, f64)>,
    /// True for a national capital.
    pub capital: bool,
}

/// The place table with a name index ranked by population.
#[derive(Debug, Default)]
pub struct Places {
    places: Vec<Place>,
    by_key: HashMap<String, usize>,
    by_name: HashMap<String, Vec<u32>>,
}

impl Places {
    /// Parses a table in the `places.tsv` format.
    pub fn parse(tsv: &str) -> Result<Places, KbError> {
        let mut table = Places::default();
        for row in tsv::rows("places", tsv, 10) {
            let (line, c) = row?;
            let kind = match c[1] {
                "city" => PlaceKind::City,
                "region" => PlaceKind::Region,
                other => {
                    let reason = format!("unknown place kind {other:?}");
                    return Err(KbError::Row { table: "places", line, reason });
                }
            };
            let lat: Option<f64> = tsv::number("places", line, c[7])?;
            let lon: Option<f64> = tsv::number("places", line, c[8])?;
            table.places.push(Place {
                key: c[0].to_string(),
                kind,
                name: c[2].to_string(),
                alt_names: tsv::list(c[3]),
                country: c[4].to_string(),
                admin1: tsv::opt(c[5]),
                population: tsv::number("places", line, c[6])?.unwrap_or(0),
                coordinates: lat.zip(lon),
                capital: c[9] == "1",
            });
        }
        table.index();
        Ok(table)
    }

    fn index(&mut self) {
        for (i, place) in self.places.iter().enumerate() {
            self.by_key.insert(place.key.clone(), i);
            let mut keys: Vec<String> =
                std::iter::once(&place.name).chain(&place.alt_names).map(|n| form_key(n)).collect();
            keys.dedup();
            for key in keys {
                self.by_name.entry(key).or_default().push(i as u32);
            }
        }
        let places = &self.places;
        for ids in self.by_name.values_mut() {
            ids.sort_by_key(|&i| {
                let p = &places[i as usize];
                (std::cmp::Reverse(p.capital), std::cmp::Reverse(p.population), i)
            });
            ids.dedup();
        }
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Place> {
        self.places.iter()
    }

    /// By knowledge-base key: `city:1871859`, `region:US-CA`.
    pub fn by_key(&self, key: &str) -> Option<&Place> {
        self.by_key.get(key).map(|&i| &self.places[i])
    }

    /// Every place with this name or alternate, national capitals first, then by population.
    pub fn by_name(&self, name: &str) -> Vec<&Place> {
        let ids = query_keys(name).iter().find_map(|k| self.by_name.get(k));
        ids.map(|ids| ids.iter().map(|&i| &self.places[i as usize]).collect()).unwrap_or_default()
    }
}
