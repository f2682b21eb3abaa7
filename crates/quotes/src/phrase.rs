//! Noun phrases around a cue: the speaker before it ("Russia's foreign ministry said"), after it
//! ("said Robert Stone", "according to the poll"), the subject a participle reports for, and the
//! adjuncts between a cue and its clause ("said on Thursday in a statement that").

use crate::doc::Doc;
use crate::lexicon::{
    cue, ends_phrase, is_auxiliary, is_cue_modifier, is_determiner, is_object_pronoun, is_pronoun,
    is_subordinator, is_time_word,
};
use crate::marks::Mark;
use std::ops::Range;

/// Most tokens a speaker phrase may have.
const MAX_PHRASE: usize = 12;
/// Most lower-case words (other than determiners) in a speaker phrase.
const MAX_LOWER: usize = 4;

/// Sentence-opening words that are written with a capital but never start a speaker's name.
fn is_opener(word: &str) -> bool {
    ends_phrase(word)
        || matches!(
            word,
            "meanwhile"
                | "however"
                | "still"
                | "yet"
                | "instead"
                | "later"
                | "earlier"
                | "now"
                | "asked"
                | "separately"
                | "again"
                | "today"
                | "speaking"
                | "though"
                | "although"
                | "whereas"
                | "unless"
        )
}

/// Lower-case words that read as verbs or adverbs (past tenses in "-ed", adverbs in "-ly"),
/// which a speaker's noun phrase does not hold.
pub fn looks_verbal(w: &str) -> bool {
    let nominal = matches!(
        w,
        "hundred"
            | "red"
            | "bed"
            | "need"
            | "speed"
            | "seed"
            | "creed"
            | "family"
            | "rally"
            | "ally"
            | "assembly"
            | "supply"
            | "reply"
            | "bully"
            | "early"
            | "daily"
            | "weekly"
            | "monthly"
            | "elderly"
            | "only"
            | "italy"
            | "deputy"
            | "fly"
            | "belly"
            | "jelly"
            | "tally"
            | "anomaly"
            | "monopoly"
            | "folly"
            | "homily"
            | "quarterly"
    );
    !nominal && w.len() > 3 && (w.ends_with("ed") || w.ends_with("ly")) || is_irregular_past(w)
}

/// Participles that stand before a name or title as part of it: "retired Air Force general Lloyd
/// Newton", "ousted President ...".
fn is_attributive(w: &str) -> bool {
    matches!(
        w,
        "retired"
            | "embattled"
            | "disgraced"
            | "ousted"
            | "exiled"
            | "jailed"
            | "detained"
            | "renowned"
            | "celebrated"
            | "acclaimed"
            | "unnamed"
            | "unidentified"
            | "elected"
            | "indicted"
            | "convicted"
            | "suspected"
            | "alleged"
            | "self-described"
            | "self-proclaimed"
    )
}

/// A negated auxiliary written as one word: "isn't", "didn’t".
pub(crate) fn is_negated(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n’t")
}

/// A past tense: "-ed" or one of [`is_irregular_past`].
pub(crate) fn is_past(w: &str) -> bool {
    w.ends_with("ed") && looks_verbal(w) || is_irregular_past(w)
}

/// Irregular past tenses that are not also common nouns ("kept", "spoke", but not "set" or
/// "left").
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "arose"
            | "became"
            | "began"
            | "bought"
            | "brought"
            | "caught"
            | "chose"
            | "came"
            | "dealt"
            | "drew"
            | "drove"
            | "felt"
            | "fled"
            | "fought"
            | "forgot"
            | "gave"
            | "got"
            | "grew"
            | "heard"
            | "held"
            | "kept"
            | "knew"
            | "led"
            | "lost"
            | "made"
            | "meant"
            | "met"
            | "paid"
            | "ran"
            | "rode"
            | "sat"
            | "saw"
            | "sent"
            | "shook"
            | "slept"
            | "sold"
            | "sought"
            | "spent"
            | "spoke"
            | "stood"
            | "stole"
            | "struck"
            | "swore"
            | "taught"
            | "thought"
            | "threw"
            | "took"
            | "understood"
            | "went"
            | "withdrew"
            | "woke"
            | "won"
            | "wore"
            | "wrote"
    )
}

