//! The recogniser: one left-to-right pass over a sentence's tokens, taking at each position the
//! longest expression any rule matches there.

use crate::expr::Expr;
use crate::lexicon;
use crate::rules;
use crate::token::{Kind, Tok};

/// A recognised expression over tokens `start..end` of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
}

/// A rule: the end of its match at token `i` and what it means.
pub(crate) type Rule = fn(&Cur<'_>, usize) -> Option<(usize, Expr)>;

/// Read access to a sentence's tokens with small helpers for the rules.
pub(crate) struct Cur<'a> {
    pub t: &'a [Tok],
}

impl Cur<'_> {
    /// The lower-case word at `i`, or `""` past the end.
    pub fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.low.as_str())
    }

    /// The word before `i`, or `""`.
    pub fn prev(&self, i: usize) -> &str {
        if i == 0 { "" } else { self.w(i - 1) }
    }

    pub fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    /// Token `i` starts with a capital letter.
    pub fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|t| t.kind)
    }

    /// `i + 1` when token `i` is `s`, else `i`: for optional words.
    pub fn opt(&self, i: usize, s: &str) -> usize {
        if self.is(i, s) { i + 1 } else { i }
    }

    /// A plain number at `i`.
    pub fn digits(&self, i: usize) -> Option<u32> {
        self.t.get(i).and_then(Tok::digits)
    }

    /// A day of the month at `i` (`13`, `13th`), not followed by a clock or a thousands group.
    pub fn day(&self, i: usize) -> Option<u32> {
        let t = self.t.get(i)?;
        let w = t.low.as_str();
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        if t.kind != Kind::Num || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        let d: u32 = digits.parse().ok()?;
        let clock = (self.is(i + 1, ":") && self.digits(i + 2).is_some()) || self.is(i + 1, "%");
        ((1..=31).contains(&d) && digits.len() <= 2 && !clock).then_some(d)
    }

    /// A four-digit year at `i` that is not an amount (`$1998`, `1998 people`).
    ///
    /// After a word that introduces a time (`in 1980 to ...`, `from 1991 to 1997`,
    /// `fiscal 1989 sales`, `the 1992 protests`) only a percentage is taken for an amount.
    pub fn year(&self, i: usize) -> Option<i32> {
        let t = self.t.get(i)?;
        let y = t.digits()?;
        if t.low.len() != 4 || !(1000..=2199).contains(&y) {
            return None;
        }
        let before = self.prev(i);
        if matches!(before, "$" | "£" | "€" | "#" | "no" | "number" | "route" | "flight" | "room")
        {
            return None;
        }
        let next = self.t.get(i + 1);
        let percent = next.is_some_and(|n| matches!(n.low.as_str(), "%" | "percent"));
        if YEAR_CUES.contains(&before) && !percent {
            return Some(y as i32);
        }
        let amount = next.is_some_and(|n| {
            matches!(n.low.as_str(), "%" | "percent" | "to" | "-")
                || (n.kind == Kind::Word && !n.cap && n.low.ends_with('s') && n.low.len() > 3)
        });
        (!amount || self.is(i + 2, "quarter")).then_some(y as i32)
    }

    /// A capitalised month name at `i`, and the index after it (and after an abbreviation's dot).
    pub fn month(&self, i: usize) -> Option<(u32, usize)> {
        let m = lexicon::month(self.w(i))?;
        if !self.cap(i) || self.is_march_event(i) {
            return None;
        }
        let full = self.w(i).len() > 4 || matches!(self.w(i), "may" | "june" | "july");
        let j = if full { i + 1 } else { self.opt(i + 1, ".") };
        (full || j > i + 1 || self.day(i + 1).is_some()).then_some((m, j))
    }
}

impl Cur<'_> {
    /// `March` as the name of a procession (`the March for Life`, `the March of the Mothers`,
    /// `a March on Washington`): a capitalised name follows `for`, `of` or `on`.
    fn is_march_event(&self, i: usize) -> bool {
        let calendar =
            |k: usize| lexicon::weekday(self.w(k)).is_some() || lexicon::month(self.w(k)).is_some();
        let named = |k: usize| self.cap(k) && self.kind(k) == Some(Kind::Word) && !calendar(k);
        self.is(i, "march")
            && matches!(self.w(i + 1), "for" | "of" | "on")
            && (named(i + 2) || (self.is(i + 2, "the") && named(i + 3)))
    }
}

/// Words after which a four-digit number in the calendar's range is a year.
const YEAR_CUES: &[&str] =
    &["in", "since", "fiscal", "during", "until", "from", "the", "early", "late", "mid", "between"];

