//! Training of the learned cue detector and content-end model: `cargo xtask train quotes`.
//!
//! Reads PolNeAR's training split (`data/quotes/polnear-train.jsonl`, never the dev split,
//! which the evaluation holds out) and analyses each article as `parallax annotate` does
//! (cleaner, then tokens and sentences). About one article in six is held apart for
//! validation ([`is_validation`]): each candidate configuration is trained on the rest, its
//! thresholds are chosen by speaker-attributed F1 on the validation articles (scored as
//! `score_quotes.py` does), and the best is retrained on all training articles and written to
//! `crates/quotes/data/cues.bin`. `PARALLAX_QUOTES_EPOCHS` sets the passes (default 8).

use crate::eval::quotes::gold_quotes;
use crate::eval::quotes::score::{self, Q, Tally, WordIndex, prf};
use anyhow::{Result, bail};
use parallax_model::{Metadata, Origin, RawDocument, SourceFormat, Span};
use parallax_quotes::doc::Doc;
use parallax_quotes::learn::{COORDINATED, Model, Params, RUNS_ON, SHORT, WIDEN};
use parallax_quotes::train::{Config, TrainDoc, byte_offsets, is_validation, train};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const TRAIN: &str = "data/quotes/polnear-train.jsonl";

/// Candidate-word settings tried; thresholds are tried for each.
const RATES: [(usize, f64); 2] = [(2, 0.02), (1, 0.001)];
const CUE_THRESHOLDS: [f32; 9] = [-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0];
const ALONE_BONUSES: [f32; 8] = [-10.0, -7.0, -5.0, -4.0, -3.0, -2.0, -1.0, 0.0];
const END_THRESHOLDS: [f32; 7] = [0.0, 2.0, 4.0, 6.0, 8.0, 11.0, 15.0];

/// One article read for training: its record (for the gold quotes) and the training view.
struct Article<'a> {
    rec: &'a Value,
    doc: TrainDoc,
    validation: bool,
}

pub fn run(shared: &Path) -> Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let epochs =
        std::env::var("PARALLAX_QUOTES_EPOCHS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let records = crate::eval::read_jsonl(&shared.join(TRAIN))?;
    let articles = read(&records);
    if articles.is_empty() {
        bail!("no training documents read from {}", shared.join(TRAIN).display());
    }
    let fit: Vec<&TrainDoc> = articles.iter().filter(|a| !a.validation).map(|a| &a.doc).collect();
    let val: Vec<&Article> = articles.iter().filter(|a| a.validation).collect();
    println!(
        "{} of {} training articles: {} to fit, {} to validate",
        articles.len(),
        records.len(),
        fit.len(),
        val.len()
    );
    // A trial (`PARALLAX_QUOTES_TRY`) validates the broadest candidate setting only and writes
    // nothing.
    let trial = std::env::var_os("PARALLAX_QUOTES_TRY").is_some();
    let rates = if trial { &RATES[RATES.len() - 1..] } else { &RATES[..] };
    let mut best: Option<(f64, Config, Params)> = None;
    for &(min_count, min_rate) in rates {
        let cfg = Config { min_count, min_rate, epochs };
        let (mut model, _) = train(&fit, cfg, Params::default());
        let (f, params, t) = choose(&mut model, &val);
        let (p, r, _) = prf(t.spk_tp, t.pred_spk, t.gold_spk);
        println!(
            "candidates ≥{min_count} at ≥{min_rate}: {} words; best {params:?}: \
             validation speaker P {p:.4} R {r:.4} F1 {f:.4}; overlap50 R {:.4}",
            model.candidates(),
            t.ov_tp as f64 / t.gold.max(1) as f64
        );
        if best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, cfg, params));
        }
    }
    let Some((f, cfg, params)) = best else { bail!("no configuration trained") };
    if trial {
        return Ok(());
    }
    println!("chosen {cfg:?} {params:?} (validation F1 {f:.4}); retraining on all articles");
    let all: Vec<&TrainDoc> = articles.iter().map(|a| &a.doc).collect();
    let (model, log) = train(&all, cfg, params);
    for (i, e) in log.iter().enumerate() {
        println!("epoch {}: {} of {} tokens wrong", i + 1, e.wrong, e.total);
    }
    let bytes = model.to_bytes();
    let out = root.join("crates/quotes/data/cues.bin");
    std::fs::write(&out, &bytes)?;
    println!("wrote {} ({:.2} MB)", out.display(), bytes.len() as f64 / 1e6);
    Ok(())
}

