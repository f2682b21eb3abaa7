//! Evaluation of quotes and speakers on PolNeAR dev (`data/quotes/polnear-dev.jsonl`): runs
//! the pipeline over the inputs, scores its `quotes` as `score_quotes.py` does (all
//! attributions, and direct quotes only), runs that scorer for comparison, measures how much
//! time quote extraction adds, and writes `eval/reports/quotes.md`. The train split is scored
//! the same way beside it: the learned weights were fitted on it, but the rules were not, and
//! with nine times dev's attributions it shows a rule's effect with less noise.

mod report;
pub mod score;

use anyhow::Result;
use parallax_model::contract::{AnnotateOutput, InputRecord};
use parallax_model::{Metadata, Origin, RawDocument, SourceFormat};
use score::{DocOutcome, Q, Tally, WordIndex};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

const INPUTS: &str = "data/quotes/inputs/polnear-dev.jsonl";
const GOLD: &str = "data/quotes/polnear-dev.jsonl";
const TRAIN_INPUTS: &str = "data/quotes/inputs/polnear-train.jsonl";
const TRAIN_GOLD: &str = "data/quotes/polnear-train.jsonl";
const SCORER: &str = "scoring/score_quotes.py";
/// General news for the second speed measure: every [`NEWS_STEP`]th article of the raw news.
const NEWS: &str = "data/raw/news-dev.jsonl";
const NEWS_STEP: usize = 10;

/// Which predicted quotes count as direct in the direct-only subset.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Subset {
    All,
    /// As the scorer: gold with a quotation mark against predicted `kind == "direct"`.
    Direct,
    /// Gold as above against predicted `direct` or `mixed` (content holding a quotation).
    DirectOrMixed,
}

/// Everything the report shows.
pub struct Results {
    pub tallies: Vec<(Subset, Tally)>,
    pub docs: Vec<(String, DocOutcome)>,
    pub outside_body: usize,
    pub gold_total: usize,
    pub python: Result<String, String>,
    /// On PolNeAR dev, then on a sample of general news (when it could be read).
    pub speed: Vec<Speed>,
    pub train: Train,
}

/// The train split's scores: all attributions and direct quotes only, and the reference
/// scorer's output on it.
pub struct Train {
    pub all: Tally,
    pub direct: Tally,
    pub python: Result<String, String>,
}

pub struct Speed {
    /// What was read, for the report.
    pub corpus: String,
    pub bytes: usize,
    pub pipeline_secs: f64,
    pub quotes_secs: f64,
    /// How much quote extraction adds to the time of the rest of the pipeline, in percent: the
    /// median over rounds of each round's share, so that both times of a share were taken under
    /// the same load.
    pub added: f64,
}

pub fn run(shared: &Path, out: &Path) -> Result<()> {
    let (records, outputs, pred_path, _) =
        super::annotate_inputs(&shared.join(INPUTS), out, "quotes")?;
    let gold = super::read_jsonl(&shared.join(GOLD))?;
    let (_, train_outputs, train_path, _) =
        super::annotate_inputs(&shared.join(TRAIN_INPUTS), out, "quotes-train")?;
    let train_gold = super::read_jsonl(&shared.join(TRAIN_GOLD))?;
    let train_python =
        super::run_scorer(&shared.join(SCORER), &shared.join(TRAIN_GOLD), &train_path);
    let mut results = Results {
        tallies: Vec::new(),
        docs: Vec::new(),
        outside_body: 0,
        gold_total: 0,
        python: super::run_scorer(&shared.join(SCORER), &shared.join(GOLD), &pred_path),
        speed: speeds(shared, &records),
        train: Train {
            all: score_split(&train_gold, &train_outputs, Subset::All, None).0,
            direct: score_split(&train_gold, &train_outputs, Subset::Direct, None).0,
            python: train_python,
        },
    };
    for subset in [Subset::All, Subset::Direct, Subset::DirectOrMixed] {
        let docs = (subset == Subset::All).then_some(&mut results.docs);
        let (total, gold_total, outside_body) = score_split(&gold, &outputs, subset, docs);
        if subset == Subset::All {
            results.gold_total = gold_total;
            results.outside_body = outside_body;
        }
        results.tallies.push((subset, total));
    }
    let text = report::render(&results);
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("quotes.md"), text)?;
    println!("{}", report::summary(&results));
    Ok(())
}

