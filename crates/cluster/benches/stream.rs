//! Streams synthetic documents through the clusterer and reports time per document for the
//! first and last 100,000, the peak number of stories in memory, the live heap and the RSS.
//!
//! As a streaming caller would, it takes closed (evicted) stories and merges from the clusterer
//! every 1,000 documents and spills them to a file, so the clusterer holds only live stories.
//!
//! Run: `cargo bench -p parallax-cluster --bench stream -- [N] [DAYS]` (default 1,000,000
//! documents over 180 days). The generator mirrors `scripts/gen_stream.py`: power-law story
//! sizes (most stories one to three documents, a few hundreds), exponential delays after a
//! uniform start day, Zipfian background words, story terms and recurring entity names, and
//! 5% wire copies of an earlier document of the story.

use cap::Cap;
use chrono::NaiveDate;
use parallax_cluster::synth::{Generator, Rng, schedule};
use parallax_cluster::{ClusterConfig, ClusterDoc};
use std::alloc::System;
use std::io::Write;
use std::time::{Duration, Instant};

const WINDOW: usize = 100_000;
const SPILL_EVERY: usize = 1_000;

/// The system allocator, counting the bytes currently allocated, so the report can tell live
/// state from allocator fragmentation.
#[global_allocator]
static ALLOCATOR: Cap<System> = Cap::new(System, usize::MAX);

fn live_mb() -> f64 {
    ALLOCATOR.allocated() as f64 / (1024.0 * 1024.0)
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
    let gen_ = Generator::default();
    let plan = schedule(n, days, &mut rng);
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let mut clusterer = ClusterConfig::default().build();
    let spill_path =
        std::env::temp_dir().join(format!("parallax-stream-{}.tsv", std::process::id()));
    let Ok(file) = std::fs::File::create(&spill_path) else {
        eprintln!("cannot create the spill file {}", spill_path.display());
        return;
    };
    let mut spill = std::io::BufWriter::new(file);
    let (mut spilled_closed, mut spilled_merges) = (0usize, 0usize);
    let (mut window, mut windows, mut lives) = (Duration::ZERO, Vec::new(), Vec::new());
    let (mut duplicates, mut new_stories) = (0usize, 0usize);
    println!(
        "{:>9} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9} {:>8} {:>8} {:>8} {:>8}",
        "docs",
        "µs/doc",
        "cpu µs",
        "cand/doc",
        "stories",
        "docs in",
        "centroid",
        "dups",
        "spilled",
        "live MB",
        "RSS MB"
    );
    let mut cpu_mark = thread_cpu_secs();
    let (mut cand_mark, mut cands) = (0u64, Vec::new());
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
        if (i + 1) % SPILL_EVERY == 0 {
            for c in clusterer.take_closed() {
                let _ = writeln!(spill, "closed\t{}\t{}", c.story, c.independent_sources);
                spilled_closed += 1;
            }
            for (absorbed, survivor) in clusterer.take_merges() {
                let _ = writeln!(spill, "merged\t{absorbed}\t{survivor}");
                spilled_merges += 1;
            }
        }
        if (i + 1) % WINDOW == 0 || i + 1 == n {
            let per_doc = window.as_secs_f64() * 1e6 / WINDOW as f64;
            let cpu = thread_cpu_secs();
            let cpu_per_doc = (cpu - cpu_mark) * 1e6 / WINDOW as f64;
            cpu_mark = cpu;
            let rss = rss_kb("VmRSS:").map_or(f64::NAN, |kb| kb as f64 / 1024.0);
            let s = clusterer.state_size();
            let live = live_mb();
            let cand = (clusterer.candidates_scored() - cand_mark) as f64 / WINDOW as f64;
            cand_mark = clusterer.candidates_scored();
            cands.push(cand);
            println!(
                "{:>9} {per_doc:>8.1} {cpu_per_doc:>8.1} {cand:>8.1} {:>8} {:>8} {:>9} {:>8} {:>8} {live:>8.0} {rss:>8.0}",
                i + 1,
                s.stories,
                s.documents,
                s.centroid_terms,
                s.duplicate_entries,
                spilled_closed + spilled_merges,
            );
            windows.push(per_doc);
            lives.push(live);
            window = Duration::ZERO;
        }
    }
    let (first, last) =
        (windows.first().copied().unwrap_or(0.0), windows.last().copied().unwrap_or(0.0));
    println!("documents {n}, days {days}, new stories {new_stories}, duplicates {duplicates}");
    println!("first 100k {first:.1} µs/doc, last 100k {last:.1} µs/doc, ratio {:.2}", last / first);
    let (c0, c1) = (cands.first().copied().unwrap_or(0.0), cands.last().copied().unwrap_or(0.0));
    println!("candidates scored per document: first 100k {c0:.1}, last 100k {c1:.1}");
    println!("peak resident stories {}", clusterer.peak_resident_stories());
    println!("spilled {spilled_closed} closed stories and {spilled_merges} merges to a file");
    let half = &lives[lives.len() / 2..];
    let (lo, hi) = half.iter().fold((f64::MAX, 0.0f64), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    println!("live heap over the second half: {lo:.0} to {hi:.0} MB");
    let _ = spill.flush();
    let _ = std::fs::remove_file(&spill_path);
    let hwm = rss_kb("VmHWM:").map_or(f64::NAN, |kb| kb as f64 / 1024.0);
    println!("peak RSS {hwm:.0} MB (generator state included)");
}
