//! Attribution around each cue: its speaker, and its content, which is the quoted passage next
//! to it (direct), or the reported clause (indirect, or mixed when the clause quotes words).

use crate::bounds::{
    after_setting, clause_end, clause_like, is_clause_preposition, object_end, opening_clause_end,
    opens_with_participle, report_end, up_to_comma,
};
use crate::comment::as_comment;
use crate::doc::Doc;
use crate::ends::trimmed_end;
use crate::learn::{CANDIDATE, COORDINATED, NOTABLE, RUNS_ON, SHORT};
use crate::lexicon::{
    Cue, CueKind, cue, is_auxiliary, is_cue_modifier, is_determiner, is_object_pronoun,
    is_progressive, is_pronoun, is_subordinator, is_time_word,
};
use crate::marks::Mark;
use crate::phrase::{
    clause_start, is_aspectual, is_negated, is_past, is_raising, looks_verbal, passes_subject,
    right_phrase, speaker_before, subject,
};
use crate::rest::{Rest, reports_backward, rest};
use parallax_model::{QuoteKind, Span};
use std::ops::Range;

/// The hash of "to" among the document's word hashes.
const TO: u64 = crate::features::str_hash("to");

/// A quote before its speaker is resolved to an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub content: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Range<usize>>,
    pub cue: Option<Range<usize>>,
    /// First and last token the attribution covers (content, speaker and cue).
    pub first: usize,
    pub last: usize,
}

/// Every attribution a cue of the document makes; `used[p]` is set for each passage taken.
pub fn by_cues(doc: &Doc, used: &mut [bool]) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for s in 0..doc.analysis.sentences.len() {
        let sent = doc.sentence(s);
        let found = out.len();
        for at in sent.clone() {
            if doc.passage_at(at).is_some() || !doc.is_word(at) {
                continue;
            }
            // Most words are neither model candidates nor [`notable_words`]: unless a "to"
            // before one hands it on as a verb, nothing below applies to it, as one lookup
            // tells.
            let kind = doc.model.kind_at(doc, at);
            if kind.is_none() && !(at >= 2 && doc.hash[at - 1] == TO && doc.word(at - 1) == "to") {
                continue;
            }
            // A word that is only a candidate opens no statement noun, poll or group's backing.
            let notable = kind.is_some_and(|k| k & NOTABLE != 0);
            let opened = || {
                possessed(doc, at, &sent, used)
                    .or_else(|| in_poll(doc, at, &sent, used))
                    .or_else(|| group_backing(doc, at, &sent))
            };
            if let Some(d) = notable.then(opened).flatten() {
                out.push(d);
                continue;
            }
            // A notable word that is neither a lexicon cue here nor a candidate (a statement
            // noun without its owner, "in" outside a poll) heads no cue either, and the
            // sentence's earlier reports need not be read for it.
            let reading = Reading::of(doc, at, kind.is_some_and(|k| k & CANDIDATE != 0), notable);
            if reading.known.is_none() && !reading.candidate && doc.word(at) != "put" {
                continue;
            }
            // A participle with no subject of its own ("..., the mayor said, adding that ...")
            // reports for the sentence's previous speaker.
            // An owner of a claim ("repeated his claim that ... and promised") is not the
            // subject a later verb shares.
            let verbal =
                |d: &&Draft| d.cue.as_ref().is_none_or(|c| !is_statement_noun(doc.word(c.start)));
            // Nor is the speaker of a report inside another's content ("told the audience that
            // she believes ..., saying"): the outer speaker goes on.
            let sentence = &out[found..];
            let inside = |d: &&Draft| {
                d.cue.as_ref().is_some_and(|c| {
                    let at = doc.tokens[c.start].span.start;
                    sentence.iter().any(|e| {
                        !std::ptr::eq(e, *d) && e.content.start <= at && at < e.content.end
                    })
                })
            };
            let previous =
                sentence.iter().rfind(|d| verbal(d) && !inside(d)).and_then(|d| d.speaker.clone());
            let Some(c) = decide(doc, at, &sent, reading, previous.is_some()) else {
                continue;
            };
            // A verb joined inside an earlier report's content ("Police say he posed a threat
            // and refused to ...") belongs to that content's subject, not to its speaker.
            if nested_joined(doc, at, &sent, &out[found..]) {
                continue;
            }
            if let Some(d) = attribute(doc, at, c, sent.clone(), previous, used) {
                end_before(doc, &mut out[found..], &d);
                out.push(d);
            }
        }
    }
    out
}

/// A statement named by a noun whose owner made it: "Trump’s claim that there have been ...",
/// "his insistence that ...". The owner speaks; the "that" clause is the content (not a relative
/// clause: "his claim that was rejected").
fn possessed(doc: &Doc, at: usize, sent: &Range<usize>, used: &mut [bool]) -> Option<Draft> {
    let start = at + 1;
    if !is_statement_noun(doc.word(at))
        || at <= sent.start
        || start >= sent.end
        || doc.word(start) != "that"
        || is_auxiliary(doc.word(start + 1))
    {
        return None;
    }
    let owner = at - 1;
    let speaker = match doc.word(owner) {
        "his" | "her" | "their" | "its" => owner..at,
        "'s" | "’s" => crate::phrase::left_phrase(doc, owner, sent.start)?,
        _ => return None,
    };
    let limit = clause_end(doc, start, sent.end);
    let mut end = report_end(doc, start, limit);
    // Inside a phrase that opens the sentence ("Contrary to his claim that ..., there would
    // be"), the clause ends at that phrase's comma.
    let first = doc.word(sent.start);
    if is_clause_preposition(first) || matches!(first, "contrary" | "unlike" | "given" | "amid") {
        // The comma may close a quotation ("learn nothing,'' there would be").
        let comma = (start..end).find_map(|k| {
            let plain = doc.is_punct(k, ",") && doc.passage_at(k).is_none();
            let quoted = crate::bounds::closes_with_comma(doc, k);
            plain.then_some(k).or(quoted.then_some(k + 1))
        });
        end = comma.unwrap_or(end);
    }
    let first = speaker.start;
    clause_report(doc, start..end, speaker, at..at + 1, first, end - 1, used)
}

/// A poll the sentence opens with reports its main clause: "In the new Post-ABC poll, the real
/// estate mogul wins about 1 in 3 GOP primary voters", "In an ABC News/Washington Post Poll
/// released Sunday, three of four Americans disapproved ...". The poll speaks; "in" is the cue.
fn in_poll(doc: &Doc, at: usize, sent: &Range<usize>, used: &mut [bool]) -> Option<Draft> {
    if doc.word(at) != "in" || !(is_determiner(doc.word(at + 1)) || doc.is_cap(at + 1)) {
        return None;
    }
    if at > sent.start {
        return poll_after(doc, at, sent, used);
    }
    let comma = (at + 1..sent.end.min(at + 16)).find(|&k| doc.is_punct(k, ","))?;
    let phrase = at + 1..comma;
    let poll =
        phrase.clone().any(|k| matches!(doc.word(k), "poll" | "polls" | "survey" | "surveys"));
    // A clause inside the phrase ("In a state where polls show ...") is no poll's name.
    let clause = holds_clause(doc, phrase.clone());
    if !poll || clause {
        return None;
    }
    let start = comma + 1;
    let end = crate::ends::trimmed_end(doc, start, sent.end);
    clause_report(doc, start..end, phrase, at..at + 1, at, end - 1, used)
}

/// True when a poll's phrase holds a clause or a quotation ("a memo released as polls
/// closed", "a state where polls show"), so it names no poll.
fn holds_clause(doc: &Doc, phrase: Range<usize>) -> bool {
    phrase.into_iter().any(|k| {
        matches!(
            doc.word(k),
            "where" | "which" | "that" | "who" | "when" | "as" | "after" | "before"
        ) || doc.passage_at(k).is_some()
    })
}