/// True when token `i` may be part of a noun phrase.
fn phrase_word(doc: &Doc, i: usize, lower: &mut usize) -> bool {
    let raw = doc.raw(i);
    if !doc.is_word(i) {
        // The marks of a nickname, which are no quotation ([`crate::marks::nicknames`]):
        // Robert C. “Bobby” Scott.
        let nickname = matches!(raw, "\"" | "“" | "”" | "'" | "‘" | "’")
            && doc.marks[i] == Mark::NotMark
            && i > 0
            && doc.is_cap(i - 1)
            && doc.is_cap(i + 1);
        // A hyphen with a space on both sides is a dash ("predictable - Donald J. Trump").
        let t = doc.tokens[i].span;
        let spaced = doc.text[..t.start].ends_with(' ') && doc.text[t.end..].starts_with(' ');
        let hyphen = raw == "-" && !spaced;
        // A percent sign after its number: "85% of Democrats".
        let percent = raw == "%" && i > 0 && doc.is_number(i - 1);
        return matches!(raw, "&" | "." | "/" | "'s" | "’s")
            || hyphen
            || percent
            || doc.is_number(i)
            || nickname;
    }
    let w = doc.word(i);
    if w == "'s" || w == "’s" {
        return true;
    }
    if doc.is_cap(i) {
        // A word in capitals after another capitalised one is a name's ("USA TODAY"), whatever
        // it would be in lower case.
        let shouted = raw.len() > 1 && raw.chars().all(|c| c.is_ascii_uppercase());
        return !is_opener(w) || shouted && i > 0 && doc.is_cap(i - 1);
    }
    let attributive = is_attributive(w) && doc.is_word(i + 1);
    if ends_phrase(w)
        || is_pronoun(w)
        || cue(w).is_some()
        || looks_verbal(w) && !attributive
        || is_negated(w)
    {
        return false;
    }
    // Words of rank ("a former senior law enforcement official") do not count.
    if !is_determiner(w) && !matches!(w, "former" | "senior" | "top" | "longtime" | "then") {
        *lower += 1;
    }
    *lower <= MAX_LOWER
}

/// True for an "and" inside a name: "Citizenship and Immigration Services".
fn named_and(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.word(k) == "and" && doc.is_cap(k - 1) && doc.is_cap(k + 1)
}

/// The speaker phrase that ends right before token `end`, not reaching before `floor`.
pub fn left_phrase(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    let mut last = end - 1;
    if doc.is_punct(last, ")") {
        let open = (floor..last).rev().take(MAX_PHRASE).find(|&k| doc.is_punct(k, "("))?;
        last = open.checked_sub(1)?;
        if last < floor {
            return None;
        }
    }
    let w = doc.word(last);
    if doc.is_word(last) && is_pronoun(w) {
        return Some(last..end);
    }
    let mut lower = 0;
    // A plural noun that is also a cue heads a phrase after a modifier or at its start:
    // "campaign-finance reports show", "Reports say".
    let plural = w.len() > 3
        && w.ends_with('s')
        && cue(w).is_some()
        && (last == floor || {
            let prev = doc.word(last - 1);
            is_determiner(prev) || doc.is_word(last - 1) && phrase_word(doc, last - 1, &mut 0)
        });
    if !(plural || phrase_word(doc, last, &mut lower)) || is_determiner(w) || !doc.is_word(last) {
        return None;
    }
    let mut start = last;
    while start > floor && end - start < MAX_PHRASE {
        let k = start - 1;
        // A determiner, or a number standing for one ("5 percent prefer"), not a year.
        let year = doc.raw(k).len() == 4 && matches!(doc.raw(k).get(..2), Some("19" | "20"));
        if doc.is_word(k) && is_determiner(doc.word(k)) || doc.is_number(k) && !year {
            start = k;
            break;
        }
        if !named_and(doc, k) && !phrase_word(doc, k, &mut lower) {
            break;
        }
        start = k;
    }
    while start < last && !doc.is_word(start) && !doc.is_number(start) {
        start += 1;
    }
    // A phrase that opens with "of" is another phrase's complement ("32% of Republican
    // claims"), not a speaker.
    (doc.word(start) != "of").then_some(start..end)
}

