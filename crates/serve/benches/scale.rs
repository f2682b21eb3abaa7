//! Serving at scale: a store of 100,000 generated articles, then the median time of searches
//! (`GET /api/search`) and story pages (`GET /stories/{id}`) through the server's router, as a
//! client sees them less the network.
//!
//! Run: `cargo bench -p parallax-serve --bench scale -- [N]` (default 100,000). The store is
//! built once under `target/bench-data/` by the real pipeline (analysis, storage, story
//! clustering) from the synthetic stream of `parallax_cluster::synth`, with news-like sentences
//! (speech, dates, places, denials) added to each document, and reused by later runs.
//!
//! Then uploads (`POST /api/articles`, ten new articles each) into a copy of the store: the
//! first, which clusters the whole store, and the ones after it, which assign only their own
//! articles.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use parallax_cluster::synth::{Generator, Rng, capitalise, schedule, word};
use parallax_model::Origin;
use parallax_model::contract::InputRecord;
use parallax_pipeline::{PipelineConfig, stored_from_record, update_stories};
use parallax_serve::{ServeConfig, router};
use parallax_store::Store;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tower::ServiceExt;

const PLACES: [&str; 12] = [
    "Russia",
    "Ukraine",
    "North Korea",
    "China",
    "France",
    "Brazil",
    "Kenya",
    "Japan",
    "Germany",
    "India",
    "Mexico",
    "Egypt",
];
const CITIES: [&str; 8] =
    ["Moscow", "Kyiv", "Seoul", "Beijing", "Paris", "Nairobi", "Tokyo", "Berlin"];
const WEEKDAYS: [&str; 5] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS: [&str; 6] = ["January", "February", "March", "April", "May", "June"];

fn main() {
    let n: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(100_000);
    let db = bench_dir().join(format!("serve-{n}.db"));
    if !complete(&db, n) {
        build_store(n, &db);
    }
    let store = Store::open_read_only(&db).expect("the bench store opens");
    let (n_docs, n_stories) = (store.n_documents().unwrap(), store.n_stories().unwrap());
    println!("store: {} documents, {} stories, {}", n_docs, n_stories, db.display());
    let app = router(ServeConfig::new(db.clone())).expect("the router starts");
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let get = |uri: String| {
        let app = app.clone();
        runtime.block_on(async move {
            let t = Instant::now();
            let response =
                app.oneshot(Request::get(&uri).body(Body::empty()).unwrap()).await.unwrap();
            let status = response.status();
            let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
            (t.elapsed(), status, body.len())
        })
    };
    println!("\n| request | n | median ms | p90 ms | max ms |\n|---|---:|---:|---:|---:|");
    let mut every_search = Vec::new();
    for (class, uris) in search_queries(&store) {
        let runs: Vec<_> = uris.into_iter().map(&get).collect();
        every_search.extend(runs.iter().copied());
        report(&class, runs);
    }
    report("search, all of the above", every_search);
    let stories = story_ids(&store);
    report("story page, largest 20 stories", stories.0.iter().map(|id| get(page(id))).collect());
    report("story page, 200 random stories", stories.1.iter().map(|id| get(page(id))).collect());
    report("story API, 200 random stories", stories.1.iter().map(|id| get(api(id))).collect());
    report("story list page", (0..50).map(|p| get(format!("/?page={p}"))).collect());
    drop(store);
    uploads(&db, n, &runtime);
}

