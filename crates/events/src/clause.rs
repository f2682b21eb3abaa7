//! Light clause analysis over one sentence: clause boundaries, the trailing reporting frame,
//! the head predicate of each clause, and its arguments by word order and prepositions.

use crate::lexicon::{self, Pos, Prep, Trigger, Word};
use crate::tokens::Sentence;
use parallax_model::{Factuality, Mention};

/// Labels that can act.
const ACTOR_LABELS: &[&str] = &["PERSON", "ORG", "GPE", "NORP"];
/// Labels that can be acted on.
const TARGET_LABELS: &[&str] = &["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"];

/// An event found in a sentence, before it is tied to the document's quotes and dates.
#[derive(Clone, Debug)]
pub struct Found {
    pub trigger: usize,
    /// Token range of the clause, end exclusive.
    pub clause: (usize, usize),
    pub code: &'static str,
    pub mode: Option<&'static str>,
    pub factuality: Factuality,
    /// Mention indices of the actors (a compound subject gives several).
    pub actors: Vec<usize>,
    pub target: Option<usize>,
    pub place: Option<usize>,
    /// The mention of a trailing "…, X said" or "according to X" frame.
    pub frame: Option<usize>,
    /// A mutual act of a compound subject: each party is the other's target.
    pub mutual: bool,
    /// True when the actor is a pronoun the caller should resolve.
    pub pronoun: bool,
}

/// Everything the analysis needs about one sentence.
pub struct Ctx<'a> {
    pub s: &'a Sentence,
    pub mentions: &'a [Mention],
}

impl Ctx<'_> {
    fn label(&self, i: usize) -> Option<&'static str> {
        let m = self.s.toks.get(i)?.mention?;
        self.mentions.get(m).map(|m| m.label)
    }

    fn entity(&self, mention: usize) -> Option<usize> {
        self.mentions.get(mention).map(|m| m.entity)
    }

    /// The first token of the mention covering token `i`.
    fn mention_start(&self, i: usize) -> usize {
        let m = self.s.toks[i].mention;
        let mut j = i;
        while j > 0 && self.s.toks[j - 1].mention == m {
            j -= 1;
        }
        j
    }

    fn mention_end(&self, i: usize) -> usize {
        let m = self.s.toks[i].mention;
        let mut j = i;
        while j + 1 < self.s.len() && self.s.toks[j + 1].mention == m {
            j += 1;
        }
        j
    }

    /// The preposition right before the mention at token `i`, skipping "the" and adjectives.
    fn prep_before(&self, i: usize, floor: usize) -> Option<Prep> {
        let mut j = self.mention_start(i);
        let mut steps = 0;
        while j > floor && steps < 3 {
            j -= 1;
            steps += 1;
            match self.s.word(j) {
                Some(Word::Prep(p)) => return Some(p),
                _ if matches!(self.s.lower(j), "the" | "a" | "an" | "its" | "their") => continue,
                _ if self.s.toks[j].mention.is_some() || self.s.punct(j).is_some() => return None,
                _ if self.s.word(j).is_some() => return None,
                _ => continue,
            }
        }
        None
    }
}

/// Finds the events of one sentence.
pub fn analyse(ctx: &Ctx) -> Vec<Found> {
    let n = ctx.s.len();
    let (cut, frame) = trailing_frame(ctx);
    let mut out = Vec::new();
    for (a, b) in clauses(ctx, cut) {
        let Some(head) = head(ctx, a, b) else { continue };
        let found = build(ctx, head, (a, b), frame);
        if let Some(inner) = complement(ctx, &found, b) {
            out.push(found);
            out.push(inner);
        } else {
            out.push(found);
        }
    }
    let _ = n;
    out
}

/// Where a trailing reporting frame (", officials said", ", according to X") starts, and the
/// mention naming its speaker.
fn trailing_frame(ctx: &Ctx) -> (usize, Option<usize>) {
    let s = ctx.s;
    let n = s.len();
    let Some(report) = (0..n).rev().find(|&i| s.word(i) == Some(Word::Report)) else {
        return (n, None);
    };
    let Some(comma) = (0..report).rev().find(|&i| s.punct(i) == Some(',')) else {
        return (n, None);
    };
    if comma == 0 || (comma + 1..n).any(|i| s.trigger(i).is_some_and(|t| t.pos == Pos::Verb)) {
        return (n, None);
    }
    let speaker = (comma + 1..n).find(|&i| ctx.label(i).is_some_and(|l| ACTOR_LABELS.contains(&l)));
    (comma, speaker.and_then(|i| s.toks[i].mention))
}

