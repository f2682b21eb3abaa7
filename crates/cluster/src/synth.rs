//! A synthetic news stream for benchmarks at scale, mirroring `scripts/gen_stream.py`:
//! power-law story sizes (P(k) ~ k^-2.2, most stories one to three documents, a few hundreds),
//! exponential delays after a uniform start day, Zipfian background words from a 50,000-word
//! lexicon, each story's own terms and recurring entity names, and 5% wire copies of an
//! earlier document of the story. The same seed gives the same stream.

const SYLLABLES: [&str; 20] = [
    "ka", "lo", "mi", "ran", "te", "su", "vo", "ne", "di", "por", "la", "qui", "ber", "sa", "to",
    "ven", "ri", "mo", "za", "hel",
];
const LEXICON: usize = 50_000;
const NAMES: u64 = 20_000;
const OUTLETS: u64 = 300;
const MAX_STORY: usize = 500;

/// splitmix64, as in the Python script.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// A pronounceable synthetic word; `salt` separates vocabularies.
pub fn word(i: u64, salt: u64) -> String {
    let (mut n, mut out) = (i * 7 + salt, String::new());
    for _ in 0..2 + (i + salt) % 3 {
        out.push_str(SYLLABLES[(n % 20) as usize]);
        n = n / 20 + i + 1;
    }
    out
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A synthetic person's name from the shared pool.
pub fn name(i: u64) -> String {
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
pub fn schedule(n: usize, days: u64, rng: &mut Rng) -> Vec<(u32, u32, u32)> {
    let sizes = cumulative((1..=MAX_STORY).map(|k| (k as f64).powf(-2.2)));
    let mut out = Vec::with_capacity(n + MAX_STORY);
    let mut story = 0u32;
    while out.len() < n {
        let size = draw(&sizes, rng) + 1;
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

/// The document generator: the lexicon and its Zipfian weights.
pub struct Generator {
    zipf: Vec<f64>,
    lexicon: Vec<String>,
}

impl Default for Generator {
    fn default() -> Generator {
        Generator {
            zipf: cumulative((1..=LEXICON).map(|r| 1.0 / (r as f64).powf(1.07))),
            lexicon: (0..LEXICON as u64).map(|i| word(i, 0)).collect(),
        }
    }
}

impl Generator {
    /// A story's own terms and entity names.
    pub fn story_terms(story: u32) -> (Vec<String>, Vec<String>) {
        let mut rng = Rng(u64::from(story).wrapping_mul(0x2545_F491_4F6C_DD1D).wrapping_add(17));
        let terms = (0..10 + rng.below(7))
            .map(|_| word(rng.below(1 << 30), 3) + &word(rng.below(1 << 30), 5))
            .collect();
        let names = (0..2 + rng.below(3)).map(|_| name(rng.below(NAMES))).collect();
        (terms, names)
    }

    /// Document `k` of a story, from its own seed: the same `(story, k)` gives the same text.
    pub fn document(&self, story: u32, k: u32) -> (String, String, String) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stream_is_in_day_order_and_the_same_for_the_same_seed() {
        let a = schedule(2_000, 30, &mut Rng(7));
        assert_eq!(a.len(), 2_000);
        assert!(a.windows(2).all(|w| w[0] <= w[1]), "sorted into stream order");
        assert!(a.iter().all(|&(day, _, _)| day < 30));
        assert_eq!(a, schedule(2_000, 30, &mut Rng(7)));
        assert_ne!(a, schedule(2_000, 30, &mut Rng(8)));
        let stories: std::collections::HashSet<u32> = a.iter().map(|d| d.1).collect();
        assert!(stories.len() > 200 && stories.len() < 2_000, "{} stories", stories.len());
    }

    #[test]
    fn documents_are_reproducible_and_carry_their_story_terms() {
        let generator = Generator::default();
        let (title, body, outlet) = generator.document(42, 0);
        assert_eq!((title.clone(), body.clone()), {
            let (t, b, _) = generator.document(42, 0);
            (t, b)
        });
        assert!(outlet.starts_with("outlet"));
        let (terms, names) = Generator::story_terms(42);
        assert!(title.ends_with(&names[0]), "{title}");
        assert!(terms.iter().any(|t| body.contains(t.as_str())), "story terms in the body");
        let words = body.split_whitespace().count();
        assert!((80..=260).contains(&words), "{words} words");
    }
}
