//! The `parallax` binary end to end: analyze (twice, idempotently), bad inputs, and the JSON
//! contract of annotate and cluster, line for line.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn parallax(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .arg("--quiet")
        .args(if args[0] == "report" { &[][..] } else { &["--reference-date", "2026-11-23"][..] })
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parallax runs");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

#[test]
fn analyze_stores_once_and_reports_the_stories() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let corpus = examples().join("corpus");
    let outlets = examples().join("outlets.tsv");
    let args = [
        "analyze",
        corpus.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--outlets",
        outlets.to_str().unwrap(),
        "--format",
        "json",
    ];
    let first = parallax(&args, None);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let report = json(&first);
    assert_eq!(report["run"]["read"], 35);
    assert_eq!(report["run"]["added"], 35);
    assert_eq!(report["n_documents"], 35);
    let stories = report["stories"].as_array().unwrap();
    assert!((7..=9).contains(&stories.len()), "{} stories", stories.len());
    for story in stories {
        assert!(!story["headline"].as_str().unwrap().is_empty());
        assert!(
            story["sources"].as_array().unwrap().iter().all(|s| s["published_how"].is_string())
        );
    }
    let again = json(&parallax(&args, None));
    assert_eq!(again["run"]["added"], 0, "a second run stores nothing new");
    assert_eq!(again["run"]["already_stored"], 35);
    assert_eq!(again["n_documents"], 35);
    let text = parallax(&["report", "--db", db.to_str().unwrap()], None);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("year inferred because the article says"), "{text}");
}

/// The JSON array `field` of the stored record of document `id`, by SQLite's JSON functions.
fn stored_count(db: &Path, id: &str, field: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    let sql = format!("SELECT json_array_length(record, '$.{field}') FROM documents WHERE id = ?1");
    conn.query_row(&sql, [id], |r| r.get(0)).unwrap()
}

#[test]
fn documents_stored_by_another_version_are_analysed_again_when_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let corpus = examples().join("corpus");
    let one = corpus.join("text").join("ridgeline_corvane_ruling.txt");
    let analyze_as = |path: &Path, format: &str| {
        let (path, db) = (path.to_str().unwrap(), db.to_str().unwrap());
        parallax(&["analyze", path, "--db", db, "--format", format], None)
    };
    let analyze = |path: &Path| analyze_as(path, "json");
    let first = analyze(&corpus);
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let id = "ridgeline_corvane_ruling";
    let entities = stored_count(&db, id, "entities");
    assert!(entities > 0, "the article names people and places");
    // What an older parallax would have left: another engine, and here no entities.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE documents SET engine = 'parallax 0.0.1 analysis 0123456789abcdef'", [])
        .unwrap();
    conn.execute(
        "UPDATE documents SET record = json_set(record, '$.entities', json('[]')) WHERE id = ?1",
        [id],
    )
    .unwrap();
    drop(conn);

    let out = analyze(&one);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let run = &json(&out)["run"];
    assert_eq!((run["read"].as_u64(), run["refreshed"].as_u64()), (Some(1), Some(1)), "{run}");
    assert_eq!((run["added"].as_u64(), run["already_stored"].as_u64()), (Some(0), Some(0)));
    assert_eq!(run["stale"], 34, "the documents not read again keep the old analysis");
    assert_eq!(stored_count(&db, id, "entities"), entities, "the entities are back");
    let text = String::from_utf8(analyze_as(&one, "text").stdout).unwrap();
    assert!(text.contains("1 already stored;"), "now analysed by this version: {text}");
    let stale = "34 stored documents not in this run were analysed by another version";
    assert!(text.contains(stale), "the report says what is left: {text}");

    let all = json(&analyze(&corpus));
    let run = &all["run"];
    assert_eq!((run["refreshed"].as_u64(), run["already_stored"].as_u64()), (Some(34), Some(1)));
    assert_eq!((run["stale"].as_u64(), run["added"].as_u64()), (Some(0), Some(0)));
    assert_eq!(all["n_documents"], 35);
}

#[test]
fn bad_inputs_are_counted_by_reason_and_the_exit_status_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.txt");
    let mut file = std::fs::File::create(&big).unwrap();
    let line =
        "The port reopened on Monday after a strike that lasted eleven days. ".repeat(16) + "\n";
    for _ in 0..(100 << 20) / line.len() {
        file.write_all(line.as_bytes()).unwrap();
    }
    drop(file);
    let db = dir.path().join("p.db");
    let bad = examples().join("bad");
    let out = parallax(
        &[
            "analyze",
            bad.to_str().unwrap(),
            big.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "skips make the exit status 1");
    let run = &json(&out)["run"];
    let skipped: Vec<(String, u64)> = run["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_u64().unwrap()))
        .collect();
    for reason in ["binary", "empty", "malformed", "no article", "too large", "truncated"] {
        assert!(
            skipped.iter().any(|(r, n)| r == reason && *n >= 1),
            "{reason} missing from {skipped:?}"
        );
    }
    let problems: Vec<&str> =
        run["problems"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert!(
        problems.iter().any(|p| p.contains("huge.txt") && p.contains("MiB limit")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.contains("malformed.jsonl:2")), "{problems:?}");
    assert!(run["analysed"].as_u64().unwrap() >= 4, "the good records still count: {run}");
}

#[test]
fn annotate_writes_one_line_per_input_line_with_code_point_offsets() {
    let input = concat!(
        r#"{"id":"a","text":"“Stop,” said Zoë Park. The port reopened on Monday after talks.","published":"2025-03-05"}"#,
        "\n",
        "{not json\n",
        "\n",
        r#"{"id":"c","text":"Nov. 11 (UPI) -- Officials on Saturday denied the report, calling it baseless."}"#,
        "\n"
    );
    let out = parallax(&["annotate"], Some(input));
    assert_eq!(out.status.code(), Some(1), "a malformed line makes the status 1");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "blank lines are skipped, bad ones answered");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], "line-2");
    assert_eq!(lines[1]["diagnostics"][0]["level"], "error");
    assert_eq!(lines[2]["outlet"], "UPI");
    assert_eq!(lines[2]["published"], "2023-11-11");
    let text: Vec<char> =
        "“Stop,” said Zoë Park. The port reopened on Monday after talks.".chars().collect();
    let second = &lines[0]["sentences"][1];
    let (s, e) =
        (second["start"].as_u64().unwrap() as usize, second["end"].as_u64().unwrap() as usize);
    assert_eq!(text[s..e].iter().collect::<String>(), "The port reopened on Monday after talks.");
    for t in lines[0]["timexes"].as_array().unwrap() {
        let (s, e) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        assert_eq!(text[s..e].iter().collect::<String>(), t["text"].as_str().unwrap());
    }
}

#[test]
fn cluster_answers_every_line_in_input_order() {
    let input = concat!(
        r#"{"id":"x2","text":"Fire crews fought a blaze at a textile mill in Kellan Bridge on Tuesday night.","published":"2024-03-06"}"#,
        "\n",
        r#"{"id":"x1","text":"A fire at the Kellan Bridge textile mill on Tuesday night was fought by fire crews.","published":"2024-03-05"}"#,
        "\n",
        "[]\n"
    );
    let out = parallax(&["cluster"], Some(input));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.iter().map(|l| l["id"].as_str().unwrap()).collect::<Vec<_>>(),
        ["x2", "x1", "line-3"]
    );
    assert!(lines[0]["story"].is_string() && lines[1]["story"].is_string());
    assert!(lines[2]["story"].is_null());
}
