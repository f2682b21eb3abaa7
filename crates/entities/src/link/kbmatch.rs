//! Knowledge-base lookups for mentions: which country, place, organisation or person a name
//! is, and the roles the people table gives a known person.

use parallax_kb::{Country, Kb, PlaceKind, Position};

/// What the knowledge base knows a mention's name as.
#[derive(Clone, Debug, PartialEq)]
pub enum Hit {
    /// A country by name ("North Korea", "DPRK") or, with `norp`, by demonym ("Russian").
    Country {
        code: String,
        norp: bool,
    },
    /// A city or region; `capital_of` is the country whose national capital it is.
    Place {
        key: String,
        name: String,
        capital_of: Option<String>,
    },
    /// Every organisation with this name, in table order ("National Security Council" has one
    /// per country).
    Orgs(Vec<OrgHit>),
    Person {
        key: String,
    },
}

/// One organisation a name may be.
#[derive(Clone, Debug, PartialEq)]
pub struct OrgHit {
    pub key: String,
    pub name: String,
    pub country: Option<String>,
    /// True for a seat of government ("Kremlin", "White House") that stands for its country
    /// when it acts.
    pub seat: bool,
}

/// The knowledge-base entry a mention's name (already trimmed) is, by its label.
pub fn lookup(kb: &Kb, name: &str, label: &str) -> Option<Hit> {
    match label {
        "PERSON" => person(kb, name),
        "NORP" => country(kb, name),
        "ORG" => orgs(kb, name, false).or_else(|| country(kb, name).filter(is_country_name)),
        "GPE" | "LOC" => {
            country(kb, name).or_else(|| place(kb, name)).or_else(|| orgs(kb, name, true))
        }
        "FAC" => orgs(kb, name, true),
        _ => None,
    }
}

fn is_country_name(hit: &Hit) -> bool {
    matches!(hit, Hit::Country { norp: false, .. })
}

fn country(kb: &Kb, name: &str) -> Option<Hit> {
    let m = kb.countries.lookup(name)?;
    Some(Hit::Country { code: m.country.code.clone(), norp: m.norp })
}

/// The place a name is, read alone: what [`lookup`] finds for a GPE that is no country.
pub fn place(kb: &Kb, name: &str) -> Option<Hit> {
    let best = *kb.places.by_name(name).first()?;
    let capital = best.capital && best.kind == PlaceKind::City;
    Some(Hit::Place {
        key: best.key.clone(),
        name: best.name.clone(),
        capital_of: capital.then(|| best.country.clone()),
    })
}

fn orgs(kb: &Kb, name: &str, seats_only: bool) -> Option<Hit> {
    let hits: Vec<OrgHit> =
        org_hits(kb, name).into_iter().filter(|o| o.seat || !seats_only).collect();
    (!hits.is_empty()).then_some(Hit::Orgs(hits))
}

/// Every organisation with the name, in table order, seats of government or not.
pub fn org_hits(kb: &Kb, name: &str) -> Vec<OrgHit> {
    let hit = |o: &parallax_kb::Org| OrgHit {
        key: o.kb_key(),
        name: o.name.clone(),
        country: o.country.clone(),
        seat: o.kind == "executive_office",
    };
    kb.orgs.by_name(name).into_iter().map(hit).collect()
}

/// The one person of the people table a name of two words or more is.
pub fn person(kb: &Kb, name: &str) -> Option<Hit> {
    if name.split_whitespace().count() < 2 {
        return None;
    }
    let people = kb.people.by_name(name);
    let first = people.first()?;
    people.iter().all(|p| p.slug == first.slug).then(|| Hit::Person { key: first.kb_key() })
}

/// The canonical name of a knowledge-base entry.
pub fn canonical_name(kb: &Kb, key: &str) -> Option<String> {
    use parallax_kb::Entry;
    Some(match kb.resolve(key)? {
        Entry::Country(c) => c.name.clone(),
        Entry::Place(p) => p.name.clone(),
        Entry::Person(p) => p.name.clone(),
        Entry::Org(o) => o.name.clone(),
        Entry::Outlet(o) => o.name.clone(),
    })
}

/// The offices the people table records as held now by the person with this key, written as
/// roles: "Russian President".
pub fn current_roles(kb: &Kb, key: &str) -> Vec<String> {
    let Some(parallax_kb::Entry::Person(person)) = kb.resolve(key) else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for role in person.roles.iter().filter(|r| r.is_current()) {
        let text = match kb.countries.by_code(&role.country) {
            Some(c) => format!("{} {}", adjective(c), role.title),
            None => role.title.clone(),
        };
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// Every office the people table records for a person, current or past, as (country code,
/// position): what the resolver falls back on when the text names no role.
pub fn kb_positions(kb: &Kb, key: &str) -> Vec<(String, Position, String)> {
    match kb.resolve(key) {
        Some(parallax_kb::Entry::Person(p)) => {
            p.roles.iter().map(|r| (r.country.clone(), r.position, r.title.clone())).collect()
        }
        _ => Vec::new(),
    }
}

/// How a role names a country: a short dotted abbreviation ("U.S.") or its first adjective.
fn adjective(country: &Country) -> String {
    let dotted = country.names.iter().find(|n| {
        n.len() <= 5 && n.contains('.') && n.chars().all(|c| c == '.' || c.is_ascii_uppercase())
    });
    dotted.or(country.norp.first()).unwrap_or(&country.name).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_find_their_entries() {
        let kb = Kb::builtin();
        assert_eq!(
            lookup(kb, "DPRK", "GPE"),
            Some(Hit::Country { code: "KP".into(), norp: false })
        );
        assert_eq!(
            lookup(kb, "Russian", "NORP"),
            Some(Hit::Country { code: "RU".into(), norp: true })
        );
        let Some(Hit::Place { capital_of, .. }) = lookup(kb, "Pyongyang", "GPE") else {
            panic!("Pyongyang is a place");
        };
        assert_eq!(capital_of.as_deref(), Some("KP"));
        let Some(Hit::Orgs(orgs)) = lookup(kb, "Kremlin", "ORG") else { panic!("an org") };
        assert!(orgs[0].seat && orgs[0].country.as_deref() == Some("RU"));
    }

    #[test]
    fn known_people_get_their_current_offices() {
        let kb = Kb::builtin();
        let Some(Hit::Person { key }) = lookup(kb, "Vladimir Putin", "PERSON") else {
            panic!("Putin is in the people table");
        };
        assert!(current_roles(kb, &key).contains(&"Russian President".to_string()));
    }
}