/// Clause ranges inside `[0, cut)`: split at ";", ", which/while/but", ", with", and "and X"
/// followed by a verb.
fn clauses(ctx: &Ctx, cut: usize) -> Vec<(usize, usize)> {
    let s = ctx.s;
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..cut {
        let comma_before = s.punct(i - 1) == Some(',');
        let boundary = s.punct(i) == Some(';')
            || (s.word(i) == Some(Word::Opener) && (comma_before || s.lower(i) == "but"))
            || (comma_before && s.lower(i) == "with")
            || (s.word(i) == Some(Word::And) && and_clause(ctx, i + 1));
        if boundary {
            if i > start {
                out.push((start, i));
            }
            start = if s.lower(i) == "with" || s.word(i) == Some(Word::And) { i + 1 } else { i };
        }
    }
    if cut > start {
        out.push((start, cut));
    }
    out
}

/// True when a mention starts at `i` and a verb trigger follows it.
fn and_clause(ctx: &Ctx, i: usize) -> bool {
    if ctx.label(i).is_none() {
        return false;
    }
    let end = ctx.mention_end(i) + 1;
    ctx.s.trigger(end).is_some_and(|t| t.pos == Pos::Verb)
}

/// The head trigger of a clause: the first strong one, else the first.
fn head(ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let mut first = None;
    for i in a..b {
        if let Some(t) = ctx.s.trigger(i) {
            if t.strong {
                return Some(i);
            }
            first = first.or(Some(i));
        }
    }
    first
}

fn build(ctx: &Ctx, i: usize, clause: (usize, usize), frame: Option<usize>) -> Found {
    let s = ctx.s;
    let t = s.trigger(i).unwrap_or(Trigger { code: "", mode: None, pos: Pos::Noun, strong: false });
    let (a, b) = clause;
    let flags = Flags::scan(ctx, a, i);
    let (code, factuality) = flags.code_and_factuality(&t);
    let passive = t.pos == Pos::Verb && is_passive(ctx, a, i);
    let mut found = Found {
        trigger: i,
        clause,
        code,
        mode: mode(ctx, &t, code, i, b),
        factuality,
        actors: Vec::new(),
        target: None,
        place: None,
        frame,
        pronoun: false,
        mutual: false,
    };
    if passive {
        found.actors = after_by(ctx, i, b).into_iter().collect();
        found.target = nearest_before(ctx, a, i);
    } else if let Some((x, y)) = between(ctx, i, b) {
        found.actors = vec![x];
        found.target = Some(y);
    } else if t.pos == Pos::Adj {
        found.target = nearest_before(ctx, a, i);
        found.actors = first_actor(ctx, i).map(|m| conjuncts(ctx, m)).unwrap_or_default();
        found.actors.retain(|m| Some(ctx.entity(*m)) != found.target.map(|x| ctx.entity(x)));
    } else {
        let seed = nearest_before(ctx, a, i).or_else(|| nearest_before(ctx, 0, a));
        found.actors = seed.map(|m| conjuncts(ctx, m)).unwrap_or_default();
    }
    if found.actors.is_empty() {
        found.pronoun = (a..i).any(|j| s.word(j) == Some(Word::Pronoun));
    }
    let (target, place) = after(ctx, i, b, &found.actors);
    found.target = found.target.or(target).or(place);
    found.place = place;
    reciprocal(ctx, &mut found);
    found
}

/// Modal and negation cues between the clause start and the trigger.
#[derive(Default)]
struct Flags {
    neg: bool,
    hedge: bool,
    future: bool,
    hypothetical: bool,
    alleged: bool,
}

impl Flags {
    fn scan(ctx: &Ctx, a: usize, i: usize) -> Flags {
        let mut f = Flags::default();
        let near = i.saturating_sub(4).max(a);
        for j in a..i {
            match ctx.s.word(j) {
                Some(Word::Neg) if j >= near => f.neg = true,
                Some(Word::Hedge) if j >= near => f.hedge = true,
                Some(Word::Future) if j >= near => f.future = true,
                Some(Word::Hypothetical) => f.hypothetical = true,
                Some(Word::Alleged) if j >= near => f.alleged = true,
                _ => {}
            }
        }
        f
    }

