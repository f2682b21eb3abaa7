//! Where a content that follows its cue starts and ends: after the setting of the statement
//! ("said Monday it would"), at the end of its clause, and, for an object ("praised the plan")
//! or a reported clause ("that ..."), before what the sentence goes on to add; a report inside
//! a clause that opens the sentence ("Though she called for X, ...", "After saying X, ...") ends
//! with that clause.

use crate::attribute::Draft;
use crate::doc::Doc;
use crate::ends::trimmed_end;
use crate::lexicon::{CueKind, cue, is_cue_modifier, is_pronoun, is_subordinator, is_time_word};
use crate::marks::Mark;
use crate::phrase::{after_opening_clause, is_month, looks_verbal};
use std::ops::Range;

/// True when the words from `start` read as a clause with its own verb ("the quake killed 11
/// people", "it would examine the deal") rather than an object: a subject pronoun opens them,
/// or an auxiliary comes early.
pub(crate) fn clause_like(doc: &Doc, start: usize, end: usize) -> bool {
    if matches!(doc.word(start), "he" | "she" | "it" | "they" | "we" | "i" | "you") {
        return true;
    }
    // The verb of a subordinate or relative clause does not count ("for wages because prices
    // had risen", "the plan, which was").
    // Nor does a second verb joined to the cue's ("praised the plan and extended ...", "declined
    // it and has since left").
    let second_verb = |k: usize| {
        let next = doc.word(k + 1);
        matches!(doc.word(k), "and" | "but")
            && (looks_verbal(next) && next.ends_with("ed")
                || matches!(next, "has" | "have" | "had" | "also" | "then" | "was" | "is")
                || cue(next).is_some_and(|c| c.kind == CueKind::Participle))
    };
    let own = (start..end.min(start + 10)).take_while(|&k| {
        !doc.is_punct(k, ",")
            && !is_subordinator(doc.word(k))
            && !matches!(doc.word(k), "who" | "which" | "that" | "until")
            && !second_verb(k)
    });
    own.filter(|&k| doc.passage_at(k).is_none()).any(|k| {
        matches!(
            doc.word(k),
            "would"
                | "will"
                | "was"
                | "were"
                | "is"
                | "are"
                | "had"
                | "has"
                | "have"
                | "could"
                | "can"
                | "should"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
                | "do"
        ) || k > start + 1 && looks_verbal(doc.word(k)) && doc.word(k).ends_with("ed")
    })
}

/// The first token after the setting that opens a report without "that": "on Monday",
/// "Monday", "in a statement", "in an interview", and a comma after them.
pub(crate) fn after_setting(doc: &Doc, start: usize, end: usize) -> usize {
    let mut k = start;
    if doc.word(k) == "on" && is_time_word(doc.word(k + 1)) {
        k += 2;
    } else if is_time_word(doc.word(k)) && !matches!(doc.word(k), "now" | "then") {
        k += 1;
    } else if doc.word(k) == "in"
        && matches!(doc.word(k + 1), "a" | "an")
        && matches!(doc.word(k + 2), "statement" | "interview")
    {
        k += 3;
    } else if matches!(doc.word(k), "after" | "before" | "during" | "at" | "following" | "outside")
    {
        // "said after the convention he would ...": a short setting, then the clause's subject.
        let subject = (k + 2..end.min(k + 8))
            .take_while(|&m| doc.is_word(m) || doc.is_number(m))
            .find(|&m| matches!(doc.word(m), "he" | "she" | "they" | "we" | "i"));
        if let Some(m) = subject {
            k = m;
        }
    }
    while k < end && doc.is_punct(k, ",") {
        k += 1;
    }
    if k < end && doc.is_word(k) && (k > start) { k } else { start }
}