/// A poll named after the clause it reports, at the sentence's end: "just 18 percent of
/// Hispanic voters have a favorable view of Trump in a new Washington Post-ABC News poll".
/// A clause that has its own verb of saying is that verb's report.
fn poll_after(doc: &Doc, at: usize, sent: &Range<usize>, used: &mut [bool]) -> Option<Draft> {
    let end = crate::ends::trimmed_end(doc, at + 1, sent.end);
    let close = (at + 1..end).find(|&k| doc.is_punct(k, ",")).unwrap_or(end);
    let phrase = at + 1..close;
    // One poll, named last or before how it was taken: "in a new Fox News poll released
    // Thursday", not "leading in the polls" or "in the survey in two years".
    let head = phrase.clone().find(|&k| matches!(doc.word(k), "poll" | "survey"));
    let poll = head.is_some_and(|h| {
        h + 1 == close
            || close - h <= 5
                && matches!(doc.word(h + 1), "released" | "conducted" | "taken" | "published")
    });
    let clause = holds_clause(doc, phrase.clone());
    if !poll || clause || phrase.len() > 12 {
        return None;
    }
    let mut stop = at;
    while stop > sent.start && doc.is_punct(stop - 1, ",") {
        stop -= 1;
    }
    let content = sent.start..stop;
    let reports = content.clone().any(|k| doc.cue(k).is_some() || doc.passage_at(k).is_some());
    if reports {
        return None;
    }
    let (first, last) = (content.start, phrase.end - 1);
    clause_report(doc, content, phrase, at..at + 1, first, last, used)
}

/// A group named by whom it backs or fights: "super PACs supporting Kasich and Rand Paul",
/// "a group opposing the measure". The group takes the stance; the one it backs is the content.
fn group_backing(doc: &Doc, at: usize, sent: &Range<usize>) -> Option<Draft> {
    if !matches!(doc.word(at), "supporting" | "backing" | "opposing")
        || at <= sent.start
        || !matches!(
            doc.word(at - 1),
            "pac"
                | "pacs"
                | "group"
                | "groups"
                | "committee"
                | "committees"
                | "organization"
                | "organizations"
                | "campaign"
                | "campaigns"
        )
    {
        return None;
    }
    let speaker = crate::phrase::left_phrase(doc, at, sent.start)?;
    let object = crate::phrase::right_phrase(doc, at + 1, sent.end)?;
    // A list of those backed goes on past "and": "Kasich and Kentucky Sen. Rand Paul".
    let end = match doc.word(object.end) {
        "and" => crate::phrase::right_phrase(doc, object.end + 1, sent.end)
            .map_or(object.end, |more| more.end),
        _ => object.end,
    };
    Some(Draft {
        content: doc.span(object.start..end),
        kind: QuoteKind::Indirect,
        speaker: Some(speaker.clone()),
        cue: Some(at..at + 1),
        first: speaker.start,
        last: end - 1,
    })
}

/// The report of a clause of at least three words, with its speaker and cue; the attribution
/// covers tokens `first` to `last`.
fn clause_report(
    doc: &Doc,
    content: Range<usize>,
    speaker: Range<usize>,
    cue: Range<usize>,
    first: usize,
    last: usize,
    used: &mut [bool],
) -> Option<Draft> {
    if words(doc, content.clone()) < 3 {
        return None;
    }
    let kind = take_passages(doc, content.clone(), used);
    Some(Draft {
        content: doc.span(content),
        kind,
        speaker: Some(speaker),
        cue: Some(cue),
        first,
        last,
    })
}

/// Nouns naming a statement, which its owner makes: "his claim that ...".
fn is_statement_noun(word: &str) -> bool {
    STATEMENT_NOUNS.contains(&word)
}

/// The nouns of [`is_statement_noun`].
const STATEMENT_NOUNS: [&str; 19] = [
    "claim",
    "claims",
    "assertion",
    "argument",
    "contention",
    "insistence",
    "suggestion",
    "warning",
    "promise",
    "pledge",
    "vow",
    "denial",
    "prediction",
    "admission",
    "allegation",
    "accusation",
    "conclusion",
    "view",
    "belief",
];

/// Every word at which [`by_cues`] may find a report other than through a "to" before it: the
/// lexicon's cues, the statement nouns of [`possessed`], the words [`in_poll`],
/// [`group_backing`] and [`with_particle`] begin with, "put" ("as the memo put it") and "call"
/// when it names its object ([`crate::doc::Doc::cue`]). The learned model's candidates are the
/// rest.
pub fn notable_words() -> impl Iterator<Item = &'static str> {
    let starts =
        ["in", "supporting", "backing", "opposing", "point", "points", "pointed", "put", "call"];
    crate::lexicon::cue_words().chain(STATEMENT_NOUNS).chain(starts)
}

/// True when the cue at `at` has no speaker of its own, follows "and"/"but", and lies inside the
/// content of an earlier attribution of its sentence.
fn nested_joined(doc: &Doc, at: usize, sent: &Range<usize>, earlier: &[Draft]) -> bool {
    let head = verb_head(doc, at, sent);
    // After a comma the verb joins the main clause ("agreed, but also contended that ...").
    let joined = head > sent.start + 1
        && matches!(doc.word(head - 1), "and" | "but")
        && !doc.is_punct(head - 2, ",");
    let here = doc.tokens[at].span;
    let inside = earlier.iter().any(|d| d.content.start < here.start && here.end <= d.content.end);
    joined && inside && speaker_before(doc, at, sent.start).is_none()
}

/// The first token of the verb group the cue at `at` heads: its auxiliaries and adverbs, and a
/// raising verb ("has also said", "seemed to think").
fn verb_head(doc: &Doc, at: usize, sent: &Range<usize>) -> usize {
    let mut head = at;
    loop {
        if head > sent.start && doc.is_word(head - 1) && is_cue_modifier(doc.word(head - 1)) {
            head -= 1;
        } else if head > sent.start + 1
            && doc.word(head - 1) == "to"
            && passes_subject(doc.word(head - 2))
        {
            head -= 2;
        } else {
            return head;
        }
    }
}

/// A later attribution joined by a conjunction inside an earlier report ends it: "Republicans
/// said the inquiry was mishandled and Democrats accused the GOP of ...".
fn end_before(doc: &Doc, earlier: &mut [Draft], later: &Draft) {
    let (Some(speaker), Some(cue)) = (later.speaker.clone(), later.cue.clone()) else { return };
    let k = speaker.start;
    let joined = k > 0 && matches!(doc.word(k - 1), "and" | "but" | "while" | "whereas");
    if cue.start < k || !joined || matches!(doc.word(k), "who" | "which" | "that") {
        return;
    }
    let cut = if k > 1 && doc.is_punct(k - 2, ",") { k - 2 } else { k - 1 };
    for d in earlier.iter_mut().filter(|d| d.kind == QuoteKind::Indirect) {
        let start = doc.tokens.partition_point(|t| t.span.end <= d.content.start);
        let end = doc.tokens.partition_point(|t| t.span.start < d.content.end);
        let forward = d.cue.as_ref().is_some_and(|c| c.end <= start);
        if forward && start < cut && cut < end && k < end && words(doc, start..cut) >= 2 {
            d.content.end = doc.tokens[cut - 1].span.end;
            d.last = cut - 1;
        }
    }
}

/// True when the cue at `at` follows a quotation that closes right before it or before its
/// speaker ("“...,” said Jane Doe", "“...?” Doe demanded"), the surest place for a cue.
fn after_quotation(doc: &Doc, at: usize, sent: &Range<usize>) -> bool {
    // The quotation may end the sentence before ("“Why?” Doe demanded.").
    let closes_before = |k: usize| {
        k > 0
            && (doc.marks[k - 1] == Mark::Close
                || k > 1 && doc.is_punct(k - 1, ",") && doc.marks[k - 2] == Mark::Close)
    };
    closes_before(at) || speaker_before(doc, at, sent.start).is_some_and(|s| closes_before(s.start))
}

