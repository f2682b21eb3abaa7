//! News outlets: names, aliases, web domains and the codes they print in datelines.

use std::collections::HashMap;
use std::sync::OnceLock;

const OUTLETS_TSV: &str = include_str!("../data/outlets.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutletKind {
    /// A wire service whose copy other outlets republish.
    Agency,
    Newspaper,
    Broadcaster,
    Magazine,
    Online,
}

impl OutletKind {
    fn parse(s: &str) -> Option<OutletKind> {
        Some(match s {
            "agency" => OutletKind::Agency,
            "newspaper" => OutletKind::Newspaper,
            "broadcaster" => OutletKind::Broadcaster,
            "magazine" => OutletKind::Magazine,
            "online" => OutletKind::Online,
            _ => return None,
        })
    }
}

/// One news outlet.
#[derive(Clone, Debug, PartialEq)]
pub struct Outlet {
    /// Canonical display name: "The Kyiv Independent", "UPI".
    pub name: String,
    pub aliases: Vec<String>,
    /// Registrable domains without `www.`: "kyivindependent.com".
    pub domains: Vec<String>,
    /// Codes printed in datelines: "UPI", "Reuters", "AP".
    pub dateline_codes: Vec<String>,
    pub kind: OutletKind,
    /// ISO 3166-1 alpha-2 code of the outlet's home country.
    pub country: String,
}

impl Outlet {
    /// The name reports show: the table's canonical name (which is the short form where
    /// that is how the outlet is known, as with UPI).
    pub fn display_name(&self) -> &str {
        &self.name
    }
}

/// The outlet table with its lookups.
#[derive(Debug, Default)]
pub struct Outlets {
    outlets: Vec<Outlet>,
    by_name: HashMap<String, usize>,
    by_domain: HashMap<String, usize>,
    by_code: HashMap<String, usize>,
}

impl Outlets {
    /// The table shipped with parallax, parsed once.
    pub fn builtin() -> &'static Outlets {
        static TABLE: OnceLock<Outlets> = OnceLock::new();
        TABLE.get_or_init(|| {
            Outlets::parse(OUTLETS_TSV).expect("the built-in outlet table is well-formed")
        })
    }

    /// Parses a table in the `outlets.tsv` format. Lines starting with `#` are comments.
    pub fn parse(tsv: &str) -> Result<Outlets, String> {
        let mut table = Outlets::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 6 {
                return Err(format!("line {}: expected 6 columns, found {}", n + 1, cols.len()));
            }
            let list = |s: &str| -> Vec<String> {
                s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
            };
            let kind = OutletKind::parse(cols[4])
                .ok_or_else(|| format!("line {}: unknown kind {:?}", n + 1, cols[4]))?;
            table.push(Outlet {
                name: cols[0].trim().to_string(),
                aliases: list(cols[1]),
                domains: list(cols[2]),
                dateline_codes: list(cols[3]),
                kind,
                country: cols[5].trim().to_string(),
            });
        }
        Ok(table)
    }

    fn push(&mut self, outlet: Outlet) {
        let idx = self.outlets.len();
        let names = std::iter::once(&outlet.name).chain(&outlet.aliases);
        for name in names {
            self.by_name.entry(name_key(name)).or_insert(idx);
        }
        for domain in &outlet.domains {
            self.by_domain.entry(domain.to_ascii_lowercase()).or_insert(idx);
        }
        for code in &outlet.dateline_codes {
            self.by_code.entry(code.clone()).or_insert(idx);
        }
        self.outlets.push(outlet);
    }

    pub fn len(&self) -> usize {
        self.outlets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.outlets.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Outlet> {
        self.outlets.iter()
    }

    /// By name or alias, ignoring case, a leading "The" and surrounding punctuation.
    pub fn by_name(&self, name: &str) -> Option<&Outlet> {
        self.by_name.get(&name_key(name)).map(|&i| &self.outlets[i])
    }

    /// By a host name or URL: `www.upi.com`, `https://edition.cnn.com/2023/...`. Subdomains
    /// fall back to their parent domain.
    pub fn by_host(&self, host_or_url: &str) -> Option<&Outlet> {
        let host = host_of(host_or_url).to_ascii_lowercase();
        let mut rest = host.as_str();
        loop {
            if let Some(&i) = self.by_domain.get(rest) {
                return Some(&self.outlets[i]);
            }
            match rest.split_once('.') {
                Some((_, parent)) if parent.contains('.') => rest = parent,
                _ => return None,
            }
        }
    }

    /// By the exact code an outlet prints in a dateline: `UPI`, `Reuters`, `AP`.
    pub fn by_dateline_code(&self, code: &str) -> Option<&Outlet> {
        self.by_code.get(code.trim()).map(|&i| &self.outlets[i])
    }
}

/// The host part of a URL, or the input when it is already a host.
fn host_of(s: &str) -> &str {
    let s = s.trim();
    let s = s.split_once("://").map_or(s, |(_, rest)| rest);
    let s = s.split(['/', '?', '#']).next().unwrap_or(s);
    let s = s.rsplit_once('@').map_or(s, |(_, host)| host);
    s.split(':').next().unwrap_or(s)
}

fn name_key(name: &str) -> String {
    let lower = name.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_parses_and_has_the_seed_outlets() {
        let table = Outlets::builtin();
        assert!(table.len() >= 10);
        assert_eq!(table.by_dateline_code("UPI").unwrap().name, "UPI");
        assert_eq!(table.by_name("United Press International").unwrap().name, "UPI");
        assert_eq!(table.by_name("Kyiv Independent").unwrap().name, "The Kyiv Independent");
        assert_eq!(
            table.by_name("the kyiv independent").unwrap().domains[0],
            "kyivindependent.com"
        );
    }

    #[test]
    fn hosts_and_urls_fall_back_to_parent_domains() {
        let table = Outlets::builtin();
        assert_eq!(table.by_host("https://www.upi.com/Top_News/2023/11/11/x").unwrap().name, "UPI");
        assert_eq!(table.by_host("en.yna.co.kr").unwrap().name, "Yonhap News Agency");
        assert!(table.by_host("example.org").is_none());
    }

    #[test]
    fn every_row_is_complete_and_keys_are_unique() {
        let table = Outlets::builtin();
        let mut domains = std::collections::HashSet::new();
        for outlet in table.iter() {
            assert!(!outlet.name.is_empty());
            assert_eq!(outlet.country.len(), 2, "{}: country code", outlet.name);
            for d in &outlet.domains {
                assert!(domains.insert(d.clone()), "domain {d} listed twice");
                assert!(
                    d.contains('.') && !d.starts_with("www."),
                    "{}: bad domain {d}",
                    outlet.name
                );
            }
        }
    }

    #[test]
    fn malformed_rows_are_reported_with_their_line() {
        let err = Outlets::parse("# c\nA\tB\n").unwrap_err();
        assert!(err.starts_with("line 2:"), "{err}");
    }
}