/// The records the pipeline's cleaner leaves whole, analysed.
fn read(records: &[Value]) -> Vec<Article<'_>> {
    let pipeline = parallax_pipeline::PipelineConfig::default().build();
    let mut out = Vec::new();
    for rec in records {
        let text = rec.get("text").and_then(Value::as_str).unwrap_or_default();
        let mut raw = RawDocument::new(text.to_string(), SourceFormat::Jsonl, Origin::default());
        raw.given = Metadata {
            title: rec.get("title").and_then(Value::as_str).map(str::to_string),
            published: rec.get("date").and_then(Value::as_str).map(str::to_string),
            outlet: rec.get("publisher").and_then(Value::as_str).map(str::to_string),
            url: None,
            authors: Vec::new(),
        };
        raw.given_by_caller = true;
        let processed = pipeline.process(raw);
        if processed.doc.text != text {
            continue;
        }
        let article = rec.get("doc_id").or(rec.get("id")).and_then(Value::as_str);
        let attributions = attributions(rec, text);
        let speakers = speakers(rec, text);
        let analysis = processed.analysis;
        out.push(Article {
            rec,
            doc: TrainDoc { text: text.to_string(), analysis, attributions, speakers },
            validation: is_validation(article.unwrap_or_default()),
        });
    }
    out
}

/// The thresholds and rules with the best speaker-attributed F1 on the validation articles
/// (a tenth of the overlap F1 breaks near ties, for rules that add speakerless quotes): the
/// thresholds on a grid, then each rule switched if that helps, then the grid again. Sets them
/// on `model`; returns the F1, them and the tally.
fn choose(model: &mut Model, val: &[&Article]) -> (f64, Params, Tally) {
    let mut best = (-1.0, Params::default(), Tally::default());
    let consider = |model: &mut Model, params: Params, best: &mut (f64, Params, Tally)| {
        model.params = params;
        let t = validate(model, val, false);
        let f = prf(t.spk_tp, t.pred_spk, t.gold_spk).2 + 0.1 * prf(t.ov_tp, t.pred, t.gold).2;
        if f > best.0 {
            *best = (f, params, t);
        }
    };
    for round in 0..2 {
        let (rules, alone) = (best.1.rules, best.1.alone);
        for cue in CUE_THRESHOLDS {
            for end in END_THRESHOLDS {
                consider(model, Params { cue, end, alone, rules }, &mut best);
            }
        }
        for alone in ALONE_BONUSES {
            consider(model, Params { alone, ..best.1 }, &mut best);
        }
        if round == 0 {
            for rule in [WIDEN, RUNS_ON, COORDINATED, SHORT] {
                let params = Params { rules: best.1.rules ^ rule, ..best.1 };
                consider(model, params, &mut best);
            }
        }
    }
    model.params = best.1;
    if std::env::var_os("PARALLAX_QUOTES_ERRORS").is_some() {
        validate(model, val, true);
    }
    let t = best.2.clone();
    (prf(t.spk_tp, t.pred_spk, t.gold_spk).2, best.1, t)
}

/// Scores `model` on the validation articles; `show` prints the commonest errors.
fn validate(model: &Model, val: &[&Article], show: bool) -> Tally {
    let mut total = Tally::default();
    let mut missed: HashMap<String, usize> = HashMap::new();
    let mut spurious: HashMap<String, usize> = HashMap::new();
    let mut diag = String::new();
    let mut classes: HashMap<String, usize> = HashMap::new();
    if show {
        let _ = std::fs::remove_file(std::env::temp_dir().join("quotes-heads.txt"));
    }
    for a in val.iter().filter(|a| a.rec.get("primary").and_then(Value::as_bool) != Some(false)) {
        let text = &a.doc.text;
        let chars: Vec<char> = text.chars().collect();
        let golds = gold_quotes(a.rec, &chars);
        let doc = Doc::with_model(text, &a.doc.analysis, model);
        let preds = predicted(&doc, text);
        let outcome = score::score_doc(&chars, &WordIndex::new(&chars), &golds, &preds);
        total.add(&outcome.tally);
        if show {
            diagnose(&chars, &outcome, &mut diag);
            heads(&doc, text, &outcome, &mut classes);
            for g in outcome.missed.iter().filter(|g| g.has_spk) {
                *missed.entry(g.cue_text.to_lowercase()).or_default() += 1;
            }
            for p in outcome.spurious.iter().filter(|p| p.has_spk) {
                *spurious.entry(p.cue_text.to_lowercase()).or_default() += 1;
            }
        }
    }
    if show {
        let _ = std::fs::write(std::env::temp_dir().join("quotes-validation.txt"), diag);
        println!("missed by gold cue: {}", top(missed));
        println!("spurious by our cue: {}", top(spurious));
        println!("missed by head class: {}", top(classes));
    }
    total
}