/// True when the lexicon participle at `at` adds a report to its clause: ", saying that ...",
/// ", adding: “...”".
fn adds_report(doc: &Doc, at: usize, sent: &Range<usize>) -> bool {
    let participle = doc.cue(at).is_some_and(|c| c.kind == CueKind::Participle);
    let after_comma = at > sent.start && doc.is_punct(at - 1, ",");
    let next = at + 1;
    let report = doc.word(next) == "that"
        || doc.marks[next] == Mark::Open
        || doc.is_punct(next, ":") && doc.marks.get(next + 1) == Some(&Mark::Open);
    participle && after_comma && report
}

/// Whether the word at `at` is a cue, and how it behaves. A word the learned detector knows is a
/// cue when it scores above zero; a lexicon cue it accepts then needs no reported clause, since
/// PolNeAR counts the object of "attacked", "criticized" or "endorsed" as content. Other words
/// are left to the lexicon.
fn decide(
    doc: &Doc,
    at: usize,
    sent: &Range<usize>,
    reading: Reading,
    reported: bool,
) -> Option<Cue> {
    let Reading { known, handed, candidate } = reading;
    let (w, model) = (doc.word(at), doc.model);
    // "Having said that, ...": "that" stands for what came before; nothing is reported.
    if at > 0
        && doc.word(at - 1) == "having"
        && doc.word(at + 1) == "that"
        && doc.is_punct(at + 2, ",")
    {
        return None;
    }
    // "X seems to ...": a raising verb, whose subject is what it is about, not a source; "X
    // continued to ...": an aspectual one, which leaves the report to the verb after it.
    if is_raising(w) || is_aspectual(w) && doc.word(at + 1) == "to" {
        return None;
    }
    // "known as", "best known for", "known to voters": what a thing is called or famous for,
    // with no one who says it.
    if w == "known" {
        return None;
    }
    // "Let's say you think ...": a supposition, not a report.
    let lets = at > 1
        && (doc.word(at - 1) == "let's"
            || matches!(doc.word(at - 1), "'s" | "us") && doc.word(at - 2) == "let");
    if w == "say" && lets {
        return None;
    }
    // "as the memo put it": a comment clause's cue ([`as_comment`]), whatever its score.
    if w == "put"
        && doc.word(at + 1) == "it"
        && speaker_before(doc, at, sent.start)
            .is_some_and(|s| s.start > sent.start && doc.word(s.start - 1) == "as")
    {
        return Some(learned_cue(w));
    }
    // An auxiliary before a cue ("must say", "can claim") is not the cue itself.
    if is_cue_modifier(w) && doc.cue(at + 1).is_some() {
        return None;
    }
    // A capitalised word after another in a sentence that is not a headline is part of a
    // name ("the United States that day", "The Laura Ingraham Show"), not a cue. Only a word
    // that may be a cue is asked, so that names do not scan their sentence.
    if doc.is_cap(at)
        && at > sent.start
        && doc.is_cap(at - 1)
        && (known.is_some() || candidate)
        && !headline(doc, sent)
    {
        return None;
    }
    // "“...,” Tester said, citing the excuse, “you give ...”": a participle after the cue of
    // an interrupted quotation, before the quotation resumes, is an aside inside the quote.
    let resumes = || {
        (sent.start..at).any(|k| doc.marks[k] == Mark::Close)
            && (at + 2..sent.end.saturating_sub(1))
                .any(|k| doc.is_punct(k, ",") && doc.marks[k + 1] == Mark::Open)
    };
    if reported && w.ends_with("ing") && at > sent.start && doc.is_punct(at - 1, ",") && resumes() {
        return None;
    }
    if !candidate || known.is_none() && never_heads(w) {
        return known;
    }
    // A word the lexicon does not know is a noun after an article or an owner ("the authors",
    // "Cruz's endorsement"), whose phrase is no speaker; "he's claiming" is a verb's.
    let owned = at >= 2
        && matches!(doc.raw(at - 1), "'s" | "’s")
        && !is_pronoun(doc.word(at - 2))
        && doc.word(at - 2) != "that";
    if known.is_none()
        && at > sent.start
        && (matches!(doc.word(at - 1), "the" | "a" | "an") || owned)
    {
        return None;
    }
    // A lexicon cue in a sure place stands even with a low score; "she called it “outrageous”
    // and called for ..." joins a second cue to a report.
    let sure = || {
        let head = verb_head(doc, at, sent);
        let joined = reported && head > sent.start && matches!(doc.word(head - 1), "and" | "but");
        // "..., she said at a news conference announcing that ...".
        let set = reported && at > sent.start && is_setting_noun(doc.word(at - 1));
        // "..., she said, referencing the bank's drive to ...": a participle after a comma
        // goes on with the report before it.
        let goes_on = reported
            && at > sent.start
            && doc.is_punct(at - 1, ",")
            && known.is_some_and(|c| c.kind == CueKind::Participle);
        // "call" is a cue only where it names its object, which `Doc::cue` has checked; the
        // name in quotation marks a few words on ("call them “lone wolves”") makes it sure.
        let naming = doc.word(at) == "call"
            && (at + 1..(at + 4).min(sent.end)).any(|k| doc.passage_at(k).is_some());
        joined
            || set
            || goes_on
            || naming
            || after_quotation(doc, at, sent)
            || adds_report(doc, at, sent)
            || cue_before_clause(doc, at)
    };
    // A handed-on lexicon cue stands whatever its score, so that is not asked.
    let stands =
        known.is_some() && handed || model.accepts(doc, at, sent) || known.is_some() && sure();
    if !stands {
        return None;
    }
    Some(known.map_or_else(|| learned_cue(w), |c| Cue { needs_clause: false, ..c }))
}

/// What the lexicon and the learned model make of a word, read once per token.
#[derive(Clone, Copy)]
struct Reading {
    /// The lexicon's cue.
    known: Option<Cue>,
    /// An infinitive handed on by a raising or aspectual verb before it, read as the finite
    /// verb the lexicon knows ("continued to insist" as "insists"); it stands whatever its
    /// learned score.
    handed: bool,
    /// The learned model may read the word as a cue's head.
    candidate: bool,
}

impl Reading {
    /// The reading of the word at `at`, which the model's table marks as a `candidate` or
    /// not, and as `notable` (one of [`notable_words`]) or not.
    fn of(doc: &Doc, at: usize, candidate: bool, notable: bool) -> Reading {
        let w = doc.word(at);
        let handed = at >= 2 && doc.word(at - 1) == "to" && passes_subject(doc.word(at - 2));
        // Only notable words are in the lexicon or open "point out".
        let known = if handed {
            finite_cue(w)
        } else if notable {
            doc.cue(at)
        } else {
            None
        };
        // "pointed out" is a cue in 26 of its 28 uses in PolNeAR, "pointed" alone far less often.
        let known = known.or_else(|| (notable && with_particle(doc, at)).then_some(POINTED));
        Reading { known, handed, candidate }
    }
}

/// True for a function word that heads no report of its own, whatever the learned score.
fn never_heads(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "for"
            | "with"
            | "as"
            | "by"
            | "from"
            | "it"
            | "who"
            | "are"
            | "was"
            | "were"
            | "would"
            | "we"
            | "their"
            | "his"
            | "her"
            | "its"
            | "and"
            | "or"
            | "there"
    )
}

/// True when most words of the sentence are capitalised, as in a headline ("Trump Says He Will
/// Win"), where capitals do not mark names.
fn headline(doc: &Doc, sent: &Range<usize>) -> bool {
    let words = sent.clone().filter(|&k| doc.is_word(k) && doc.word(k).len() > 3);
    let (caps, all) = words.fold((0, 0), |(c, a), k| (c + usize::from(doc.is_cap(k)), a + 1));
    caps * 2 > all
}

/// The lexicon's reading of a verb's bare form through its finite forms ("insist" as
/// "insists", "warn" as "warned").
fn finite_cue(bare: &str) -> Option<Cue> {
    cue(bare).or_else(|| ["s", "es", "ed", "d"].iter().find_map(|end| cue(&format!("{bare}{end}"))))
}

