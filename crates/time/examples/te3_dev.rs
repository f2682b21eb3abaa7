//! Development harness: annotates TimeBank/AQUAINT inputs with naive sentences and writes
//! contract-style `timexes` lines, for scoring with `score_timex.py`.
//!
//! Usage: `cargo run -p parallax-time --example te3_dev -- INPUTS.jsonl OUT.jsonl`. A record
//! with a `sentences` array (code-point spans, as `parallax annotate` writes) is split there, so
//! the harness reproduces the pipeline's results; other records are split naively.

use parallax_model::Span;
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: te3_dev INPUTS.jsonl OUT.jsonl");
        return;
    };
    let Ok(data) = std::fs::read_to_string(input) else {
        eprintln!("cannot read {input}");
        return;
    };
    let Ok(mut out) = std::fs::File::create(output) else {
        eprintln!("cannot write {output}");
        return;
    };
    let started = std::time::Instant::now();
    let mut bytes = 0;
    let mut lines = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(rec) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let text = rec["text"].as_str().unwrap_or("");
        let published = rec["published"].as_str().and_then(|p| {
            chrono::NaiveDate::parse_from_str(p.get(..10).unwrap_or(p), "%Y-%m-%d").ok()
        });
        bytes += text.len();
        let sentences = given_sentences(&rec, text).unwrap_or_else(|| naive_sentences(text));
        let timexes = parallax_time::annotate(text, &sentences, published);
        lines.push((rec["id"].clone(), text.to_string(), timexes));
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!("{bytes} bytes in {secs:.3} s: {:.1} MB/s", bytes as f64 / secs / 1e6);
    for (id, text, timexes) in lines {
        let cp: Vec<usize> = cp_table(&text);
        let items: Vec<serde_json::Value> = timexes
            .iter()
            .map(|t| {
                serde_json::json!({"start": cp[t.span.start], "end": cp[t.span.end],
                    "text": t.span.of(&text), "type": t.kind, "value": t.value})
            })
            .collect();
        let rec = serde_json::json!({"id": id, "timexes": items});
        let _ = writeln!(out, "{rec}");
    }
}

/// Code-point offset of every byte offset.
fn cp_table(text: &str) -> Vec<usize> {
    let mut t = vec![0; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        for k in 0..c.len_utf8() {
            t[i + k] = n;
        }
        n += 1;
    }
    t[text.len()] = n;
    t
}

/// The record's own sentences, converted from code points to byte offsets.
fn given_sentences(rec: &serde_json::Value, text: &str) -> Option<Vec<Span>> {
    let items = rec.get("sentences")?.as_array()?;
    let bytes: Vec<usize> =
        text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
    let at = |v: &serde_json::Value| v.as_u64().and_then(|k| bytes.get(k as usize).copied());
    items.iter().map(|s| Some(Span::new(at(s.get("start")?)?, at(s.get("end")?)?))).collect()
}

/// Lines, cut after `.`, `!` or `?` followed by a space and a capital letter.
fn naive_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end_here = c == '\n'
            || (matches!(c, '.' | '!' | '?')
                && b.get(i + 1) == Some(&b' ')
                && b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
                && !abbreviation(&text[start..i]));
        if end_here {
            let e = if c == '\n' { i } else { i + 1 };
            if e > start {
                out.push(Span::new(start, e));
            }
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

fn abbreviation(before: &str) -> bool {
    let last = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let clock = before.ends_with("a.m") || before.ends_with("p.m");
    clock || (last.len() <= 4 && last.chars().next().is_some_and(char::is_uppercase))
}
