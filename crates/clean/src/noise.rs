//! Scraped noise that is not part of an article: photo captions, audio notices, reading
//! times, "Authors:" lines, share and subscribe prompts.

use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// The kind of noise a line is, or `None` when it may be article text.
pub fn kind_of(line: &str) -> Option<&'static str> {
    // Noise lines are short, or end (or start) with a credit; running text is long. Look at
    // whole short lines, and only at the ends of long ones.
    if line.len() <= 160 {
        let lower = line.to_lowercase();
        let words = line.split_whitespace().count();
        if words <= 12 && is_audio_notice(&lower) {
            return Some("audio notice");
        }
        if words <= 6 && is_reading_time(&lower) {
            return Some("reading time");
        }
        if words <= 14 && is_prompt(&lower) {
            return Some("share or subscribe prompt");
        }
    }
    let head = line[..floor_boundary(line, line.len().min(12))].to_ascii_lowercase();
    if head.starts_with("authors:") || head.starts_with("author:") {
        return Some("authors line");
    }
    if line.len() <= 2000 && is_caption(line, &head) && line.split_whitespace().nth(80).is_none() {
        return Some("photo caption");
    }
    None
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_audio_notice(lower: &str) -> bool {
    lower.contains("audio is created with")
        || lower.starts_with("listen to this article")
        || lower.contains("audio version of this article")
}

/// "2 min read", "3-minute read", "Reading time: 4 minutes".
pub fn is_reading_time(lower: &str) -> bool {
    lower.contains("min read") || lower.contains("minute read") || lower.starts_with("reading time")
}

fn is_prompt(lower: &str) -> bool {
    const PROMPTS: &[&str] = &[
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on x",
        "subscribe to",
        "sign up for",
        "sign up to",
        "follow us on",
        "read more:",
        "related:",
        "related articles",
        "related stories",
        "advertisement",
        "click here",
        "all rights reserved",
        "copyright ©",
        "© 20",
        "support independent journalism",
        "become a member",
        "newsletter",
        "read also:",
        "see also:",
        "recommended:",
        "we use cookies",
        "accept cookies",
        "most read",
        "trending now",
        "skip to content",
    ];
    PROMPTS.iter().any(|p| lower.starts_with(p))
        || lower == "share"
        || lower == "advertisement"
        || (lower.len() < 80 && lower.contains("newsletter") && lower.contains("sign up"))
}

/// A photo caption: "... Photo by Yonhap/EPA-EFE", "(Photo: Jane Doe/Reuters)", a trailing
/// credit in parentheses with a slash, or a "(L)"/"(R)" position marker. `head` is the
/// line's first bytes in lower case.
fn is_caption(line: &str, head: &str) -> bool {
    static CREDITS: OnceLock<AhoCorasick> = OnceLock::new();
    let credits = CREDITS.get_or_init(|| {
        AhoCorasick::new([
            "photo by ",
            "photo: ",
            "photograph: ",
            "photo credit",
            "image: ",
            "credit: ",
            "(photo",
            "getty images",
            "via getty",
            "ap photo/",
            "/afp",
            "/reuters",
            "file photo",
            "pictured:",
            "(courtesy",
            "courtesy of ",
        ])
        .expect("the credit patterns are valid")
    });
    let tail = line[floor_boundary(line, line.len().saturating_sub(60))..].to_lowercase();
    if credits.is_match(&tail) && !line.contains(" said") {
        return true;
    }
    if head.starts_with("photo:") || head.starts_with("caption:") || head.starts_with("image:") {
        return true;
    }
    if !line.as_bytes().contains(&b'(') {
        return false;
    }
    let marker = line.contains(" (L) ") || line.contains(" (R) ") || line.contains("(L-R)");
    has_credit_group(line) || marker && !reads_as_report(line)
}

/// True when a line reads as a paragraph of reporting rather than a caption, so that "(R)"
/// in it is a party ("Gov. Pat McCrory (R) said it would be improper") and not a position.
fn reads_as_report(line: &str) -> bool {
    let verbs = [" said", " says", " told", " added", " according to"];
    let party = ["(D)", "(D-", "(R-", "(I-"].iter().any(|p| line.contains(p));
    party
        || line.split_whitespace().nth(40).is_some()
        || verbs.iter().any(|v| line.contains(v))
        || line.contains(['"', '“', '”'])
}

/// True when the line ends with a parenthesised credit such as "(Jane Doe/Twitter)".
fn has_credit_group(line: &str) -> bool {
    let line = line.trim_end();
    if !line.ends_with(')') {
        return false;
    }
    let Some(open) = line.rfind('(') else { return false };
    let group = &line[open + 1..line.len() - 1];
    match group.split_once('/') {
        Some((a, b)) => {
            let cap = |s: &str| s.trim().chars().next().is_some_and(char::is_uppercase);
            cap(a) && cap(b) && group.len() <= 80
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::kind_of;

    #[test]
    fn kinds() {
        assert_eq!(kind_of("This audio is created with AI assistance"), Some("audio notice"));
        assert_eq!(kind_of("2 min read"), Some("reading time"));
        assert_eq!(kind_of("Authors: Jane Doe, The Ledger news desk"), Some("authors line"));
        assert_eq!(kind_of("Share this article"), Some("share or subscribe prompt"));
        assert_eq!(kind_of("Subscribe to our newsletter"), Some("share or subscribe prompt"));
        assert_eq!(
            kind_of("The minister (L) and her counterpart met on Thursday. Photo by Ana Ruiz/Wire"),
            Some("photo caption")
        );
        assert_eq!(
            kind_of("Two leaders in a meeting on May 2. (Jane Doe/Twitter)"),
            Some("photo caption")
        );
    }

    #[test]
    fn article_sentences_are_not_noise() {
        for line in [
            "The port reopened on Monday after a strike that lasted eleven days.",
            "Speeds reached 120 km/h (75 mph) near the coast.",
            "\"We will not sign,\" the union leader said, according to a photo caption.",
            "Gov. Pat Lowry (R) said it would be \"improper\" to speak while the inquiry runs.",
            "Gov. Ann Cole (D) and Gov. Tom Vail (R) announced they will end their campaigns.",
        ] {
            assert_eq!(kind_of(line), None, "{line}");
        }
    }
}