/// The speaker of a cue at `cue_at` written before it, with the adverbs, auxiliaries,
/// parentheticals ("Pyongyang, meanwhile, said") and time phrases between them skipped, and an
/// apposition ("Phil Lovas, the campaign's chairman, said") taken whole.
pub fn speaker_before(doc: &Doc, cue_at: usize, floor: usize) -> Option<Range<usize>> {
    // A quotation that closes before the cue ("“We win,” Jane Doe, a voter, said") bounds the
    // speaker as a sentence start would.
    let near = floor.max(cue_at.saturating_sub(3 * MAX_PHRASE));
    let floor = match (near..cue_at).rev().find(|&k| doc.marks[k] == Mark::Close) {
        Some(c) if doc.is_punct(c + 1, ",") => c + 2,
        Some(c) => c + 1,
        None => floor,
    };
    let r = speaker_phrase(doc, cue_at, floor)?;
    // "One of the docs who sent the letter called", "A doctor who signed it said": the object
    // of a relative clause is no speaker; the noun the clause describes is, with the clause.
    if let Some(verb) = r.start.checked_sub(1).filter(|&v| v > floor + 1)
        && doc.word(verb - 1) == "who"
        && is_past(doc.word(verb))
        && let Some(head) = left_phrase(doc, verb - 1, floor)
    {
        let head = with_complement(doc, head, floor);
        return Some(head.start..r.end);
    }
    // "have in the past said", "has on several occasions called": a time set between the
    // auxiliary and the cue, whose speaker stands before the auxiliary.
    if let Some(link) = r.start.checked_sub(1).filter(|&k| k > floor)
        && matches!(doc.word(link), "in" | "on" | "at" | "over")
        && is_auxiliary(doc.word(link - 1))
        && let Some(s) = speaker_phrase(doc, link - 1, floor)
    {
        return Some(with_complement(doc, s, floor));
    }
    Some(with_complement(doc, r, floor))
}

/// A count of people standing alone before a verb the lexicon knows, as polls report them:
/// "About three in 10 said", "six in 10 say", "all but two said", "43 said".
fn count_before(doc: &Doc, cue_at: usize, floor: usize) -> Option<Range<usize>> {
    let counts = |k: usize| {
        let w = doc.word(k);
        let year = doc.raw(k).len() == 4 && matches!(doc.raw(k).get(..2), Some("19" | "20"));
        doc.is_number(k) && !year
            || matches!(
                w,
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
            )
    };
    doc.cue(cue_at)?;
    let before = cue_at.checked_sub(1).filter(|&k| k >= floor)?;
    // "26% say", "those surveyed say".
    let percent = doc.raw(before) == "%" && before > floor && doc.is_number(before - 1);
    let asked = matches!(doc.word(before), "surveyed" | "polled" | "questioned" | "interviewed")
        && before > floor
        && matches!(
            doc.word(before - 1),
            "those" | "people" | "voters" | "respondents" | "adults" | "americans"
        );
    let last = if percent || asked { before - 1 } else { before };
    if !(percent || asked || counts(last)) {
        return None;
    }
    let mut start = last;
    let pair = |start: usize, a: &str, b: &str| {
        start >= floor + 2 && doc.word(start - 2) == a && doc.word(start - 1) == b
    };
    if start >= floor + 2 && doc.word(start - 1) == "in" && counts(start - 2)
        || pair(start, "all", "but")
    {
        start -= 2;
    }
    if pair(start, "more", "than") || pair(start, "fewer", "than") || pair(start, "less", "than") {
        start -= 2;
    } else if start > floor
        && matches!(
            doc.word(start - 1),
            "about" | "nearly" | "roughly" | "almost" | "only" | "just"
        )
    {
        start -= 1;
    }
    // The count opens its clause: "..., but six in 10 said", not "in 2012 43 said".
    let opens = start == floor
        || !doc.is_word(start - 1) && !doc.is_number(start - 1)
        || matches!(doc.word(start - 1), "and" | "but" | "while" | "whereas" | "yet");
    opens.then_some(start..cue_at)
}

/// A speaker phrase with the phrase it complements before it: "Mr. Morgan of the Sierra
/// Club", "a narrator in the Clinton ad", "a spokesman for the ministry".
fn with_complement(doc: &Doc, r: Range<usize>, floor: usize) -> Range<usize> {
    let Some(link) = r.start.checked_sub(1).filter(|&k| k > floor) else { return r };
    // "Aides close to the governor", "those closest to him".
    let close_to = doc.word(link) == "to" && is_close(doc.word(link - 1));
    if !matches!(doc.word(link), "of" | "in" | "at" | "for" | "from" | "with" | "on") && !close_to {
        return r;
    }
    match left_phrase(doc, link, floor) {
        Some(head)
            if r.end - head.start <= MAX_PHRASE
                && !(head.len() == 1 && is_pronoun(doc.word(head.start))) =>
        {
            head.start..r.end
        }
        _ => r,
    }
}