/// True when a form of "say" opens a "that", "if" or "whether" clause ("is saying that ...",
/// "isn't saying if ...") or one with a subject pronoun ("saying he wants"), another lexicon
/// cue a "that" clause ("he believes that ..."), or a verb that takes a clause one opening
/// with a subject pronoun ("records show he paid"): a report whatever the learned score.
fn cue_before_clause(doc: &Doc, at: usize) -> bool {
    matches!(doc.word(at), "say" | "says" | "said" | "saying")
        && matches!(
            doc.word(at + 1),
            "that" | "if" | "whether" | "he" | "she" | "they" | "we" | "i"
        )
        || doc.cue(at).is_some_and(|c| c.needs_clause)
            && matches!(doc.word(at + 1), "he" | "she" | "they" | "we" | "i")
        || doc.cue(at).is_some() && doc.word(at + 1) == "that" && {
            // A relative "that" ("a show that aired") is followed by its verb, a complementizer
            // by a subject.
            let after = doc.word(at + 2);
            !(is_cue_modifier(after) || looks_verbal(after) && after.ends_with("ed"))
        }
}

/// True when a form of "be" stands before the participle at `at`, with adverbs between them
/// or not: "is saying", "are now saying".
fn after_progressive(doc: &Doc, at: usize, sent: &Range<usize>) -> bool {
    let mut k = at;
    while k > sent.start + 1
        && doc.is_word(k - 1)
        && !is_progressive(doc.word(k - 1))
        && is_cue_modifier(doc.word(k - 1))
    {
        k -= 1;
    }
    k > sent.start && is_progressive(doc.word(k - 1))
}

/// A verb-like cue with no hearer, as "pointed out" behaves.
const POINTED: Cue =
    Cue { kind: CueKind::Verb, takes_object: false, needs_clause: false, inverts: false };

/// True when the word at `at` is "point", "points" or "pointed" with "out" after it.
fn with_particle(doc: &Doc, at: usize) -> bool {
    matches!(doc.word(at), "point" | "points" | "pointed") && doc.word(at + 1) == "out"
}

/// How a cue word the lexicon does not know behaves: a participle when it ends in "-ing",
/// else a verb (or noun) whose speaker stands before it.
fn learned_cue(word: &str) -> Cue {
    let kind = if word.ends_with("ing") { CueKind::Participle } else { CueKind::Verb };
    Cue { kind, takes_object: false, needs_clause: false, inverts: false }
}

fn attribute(
    doc: &Doc,
    at: usize,
    c: Cue,
    sent: Range<usize>,
    previous: Option<Range<usize>>,
    used: &mut [bool],
) -> Option<Draft> {
    match c.kind {
        CueKind::According => according(doc, at, sent, used),
        CueKind::Participle if after_progressive(doc, at, &sent) => {
            let finite = Cue { kind: CueKind::Verb, takes_object: c.takes_object, ..c };
            verb(doc, at, finite, sent, previous, used)
        }
        CueKind::Participle => {
            let joint = |k: usize| doc.is_punct(k, ",") || doc.is_punct(k, "—");
            // ", saying", "— saying", ", and calling".
            // "..., touting her record and saying ...": a participle joined to a report before
            // it in the sentence reports for the same speaker.
            let after_comma = at > sent.start
                && (joint(at - 1)
                    || at > sent.start + 1 && doc.word(at - 1) == "and" && joint(at - 2)
                    || doc.word(at - 1) == "and" && previous.is_some());
            // "Bemoaning the “phony system,” Trump accused ...", "After saying ..., she was":
            // the speaker is the subject of the main clause after the opening one.
            if opens_with_participle(doc, &sent, at) {
                let main = opening_clause_end(doc, &sent, at);
                let speaker = subject(doc, main..sent.end)?;
                let start = clause_start(doc, at + 1, sent.end, c.takes_object);
                return forward(doc, start, sent, used, speaker, at..at + 1, c);
            }
            // "Paul Ryan, despite admitting that ...", "..., aside from saying ...".
            let governed = at > sent.start && is_clause_preposition(doc.word(at - 1))
                || at > sent.start + 1
                    && doc.word(at - 1) == "from"
                    && matches!(doc.word(at - 2), "aside" | "apart");
            // "..., she said at a news conference announcing that ...": the statement's setting
            // carries the participle, which reports for the sentence's speaker.
            let setting =
                at > sent.start && is_setting_noun(doc.word(at - 1)) && previous.is_some();
            // "..., each touting their own experience": the pronoun before the participle,
            // after a comma, is its speaker.
            if at > sent.start + 1
                && matches!(doc.word(at - 1), "each" | "both")
                && doc.is_punct(at - 2, ",")
            {
                let start = clause_start(doc, at + 1, sent.end, c.takes_object);
                return forward(doc, start, sent, used, at - 1..at, at..at + 1, c);
            }
            // "postings that included one saying that ...": a participle right after a noun,
            // opening a "that" clause, reports for that noun's phrase.
            if !after_comma && !governed && !setting {
                // "..., with 30 percent of voters saying they have ...": the phrase after "with"
                // speaks.
                let absolute = speaker_before(doc, at, sent.start).filter(|r| {
                    r.end == at && r.start > sent.start && doc.word(r.start - 1) == "with"
                });
                if let Some(speaker) = absolute {
                    let start = clause_start(doc, at + 1, sent.end, c.takes_object);
                    return forward(doc, start, sent, used, speaker, at..at + 1, c);
                }
                let noun = at > sent.start
                    && doc.is_word(at - 1)
                    && !doc.is_cap(at - 1)
                    && doc.word(at + 1) == "that"
                    && !is_setting_noun(doc.word(at - 1))
                    && !looks_verbal(doc.word(at - 1))
                    && !matches!(
                        doc.word(at - 1),
                        "worth"
                            | "from"
                            | "for"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "with"
                            | "about"
                            | "to"
                            | "and"
                            | "or"
                            | "but"
                            | "than"
                            | "into"
                            | "like"
                    )
                    && !is_clause_preposition(doc.word(at - 1));
                // The phrase before it, or the noun alone ("one", "reports").
                let speaker = noun
                    .then(|| speaker_before(doc, at, sent.start).filter(|r| r.end == at))
                    .map(|r| r.unwrap_or(at - 1..at))?;
                let start = clause_start(doc, at + 1, sent.end, c.takes_object);
                return forward(doc, start, sent, used, speaker, at..at + 1, c);
            }
            // A relative clause's speaker ("an architect who said ...") does not carry over to
            // a participle after it: the sentence's subject speaks.
            let relative = |p: &Range<usize>| matches!(doc.word(p.start), "who" | "which");
            let previous = previous.filter(|p| !relative(p));
            let speaker = previous.or_else(|| subject(doc, sent.start..at))?;
            let start = clause_start(doc, at + 1, sent.end, c.takes_object);
            let draft = forward(doc, start, sent, used, speaker, at..at + 1, c)?;
            // "Ryan, despite admitting that ..., backed the bill": the aside ends at its comma.
            Some(if governed { up_to_comma(doc, draft, start) } else { draft })
        }
        CueKind::Verb => verb(doc, at, c, sent, previous, used),
    }
}

/// Nouns naming the occasion of a statement, which a participle cue may follow ("a news
/// conference announcing that ...").
fn is_setting_noun(word: &str) -> bool {
    matches!(
        word,
        "conference"
            | "statement"
            | "interview"
            | "speech"
            | "letter"
            | "remarks"
            | "appearance"
            | "release"
            | "post"
            | "tweet"
            | "email"
            | "memo"
    )
}