    /// The PLOVER type and factuality: a negated acceptance is a rejection; an intended
    /// cooperative act is AGREE and an intended hostile one THREATEN, as PLOVER codes intents.
    fn code_and_factuality(&self, t: &Trigger) -> (&'static str, Factuality) {
        let cooperative =
            matches!(t.code, "AGREE" | "SUPPORT" | "COOPERATE" | "CONSULT" | "AID" | "CONCEDE");
        if self.neg && t.pos == Pos::Verb && cooperative {
            return ("REJECT", Factuality::Asserted);
        }
        if self.neg {
            return (t.code, Factuality::Denied);
        }
        let intent = (self.future || self.hypothetical) && t.pos == Pos::Verb;
        let code = match t.code {
            _ if !intent => t.code,
            "CONSULT" | "SUPPORT" | "COOPERATE" | "AID" | "CONCEDE" => "AGREE",
            "RETREAT" => "AGREE",
            "COERCE" | "SANCTION" | "ASSAULT" | "FIGHT" | "MOBILIZE" => "THREATEN",
            other => other,
        };
        let factuality = if self.hypothetical {
            Factuality::Hypothetical
        } else if self.hedge {
            Factuality::Hedged
        } else if self.alleged {
            Factuality::Alleged
        } else if self.future {
            Factuality::Planned
        } else {
            Factuality::Asserted
        };
        (code, factuality)
    }
}

