//! Tests of claims and their matching across documents.

use super::*;

fn claim(actor: &str, code: &'static str, target: Option<&str>) -> Claim {
    Claim {
        actor_key: Some(actor.to_string()),
        actor: None,
        actor_country_key: None,
        actor_country: None,
        code: code.to_string(),
        mode: None,
        target_key: target.map(str::to_string),
        target: None,
        object: None,
        date: None,
        place: None,
        factuality: Factuality::Asserted,
        evidence: (0, 0),
        source: None,
        source_key: None,
        denies: None,
    }
}

#[test]
fn same_family_and_parties_match_across_wording() {
    let a = claim("country:KP", "AID", Some("country:RU"));
    let b = claim("country:KP", "SUPPORT", Some("country:RU"));
    assert!(claims_match(&a, &b));
    assert!(!claims_match(&a, &claim("country:RU", "AID", Some("country:KP"))));
    assert!(!claims_match(&a, &claim("country:KP", "REJECT", Some("country:RU"))));
}

#[test]
fn mutual_acts_match_in_either_order_and_officials_stand_for_countries() {
    let a = claim("country:RU", "AGREE", Some("country:KP"));
    assert!(claims_match(&a, &claim("country:KP", "AGREE", Some("country:RU"))));
    let mut blinken = claim("person:antony-blinken", "CONSULT", Some("country:KR"));
    blinken.actor_country_key = Some("country:US".to_string());
    assert!(claims_match(&blinken, &claim("country:US", "CONSULT", Some("country:KR"))));
}

#[test]
fn nationalities_count_as_their_country() {
    assert_eq!(normal_key("norp:RU"), "country:RU");
    assert_eq!(normal_key("country:RU"), "country:RU");
}