fn speaker_phrase(doc: &Doc, cue_at: usize, floor: usize) -> Option<Range<usize>> {
    if let Some(count) = count_before(doc, cue_at, floor) {
        return Some(count);
    }
    // A quantifier standing alone: "To varying degrees, all agreed", "But some note".
    if let Some(q) = cue_at.checked_sub(1).filter(|&q| q >= floor)
        && (matches!(doc.word(q), "all" | "some" | "many" | "both" | "most" | "others")
            // "Several said", but "Several cast members said": a verb the lexicon knows.
            || matches!(doc.word(q), "several" | "few" | "none")
                && doc.cue(cue_at).is_some())
        && (q == floor || !doc.is_word(q - 1) || matches!(doc.word(q - 1), "but" | "and" | "yet"))
    {
        return Some(q..cue_at);
    }
    // "many of whom say".
    if cue_at >= floor + 3
        && doc.word(cue_at - 1) == "whom"
        && doc.word(cue_at - 2) == "of"
        && doc.is_word(cue_at - 3)
    {
        return Some(cue_at - 3..cue_at);
    }
    let mut j = cue_at;
    loop {
        while j > floor && doc.is_word(j - 1) && {
            let w = doc.word(j - 1);
            // A capitalised "-ly" word is a name ("Rep. David Jolly said"), not an adverb; at
            // the sentence's start only right before a verb of saying ("Jolly said", but
            // "Deeply divided over ...").
            let name =
                doc.is_cap(j - 1) && (j - 1 > floor || j == cue_at && doc.cue(cue_at).is_some());
            is_cue_modifier(w)
                || w.ends_with("ly") && looks_verbal(w) && !name
                || is_negated(w)
                || matches!(w, "almost" | "together" | "jointly" | "instead")
        } {
            j -= 1;
        }
        // The setting between speaker and cue: "Stumpf in a televised interview appeared to".
        if let Some(at) = (j.saturating_sub(5)..j.saturating_sub(2)).rev().find(|&m| {
            m > floor
                && doc.word(m) == "in"
                && matches!(doc.word(m + 1), "a" | "an" | "his" | "her" | "their" | "its")
                && matches!(doc.word(j - 1), "interview" | "statement" | "speech" | "letter")
        }) {
            j = at;
            continue;
        }
        // A raising verb before the cue: "Anderson seemed to think".
        if j >= floor + 3 && doc.word(j - 1) == "to" && passes_subject(doc.word(j - 2)) {
            j -= 2;
            continue;
        }
        // A contracted auxiliary: "who’s called for", "she's said".
        if j >= floor + 2
            && matches!(doc.raw(j - 1), "'s" | "’s")
            && matches!(doc.word(j - 2), "who" | "he" | "she" | "it" | "that")
        {
            j -= 1;
            continue;
        }
        if j >= floor + 2 && is_time_word(doc.word(j - 1)) && doc.word(j - 2) == "on" {
            j -= 2;
            continue;
        }
        // "who in 2010 said", "which in March imposed".
        if j >= floor + 2
            && doc.word(j - 2) == "in"
            && (doc.is_number(j - 1) && doc.raw(j - 1).len() == 4 || is_month(doc.word(j - 1)))
        {
            j -= 2;
            continue;
        }
        // A time between the speaker and the cue: "Wells Fargo just this month announced",
        // "the ministry Thursday said".
        let w = doc.word(j.saturating_sub(1));
        if j >= floor + 2
            && matches!(w, "week" | "month" | "year" | "weekend")
            && matches!(doc.word(j - 2), "this" | "last" | "next" | "earlier")
        {
            j -= 2;
            continue;
        }
        if j > floor + 1 && (is_time_word(w) && w != "now" || w == "just") && doc.is_word(j - 2) {
            j -= 1;
            continue;
        }
        // An apposition between dashes: "Kall -- co-editor of a book on debates -- said".
        let dash = |k: usize| doc.is_punct(k, "--") || doc.is_punct(k, "—");
        if j > floor + 2 && dash(j - 1) {
            let open = (floor..j - 1).rev().take(2 * MAX_PHRASE).find(|&k| dash(k))?;
            let name = left_phrase(doc, open, floor)?;
            return Some(name.start..j - 1);
        }
        if j > floor && doc.is_punct(j - 1, ",") {
            let inner_end = j - 1;
            let comma = (floor..inner_end).rev().take(MAX_PHRASE).find(|&k| doc.is_punct(k, ","));
            let Some(comma) = comma else {
                let subj = subject(doc, floor..j - 1)?;
                return doc.is_punct(subj.end, ",").then_some(subj.start..j - 1);
            };
            let inner = comma + 1..inner_end;
            // A short aside ("meanwhile", "for its part"), not an apposition ("a council
            // member").
            let aside = inner.clone().all(|k| doc.is_word(k) && !doc.is_cap(k))
                && !is_determiner(doc.word(inner.start));
            if inner.len() <= 3 && aside {
                j = comma;
                continue;
            }
            let appos = left_phrase(doc, inner_end, comma + 1);
            let age = inner.len() == 1 && doc.is_number(inner.start);
            if (age || appos.is_some_and(|a| a.start == comma + 1))
                && let Some(name) = left_phrase(doc, comma, floor)
            {
                return Some(name.start..inner_end);
            }
            // A name set off by the comma of an opening clause, with a description after it:
            // "With 50 days to go, Minyon Moore, a senior adviser to the campaign, called".
            if matches!(doc.word(inner.start), "a" | "an" | "the")
                && let Some(name) = left_phrase(doc, comma, floor)
                && name.start > floor
                && doc.is_punct(name.start - 1, ",")
                && doc.is_cap(name.start)
            {
                return Some(name.start..inner_end);
            }
            // A long apposition after the sentence's subject: "Jane Doe, director of ..., said";
            // an adverbial aside there is not part of it ("Jane Doe, despite ..., said").
            let subj = subject(doc, floor..inner_end)?;
            // The subject may carry its complement: "Officials at the agency, a division of
            // the ministry, said".
            let subj = match doc.word(subj.end) {
                "of" | "at" | "for" | "from" | "in" | "with" => {
                    right_phrase(doc, subj.end + 1, inner_end)
                        .filter(|c| doc.is_punct(c.end, ","))
                        .map_or(subj.clone(), |c| subj.start..c.end)
                }
                _ => subj,
            };
            // ... or a party and state: "Rep. Gregory Meeks (D-N.Y.), chairman of ..., said".
            let subj = match (subj.end..inner_end.min(subj.end + 8)).find(|&k| doc.is_punct(k, ")"))
            {
                Some(close) if doc.is_punct(subj.end, "(") => subj.start..close + 1,
                _ => subj,
            };
            if !doc.is_punct(subj.end, ",") {
                return None;
            }
            let aside = matches!(
                doc.word(subj.end + 1),
                "despite"
                    | "after"
                    | "before"
                    | "while"
                    | "since"
                    | "upon"
                    | "without"
                    | "in"
                    | "on"
                    | "at"
                    | "during"
                    | "for"
                    | "with"
                    | "speaking"
                    | "asked"
                    | "though"
                    | "although"
                    | "when"
                    | "if"
            );
            return Some(if aside { subj } else { subj.start..inner_end });
        }
        break;
    }
    // "Those close to him say": the pronoun belongs to the phrase it completes.
    if j >= floor + 3
        && is_object_pronoun(doc.word(j - 1))
        && doc.word(j - 2) == "to"
        && is_close(doc.word(j - 3))
        && let Some(head) = left_phrase(doc, j - 2, floor)
    {
        return Some(head.start..j);
    }
    // A reduced relative right before the cue: "The poll released Friday shows".
    let reduced = j > floor + 1 && {
        let v = doc.word(j - 1);
        v.ends_with("ed") && looks_verbal(v)
    };
    let r = match left_phrase(doc, j, floor) {
        None if reduced => left_phrase(doc, j - 1, floor)?,
        r => r?,
    };
    // The phrase of a reduced relative is not the speaker: "Protesters marching through the
    // streets chanted", "A poll released in late August found".
    if r.start >= floor + 3
        && matches!(
            doc.word(r.start - 1),
            "in" | "through" | "on" | "at" | "by" | "from" | "across" | "along" | "outside"
        )
        && !doc.is_cap(r.start - 2)
        && {
            let v = doc.word(r.start - 2);
            v.len() > 4 && v.ends_with("ing") || v.ends_with("ed") && looks_verbal(v)
        }
        && let Some(head) = left_phrase(doc, r.start - 2, floor)
    {
        return Some(head);
    }
    Some(r)
}