/// Scores one split's outputs against its gold records on `subset`: the total tally, the
/// number of gold quotes and how many of them lie outside the output's body. Each document's
/// outcome goes to `docs` when given.
fn score_split(
    gold: &[Value],
    outputs: &[AnnotateOutput],
    subset: Subset,
    mut docs: Option<&mut Vec<(String, DocOutcome)>>,
) -> (Tally, usize, usize) {
    let by_id: HashMap<&str, &AnnotateOutput> =
        outputs.iter().map(|o| (o.id.as_str(), o)).collect();
    let (mut total, mut gold_total, mut outside_body) = (Tally::default(), 0, 0);
    for g in gold {
        let id = g.get("id").and_then(Value::as_str).unwrap_or_default();
        let text = g.get("text").and_then(Value::as_str).unwrap_or_default();
        let chars: Vec<char> = text.chars().collect();
        let wi = WordIndex::new(&chars);
        let mut golds = gold_quotes(g, &chars);
        let mut preds = by_id.get(id).map(|o| pred_quotes(o, chars.len())).unwrap_or_default();
        if subset != Subset::All {
            golds.retain(|q| q.direct);
            preds.retain(|(q, mixed)| q.direct || (subset == Subset::DirectOrMixed && *mixed));
        }
        let preds: Vec<Q> = preds.into_iter().map(|(q, _)| q).collect();
        let outcome = score::score_doc(&chars, &wi, &golds, &preds);
        total.add(&outcome.tally);
        gold_total += golds.len();
        outside_body += by_id.get(id).map_or(golds.len(), |o| outside(o, &golds));
        if let Some(docs) = docs.as_mut() {
            docs.push((id.to_string(), outcome));
        }
    }
    (total, gold_total, outside_body)
}

fn pair(v: &Value) -> Option<(usize, usize)> {
    Some((v.get("start")?.as_u64()? as usize, v.get("end")?.as_u64()? as usize))
}

fn text_of(chars: &[char], spans: &[(usize, usize)]) -> String {
    let parts: Vec<String> = spans
        .iter()
        .map(|&(s, e)| chars.get(s..e.min(chars.len())).unwrap_or_default().iter().collect())
        .collect();
    parts.join(" ... ")
}

/// The gold quotes of a PolNeAR record: each attribution with a content.
pub fn gold_quotes(rec: &Value, chars: &[char]) -> Vec<Q> {
    let items = rec.get("attributions").and_then(Value::as_array).cloned().unwrap_or_default();
    items
        .iter()
        .filter_map(|a| {
            let content = a.get("content").filter(|c| !c.is_null())?;
            let frags = fragments(content);
            let source = a.get("source").filter(|s| !s.is_null());
            let spk = source.map(fragments).unwrap_or_default();
            let mut q = Q::new(frags, spk.clone(), source.is_some());
            q.cue = a.get("cue").and_then(pair);
            q.direct = a.get("direct").and_then(Value::as_bool).unwrap_or(false);
            q.spk_text = text_of(chars, &spk);
            q.cue_text = q.cue.map(|c| text_of(chars, &[c])).unwrap_or_default();
            Some(q)
        })
        .collect()
}

fn fragments(v: &Value) -> Vec<(usize, usize)> {
    let frags = v.get("fragments").and_then(Value::as_array).cloned().unwrap_or_default();
    let out: Vec<(usize, usize)> = frags.iter().filter_map(pair).collect();
    if out.is_empty() { pair(v).into_iter().collect() } else { out }
}

/// The predicted quotes of an output line, each with whether it is `mixed`; spans out of
/// range or empty are skipped, as the scorer does.
fn pred_quotes(o: &AnnotateOutput, n: usize) -> Vec<(Q, bool)> {
    o.quotes
        .iter()
        .filter(|q| q.end > q.start && q.end <= n)
        .map(|q| {
            let spk: Vec<(usize, usize)> = q.speaker.iter().map(|s| (s.start, s.end)).collect();
            let mut p = Q::new(vec![(q.start, q.end)], spk, q.speaker.is_some());
            p.cue = q.cue.as_ref().map(|c| (c.start, c.end));
            p.direct = q.kind == parallax_model::QuoteKind::Direct;
            p.spk_text = q.speaker.as_ref().map(|s| s.text.clone()).unwrap_or_default();
            p.cue_text = q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default();
            (p, q.kind == parallax_model::QuoteKind::Mixed)
        })
        .collect()
}