/// Times uploads of ten new articles each into a copy of the store (the cached store stays as
/// built): the first upload, then 20 more.
fn uploads(db: &Path, n: usize, runtime: &tokio::runtime::Runtime) {
    const TOKEN: &str = "bench-token";
    let copy = db.with_extension("uploads.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
    }
    // A checkpoint first, so that the copy holds everything the store does.
    drop(Store::open(db).expect("the bench store opens for a checkpoint"));
    std::fs::copy(db, &copy).expect("the bench store is copied");
    let config = ServeConfig { token: Some(TOKEN.into()), ..ServeConfig::new(copy.clone()) };
    let app = router(config).expect("the router starts");
    let generator = Generator::default();
    let mut rng = Rng(2024);
    let mut post = |round: usize| {
        // New articles of stories already stored, on the stream's last day, with texts of
        // their own (document numbers past any the stream used).
        let records: Vec<InputRecord> = (0..10)
            .map(|j| {
                let story = rng.below(20_000) as u32;
                let k = 100_000 + (round * 10 + j) as u32;
                record(&generator, n + round * 10 + j, 179, story, k)
            })
            .collect();
        let body = serde_json::to_string(&records).expect("records serialise");
        let app = app.clone();
        runtime.block_on(async move {
            let request = Request::post("/api/articles")
                .header("authorization", format!("Bearer {TOKEN}"))
                .header("content-type", "application/json")
                .body(Body::from(body))
                .unwrap();
            let t = Instant::now();
            let response = app.oneshot(request).await.unwrap();
            let status = response.status();
            let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
            let ok = if status == StatusCode::CREATED { StatusCode::OK } else { status };
            (t.elapsed(), ok, body.len())
        })
    };
    report("upload of 10 articles, the first (clusters the store)", vec![post(0)]);
    report("upload of 10 articles, each later one", (1..=20).map(&mut post).collect());
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
    }
}

fn page(id: &str) -> String {
    format!("/stories/{}", encode(id))
}

fn api(id: &str) -> String {
    format!("/api/stories/{}", encode(id))
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Prints the median, 90th percentile and maximum of a set of timed requests; every request
/// must have succeeded.
fn report(class: &str, mut runs: Vec<(Duration, StatusCode, usize)>) {
    let failed = runs.iter().filter(|r| r.1 != StatusCode::OK).count();
    assert_eq!(failed, 0, "{class}: {failed} requests failed");
    runs.sort_by_key(|r| r.0);
    let ms = |i: usize| runs[i.min(runs.len() - 1)].0.as_secs_f64() * 1e3;
    let n = runs.len();
    println!("| {class} | {n} | {:.1} | {:.1} | {:.1} |", ms(n / 2), ms(n * 9 / 10), ms(n - 1));
}

/// Searches by kind: common words, mid-frequency words, a story's rare terms, names as
/// phrases, two words, and a common word with each filter.
fn search_queries(store: &Store) -> Vec<(String, Vec<String>)> {
    let mut rng = Rng(99);
    let q = |s: &str| format!("/api/search?q={}", encode(s));
    let common: Vec<String> = (0..10).map(|i| q(&word(i, 0))).collect();
    let mid: Vec<String> = (0..100).map(|_| q(&word(100 + rng.below(2_000), 0))).collect();
    let rare: Vec<String> =
        (0..100).map(|_| q(&Generator::story_terms(rng.below(20_000) as u32).0[0])).collect();
    let names: Vec<String> = (0..100)
        .map(|_| q(&format!("\"{}\"", Generator::story_terms(rng.below(20_000) as u32).1[0])))
        .collect();
    let pairs: Vec<String> = (0..100)
        .map(|_| q(&format!("{} {}", word(rng.below(500), 0), word(rng.below(5_000), 0))))
        .collect();
    let korea = store.entity_by_key("country:KP").ok().flatten().map_or(0, |e| e.id);
    let filtered: Vec<String> = (0..100)
        .map(|i| {
            let base = q(&word(rng.below(200), 0));
            match i % 3 {
                0 => format!("{base}&outlet=outlet{}", rng.below(300)),
                1 => format!("{base}&from=2024-02&to=2024-03"),
                _ => format!("{base}&entity={korea}"),
            }
        })
        .collect();
    vec![
        ("search, 10 most common words".into(), common),
        ("search, mid-frequency words".into(), mid),
        ("search, a story's rare term".into(), rare),
        ("search, a name as a phrase".into(), names),
        ("search, two words".into(), pairs),
        ("search, common word + filter".into(), filtered),
    ]
}

/// The 20 largest stories and 200 others drawn at random.
fn story_ids(store: &Store) -> (Vec<String>, Vec<String>) {
    let largest = store.list_stories(20, 0).unwrap().into_iter().map(|s| s.id).collect();
    let n = store.n_stories().unwrap();
    let mut rng = Rng(5);
    let random = (0..200)
        .filter_map(|_| store.list_stories(1, rng.below(n as u64) as usize).ok()?.pop())
        .map(|s| s.id)
        .collect();
    (largest, random)
}

fn bench_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("bench-data");
    std::fs::create_dir_all(&dir).expect("the bench folder can be made");
    dir
}

