//! The meaning of a recognised time expression, before it is anchored to a date.

use crate::lexicon::Unit;

/// How many units a duration or shift spans.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Qty {
    /// A known amount; halves are kept as tenths would not be needed in news text.
    N(f64),
    /// `several`, `a few`, a bare plural: TIMEX3 writes `X`.
    Vague,
}

/// Which occurrence of a named period an expression means, relative to the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pick {
    /// No word says: the tense decides.
    Bare,
    /// `last`: the one before the anchor's.
    Last,
    /// `next`: the one after the anchor's.
    Next,
    /// `this`: the one in the anchor's own period.
    This,
}

/// A recognised expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expr {
    /// A calendar date whose missing parts come from the anchor (`Oct. 13`, `1998`, `May 2001`).
    Date { year: Option<i32>, month: Option<u32>, day: Option<u32> },
    /// A month named with `last`, `next` or `this`, or with a relative year (`December last year`).
    Month { month: u32, pick: Pick, year_offset: Option<i32> },
    /// A decade written with its first three digits (`the 1990s`: 199).
    Decade(i32),
    /// A century written with its first two digits (`the 20th century`: 19).
    Century(i32),
    /// A weekday (ISO number), optionally with a part of the day.
    Weekday { wd: u32, pick: Pick, pod: Option<&'static str> },
    /// A day relative to the anchor (`yesterday` = -1), optionally with a part of the day.
    Day { offset: i64, pod: Option<&'static str> },
    /// The anchor's unit, shifted (`last week`, `this year`, `next month`).
    Unit { unit: Unit, offset: i32 },
    /// A season (`SU`) of a given or inferred year.
    Season { code: &'static str, year: Option<i32>, pick: Pick },
    /// A quarter; `q: None` is the quarter the document reports on; `back` years before it.
    Quarter { q: Option<u32>, year: Option<i32>, back: i32 },
    /// A half year (`H1`).
    Half { h: u32, year: Option<i32> },
    /// A point shifted from the anchor by an amount (`two years ago`, `a week later`).
    Shift { n: Qty, unit: Unit, dir: i32 },
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Ref(&'static str),
    /// A length of time.
    Duration { n: Qty, unit: Unit },
    /// A recurrence with its TIMEX3 value already known.
    Set(String),
    /// A clock time on a day given by another expression.
    Time { hour: u32, minute: u32, day: Box<Expr> },
    /// A quarter of the anchor's year shifted by `year_offset` (`next year's first quarter`).
    QuarterOfYear { q: u32, year_offset: i32 },
    /// A half of the anchor's year shifted by `year_offset` (`the first half of next year`).
    HalfOfYear { h: u32, year_offset: i32 },
    /// The period of the narrative's reference date, shifted (`that year`, `the following day`),
    /// optionally with a part of the day (`the next morning`).
    Anchored { unit: Unit, offset: i32, pod: Option<&'static str> },
    /// Thanksgiving: the fourth Thursday of November.
    Thanksgiving { pick: Pick },
    /// A day counted in days from another day (`the day before yesterday`: -1 from `yesterday`).
    DayShift { days: i64, base: Box<Expr> },
    /// The week that holds a day (`the week of March 6`).
    WeekOf(Box<Expr>),
}
