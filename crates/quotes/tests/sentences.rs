//! Quote extraction on sentences written for these checks in the style of wire copy: each case
//! is a text and the quotes expected in it (kind, content, speaker, cue).

mod common;

/// Finds every expected line among the quotes of `text`, and no quote beyond `expected`.
fn check(text: &str, expected: &[&str]) {
    let (doc, _, quotes) = common::quotes_of(text);
    let got = common::describe(&doc, &quotes);
    for e in expected {
        assert!(got.iter().any(|g| g == e), "missing {e}\nin {got:#?}");
    }
    assert_eq!(got.len(), expected.len(), "extra quotes in {got:#?}");
}

/// Finds the line `want` among the quotes of `text`, whatever else is found beside it.
fn finds(text: &str, want: &str) {
    let (doc, _, quotes) = common::quotes_of(text);
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().any(|g| g == want), "missing {want}\nin {got:#?}");
}

#[test]
fn interrupted_quote_is_one_statement_of_its_speaker() {
    check(
        "\"The door is still open,\" the French envoy said. \"We expect an answer from Tehran.\"",
        &["Direct [The door is still open,\" the French envoy said. \"We expect an answer from \
           Tehran.] speaker=Some(\"the French envoy\") cue=Some(\"said\")"],
    );
}

#[test]
fn nested_single_quotes_stay_inside_the_passage() {
    check(
        "Spokesman Ivan Petrov said \"talk of a 'secret' arms pipeline is pure invention.\"",
        &["Direct [talk of a 'secret' arms pipeline is pure invention.] \
           speaker=Some(\"Spokesman Ivan Petrov\") cue=Some(\"said\")"],
    );
}

