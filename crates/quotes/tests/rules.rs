//! The optional rules that validation switches on or off ([`parallax_quotes::learn::Params`]),
//! each checked with it on and off on sentences written for these checks, and the readings the
//! speaker ranking weighs, with a model that has no learned weights so that the lexicon alone
//! finds cues.

mod common;

use parallax_quotes::doc::Doc;
use parallax_quotes::learn::{BITS, COORDINATED, Model, Params, SHORT};
use parallax_quotes::speaker;

/// The quotes of `text` under `rules`, as "content | speaker" lines.
fn found(text: &str, rules: u8) -> Vec<String> {
    let document = common::document(text);
    let analysis = parallax_analyze::analyze(&document);
    let model = Model::new(
        Default::default(),
        Vec::new(),
        Params { cue: 0.0, end: 0.0, alone: 0.0, rules },
    );
    let doc = Doc::with_model(&document.text, &analysis, &model);
    parallax_quotes::find(&doc)
        .iter()
        .map(|f| {
            let speaker = f.speaker.map_or("-", |s| s.of(text));
            format!("{} | {speaker}", f.content.of(text))
        })
        .collect()
}

/// The readings the speaker ranking weighs for the first passage of `text`, as "content |
/// speaker" lines, and the one an empty model picks.
fn readings(text: &str) -> (Vec<String>, usize) {
    let document = common::document(text);
    let analysis = parallax_analyze::analyze(&document);
    let model = Model::default();
    let doc = Doc::with_model(&document.text, &analysis, &model);
    let Some(passage) = doc.passages.first() else { return (Vec::new(), 0) };
    let candidates = speaker::candidates(&doc, &[], passage);
    let lines = candidates
        .iter()
        .map(|c| {
            let speaker = c.draft.speaker.clone().map_or("-", |s| doc.span(s).of(text));
            format!("{} | {speaker}", c.draft.content.of(text))
        })
        .collect();
    (lines, speaker::best(&model, &candidates))
}

#[test]
fn a_passage_after_a_colon_may_go_to_the_subject_of_its_sentence() {
    let text = "The harbour master then addressed the crowd: \"Nobody leaves port tonight.\"";
    let (lines, picked) = readings(text);
    assert_eq!(lines.first().map(String::as_str), Some("Nobody leaves port tonight. | -"));
    assert!(lines.contains(&"Nobody leaves port tonight. | The harbour master".to_string()));
    assert_eq!(picked, 0, "with no weights the speakerless reading wins: {lines:?}");
}

#[test]
fn a_passage_after_a_colon_goes_to_the_main_subject_after_a_with_phrase() {
    let text = "With farm groups increasingly angry about the tariffs, the governor is trying a \
                new line: \"We will not abandon you.\"";
    let (lines, _) = readings(text);
    assert!(lines.contains(&"We will not abandon you. | the governor".to_string()), "{lines:?}");
    assert!(!lines.iter().any(|l| l.ends_with("| farm groups")), "{lines:?}");
}

#[test]
fn a_quoted_phrase_after_a_subject_and_verb_may_be_its_subject_s_clause() {
    let text = "The mayor drafted a budget that \"puts families first.\"";
    let (lines, _) = readings(text);
    let want = "a budget that \"puts families first.\" | The mayor";
    assert!(lines.iter().any(|q| q.starts_with(want)), "{lines:?}");
}

#[test]
fn a_verb_right_before_a_passage_may_be_its_cue() {
    let text = "Outside, the delegates were shouting, \"Fish before profit.\"";
    let (lines, _) = readings(text);
    assert!(lines.contains(&"Fish before profit. | the delegates".to_string()), "{lines:?}");
}

#[test]
fn a_coordinated_verb_reports_for_the_sentence_subject() {
    let text = "The spokesman declined to comment on the talks but said no meeting was planned.";
    let on = found(text, COORDINATED);
    assert!(on.contains(&"no meeting was planned | The spokesman".to_string()), "{on:?}");
    assert!(found(text, 0).iter().all(|q| !q.starts_with("no meeting")));
}

#[test]
fn a_one_word_answer_is_kept_only_with_its_rule() {
    let text = "Asked about the tax, 61 percent of farmers said yes.";
    let on = found(text, SHORT);
    assert!(on.iter().any(|q| q.starts_with("yes |")), "{on:?}");
    assert!(found(text, 0).iter().all(|q| !q.starts_with("yes |")));
}

#[test]
fn a_learned_word_after_an_article_or_an_owner_is_a_noun_not_a_cue() {
    // Every candidate word scores above the threshold: only the rule keeps these out.
    let words = ["endorsement", "authors", "rebuked"].map(String::from).into();
    let params = Params { cue: -1.0, end: 0.0, alone: 0.0, rules: 0 };
    let model = Model::new(words, vec![0.0; 1 << BITS], params);
    let text = "The authors wrote that the mayor rebuked the council. She turned down the \
                union's endorsement at the rally.";
    let document = common::document(text);
    let analysis = parallax_analyze::analyze(&document);
    let doc = Doc::with_model(&document.text, &analysis, &model);
    let cues: Vec<&str> =
        parallax_quotes::find(&doc).iter().filter_map(|f| f.cue.map(|c| c.of(text))).collect();
    assert!(cues.contains(&"wrote"), "{cues:?}");
    assert!(!cues.contains(&"authors") && !cues.contains(&"endorsement"), "{cues:?}");
}
