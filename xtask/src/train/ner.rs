//! Training of the entity recogniser: `cargo xtask train ner`.
//!
//! Reads the GUM documents whose licences allow shipped weights (never the news documents,
//! which the evaluation holds out) and, when `eval/tmp/ner-silver.jsonl` exists (written by
//! `python3 scripts/ner/silver.py`), spaCy silver labels over the shared news set without its
//! GUM documents; trains the averaged perceptron and writes
//! `crates/entities/data/ner.bin.gz`. Settings come from the environment:
//! `PARALLAX_NER_EPOCHS` (default 10), `PARALLAX_NER_BITS` (feature-table size, default 18),
//! `PARALLAX_NER_GOLD_REPEAT` (gold passes per epoch, default 4), `PARALLAX_NER_SILVER`
//! (a silver file, or `none`).

mod data;

use anyhow::Result;
use data::Example;
use parallax_entities::recognize::gazetteer::Gazetteer;
use parallax_entities::recognize::train::Trainer;
use parallax_kb::Kb;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub fn run(shared: &Path) -> Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let epochs = setting("PARALLAX_NER_EPOCHS", 10);
    let bits = setting("PARALLAX_NER_BITS", 18) as u32;
    let repeat = setting("PARALLAX_NER_GOLD_REPEAT", 4);
    let kb = Kb::builtin();
    let gaz = Gazetteer::from_kb(kb);
    let (gold, gs) = data::gum(shared, kb, &gaz, bits)?;
    println!("gold: GUM genres {}: {gs:?}", data::GENRES.join(", "));
    let silver_path = std::env::var("PARALLAX_NER_SILVER")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("eval/tmp/ner-silver.jsonl"));
    let (silver, ss) = data::silver(shared, &silver_path, &gaz, bits)?;
    println!("silver: {} {ss:?}", silver_path.display());
    let mut trainer = Trainer::new(bits);
    let mut order: Vec<&Example> = Vec::new();
    for _ in 0..repeat {
        order.extend(gold.iter());
    }
    order.extend(silver.iter());
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for epoch in 1..=epochs {
        let started = Instant::now();
        shuffle(&mut order, &mut seed);
        let (mut wrong, mut total) = (0, 0);
        for ex in &order {
            for range in &ex.sentences {
                wrong += trainer.learn(&ex.features, range.clone(), &ex.labels[range.clone()]);
                total += range.len();
            }
        }
        let secs = started.elapsed().as_secs_f64();
        println!("epoch {epoch}: {wrong} of {total} labels wrong ({secs:.1} s)");
    }
    let bytes = trainer.finish().to_bytes()?;
    let out = root.join("crates/entities/data/ner.bin.gz");
    std::fs::write(&out, &bytes)?;
    println!("wrote {} ({:.1} MB)", out.display(), bytes.len() as f64 / 1e6);
    Ok(())
}

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A deterministic Fisher-Yates shuffle (xorshift), so training is reproducible.
fn shuffle<T>(items: &mut [T], seed: &mut u64) {
    for i in (1..items.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        items.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}