/// The trigger's mode, with AID made military by a military object.
fn mode(ctx: &Ctx, t: &Trigger, code: &'static str, i: usize, b: usize) -> Option<&'static str> {
    if code != t.code {
        return None;
    }
    if code == "AID" {
        let from = i.saturating_sub(1);
        let military = (from..b.min(i + 12)).any(|j| lexicon::is_military(ctx.s.lower(j)));
        return military.then_some("military").or(t.mode);
    }
    t.mode
}

fn is_passive(ctx: &Ctx, a: usize, i: usize) -> bool {
    let w = ctx.s.lower(i);
    let participle = w.ends_with("ed") || w.ends_with("en") || matches!(w, "met" | "sent" | "shot");
    let mut j = i;
    while j > a {
        j -= 1;
        if ctx.s.lower(j).ends_with("ly") {
            continue;
        }
        let be = matches!(ctx.s.lower(j), "is" | "was" | "were" | "are" | "be" | "been" | "being");
        return participle && be;
    }
    false
}

/// An actor mention eligible as subject: an acting label not governed by a preposition.
fn subject_like(ctx: &Ctx, j: usize, floor: usize) -> bool {
    ctx.label(j).is_some_and(|l| ACTOR_LABELS.contains(&l)) && ctx.prep_before(j, floor).is_none()
}

/// The nearest subject-like mention in `[a, i)`.
fn nearest_before(ctx: &Ctx, a: usize, i: usize) -> Option<usize> {
    (a..i).rev().find(|&j| subject_like(ctx, j, a)).and_then(|j| ctx.s.toks[j].mention)
}

/// The first subject-like mention of the sentence before token `i`.
fn first_actor(ctx: &Ctx, i: usize) -> Option<usize> {
    (0..i).find(|&j| subject_like(ctx, j, 0)).and_then(|j| ctx.s.toks[j].mention)
}

/// A mention and the mentions joined to it by "and", "," or a possessive.
fn conjuncts(ctx: &Ctx, mention: usize) -> Vec<usize> {
    let s = ctx.s;
    let Some(at) = (0..s.len()).find(|&j| s.toks[j].mention == Some(mention)) else {
        return vec![mention];
    };
    let mut out = vec![mention];
    let mut j = ctx.mention_start(at);
    while let Some(prev) = joined(ctx, j, false) {
        out.insert(0, s.toks[prev].mention.unwrap_or(mention));
        j = ctx.mention_start(prev);
    }
    let mut j = ctx.mention_end(at);
    while let Some(next) = joined(ctx, j, true) {
        out.push(s.toks[next].mention.unwrap_or(mention));
        j = ctx.mention_end(next);
    }
    let mut seen = Vec::new();
    out.retain(|m| {
        let e = ctx.entity(*m);
        let fresh = !seen.contains(&e);
        seen.push(e);
        fresh
    });
    out
}

/// The token of the mention joined to the one at `edge` by "and"/"," (after it when `forward`).
fn joined(ctx: &Ctx, edge: usize, forward: bool) -> Option<usize> {
    let s = ctx.s;
    let mut j = edge;
    let mut saw_and = false;
    for _ in 0..4 {
        j = if forward { j + 1 } else { j.checked_sub(1)? };
        if j >= s.len() {
            return None;
        }
        match s.lower(j) {
            "'s" | "’s" | "'" => continue,
            "and" | "," => {
                saw_and = true;
                continue;
            }
            _ => {}
        }
        let acting = ctx.label(j).is_some_and(|l| ACTOR_LABELS.contains(&l));
        return (saw_and && acting).then_some(j);
    }
    None
}

/// "X of/between A and B": the two parties of a nominal event.
fn between(ctx: &Ctx, i: usize, b: usize) -> Option<(usize, usize)> {
    let j = (i + 1..b.min(i + 3)).find(|&j| ctx.s.word(j) == Some(Word::Prep(Prep::Between)))?;
    let x = (j + 1..b).find(|&k| ctx.label(k).is_some())?;
    let after_x = ctx.mention_end(x) + 1;
    if ctx.s.word(after_x) != Some(Word::And) {
        return None;
    }
    let y = (after_x + 1..b).find(|&k| ctx.label(k).is_some())?;
    Some((ctx.s.toks[x].mention?, ctx.s.toks[y].mention?))
}

/// The agent after "by" in a passive clause.
fn after_by(ctx: &Ctx, i: usize, b: usize) -> Option<usize> {
    let by = (i + 1..b).find(|&j| ctx.s.word(j) == Some(Word::Prep(Prep::By)))?;
    let j = (by + 1..b.min(by + 5)).find(|&j| ctx.label(j).is_some())?;
    ctx.s.toks[j].mention
}

/// The target (first object-side mention not governed by a place or time preposition) and
/// the place ("in Seoul") after the trigger.
fn after(ctx: &Ctx, i: usize, b: usize, actors: &[usize]) -> (Option<usize>, Option<usize>) {
    let actor_entities: Vec<usize> = actors.iter().filter_map(|m| ctx.entity(*m)).collect();
    let (mut target, mut place) = (None, None);
    let mut j = i + 1;
    while j < b {
        let Some(label) = ctx.label(j) else {
            j += 1;
            continue;
        };
        let m = ctx.s.toks[j].mention;
        let prep = ctx.prep_before(j, i);
        let placey = matches!(label, "GPE" | "LOC" | "FAC");
        if prep == Some(Prep::Place) && placey {
            place = place.or(m);
        } else if target.is_none()
            && TARGET_LABELS.contains(&label)
            && !matches!(prep, Some(Prep::Other | Prep::Place | Prep::By))
            && !m.and_then(|m| ctx.entity(m)).is_some_and(|e| actor_entities.contains(&e))
        {
            target = m;
        }
        j = ctx.mention_end(j) + 1;
    }
    (target, place)
}

/// A reciprocal event with a compound subject and no target: each party is the other's target.
fn reciprocal(ctx: &Ctx, f: &mut Found) {
    let mutual = matches!(f.code, "CONSULT" | "AGREE" | "COOPERATE" | "FIGHT");
    f.mutual = mutual && f.target.is_none() && f.actors.len() >= 2;
    let _ = ctx;
}

/// The event inside "accuse X of V-ing" (alleged) or "deny V-ing" (denied).
fn complement(ctx: &Ctx, outer: &Found, b: usize) -> Option<Found> {
    let t = ctx.s.trigger(outer.trigger)?;
    let accuse = lexicon::takes_of_complement(&t);
    let deny = outer.code == "REJECT" && t.pos == Pos::Verb;
    if !accuse && !deny {
        return None;
    }
    let verb = |k: usize| ctx.s.trigger(k).is_some_and(|x| x.pos == Pos::Verb);
    let k = if accuse {
        let of = (outer.trigger + 1..b).find(|&k| ctx.s.word(k) == Some(Word::Prep(Prep::Of)))?;
        (of + 1..b.min(of + 3)).find(|&k| verb(k))?
    } else {
        let denial = matches!(ctx.s.lower(outer.trigger), "deny" | "denied" | "denies" | "denying");
        let k = (outer.trigger + 1..b.min(outer.trigger + 3)).find(|&k| verb(k))?;
        (denial && ctx.s.lower(k).ends_with("ing")).then_some(k)?
    };
    let mut inner = build(ctx, k, (outer.trigger + 1, b), outer.frame);
    if accuse {
        inner.actors = outer.target.into_iter().collect();
        inner.factuality = Factuality::Alleged;
    } else {
        inner.actors = outer.actors.clone();
        inner.factuality = Factuality::Denied;
    }
    let (target, _) = after(ctx, k, b, &inner.actors);
    inner.target = target;
    inner.clause = outer.clause;
    Some(inner)
}
