//! Lookups over the built-in knowledge base, checked against what its tables say.

use std::time::Instant;

use parallax_kb::{Entry, FormKind, Kb, Outlets, PlaceKind, Position};

#[test]
fn north_korea_resolves_by_every_usual_name() {
    let kb = Kb::builtin();
    for name in ["DPRK", "North Korea", "north korea", "NORTH KOREA", "D.P.R.K.", "the DPRK"] {
        let found = kb.countries.lookup(name).unwrap_or_else(|| panic!("{name} not found"));
        assert_eq!(found.country.code, "KP", "{name}");
        assert!(!found.norp, "{name}");
    }
    let norp = kb.countries.lookup("North Korean").unwrap();
    assert_eq!((norp.country.code.as_str(), norp.norp), ("KP", true));
}

#[test]
fn us_and_uk_forms_resolve_and_pronouns_do_not() {
    let kb = Kb::builtin();
    for name in ["U.S.", "US", "USA", "United States", "the United States", "America"] {
        assert_eq!(
            kb.countries.lookup(name).map(|m| m.country.code.as_str()),
            Some("US"),
            "{name}"
        );
    }
    for name in ["UK", "U.K.", "Britain", "United Kingdom"] {
        assert_eq!(
            kb.countries.lookup(name).map(|m| m.country.code.as_str()),
            Some("GB"),
            "{name}"
        );
    }
    assert!(kb.countries.lookup("us").is_none());
    assert_eq!(kb.countries.lookup("Americans").map(|m| m.norp), Some(true));
}

#[test]
fn demonyms_are_norp_forms() {
    let kb = Kb::builtin();
    for (form, code) in
        [("Russian", "RU"), ("Russians", "RU"), ("Chinese", "CN"), ("Israeli", "IL")]
    {
        let found = kb.countries.lookup(form).unwrap_or_else(|| panic!("{form} not found"));
        assert_eq!((found.country.code.as_str(), found.norp), (code, true), "{form}");
    }
}

#[test]
fn capitals_link_cities_and_countries() {
    let kb = Kb::builtin();
    let kp = kb.countries.by_code("KP").unwrap();
    assert!(kp.capitals.iter().any(|c| c == "Pyongyang"));
    let pyongyang = kb.places.by_name("Pyongyang")[0];
    assert_eq!((pyongyang.country.as_str(), pyongyang.capital), ("KP", true));
    let moscow = kb.places.by_name("Moscow");
    assert!(moscow.len() > 1, "Moscow, Idaho is a city of over 15,000 too");
    assert_eq!((moscow[0].country.as_str(), moscow[0].capital), ("RU", true));
    assert_eq!(kb.countries.with_capital(&moscow[0].name).unwrap().code, "RU");
    assert!(moscow.windows(2).skip(1).all(|w| w[0].population >= w[1].population));
}

#[test]
fn places_rank_by_population_and_keep_english_alternates() {
    let kb = Kb::builtin();
    let kiev = kb.places.by_name("Kiev");
    assert_eq!(kiev[0].name, "Kyiv");
    let key = kiev[0].key.clone();
    assert!(matches!(kb.resolve(&key), Some(Entry::Place(p)) if p.name == "Kyiv"));
    let california = kb.places.by_name("California");
    assert!(california.iter().any(|p| p.kind == PlaceKind::Region && p.key == "region:US-CA"));
}

#[test]
fn orgs_resolve_by_acronym_and_usual_name() {
    let kb = Kb::builtin();
    let nato = kb.orgs.by_name("NATO");
    assert_eq!(nato[0].slug, "nato");
    assert!(nato[0].country.is_none());
    assert!(matches!(kb.resolve("org:nato"), Some(Entry::Org(o)) if o.name.contains("Atlantic")));
    for (name, slug) in [
        ("Russian Foreign Ministry", "ru-foreign-ministry"),
        ("Russia's foreign ministry", "ru-foreign-ministry"),
        ("State Department", "us-foreign-ministry"),
        ("Pentagon", "us-defence-ministry"),
        ("Kremlin", "ru-executive-office"),
        ("Blue House", "kr-executive-office"),
        ("IAEA", "iaea"),
    ] {
        let found = kb.orgs.by_name(name);
        assert_eq!(found.first().map(|o| o.slug.as_str()), Some(slug), "{name}");
    }
    let senates = kb.orgs.by_name("Senate");
    assert!(senates.len() > 5 && senates.iter().any(|o| o.country.as_deref() == Some("US")));
}

