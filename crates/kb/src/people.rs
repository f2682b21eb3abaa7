//! People: heads of state and government, foreign ministers, and their offices over time.

use std::collections::HashMap;

use crate::KbError;
use crate::key::{form_key, query_keys};
use crate::tsv;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
    /// Someone who represents a head of state: a governor-general, a governor, a prefect.
    Representative,
}

impl Position {
    fn parse(s: &str) -> Option<Position> {
        Some(match s {
            "head_of_state" => Position::HeadOfState,
            "head_of_government" => Position::HeadOfGovernment,
            "foreign_minister" => Position::ForeignMinister,
            "representative" => Position::Representative,
            _ => return None,
        })
    }
}

/// One office a person held or holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// The title as a phrase: "President", "Prime Minister", "Secretary of State".
    pub title: String,
    pub position: Position,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// ISO date (or year) the office began, when known.
    pub since: Option<String>,
    /// ISO date the office ended; `None` while held as of `as_of`.
    pub until: Option<String>,
    /// Year and month the source describes: "2026-01".
    pub as_of: String,
    /// "factbook" or "curated".
    pub source: String,
}

impl Role {
    /// True when the source says the office was still held at its `as_of` date.
    pub fn is_current(&self) -> bool {
        self.until.is_none()
    }
}

/// One person with every office the tables record.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// Stable identifier: "donald-j-trump".
    pub slug: String,
    pub name: String,
    /// Shorter or other spellings: "Donald Trump", "Sergei Lavrov".
    pub aliases: Vec<String>,
    pub roles: Vec<Role>,
}

impl Person {
    /// The knowledge-base key: `person:donald-j-trump`.
    pub fn kb_key(&self) -> String {
        format!("person:{}", self.slug)
    }
}

/// The people table with its lookups.
#[derive(Debug, Default)]
pub struct People {
    people: Vec<Person>,
    by_slug: HashMap<String, usize>,
    by_name: HashMap<String, Vec<u32>>,
}

impl People {
    /// Parses a table in the `people.tsv` format; rows with the same slug are one person.
    pub fn parse(tsv: &str) -> Result<People, KbError> {
        let mut table = People::default();
        for row in tsv::rows("people", tsv, 10) {
            let (line, c) = row?;
            let position = Position::parse(c[4]).ok_or_else(|| KbError::Row {
                table: "people",
                line,
                reason: format!("unknown position {:?}", c[4]),
            })?;
            let role = Role {
                title: c[3].to_string(),
                position,
                country: c[5].to_string(),
                since: tsv::opt(c[6]),
                until: tsv::opt(c[7]),
                as_of: c[8].to_string(),
                source: c[9].to_string(),
            };
            table.add(c[0], c[1], tsv::list(c[2]), role);
        }
        table.index();
        Ok(table)
    }

    fn add(&mut self, slug: &str, name: &str, aliases: Vec<String>, role: Role) {
        let idx = *self.by_slug.entry(slug.to_string()).or_insert(self.people.len());
        if idx == self.people.len() {
            let person = Person { slug: slug.into(), name: name.into(), aliases, roles: vec![] };
            self.people.push(person);
        } else {
            let person = &mut self.people[idx];
            for alias in aliases {
                if !person.aliases.contains(&alias) {
                    person.aliases.push(alias);
                }
            }
        }
        self.people[idx].roles.push(role);
    }

    fn index(&mut self) {
        for (i, person) in self.people.iter().enumerate() {
            for name in std::iter::once(&person.name).chain(&person.aliases) {
                let ids = self.by_name.entry(form_key(name)).or_default();
                if !ids.contains(&(i as u32)) {
                    ids.push(i as u32);
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.people.len()
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Person> {
        self.people.iter()
    }

    /// By slug: "donald-j-trump".
    pub fn by_slug(&self, slug: &str) -> Option<&Person> {
        self.by_slug.get(slug).map(|&i| &self.people[i])
    }

    /// Everyone with this name or alias: "Donald Trump", "Sergei Lavrov".
    pub fn by_name(&self, name: &str) -> Vec<&Person> {
        let ids = query_keys(name).iter().find_map(|k| self.by_name.get(k));
        ids.map(|ids| ids.iter().map(|&i| &self.people[i as usize]).collect()).unwrap_or_default()
    }

    /// Everyone who held a position in a country, current holders first.
    pub fn holders(&self, country: &str, position: Position) -> Vec<(&Person, &Role)> {
        let mut out: Vec<(&Person, &Role)> = self
            .people
            .iter()
            .flat_map(|p| p.roles.iter().map(move |r| (p, r)))
            .filter(|(_, r)| r.country == country && r.position == position)
            .collect();
        out.sort_by(|a, b| b.1.is_current().cmp(&a.1.is_current()).then(b.1.since.cmp(&a.1.since)));
        out
    }
}