/// Where an object content ("praised the plan", "called for more school investment") ends:
/// before a second verb ("... and extended benefits"), a comma that opens a relative or
/// adverbial clause, or the circumstances of the statement ("in a statement", "on Thursday").
pub(crate) fn object_end(doc: &Doc, start: usize, limit: usize) -> usize {
    let mut past = start + 1;
    for k in start + 1..limit {
        if k < past {
            continue;
        }
        let quoted_comma = closes_with_comma(doc, k);
        if doc.passage_at(k).is_some() && !quoted_comma {
            continue;
        }
        // "accused Rafael Cruz, who was born in Cuba, of associating with ...": an aside set
        // off inside the object, which goes on after it.
        if let Some(close) = inner_aside(doc, k, limit) {
            past = close + 1;
            continue;
        }
        let w = doc.word(k);
        let next = doc.word(k + 1);
        // A dash after the object adds a comment on it ("... “suburbs of St. Petersburg” — a
        // metaphor for ...").
        if is_dash(doc, k) {
            return k;
        }
        // "touting her record and saying ...": a second participle reports again.
        let participle = || cue(next).is_some_and(|c| c.kind == CueKind::Participle);
        let second_verb = matches!(w, "and" | "but")
            && (looks_verbal(next) && next.ends_with("ed") || participle())
            || w == "but"
                && matches!(
                    next,
                    "has"
                        | "had"
                        | "have"
                        | "was"
                        | "is"
                        | "would"
                        | "will"
                        | "also"
                        | "did"
                        | "does"
                        | "do"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                );
        let clause = (doc.is_punct(k, ",") || quoted_comma)
            && (matches!(
                next,
                "which"
                    | "who"
                    | "while"
                    | "although"
                    | "though"
                    | "but"
                    | "as"
                    | "after"
                    | "before"
                    | "when"
                    | "because"
                    | "even"
                    | "especially"
                    | "where"
                    | "should"
                    | "yet"
                    | "aside"
            ) || next.len() > 4 && next.ends_with("ing"));
        let subordinate = matches!(
            w,
            "because" | "although" | "though" | "while" | "unless" | "whereas" | "since"
        ) || w == "as" && (doc.is_cap(k + 1) || is_pronoun(next))
            || w == "even" && matches!(next, "if" | "though" | "as");
        // An adjunct after a comma ("her concerns, in large part") or a time ("the invasion
        // in 2003", "during his time on MSNBC").
        let adjunct = doc.is_punct(k, ",")
            && matches!(next, "in" | "on" | "at" | "with" | "during" | "amid" | "by" | "from")
            || w == "in" && doc.is_number(k + 1) && doc.raw(k + 1).len() == 4
            || matches!(w, "during" | "amid") && plain_phrase(doc, start..k)
            || w == "in" && is_month(next) && plain_phrase(doc, start..k);
        // "in a statement", "in early-morning tweets", "during his remarks".
        let owner = || matches!(next, "a" | "an" | "his" | "her" | "their" | "its");
        let plural = || {
            !owner()
                && (is_plural_statement(next)
                    || doc.is_word(k + 1) && is_plural_statement(doc.word(k + 2)))
        };
        let setting = matches!(w, "in" | "during") && plural()
            || matches!(w, "in" | "during")
                && owner()
                && matches!(
                    doc.word(k + 2),
                    "statement"
                        | "interview"
                        | "speech"
                        | "letter"
                        | "ruling"
                        | "tweet"
                        | "post"
                        | "op-ed"
                        | "memo"
                        | "report"
                        | "email"
                        | "video"
                        | "remarks"
                        | "comments"
                        | "testimony"
                        | "appearance"
                );
        // A time word at the end is the statement's setting ("praised the plan last week"),
        // not a noun of the object's own ("lost $9 million in a single year").
        let counted = || {
            matches!(doc.word(k - 1), "a" | "an" | "the" | "single" | "each" | "every")
                || doc.is_number(k - 1)
        };
        // A day's name right after a quotation is the statement's setting ("blasted Clinton as
        // a “disgrace” Wednesday on a radio show").
        let after_quote = doc.marks[k - 1] == Mark::Close && is_weekday(w);
        let day = w == "on" && is_time_word(next)
            || is_time_word(w) && k + 2 >= limit && !counted()
            || after_quote;
        if clause && quoted_comma {
            return k + 1;
        }
        let aside = doc.is_punct(k, "(") && is_subject_pronoun(next);
        if second_verb
            || clause
            || subordinate
            || setting
            || day
            || adjunct
            || aside
            || doc.is_punct(k, ";")
        {
            return k;
        }
    }
    limit
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Statements in the plural, which after "in" set the scene of a report ("in early-morning
/// tweets", "in interviews").
fn is_plural_statement(word: &str) -> bool {
    matches!(
        word,
        "tweets"
            | "posts"
            | "interviews"
            | "statements"
            | "remarks"
            | "comments"
            | "emails"
            | "speeches"
            | "videos"
            | "letters"
    )
}

/// True when the tokens of `range` hold no verb, infinitive or clause: a plain noun phrase
/// ("Democrats", "the Affordable Care Act as a “crazy system”"), after which "during" is the
/// statement's setting rather than part of a clause inside the object.
fn plain_phrase(doc: &Doc, range: Range<usize>) -> bool {
    range.into_iter().all(|m| {
        let w = doc.word(m);
        !(looks_verbal(w)
            || w.len() > 4 && w.ends_with("ing")
            || matches!(w, "to" | "when" | "that" | "who" | "which" | "is" | "was" | "are"))
    })
}

/// The closing comma or dash of an aside that opens at token `k` with the same mark and after
/// which the phrase goes on with a preposition of the cue ("Cruz, who was born in Cuba, of
/// associating") or a verb ("the top 1 percent -- those earning most -- would face").
fn inner_aside(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    let comma = doc.is_punct(k, ",");
    if !(comma || is_dash(doc, k)) || doc.passage_at(k).is_some() {
        return None;
    }
    let same = |m: usize| if comma { doc.is_punct(m, ",") } else { is_dash(doc, m) };
    let close = (k + 2..limit.min(k + 25))
        .take_while(|&m| !doc.is_punct(m, ";") && !doc.is_punct(m, ":"))
        .find(|&m| same(m) || !comma && doc.is_punct(m, ","))?;
    if !same(close) || doc.passage_at(close).is_some() {
        return None;
    }
    let goes_on = matches!(
        doc.word(close + 1),
        "of" | "for"
            | "with"
            | "about"
            | "against"
            | "would"
            | "will"
            | "could"
            | "should"
            | "might"
            | "may"
            | "must"
            | "has"
            | "had"
            | "have"
            | "is"
            | "was"
            | "are"
            | "were"
    );
    goes_on.then_some(close)
}

/// An adverb of manner in "-ly" ("repeatedly", "angrily"), not "only" or "family".
fn is_manner_adverb(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ly") && looks_verbal(word)
}

fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

/// True when token `k` closes a quotation whose words end with a comma ("was “true,” but"):
/// the comma then joins what follows as one outside the marks would.
pub(crate) fn closes_with_comma(doc: &Doc, k: usize) -> bool {
    doc.marks[k] == Mark::Close && k > 0 && doc.is_punct(k - 1, ",")
}

/// True when token `k` is a dash outside a quotation.
pub(crate) fn is_dash(doc: &Doc, k: usize) -> bool {
    ["—", "–", "--", "-", "―"].iter().any(|d| doc.is_punct(k, d)) && doc.passage_at(k).is_none()
}

/// Where a reported clause ("that ...", "if ...") ends: before a semicolon, or a comma or dash
/// that joins another clause with its own subject ("..., and rights groups warned", "— and
/// he noted", "..., although it may").
pub(crate) fn report_end(doc: &Doc, start: usize, limit: usize) -> usize {
    for k in start + 1..limit {
        // A semicolon, or an aside in parentheses with its own subject ("(they want ...").
        let aside = doc.is_punct(k, "(") && is_subject_pronoun(doc.word(k + 1));
        if (doc.is_punct(k, ";") || aside) && doc.passage_at(k).is_none() {
            return k;
        }
        // A purpose clause with its own subject: "to release the cash so the work could start".
        let purpose = doc.word(k) == "so"
            && (doc.word(k + 1) == "that"
                || doc.is_cap(k + 1)
                || is_pronoun(doc.word(k + 1))
                || matches!(doc.word(k + 1), "the" | "a" | "an"));
        if purpose && doc.passage_at(k).is_none() {
            return k;
        }
        let quoted_comma = closes_with_comma(doc, k);
        let joint = doc.is_punct(k, ",") || doc.is_punct(k, "—") || doc.is_punct(k, "--");
        // A comma right after the complementizer opens an aside inside the clause ("say that,
        // even if they thought it was appropriate, a recount could not be done").
        let opener = k == start + 1 && matches!(doc.word(start), "that" | "if" | "whether");
        if !quoted_comma && (!joint || doc.passage_at(k).is_some()) || opener {
            continue;
        }
        let next = doc.word(k + 1);
        let after = doc.word(k + 2);
        let verb = looks_verbal(after)
            || is_cue_modifier(after)
            || cue(after).is_some()
            || matches!(after, "not" | "also" | "then" | "still");
        // "said that X, and that Y": a second complement of the same cue.
        let complement = matches!(after, "that" | "also");
        let new_subject = doc.is_word(k + 2) && !verb && !complement;
        let joins = matches!(next, "and" | "but") && new_subject;
        let concedes = next == "even" && matches!(after, "as" | "if" | "though");
        // "..., yet refuses to ...": a second verb of the same subject.
        let yet = next == "yet" && verb;
        if joins
            || concedes
            || yet
            || matches!(next, "although" | "though" | "whereas" | "especially" | "aside")
        {
            return if quoted_comma { k + 1 } else { k };
        }
    }
    limit
}

/// Where a reported clause starting at `start` ends: before the sentence's final punctuation,
/// or before ", adding ..." that begins a second report.
pub(crate) fn clause_end(doc: &Doc, start: usize, end: usize) -> usize {
    for k in start + 1..end {
        let participle = |m: usize| doc.cue(m).is_some_and(|c| c.kind == CueKind::Participle);
        let next_is_participle = doc.is_punct(k, ",")
            && (participle(k + 1) || doc.word(k + 1) == "and" && participle(k + 2));
        // "... and says", "... and repeatedly says".
        let next_is_verb = matches!(doc.word(k), "and" | "but") && {
            let mut v = k + 1;
            while v < end && (is_cue_modifier(doc.word(v)) || is_manner_adverb(doc.word(v))) {
                v += 1;
            }
            doc.cue(v).is_some_and(|c| c.kind == CueKind::Verb)
        };
        if (next_is_participle || next_is_verb) && doc.passage_at(k).is_none() {
            return k;
        }
    }
    trimmed_end(doc, start, end)
}

/// The comma that closes a subordinate clause opening the sentence, when the cue at `cue_at`
/// lies in it ("Though she called for X, Clinton restricted ..."): the report ends there.
pub(crate) fn opening_clause_end(doc: &Doc, sent: &Range<usize>, cue_at: usize) -> usize {
    // "So when ...", "But if ...": the conjunction before the subordinator is passed.
    let lead = usize::from(matches!(doc.word(sent.start), "so" | "and" | "but" | "yet"));
    let first = doc.word(sent.start + lead);
    // A phrase that sets the scene for the main clause ("With leaders worried about X, Obama
    // is ...", "Contrary to his claim that X, there would be ...") bounds it as a clause does.
    let opens = is_subordinator(first)
        || matches!(
            first,
            "whereas" | "once" | "with" | "contrary" | "unlike" | "despite" | "amid"
        )
        || opens_with_participle(doc, sent, cue_at);
    if !opens || doc.marks[sent.start] != Mark::NotMark {
        return sent.end;
    }
    // The comma may stand inside a quotation's marks ("the “phony system,” Trump said").
    let comma = (sent.start..sent.end).find_map(|k| {
        if doc.is_punct(k, ",") && doc.passage_at(k).is_none() {
            Some(k)
        } else if closes_with_comma(doc, k) {
            Some(k + 1)
        } else {
            None
        }
    });
    // Commas may also stand inside the clause ("Lest you assume that my parents, James and
    // Olive Meehan, were ..., I should say"): the clause ends at the comma the main clause's
    // subject and verb follow, when one does.
    let Some(comma) = comma.filter(|&k| k > cue_at) else { return sent.end };
    after_opening_clause(doc, cue_at + 1, sent.end).map_or(comma, |p| p.start - 1)
}

/// The draft with its content cut before the first comma after `start` outside a quotation.
pub(crate) fn up_to_comma(doc: &Doc, mut d: Draft, start: usize) -> Draft {
    let comma = (start + 1..d.last).find(|&k| doc.is_punct(k, ",") && doc.passage_at(k).is_none());
    if let Some(k) = comma {
        d.content.end = doc.tokens[k - 1].span.end;
        d.last = k - 1;
    }
    d
}

/// True when the participle cue at `at` opens its sentence, alone or after a preposition
/// ("Bemoaning ...", "After saying ...").
pub(crate) fn opens_with_participle(doc: &Doc, sent: &Range<usize>, at: usize) -> bool {
    let participle = doc.cue(at).is_some_and(|c| c.kind == CueKind::Participle)
        || doc.word(at).ends_with("ing") && doc.word(at) != "according";
    participle
        && (at == sent.start || at == sent.start + 1 && is_clause_preposition(doc.word(sent.start)))
}

/// Prepositions that take a participle clause: "after saying", "despite admitting".
pub(crate) fn is_clause_preposition(word: &str) -> bool {
    matches!(word, "after" | "before" | "while" | "since" | "despite" | "upon" | "by" | "without")
}