#[test]
fn people_carry_their_roles_as_the_data_says() {
    let kb = Kb::builtin();
    let holders = kb.people.holders("US", Position::HeadOfState);
    let (current, role) = holders[0];
    assert!(role.is_current() && role.title == "President", "{role:?}");
    let by_name = kb.people.by_name(&current.name);
    assert_eq!(by_name[0].slug, current.slug);
    for alias in &current.aliases {
        assert_eq!(kb.people.by_name(alias)[0].slug, current.slug, "{alias}");
    }
    let ministers = kb.people.holders("US", Position::ForeignMinister);
    let (secretary, role) = ministers[0];
    assert_eq!(role.title, "Secretary of State");
    assert!(matches!(kb.resolve(&secretary.kb_key()), Some(Entry::Person(p)) if p == secretary));
    let blinken = kb.people.by_name("Antony Blinken");
    assert!(
        blinken.iter().any(|p| p.roles.iter().any(|r| r.position == Position::ForeignMinister))
    );
}

#[test]
fn every_key_resolves_and_surface_forms_cover_all_kinds() {
    let kb = Kb::builtin();
    let mut kinds = std::collections::HashSet::new();
    let mut n_forms = 0;
    for form in kb.surface_forms() {
        n_forms += 1;
        kinds.insert(form.kind);
        assert!(!form.text.is_empty(), "{form:?}");
        if n_forms % 97 == 0 {
            assert!(kb.resolve(&form.key).is_some(), "{form:?}");
        }
    }
    assert_eq!(kinds.len(), 7, "{kinds:?}");
    assert!(n_forms > 40_000, "{n_forms}");
    let reuters = kb.outlets.by_name("Reuters").unwrap();
    assert!(matches!(kb.resolve(&Kb::outlet_key(reuters)), Some(Entry::Outlet(o)) if o == reuters));
    assert!(kb.surface_forms().all(|f| f.kind != FormKind::Outlet || f.text != "nyt"));
}

#[test]
fn outlet_table_covers_wires_and_dev_publishers() {
    let outlets = Outlets::builtin();
    assert!(outlets.len() >= 250, "{}", outlets.len());
    for code in ["Reuters", "AP", "AFP", "UPI", "Xinhua", "PTI", "IANS", "ANI", "dpa", "CNN"] {
        assert!(outlets.by_dateline_code(code).is_some(), "{code}");
    }
    for (alias, name) in [
        ("wash-post", "The Washington Post"),
        ("usa-today", "USA Today"),
        ("west-journal", "The Western Journal"),
        ("breitbart", "Breitbart News"),
        ("politico", "Politico"),
        ("Wall Street Journal", "The Wall Street Journal"),
        ("San Jose Mercury News", "The Mercury News"),
        ("The Canadian Press", "The Canadian Press"),
    ] {
        assert_eq!(outlets.by_name(alias).map(|o| o.name.as_str()), Some(name), "{alias}");
    }
    assert_eq!(outlets.by_host("articles.latimes.com").unwrap().name, "Los Angeles Times");
}

#[test]
fn the_whole_knowledge_base_loads_quickly() {
    let start = Instant::now();
    let kb = Kb::parse(
        include_str!("../data/countries.tsv"),
        include_str!("../data/places.tsv"),
        include_str!("../data/people.tsv"),
        include_str!("../data/orgs.tsv"),
        Outlets::parse(include_str!("../data/outlets.tsv")),
    )
    .unwrap();
    let elapsed = start.elapsed();
    println!(
        "loaded {} countries, {} places, {} people, {} orgs, {} outlets in {elapsed:?}",
        kb.countries.len(),
        kb.places.len(),
        kb.people.len(),
        kb.orgs.len(),
        kb.outlets.len()
    );
    assert!(elapsed.as_secs_f64() < 5.0, "{elapsed:?}");
}

#[test]
fn malformed_tables_report_their_line() {
    let err = Kb::parse("# c\nKP\tPRK\n", "", "", "", Ok(Outlets::default())).unwrap_err();
    assert_eq!(err.to_string(), "countries line 2: expected 7 columns, found 2");
    let places = "city:1\tvillage\tX\t\tKP\t\t1\t0\t0\t\n";
    let err = Kb::parse("", places, "", "", Ok(Outlets::default())).unwrap_err();
    assert!(err.to_string().contains("unknown place kind"), "{err}");
}
