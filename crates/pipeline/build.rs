//! Names the analysis engine: a hash of the sources and data of every crate whose code decides
//! what a document's stored analysis holds, and of `Cargo.lock`. The store records it with
//! each document, so that a document analysed by another build is analysed again
//! (`parallax_pipeline::ENGINE`). Comments count as changes too: a needless re-analysis costs
//! time, a stale one costs correctness.

use std::path::{Path, PathBuf};

/// The crates (under `crates/`) whose sources and data make a document's analysis.
const CRATES: [&str; 10] = [
    "model", "ingest", "clean", "analyze", "kb", "time", "entities", "quotes", "events", "pipeline",
];

/// What of each crate is read: its sources, its data and its manifest.
const PARTS: [&str; 3] = ["src", "data", "Cargo.toml"];

fn main() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for name in CRATES {
        for part in PARTS {
            let path = crates.join(name).join(part);
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, &mut files);
        }
    }
    let lock = crates.join("..").join("Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    files.push(lock);
    files.sort();
    let mut hash = Fnv::default();
    for file in &files {
        // The path within the workspace, so that where the checkout lies does not matter.
        let within = file.strip_prefix(&crates).unwrap_or(file);
        hash.add(within.to_string_lossy().replace('\\', "/").as_bytes());
        hash.add(&[0]);
        hash.add(&std::fs::read(file).unwrap_or_default());
        hash.add(&[0]);
    }
    println!("cargo:rustc-env=PARALLAX_ENGINE_HASH={:016x}", hash.0);
}

/// Every file under `path` (or `path` itself when it is a file); a missing path adds nothing.
fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else { return };
    for entry in entries.flatten() {
        collect(&entry.path(), out);
    }
}

/// 64-bit FNV-1a: enough to tell builds apart, with no dependency.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
