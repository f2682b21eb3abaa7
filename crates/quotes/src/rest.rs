//! What follows a cue in its sentence, and whether the cue reports what came before it: "“We
//! win,” Trump said on Monday." reports backward, "Trump said on Monday that ..." forward.

use crate::doc::Doc;
use crate::marks::Mark;
use std::ops::Range;

/// What follows a cue (and its hearer) in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rest {
    /// Nothing, or only adjuncts ("on Thursday", "in a statement") and final punctuation.
    Empty,
    /// A comma and more words: an apposition, a participle, or the rest of an interrupted clause.
    Comma,
    /// A quotation opens (after adjuncts, a comma or a colon).
    Quote,
    /// A reported clause.
    Clause,
}

/// How far into adjuncts after a cue "that" still opens its report ("said in a statement on
/// Monday that").
const REPORT_REACH: usize = 6;

pub(crate) fn rest(doc: &Doc, from: usize, end: usize) -> Rest {
    let mut k = from;
    let mut comma = false;
    // Punctuation and manner adverbs ("said sarcastically", "told reporters bluntly") are passed.
    while k < end && (!doc.is_word(k) && !doc.is_number(k) || is_manner(doc, k)) {
        if doc.marks[k] == Mark::Open {
            return Rest::Quote;
        }
        // A parenthesis after a postposed speaker ("said Rep. Jane Doe (D-Ore.), ...").
        if doc.is_punct(k, "(")
            && let Some(close) = (k + 1..end.min(k + 10)).find(|&m| doc.is_punct(m, ")"))
        {
            k = close + 1;
            continue;
        }
        comma |= doc.is_punct(k, ",");
        k += 1;
    }
    if k >= end {
        return Rest::Empty;
    }
    if comma {
        return Rest::Comma;
    }
    let first = doc.word(k);
    let adjunct = matches!(
        first,
        "on" | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "last"
            | "of"
            | "to"
            | "from"
            | "while"
            | "when"
            | "as"
            | "about"
            | "with"
            | "outside"
            | "inside"
            | "earlier"
            | "recently"
            | "late"
            | "early"
            | "afterward"
            | "afterwards"
            | "later"
            | "then"
            | "again"
            | "also"
            | "this"
            | "twice"
            | "over"
            | "by"
            | "via"
            | "through"
            | "following"
            | "ahead"
            | "for"
            | "under"
            | "amid"
            | "despite"
            | "without"
            | "into"
    ) || crate::lexicon::is_time_word(first)
        || crate::phrase::is_month(first)
        || span_of_time(doc, k);
    let stop = (k..end).find(|&m| doc.is_punct(m, ",") || doc.marks[m] != Mark::NotMark);
    let stretch = stop.unwrap_or(end) - k;
    // An adverbial clause ("said as she marched", "told reporters after the meeting that was
    // held") runs as long as it likes; "that" opens a report unless a verb follows it at once.
    let subordinate = matches!(first, "as" | "while" | "when" | "after" | "before");
    // Further in, "that" opens a relative clause ("after the meeting that ...").
    let near = stretch.min(REPORT_REACH);
    // A "that" after a participle is that participle's ("said at a news conference announcing
    // that ...").
    let reports = (k..k + near).any(|m| {
        let participle = m > k && doc.word(m - 1).ends_with("ing");
        // "that night", "that day": a determiner of time.
        let time = crate::lexicon::is_time_word(doc.word(m + 1));
        doc.word(m) == "that" && !is_finite(doc.word(m + 1)) && !participle && !time
    });
    // "to" before a verb opens an infinitive ("promised to fix"), before a hearer an adjunct.
    let infinitive = first == "to" && !crate::phrase::to_hearer(doc, k + 1);
    // The setting may carry a participle with its own report: "said at a recent news
    // conference announcing that ...".
    let carried = (k + 1..k + stretch.min(REPORT_REACH + 2))
        .any(|m| doc.word(m).ends_with("ing") && doc.word(m + 1) == "that");
    if adjunct && !infinitive && carried {
        return Rest::Empty;
    }
    if !adjunct || infinitive || stretch > 14 && !subordinate || reports {
        return Rest::Clause;
    }
    match stop {
        Some(m) if doc.marks[m] == Mark::Open => Rest::Quote,
        Some(m) if doc.is_punct(m, ",") => Rest::Comma,
        _ => Rest::Empty,
    }
}

/// True when an amount of time starts at `k` ("several months after", "two days later").
fn span_of_time(doc: &Doc, k: usize) -> bool {
    let amount = doc.is_number(k)
        || matches!(
            doc.word(k),
            "several" | "a" | "few" | "two" | "three" | "four" | "five" | "some" | "many"
        );
    let unit = matches!(
        doc.word(k + 1),
        "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "day"
            | "week"
            | "month"
            | "year"
            | "hour"
            | "minute"
            | "decade"
            | "decades"
    );
    // "months later", "weeks ago".
    let bare_unit =
        matches!(
            doc.word(k),
            "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "decades"
        ) && matches!(doc.word(k + 1), "later" | "ago" | "earlier" | "before" | "after");
    amount && unit || bare_unit
}

/// True for a lower-case manner adverb ("sarcastically", "dryly"), not "only", "early" or a
/// noun such as "family".
fn is_manner(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    w.len() >= 5
        && w.ends_with("ly")
        && !doc.is_cap(k)
        && !matches!(
            w,
            "early"
                | "lately"
                | "daily"
                | "weekly"
                | "monthly"
                | "yearly"
                | "likely"
                | "family"
                | "supply"
                | "reply"
                | "rally"
                | "assembly"
                | "ally"
        )
}

/// True for a finite verb that makes "that" before it a relative pronoun ("the meeting that
/// was held").
fn is_finite(w: &str) -> bool {
    matches!(
        w,
        "was" | "is" | "were" | "are" | "has" | "had" | "have" | "will" | "would" | "could" | "can"
    )
}

/// True when a cue whose speaker starts at `speaker_start` reports what came before it.
pub(crate) fn reports_backward(
    doc: &Doc,
    speaker_start: usize,
    sent: &Range<usize>,
    r: Rest,
) -> bool {
    let Some(b) = speaker_start.checked_sub(1) else { return false };
    // A relative pronoun's cue reports within its clause: "the mayor, who promised to ...".
    if matches!(doc.word(speaker_start), "who" | "which") {
        return false;
    }
    let close = doc.marks[b] == Mark::Close;
    if speaker_start == sent.start {
        // "“We win.” Trump said." across a sentence break, in one paragraph (also "Trump said,
        // looking at the crowd.").
        return close && matches!(r, Rest::Empty | Rest::Comma) && !doc.para_start[speaker_start];
    }
    let boundary = close || doc.is_punct(b, ",") || doc.is_punct(b, "—");
    let comma_close = doc.is_punct(b, ",") && b > 0 && doc.marks[b - 1] == Mark::Close;
    boundary
        && match r {
            Rest::Empty | Rest::Comma => true,
            Rest::Quote => close || comma_close,
            Rest::Clause => false,
        }
}