/// The noun phrase that starts at token `at`, not reaching `limit`.
pub fn right_phrase(doc: &Doc, at: usize, limit: usize) -> Option<Range<usize>> {
    // A number may open a name ("9/11 widow Terry Strada") when a word follows it.
    let opens = doc.is_word(at) || doc.is_number(at) && (at + 1..at + 4).any(|k| doc.is_word(k));
    if at >= limit || !opens {
        return None;
    }
    let w = doc.word(at);
    if is_pronoun(w) {
        return Some(at..at + 1);
    }
    let mut lower = 0;
    let mut end = at;
    while end < limit && end - at < MAX_PHRASE {
        let is_det = doc.is_word(end) && is_determiner(doc.word(end));
        // "The authors of the report": a complement with "of" goes on past its determiner.
        if is_det && end > at && doc.word(end - 1) != "of" {
            break;
        }
        if !is_det && !named_and(doc, end) && !phrase_word(doc, end, &mut lower) {
            break;
        }
        end += 1;
    }
    while end > at && (!doc.is_word(end - 1) || doc.word(end - 1) == "of") {
        end -= 1;
    }
    let has_head = (at..end).any(|k| doc.is_word(k) && !is_determiner(doc.word(k)));
    has_head.then_some(at..end)
}

/// The subject of a sentence: its first noun phrase or pronoun, for participle cues
/// ("Trump hit back, saying ...").
pub fn subject(doc: &Doc, sentence: Range<usize>) -> Option<Range<usize>> {
    let mut k = sentence.start;
    while k < sentence.end && !doc.is_word(k) && doc.marks[k] == Mark::NotMark {
        k += 1;
    }
    // A dateline the cleaner left ("BRUSSELS - European leaders gathered"): a place name of up
    // to three words in capitals, then a dash.
    let mut d = k;
    while d < sentence.end
        && doc.is_cap(d)
        && doc.raw(d).chars().all(|c| !c.is_lowercase())
        && doc.raw(d).len() > 1
    {
        d += 1;
    }
    if d > k && d - k <= 3 && crate::bounds::is_dash(doc, d) {
        k = d + 1;
    }
    // A subject pronoun ("she was taken"), which the openers below would skip.
    if k < sentence.end
        && doc.is_word(k)
        && matches!(doc.word(k), "he" | "she" | "they" | "we" | "i" | "it" | "you")
    {
        return Some(k..k + 1);
    }
    // A subordinate clause opening the sentence ("When terrorists strike, Obama and Clinton
    // call them ..."): the subject follows its comma.
    if k < sentence.end
        && is_subordinator(doc.word(k))
        && let Some(after) = after_opening_clause(doc, k + 1, sentence.end)
    {
        return Some(after);
    }
    while k < sentence.end && (!doc.is_word(k) || is_opener(doc.word(k))) {
        if doc.marks[k] != Mark::NotMark || doc.is_punct(k, ",") && k > sentence.start + 3 {
            return None;
        }
        // A subject pronoun after an opener's comma: "Meanwhile, it attacked ...".
        if k > sentence.start
            && doc.is_punct(k - 1, ",")
            && matches!(doc.word(k), "he" | "she" | "they" | "we" | "i" | "it" | "you")
        {
            return Some(k..k + 1);
        }
        k += 1;
    }
    // A date that opens the sentence without a comma: "On September 27 the council met".
    let date_end = (k..sentence.end)
        .find(|&m| !(doc.is_number(m) || doc.is_word(m) && is_month(doc.word(m))))
        .unwrap_or(sentence.end);
    if date_end > k + 1 && doc.is_word(date_end) {
        k = date_end;
    }
    let phrase = right_phrase(doc, k, sentence.end)?;
    // The object of an opening preposition is not the subject: "In its shadow, viewers were
    // ...", "In the next eight weeks the campaign would ...".
    let governed = k > sentence.start
        && doc.is_word(k - 1)
        && matches!(
            doc.word(k - 1),
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "under"
                | "with"
                | "from"
                | "by"
                | "since"
                | "over"
                | "through"
                | "amid"
                | "despite"
                | "among"
                | "throughout"
        );
    // "With leaders increasingly worried about X, Obama is ...": the object of "with" has a
    // predicate of its own, and the subject follows the clause's comma.
    let predicate = |m: usize| {
        let w = doc.word(m);
        doc.is_word(m)
            && !doc.is_cap(m)
            && (w.ends_with("ed") || w.ends_with("ing") || is_cue_modifier(w) || w.ends_with("ly"))
    };
    if governed
        && doc.word(k - 1) == "with"
        && predicate(phrase.end)
        && let Some(after) = after_opening_clause(doc, phrase.end, sentence.end)
    {
        return Some(after);
    }
    // "In a speech in Westchester County, Mr. Trump struck ...", "In South Carolina, he
    // prevailed": a chain of such phrases runs to its comma, and the subject (a pronoun too)
    // follows it.
    if governed && let Some(next) = after_setting_comma(doc, phrase.start, sentence.end) {
        return Some(next);
    }
    if governed && let Some(next) = phrase_after(doc, phrase.end, sentence.end) {
        return Some(next);
    }
    // A time that opens the sentence ("On Thursday, however, Trump spoke", "On September 27
    // they published") or a participle set off by a comma ("Chastened, Trump ...") is not its
    // subject.
    let timeish = |m: usize| {
        let w = doc.word(m);
        !doc.is_word(m)
            || is_time_word(w)
            || is_month(w)
            || doc.is_number(m)
            || matches!(
                w,
                "late"
                    | "early"
                    | "mid"
                    | "hours"
                    | "hour"
                    | "days"
                    | "day"
                    | "weeks"
                    | "months"
                    | "years"
                    | "minutes"
                    | "moments"
                    | "each"
                    | "every"
                    | "ago"
            )
    };
    let set_off = phrase.len() == 1 && looks_verbal(doc.word(phrase.start));
    // A participle clause or "once" opening the sentence ("Chastened by the analyses, Trump
    // revised", "Once in my early 20s, when ..., I laughed"): the subject follows its comma.
    let w = doc.word(phrase.start);
    let opening = phrase.len() == 1
        && !doc.is_punct(phrase.end, ",")
        && (w == "once" || set_off && w.ends_with("ed") || w.len() > 5 && w.ends_with("ing"));
    if opening && let Some(after) = after_opening_clause(doc, phrase.end, sentence.end) {
        return Some(after);
    }
    if phrase.clone().all(timeish) || set_off && doc.is_punct(phrase.end, ",") {
        return phrase_after(doc, phrase.end, sentence.end);
    }
    Some(phrase)
}

