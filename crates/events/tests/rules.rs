//! The coding rules on sentences written for these tests: the main predicate of a sentence,
//! light verbs and collocations, modes of intent, and actors found through passives, groups,
//! sectors, appositions, reporting frames and titles with "of".

use parallax_model::contract::{AnnotateOutput, InputRecord};

/// One coded event as `(code, actor name, target name, factuality)`.
type Coded = (String, String, String, String);

fn code(text: &str) -> Vec<Coded> {
    let record = InputRecord {
        id: Some("t".to_string()),
        text: text.to_string(),
        title: None,
        published: None,
        outlet: None,
        url: None,
    };
    let out: AnnotateOutput = parallax_pipeline::annotate_record(&record);
    let name = |id: &Option<String>| {
        let row = id.as_ref().and_then(|id| out.entity_table.iter().find(|r| &r.id == id));
        row.map_or(String::from("-"), |r| r.name.clone())
    };
    out.events
        .iter()
        .map(|e| {
            let factuality = format!("{:?}", e.factuality).to_lowercase();
            (e.code.clone(), name(&e.actor), name(&e.target), factuality)
        })
        .collect()
}

fn codes(events: &[Coded]) -> Vec<&str> {
    let mut c: Vec<&str> = events.iter().map(|e| e.0.as_str()).collect();
    c.dedup();
    c
}

/// True when some event has an actor and a target whose names contain `actor` and `target`.
fn has(events: &[Coded], actor: &str, target: &str) -> bool {
    events.iter().any(|e| e.1.contains(actor) && e.2.contains(target))
}

#[test]
fn a_light_verb_gives_way_to_its_event_noun() {
    let e = code("Brazil issued an ultimatum to Argentina to halt the raids on its farms.");
    assert_eq!(codes(&e), ["THREATEN"], "{e:?}");
    assert!(has(&e, "Brazil", "Argentina"), "{e:?}");
    let e = code("Kenya imposed a curfew in Mombasa after a protest by dock workers.");
    assert_eq!(codes(&e), ["COERCE"], "{e:?}");
}

#[test]
fn collocations_code_the_verb_with_its_object() {
    let e = code("Germany expelled three Iranian diplomats on Monday.");
    assert!(has(&e, "Germany", "Iran") && codes(&e) == ["SANCTION"], "{e:?}");
    let e = code("Peru closed its northern border with Ecuador.");
    assert!(has(&e, "Peru", "Ecuador") && codes(&e) == ["SANCTION"], "{e:?}");
    let e = code("The Dutch foreign minister cancelled a planned visit to Turkey.");
    assert_eq!(codes(&e), ["SANCTION"], "{e:?}");
    let e = code("Japan offers medical equipment and loans to Vietnam.");
    assert!(has(&e, "Japan", "Vietnam") && codes(&e) == ["AID"], "{e:?}");
}

#[test]
fn a_verb_after_a_determiner_reads_as_its_noun() {
    let e = code("The teachers' union in Ghana called off a three-week strike on Friday.");
    assert_eq!(codes(&e), ["CONCEDE"], "{e:?}");
    let e = code("Dock workers in Chile began an open-ended strike over pay.");
    assert_eq!(codes(&e), ["PROTEST"], "{e:?}");
}

#[test]
fn background_clauses_do_not_override_the_main_event() {
    let e =
        code("Chad and Sudan agreed to a truce after weeks of heavy fighting along the border.");
    assert_eq!(codes(&e), ["AGREE"], "{e:?}");
    assert!(has(&e, "Chad", "Sudan") && has(&e, "Sudan", "Chad"), "{e:?}");
}

#[test]
fn planned_hostile_acts_are_threats() {
    let e = code("Farmers in France said they would blockade Paris next week.");
    assert_eq!(codes(&e), ["THREATEN"], "{e:?}");
    let e = code("Poland said it will boycott the summit in Minsk.");
    assert!(has(&e, "Poland", "") && codes(&e) == ["THREATEN"], "{e:?}");
}

