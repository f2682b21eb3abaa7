//! Streams synthetic documents through the clusterer and reports time per document for the
//! first and last 100,000, the peak number of stories in memory and the peak RSS.
//!
//! Run: `cargo bench -p parallax-cluster --bench stream -- [N] [DAYS]` (default 1,000,000
//! documents over 180 days). The generator mirrors `scripts/gen_stream.py`: power-law story
//! sizes (most stories one to three documents, a few hundreds), exponential delays after a
//! uniform start day, Zipfian background words, story terms and recurring entity names, and
//! 5% wire copies of an earlier document of the story.

use chrono::NaiveDate;
use parallax_cluster::{ClusterConfig, ClusterDoc};
use std::time::{Duration, Instant};

const SYLLABLES: [&str; 20] = [
    "ka", "lo", "mi", "ran", "te", "su", "vo", "ne", "di", "por", "la", "qui", "ber", "sa", "to",
    "ven", "ri", "mo", "za", "hel",
];
const LEXICON: usize = 50_000;
const NAMES: u64 = 20_000;
const OUTLETS: u64 = 300;
const MAX_STORY: usize = 500;
const WINDOW: usize = 100_000;

/// splitmix64, as in the Python script.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn word(i: u64, salt: u64) -> String {
    let (mut n, mut out) = (i * 7 + salt, String::new());
    for _ in 0..2 + (i + salt) % 3 {
        out.push_str(SYLLABLES[(n % 20) as usize]);
        n = n / 20 + i + 1;
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn name(i: u64) -> String {
    format!("{} {}", capitalise(&word(i, 11)), capitalise(&word(i / 3, 5)))
}

fn cumulative(weights: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut total = 0.0;
    let out: Vec<f64> = weights.map(|w| (total += w, total).1).collect();
    out.into_iter().map(|c| c / total).collect()
}

fn draw(cdf: &[f64], rng: &mut Rng) -> usize {
    let u = rng.uniform();
    cdf.partition_point(|&c| c < u).min(cdf.len() - 1)
}

/// `(day, story, k)` for `n` documents, sorted into stream order.
fn schedule(n: usize, days: u64, rng: &mut Rng, sizes: &[f64]) -> Vec<(u32, u32, u32)> {
    let mut out = Vec::with_capacity(n + MAX_STORY);
    let mut story = 0u32;
    while out.len() < n {
        let size = draw(sizes, rng) + 1;
        let start = rng.below(days);
        let mean = 1.0 + (size as f64).sqrt();
        for k in 0..size {
            let delay = if k == 0 { 0 } else { (-mean * (1.0 - rng.uniform()).ln()) as u64 };
            out.push(((start + delay).min(days - 1) as u32, story, k as u32));
        }
        story += 1;
    }
    out.truncate(n);
    out.sort_unstable();
    out
}

struct Generator {
    zipf: Vec<f64>,
    lexicon: Vec<String>,
}

impl Generator {
    fn story_terms(story: u32) -> (Vec<String>, Vec<String>) {
        let mut rng = Rng(u64::from(story).wrapping_mul(0x2545_F491_4F6C_DD1D).wrapping_add(17));
        let terms = (0..10 + rng.below(7))
            .map(|_| word(rng.below(1 << 30), 3) + &word(rng.below(1 << 30), 5))
            .collect();
        let names = (0..2 + rng.below(3)).map(|_| name(rng.below(NAMES))).collect();
        (terms, names)
    }

    /// Document `k` of a story, from its own seed: the same `(story, k)` gives the same text.
    fn document(&self, story: u32, k: u32) -> (String, String, String) {
        let mut rng = Rng(doc_seed(story, k));
        let (title, body) = self.fresh_document(story, &mut rng);
        let outlet = format!("outlet{}", rng.below(OUTLETS));
        if k == 0 || rng.uniform() >= 0.05 {
            return (title, body, outlet);
        }
        let (_, original, _) = self.document(story, rng.below(u64::from(k)) as u32);
        let mut words: Vec<&str> = original.split(' ').collect();
        let replacement = word(rng.below(LEXICON as u64), 0);
        let at = rng.below(words.len() as u64) as usize;
        words[at] = &replacement;
        (title, words.join(" "), outlet)
    }

    fn fresh_document(&self, story: u32, rng: &mut Rng) -> (String, String) {
        let (terms, names) = Generator::story_terms(story);
        let pick = |v: &Vec<String>, rng: &mut Rng| v[rng.below(v.len() as u64) as usize].clone();
        let n_words = 80 + rng.below(120);
        let mut words = Vec::with_capacity(n_words as usize);
        for _ in 0..n_words {
            let u = rng.uniform();
            words.push(if u < 0.2 {
                pick(&terms, rng)
            } else if u < 0.25 {
                pick(&names, rng)
            } else {
                self.lexicon[draw(&self.zipf, rng)].clone()
            });
        }
        let mut title: Vec<String> = (0..4).map(|_| pick(&terms, rng)).collect();
        title.push(names[0].clone());
        let body: Vec<String> =
            words.chunks(15).map(|s| format!("{}.", capitalise(&s.join(" ")))).collect();
        (capitalise(&title.join(" ")), body.join(" "))
    }
}

fn doc_seed(story: u32, k: u32) -> u64 {
    (u64::from(story) << 32 | u64::from(k)).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5EED
}

/// CPU seconds used by this thread (generation included), from `/proc/thread-self/stat`.
fn thread_cpu_secs() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else { return f64::NAN };
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: f64 =
        fields.get(11..13).map_or(0.0, |f| f.iter().filter_map(|t| t.parse::<f64>().ok()).sum());
    ticks / 100.0
}