/// Counts each missed attribution by what its gold cue's head is to the model: no word, not a
/// candidate (known to the lexicon or not), or a candidate scoring below or above the threshold.
fn heads(doc: &Doc, text: &str, o: &score::DocOutcome, classes: &mut HashMap<String, usize>) {
    use std::io::Write;
    let b = byte_offsets(text);
    let path = std::env::temp_dir().join("quotes-heads.txt");
    let mut file = std::fs::OpenOptions::new().append(true).create(true).open(path).ok();
    let mut buf = Vec::new();
    for g in o.missed.iter().filter(|g| g.has_spk) {
        let Some((s, e)) = g.cue else { continue };
        let cue = Span::new(b[s.min(b.len() - 1)], b[e.min(b.len() - 1)]);
        let class = match parallax_quotes::learn::head(doc, cue) {
            None => "no-head".to_string(),
            Some(h) if doc.passage_at(h).is_some() => "in-passage".to_string(),
            Some(h) if !doc.model.is_candidate_at(doc, h) => {
                let lex = parallax_quotes::lexicon::cue(doc.word(h)).is_some();
                format!("new-{}", if lex { "lexicon" } else { "word" })
            }
            Some(h) => {
                let s = doc.sentence(doc.sentence_of[h] as usize);
                let score = doc.model.score(doc, h, &s, &mut buf);
                let line = doc.span(s.clone()).of(text).replace('\n', " ");
                if let Some(f) = file.as_mut() {
                    let _ = writeln!(f, "{score:.1}\t{}\t{}\t{line}", doc.word(h), g.cue_text);
                }
                format!("candidate-{}", if score > 0.0 { "above" } else { "below" })
            }
        };
        *classes.entry(class).or_default() += 1;
    }
}

fn top(counts: HashMap<String, usize>) -> String {
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let shown: Vec<String> = v.iter().take(40).map(|(k, n)| format!("{k}:{n}")).collect();
    shown.join(" ")
}

/// The model's quotes of a document in code points, as the scorer reads them.
fn predicted(doc: &Doc, text: &str) -> Vec<Q> {
    let b = byte_offsets(text);
    let cp = |x: usize| b.partition_point(|&o| o < x);
    let pair = |s: Span| (cp(s.start), cp(s.end));
    parallax_quotes::find(doc)
        .into_iter()
        .map(|f| {
            let spk: Vec<(usize, usize)> = f.speaker.iter().map(|&s| pair(s)).collect();
            let mut q = Q::new(vec![pair(f.content)], spk, f.speaker.is_some());
            q.cue = f.cue.map(pair);
            q.cue_text = f.cue.map(|c| c.of(text).to_string()).unwrap_or_default();
            q
        })
        .collect()
}

/// The (cue, content) byte spans of a record's attributions that have both.
fn attributions(rec: &Value, text: &str) -> Vec<(Span, Span)> {
    read_attributions(rec, text, |a, span| Some((span(a.get("cue")?)?, span(a.get("content")?)?)))
}

/// Every content of a record's attributions (outer bounds) with its speaker's span, if any.
fn speakers(rec: &Value, text: &str) -> Vec<(Span, Option<Span>)> {
    read_attributions(rec, text, |a, span| {
        Some((span(a.get("content")?)?, a.get("source").and_then(span)))
    })
}

/// Reads each of a record's attributions with `pick`, which is given a reader of code-point
/// `{start, end}` objects as byte spans of `text`; attributions it returns `None` for are left
/// out.
fn read_attributions<T>(
    rec: &Value,
    text: &str,
    pick: impl Fn(&Value, &dyn Fn(&Value) -> Option<Span>) -> Option<T>,
) -> Vec<T> {
    let b = byte_offsets(text);
    let span = |v: &Value| {
        let s = *b.get(v.get("start")?.as_u64()? as usize)?;
        let e = *b.get(v.get("end")?.as_u64()? as usize)?;
        Some(Span::new(s, e))
    };
    let items = rec.get("attributions").and_then(Value::as_array);
    items.into_iter().flatten().filter_map(|a| pick(a, &span)).collect()
}

/// Appends to `out` each error of one validation article with its text, for reading.
fn diagnose(chars: &[char], o: &score::DocOutcome, out: &mut String) {
    let text = |b: (usize, usize)| -> String {
        let s: String = chars[b.0.min(chars.len())..b.1.min(chars.len())].iter().collect();
        s.replace('\n', " | ")
    };
    let spk = |q: &Q| q.spk.first().map(|&b| text(b)).unwrap_or_default();
    for g in o.missed.iter().filter(|g| g.has_spk) {
        let near = o
            .spurious
            .iter()
            .find(|p| p.cue.zip(g.cue).is_some_and(|(a, b)| score::overlap(a, b) > 0));
        let kind = if near.is_some() { "SPAN" } else { "MISS" };
        out.push_str(&format!(
            "{kind} cue={:?} spk={:?}\n  gold: {}\n",
            g.cue_text,
            spk(g),
            text(g.bounds)
        ));
        if let Some(p) = near {
            out.push_str(&format!("  ours: {}\n", text(p.bounds)));
        }
    }
    for p in o.spurious.iter().filter(|p| p.has_spk) {
        out.push_str(&format!(
            "FALSE cue={:?} spk={:?}\n  ours: {}\n",
            p.cue_text,
            spk(p),
            text(p.bounds)
        ));
    }
    for (g, p) in &o.wrong_speaker {
        out.push_str(&format!(
            "SPEAKER gold={:?} ours={:?} cue={:?} gcue={:?}\n  gold: {}\n  ours: {}\n  before: {}\n",
            spk(g),
            spk(p),
            p.cue_text,
            g.cue_text,
            text(g.bounds),
            text(p.bounds),
            text((g.bounds.0.saturating_sub(300), g.bounds.0))
        ));
    }
}