/// "according to X": the clause before it, or after it when it opens the sentence.
fn according(doc: &Doc, at: usize, sent: Range<usize>, used: &mut [bool]) -> Option<Draft> {
    if doc.word(at + 1) != "to" {
        return None;
    }
    let noun = at + 2;
    // A noun that is also a cue ("according to reports", "according to show insiders") opens
    // the phrase that a cue would end.
    let speaker = right_phrase(doc, noun, sent.end).or_else(|| {
        let plain = noun < sent.end && doc.is_word(noun) && !doc.is_cap(noun);
        plain.then(|| right_phrase(doc, noun + 1, sent.end).map_or(noun..noun + 1, |r| noun..r.end))
    })?;
    let cue = at..at + 2;
    let mut end = at;
    while end > sent.start && (doc.is_punct(end - 1, ",") || doc.is_punct(end - 1, "—")) {
        end -= 1;
    }
    if words(doc, sent.start..end) >= 3 {
        let clause = sent.start..resumed(doc, sent.start..end, speaker.end, sent.end);
        return Some(backward(doc, clause, speaker, cue, used));
    }
    let start = clause_start(doc, speaker.end, sent.end, false);
    let plain =
        Cue { kind: CueKind::Verb, takes_object: false, needs_clause: false, inverts: false };
    forward(doc, start, sent, used, speaker, cue, plain)
}

/// Where a clause interrupted by "according to" ends: an opening with no verb ("Over the long
/// term, according to the budget office, the rise in deficits is ...", "At the heart of the
/// trouble, according to Ross, was a decision ...") goes on after the source's comma; any
/// other ends where it stopped, at `end` of `before`.
fn resumed(doc: &Doc, before: Range<usize>, source_end: usize, limit: usize) -> usize {
    let end = before.end;
    let verb = before.clone().any(|k| {
        let w = doc.word(k);
        doc.is_word(k)
            && !doc.is_cap(k)
            && (is_auxiliary(w) || cue(w).is_some() || looks_verbal(w) && w.ends_with("ed"))
    });
    if verb || words(doc, before) > 8 || !doc.is_punct(source_end, ",") {
        return end;
    }
    let next = source_end + 1;
    let w = doc.word(next);
    if !doc.is_word(next)
        || cue(w).is_some()
        || matches!(w, "who" | "which" | "whose" | "according")
    {
        return end;
    }
    let e = report_end(doc, next, clause_end(doc, next, limit));
    if words(doc, next..e) >= 2 { e } else { end }
}

fn verb(
    doc: &Doc,
    at: usize,
    c: Cue,
    sent: Range<usize>,
    previous: Option<Range<usize>>,
    used: &mut [bool],
) -> Option<Draft> {
    // The particle of "pointed out" is part of its cue; what it reports comes after it.
    let next = at + 1 + usize::from(with_particle(doc, at));
    let cue = at..next;
    let before_cue = at.checked_sub(1).filter(|&b| b >= sent.start);
    let inverted_slot =
        before_cue.is_some_and(|b| doc.is_punct(b, ",") || doc.marks[b] == Mark::Close);
    // Any cue right after a quotation may put its speaker after it ("“...,” reported Reuters").
    let after_close = before_cue.is_some_and(|b| {
        doc.marks[b] == Mark::Close
            || doc.is_punct(b, ",") && b > 0 && doc.marks[b - 1] == Mark::Close
    });
    // A verb with a hearer inverts only right after the quotation ("“Why?” asked Smith"):
    // after another comma the phrase is its hearer ("Jane Doe, a lawyer, told The Post").
    let may_invert = if c.takes_object { after_close } else { c.inverts || after_close };
    if may_invert
        && inverted_slot
        && let Some(np) =
            right_phrase(doc, next, sent.end).map(|np| postmodified(doc, np, sent.end))
        && !is_time_word(doc.word(np.start))
        && !matches!(doc.word(np.start), "of" | "on" | "in" | "at" | "for" | "about" | "to")
        && reports_backward(doc, at, &sent, rest(doc, np.end, sent.end))
        && !only_setting(doc, sent.start..at)
    {
        return postposed(doc, at, sent, used, np, cue);
    }
    if let Voice::Passive(by) = voice(doc, at, &sent) {
        return by.and_then(|speaker| {
            // "was asked by host John Dickerson whether ...": what was asked follows the
            // agent; the subject is the hearer.
            let opens = |k: usize| matches!(doc.word(k), "whether" | "if" | "to" | "about");
            if c.takes_object
                && let Some(k) =
                    (speaker.start + 1..speaker.end.min(sent.end) + 1).find(|&k| opens(k))
            {
                return forward(doc, k, sent, used, speaker.start..k, cue, c);
            }
            let content = speaker_before(doc, at, sent.start)?;
            let kind = take_passages(doc, content.clone(), used);
            Some(Draft {
                content: doc.span(content.clone()),
                kind,
                speaker: Some(speaker.clone()),
                cue: Some(cue.clone()),
                first: content.start,
                last: speaker.end - 1,
            })
        });
    }
    // "Said Ellis: “...”" opens its sentence with the cue and the speaker.
    if at == sent.start
        && let Some(np) = right_phrase(doc, next, sent.end)
        && doc.is_punct(np.end, ":")
    {
        return forward(doc, np.end + 1, sent, used, np, cue, c);
    }
    // "... and said", "... but has said": a verb joined to the sentence's first.
    let head = verb_head(doc, at, &sent);
    let coordinated = head > sent.start && matches!(doc.word(head - 1), "and" | "but");
    let speaker = match speaker_before(doc, at, sent.start) {
        Some(s) => s,
        // The verb before "and" reported too: its speaker goes on ("after she attacked X and
        // blamed Y").
        None if coordinated && previous.is_some() && joins_previous(doc, head, &previous) => {
            previous?
        }
        // "demonstrators, who have taken to the streets and called for ...": a verb joined
        // inside a relative clause shares its relative pronoun.
        None if coordinated && let Some(who) = relative_subject(doc, head - 1, &sent) => who,
        None if coordinated && (opens_report(doc, next) || doc.model.params.has(COORDINATED)) => {
            subject(doc, sent.start..at)?
        }
        // "she called it “outrageous” and called for ...": the speaker of the report before.
        None if coordinated && previous.is_some() => previous?,
        None => return None,
    };
    if let Some(d) = as_comment(doc, at, &sent, &speaker, used) {
        return Some(d);
    }
    // "as you very aptly pointed out, ...", "As one user @name pointed out with ...": a comment
    // clause the rules above could not place reports nothing of its own.
    let comment = (at.saturating_sub(6).max(sent.start)..at)
        .rev()
        .take_while(|&k| !doc.is_punct(k, ","))
        .any(|k| doc.word(k) == "as");
    if next > at + 1 && comment {
        return None;
    }
    let after_object = if c.takes_object { skip_object(doc, next, sent.end) } else { next };
    // "In a speech last July, he said:" ending its paragraph: what he said is the next one (a
    // quotation there is left to its marks).
    if doc.is_punct(after_object, ":")
        && doc.para_start.get(after_object + 1) == Some(&true)
        && doc.marks[after_object + 1] == Mark::NotMark
    {
        let start = after_object + 1;
        let end = (start + 1..doc.len()).find(|&k| doc.para_start[k]).unwrap_or(doc.len());
        let mut last = end;
        while last > start && !doc.is_word(last - 1) && !doc.is_number(last - 1) {
            last -= 1;
        }
        if words(doc, start..last) >= 3 {
            let kind = take_passages(doc, start..last, used);
            return Some(Draft {
                content: doc.span(start..last),
                kind,
                speaker: Some(speaker),
                cue: Some(cue),
                first: start,
                last: end - 1,
            });
        }
    }
    // "In July, the NAACP called for a moratorium": what opens the sentence is its setting, not
    // a report, when the cue goes on to its own content.
    let goes_on = (next..sent.end).any(|k| doc.is_word(k) || doc.marks[k] != Mark::NotMark);
    let setting = goes_on && only_setting(doc, sent.start..speaker.start);
    let after = rest(doc, after_object, sent.end);
    // "“...,” Hannity said during a panel on his show after the senator won his primary",
    // "“...,” she said and quickly hung up", "“...,” Clinton said answering a question": after a
    // quotation and its speaker, a setting, a joined verb or a participle, however long, leaves
    // the quotation as what was said.
    let quoted = speaker.start > sent.start + 1
        && (doc.marks[speaker.start - 1] == Mark::Close
            || doc.is_punct(speaker.start - 1, ",") && doc.marks[speaker.start - 2] == Mark::Close);
    let after = if quoted && after == Rest::Clause && sets_scene(doc, at, after_object, sent.end) {
        Rest::Empty
    } else {
        after
    };
    if !setting && reports_backward(doc, speaker.start, &sent, after) {
        return postposed(doc, speaker.start, sent, used, speaker, cue);
    }
    let start = clause_start(doc, next, sent.end, c.takes_object);
    // "That was what she said when she resigned": a time clause after an affirmed cue, with no
    // report in it, is the statement's setting ("has not said when ..." asks a question).
    let head = verb_head(doc, at, &sent);
    let negated =
        (head..at).any(|k| matches!(doc.word(k), "not" | "never") || is_negated(doc.word(k)));
    let opens = after_setting(doc, start, sent.end);
    // "said Friday as he entered the talks": "as" with a subject pronoun is a time clause too.
    let time_clause =
        matches!(doc.word(opens), "when" | "before" | "while" | "until" | "because" | "since")
            || doc.word(opens) == "as"
                && matches!(doc.word(opens + 1), "he" | "she" | "they" | "we" | "i" | "you");
    if after == Rest::Empty && time_clause && !negated {
        return None;
    }
    // "The plan, which officials said would cost billions, was dropped", "Smith, who said the
    // plan would fail, resigned": a report inside a relative clause set off by a comma ends at
    // the comma that closes it.
    let relative = |k: usize| matches!(doc.word(k), "which" | "who" | "whom");
    let inside_relative = (speaker.len() == 1 && relative(speaker.start)
        || speaker.start > sent.start && relative(speaker.start - 1))
        && (speaker.start.saturating_sub(2)..speaker.start).any(|k| doc.is_punct(k, ","));
    let draft = forward(doc, start, sent, used, speaker, cue, c)?;
    Some(if inside_relative { up_to_comma(doc, draft, start) } else { draft })
}

