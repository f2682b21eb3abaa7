//! Runs read + clean + analyse once over a JSON Lines file, for profiling with a tool such
//! as `valgrind --tool=callgrind` (instruction counts do not depend on machine load).
//!
//! `cargo run --release -p parallax-pipeline --example stages -- ../shared/data/raw/news-dev.jsonl`

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE.jsonl");
    let data = std::fs::read(&path).expect("readable input");
    let cleaner =
        parallax_clean::Cleaner::new(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), None);
    let mut docs = Vec::new();
    let origin = parallax_model::Origin::file(path.clone());
    parallax_ingest::jsonl::read(&data[..], origin, &Default::default(), &mut |item| {
        if let parallax_ingest::Item::Doc(d) = item {
            docs.push(*d);
        }
    });
    let (mut bytes, mut sentences) = (0, 0);
    for raw in docs {
        bytes += raw.text.len();
        let mut doc = cleaner.clean(raw);
        doc.language = parallax_analyze::detect_language(&doc.text).map(str::to_string);
        sentences += parallax_analyze::analyze(&doc).sentences.len();
    }
    println!("{bytes} bytes of text, {sentences} sentences");
}