#[test]
fn partial_quote_makes_the_clause_a_direct_quote() {
    check(
        "Hanoi, meanwhile, said the drills were \"reckless and hostile.\"",
        &["Direct [the drills were \"reckless and hostile.\"] speaker=Some(\"Hanoi\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn said_that_reports_the_clause() {
    check(
        "The port authority said on Monday that ferries would resume within a week.",
        &["Indirect [that ferries would resume within a week] \
           speaker=Some(\"The port authority\") cue=Some(\"said\")"],
    );
    check(
        "Rescue crews had reached the village by noon, a regional official said.",
        &["Indirect [Rescue crews had reached the village by noon] \
           speaker=Some(\"a regional official\") cue=Some(\"said\")"],
    );
}

#[test]
fn according_to_names_the_speaker_after_it() {
    check(
        "Turnout fell below 40 percent, according to the election commission.",
        &["Indirect [Turnout fell below 40 percent] speaker=Some(\"the election commission\") \
           cue=Some(\"according to\")"],
    );
}

#[test]
fn consecutive_quotes_keep_their_own_speakers() {
    check(
        "Lisbon said the talks had \"stalled for now.\"\n\
         \"Nothing will move before the summit,\" Madrid said.",
        &[
            "Direct [the talks had \"stalled for now.\"] speaker=Some(\"Lisbon\") \
             cue=Some(\"said\")",
            "Direct [Nothing will move before the summit,] speaker=Some(\"Madrid\") \
             cue=Some(\"said\")",
        ],
    );
}

#[test]
fn multi_paragraph_quote_runs_to_its_closing_mark() {
    check(
        "The minister told reporters: \"We have rebuilt the bridge.\n\
         \"We will rebuild the school next.\"\n\
         Officials left soon after.",
        &["Direct [We have rebuilt the bridge.\n\"We will rebuild the school next.] \
           speaker=Some(\"The minister\") cue=Some(\"told\")"],
    );
}

#[test]
fn curly_marks_and_an_inverted_speaker() {
    check(
        "“Prices will keep rising,” said Anna Berg, an economist at the central bank.",
        &["Direct [Prices will keep rising,] speaker=Some(\"Anna Berg\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_pronoun_speaker_and_a_description_with_a_possessive() {
    check(
        "Chile's foreign ministry said in a statement that the envoy had been recalled. \
         He denied that any deal was signed.",
        &[
            "Indirect [that the envoy had been recalled] \
             speaker=Some(\"Chile's foreign ministry\") cue=Some(\"said\")",
            "Indirect [that any deal was signed] speaker=Some(\"He\") cue=Some(\"denied\")",
        ],
    );
}

#[test]
fn text_without_reports_has_no_quotes() {
    check("The river rose overnight and the road was closed.", &[]);
}

#[test]
fn the_learned_detector_finds_cues_outside_the_lexicon() {
    let (doc, _, quotes) = common::quotes_of(
        "The new survey shows that most farmers expect a poor harvest this autumn.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(
        got.iter().any(|g| g.contains("[that most farmers expect a poor harvest this autumn]")
            && g.contains("speaker=Some(\"The new survey\")")),
        "{got:#?}"
    );
}

#[test]
fn a_sure_lexicon_cue_takes_its_object_as_content() {
    let (doc, _, quotes) = common::quotes_of(
        "The mayor sharply criticized the transit agency for the delays on Tuesday.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(
        got.iter().any(|g| g.contains("[the transit agency")
            && g.contains("speaker=Some(\"The mayor\")")
            && g.contains("cue=Some(\"criticized\")")),
        "{got:#?}"
    );
}

#[test]
fn a_scare_quote_inside_a_sentence_widens_to_its_clause() {
    let (doc, _, quotes) = common::quotes_of(
        "The committee described the budget as \"a fantasy\" and moved on to other business.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(
        got.iter().any(|g| g.starts_with("Direct [") && g.contains("as \"a fantasy")),
        "{got:#?}"
    );
    assert!(!got.iter().any(|g| g.starts_with("Direct [a fantasy]")), "{got:#?}");
}

#[test]
fn a_manner_adverb_after_the_cue_keeps_the_quote_before_it() {
    check(
        "\"Nobody asked the auditors anything,\" Okafor said dryly.",
        &["Direct [Nobody asked the auditors anything,] speaker=Some(\"Okafor\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_hearer_with_of_is_not_the_content() {
    check(
        "\"We will rebuild the pier,\" Mayor Lind told some of the fishermen.",
        &["Direct [We will rebuild the pier,] speaker=Some(\"Mayor Lind\") cue=Some(\"told\")"],
    );
}

#[test]
fn a_clause_after_the_cue_that_is_adverbial_keeps_the_quote_before_it() {
    check(
        "\"The bridge stays shut,\" the engineer told reporters after the inspection that was \
         held on Monday.",
        &["Direct [The bridge stays shut,] speaker=Some(\"the engineer\") cue=Some(\"told\")"],
    );
    check(
        "\"We are not going home,\" Dana Ruiz, 31, said as she and dozens of other marchers \
         crossed the square late on Sunday evening.",
        &["Direct [We are not going home,] speaker=Some(\"Dana Ruiz, 31\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_quotation_signed_with_a_dash_is_its_signer_s() {
    check(
        "The vote ended late.\n\n“The count took far too long.” ― Ana Beltrán\n\n\
         ”Nobody explained the new ballots to us.” ― Tomas Grell.\n\nThe board met again.",
        &[
            "Direct [The count took far too long.] speaker=Some(\"Ana Beltrán\") cue=Some(\"―\")",
            "Direct [Nobody explained the new ballots to us.] speaker=Some(\"Tomas Grell\") \
             cue=Some(\"―\")",
        ],
    );
    // Marks gone astray inside a signed paragraph: the signature takes it from its first mark.
    check(
        "The vote ended late.\n\n“We waited for hours, ‘for nothing at all.” And all we got was \
         “a shrug’.” ― Ana Beltrán\n\nThe board met again.",
        &["Direct [We waited for hours, ‘for nothing at all.” And all we got was “a shrug’.] \
           speaker=Some(\"Ana Beltrán\") cue=Some(\"―\")"],
    );
}

#[test]
fn states_reports_a_clause_and_a_speaker_takes_its_on_complement() {
    check(
        "A document on the campaign website states that couples would receive the leave.",
        &["Indirect [that couples would receive the leave] \
           speaker=Some(\"A document on the campaign website\") cue=Some(\"states\")"],
    );
    check("The United States that day imposed new sanctions.", &[]);
    // A day's name right after a quotation is the setting; "Show" in a name is no cue.
    check(
        "The governor blasted the senator as a “disgrace” Wednesday on The Laura Ingraham Show.",
        &["Direct [the senator as a “disgrace”] speaker=Some(\"The governor\") \
           cue=Some(\"blasted\")"],
    );
    check(
        "The IMF referenced rising political tensions.",
        &["Indirect [rising political tensions] speaker=Some(\"The IMF\") \
           cue=Some(\"referenced\")"],
    );
}

#[test]
fn speakers_after_a_quotation_in_their_longer_forms() {
    check(
        "\"The levee held,\" Ms. Varga of the river authority said.",
        &["Direct [The levee held,] speaker=Some(\"Ms. Varga of the river authority\") \
           cue=Some(\"said\")"],
    );
    check(
        "“Fares will not rise,” Piet Olsen, the transport minister, one of three new faces in \
         the cabinet, said at a briefing.",
        &["Direct [Fares will not rise,] speaker=Some(\"Piet Olsen, the transport minister, one \
           of three new faces in the cabinet\") cue=Some(\"said\")"],
    );
    check(
        "\"The money was spent well,\" said Sen. Ada Kim (D-Ore.), a member of the panel.",
        &["Direct [The money was spent well,] speaker=Some(\"Sen. Ada Kim\") cue=Some(\"said\")"],
    );
}

#[test]
fn any_cue_after_a_quotation_may_invert_or_end_a_question() {
    check(
        "Turnout is “about where it was in the spring,” reported Agence Nord.",
        &["Direct [Turnout is “about where it was in the spring,”] \
           speaker=Some(\"Agence Nord\") cue=Some(\"reported\")"],
    );
    check(
        "“Why was nobody told?” Marsh demanded.",
        &["Direct [Why was nobody told?] speaker=Some(\"Marsh\") cue=Some(\"demanded\")"],
    );
    check(
        "“The pier is safe,” Mayor Lind told the council then.",
        &["Direct [The pier is safe,] speaker=Some(\"Mayor Lind\") cue=Some(\"told\")"],
    );
}

#[test]
fn a_participle_without_a_subject_reports_for_the_previous_speaker() {
    check(
        "\"We found no damage,\" the inspector said, adding that the tests would go on.",
        &[
            "Direct [We found no damage,] speaker=Some(\"the inspector\") cue=Some(\"said\")",
            "Indirect [that the tests would go on] speaker=Some(\"the inspector\") \
             cue=Some(\"adding\")",
        ],
    );
    // A participle the learned detector doubts still goes on with the report before it, but
    // not when the quotation resumes after it: then it is an aside inside the quote.
    check(
        "The price went up, she said, referencing the bank’s drive to sell more accounts.",
        &[
            "Indirect [The price went up] speaker=Some(\"she\") cue=Some(\"said\")",
            "Indirect [the bank’s drive to sell more accounts] speaker=Some(\"she\") \
             cue=Some(\"referencing\")",
        ],
    );
    check(
        "“Every time you say that,” Tester said, citing the excuse, “you give them ammunition.”",
        &["Direct [Every time you say that,” Tester said, citing the excuse, “you give them \
           ammunition.] speaker=Some(\"Tester\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_participle_right_after_a_noun_or_each_reports_for_it() {
    check(
        "Protesters carried signs saying that the war must end.",
        &["Indirect [that the war must end] speaker=Some(\"signs\") cue=Some(\"saying\")"],
    );
    check(
        "She was hospitalized after postings that included one saying that the mayor should resign.",
        &["Indirect [that the mayor should resign] speaker=Some(\"one\") cue=Some(\"saying\")"],
    );
    check(
        "The two rivals met on Wednesday, each touting their own record and saying the other \
         lacks judgment.",
        &[
            "Indirect [their own record] speaker=Some(\"each\") cue=Some(\"touting\")",
            "Indirect [the other lacks judgment] speaker=Some(\"each\") cue=Some(\"saying\")",
        ],
    );
    // Not after a preposition or "worth": "from saying that", "worth noting that".
    check("It is worth noting that the vote was close.", &[]);
}

#[test]
fn postposed_speakers_with_adjuncts_across_a_sentence_break_and_said_first() {
    check(
        "“Prices will settle,” wrote Ines Paredes for Harbor Weekly.",
        &["Direct [Prices will settle,] speaker=Some(\"Ines Paredes\") cue=Some(\"wrote\")"],
    );
    check(
        "“Who could have planned for this?” Moreau said, looking at the flooded hall.",
        &["Direct [Who could have planned for this?] speaker=Some(\"Moreau\") cue=Some(\"said\")"],
    );
    check(
        "The levy would fall on landlords. Said Okoro: “Tenants will pay it in the end.”",
        &["Direct [Tenants will pay it in the end.] speaker=Some(\"Okoro\") cue=Some(\"Said\")"],
    );
}

#[test]
fn a_day_or_a_hearer_after_the_cue_is_not_an_inverted_speaker() {
    check(
        "“The vote will hold,” Senate leader Ana Ruiz, D-Ore., said Tuesday.",
        &["Direct [The vote will hold,] speaker=Some(\"Senate leader Ana Ruiz, D-Ore.\") \
           cue=Some(\"said\")"],
    );
    check(
        "“Nobody listens to us,” Mara Holt, a tenant organizer in the city, told The Ledger.",
        &["Direct [Nobody listens to us,] speaker=Some(\"Mara Holt, a tenant organizer in the \
           city\") cue=Some(\"told\")"],
    );
}

#[test]
fn a_passive_cue_takes_its_agent_as_speaker_or_none() {
    check(
        "The levy was criticized by the chamber of commerce.",
        &["Indirect [The levy] speaker=Some(\"the chamber of commerce\") cue=Some(\"criticized\")"],
    );
    check("The festival is observed as a day of rest.", &[]);
}

#[test]
fn an_object_content_stops_before_a_second_verb_and_the_setting() {
    check(
        "The governor praised the harbor plan and promised new funds.",
        &[
            "Indirect [the harbor plan] speaker=Some(\"The governor\") cue=Some(\"praised\")",
            "Indirect [new funds] speaker=Some(\"The governor\") cue=Some(\"promised\")",
        ],
    );
    check(
        "The council criticized the budget in a statement on Friday.",
        &["Indirect [the budget] speaker=Some(\"The council\") cue=Some(\"criticized\")"],
    );
}

#[test]
fn phrasal_cues_and_joined_clauses_bound_the_content() {
    check(
        "The union called for higher wages because prices had risen.",
        &["Indirect [higher wages] speaker=Some(\"The union\") cue=Some(\"called\")"],
    );
    check(
        "The agency said that the river had crested, and officials expected calmer weather.",
        &[
            "Indirect [that the river had crested] speaker=Some(\"The agency\") \
             cue=Some(\"said\")",
            "Indirect [calmer weather] speaker=Some(\"officials\") cue=Some(\"expected\")",
        ],
    );
}

#[test]
fn an_amount_of_time_after_the_cue_is_an_adjunct() {
    check(
        "“The roof held,” Abebe said several months after the storm.",
        &["Direct [The roof held,] speaker=Some(\"Abebe\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_report_without_that_keeps_its_tail_and_drops_its_setting() {
    check(
        "The ministry said on Monday it would reopen the road by Friday.",
        &["Indirect [it would reopen the road by Friday] speaker=Some(\"The ministry\") \
           cue=Some(\"said\")"],
    );
    check(
        "The operator said the ferries were late but safe.",
        &["Indirect [the ferries were late but safe] speaker=Some(\"The operator\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_time_is_neither_the_speaker_nor_the_subject() {
    check(
        "The lender just this month announced a freeze on fees.",
        &["Indirect [a freeze on fees] speaker=Some(\"The lender\") cue=Some(\"announced\")"],
    );
    check(
        "On Thursday, however, Ortega visited farmers, promising cheaper diesel.",
        &["Indirect [cheaper diesel] speaker=Some(\"Ortega\") cue=Some(\"promising\")"],
    );
}

#[test]
fn a_postposed_name_may_open_with_a_number_and_shouting_is_speech() {
    check(
        "“We want answers,” said 9/11 widow Ana Lobo.",
        &["Direct [We want answers,] speaker=Some(\"9/11 widow Ana Lobo\") cue=Some(\"said\")"],
    );
    check(
        "“Get back from the wall!” the officer yells.",
        &["Direct [Get back from the wall!] speaker=Some(\"the officer\") cue=Some(\"yells\")"],
    );
}

#[test]
fn a_phrase_after_said_of_is_its_topic_and_a_semicolon_ends_a_report() {
    check(
        "“It is a sound plan,” Lena Park, an engineer at the port, said of the new quay.",
        &["Direct [It is a sound plan,] speaker=Some(\"Lena Park, an engineer at the port\") \
           cue=Some(\"said\")"],
    );
    check(
        "The airline said the delays were over; it gave no reason.",
        &["Indirect [the delays were over] speaker=Some(\"The airline\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_quotation_right_after_an_object_completes_it() {
    check(
        "Ines Vale, a council member, called the mayor's budget on Monday \"a gift to developers\" \
         at a hearing.",
        &["Direct [the mayor's budget on Monday \"a gift to developers] \
           speaker=Some(\"Ines Vale, a council member\") cue=Some(\"called\")"],
    );
}

#[test]
fn an_irregular_past_ends_a_speaker_and_kept_is_skipped() {
    check(
        "The strikers kept chanting “No more cuts!” outside the depot.",
        &["Direct [No more cuts!] speaker=Some(\"The strikers\") cue=Some(\"chanting\")"],
    );
}

#[test]
fn a_comma_inside_the_marks_ends_an_object_or_report() {
    check(
        "Tom Reyes called the fare rise “unfair,” but the board approved it.",
        &["Direct [the fare rise “unfair,”] speaker=Some(\"Tom Reyes\") cue=Some(\"called\")"],
    );
    check(
        "The coach praised the defence as “solid” — a rare compliment from him.",
        &["Direct [the defence as “solid”] speaker=Some(\"The coach\") cue=Some(\"praised\")"],
    );
}

#[test]
fn a_day_may_split_a_phrasal_cue_and_saying_that_reports() {
    check(
        "Senator Ada Kim called Friday for an audit of the port, saying that the accounts \
         \"do not add up.\"",
        &[
            "Indirect [an audit of the port] speaker=Some(\"Senator Ada Kim\") \
             cue=Some(\"called\")",
            "Direct [that the accounts \"do not add up.\"] speaker=Some(\"Senator Ada Kim\") \
             cue=Some(\"saying\")",
        ],
    );
}

#[test]
fn a_quotation_after_a_verb_is_its_object_not_a_quoted_clause() {
    check(
        "The two ministers introduced the “Clean Rivers Pact,” which took effect in May.",
        &["Direct [the “Clean Rivers Pact,”] speaker=None cue=None"],
    );
}

#[test]
fn a_negated_auxiliary_is_not_part_of_the_speaker() {
    check(
        "Mayor Lin isn't saying much about the stadium deal.",
        &["Indirect [much about the stadium deal] speaker=Some(\"Mayor Lin\") \
           cue=Some(\"saying\")"],
    );
}

#[test]
fn a_report_in_an_opening_subordinate_clause_ends_at_its_comma() {
    check(
        "Although she praised the treaty, Ruiz voted against the budget.",
        &["Indirect [the treaty] speaker=Some(\"she\") cue=Some(\"praised\")"],
    );
}

#[test]
fn a_scene_setting_phrase_opening_the_sentence_bounds_a_report_as_a_clause_does() {
    check(
        "With its owners worried that the plant would close, the town held a meeting.",
        &["Indirect [that the plant would close] speaker=Some(\"its owners\") \
           cue=Some(\"worried\")"],
    );
}

#[test]
fn a_perfect_participle_is_the_cue_s_auxiliary_not_part_of_its_speaker() {
    check(
        "With the governor having said that taxes would rise, the senators walked out.",
        &["Indirect [that taxes would rise] speaker=Some(\"the governor\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_name_after_an_opening_clause_keeps_its_description() {
    check(
        "As the vote neared, Ana Ruiz, a senior adviser to the mayor, warned that turnout was low.",
        &["Indirect [that turnout was low] speaker=Some(\"Ana Ruiz, a senior adviser to the \
           mayor\") cue=Some(\"warned\")"],
    );
}

#[test]
fn a_relative_clause_on_the_hearer_is_not_the_report() {
    let text = "The mayor told a resident who asked about the closures that \"the road will \
                reopen by spring.\"";
    finds(
        text,
        "Direct [that \"the road will reopen by spring.\"] speaker=Some(\"The mayor\") \
                cue=Some(\"told\")",
    );
}

#[test]
fn a_nickname_in_marks_is_part_of_the_name_not_a_quotation() {
    check(
        "\"We will win,\" Marcia “Cia” Price told the crowd.",
        &["Direct [We will win,] speaker=Some(\"Marcia “Cia” Price\") cue=Some(\"told\")"],
    );
    check(
        "Rep. Robert C. \"Bobby\" Scott said the port would reopen.",
        &["Indirect [the port would reopen] speaker=Some(\"Rep. Robert C. \\\"Bobby\\\" Scott\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_modal_before_the_cue_is_its_auxiliary() {
    check(
        "I should say that my father was a banker.",
        &["Indirect [that my father was a banker] speaker=Some(\"I\") cue=Some(\"say\")"],
    );
    check(
        "The union must concede that the strike failed.",
        &["Indirect [that the strike failed] speaker=Some(\"The union\") cue=Some(\"concede\")"],
    );
}

#[test]
fn a_participle_joined_by_and_to_a_report_reports_again() {
    check(
        "The mayor spoke for an hour, praising the police and saying the city was safer.",
        &[
            "Indirect [the police] speaker=Some(\"The mayor\") cue=Some(\"praising\")",
            "Indirect [the city was safer] speaker=Some(\"The mayor\") cue=Some(\"saying\")",
        ],
    );
}

#[test]
fn a_pronoun_after_an_opening_adverb_is_the_subject() {
    finds(
        "Meanwhile, it raised its prices, saying costs had grown.",
        "Indirect [costs had grown] speaker=Some(\"it\") cue=Some(\"saying\")",
    );
}

#[test]
fn a_lexicon_cue_before_a_that_clause_stands_whatever_its_score() {
    check(
        "As the city's first elected mayor, he believes that his efforts to cut traffic will be \
         his most lasting legacy.",
        &["Indirect [that his efforts to cut traffic will be his most lasting legacy] \
           speaker=Some(\"he\") cue=Some(\"believes\")"],
    );
    // A relative "that" is followed by its verb: no report.
    check("The two taped an hourlong show that aired on Thursday.", &[]);
}

#[test]
fn a_clause_verb_before_a_subject_pronoun_reports_the_clause() {
    check(
        "The debate has new urgency after leaked records from his 1995 return show he took a \
         large loss.",
        &["Indirect [he took a large loss] speaker=Some(\"records from his 1995 return\") \
           cue=Some(\"show\")"],
    );
}

#[test]
fn a_participle_after_a_nested_report_goes_on_for_the_outer_speaker() {
    finds(
        "Ruiz told the audience that she believes that we must fund the clinics, saying that \
         “health still depends too much” on income.",
        "Direct [that “health still depends too much” on income] speaker=Some(\"Ruiz\") \
                cue=Some(\"saying\")",
    );
}

#[test]
fn a_name_in_capitals_keeps_its_words_that_read_otherwise_in_lower_case() {
    check(
        "Donations rose sharply through August, a USA TODAY analysis shows.",
        &["Indirect [Donations rose sharply through August] speaker=Some(\"a USA TODAY \
           analysis\") cue=Some(\"shows\")"],
    );
}

#[test]
fn a_short_setting_after_the_cue_is_not_the_report() {
    check(
        "The senator said after the hearing he would not accept the deal.",
        &["Indirect [he would not accept the deal] speaker=Some(\"The senator\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_subject_with_an_of_complement_reaches_past_its_determiner() {
    check(
        "The authors of the study combed through the filings and found that most firms kept \
         offshore units.",
        &["Indirect [that most firms kept offshore units] speaker=Some(\"The authors of the \
           study\") cue=Some(\"found\")"],
    );
}

#[test]
fn an_owned_conclusion_reports_its_owner_s_clause() {
    check(
        "Despite the judge's conclusion that the files must be released, the panel kept them \
         sealed.",
        &["Indirect [that the files must be released] speaker=Some(\"the judge\") \
           cue=Some(\"conclusion\")"],
    );
}

#[test]
fn a_stray_straight_mark_does_not_take_up_the_curly_quotation_after_it() {
    finds(
        "\"Ana found the ruling absurd. She was angry, sure.\n\n“It never crossed my mind that \
         we would lose,” she said several months later.",
        "Direct [It never crossed my mind that we would lose,] speaker=Some(\"she\") \
                cue=Some(\"said\")",
    );
}

#[test]
fn a_bare_span_of_time_after_the_cue_is_its_setting() {
    check(
        "“We would lose,” she said months later.",
        &["Direct [We would lose,] speaker=Some(\"she\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_quoted_predicate_after_a_comma_reports_its_clause() {
    check(
        "However noble the aim, raising the fuel tax \"is the wrong tool,\" the economist said.",
        &["Direct [raising the fuel tax \"is the wrong tool,\"] speaker=Some(\"the economist\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn an_opening_curly_mark_after_a_sentence_end_closes_the_quotation() {
    check(
        "Sanders made the following comment:\n“The rate for young people is 51 percent.“\nThe \
         statement was rated Mostly True.",
        &[
            "Indirect [the following comment] speaker=Some(\"Sanders\") cue=Some(\"made\")",
            "Direct [The rate for young people is 51 percent.] speaker=Some(\"Sanders\") cue=None",
        ],
    );
}

#[test]
fn a_participle_of_an_object_cue_opening_the_sentence_reports_for_its_subject() {
    finds(
        "Bemoaning the “phony system,” the senator accused the board of bias.",
        "Direct [the “phony system,”] speaker=Some(\"the senator\") cue=Some(\"Bemoaning\")",
    );
}

#[test]
fn a_time_clause_after_an_affirmed_cue_is_its_setting_not_its_report() {
    check("That was what the envoy said when she resigned from the mission in 2014.", &[]);
    check("The French president said on Friday as he entered the talks.", &[]);
    check(
        "Lawmakers have not said when they would take up the bill.",
        &["Indirect [when they would take up the bill] speaker=Some(\"Lawmakers\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn let_us_say_supposes_rather_than_reports() {
    check("Let's say the degree will cost $160,000 in 18 years.", &[]);
    check("Let us say the degree will cost $160,000 in 18 years.", &[]);
}

#[test]
fn a_spaced_hyphen_a_conjunction_and_a_left_dateline_are_not_the_speaker() {
    check(
        "The fight is predictable - the senator has vowed to reopen the mines.",
        &["Indirect [to reopen the mines] speaker=Some(\"the senator\") cue=Some(\"vowed\")"],
    );
    check(
        "The board met for an hour, yet Mayor Ruiz insisted that the plan was sound.",
        &["Indirect [that the plan was sound] speaker=Some(\"Mayor Ruiz\") cue=Some(\"insisted\")"],
    );
    finds(
        "BRUSSELS - Farm ministers met on Friday, warning that prices would keep falling.",
        "Indirect [that prices would keep falling] speaker=Some(\"Farm ministers\") \
                cue=Some(\"warning\")",
    );
}

#[test]
fn an_opening_clause_with_commas_inside_ends_where_the_main_clause_begins() {
    check(
        "Lest anyone claim that the mayor, a former banker, had no plan, the council published \
         his budget.",
        &["Indirect [that the mayor, a former banker, had no plan] speaker=Some(\"anyone\") \
           cue=Some(\"claim\")"],
    );
    check(
        "Though the vote was close, she said, the result would stand.",
        &["Indirect [the result would stand] speaker=Some(\"she\") cue=Some(\"said\")"],
    );
}

#[test]
fn that_before_a_noun_without_a_verb_is_the_object_s_determiner() {
    check(
        "The judge rejected that argument in a ruling released Thursday.",
        &["Indirect [that argument] speaker=Some(\"The judge\") cue=Some(\"rejected\")"],
    );
    check(
        "The minister said that inflation would rise.",
        &["Indirect [that inflation would rise] speaker=Some(\"The minister\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn an_object_stops_at_an_adjunct_and_a_second_participle_reports_again() {
    check(
        "Several senators echoed her doubts, in large part because of the cost.",
        &["Indirect [her doubts] speaker=Some(\"Several senators\") cue=Some(\"echoed\")"],
    );
    check(
        "The governor did not identify a location in his remarks.",
        &["Indirect [a location] speaker=Some(\"The governor\") cue=Some(\"identify\")"],
    );
    // An aside set off by commas inside the object, after which the object goes on.
    check(
        "Trump accused Rafael Cruz, who was born in Cuba, of associating with Oswald.",
        &["Indirect [Rafael Cruz, who was born in Cuba, of associating with Oswald] \
           speaker=Some(\"Trump\") cue=Some(\"accused\")"],
    );
    check(
        "European leaders are offering broad new defense efforts amid growing concerns.",
        &["Indirect [broad new defense efforts] speaker=Some(\"European leaders\") \
           cue=Some(\"offering\")"],
    );
    check(
        "The union praised the deal in March after long talks.",
        &["Indirect [the deal] speaker=Some(\"The union\") cue=Some(\"praised\")"],
    );
    check(
        "The candidate attacked the pageant winner in early-morning tweets.",
        &["Indirect [the pageant winner] speaker=Some(\"The candidate\") cue=Some(\"attacked\")"],
    );
    // "during" after a plain noun phrase is the setting; inside a clause it is the clause's.
    check(
        "The former mayor criticized the new tax during a campaign stop in Flint.",
        &["Indirect [the new tax] speaker=Some(\"The former mayor\") cue=Some(\"criticized\")"],
    );
    check(
        "The campaign urged the moderator to challenge Trump during the debate.",
        &["Indirect [to challenge Trump during the debate] speaker=Some(\"The campaign\") \
           cue=Some(\"urged\")"],
    );
    check(
        "The union released a letter welcoming the pay offer, and calling for a vote on it.",
        &[
            "Indirect [a letter welcoming the pay offer] speaker=Some(\"The union\") \
             cue=Some(\"released\")",
            "Indirect [a vote on it] speaker=Some(\"The union\") cue=Some(\"calling\")",
        ],
    );
}

#[test]
fn a_participle_clause_reports_for_the_main_clause_subject() {
    check(
        "After saying the bridge was “safe for another decade,” she left the meeting early.",
        &["Direct [the bridge was “safe for another decade,”] speaker=Some(\"she\") \
           cue=Some(\"saying\")"],
    );
    check(
        "Mayor Ana Ruiz, despite admitting that the budget was tight, backed the new stadium.",
        &[
            "Indirect [that the budget was tight] speaker=Some(\"Mayor Ana Ruiz\") \
             cue=Some(\"admitting\")",
            "Indirect [the new stadium] speaker=Some(\"Mayor Ana Ruiz\") cue=Some(\"backed\")",
        ],
    );
}

#[test]
fn a_year_between_speaker_and_cue_is_skipped() {
    check(
        "The plan was drafted by Lee Vance, who in 2010 said the port was \"a lost cause.\"",
        &["Direct [the port was \"a lost cause.\"] speaker=Some(\"who\") cue=Some(\"said\")"],
    );
}

#[test]
fn an_attributive_participle_opens_a_name() {
    check(
        "“The harbour is safe,” retired navy captain Ola Berg said.",
        &["Direct [The harbour is safe,] speaker=Some(\"retired navy captain Ola Berg\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn an_object_stops_before_but_with_an_auxiliary_and_before_a_comment() {
    check(
        "The board criticized the audit but did not reject it.",
        &["Indirect [the audit] speaker=Some(\"The board\") cue=Some(\"criticized\")"],
    );
    check(
        "The board praised the new depot, especially its solar roof.",
        &["Indirect [the new depot] speaker=Some(\"The board\") cue=Some(\"praised\")"],
    );
    check(
        "The council praised the tram plan but has not set a date.",
        &["Indirect [the tram plan] speaker=Some(\"The council\") cue=Some(\"praised\")"],
    );
}

#[test]
fn an_opening_setting_is_not_reported_backward() {
    check(
        "In July, the union called for a moratorium on new mines.",
        &["Indirect [a moratorium on new mines] speaker=Some(\"the union\") cue=Some(\"called\")"],
    );
    check(
        "“In my view, no,” said the mayor.",
        &["Direct [In my view, no,] speaker=Some(\"the mayor\") cue=Some(\"said\")"],
    );
    check(
        "If elected, I will cut fares, the candidate said.",
        &["Indirect [If elected, I will cut fares] speaker=Some(\"the candidate\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_participle_with_its_agent_is_passive_without_an_auxiliary() {
    check(
        "The leak, first reported by The Ledger, shook the ministry.",
        &["Indirect [The leak] speaker=Some(\"The Ledger\") cue=Some(\"reported\")"],
    );
}

#[test]
fn a_month_or_a_set_off_participle_is_not_a_subject() {
    check(
        "On September 27 the council met again, saying that the plan was dead.",
        &["Indirect [that the plan was dead] speaker=Some(\"the council\") cue=Some(\"saying\")"],
    );
    check(
        "Undeterred, the mayor met the donors, saying that the plan was alive.",
        &["Indirect [that the plan was alive] speaker=Some(\"the mayor\") cue=Some(\"saying\")"],
    );
}

#[test]
fn a_participle_after_a_report_is_its_speakers_and_a_quoted_predicate_is_reported_whole() {
    check(
        "The bridge \"has never been safer,\" Ana Ruiz said in June, citing the new cables.",
        &[
            "Direct [The bridge \"has never been safer,\"] speaker=Some(\"Ana Ruiz\") \
             cue=Some(\"said\")",
            "Indirect [the new cables] speaker=Some(\"Ana Ruiz\") cue=Some(\"citing\")",
        ],
    );
}

#[test]
fn a_report_stops_before_especially() {
    check(
        "The union said the offer was fair, especially given the deficit.",
        &["Indirect [the offer was fair] speaker=Some(\"The union\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_cue_joined_to_a_report_reports_too() {
    check(
        "The Tulsa march stayed quiet. Marchers said they want \u{201c}justice for Ama,\u{201d} but \
         pledged to remain civil.",
        &[
            "Direct [they want \u{201c}justice for Ama,\u{201d}] speaker=Some(\"Marchers\") \
             cue=Some(\"said\")",
            "Indirect [to remain civil] speaker=Some(\"Marchers\") cue=Some(\"pledged\")",
        ],
    );
}

#[test]
fn an_infinitive_or_a_question_after_an_adjunct_is_the_report() {
    check(
        "In the end, the lender agreed to extend the loan by a year, and the union also chipped in.",
        &["Indirect [to extend the loan by a year] speaker=Some(\"the lender\") \
           cue=Some(\"agreed\")"],
    );
    check(
        "The mayor said to reporters on Friday that the bridge would reopen.",
        &["Indirect [that the bridge would reopen] speaker=Some(\"The mayor\") cue=Some(\"said\")"],
    );
    check(
        "Other officials weighed in Friday about whether the tape should be released, even as \
         copies circulated.",
        &["Indirect [whether the tape should be released] speaker=Some(\"Other officials\") \
           cue=Some(\"weighed\")"],
    );
}

#[test]
fn a_second_that_clause_belongs_to_the_report() {
    check(
        "An aide said that the team was reviewing the rules, and that no decision had been made.",
        &["Indirect [that the team was reviewing the rules, and that no decision had been made] \
           speaker=Some(\"An aide\") cue=Some(\"said\")"],
    );
}

#[test]
fn an_interrupted_report_stops_before_although() {
    check(
        "The new dam, the ministry said, was its largest yet, although it may take years to fill.",
        &["Indirect [The new dam, the ministry said, was its largest yet] \
           speaker=Some(\"the ministry\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_verb_and_its_noun_make_the_cue() {
    check(
        "The bishop sounded a call for the city to shelter more migrants.",
        &["Indirect [the city to shelter more migrants] speaker=Some(\"The bishop\") \
           cue=Some(\"sounded\")"],
    );
    check(
        "Parents have expressed deep concern about the new curriculum.",
        &["Indirect [the new curriculum] speaker=Some(\"Parents\") cue=Some(\"expressed\")"],
    );
    check(
        "The leaders made little secret of their disagreements.",
        &["Indirect [their disagreements] speaker=Some(\"The leaders\") cue=Some(\"made\")"],
    );
}

#[test]
fn the_object_of_an_opening_preposition_is_not_the_speaker() {
    check(
        "In its shadow, viewers crowded the lawn, saying that the speech was moving.",
        &["Indirect [that the speech was moving] speaker=Some(\"viewers\") cue=Some(\"saying\")"],
    );
}

#[test]
fn a_second_verb_does_not_make_an_object_a_clause() {
    check(
        "The senator has championed rural broadband and pushed for cheaper insulin.",
        &["Indirect [rural broadband] speaker=Some(\"The senator\") cue=Some(\"championed\")"],
    );
}

#[test]
fn a_speaker_with_its_complement_takes_an_apposition() {
    check(
        "Officials at the port authority, a branch of the ministry, said they feared more fraud.",
        &["Indirect [they feared more fraud] speaker=Some(\"Officials at the port authority, a \
           branch of the ministry\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_passage_after_a_cue_and_its_participle_continues_the_quote() {
    check(
        "\u{201c}The plan is dead,\u{201d} said Ana Ruiz, speaking of the bridge. \u{201c}It will \
         never be built.\u{201d}",
        &[
            "Direct [The plan is dead,\u{201d} said Ana Ruiz, speaking of the bridge. \u{201c}It \
             will never be built.] speaker=Some(\"Ana Ruiz\") cue=Some(\"said\")",
            // The participle inside the interrupted quote is hers too.
            "Indirect [the bridge] speaker=Some(\"Ana Ruiz\") cue=Some(\"speaking\")",
        ],
    );
}

#[test]
fn a_quantifier_or_the_head_of_a_reduced_relative_is_the_speaker() {
    check(
        "To varying degrees, all agreed that the levy would hurt exporters.",
        &["Indirect [that the levy would hurt exporters] speaker=Some(\"all\") \
           cue=Some(\"agreed\")"],
    );
    check(
        "A county survey released in late May found that most renters wanted caps.",
        &["Indirect [that most renters wanted caps] speaker=Some(\"A county survey\") \
           cue=Some(\"found\")"],
    );
}

#[test]
fn a_hearer_pronoun_and_a_month_are_skipped_and_having_said_that_reports_nothing() {
    check(
        "Reid has a source who told him the mayor had paid no fees.",
        &["Indirect [the mayor had paid no fees] speaker=Some(\"who\") cue=Some(\"told\")"],
    );
    check(
        "The board, which in March said that fees would rise, met again.",
        &["Indirect [that fees would rise] speaker=Some(\"which\") cue=Some(\"said\")"],
    );
    check("Having said that, there are some economists who doubt it.", &[]);
}

#[test]
fn a_purpose_clause_with_its_own_subject_ends_the_report() {
    check(
        "The insurers agreed to release the bond so the county could start the cleanup.",
        &["Indirect [to release the bond] speaker=Some(\"The insurers\") cue=Some(\"agreed\")"],
    );
}

#[test]
fn a_headline_before_a_colon_is_not_a_speaker() {
    check("Storm Over Harbor: Ferries Halted as Winds Rise Again.\n\nThe port stayed shut.", &[]);
    check("The Latest: Ferries halted as winds rise again.\n\nThe port stayed shut.", &[]);
}

#[test]
fn a_form_of_say_before_that_reports_and_a_party_label_joins_the_speaker() {
    check(
        "The White House is saying that the leak was a crime.",
        &["Indirect [that the leak was a crime] speaker=Some(\"The White House\") \
           cue=Some(\"saying\")"],
    );
    check(
        "Rep. Ann Cole (D-Ore.), chair of the budget panel, said members would back the bill.",
        &["Indirect [members would back the bill] speaker=Some(\"Rep. Ann Cole (D-Ore.), chair \
           of the budget panel\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_verb_joined_with_an_auxiliary_reports_for_the_subject() {
    check(
        "The senator has praised the pact but has said she will vote against it.",
        &[
            "Indirect [the pact] speaker=Some(\"The senator\") cue=Some(\"praised\")",
            "Indirect [she will vote against it] speaker=Some(\"The senator\") cue=Some(\"said\")",
        ],
    );
}

#[test]
fn a_name_with_and_and_an_apposition_between_dashes_make_one_speaker() {
    check(
        "Ana Ruiz -- a former aide to the mayor -- said the plan was dead.",
        &["Indirect [the plan was dead] speaker=Some(\"Ana Ruiz -- a former aide to the \
           mayor\") cue=Some(\"said\")"],
    );
    check(
        "Fish and Wildlife Services, the agency that runs the refuge, said it would reopen.",
        &["Indirect [it would reopen] speaker=Some(\"Fish and Wildlife Services, the agency that \
           runs the refuge\") cue=Some(\"said\")"],
    );
}

#[test]
fn of_whom_and_a_contracted_auxiliary_keep_the_speaker() {
    check(
        "Officials met the farmers, many of whom say the new levy is unfair.",
        &["Indirect [the new levy is unfair] speaker=Some(\"many of whom\") cue=Some(\"say\")"],
    );
    check(
        "The bill came from Ana Ruiz, who’s said that rents must be capped.",
        &["Indirect [that rents must be capped] speaker=Some(\"who\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_clause_opening_the_sentence_is_not_the_subject() {
    check(
        "Alarmed by the audit, as well as protests over fares, the transit board revised its \
         plan, promising to cut fares for students.",
        &["Indirect [to cut fares for students] speaker=Some(\"the transit board\") \
           cue=Some(\"promising\")"],
    );
    check(
        "Once in her first year, when a reporter asked about the budget, she laughed and said, \
         \"We will balance it.\"",
        &["Direct [We will balance it.] speaker=Some(\"she\") cue=Some(\"said\")"],
    );
}

#[test]
fn adverbs_and_an_interview_between_speaker_and_cue_are_skipped() {
    check(
        "The pact came from Chile and Peru, which together vowed to cut tariffs by half.",
        &["Indirect [to cut tariffs by half] speaker=Some(\"which\") cue=Some(\"vowed\")"],
    );
    check(
        "Ms. Lund in a televised interview warned that the regulators had failed.",
        &["Indirect [that the regulators had failed] speaker=Some(\"Ms. Lund\") \
           cue=Some(\"warned\")"],
    );
}

#[test]
fn a_relative_clause_reports_its_infinitive_not_the_main_clause() {
    check(
        "The envoy met the mayor, who promised to repave the roads.",
        &["Indirect [to repave the roads] speaker=Some(\"who\") cue=Some(\"promised\")"],
    );
}

#[test]
fn a_participle_after_the_setting_reports_for_the_speaker() {
    check(
        "\"We will rebuild the pier,\" she said at a news conference announcing that the city had \
         won a federal grant.",
        &[
            "Direct [We will rebuild the pier,] speaker=Some(\"she\") cue=Some(\"said\")",
            "Indirect [that the city had won a federal grant] speaker=Some(\"she\") \
             cue=Some(\"announcing\")",
        ],
    );
}

#[test]
fn a_second_attribution_joined_by_and_ends_the_first_report() {
    check(
        "Landlords said the new rules were rushed and tenants accused the council of ignoring \
         them.",
        &[
            "Indirect [the new rules were rushed] speaker=Some(\"Landlords\") cue=Some(\"said\")",
            "Indirect [the council of ignoring them] speaker=Some(\"tenants\") \
             cue=Some(\"accused\")",
        ],
    );
}

#[test]
fn an_aside_in_parentheses_with_its_own_subject_ends_the_content() {
    check(
        "Farmers want subsidies that reward soil care (they want lower fuel taxes too).",
        &["Indirect [subsidies that reward soil care] speaker=Some(\"Farmers\") \
           cue=Some(\"want\")"],
    );
}

#[test]
fn a_number_opens_the_speaker_phrase() {
    check(
        "Only 12 percent said they trust the council.",
        &["Indirect [they trust the council] speaker=Some(\"12 percent\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_second_cue_after_and_an_adverb_ends_the_report() {
    check(
        "The coach urges his players to stay calm and repeatedly says, \"Keep the ball.\"",
        &[
            "Indirect [to stay calm] speaker=Some(\"The coach\") cue=Some(\"urges\")",
            "Direct [Keep the ball.] speaker=Some(\"The coach\") cue=Some(\"says\")",
        ],
    );
}

#[test]
fn a_reduced_relative_with_a_day_keeps_its_head_as_speaker() {
    check(
        "The latest county survey released Friday shows that turnout fell sharply.",
        &["Indirect [that turnout fell sharply] \
           speaker=Some(\"The latest county survey\") cue=Some(\"shows\")"],
    );
}

#[test]
fn an_interrupted_report_goes_on_past_the_cue_and_its_setting() {
    check(
        "The real problem, the inspector said then, was that the pumps had failed.",
        &["Indirect [The real problem, the inspector said then, was that the pumps had failed] \
           speaker=Some(\"the inspector\") cue=Some(\"said\")"],
    );
    check(
        "Too often, Ms. Berg said, the debate over the levee turns bitter.",
        &["Indirect [Too often, Ms. Berg said, the debate over the levee turns bitter] \
           speaker=Some(\"Ms. Berg\") cue=Some(\"said\")"],
    );
    check(
        "Ferry fares rose 4 percent, the agency said Friday afternoon, as crews struck.",
        &["Indirect [Ferry fares rose 4 percent] speaker=Some(\"the agency\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_subordinate_clause_opening_the_sentence_hides_no_speaker() {
    check(
        "When floods strike the valley, Ortiz and Lee visit the farms and say that the damage is \
         severe.",
        &["Indirect [that the damage is severe] speaker=Some(\"Ortiz and Lee\") \
           cue=Some(\"say\")"],
    );
}

#[test]
fn a_joined_verb_keeps_the_speaker_of_the_verb_before_it() {
    check(
        "The governor praised the mayor after she attacked the utility and blamed the outages on \
         poor planning.",
        &[
            "Indirect [the mayor] speaker=Some(\"The governor\") cue=Some(\"praised\")",
            "Indirect [the utility] speaker=Some(\"she\") cue=Some(\"attacked\")",
            "Indirect [the outages on poor planning] speaker=Some(\"she\") cue=Some(\"blamed\")",
        ],
    );
}

#[test]
fn a_participle_after_a_relative_clause_reports_for_the_subject() {
    check(
        "The mayor was defensive about a contractor who said he was unpaid, saying, \"He did poor \
         work.\"",
        &[
            "Indirect [he was unpaid] speaker=Some(\"who\") cue=Some(\"said\")",
            "Direct [He did poor work.] speaker=Some(\"The mayor\") cue=Some(\"saying\")",
        ],
    );
}

#[test]
fn a_raising_verb_is_no_cue_but_passes_its_subject_on() {
    check("The harbor plan seems to have stalled again.", &[]);
    check(
        "Ms. Ortiz agreed with the mayor and seemed to think the budget was far too thin.",
        &[
            "Indirect [with the mayor] speaker=Some(\"Ms. Ortiz\") cue=Some(\"agreed\")",
            "Indirect [the budget was far too thin] speaker=Some(\"Ms. Ortiz\") \
             cue=Some(\"think\")",
        ],
    );
}

#[test]
fn after_a_quotation_and_its_speaker_a_long_setting_leaves_the_quotation_reported() {
    check(
        "“We need him back in the Senate,” Hannity said during a panel on his show after the \
         first-term senator easily won his Senate primary.",
        &["Direct [We need him back in the Senate,] speaker=Some(\"Hannity\") \
           cue=Some(\"said\")"],
    );
    check(
        "“I am supporting Tom Selleck,” she said and quickly hung up.",
        &["Direct [I am supporting Tom Selleck,] speaker=Some(\"she\") cue=Some(\"said\")"],
    );
    // A gerund after another verb is its object: the title is no statement.
    check(
        "In his book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at the \
         things on your credit card statement.",
        &[
            "Direct [Make Your Kid a Millionaire,] speaker=None cue=None",
            "Indirect [looking at the things on your credit card statement] \
             speaker=Some(\"Mr. McKinley\") cue=Some(\"suggested\")",
        ],
    );
}

#[test]
fn a_cue_and_colon_ending_a_paragraph_report_the_next_one() {
    check(
        "In a speech last July, he said:\n\nLet no one be mistaken, the plan is a danger to the \
         country.",
        &["Indirect [Let no one be mistaken, the plan is a danger to the country] \
           speaker=Some(\"he\") cue=Some(\"said\")"],
    );
}

#[test]
fn that_before_a_time_word_is_its_determiner() {
    check(
        "“This is where we remembered what it means to hope,” he said in his speech that night.",
        &["Direct [This is where we remembered what it means to hope,] speaker=Some(\"he\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_report_in_a_relative_clause_ends_at_its_comma() {
    check(
        "The plan, which officials said would cost billions, was dropped in May.",
        &["Indirect [would cost billions] speaker=Some(\"officials\") cue=Some(\"said\")"],
    );
    check(
        "Mr. Ortiz, who said the bridge would never open, resigned in June.",
        &["Indirect [the bridge would never open] speaker=Some(\"who\") cue=Some(\"said\")"],
    );
}

#[test]
fn labels_and_lists_of_names_after_a_colon_are_no_speaker_lines() {
    check("Revealed: Here Are The Delegates The Party Has Blacklisted.", &[]);
    check("Delegate Update: The latest count in the Democratic race.", &[]);
    check("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell.", &[]);
    check(
        "Pat Caddell: Voters are worried about her health.",
        &["Indirect [Voters are worried about her health] speaker=Some(\"Pat Caddell\") \
           cue=Some(\":\")"],
    );
}

#[test]
fn an_opening_without_verb_goes_on_after_according_to() {
    check(
        "Over the long term, according to the budget office, the rise in deficits is mainly \
         due to the aging of the population.",
        &["Indirect [Over the long term, according to the budget office, the rise in deficits \
           is mainly due to the aging of the population] speaker=Some(\"the budget office\") \
           cue=Some(\"according to\")"],
    );
    // A whole clause before the source ends there.
    check(
        "The council rejected the plan, according to two members, and the mayor resigned.",
        &["Indirect [The council rejected the plan] speaker=Some(\"two members\") \
           cue=Some(\"according to\")"],
    );
}

#[test]
fn a_time_between_auxiliary_and_cue_is_no_speaker() {
    check(
        "His close friends have in the past said he was staying quiet.",
        &["Indirect [he was staying quiet] speaker=Some(\"His close friends\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_noun_in_ly_is_no_adverb_inside_a_source() {
    check(
        "Clinton had 2,205 delegates, according to a tally by the Associated Press.",
        &["Indirect [Clinton had 2,205 delegates] speaker=Some(\"a tally\") \
           cue=Some(\"according to\")"],
    );
}

#[test]
fn an_opening_setting_is_not_the_subject_a_participle_reports_for() {
    check(
        "In South Carolina, he prevailed, saying that torture works.",
        &["Indirect [that torture works] speaker=Some(\"he\") cue=Some(\"saying\")"],
    );
    check(
        "In a speech in Westchester County on Tuesday night, Mr. Trump struck a measured tone, \
         saying he understood the responsibility.",
        &["Indirect [he understood the responsibility] speaker=Some(\"Mr. Trump\") \
           cue=Some(\"saying\")"],
    );
    check(
        "On Thursday, however, Trump spoke to industry leaders, promising to lift the rules.",
        &["Indirect [to lift the rules] speaker=Some(\"Trump\") cue=Some(\"promising\")"],
    );
    check(
        "Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”",
        &["Direct [Reuters, “He is an amazing man.”] speaker=Some(\"Trump\") \
           cue=Some(\"telling\")"],
    );
}

#[test]
fn quotations_inside_a_postposed_clause_belong_to_it() {
    check(
        "Guns are “a public health crisis” and “stunt children’s growth,” Howard Dean, the \
         former governor, proclaimed to a cheering crowd.",
        &["Direct [Guns are “a public health crisis” and “stunt children’s growth,”] \
           speaker=Some(\"Howard Dean, the former governor\") cue=Some(\"proclaimed\")"],
    );
}

#[test]
fn several_alone_speaks_before_a_lexicon_cue() {
    check(
        "Several said they would rather see the money go to public schools.",
        &["Indirect [they would rather see the money go to public schools] \
           speaker=Some(\"Several\") cue=Some(\"said\")"],
    );
    check(
        "Several cast members said the host had made one contestant twirl.",
        &["Indirect [the host had made one contestant twirl] \
           speaker=Some(\"Several cast members\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_date_after_the_cue_is_its_setting() {
    check(
        "\"We need them defeated on the ground,\" Rubio said Dec. 6 on CNN.",
        &["Direct [We need them defeated on the ground,] speaker=Some(\"Rubio\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn pointed_out_is_one_cue_and_as_comment_reports_nothing() {
    check(
        "''The stock hasn't done well,'' Mr. Rubel pointed out.",
        &["Direct [The stock hasn't done well,] speaker=Some(\"Mr. Rubel\") \
           cue=Some(\"pointed out\")"],
    );
    check(
        "He pointed out that the plan had been rejected twice by the council.",
        &["Indirect [that the plan had been rejected twice by the council] speaker=Some(\"He\") \
           cue=Some(\"pointed out\")"],
    );
    check("The city, as you very aptly pointed out, Laura, rushed to judge the crowd.", &[]);
}

#[test]
fn a_report_in_the_attribution_leaves_the_next_passage_to_the_quote() {
    check(
        "\"Your reputation is amazing,\" Trump assured Jones, after Jones assured him that most \
         listeners backed him. \"I will not let you down.\"",
        &[
            "Direct [Your reputation is amazing,\" Trump assured Jones, after Jones assured him \
             that most listeners backed him. \"I will not let you down.] \
             speaker=Some(\"Trump\") cue=Some(\"assured\")",
            "Indirect [that most listeners backed him] speaker=Some(\"Jones\") \
             cue=Some(\"assured\")",
        ],
    );
}

#[test]
fn appearing_expected_and_known_name_no_source() {
    // "appear" raises its subject like "seem": it is what the writer judges, no speaker.
    check("The regional council appears to be the most divided body in the province.", &[]);
    check("It appears that the ministry had been warned twice before the collapse.", &[]);
    check("The committee also appears ready to back the plan.", &[]);
    check(
        "The mayor later appeared to suggest that the tunnel would never open.",
        &["Indirect [that the tunnel would never open] speaker=Some(\"The mayor\") \
           cue=Some(\"suggest\")"],
    );
    // A passive "expected" with an adverb between is still passive, and its subject no source.
    check("The governor is not expected to attend the ceremony in the capital.", &[]);
    // "known" says what a thing is called or famous for.
    check("The bridge, known locally as the Iron Mile, closed on Monday.", &[]);
    check("The group is also known by the acronym PNR across the region.", &[]);
}

#[test]
fn what_say_reports_is_a_clause_unless_it_is_one_of_its_objects() {
    check(
        "The housing office said renters and owners - old, young and disabled - would qualify for \
         the rebate.",
        &[
            "Indirect [renters and owners - old, young and disabled - would qualify for the rebate] \
           speaker=Some(\"The housing office\") cue=Some(\"said\")",
        ],
    );
    check(
        "The rival bidders have said the same thing.",
        &["Indirect [the same thing] speaker=Some(\"The rival bidders\") cue=Some(\"said\")"],
    );
}

#[test]
fn an_owner_makes_the_claim_a_noun_names() {
    check(
        "Auditors checked the mayor’s claim that crime had fallen by half last year.",
        &["Indirect [that crime had fallen by half last year] speaker=Some(\"the mayor\") \
           cue=Some(\"claim\")"],
    );
    check(
        "Contrary to her claim that the fund was solvent, the fund ran dry in May.",
        &["Indirect [that the fund was solvent] speaker=Some(\"her\") cue=Some(\"claim\")"],
    );
    check("His claim that was rejected by the court is back.", &[]);
}

#[test]
fn the_owner_of_a_claim_is_not_the_subject_a_joined_verb_shares() {
    check(
        "The candidate repeated his claim that the count was rigged and promised to keep \
         protesting.",
        &[
            "Indirect [his claim that the count was rigged] speaker=Some(\"The candidate\") \
             cue=Some(\"repeated\")",
            "Indirect [to keep protesting] speaker=Some(\"The candidate\") cue=Some(\"promised\")",
        ],
    );
}

#[test]
fn a_one_word_opening_stands_with_its_continuation() {
    check(
        "Farmers, she said, can outlast any drought.",
        &["Indirect [Farmers, she said, can outlast any drought] speaker=Some(\"she\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_conjunction_before_an_opening_clause_leaves_the_clause_its_comma() {
    check(
        "So when the port signaled that it would close the pier, the mayor said, \"We were \
         stunned.\"",
        &[
            "Indirect [that it would close the pier] speaker=Some(\"the port\") \
             cue=Some(\"signaled\")",
            "Direct [We were stunned.] speaker=Some(\"the mayor\") cue=Some(\"said\")",
        ],
    );
}

#[test]
fn a_verb_joined_inside_a_report_is_part_of_it() {
    check(
        "Deputies say the driver posed a threat and refused to leave the car.",
        &["Indirect [the driver posed a threat and refused to leave the car] \
           speaker=Some(\"Deputies\") cue=Some(\"say\")"],
    );
}

#[test]
fn a_report_inside_another_report_is_the_outer_speakers() {
    check(
        "The senator said the governor once described the pact as \"the gold standard\" of \
         trade deals.",
        &["Direct [the governor once described the pact as \"the gold standard\" of trade deals] \
           speaker=Some(\"The senator\") cue=Some(\"said\")"],
    );
    check(
        "The minister said the envoy had warned that the talks were over.",
        &["Indirect [the envoy had warned that the talks were over] \
           speaker=Some(\"The minister\") cue=Some(\"said\")"],
    );
    // "according to" credits the whole sentence, a report inside it included.
    check(
        "The inquiry went on. Police said the driver had no gun, according to the family's \
         lawyer.",
        &["Indirect [Police said the driver had no gun] speaker=Some(\"the family's lawyer\") \
           cue=Some(\"according to\")"],
    );
    // A form of "say" names its source outright and stands inside a report too.
    check(
        "The minister said the envoy had said the talks were over.",
        &[
            "Indirect [the envoy had said the talks were over] speaker=Some(\"The minister\") \
             cue=Some(\"said\")",
            "Indirect [the talks were over] speaker=Some(\"the envoy\") cue=Some(\"said\")",
        ],
    );
}

#[test]
fn a_lower_case_passage_after_an_aside_takes_up_the_quote() {
    check(
        "“Every time you say that,” the senator said, waving a copy of the report, “you give \
         ammunition to the critics.”",
        &["Direct [Every time you say that,” the senator said, waving a copy of the report, \
           “you give ammunition to the critics.] speaker=Some(\"the senator\") \
           cue=Some(\"said\")"],
    );
    check(
        "\"The talks are open,\" the envoy said during a visit to Oslo on Monday, \"but nothing \
         is agreed.\"",
        &["Direct [The talks are open,\" the envoy said during a visit to Oslo on Monday, \"but \
           nothing is agreed.] speaker=Some(\"the envoy\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_quoted_paragraph_after_an_attributed_one_goes_on_with_it() {
    check(
        "“Nobody writes songs for her,” he said.\n\n“Right now, the vote is against the mayor.”",
        &["Direct [Nobody writes songs for her,” he said.\n\n“Right now, the vote is against the \
           mayor.] speaker=Some(\"he\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_straight_mark_between_spaces_closes_its_passage_for_the_cue_after_it() {
    check(
        "The hearing went on. \"I have never liked the word 'outreach,' \" he told the group, \
         adding that the party must do more.",
        &[
            "Direct [I have never liked the word 'outreach,] speaker=Some(\"he\") \
             cue=Some(\"told\")",
            "Indirect [that the party must do more] speaker=Some(\"he\") cue=Some(\"adding\")",
        ],
    );
}

#[test]
fn the_verb_after_an_aspectual_to_is_the_cue() {
    check(
        "The city was quiet. The mayor continued to insist that the police were right.",
        &["Indirect [that the police were right] speaker=Some(\"The mayor\") \
           cue=Some(\"insist\")"],
    );
    check(
        "The city was quiet. The senator started to warn that the deal would fail.",
        &["Indirect [that the deal would fail] speaker=Some(\"The senator\") cue=Some(\"warn\")"],
    );
}

#[test]
fn a_curly_apostrophe_reads_as_a_straight_one() {
    check(
        "The city was quiet. But the attorney general isn’t saying if the charity broke any laws.",
        &["Indirect [if the charity broke any laws] speaker=Some(\"the attorney general\") \
           cue=Some(\"saying\")"],
    );
}

#[test]
fn people_close_to_someone_are_the_speakers_not_that_someone() {
    check(
        "The city was quiet. Sources close to the governor said that he would veto the bill.",
        &[
            "Indirect [that he would veto the bill] speaker=Some(\"Sources close to the governor\") \
           cue=Some(\"said\")",
        ],
    );
    check(
        "The city was quiet. Those close to him say that he would consider a run.",
        &["Indirect [that he would consider a run] speaker=Some(\"Those close to him\") \
           cue=Some(\"say\")"],
    );
}

#[test]
fn a_progressive_with_an_adverb_is_a_finite_report() {
    check(
        "The city was quiet. Two senators are now saying they think the bill should be changed.",
        &["Indirect [they think the bill should be changed] speaker=Some(\"Two senators\") \
           cue=Some(\"saying\")"],
    );
}

#[test]
fn a_lone_name_is_the_whole_object_of_a_cue() {
    finds(
        "The race tightened in the fall. The senator has now endorsed Ramirez.",
        "Indirect [Ramirez] speaker=Some(\"The senator\") cue=Some(\"endorsed\")",
    );
    finds(
        "The council met again. Hours later the governor attacked Ortega in a late-night post.",
        "Indirect [Ortega] speaker=Some(\"the governor\") cue=Some(\"attacked\")",
    );
    // A name cut off at the comma of a place's state is not the whole object.
    let (doc, _, quotes) = common::quotes_of(
        "The council met again. The mayor criticized Tulsa, Okla., officers for the arrests.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().all(|g| !g.starts_with("Indirect [Tulsa]")), "{got:#?}");
}

#[test]
fn a_report_does_not_end_inside_a_list_of_names() {
    check(
        "The forum ran late. Lee told reporters it is clear that hacking of the Labour Party, the \
         Electoral Commission and two councils can be traced to Moscow.",
        &[
            "Indirect [it is clear that hacking of the Labour Party, the Electoral Commission and two \
           councils can be traced to Moscow] speaker=Some(\"Lee\") cue=Some(\"told\")",
        ],
    );
    // A comma before a joined clause still ends the report.
    check(
        "The talks stalled again. Aides said the plan was dead, and the senator agreed.",
        &["Indirect [the plan was dead] speaker=Some(\"Aides\") cue=Some(\"said\")"],
    );
}

#[test]
fn a_counted_time_word_is_part_of_the_object() {
    check(
        "The forum ran late. The newspaper published portions of Grant’s state tax returns from \
         1995 that showed his companies lost nearly $916 million in a single year.",
        &["Indirect [portions of Grant’s state tax returns from 1995 that showed his companies \
           lost nearly $916 million in a single year] speaker=Some(\"The newspaper\") \
           cue=Some(\"published\")"],
    );
    // A time word that sets the statement stays out.
    check(
        "The forum ran late. The mayor praised the plan last week.",
        &["Indirect [the plan] speaker=Some(\"The mayor\") cue=Some(\"praised\")"],
    );
}

#[test]
fn a_comment_clause_with_as_vouches_for_the_main_clause() {
    check(
        "The forum ran late. As the mayor said on Monday, the city cannot afford another strike.",
        &["Indirect [the city cannot afford another strike] speaker=Some(\"the mayor\") \
           cue=Some(\"said\")"],
    );
    check(
        "The forum ran late. As one analyst pointed out with a chart, the gap between the two \
         parties is wider than ever.",
        &["Indirect [the gap between the two parties is wider than ever] \
           speaker=Some(\"one analyst\") cue=Some(\"pointed\")"],
    );
    check(
        "The forum ran late. It does not answer whether the driver had a gun, as police have said.",
        &["Indirect [It does not answer whether the driver had a gun] speaker=Some(\"police\") \
           cue=Some(\"said\")"],
    );
    check(
        "The forum ran late. The main test for the grant is a lawful source of income, as a \
         federal memo put it.",
        &["Indirect [The main test for the grant is a lawful source of income] \
           speaker=Some(\"a federal memo\") cue=Some(\"put\")"],
    );
    // Inside the sentence, the comment vouches for the quotation that ends it.
    check(
        "The forum ran late. He has long been, as one magazine put it in a lengthy profile, \
         \u{201c}the operator.\u{201d}",
        &["Direct [the operator.] speaker=Some(\"one magazine\") cue=Some(\"put\")"],
    );
    // "as" with a verb that has its own complement is a time clause, not a comment.
    check(
        "The forum ran late. The crowd cheered as she called for the ratification of the treaty.",
        &["Indirect [the ratification of the treaty] speaker=Some(\"she\") cue=Some(\"called\")"],
    );
}

#[test]
fn aside_from_and_yet_end_a_report() {
    check(
        "The forum ran late. He declined to discuss potential appointees, aside from saying he \
         wants a diverse delegation.",
        &[
            "Indirect [to discuss potential appointees] speaker=Some(\"He\") \
             cue=Some(\"declined\")",
            "Indirect [he wants a diverse delegation] speaker=Some(\"He\") cue=Some(\"saying\")",
        ],
    );
    finds(
        "The forum ran late. Officials said the water was safe to drink, yet declined to release \
         the test results.",
        "Indirect [the water was safe to drink] speaker=Some(\"Officials\") cue=Some(\"said\")",
    );
    // The same words end an object.
    finds(
        "The forum ran late. She praised the plan to rebuild the old bridge over the river, aside \
         from its cost.",
        "Indirect [the plan to rebuild the old bridge over the river] speaker=Some(\"She\") \
         cue=Some(\"praised\")",
    );
    finds(
        "The forum ran late. He demanded transparency from the president, yet refuses to release \
         his own records.",
        "Indirect [transparency from the president] speaker=Some(\"He\") cue=Some(\"demanded\")",
    );
}

#[test]
fn according_to_a_noun_that_is_also_a_cue() {
    check(
        "The senator spoke for an hour. The host repeatedly mocked his guests, according to show \
         insiders.",
        &["Indirect [The host repeatedly mocked his guests] speaker=Some(\"show insiders\") \
           cue=Some(\"according to\")"],
    );
    check(
        "The senator spoke for an hour. The talks collapsed late on Friday, according to reports.",
        &["Indirect [The talks collapsed late on Friday] speaker=Some(\"reports\") \
           cue=Some(\"according to\")"],
    );
}

#[test]
fn a_plural_noun_that_is_also_a_cue_heads_a_speaker() {
    check(
        "The forum ran late. Donations to the campaign hit nearly $1.1 billion, campaign-finance \
         reports show.",
        &["Indirect [Donations to the campaign hit nearly $1.1 billion] \
           speaker=Some(\"campaign-finance reports\") cue=Some(\"show\")"],
    );
}

#[test]
fn an_aside_inside_an_interrupted_quote_is_its_speakers() {
    check(
        "The hearing ran late. “You can’t fix a school you don’t understand,” Ortiz said, \
         emphasizing why the survey mattered to the board. “We have to start from the facts.”",
        &[
            "Direct [You can’t fix a school you don’t understand,” Ortiz said, emphasizing why the \
             survey mattered to the board. “We have to start from the facts.] \
             speaker=Some(\"Ortiz\") cue=Some(\"said\")",
            "Indirect [why the survey mattered to the board] speaker=Some(\"Ortiz\") \
             cue=Some(\"emphasizing\")",
        ],
    );
}

#[test]
fn a_verb_joined_inside_a_relative_clause_shares_its_pronoun() {
    finds(
        "The square filled by noon. The march drew hundreds of residents, who have taken to the \
         streets for a week and called for the footage to be released.",
        "Indirect [for the footage to be released] speaker=Some(\"who\") cue=Some(\"called\")",
    );
    // "which she was doing ... and told ...": the relative clause has a subject of its own.
    let (doc, _, quotes) = common::quotes_of(
        "The square filled by noon. Figueroa said the candidate was headed to the venue to \
         participate in media interviews, which she was doing when law enforcement and campus \
         security located her and told her to leave.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().all(|g| !g.contains("speaker=Some(\"which\")")), "{got:#?}");
}

#[test]
fn words_of_rank_leave_a_long_description_one_speaker() {
    finds(
        "The inquiry closed in May. \"There was wrongdoing,\" said a former senior law \
         enforcement official.",
        "Direct [There was wrongdoing,] speaker=Some(\"a former senior law enforcement \
         official\") cue=Some(\"said\")",
    );
}

#[test]
fn an_inverted_speaker_keeps_what_describes_it() {
    finds(
        "The money is ready. \"You're going to see a massive ad spend,\" said one Republican \
         involved in the planning.",
        "Direct [You're going to see a massive ad spend,] speaker=Some(\"one Republican \
         involved in the planning\") cue=Some(\"said\")",
    );
}

#[test]
fn a_function_word_heads_no_report() {
    for text in [
        "The race is close. Tim Canova, a law professor and political newbie, has the backing \
         of progressive activists and Sanders supporters.",
        "The race is close. She also has the endorsement of most of the state's big unions.",
        "The vote is near. The bill has the backing of many Democrats.",
    ] {
        let (doc, _, quotes) = common::quotes_of(text);
        let got = common::describe(&doc, &quotes);
        assert!(got.is_empty(), "{got:#?}");
    }
}

#[test]
fn a_setting_after_an_interrupting_cue_is_not_more_of_the_report() {
    check(
        "The party met in July. He was unable to find a single taker, he said, on condition of \
         anonymity to speak freely about the nominee.",
        &["Indirect [He was unable to find a single taker] speaker=Some(\"he\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_count_of_people_speaks_as_polls_report_it() {
    check(
        "The poll was taken in May. About three in 10 said they prefer a liberal agenda, but \
         six in 10 said they want the policies to continue.",
        &[
            "Indirect [they prefer a liberal agenda] speaker=Some(\"About three in 10\") \
             cue=Some(\"said\")",
            "Indirect [they want the policies to continue] speaker=Some(\"six in 10\") \
             cue=Some(\"said\")",
        ],
    );
    check(
        "Most delegates voted. All but two said the party should take up the matter.",
        &["Indirect [the party should take up the matter] speaker=Some(\"All but two\") \
           cue=Some(\"said\")"],
    );
    check(
        "The survey closed. On this issue, 47% say the nation should send troops. By double \
         digits, those surveyed say stricter gun laws would help.",
        &[
            "Indirect [the nation should send troops] speaker=Some(\"47%\") cue=Some(\"say\")",
            "Indirect [stricter gun laws would help] speaker=Some(\"those surveyed\") \
             cue=Some(\"say\")",
        ],
    );
    // A year before the verb is no count of people.
    let (doc, _, quotes) = common::quotes_of("The rule changed in 2012 said nothing.");
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().all(|g| !g.contains("speaker=Some(\"2012\")")), "{got:#?}");
}

#[test]
fn a_capitalised_ly_word_before_its_verb_is_a_name() {
    check(
        "The bill passed. Jolly said he has worked with both parties on the debt bill.",
        &["Indirect [he has worked with both parties on the debt bill] \
           speaker=Some(\"Jolly\") cue=Some(\"said\")"],
    );
    check(
        "The bill passed. Rep. David Jolly also said the vote was close.",
        &["Indirect [the vote was close] speaker=Some(\"Rep. David Jolly\") cue=Some(\"said\")"],
    );
    // An adverb opening the sentence is still no speaker.
    let (doc, _, quotes) = common::quotes_of(
        "The summit ended. Deeply divided over how to keep the bloc together, leaders found \
         little unity.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().all(|g| !g.contains("speaker=Some(\"Deeply\")")), "{got:#?}");
}

#[test]
fn a_percentage_of_people_speaks() {
    check(
        "The poll closed Friday. In Virginia, 85% of Democrats said the economy favors the \
         wealthy.",
        &["Indirect [the economy favors the wealthy] speaker=Some(\"85% of Democrats\") \
           cue=Some(\"said\")"],
    );
}

#[test]
fn a_poll_that_opens_the_sentence_reports_its_main_clause() {
    check(
        "Trump leads the field. In the new Post-ABC poll, the real estate mogul wins about 1 in \
         3 GOP primary voters.",
        &["Indirect [the real estate mogul wins about 1 in 3 GOP primary voters] \
           speaker=Some(\"the new Post-ABC poll\") cue=Some(\"In\")"],
    );
    // A phrase with a clause in it names no poll.
    let (doc, _, quotes) = common::quotes_of(
        "The race tightened. In a memo released as polls closed Tuesday, the manager conceded \
         nothing at all.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().all(|g| !g.contains("cue=Some(\"In\")")), "{got:#?}");
}

#[test]
fn a_poll_named_after_its_clause_reports_it() {
    check(
        "Bush is fading. The former Florida governor took just 6 percent of the national vote in \
         a Washington Post-ABC News poll released Sunday.",
        &["Indirect [The former Florida governor took just 6 percent of the national vote] \
           speaker=Some(\"a Washington Post-ABC News poll released Sunday\") cue=Some(\"in\")"],
    );
    // Leading in the polls is no poll's report.
    let (doc, _, quotes) = common::quotes_of(
        "He will head to New Hampshire. He has had a big lead there in the most recent polls.",
    );
    assert!(common::describe(&doc, &quotes).is_empty());
}

#[test]
fn a_group_named_by_whom_it_backs_takes_that_stance() {
    check(
        "Money poured in. The super PACs supporting Kasich and Kentucky Sen. Rand Paul bought \
         airtime.",
        &["Indirect [Kasich and Kentucky Sen. Rand Paul] speaker=Some(\"The super PACs\") \
           cue=Some(\"supporting\")"],
    );
    // Not any noun before the participle: "voters supporting her" is no group's stance.
    let (doc, _, quotes) =
        common::quotes_of("The race is close. Many voters supporting her stayed home.");
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().all(|g| !g.contains("cue=Some(\"supporting\")")), "{got:#?}");
}

#[test]
fn a_comma_after_the_complementizer_opens_an_aside_in_the_clause() {
    check(
        "The bill stalled. Party officials say that, even if they thought it was right, a \
         recount could not be done.",
        &["Indirect [that, even if they thought it was right, a recount could not be done] \
           speaker=Some(\"Party officials\") cue=Some(\"say\")"],
    );
}

#[test]
fn the_phrase_after_with_speaks_for_its_participle() {
    check(
        "The poll is out. Trump improved his standing, with 30 percent of voters saying they \
         have a positive view of him.",
        &["Indirect [they have a positive view of him] speaker=Some(\"30 percent of voters\") \
           cue=Some(\"saying\")"],
    );
}

#[test]
fn the_object_of_a_relative_clause_before_the_cue_is_no_speaker() {
    check(
        "Doctors wrote a letter. A doctor who signed it said Oz should be fired.",
        &[
            "Indirect [a letter] speaker=Some(\"Doctors\") cue=Some(\"wrote\")",
            "Indirect [Oz should be fired] speaker=Some(\"A doctor who signed it\") \
             cue=Some(\"said\")",
        ],
    );
}

#[test]
fn what_a_passive_hearer_was_asked_follows_the_agent() {
    check(
        "He spoke on Sunday. Sanders was asked by host John Dickerson whether his aim was \
         similar to Kennedy's.",
        &["Indirect [whether his aim was similar to Kennedy's] \
           speaker=Some(\"host John Dickerson\") cue=Some(\"asked\")"],
    );
}

#[test]
fn a_that_clause_quoting_some_words_runs_on_to_its_end() {
    check(
        "This decision destroys faith in our justice system. It sends a clear message that the \
         \"elites\" in this country need not obey our laws.",
        &["Direct [that the \"elites\" in this country need not obey our laws] speaker=None \
           cue=None"],
    );
}

#[test]
fn a_quotation_closed_by_its_comma_ends_the_clause_it_quotes_in() {
    check(
        "This decision destroys faith in our justice system. It sends a clear message that the \
         \"elites,\" in this country, need not obey our laws.",
        &["Direct [that the \"elites,\"] speaker=None cue=None"],
    );
}

#[test]
fn call_names_its_object_only_as_a_verb() {
    finds(
        "When attackers are caught, officials in both capitals call them \"lone wolves.\"",
        "Direct [them \"lone wolves.\"] speaker=Some(\"officials in both capitals\") \
         cue=Some(\"call\")",
    );
    // The noun names nobody.
    let (doc, _, quotes) = common::quotes_of(
        "The senator joined a conference call with reporters. His call for calm went unheeded.",
    );
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().all(|g| !g.contains("cue=Some(\"call\")")), "{got:#?}");
    // A quoted phrase after the noun keeps its own clause, not one cut at "call".
    let (doc, _, quotes) = common::quotes_of(
        "The draft was weakened by stripping out a call for \"providing lethal weapons\".",
    );
    let got = common::describe(&doc, &quotes);
    assert!(got.iter().any(|g| g.contains("stripping out a call for")), "{got:#?}");
}
