//! Training: each trainer reads `../shared/data` and writes weights into the repository, so
//! that a model is reproducible by one command.

use anyhow::{Result, bail};
use std::path::Path;

pub mod ner;
pub mod quotes;

pub fn run(which: &str, shared: &Path) -> Result<()> {
    match which {
        "ner" => ner::run(shared),
        "quotes" => quotes::run(shared),
        _ => bail!("unknown model {which:?}: expected ner or quotes"),
    }
}
