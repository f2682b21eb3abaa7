//! Reader tests on small in-memory inputs, including the bad inputs that must never panic.

use super::*;
use parallax_model::SkipReason;
use proptest::prelude::*;

fn collect(data: &[u8], format: Option<Format>) -> (Vec<RawDocument>, Vec<Diagnostic>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    read_bytes(
        data,
        format,
        Origin::file("mem"),
        &ReadOptions::default(),
        &mut |item| match item {
            Item::Doc(d) => docs.push(*d),
            Item::Problem(p) => problems.push(p),
        },
    );
    (docs, problems)
}

fn skip_reasons(problems: &[Diagnostic]) -> Vec<(Option<usize>, SkipReason)> {
    problems.iter().map(|p| (p.origin.as_ref().and_then(|o| o.record), p.skip.unwrap())).collect()
}

#[test]
fn jsonl_bad_lines_are_reported_by_number_and_the_rest_is_read() {
    let data = b"{\"id\":\"a\",\"text\":\"one\"}\n{not json}\n\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"four\",\"outlet\":\"UPI\"}\n";
    let (docs, problems) = collect(data, Some(Format::Jsonl));
    assert_eq!(docs.iter().map(|d| d.id.clone().unwrap()).collect::<Vec<_>>(), ["a", "d"]);
    assert_eq!(docs[1].given.outlet.as_deref(), Some("UPI"));
    assert_eq!(
        skip_reasons(&problems),
        [(Some(2), SkipReason::Malformed), (Some(4), SkipReason::Malformed)]
    );
}

#[test]
fn empty_and_binary_inputs_are_skipped_with_reasons() {
    assert_eq!(skip_reasons(&collect(b"  \n", None).1), [(None, SkipReason::Empty)]);
    assert_eq!(
        skip_reasons(&collect(&[0u8, 1, 2, 200, 7, 0], None).1),
        [(None, SkipReason::Binary)]
    );
}

#[test]
fn invalid_utf8_text_is_decoded_with_a_warning() {
    let (docs, problems) =
        collect(b"Caf\xe9 owner said the port reopened on Monday.", Some(Format::Text));
    assert!(problems.is_empty());
    assert_eq!(docs[0].text, "Café owner said the port reopened on Monday.");
    assert!(docs[0].diagnostics[0].message.contains("not valid UTF-8"));
}

#[test]
fn warc_records_and_a_cut_record() {
    let page = "<html><head><title>T</title></head><body><article><p>The harbour authority said on Tuesday that the strike had ended after eleven days of talks with the union.</p><p>Cranes were moving again by the afternoon, and the first ships left the harbour at dusk.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
    let record = |body: &str, len: usize| {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\nContent-Length: {len}\r\n\r\n{body}\r\n\r\n"
        )
    };
    let info = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n";
    let mut data = format!("{info}{}", record(&http, http.len()));
    data.push_str(&record(&http, http.len())[..200]);
    let (docs, problems) = collect(data.as_bytes(), Some(Format::Warc));
    assert_eq!(docs.len(), 1);
    assert!(docs[0].text.contains("eleven days"));
    assert_eq!(docs[0].given.url.as_deref(), Some("https://x.example/a"));
    assert_eq!(skip_reasons(&problems), [(Some(3), SkipReason::Truncated)]);
}

#[test]
fn html_without_an_article_is_skipped() {
    let page =
        b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2024</footer></body></html>";
    assert_eq!(skip_reasons(&collect(page, Some(Format::Html)).1), [(None, SkipReason::NoArticle)]);
}

#[test]
fn rss_items_become_documents() {
    let feed = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbor Ledger</title>
<item><title>Strike ends</title><link>https://h.example/1</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The harbour authority said on Tuesday that the strike had ended after eleven days of talks.</p><p>Second paragraph.</p>]]></content:encoded></item>
<item><title>Teaser only</title><description>Short.</description></item></channel></rss>"#;
    let (docs, problems) = collect(feed.as_bytes(), Some(Format::Feed));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].given.title.as_deref(), Some("Strike ends"));
    assert_eq!(docs[0].given.outlet.as_deref(), Some("Harbor Ledger"));
    assert!(docs[0].given.published.as_deref().unwrap().starts_with("2025-03-04"));
    assert!(docs[0].text.ends_with("\nSecond paragraph."));
    assert_eq!(skip_reasons(&problems), [(Some(2), SkipReason::NoArticle)]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
    #[test]
    fn readers_never_panic_on_any_bytes(data in proptest::collection::vec(any::<u8>(), 0..600), which in 0usize..6) {
        let format = [None, Some(Format::Text), Some(Format::Jsonl), Some(Format::Html), Some(Format::Warc), Some(Format::Feed)][which];
        let _ = collect(&data, format);
    }

    #[test]
    fn warc_readers_never_panic_on_cut_records(cut in 0usize..300) {
        let body = "HTTP/1.1 200 OK\r\n\r\n<p>x</p>";
        let data = format!("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n", body.len());
        let cut = cut.min(data.len());
        let _ = collect(&data.as_bytes()[..cut], Some(Format::Warc));
    }
}
