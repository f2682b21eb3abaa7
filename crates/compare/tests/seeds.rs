//! The seed story compared across its two sources (skipped when `../shared/seeds` is absent):
//! the equipment claim is carried by both outlets and disputed by Russia and North Korea; the
//! arms deal is the Kyiv Independent's alone.

use parallax_compare::{Status, compare};
use parallax_ingest::{Item, ReadOptions};
use std::path::Path;

#[test]
fn seed_claims_are_corroborated_disputed_and_single_source() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    if !seeds.is_dir() {
        eprintln!("skipping: {} is absent", seeds.display());
        return;
    }
    let pipeline = parallax_pipeline::PipelineConfig {
        reference_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
        ..Default::default()
    }
    .build();
    let mut docs = Vec::new();
    parallax_ingest::read_paths(&[&seeds], &ReadOptions::default(), &mut |item| {
        if let Item::Doc(raw) = item {
            docs.push(parallax_pipeline::to_stored(&pipeline.process(*raw)));
        }
    });
    assert_eq!(docs.len(), 2);
    let members: Vec<_> = docs.iter().map(|d| (d, None)).collect();
    let comparison = compare(&members);
    let rows = &comparison.claims;
    let equipment = rows
        .iter()
        .find(|r| {
            r.code == "AID"
                && r.actor.as_deref() == Some("North Korea")
                && r.target.as_deref() == Some("Russia")
        })
        .unwrap_or_else(|| {
            panic!(
                "no equipment claim in {:#?}",
                rows.iter().map(|r| &r.summary).collect::<Vec<_>>()
            )
        });
    assert_eq!(equipment.independent_sources, 2, "carried by both outlets: {equipment:#?}");
    assert_eq!(equipment.status, Status::Disputed);
    assert!(!equipment.denials.is_empty());
    assert!(equipment.denials.iter().all(|d| d.outlet == "UPI"), "only UPI carries the denials");
    let deal = rows.iter().find(|r| r.code == "AGREE").expect("an arms-deal claim");
    assert_eq!(deal.outlets, ["The Kyiv Independent"]);
    assert_eq!(deal.independent_sources, 1);
    let unique_ki = comparison
        .unique
        .iter()
        .find(|u| u.outlet == "The Kyiv Independent")
        .expect("unique content");
    assert!(
        unique_ki.sentences.iter().any(|s| s.contains("arms deal")),
        "{:#?}",
        unique_ki.sentences
    );
}
