//! Organisation premodifiers glued to a person's name. Without a comma, "a student at Ohio
//! State University Maria Lopez said" decodes as one organisation; when the document names
//! the person elsewhere by the surname alone ("Lopez said"), the last two words are that
//! person and the rest stays the organisation.

use super::super::consistency::Found;
use super::super::gazetteer::KeySet;
use super::super::labels::ty;
use super::Doc;

pub fn apply(found: &mut Vec<Found>, d: &Doc<'_>) {
    let surnames = surnames(found, d);
    if surnames.is_empty() {
        return;
    }
    let mut people = Vec::new();
    for f in found.iter_mut() {
        let named = matches!(f.t, ty::ORG | ty::GPE | ty::LOC | ty::FAC) && f.end - f.start >= 4;
        let last = f.end - 1;
        if named && d.caps[last - 1] && d.caps[last - 2] && surnames.contains(&d.lower[last]) {
            people.push(Found { start: last - 1, end: f.end, t: ty::PERSON });
            f.end = last - 1;
        }
    }
    found.extend(people);
}

/// The document's one-word person mentions: surnames or lone names.
fn surnames(found: &[Found], d: &Doc<'_>) -> KeySet {
    found
        .iter()
        .filter(|f| f.t == ty::PERSON && f.end - f.start == 1)
        .map(|f| d.lower[f.start])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::Owned;
    use super::*;

    fn run(text: &str, found: &[(&str, usize, &str)]) -> Vec<(String, &'static str)> {
        Owned::run_rule(text, found, |f, d| {
            apply(f, d);
        })
    }

    #[test]
    fn a_person_named_again_is_split_from_the_organisation_before_it() {
        let text = "A student at Ohio State University Maria Lopez said no. Lopez left.";
        let got =
            run(text, &[("Ohio State University Maria Lopez", 0, "ORG"), ("Lopez", 1, "PERSON")]);
        let want =
            [("Ohio State University", "ORG"), ("Maria Lopez", "PERSON"), ("Lopez", "PERSON")];
        assert_eq!(got, want.map(|(n, t)| (n.to_string(), t)).to_vec());
    }

    #[test]
    fn a_two_word_name_ending_alike_is_no_surname() {
        let text = "Walk from Central Park Hall Station or from Elm Station.";
        let found = [("Central Park Hall Station", 0, "FAC"), ("Elm Station", 0, "PERSON")];
        let got = run(text, &found);
        assert_eq!(got[0], ("Central Park Hall Station".into(), "FAC"));
    }

    #[test]
    fn an_organisation_whose_last_word_is_no_person_here_stays_whole() {
        let text = "The Bill and Melinda Gates Foundation gave. Gates spoke.";
        let found = [("Bill and Melinda Gates Foundation", 0, "ORG"), ("Gates", 1, "PERSON")];
        let got = run(text, &found);
        assert_eq!(got[0], ("Bill and Melinda Gates Foundation".into(), "ORG"));
    }
}
