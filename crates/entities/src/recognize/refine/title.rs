//! The department word of a cabinet title is no organisation: "Secretary of State Antony
//! Blinken", "U.S. State Secretary Antony Blinken". The model reads "State" there as an
//! organisation, as it rightly does in "the State Department". A mention that is only that
//! word is dropped; one that ends with it before "Secretary" keeps the country before it.

use super::super::consistency::Found;
use super::super::labels::ty;
use super::Doc;
use parallax_kb::Kb;

pub fn apply(found: &mut Vec<Found>, d: &Doc<'_>, kb: &Kb) {
    let word = |i: usize| d.tokens.get(i).map_or("", |t| t.span.of(d.text));
    found.retain_mut(|f| {
        if f.t != ty::ORG || word(f.end - 1) != "State" {
            return true;
        }
        let secretary_of = f.start >= 2 && word(f.start - 1) == "of" && is_title(word(f.start - 2));
        if f.end - f.start == 1 && secretary_of {
            return false;
        }
        if !is_title(word(f.end)) {
            return true;
        }
        // "U.S. State Secretary": the country before the title stays, as a place.
        f.end -= 1;
        let rest = d.span_text(f.start, f.end);
        f.t = ty::GPE;
        f.end > f.start && kb.countries.lookup(rest).is_some()
    });
}

fn is_title(w: &str) -> bool {
    matches!(w, "Secretary" | "Secretaries" | "Minister" | "Ministers")
}

#[cfg(test)]
mod tests {
    use super::super::testing::Owned;
    use super::*;

    fn run(text: &str, found: &[(&str, usize, &str)]) -> Vec<(String, &'static str)> {
        Owned::run_rule(text, found, |f, d| apply(f, d, Kb::builtin()))
    }

    #[test]
    fn the_state_of_a_secretary_of_state_is_no_organisation() {
        let text = "U.S. Secretary of State Antony Blinken spoke.";
        let got =
            run(text, &[("U.S.", 0, "GPE"), ("State", 0, "ORG"), ("Antony Blinken", 0, "PERSON")]);
        let want = [("U.S.", "GPE"), ("Antony Blinken", "PERSON")];
        assert_eq!(got, want.map(|(n, t)| (n.to_string(), t)).to_vec());
    }

    #[test]
    fn a_state_secretary_keeps_the_country_before_the_title() {
        let text = "U.S. State Secretary Antony Blinken spoke.";
        let got = run(text, &[("U.S. State", 0, "ORG"), ("Antony Blinken", 0, "PERSON")]);
        let want = [("U.S.", "GPE"), ("Antony Blinken", "PERSON")];
        assert_eq!(got, want.map(|(n, t)| (n.to_string(), t)).to_vec());
    }

    #[test]
    fn the_state_department_stays_an_organisation() {
        let text = "The State Department said the U.S. State Department office closed.";
        let got = run(text, &[("State Department", 0, "ORG"), ("U.S. State Department", 0, "ORG")]);
        let want = [("State Department", "ORG"), ("U.S. State Department", "ORG")];
        assert_eq!(got, want.map(|(n, t)| (n.to_string(), t)).to_vec());
    }
}
