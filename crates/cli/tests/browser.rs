//! The web pages in a real browser: headless Chromium opens the served example corpus (and the
//! seed articles when `../shared` is there), goes from the story list to a story page, checks
//! that the timeline chart was drawn and the claim table lists the disputed and single-source
//! claims, follows a citation to its sentence, runs a search, and saves a screenshot of each
//! page to `target/browser-screenshots/`.

use scraper::{Html, Selector};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        let out = Command::new("which").arg(name).output().ok()?;
        out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
    })
}

/// A running `parallax serve`, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["serve", "--listen", "127.0.0.1:0", "--db"])
        .arg(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("parallax serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("serve printed no address: {line:?}"))
        .trim_end_matches('/')
        .to_string();
    Server { child, base }
}

struct Browser {
    binary: PathBuf,
    shots: PathBuf,
}

impl Browser {
    fn run(&self, extra: &[&str], url: &str) -> std::process::Output {
        Command::new(&self.binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
            ])
            .args(["--virtual-time-budget=3000", "--hide-scrollbars"])
            .args(extra)
            .arg(url)
            .stderr(Stdio::null())
            .output()
            .expect("chromium runs")
    }

    /// The page's DOM after the browser has loaded it and run its scripts.
    fn dom(&self, url: &str) -> Html {
        let out = self.run(&["--dump-dom"], url);
        assert!(out.status.success(), "chromium could not open {url}");
        Html::parse_document(&String::from_utf8_lossy(&out.stdout))
    }

    fn screenshot(&self, url: &str, name: &str) {
        let path = self.shots.join(format!("{name}.png"));
        let arg = format!("--screenshot={}", path.display());
        self.run(&[&arg, "--window-size=1280,2200"], url);
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        assert!(size > 10_000, "{name}.png was not written or is blank ({size} bytes)");
    }
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &scraper::ElementRef) -> String {
    e.text().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_reader_goes_from_the_story_list_to_a_story_and_searches() {
    let Some(binary) = chromium() else {
        eprintln!("SKIPPED: no chromium on this machine (.ci/run installs Debian's chromium)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let mut inputs = vec![root().join("examples/corpus")];
    let seeds = root().join("../shared/seeds");
    if seeds.is_dir() {
        inputs.push(seeds.clone());
    } else {
        eprintln!("../shared/seeds is absent: the seed story is not checked");
    }
    let analyzed = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("analyze")
        .args(&inputs)
        .args(["--quiet", "--format", "json", "--reference-date", "2026-11-23", "--outlets"])
        .arg(root().join("examples/outlets.tsv"))
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(!analyzed.stdout.is_empty(), "{}", String::from_utf8_lossy(&analyzed.stderr));
    let server = serve(&db);
    let shots = root().join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    eprintln!("screenshots go to {}", shots.display());
    let browser = Browser { binary, shots };

    // The story list links to every story.
    let list = browser.dom(&format!("{}/", server.base));
    let links: Vec<(String, String)> = select(&list, "#story-list a[href^='/stories/']")
        .iter()
        .map(|a| (a.value().attr("href").unwrap().to_string(), text(a)))
        .collect();
    assert!(links.len() >= 8, "the eight example stories are listed: {links:?}");
    browser.screenshot(&format!("{}/", server.base), "story-list");

    // The port strike: a disputed claim (the denied job-cut plan) and a drawn timeline.
    let (strike, _) = links
        .iter()
        .find(|(_, t)| t.contains("Calloway") || t.contains("dockworkers"))
        .unwrap_or_else(|| panic!("the port strike story is listed: {links:?}"));
    let url = format!("{}{strike}", server.base);
    let story = browser.dom(&url);
    check_story(&story);
    let disputed = select(&story, "#claims tr.claim.disputed");
    assert!(
        disputed.iter().any(|r| text(r).contains("Okafor")),
        "the port chief's denial makes a disputed claim"
    );
    browser.screenshot(&url, "story-port-strike");

    // A citation opens its sentence in the article.
    let citation = select(&story, "#claims a[href^='/articles/']")
        .first()
        .and_then(|a| a.value().attr("href"))
        .expect("claims cite their sentences")
        .to_string();
    let fragment = citation.split('#').nth(1).expect("the link names the sentence").to_string();
    let article = browser.dom(&format!("{}{citation}", server.base));
    assert_eq!(select(&article, "article#article-body").len(), 1);
    assert_eq!(select(&article, &format!("#{fragment}")).len(), 1, "the cited sentence exists");
    assert!(!select(&article, "article#article-body .ent").is_empty(), "entities highlighted");
    browser.screenshot(&format!("{}{citation}", server.base), "article");

    if seeds.is_dir() {
        let (blinken, _) = links
            .iter()
            .find(|(_, t)| t.contains("Blinken") || t.contains("North Korea"))
            .unwrap_or_else(|| panic!("the seed story is listed: {links:?}"));
        let url = format!("{}{blinken}", server.base);
        let seed = browser.dom(&url);
        check_story(&seed);
        let claims: Vec<String> = select(&seed, "#claims tr.claim").iter().map(text).collect();
        assert!(
            claims.iter().any(|c| c.contains("UPI") && c.contains("Kyiv Independent")),
            "a claim carried by both outlets: {claims:#?}"
        );
        let single = select(&seed, "#claims tr.claim.single-source");
        assert!(!single.is_empty(), "single-source claims are listed");
        browser.screenshot(&url, "story-seeds");
    }

    // Search finds the strike and marks the word.
    let url = format!("{}/search?q=dockworkers", server.base);
    let search = browser.dom(&url);
    let results = select(&search, "#results a[href^='/articles/']");
    assert!(!results.is_empty(), "the search finds articles");
    assert!(!select(&search, "#results mark").is_empty(), "matches are highlighted");
    browser.screenshot(&url, "search");
}

/// A story page with its timeline drawn, a claim table and the other sections.
fn check_story(page: &Html) {
    let chart = select(page, "#timeline svg.timeline-chart");
    assert_eq!(chart.len(), 1, "the timeline is drawn as a chart");
    let marks = select(page, "#timeline svg.timeline-chart a");
    assert!(marks.len() >= 2, "the chart marks dated statements: {}", marks.len());
    assert!(!select(page, "#claims tr.claim").is_empty(), "the claim table has rows");
    for section in ["#quotes", "#coverage", "#entity-graph"] {
        assert_eq!(select(page, section).len(), 1, "{section} is on the page");
    }
}
