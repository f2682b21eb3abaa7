//! The optional rules that validation switches on or off ([`parallax_quotes::learn::Params`]),
//! each checked with it on and off on sentences written for these checks, with a model that
//! has no learned weights so that the lexicon alone finds cues.

mod common;

use parallax_quotes::doc::Doc;
use parallax_quotes::learn::{COLON_LEAD, COORDINATED, Model, Params, SHORT, SUBJECT_MIXED};

/// The quotes of `text` under `rules`, as "content | speaker" lines.
fn found(text: &str, rules: u8) -> Vec<String> {
    let document = common::document(text);
    let analysis = parallax_analyze::analyze(&document);
    let model = Model::new(Default::default(), Vec::new(), Params { cue: 0.0, end: 0.0, rules });
    let doc = Doc::with_model(&document.text, &analysis, &model);
    parallax_quotes::find(&doc)
        .iter()
        .map(|f| {
            let speaker = f.speaker.map_or("-", |s| s.of(text));
            format!("{} | {speaker}", f.content.of(text))
        })
        .collect()
}

#[test]
fn a_passage_after_a_colon_goes_to_the_subject_of_its_sentence() {
    let text = "The harbour master then addressed the crowd: \"Nobody leaves port tonight.\"";
    let on = found(text, COLON_LEAD);
    assert!(on.contains(&"Nobody leaves port tonight. | The harbour master".to_string()), "{on:?}");
    let off = found(text, 0);
    assert!(off.iter().all(|q| !q.ends_with("The harbour master")), "{off:?}");
}

#[test]
fn a_quoted_phrase_after_a_subject_and_verb_is_its_subject_s_clause() {
    let text = "The mayor drafted a budget that \"puts families first.\"";
    let on = found(text, SUBJECT_MIXED);
    let want = "a budget that \"puts families first.\" | The mayor";
    assert!(on.iter().any(|q| q.starts_with(want)), "{on:?}");
    assert!(found(text, 0).iter().all(|q| !q.ends_with("The mayor")));
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