/// The subject after a clause that opens the sentence at `from`: the first phrase right after a
/// comma that a verb follows ("..., as well as complaints, Trump revised").
pub(crate) fn after_opening_clause(doc: &Doc, from: usize, end: usize) -> Option<Range<usize>> {
    let commas = (from..end.min(from + 40)).filter(|&c| doc.is_punct(c, ","));
    commas.filter(|&c| doc.passage_at(c).is_none()).find_map(|c| {
        let p = right_phrase(doc, c + 1, end).filter(|p| p.start == c + 1 && p.end < end)?;
        // The phrase may have run on into the verb: "Obama and Clinton call them".
        let verb_in = (p.start + 1..p.end).find(|&m| {
            let w = doc.word(m);
            // A word after a name that takes an object: "Ortiz and Lee visit the farms".
            let object = is_determiner(doc.word(m + 1)) || is_object_pronoun(doc.word(m + 1));
            let after_name = doc.is_cap(m - 1) && (doc.model.is_candidate_at(doc, m) || object);
            doc.is_word(m) && !doc.is_cap(m) && (cue(w).is_some() || looks_verbal(w) || after_name)
        });
        if let Some(m) = verb_in {
            return Some(p.start..m);
        }
        let next = doc.word(p.end);
        let function_word = matches!(
            next,
            "of" | "in"
                | "on"
                | "at"
                | "for"
                | "and"
                | "or"
                | "but"
                | "who"
                | "which"
                | "that"
                | "to"
                | "with"
                | "from"
                | "by"
                | "as"
        );
        let verb = doc.is_word(p.end)
            && !doc.is_cap(p.end)
            && !function_word
            && !is_determiner(next)
            && (looks_verbal(next)
                || is_cue_modifier(next)
                || cue(next).is_some()
                || !next.ends_with("ly"));
        verb.then_some(p)
    })
}