fn rss_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let args: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let n = args.first().copied().unwrap_or(1_000_000) as usize;
    let days = args.get(1).copied().unwrap_or(180);
    let mut rng = Rng(7);
    let sizes = cumulative((1..=MAX_STORY).map(|k| (k as f64).powf(-2.2)));
    let gen_ = Generator {
        zipf: cumulative((1..=LEXICON).map(|r| 1.0 / (r as f64).powf(1.07))),
        lexicon: (0..LEXICON as u64).map(|i| word(i, 0)).collect(),
    };
    let plan = schedule(n, days, &mut rng, &sizes);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let mut clusterer = ClusterConfig::default().build();
    let (mut window, mut windows) = (Duration::ZERO, Vec::new());
    let (mut duplicates, mut new_stories) = (0usize, 0usize);
    println!(
        "{:>9} {:>8} {:>8} {:>8} {:>8} {:>9} {:>8} {:>8} {:>8}",
        "docs", "µs/doc", "cpu µs", "stories", "docs in", "centroid", "dups", "evicted", "RSS MB"
    );
    let mut cpu_mark = thread_cpu_secs();
    for (i, &(day, story, k)) in plan.iter().enumerate() {
        let (title, body, outlet) = gen_.document(story, k);
        let id = format!("syn-{i}");
        let doc = ClusterDoc {
            id: &id,
            published: start.checked_add_days(chrono::Days::new(u64::from(day))),
            title: Some(&title),
            body: &body,
            outlet: Some(&outlet),
            entities: &[],
        };
        let t = Instant::now();
        let a = clusterer.assign(&doc);
        window += t.elapsed();
        duplicates += usize::from(a.duplicate_of.is_some());
        new_stories += usize::from(a.new_story);
        if (i + 1) % WINDOW == 0 || i + 1 == n {
            let per_doc = window.as_secs_f64() * 1e6 / WINDOW as f64;
            let cpu = thread_cpu_secs();
            let cpu_per_doc = (cpu - cpu_mark) * 1e6 / WINDOW as f64;
            cpu_mark = cpu;
            let rss = rss_kb("VmRSS:").map_or(f64::NAN, |kb| kb as f64 / 1024.0);
            let s = clusterer.state_size();
            println!(
                "{:>9} {per_doc:>8.1} {cpu_per_doc:>8.1} {:>8} {:>8} {:>9} {:>8} {:>8} {rss:>8.0}",
                i + 1,
                s.stories,
                s.documents,
                s.centroid_terms,
                s.duplicate_entries,
                s.evicted
            );
            windows.push(per_doc);
            window = Duration::ZERO;
        }
    }
    let (first, last) =
        (windows.first().copied().unwrap_or(0.0), windows.last().copied().unwrap_or(0.0));
    println!("documents {n}, days {days}, new stories {new_stories}, duplicates {duplicates}");
    println!("first 100k {first:.1} µs/doc, last 100k {last:.1} µs/doc, ratio {:.2}", last / first);
    println!("peak resident stories {}", clusterer.peak_resident_stories());
    let hwm = rss_kb("VmHWM:").map_or(f64::NAN, |kb| kb as f64 / 1024.0);
    println!("peak RSS {hwm:.0} MB (generator state included)");
}
