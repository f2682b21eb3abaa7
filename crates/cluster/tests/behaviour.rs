//! Behaviour of the clusterer on small hand-written streams: determinism, duplicates,
//! look-alike events, cold stories.

use chrono::NaiveDate;
use parallax_cluster::{Assignment, ClusterConfig, ClusterDoc, StoryClusterer};

struct Doc {
    id: &'static str,
    date: &'static str,
    outlet: &'static str,
    title: &'static str,
    body: &'static str,
}

const QUAKE_A: &[Doc] = &[
    Doc {
        id: "a1",
        date: "2021-03-02",
        outlet: "north-herald",
        title: "Strong earthquake shakes Valdoria coast",
        body: "A magnitude 6.3 earthquake struck the coastal province of Valdoria early on Tuesday, \
               collapsing dozens of houses in the fishing town of Port Amsel. Rescue teams from \
               Kestrel City searched the rubble for survivors. Governor Ilse Marrow said at least \
               14 people were killed and the harbour at Port Amsel was badly damaged.",
    },
    Doc {
        id: "a2",
        date: "2021-03-02",
        outlet: "daily-signal",
        title: "Valdoria quake kills 14 in Port Amsel",
        body: "Rescuers in Port Amsel pulled survivors from collapsed homes after the magnitude 6.3 \
               earthquake hit Valdoria province. Governor Ilse Marrow confirmed 14 deaths and asked \
               Kestrel City for more rescue teams. The harbour of the fishing town was damaged and \
               aftershocks rattled the coast through the day.",
    },
    Doc {
        id: "a3",
        date: "2021-03-03",
        outlet: "coast-times",
        title: "Port Amsel counts losses after Valdoria earthquake",
        body: "A day after the magnitude 6.3 earthquake, residents of Port Amsel in Valdoria \
               province cleared rubble from the harbour. Governor Ilse Marrow raised the death toll \
               to 16 and said rescue teams from Kestrel City would stay in the fishing town until \
               every collapsed house had been searched.",
    },
];

const QUAKE_B: &[Doc] = &[
    Doc {
        id: "b1",
        date: "2022-09-14",
        outlet: "north-herald",
        title: "Earthquake hits Tarsen highlands",
        body: "A magnitude 5.8 earthquake hit the Tarsen highlands on Wednesday, cutting the road \
               to the mountain village of Oberlin Gap. Mayor Dario Quell said two people died when \
               a school wall fell. Engineers from Lunet inspected the Oberlin Gap dam for cracks.",
    },
    Doc {
        id: "b2",
        date: "2022-09-14",
        outlet: "daily-signal",
        title: "Two dead as quake strikes Tarsen",
        body: "The magnitude 5.8 earthquake in the Tarsen highlands killed two people in Oberlin \
               Gap, Mayor Dario Quell said, after a school wall collapsed. The road to the village \
               was cut by landslides and engineers from Lunet checked the Oberlin Gap dam.",
    },
    Doc {
        id: "b3",
        date: "2022-09-15",
        outlet: "coast-times",
        title: "Oberlin Gap reopens road after Tarsen earthquake",
        body: "Crews reopened the road to Oberlin Gap a day after the magnitude 5.8 earthquake in \
               the Tarsen highlands. Mayor Dario Quell thanked engineers from Lunet, who found no \
               cracks in the Oberlin Gap dam, and said the school would be rebuilt.",
    },
];

fn cluster_doc(d: &Doc) -> ClusterDoc<'_> {
    ClusterDoc {
        id: d.id,
        published: NaiveDate::parse_from_str(d.date, "%Y-%m-%d").ok(),
        title: Some(d.title),
        body: d.body,
        outlet: Some(d.outlet),
        entities: &[],
    }
}

fn run(clusterer: &mut StoryClusterer, docs: &[&Doc]) -> Vec<Assignment> {
    docs.iter().map(|d| clusterer.assign(&cluster_doc(d))).collect()
}

fn both_events() -> Vec<&'static Doc> {
    QUAKE_A.iter().chain(QUAKE_B).collect()
}

#[test]
fn same_input_gives_same_output() {
    let docs = both_events();
    let first = run(&mut ClusterConfig::default().build(), &docs);
    let second = run(&mut ClusterConfig::default().build(), &docs);
    assert_eq!(first, second);
}

#[test]
fn look_alike_events_are_separate_stories_and_each_is_one_story() {
    let mut clusterer = ClusterConfig::default().build();
    let out = run(&mut clusterer, &both_events());
    let story = |i: usize| clusterer.story_of(out[i].story);
    assert_eq!(story(0), story(1));
    assert_eq!(story(0), story(2));
    assert_eq!(story(3), story(4));
    assert_eq!(story(3), story(5));
    assert_ne!(story(0), story(3));
    assert_eq!(clusterer.independent_sources(story(0)), 3);
}

#[test]
fn a_wire_copy_is_a_duplicate_and_not_an_independent_source() {
    let original = &QUAKE_A[0];
    let copy_body = original.body.replace("early on Tuesday", "on Tuesday morning");
    let copy = Doc { id: "copy", outlet: "valley-post", body: "", ..*original };
    let mut clusterer = ClusterConfig::default().build();
    let first = clusterer.assign(&cluster_doc(original));
    let second = clusterer.assign(&ClusterDoc { body: &copy_body, ..cluster_doc(&copy) });
    assert_eq!(second.duplicate_of.as_deref(), Some("a1"));
    assert_eq!(second.story, first.story);
    assert_eq!(clusterer.independent_sources(first.story), 1);
    let third = clusterer.assign(&cluster_doc(&QUAKE_A[1]));
    assert_eq!(third.duplicate_of, None);
    assert_eq!(clusterer.independent_sources(third.story), 2);
}

#[test]
fn a_cold_story_is_evicted_and_a_late_report_starts_a_new_story() {
    let config =
        ClusterConfig { cold_after_days: 10, min_resident_stories: 0, ..Default::default() };
    let mut clusterer = config.build();
    let early = run(&mut clusterer, &[&QUAKE_A[0], &QUAKE_A[1]]);
    assert_eq!(clusterer.resident_stories(), 1);
    let late = Doc { date: "2021-05-20", ..QUAKE_A[2] };
    let after = clusterer.assign(&cluster_doc(&late));
    assert!(after.new_story);
    assert_ne!(after.story, early[0].story);
    assert_eq!(clusterer.evicted_stories(), 1);
    assert_eq!(clusterer.resident_stories(), 1);
    assert_eq!(clusterer.independent_sources(early[0].story), 2);
}

#[test]
fn a_streaming_caller_takes_closed_stories_and_the_clusterer_forgets_them() {
    let config =
        ClusterConfig { cold_after_days: 10, min_resident_stories: 0, ..Default::default() };
    let mut clusterer = config.build();
    let early = run(&mut clusterer, &[&QUAKE_A[0], &QUAKE_A[1]]);
    assert!(clusterer.take_closed().is_empty(), "nothing is cold yet");
    let late = Doc { date: "2021-05-20", ..QUAKE_A[2] };
    clusterer.assign(&cluster_doc(&late));
    let closed = clusterer.take_closed();
    assert_eq!(closed.len(), 1);
    assert_eq!(closed[0].story, early[0].story);
    assert_eq!(closed[0].independent_sources, 2);
    assert!(clusterer.take_closed().is_empty(), "taken once");
    assert_eq!(clusterer.state_size().evicted, 0);
    assert_eq!(clusterer.evicted_stories(), 1, "the total still counts it");
    assert_eq!(clusterer.independent_sources(early[0].story), 0);
}
