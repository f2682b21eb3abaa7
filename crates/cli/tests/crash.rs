//! Crash safety: `parallax analyze` killed with SIGKILL in the middle of ingest, then run
//! again, leaves a sound store that holds every document exactly once, in exactly one story.

use parallax_store::Store;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DOCUMENTS: usize = 400;
const BATCH: usize = 8;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus/text")
}

/// `DOCUMENTS` contract records, each an example article with a sentence of its own, so that
/// every record has distinct content.
fn write_corpus(path: &Path) -> usize {
    let mut bases: Vec<(String, String)> = std::fs::read_dir(examples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), read(&p)))
        .collect();
    bases.sort();
    assert!(!bases.is_empty(), "the example articles are there");
    let mut out = String::new();
    for i in 0..DOCUMENTS {
        let (name, text) = &bases[i % bases.len()];
        let record = serde_json::json!({
            "id": format!("{name}-{i}"),
            "text": format!("{text}\n\nUpdate {i}: officials in district {i} gave more details."),
            "published": format!("2026-11-{:02}", 1 + i % 20),
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
    DOCUMENTS
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn analyze(input: &Path, db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_parallax"));
    cmd.arg("analyze")
        .arg(input)
        .arg("--db")
        .arg(db)
        .args(["--batch-size", &BATCH.to_string(), "--format", "json", "--quiet"])
        .args(["--reference-date", "2026-11-23"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// How many documents the store holds, once the running process has created it.
fn stored(db: &Path) -> Option<usize> {
    Store::open_read_only(db).ok()?.n_documents().ok()
}

/// Waits until at least `at_least` documents are stored, then kills the run with SIGKILL.
/// Returns how many documents the store held when the run was killed.
fn kill_midway(child: &mut Child, db: &Path, at_least: usize) -> usize {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run finished before it could be killed: make the corpus larger"
        );
        if stored(db).is_some_and(|n| n >= at_least) {
            child.kill().unwrap();
            child.wait().unwrap();
            return stored(db).unwrap_or(0);
        }
        assert!(Instant::now() < deadline, "no batch was stored within five minutes");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_run_killed_during_ingest_and_run_again_stores_every_document_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("feed.jsonl");
    let db = dir.path().join("store.db");
    let n = write_corpus(&input);

    let mut child = analyze(&input, &db).spawn().unwrap();
    let before = kill_midway(&mut child, &db, 2 * BATCH);
    eprintln!("killed with {before} of {n} documents stored");
    assert!(before < n, "killed midway: {before} of {n} stored");
    {
        let store = Store::open_read_only(&db).unwrap();
        assert_eq!(store.check().unwrap(), Vec::<String>::new(), "sound after the kill");
        assert_eq!(before % BATCH, 0, "only whole batches were stored: {before}");
    }

    let rerun = analyze(&input, &db).output().unwrap();
    assert!(rerun.status.success(), "{}", String::from_utf8_lossy(&rerun.stderr));
    let report: Value = serde_json::from_slice(&rerun.stdout).unwrap();
    assert_eq!(report["run"]["added"], n - before, "the re-run adds only what was missing");
    assert_eq!(report["run"]["already_stored"], before);

    let store = Store::open_read_only(&db).unwrap();
    assert_eq!(store.n_documents().unwrap(), n, "every document once");
    assert_eq!(store.check().unwrap(), Vec::<String>::new());
    let docs = store.documents().unwrap();
    let missing: Vec<&str> = docs
        .iter()
        .map(|d| d.record.id.as_str())
        .filter(|id| store.story_of(id).unwrap().is_none())
        .collect();
    assert!(missing.is_empty(), "documents in no story: {missing:?}");
    let members: usize = store.stories().unwrap().iter().map(|s| s.documents.len()).sum();
    assert_eq!(members, n, "every document in exactly one story");
}