/// A speaker phrase after its cue with the participle or adjective phrase that describes it:
/// "one Republican involved in the planning", "a person familiar with the talks", "an
/// official based in Washington".
fn postmodified(doc: &Doc, np: Range<usize>, end: usize) -> Range<usize> {
    let w = doc.word(np.end);
    let describes = matches!(w, "familiar" | "knowledgeable" | "briefed" | "involved" | "based");
    let prep = np.end + 1;
    if !describes
        || doc.is_cap(np.end)
        || !matches!(doc.word(prep), "in" | "with" | "to" | "on" | "about" | "by" | "at" | "for")
    {
        return np;
    }
    match right_phrase(doc, prep + 1, end) {
        Some(object) if object.start == prep + 1 => np.start..object.end,
        _ => np,
    }
}

/// True when the words at `k` after the cue at `at` set its scene rather than report: they
/// open with a preposition of time or place, "just" or "and", or with a participle after a
/// plain verb of saying ("said answering a question", not "suggested looking at"), and no
/// "that" follows soon.
fn sets_scene(doc: &Doc, at: usize, k: usize, end: usize) -> bool {
    let w = doc.word(k);
    let saying = matches!(doc.word(at), "said" | "says" | "added" | "told" | "wrote");
    let opens = matches!(
        w,
        "during" | "at" | "in" | "on" | "after" | "before" | "just" | "and" | "while" | "from"
    ) || saying && w.len() > 4 && w.ends_with("ing");
    opens && !(k..end.min(k + 8)).any(|m| doc.word(m) == "that" && !is_time_word(doc.word(m + 1)))
}

/// The relative pronoun that opens the clause a conjunction at `and` goes on with: "who" or
/// "which" after a comma, with no clause punctuation between them, as that clause's subject
/// (not "which she was doing", whose subject follows it).
fn relative_subject(doc: &Doc, and: usize, sent: &Range<usize>) -> Option<Range<usize>> {
    let k = (sent.start + 1..and)
        .rev()
        .take_while(|&k| doc.is_word(k) || doc.is_number(k) || doc.marks[k] != Mark::NotMark)
        .find(|&k| matches!(doc.word(k), "who" | "which"))?;
    let next = doc.word(k + 1);
    let own_subject = is_pronoun(next) || is_determiner(next) || doc.is_cap(k + 1);
    (doc.is_punct(k - 1, ",") && !own_subject).then_some(k..k + 1)
}

/// True when the previous attribution's speaker stands in the clause that "and" at `head - 1`
/// joins: no comma and no other subject between them.
fn joins_previous(doc: &Doc, head: usize, previous: &Option<Range<usize>>) -> bool {
    previous.as_ref().is_some_and(|p| {
        p.end < head && head - p.end <= 20 && (p.end..head).all(|k| !doc.is_punct(k, ","))
    })
}

/// True when the words of `range`, before a speaker, set the scene rather than report: a
/// phrase without a verb that opens with a preposition, a conjunction or a time ("In July,",
/// "Through a spokesman,", "This week,"), or a subordinate clause ("When the diagnosis was
/// confirmed,").
fn only_setting(doc: &Doc, range: Range<usize>) -> bool {
    if range.clone().any(|k| doc.marks[k] != Mark::NotMark) {
        return false;
    }
    let Some(first) = range.clone().find(|&k| doc.is_word(k)) else { return false };
    let w = doc.word(first);
    let opener = matches!(
        w,
        "in" | "on"
            | "at"
            | "through"
            | "during"
            | "until"
            | "and"
            | "but"
            | "like"
            | "with"
            | "without"
            | "despite"
            | "for"
            | "from"
            | "by"
            | "this"
            | "last"
            | "one"
            | "earlier"
    ) || is_time_word(w);
    let verb = range.clone().any(|k| {
        let v = doc.word(k);
        is_past(v) || cue(v).is_some() || is_auxiliary(v)
    });
    let inner_comma =
        range.clone().rev().skip_while(|&k| !doc.is_word(k)).any(|k| doc.is_punct(k, ","));
    opener && !verb || is_subordinator(w) && !inner_comma
}

/// Whether a cue is active, or passive with the agent after "by", if any.
enum Voice {
    Active,
    Passive(Option<Range<usize>>),
}

/// The voice of the cue at `at`: passive after a form of "be" ("is supported by", "were echoed
/// by", "was observed"), whose subject is what was said or supported, not who said it.
fn voice(doc: &Doc, at: usize, sent: &Range<usize>) -> Voice {
    let w = doc.word(at);
    if !(w.ends_with("ed") || matches!(w, "told" | "said" | "shown" | "seen" | "known")) {
        return Voice::Active;
    }
    // Adverbs may stand between: "is widely expected", "are not necessarily expected".
    let mut b = at;
    while b > sent.start
        && (doc.word(b - 1).ends_with("ly")
            || matches!(doc.word(b - 1), "not" | "n't" | "also" | "still" | "now" | "already"))
    {
        b -= 1;
    }
    let be = b > sent.start
        && matches!(
            doc.word(b - 1),
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "isn't"
                | "aren't"
                | "wasn't"
                | "weren't"
        );
    let by = at + 1;
    // A participle with its agent and no auxiliary: "Super PACs, first authorized by court
    // rulings in 2010, ...".
    let reduced = doc.word(by) == "by" && doc.is_word(by + 1) && !doc.word(by + 1).ends_with("ing");
    if !be && !reduced {
        return Voice::Active;
    }
    Voice::Passive((doc.word(by) == "by").then(|| right_phrase(doc, by + 1, sent.end)).flatten())
}