#[test]
fn passive_agents_groups_sectors_and_appositions_act() {
    let e = code("A convoy of Sudanese refugees was attacked by Chadian militiamen.");
    assert!(has(&e, "Chad", "Sudan"), "{e:?}");
    let e = code("Thousands of Hungarians demonstrated in Budapest on Sunday.");
    assert!(has(&e, "Hungarian", "Budapest"), "{e:?}");
    let e = code("Rebels in Mali rejected an appeal from the president to lay down their arms.");
    assert!(has(&e, "Mali", "") && codes(&e) == ["REJECT"], "{e:?}");
    let e = code("Norway, a founding member of the alliance, has refused to send troops to Libya.");
    assert!(has(&e, "Norway", "Libya"), "{e:?}");
}

#[test]
fn conjoined_targets_each_get_an_event() {
    let e = code("Iran threatened Israel and the United States with a devastating response.");
    assert!(has(&e, "Iran", "Israel") && has(&e, "Iran", "United States"), "{e:?}");
}

#[test]
fn a_reporting_frame_lends_its_speaker_to_bare_predicates() {
    let e = code("Hungary said on Tuesday that the accusations made by Slovakia were baseless.");
    assert!(has(&e, "Hungary", "") && codes(&e) == ["REJECT"], "{e:?}");
    let e = code("Egypt announced a suspension of gas exports to Jordan.");
    assert!(has(&e, "Egypt", "Jordan") && codes(&e) == ["SANCTION"], "{e:?}");
    let e =
        code("Mexico said it is willing to withdraw its police from the border with Guatemala.");
    assert!(has(&e, "Mexico", "") && codes(&e) == ["AGREE"], "{e:?}");
}

#[test]
fn a_negated_acceptance_is_a_rejection() {
    let e = code("Syria says it will not accept any more refugees from Iraq.");
    assert!(has(&e, "Syria", "") && codes(&e) == ["REJECT"], "{e:?}");
}

#[test]
fn armed_forces_fight_where_militants_assault() {
    let e = code("Turkish warplanes killed 12 Kurdish fighters near the Iraqi border.");
    assert_eq!(codes(&e), ["FIGHT"], "{e:?}");
    let e = code("Militants in Somalia killed three Kenyan aid workers on Monday.");
    assert_eq!(codes(&e), ["ASSAULT"], "{e:?}");
}

#[test]
fn according_to_names_the_source_on_either_side() {
    let e = code("Ethiopia has deployed troops along its border with Eritrea, according to Kenya.");
    assert!(!e.is_empty() && e.iter().all(|x| x.1.contains("Ethiopia")), "{e:?}");
    assert_eq!(codes(&e), ["MOBILIZE"], "{e:?}");
    let e = code("According to officials in Nepal, India has sent aid to the flooded valleys.");
    assert!(has(&e, "India", "") && codes(&e) == ["AID"], "{e:?}");
}

#[test]
fn endorsements_reviews_refusals_and_crowd_control_have_their_types() {
    let e = code("Ghana congratulated Senegal on a peaceful election.");
    assert_eq!(codes(&e), ["SUPPORT"], "{e:?}");
    let e = code("Norway endorsed the plan for the fishing grounds.");
    assert_eq!(codes(&e), ["SUPPORT"], "{e:?}");
    let e = code("Canada will review the merger of the two railways.");
    assert_eq!(codes(&e), ["INVESTIGATE"], "{e:?}");
    let e = code("Portugal ruled out new talks with the airline.");
    assert_eq!(codes(&e), ["REJECT"], "{e:?}");
    let e = code("Police in Nairobi fired tear gas at the marchers.");
    assert_eq!(codes(&e), ["COERCE"], "{e:?}");
}

#[test]
fn a_title_with_of_does_not_cut_its_holder_from_a_coactor() {
    let e = code(
        "United States Secretary of State Marco Rubio and the European Union congratulated \
         Quispe on Tuesday.",
    );
    assert!(has(&e, "Rubio", "Quispe") && has(&e, "European Union", "Quispe"), "{e:?}");
}