/// A store counts as built when the build wrote its marker (a stream may repeat a text, which
/// is stored once, so the document count alone cannot say).
fn complete(db: &Path, _n: usize) -> bool {
    marker(db).exists() && Store::open_read_only(db).is_ok_and(|s| s.n_stories().unwrap_or(0) > 0)
}

fn marker(db: &Path) -> PathBuf {
    db.with_extension("built")
}

fn build_store(n: usize, db: &Path) {
    let _ = std::fs::remove_file(db);
    let _ = std::fs::remove_file(marker(db));
    let t = Instant::now();
    let pipeline = PipelineConfig::default().build();
    let generator = Generator::default();
    let plan = schedule(n, 180, &mut Rng(7));
    let mut store = Store::open(db).expect("the bench store can be created");
    for (c, chunk) in plan.chunks(2_000).enumerate() {
        let docs: Vec<_> = chunk
            .par_iter()
            .enumerate()
            .map(|(i, &(day, story, k))| {
                let record = record(&generator, c * 2_000 + i, day, story, k);
                stored_from_record(&pipeline, &record, Origin::default())
            })
            .collect();
        store.insert_batch(&docs).expect("the batch is stored");
        eprint!("\rbuilding the bench store: {} documents", ((c + 1) * 2_000).min(n));
    }
    let docs = store.documents().expect("documents read back");
    let clustering = Instant::now();
    let (stories, _) = update_stories(&mut store, &docs).expect("stories stored");
    eprintln!("\rclustered and stored the stories in {:.1} s", clustering.elapsed().as_secs_f64());
    std::fs::write(marker(db), "built\n").expect("the marker is written");
    eprintln!(
        "\rbuilt {} documents in {} stories in {:.0} s",
        docs.len(),
        stories.len(),
        t.elapsed().as_secs_f64()
    );
}

/// A synthetic article: the stream's words with news-like sentences about the story's people,
/// places and days, so that every stage of the pipeline has something to find.
fn record(generator: &Generator, i: usize, day: u32, story: u32, k: u32) -> InputRecord {
    let (title, body, outlet) = generator.document(story, k);
    let (terms, names) = Generator::story_terms(story);
    let mut rng = Rng(u64::from(story) * 31 + 7);
    let mut pick = |n: usize| rng.below(n as u64) as usize;
    let (a, b) = (PLACES[pick(PLACES.len())], PLACES[pick(PLACES.len())]);
    let city = CITIES[pick(CITIES.len())];
    let (weekday, month) = (WEEKDAYS[pick(5)], MONTHS[pick(6)]);
    let speaker = &names[pick(names.len())];
    let news = format!(
        "{speaker} said on {weekday} that {a} had sent {} to {b} in {month}. \
         \"The {} will not stop,\" {} told reporters in {city}. \
         {b} denied the report, calling it baseless.",
        terms[0],
        terms[1 % terms.len()],
        names[names.len() - 1],
    );
    let date =
        chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(u64::from(day));
    InputRecord {
        id: Some(format!("syn-{i}")),
        text: format!("{news}\n\n{body}"),
        title: Some(capitalise(&title)),
        published: Some(date.to_string()),
        outlet: Some(outlet),
        url: None,
    }
}