/// The subject after a setting that opens the sentence with a preposition's object at `from`
/// and runs, through nouns, numbers and more prepositions but no verb, to a comma: the phrase
/// or subject pronoun right after that comma.
fn after_setting_comma(doc: &Doc, from: usize, end: usize) -> Option<Range<usize>> {
    let comma = (from..end.min(from + 16)).find(|&k| !doc.is_word(k) && !doc.is_number(k))?;
    if !doc.is_punct(comma, ",") || doc.marks[comma] != Mark::NotMark {
        return None;
    }
    let verbal = (from..comma).any(|k| {
        let w = doc.word(k);
        !doc.is_cap(k) && (cue(w).is_some() || is_auxiliary(w) || looks_verbal(w))
    });
    if verbal {
        return None;
    }
    // Openers after the comma are passed: "On Thursday, however, Trump spoke".
    let subject_pronoun =
        |k: usize| matches!(doc.word(k), "he" | "she" | "they" | "we" | "i" | "it" | "you");
    let mut next = comma + 1;
    while next < end
        && !subject_pronoun(next)
        && (doc.is_punct(next, ",") || doc.is_word(next) && is_opener(doc.word(next)))
    {
        next += 1;
    }
    if subject_pronoun(next) {
        return Some(next..next + 1);
    }
    right_phrase(doc, next, end).filter(|p| p.start == next)
}