/// The token after a hearer ("told me", "told The Huffington Post", "told some of the
/// miners", "told members of Congress") starting at `at`.
fn skip_object(doc: &Doc, at: usize, end: usize) -> usize {
    if at < end && is_object_pronoun(doc.word(at)) {
        return at + 1;
    }
    if doc.word(at) == "that" {
        return at;
    }
    let head_end = match right_phrase(doc, at, end) {
        Some(np) => np.end,
        None => return at,
    };
    // The phrase may stop at "of" or just before it; its complement belongs to the hearer.
    let after_of = match (doc.word(head_end - 1), doc.word(head_end)) {
        ("of", _) => head_end,
        (_, "of") => head_end + 1,
        _ => return head_end,
    };
    right_phrase(doc, after_of, end).map_or(head_end, |np| np.end)
}

/// The quote a cue after its content makes: the passage that closes before the speaker, or the
/// clause from the sentence start.
fn postposed(
    doc: &Doc,
    before: usize,
    sent: Range<usize>,
    used: &mut [bool],
    speaker: Range<usize>,
    cue: Range<usize>,
) -> Option<Draft> {
    let mut b = before.checked_sub(1)?;
    if doc.is_punct(b, ",") && b > 0 && doc.marks[b - 1] == Mark::Close {
        b -= 1;
    }
    if doc.marks[b] == Mark::Close
        && let Some(p) = doc.passage_at(b)
    {
        used[p] = true;
        let passage = &doc.passages[p];
        let last = cue.end.max(speaker.end).saturating_sub(1);
        // A clause that quotes its predicate ("The country “has made dramatic changes,”
        // McConnell said") is reported whole.
        // Quotations inside that clause ("Guns are “a crisis” and “stunt growth,” Dean
        // said") are part of it.
        let lead = sent.start..passage.open;
        let inside = |k: usize| {
            doc.passage_at(k).is_some_and(|q| {
                let q = &doc.passages[q];
                q.open >= lead.start && q.close.is_some_and(|c| c < lead.end)
            })
        };
        let whole = lead.len() >= 2
            && lead.len() <= 12
            && lead.clone().all(|k| {
                (doc.marks[k] == Mark::NotMark || inside(k))
                    && !doc.is_punct(k, ",")
                    && !doc.is_punct(k, ":")
                    && doc.cue(k).is_none()
            });
        // So is the clause after a comma whose predicate it quotes ("However laudable the goal,
        // using the tax ''is a misguided approach,'' he said").
        let clause = crate::merge::clause_around(doc, passage)
            .filter(|r| r.start > sent.start && doc.is_punct(r.start - 1, ","));
        let content = match clause {
            _ if whole => {
                take_passages(doc, lead, used);
                doc.span(sent.start..passage.last + 1)
            }
            Some(r) if words(doc, r.start..passage.open) >= 2 => doc.span(r),
            _ => passage.content,
        };
        return Some(Draft {
            content,
            kind: QuoteKind::Direct,
            speaker: Some(speaker),
            cue: Some(cue),
            first: passage.open,
            last,
        });
    }
    let mut end = b + 1;
    while end > sent.start && (doc.is_punct(end - 1, ",") || doc.is_punct(end - 1, "—")) {
        end -= 1;
    }
    let after = past_setting(doc, cue.end.max(speaker.end), sent.end);
    let fragment = verbless(doc, sent.start..end);
    // A one-word opening stands only with its continuation ("African-Americans, he said, can
    // ...").
    let end = match continuation(doc, after, sent.end, fragment) {
        Some(e) => e,
        None if words(doc, sent.start..end) < 2 => return None,
        None => end,
    };
    Some(backward(doc, sent.start..end, speaker, cue, used))
}

/// Where the reported clause ends when an attribution interrupts it ("Climate change, Mr.
/// Obama often says, is the greatest threat"): after a comma, a lower-case continuation that
/// is neither an apposition, a relative clause nor a second report.
/// A clause before the interruption that has no verb ("The truth, the senator said, was ...")
/// goes on after it whatever opens the rest ("Too often, he said, the debate is ...").
fn continuation(doc: &Doc, after: usize, end: usize, fragment: bool) -> Option<usize> {
    if !doc.is_punct(after, ",") || after + 1 >= end {
        return None;
    }
    let next = after + 1;
    let w = doc.word(next);
    let opens_phrase = matches!(w, "a" | "an" | "the" | "his" | "her");
    let stops = doc.is_cap(next) && !(fragment && opens_phrase)
        || !doc.is_word(next)
        || cue(w).is_some()
        || matches!(w, "who" | "which" | "whose" | "according" | "as" | "when" | "after")
        || opens_phrase && !fragment
        // After a whole clause, a phrase of setting is the statement's, not more of it: "He
        // found no taker, he said, on condition of anonymity to speak freely".
        || !fragment && matches!(w, "on" | "during" | "speaking");
    let e = clause_end(doc, next, end);
    let e = report_end(doc, next, e);
    let fewest = if fragment { 1 } else { 3 };
    (!stops && words(doc, next..e) >= fewest).then_some(e)
}

/// The token after what follows a cue before its comma: a hearer and the statement's time or
/// setting ("said then,", "told me on Friday,", "said in a June report,"), when all of it is
/// such words; else `after`.
fn past_setting(doc: &Doc, after: usize, end: usize) -> usize {
    let comma = (after..end.min(after + 8)).find(|&k| !doc.is_word(k) && !doc.is_number(k));
    let Some(comma) = comma.filter(|&k| k > after && doc.is_punct(k, ",")) else { return after };
    // Times, numbers and any word that is neither a verb nor a cue: "me on Friday", "in a June
    // report", "earlier in the committee hearing".
    let setting = |k: usize| {
        let w = doc.word(k);
        is_time_word(w) || doc.is_number(k) || !looks_verbal(w) && cue(w).is_none()
    };
    let opens = matches!(doc.word(after), "then" | "me" | "us" | "him" | "them" | "reporters")
        || is_time_word(doc.word(after))
        || matches!(doc.word(after), "in" | "on" | "at" | "during" | "earlier" | "later");
    if opens && (after..comma).all(setting) { comma } else { after }
}

/// True when a short clause has no verb: "The truth", "Too often", "These employees".
fn verbless(doc: &Doc, clause: Range<usize>) -> bool {
    let verb = clause.clone().any(|k| {
        let w = doc.word(k);
        is_auxiliary(w)
            || looks_verbal(w) && w.ends_with("ed")
            || matches!(doc.raw(k), "'s" | "’s" | "'re" | "’re")
    });
    let count = words(doc, clause);
    (1..=4).contains(&count) && !verb
}

/// An indirect or mixed quote whose clause `clause` comes before the cue.
fn backward(
    doc: &Doc,
    clause: Range<usize>,
    speaker: Range<usize>,
    cue: Range<usize>,
    used: &mut [bool],
) -> Draft {
    let kind = take_passages(doc, clause.clone(), used);
    let last = cue.end.max(speaker.end).saturating_sub(1);
    Draft {
        content: doc.span(clause.clone()),
        kind,
        speaker: Some(speaker),
        cue: Some(cue),
        first: clause.start,
        last,
    }
}

