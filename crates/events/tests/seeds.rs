//! The two real articles in `../shared/seeds`: the claims the issue names are found, with
//! their actors, types, attribution, dates and denials. The texts are read at test time.

use parallax_events::{Claim, claims, claims_match};
use parallax_ingest::{Item, ReadOptions, read_file};
use parallax_model::AnnotatedDocument;
use parallax_pipeline::PipelineConfig;
use std::path::PathBuf;

/// Every seed document, processed, with its claims; `None` when the seeds are absent.
fn seed_claims() -> Option<Vec<(AnnotatedDocument, Vec<Claim>)>> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds"));
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).ok()?.filter_map(|e| Some(e.ok()?.path())).collect();
    files.sort();
    let pipeline = PipelineConfig {
        reference_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
        ..Default::default()
    }
    .build();
    let mut out = Vec::new();
    for file in files {
        let mut raws = Vec::new();
        read_file(&file, &ReadOptions::default(), &mut |item| {
            if let Item::Doc(raw) = item {
                raws.push(*raw);
            }
        });
        for raw in raws {
            let doc = pipeline.process(raw);
            let a = &doc.annotations;
            let c = claims(&doc.doc.text, &doc.analysis, &a.entity_table, &a.events);
            out.push((doc, c));
        }
    }
    Some(out)
}

fn has(c: &Claim, actor: &str, code: &str, target: &str) -> bool {
    c.code == code
        && c.actor.as_deref().unwrap_or("").contains(actor)
        && c.target.as_deref().unwrap_or("").contains(target)
}

fn source_is(c: &Claim, who: &str) -> bool {
    c.source.as_deref().is_some_and(|s| s.contains(who))
}

#[test]
fn seed_claims_are_found() {
    let Some(docs) = seed_claims() else {
        println!("skipping: ../shared/seeds is absent");
        return;
    };
    assert_eq!(docs.len(), 2);
    for (doc, cs) in &docs {
        println!("== {}", doc.doc.origin.path);
        for c in cs {
            println!("{}", serde_json::to_string(c).unwrap_or_default());
        }
    }
    for (_, cs) in &docs {
        let aid = cs.iter().find(|c| {
            has(c, "North Korea", "AID", "Russia") && c.mode.as_deref() == Some("military")
        });
        assert!(aid.is_some_and(|c| source_is(c, "Blinken")), "NK → Russia military aid");
    }
    let (_, upi) = &docs[0];
    let (_, kyiv) = &docs[1];
    assert!(upi.iter().any(|c| c.actor.as_deref() == Some("Russia")
        && matches!(c.code.as_str(), "AID" | "SUPPORT")
        && c.target.as_deref() == Some("North Korea")
        && source_is(c, "Blinken")));
    let rejections: Vec<&Claim> = upi.iter().filter(|c| c.code == "REJECT").collect();
    assert!(rejections.iter().any(|c| c.actor.as_deref() == Some("North Korea")));
    assert!(rejections.iter().any(|c| c.actor.as_deref() == Some("Russia")));
    assert!(rejections.iter().all(|c| c.denies.is_some()), "each rejection denies a claim");
    let deal = kyiv.iter().position(|c| c.code == "AGREE" && c.date.as_deref() == Some("2023-10"));
    assert!(deal.is_some(), "the October arms deal");
    let is_deal = |j: usize| kyiv[j].code == "AGREE" && kyiv[j].date.as_deref() == Some("2023-10");
    assert!(kyiv.iter().any(|c| c.code == "REJECT"
        && c.actor.as_deref() == Some("Russia")
        && c.denies.is_some_and(is_deal)));
    assert!(kyiv.iter().any(|c| c.actor.as_deref().is_some_and(|a| a.contains("Lavrov"))
        && c.target.as_deref() == Some("North Korea")
        && c.date.as_deref() == Some("2023-10-18")));
}

#[test]
fn the_two_articles_share_the_military_aid_claim() {
    let Some(docs) = seed_claims() else {
        println!("skipping: ../shared/seeds is absent");
        return;
    };
    let aid = |cs: &[Claim]| -> Vec<Claim> {
        cs.iter()
            .filter(|c| c.code == "AID" && c.mode.as_deref() == Some("military"))
            .cloned()
            .collect()
    };
    let (a, b) = (aid(&docs[0].1), aid(&docs[1].1));
    assert!(a.iter().any(|x| b.iter().any(|y| claims_match(x, y))));
}

/// Zakharova's quoted rejection (an adjective in a reported complement: the speaker rejects)
/// and Blinken as the actor of the meeting with Park Jin (a nominal event in a fronted phrase
/// takes the subject of the main clause), with its date and place.
#[test]
fn zakharova_and_the_seoul_meeting() {
    let Some(docs) = seed_claims() else {
        println!("skipping: ../shared/seeds is absent");
        return;
    };
    let upi = &docs[0].1;
    let rejections: Vec<&Claim> = upi.iter().filter(|c| c.code == "REJECT").collect();
    assert!(rejections.iter().any(|c| source_is(c, "Zakharova")), "Zakharova rejects");
    assert!(rejections.iter().any(|c| c.actor.as_deref() == Some("North Korea")));
    assert!(rejections.iter().any(|c| c.actor.as_deref() == Some("Russia")));
    let meetings: Vec<&Claim> = docs
        .iter()
        .flat_map(|(_, cs)| cs.iter())
        .filter(|c| {
            c.code == "CONSULT" && c.actor.as_deref().is_some_and(|a| a.contains("Blinken"))
        })
        .collect();
    assert!(meetings.iter().any(|c| c.target.as_deref().is_some_and(|t| t.contains("Park"))));
    assert!(meetings.iter().any(|c| c.date.as_deref() == Some("2023-11-09")));
    assert!(meetings.iter().any(|c| c.place.as_deref() == Some("Seoul")));
}

/// "Offers military technology" is aid, not an agreement, so Blinken's claim stays apart
/// from the October arms deal; and no claim is left without an actor or a source.
#[test]
fn offers_are_aid_and_every_claim_has_someone_behind_it() {
    let Some(docs) = seed_claims() else {
        println!("skipping: ../shared/seeds is absent");
        return;
    };
    let kyiv = &docs[1].1;
    let offer = kyiv.iter().find(|c| {
        c.actor.as_deref() == Some("Russia")
            && c.object.as_deref().is_some_and(|o| o.contains("technology"))
    });
    assert!(offer.is_some_and(|c| c.code == "AID" && source_is(c, "Blinken")), "{offer:?}");
    let deal = kyiv.iter().find(|c| c.code == "AGREE" && c.date.as_deref() == Some("2023-10"));
    assert!(deal.is_some_and(|d| offer.is_some_and(|o| !claims_match(o, d))));
    for (_, cs) in &docs {
        assert!(cs.iter().all(|c| c.actor.is_some() || c.source.is_some()));
    }
}