/// The noun phrase after an opening phrase that ends at `from`, commas and openers skipped.
fn phrase_after(doc: &Doc, from: usize, end: usize) -> Option<Range<usize>> {
    let mut m = from;
    while m < end && (doc.is_punct(m, ",") || is_opener(doc.word(m))) {
        m += 1;
    }
    right_phrase(doc, m, end)
}

/// Raising verbs ("seems to"), whose subject is the subject of the verb after them.
pub(crate) fn is_raising(w: &str) -> bool {
    matches!(
        w,
        "seem" | "seems" | "seemed" | "seeming" | "appear" | "appears" | "appeared" | "appearing"
    )
}

/// "close" and its degrees, which take a complement with "to" inside a speaker phrase.
fn is_close(w: &str) -> bool {
    matches!(w, "close" | "closer" | "closest")
}

/// Verbs that, before "to", only say when the next verb's act happens ("continued to call
/// for", "began to argue"): the verb after them is the cue, and their subject is its speaker.
pub(crate) fn is_aspectual(w: &str) -> bool {
    matches!(
        w,
        "continue"
            | "continues"
            | "continued"
            | "begin"
            | "begins"
            | "began"
            | "start"
            | "starts"
            | "started"
    )
}

/// A verb before "to" that hands its subject to the verb after it: [`is_raising`] or
/// [`is_aspectual`].
pub(crate) fn passes_subject(w: &str) -> bool {
    is_raising(w) || is_aspectual(w)
}

/// Month names, which name a time and never a speaker.
pub(crate) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan."
            | "feb."
            | "aug."
            | "sept."
            | "oct."
            | "nov."
            | "dec."
    )
}

/// Prepositions and time words that open an adjunct between a cue and its clause.
fn opens_adjunct(word: &str) -> bool {
    is_time_word(word)
        || matches!(
            word,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "while"
                | "late"
                | "early"
                | "last"
                | "via"
                | "through"
                | "from"
                | "to"
        )
}

/// True when the word at `k`, after "to", names a hearer: a name, a determiner, a pronoun or
/// the press.
pub(crate) fn to_hearer(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.is_cap(k)
        || is_determiner(w)
        || is_object_pronoun(w)
        || matches!(w, "reporters" | "journalists" | "lawmakers" | "supporters" | "voters")
}

/// Where the reported clause after a cue starts: after a hearer ("told reporters"), after
/// adjuncts ("on Thursday in a statement"), at "that", after a colon or comma.
pub fn clause_start(doc: &Doc, after: usize, limit: usize, takes_object: bool) -> usize {
    let mut k = after;
    // ("her" may be a possessive: "urged her husband to ...").
    if takes_object && k < limit && is_object_pronoun(doc.word(k)) && doc.word(k) != "her" {
        // "told him the nominee had paid nothing".
        k += 1;
    } else if takes_object
        && k < limit
        && doc.word(k) != "that"
        && let Some(np) = right_phrase(doc, k, limit)
    {
        k = np.end;
        // A relative clause on the hearer ("told a woman who suggested that ... that “...”")
        // has its own complement; the report is the quotation its "that" opens.
        if matches!(doc.word(k), "who" | "whom")
            && let Some(m) = (k + 1..limit.saturating_sub(1))
                .find(|&m| doc.word(m) == "that" && doc.marks[m + 1] == Mark::Open)
        {
            return m;
        }
    }
    // A day between a phrasal cue and its preposition: "called Friday for".
    if k + 1 < limit
        && is_time_word(doc.word(k))
        && matches!(doc.word(k + 1), "for" | "of" | "about" | "against")
    {
        return k + 1;
    }
    // "to" opens an adjunct before its hearer ("said to reporters"), not an infinitive ("wants
    // to sign up ...").
    let adjunct = k < limit
        && doc.is_word(k)
        && opens_adjunct(doc.word(k))
        && (doc.word(k) != "to" || k + 1 < limit && to_hearer(doc, k + 1));
    if adjunct {
        let stop = (k..limit.min(k + 12)).find(|&m| {
            doc.word(m) == "that"
                || doc.is_punct(m, ",")
                || doc.is_punct(m, ":")
                || doc.marks[m] != Mark::NotMark
        });
        // An adjunct ends at its comma, but a clause opener before the comma ("weighed in
        // Friday about whether ...,") starts the report itself.
        let opener = stop
            .filter(|&m| doc.is_punct(m, ","))
            .and_then(|m| (k..m).find(|&j| matches!(doc.word(j), "whether" | "if" | "how")));
        if let Some(m) = opener.or(stop) {
            k = m;
        }
    }
    while k < limit && (doc.is_punct(k, ",") || doc.is_punct(k, ":") || doc.is_punct(k, "—")) {
        k += 1;
    }
    k
}
