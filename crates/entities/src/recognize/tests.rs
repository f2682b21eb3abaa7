//! Tests of the committed weights: they load and find the names news is made of.

use super::*;

fn analyze(text: &str) -> TextAnalysis {
    analyze_plain(text)
}

fn found(text: &str) -> Vec<(String, &'static str)> {
    let analysis = analyze(text);
    let recognizer = Recognizer::builtin();
    let mentions = recognizer.recognize(text, &analysis, Kb::builtin());
    mentions.iter().map(|m| (m.span.of(text).to_string(), m.label)).collect()
}

fn assert_found(text: &str, name: &str, label: &str) {
    let got = found(text);
    assert!(got.iter().any(|(n, l)| n == name && *l == label), "{name} {label} not in {got:?}");
}

#[test]
fn the_committed_weights_find_people_places_groups_and_organisations() {
    let text = "Secretary of State Antony Blinken said on Tuesday that the United States would \
                work with South Korea to deter North Korea. Russian officials denied the report. \
                NATO allies met in Brussels.";
    assert_found(text, "Antony Blinken", "PERSON");
    assert_found(text, "North Korea", "GPE");
    assert_found(text, "Russian", "NORP");
    assert_found(text, "NATO", "ORG");
}

#[test]
fn mentions_are_sorted_disjoint_and_on_token_boundaries() {
    let text = "Kim Jong Un's sister Kim Yo Jong warned Seoul. \"We will respond,\" she said \
                in a statement carried by KCNA, North Korea's state news agency.";
    let analysis = analyze(text);
    let mentions = Recognizer::builtin().recognize(text, &analysis, Kb::builtin());
    assert!(!mentions.is_empty());
    let starts: Vec<usize> = analysis.tokens.iter().map(|t| t.span.start).collect();
    let ends: Vec<usize> = analysis.tokens.iter().map(|t| t.span.end).collect();
    for pair in mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
    for m in &mentions {
        assert!(starts.contains(&m.span.start) && ends.contains(&m.span.end), "{m:?}");
        assert!(!m.span.of(text).ends_with("'s"), "{m:?}");
        let s = analysis.sentence_at(m.span.start).unwrap();
        assert!(analysis.sentences[s].contains(m.span), "{m:?} crosses a sentence");
    }
}

#[test]
fn empty_and_odd_input_gives_no_mentions_and_no_panic() {
    assert!(found("").is_empty());
    assert!(found("... -- !!").is_empty());
    let _ = found("日本語のテキスト。 Zoë’s “quote” — ok");
}

#[test]
fn countries_playing_a_match_are_organisations_and_the_host_city_a_place() {
    let text = "Croatia beat Japan 2-1 in the World Cup on Sunday. Japan scored first from a \
                penalty, but the striker Ivan Horvat put Croatia in the lead after the break. \
                The match was played in Doha.";
    assert_found(text, "Croatia", "ORG");
    assert_found(text, "Japan", "ORG");
    assert_found(text, "Doha", "GPE");
}

#[test]
fn platforms_and_religious_organisations_are_organisations() {
    let text = "The mayor posted the video on Twitter before critics of Scientology replied.";
    assert_found(text, "Twitter", "ORG");
    assert_found(text, "Scientology", "ORG");
}