/// Finds the expressions of one sentence.
pub(crate) fn find(toks: &[Tok]) -> Vec<Hit> {
    let c = Cur { t: toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match best_at(&c, i) {
            Some(h) => {
                i = h.end;
                out.push(h);
            }
            None => i += 1,
        }
    }
    out
}

/// The longest match at `i` over all rules, with leading modifiers included.
fn best_at(c: &Cur<'_>, i: usize) -> Option<Hit> {
    if !may_start(c, i) {
        return None;
    }
    let mut best: Option<Hit> = None;
    let mut consider = |start: usize, end: usize, expr: Expr| {
        if end > i && best.as_ref().is_none_or(|b| end > b.end) {
            best = Some(Hit { start, end, expr });
        }
    };
    for rule in rules::ALL {
        if let Some((end, e)) = rule(c, i) {
            consider(i, end, e);
        }
    }
    if let Some(k) = period_prefix(c, i) {
        for rule in rules::ALL {
            if let Some((end, e)) = rule(c, k).filter(|(_, e)| is_point(e)) {
                consider(i, end, e);
            }
        }
    }
    if let Some((end, e)) = amount_prefix(c, i).and_then(|k| rules::quantity(c, k)) {
        consider(i, end, e);
    }
    best
}

/// Whether any rule can match at `i`: a cheap test that lets most tokens skip the rules.
fn may_start(c: &Cur<'_>, i: usize) -> bool {
    let Some(t) = c.t.get(i) else { return false };
    if t.kind == Kind::Num {
        return true;
    }
    let w = t.low.as_str();
    if t.kind == Kind::Punct {
        return matches!(w, "'" | "’");
    }
    lexicon::month(w).is_some()
        || lexicon::weekday(w).is_some()
        || lexicon::unit(w).is_some()
        || lexicon::small_number(w).is_some()
        || lexicon::ordinal(w).is_some()
        || lexicon::part_of_day(w).is_some()
        || lexicon::season(w).is_some()
        || lexicon::frequency(w).is_some()
        || lexicon::vague_quantity(w)
        || lexicon::approximator(w)
        || lexicon::period_modifier(w)
        || TRIGGERS.contains(&w)
}

/// Other words an expression can start with.
const TRIGGERS: &[&str] = &[
    "the",
    "a",
    "an",
    "per",
    "half",
    "last",
    "this",
    "next",
    "past",
    "coming",
    "current",
    "previous",
    "following",
    "same",
    "latest",
    "recent",
    "fiscal",
    "calendar",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "currently",
    "nowadays",
    "present",
    "these",
    "recently",
    "lately",
    "as",
    "every",
    "each",
    "once",
    "twice",
    "thrice",
    "noon",
    "midday",
    "midnight",
    "christmas",
    "thanksgiving",
    "independence",
    "new",
    "year",
    "more",
    "less",
    "fewer",
    "at",
    "up",
    "no",
    "well",
    "sometime",
    "comparable",
    "that",
];

/// Expressions that name a point or period of the calendar (modifiers like `late` apply).
fn is_point(e: &Expr) -> bool {
    !matches!(e, Expr::Duration { .. } | Expr::Set(_) | Expr::Ref(_))
}

/// The index after `the end of`, `early`, `mid-` and the like, if they start at `i`.
fn period_prefix(c: &Cur<'_>, i: usize) -> Option<usize> {
    if c.is(i, "the")
        && matches!(c.w(i + 1), "end" | "beginning" | "start" | "middle" | "close" | "turn")
        && c.is(i + 2, "of")
    {
        return Some(i + 3);
    }
    if c.is(i, "the") && matches!(c.w(i + 1), "early" | "late" | "mid") {
        return Some(c.opt(i + 2, "-"));
    }
    if lexicon::period_modifier(c.w(i)) || c.is(i, "sometime") {
        let k = c.opt(i + 1, "-");
        return Some(if c.is(k, "in") { k + 1 } else { k });
    }
    None
}

/// The index after `more than`, `at least`, `nearly` and the like, if they start at `i`.
fn amount_prefix(c: &Cur<'_>, i: usize) -> Option<usize> {
    match (c.w(i), c.w(i + 1), c.w(i + 2)) {
        ("more" | "less" | "fewer", "than", _) => Some(i + 2),
        ("at", "least" | "most", _) => Some(i + 2),
        ("up", "to", _) => Some(i + 2),
        ("no", "more" | "less", "than") => Some(i + 3),
        ("well", "over" | "under", _) => Some(i + 2),
        // `over the next two years`: a preposition before an article, not "more than".
        ("over" | "under", "the", _) => None,
        (w, _, _) if lexicon::approximator(w) => Some(i + 1),
        _ => None,
    }
}