/// The quote a cue before its content makes: the passage that opens the clause, or the clause
/// up to the end of the sentence (or of a passage that runs on past it).
fn forward(
    doc: &Doc,
    start: usize,
    sent: Range<usize>,
    used: &mut [bool],
    speaker: Range<usize>,
    cue: Range<usize>,
    c: Cue,
) -> Option<Draft> {
    let first = speaker.start.min(cue.start);
    if start >= sent.end {
        // "Caddell continued:" with the quote as the next paragraph.
        let colon = doc.is_punct(sent.end - 1, ":");
        let p = doc.passage_at(sent.end).filter(|&p| doc.passages[p].open == sent.end);
        let p = p.filter(|_| colon)?;
        used[p] = true;
        let passage = &doc.passages[p];
        return Some(Draft {
            content: passage.content,
            kind: QuoteKind::Direct,
            speaker: Some(speaker),
            cue: Some(cue),
            first,
            last: passage.last,
        });
    }
    if matches!(doc.marks[start], Mark::Open | Mark::Either)
        && let Some(p) = doc.passage_at(start)
    {
        let passage = &doc.passages[p];
        if passage.last + 2 >= sent.end
            || passage.paragraphs > 1
            || !doc.is_word(passage.last + 1)
            || opens_circumstance(doc.word(passage.last + 1))
        {
            used[p] = true;
            return Some(Draft {
                content: passage.content,
                kind: QuoteKind::Direct,
                speaker: Some(speaker),
                cue: Some(cue),
                first,
                last: passage.last,
            });
        }
    }
    // "rejected that argument in a ruling": "that" before a noun with no verb after it is the
    // object's determiner, not a complementizer ("said that inflation would rise").
    let pointing = doc.word(start) == "that" && {
        let (noun, after) = (start + 1, doc.word(start + 2));
        noun < sent.end
            && doc.is_word(noun)
            && !doc.is_cap(noun)
            && !is_pronoun(doc.word(noun))
            && !is_determiner(doc.word(noun))
            && (start + 2 >= sent.end
                || doc.is_punct(start + 2, ",")
                || doc.is_punct(start + 2, ".")
                || matches!(after, "in" | "on" | "at" | "and" | "during" | "with" | "as" | "when"))
    };
    let opens_clause = !pointing
        && matches!(doc.word(start), "that" | "if" | "whether" | "how" | "why")
        || c.takes_object && doc.word(start) == "to";
    let bare = !opens_clause && doc.marks[start] == Mark::NotMark && doc.word(start) != "to";
    // A report without "that" starts after the statement's setting ("said Monday it would",
    // "said in a statement it had"); without a finite verb it is an object ("praised the plan").
    let start = if bare { after_setting(doc, start, sent.end) } else { start };
    // What "say" reports without "that" is a clause, however late its verb comes ("said single
    // people and families - gay, straight - would qualify").
    // Its own objects are few: "said as much", "said little about", "said the same thing".
    let says = matches!(doc.word(cue.start), "said" | "says" | "say" | "saying")
        && !matches!(
            doc.word(start),
            "as" | "much"
                | "little"
                | "nothing"
                | "something"
                | "anything"
                | "so"
                | "it"
                | "this"
                | "yes"
                | "no"
                | "more"
                | "less"
                | "goodbye"
                | "hello"
        )
        && !(doc.word(start) == "the" && doc.word(start + 1) == "same");
    let object = bare && !says && !clause_like(doc, start, sent.end);
    // A cue made of a verb and a noun ("sounded a call for", "made the case for", "expressed
    // deep concern about") reports what follows the noun's preposition.
    let start = if object { after_light_noun(doc, start, sent.end) } else { start };
    // The preposition of a phrasal cue ("called for", "spoke of", "critical of") is the cue's.
    let start = if object
        && matches!(doc.word(start), "for" | "of" | "about" | "on" | "against")
        && start + 1 < sent.end
        && doc.is_word(start + 1)
    {
        start + 1
    } else {
        start
    };
    let limit = clause_end(doc, start, sent.end).min(opening_clause_end(doc, &sent, cue.start));
    // A relative clause set off by commas ("The board, which in March said that fees would
    // rise, met again") ends at its comma.
    let relative = matches!(doc.word(speaker.start), "who" | "which")
        && speaker.start > sent.start
        && doc.is_punct(speaker.start - 1, ",");
    let limit = match relative {
        true => (start + 1..limit)
            .find(|&k| doc.is_punct(k, ",") && doc.passage_at(k).is_none())
            .unwrap_or(limit),
        false => limit,
    };
    let limit = if object { object_end(doc, start, limit) } else { report_end(doc, start, limit) };
    let mut end = crate::ends::best_end(doc.model, doc, cue.start, start, limit, &sent);
    // A quotation later in the clause belongs to the report: the learned end does not cut it off.
    if doc.model.params.has(RUNS_ON) && (end..limit).any(|k| doc.passage_at(k).is_some()) {
        end = limit;
    }
    end = trimmed_end(doc, start, end);
    if let Some(p) = doc.passage_at(end.saturating_sub(1)) {
        end = end.max(doc.passages[p].last + 1);
    }
    let kind = take_passages(doc, start..end, used);
    if c.needs_clause && !opens_clause && kind == QuoteKind::Indirect {
        return None;
    }
    // A lone name is an object's whole content ("Cruz has endorsed Trump"), but not one cut
    // off at a comma ("criticized Tulsa, Okla., police") or in a headline's capitals.
    let named = object
        && end == start + 1
        && doc.is_cap(start)
        && !doc.is_cap(cue.start)
        && !(doc.is_punct(end, ",") && doc.is_cap(end + 1));
    let fewest = if doc.model.params.has(SHORT) || named { 1 } else { 2 };
    if words(doc, start..end) < fewest {
        return None;
    }
    Some(Draft {
        content: doc.span(start..end),
        kind,
        speaker: Some(speaker),
        cue: Some(cue),
        first,
        last: end - 1,
    })
}

/// The token after "<determiner> <adjective>? <noun> <preposition>" at `start` when the noun
/// makes a cue with the verb before it ("a call for", "deep concern about", "plans this week
/// to"); otherwise `start`.
fn after_light_noun(doc: &Doc, start: usize, end: usize) -> usize {
    let mut k = start;
    if k < end && is_determiner(doc.word(k)) {
        k += 1;
    }
    // One modifier at most: "deep concern", "new plans".
    if k + 1 < end
        && doc.is_word(k)
        && !is_light_noun(doc.word(k))
        && is_light_noun(doc.word(k + 1))
    {
        k += 1;
    }
    if k >= end || !is_light_noun(doc.word(k)) {
        return start;
    }
    k += 1;
    if k < end && is_time_word(doc.word(k)) {
        k += 1;
    } else if k + 1 < end && doc.word(k) == "this" && is_time_word(doc.word(k + 1)) {
        k += 2;
    }
    let prep = k + 1 < end
        && matches!(doc.word(k), "for" | "of" | "about" | "on" | "against" | "to")
        && doc.is_word(k + 1);
    // An infinitive keeps its "to" ("plans to give ..."), as any reported infinitive does.
    match prep {
        true if doc.word(k) == "to" => k,
        true => k + 1,
        false => start,
    }
}

/// Nouns that join their verb in a cue: "made the case for", "voiced concern about".
fn is_light_noun(word: &str) -> bool {
    matches!(
        word,
        "call"
            | "case"
            | "concern"
            | "concerns"
            | "fun"
            | "plans"
            | "doubts"
            | "fears"
            | "hopes"
            | "support"
            | "questions"
            | "criticism"
            | "praise"
            | "opposition"
            | "attention"
            | "secret"
            | "note"
            | "skepticism"
            | "reservations"
            | "objections"
    )
}

/// Words after a quotation that open the circumstances of the statement ("chanting “...”
/// outside the depot"), not more of a clause that quotes some of its words.
fn opens_circumstance(word: &str) -> bool {
    matches!(
        word,
        "as" | "at"
            | "in"
            | "on"
            | "outside"
            | "inside"
            | "during"
            | "while"
            | "when"
            | "before"
            | "after"
            | "until"
            | "because"
            | "since"
    )
}

/// Marks the passages inside `range` as used; the clause is mixed when it holds any.
pub(crate) fn take_passages(doc: &Doc, range: Range<usize>, used: &mut [bool]) -> QuoteKind {
    let mut kind = QuoteKind::Indirect;
    for k in range {
        if let Some(p) = doc.passage_at(k) {
            used[p] = true;
            kind = QuoteKind::Mixed;
        }
    }
    kind
}

pub(crate) fn words(doc: &Doc, range: Range<usize>) -> usize {
    range.filter(|&k| doc.is_word(k) || doc.is_number(k)).count()
}

/// True when a report opens at token `k`: "that", a quotation, or a colon before one.
fn opens_report(doc: &Doc, k: usize) -> bool {
    doc.word(k) == "that"
        || doc.marks.get(k).is_some_and(|m| *m != Mark::NotMark)
        || doc.is_punct(k, ":")
        || doc.is_punct(k, ",")
}