/// Gold quotes whose content lies outside every body range of the output.
fn outside(o: &AnnotateOutput, golds: &[Q]) -> usize {
    golds
        .iter()
        .filter(|g| !o.body.iter().any(|b| b.start <= g.bounds.0 && g.bounds.1 <= b.end))
        .count()
}

/// Rounds over each corpus; each time reported is the median round.
const ROUNDS: usize = 21;

/// The speed on PolNeAR dev, whose political news is dense with quotes, and on every
/// [`NEWS_STEP`]th article of the raw news, which is closer to a feed's mix. A news file that
/// cannot be read is said so on standard error and left out.
fn speeds(shared: &Path, dev: &[InputRecord]) -> Vec<Speed> {
    let mut out = vec![speed("PolNeAR dev", dev)];
    let news = super::read_jsonl(&shared.join(NEWS)).and_then(|rows| {
        let sample = rows.into_iter().step_by(NEWS_STEP);
        Ok(sample.map(serde_json::from_value).collect::<Result<Vec<InputRecord>, _>>()?)
    });
    match news {
        Ok(records) => out.push(speed(
            &format!("every {NEWS_STEP}th article of `{NEWS}` ({} articles)", records.len()),
            &records,
        )),
        Err(e) => eprintln!("quotes speed: {NEWS} left out: {e:#}"),
    }
    out
}

/// The whole pipeline's time and quote extraction's alone (over the pipeline's analyses and
/// entities), each the median of [`ROUNDS`] rounds, so that one slow round on a shared machine
/// does not move the share. The two are timed in turns, round by round, so that a change in the
/// machine's load falls on both.
fn speed(corpus: &str, records: &[InputRecord]) -> Speed {
    let pipeline = parallax_pipeline::PipelineConfig::default().build();
    let docs: Vec<_> = records
        .iter()
        .map(|r| {
            let mut raw = RawDocument::new(r.text.clone(), SourceFormat::Jsonl, Origin::default());
            raw.id = r.id.clone();
            raw.given = Metadata {
                title: r.title.clone(),
                published: r.published.clone(),
                outlet: r.outlet.clone(),
                url: r.url.clone(),
                authors: Vec::new(),
            };
            raw.given_by_caller = true;
            pipeline.process(raw)
        })
        .collect();
    let annotator = parallax_entities::EntityAnnotator::builtin();
    let entities: Vec<_> = docs
        .iter()
        .map(|d| parallax_entities::EntityAnnotations {
            mentions: d.annotations.entities.clone(),
            table: d.annotations.entity_table.clone(),
        })
        .collect();
    let mut pipeline_secs = Vec::with_capacity(ROUNDS);
    let mut quotes_secs = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        pipeline_secs
            .push(timed(|| records.iter().map(parallax_pipeline::annotate_record).count()));
        quotes_secs.push(timed(|| {
            docs.iter()
                .zip(&entities)
                .map(|(d, e)| {
                    parallax_quotes::annotate(&d.doc.text, &d.analysis, e, annotator).len()
                })
                .sum()
        }));
    }
    // What quotes add, round by round: a round's two timings share the machine's load.
    let added = pipeline_secs
        .iter()
        .zip(&quotes_secs)
        .map(|(&p, &q)| 100.0 * q / (p - q).max(1e-9))
        .collect();
    let (pipeline_secs, quotes_secs) = (median(pipeline_secs), median(quotes_secs));
    let bytes = records.iter().map(|r| r.text.len()).sum();
    Speed { corpus: corpus.to_string(), bytes, pipeline_secs, quotes_secs, added: median(added) }
}

/// The seconds one run of `round` takes.
fn timed(round: impl FnOnce() -> usize) -> f64 {
    let started = Instant::now();
    std::hint::black_box(round());
    started.elapsed().as_secs_f64()
}

/// The median of some timings.
fn median(mut secs: Vec<f64>) -> f64 {
    secs.sort_by(f64::total_cmp);
    secs[secs.len() / 2]
}
