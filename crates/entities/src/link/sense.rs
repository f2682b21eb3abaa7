//! What a role or a description means: the office class, its head word, the country it is of
//! and whether it is a deputy's office. Roles and descriptions meet here ("the top U.S.
//! diplomat" and "U.S. Secretary of State" are both a U.S. foreign minister).

use super::lexicon::{self, Class, DEPUTY};
use super::roles::offices_in;
use super::words::is_possessive;
use parallax_kb::{Kb, Position};

/// The meaning of a role or description.
#[derive(Clone, Debug, PartialEq)]
pub struct Sense {
    pub class: Class,
    /// The office phrase matched: "foreign minister", "minister".
    pub phrase: &'static str,
    /// Its head noun: "minister".
    pub head: &'static str,
    /// ISO code of the country named with it.
    pub country: Option<String>,
    pub deputy: bool,
}

impl Sense {
    /// True when a description with this sense may refer to someone holding `role`.
    pub fn fits(&self, role: &Sense) -> bool {
        if self.deputy != role.deputy {
            return false;
        }
        let bare = self.phrase == self.head;
        let same = match (self.class, role.class) {
            (Class::Minister, Class::Minister) => bare || self.phrase == role.phrase,
            (a, b) if a == b => true,
            (Class::Diplomat, Class::ForeignMinister) => true,
            (Class::Leader, Class::HeadOfState | Class::HeadOfGovernment) => true,
            _ => false,
        };
        same || (bare && self.head == role.head)
    }

    /// How well a role's country agrees: 2 when both name the same country, 1 when either
    /// names none, `None` when they differ.
    pub fn country_agreement(&self, role: &Sense) -> Option<u8> {
        match (&self.country, &role.country) {
            (Some(a), Some(b)) if a == b => Some(2),
            (Some(_), Some(_)) => None,
            _ => Some(1),
        }
    }
}

/// The sense of a role or description, when it names an office.
pub fn sense_of(text: &str, kb: &Kb) -> Option<Sense> {
    let w = split_words(text);
    let &(start, end, office) = offices_in(&w).last()?;
    let mut class = office.class;
    let before = &w[..start];
    if class == Class::Diplomat && before.iter().any(|x| matches!(*x, "top" | "chief" | "Top")) {
        class = Class::ForeignMinister;
    }
    let deputy = before.iter().any(|x| DEPUTY.contains(x))
        || w[start].to_ascii_lowercase().starts_with("vice");
    let country = country_in(&w, start..end, kb);
    Some(Sense { class, phrase: office.phrase, head: lexicon::head_of(office), country, deputy })
}

/// The sense of an office the people table records.
pub fn sense_of_position(country: &str, position: Position, title: &str, kb: &Kb) -> Sense {
    let mut sense = sense_of(title, kb).unwrap_or(Sense {
        class: Class::Official,
        phrase: "official",
        head: "official",
        country: None,
        deputy: false,
    });
    sense.class = match position {
        Position::HeadOfState => Class::HeadOfState,
        Position::HeadOfGovernment => Class::HeadOfGovernment,
        Position::ForeignMinister => Class::ForeignMinister,
        Position::Representative => Class::Governor,
    };
    sense.country = Some(country.to_string());
    sense
}

/// Words with possessives split off and clause punctuation dropped: "America's" gives
/// "America", "'s".
fn split_words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let w = raw.trim_matches(|c| matches!(c, ',' | ';' | ':' | '(' | ')') || is_quote(c));
        let cut = ["'s", "’s"].iter().find(|s| w.len() > 2 && w.ends_with(*s));
        match cut {
            Some(s) => {
                let (word, possessive) = w.split_at(w.len() - s.len());
                out.push(word);
                out.push(possessive);
            }
            None if !w.is_empty() => out.push(w),
            None => {}
        }
    }
    out
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// The first country named outside the office phrase, by name, demonym or one of its
/// organisations ("Kremlin spokesman").
fn country_in(w: &[&str], office: std::ops::Range<usize>, kb: &Kb) -> Option<String> {
    let outside = |i: usize, n: usize| i + n <= office.start || i >= office.end;
    for i in 0..w.len() {
        for n in [3, 2, 1] {
            if i + n > w.len() || !outside(i, n) || w[i..i + n].iter().any(|x| is_possessive(x)) {
                continue;
            }
            let keys = parallax_kb::key::query_keys(&w[i..i + n].join(" "));
            if let Some(m) = kb.countries.lookup_keys(&keys) {
                return Some(m.country.code.clone());
            }
            let orgs = kb.orgs.by_keys(&keys);
            let code = orgs.first().and_then(|o| o.country.clone());
            if code.is_some() && orgs.iter().all(|o| o.country == code) {
                return code;
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sense(text: &str) -> Sense {
        sense_of(text, Kb::builtin()).unwrap_or_else(|| panic!("{text:?} names an office"))
    }

    #[test]
    fn descriptions_fit_roles() {
        let diplomat = sense("the top U.S. diplomat");
        assert_eq!(
            (diplomat.class, diplomat.country.as_deref()),
            (Class::ForeignMinister, Some("US"))
        );
        let role = sense("U.S. Secretary of State");
        assert!(diplomat.fits(&role) && diplomat.country_agreement(&role) == Some(2));
        assert!(sense("America's top diplomat").fits(&role));
        let lavrov = sense("Russian Foreign Minister");
        assert_eq!(sense("the Russian foreign minister").country_agreement(&lavrov), Some(2));
        assert_eq!(diplomat.country_agreement(&lavrov), None);
        assert!(sense("the minister").fits(&lavrov));
        assert!(!sense("the deputy foreign minister").fits(&lavrov));
        assert!(!sense("the defense minister").fits(&lavrov));
        let spokeswoman = sense("Russian Foreign Ministry spokeswoman");
        assert_eq!(spokeswoman.country.as_deref(), Some("RU"));
        assert!(sense("the spokeswoman").fits(&spokeswoman));
    }
}
