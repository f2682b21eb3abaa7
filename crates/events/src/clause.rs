//! Light clause analysis over one sentence: the reporting frame ("X said that …", "…, X
//! said"), clause boundaries, the main predicate of each clause, and its arguments.

use crate::args::{ACTOR_LABELS, Args, Ctx};
use crate::colloc;
use crate::lexicon::{self, Pos, Prep, Trigger, Word};
use crate::modal::Flags;
use parallax_model::Factuality;

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
    pub targets: Vec<usize>,
    pub place: Option<usize>,
    /// The mention of the speaker the clause is reported from.
    pub frame: Option<usize>,
    /// A mutual act of a compound subject: each party is the other's target.
    pub mutual: bool,
    /// True when the actor is a pronoun the caller should resolve.
    pub pronoun: bool,
}

/// A stretch of the sentence analysed on its own, with who reports it.
struct Part {
    range: (usize, usize),
    /// The reporting speaker, as the source of what the part says.
    source: Option<usize>,
    /// The subject of the sentence's reporting verb: the actor of pronouns and of bare
    /// nominal or adjectival predicates in the part.
    speakers: Vec<usize>,
    /// Where the reporting verb's complement starts, when the part is that complement.
    complement_of: Option<usize>,
}

/// Finds the events of one sentence: the main predicate, then other clauses only when they
/// hold a full verb or a strong event noun.
pub fn analyse(ctx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let mut main = false;
    for part in parts(ctx) {
        for (a, b) in clauses(ctx, part.range) {
            let Some((head, rank)) = head(ctx, a, b) else { continue };
            if main && rank > 0 {
                continue;
            }
            main = true;
            let mut found = build(ctx, head, (a, b), part.source);
            speakers_act(ctx, &part, &mut found);
            let inner = complement(ctx, &found, b);
            out.push(found);
            out.extend(inner);
        }
    }
    out.sort_by_key(|f| f.trigger);
    out
}

/// The actor of a predicate with no subject of its own inside a reported complement is the
/// speaker: "X said it would …", "X announced a suspension …", "X said the claims were
/// baseless".
fn speakers_act(ctx: &Ctx, part: &Part, f: &mut Found) {
    if !f.actors.is_empty() || part.speakers.is_empty() {
        return;
    }
    let t = ctx.s.trigger(f.trigger);
    let adjective = t.is_some_and(|t| t.pos == Pos::Adj);
    let object = part.complement_of.is_some_and(|c| f.trigger <= c + 4)
        && t.is_some_and(|t| t.pos == Pos::Noun);
    if f.pronoun || adjective || object {
        f.actors = part.speakers.clone();
        f.actors.retain(|m| !f.targets.contains(m));
        f.pronoun = false;
    }
}

/// The parts of a sentence: a trailing frame ("…, officials said") leaves the content
/// before it; a leading one ("X said on Friday that …") gives its complement and any
/// phrase fronted before the speaker.
fn parts(ctx: &Ctx) -> Vec<Part> {
    let s = ctx.s;
    let whole = || vec![Part::plain((0, s.len()), None)];
    let Some(r) = (0..s.len()).rev().find(|&i| s.word(i) == Some(Word::Report)) else {
        return whole();
    };
    trailing(ctx, r).or_else(|| leading(ctx, r)).unwrap_or_else(whole)
}

impl Part {
    fn plain(range: (usize, usize), source: Option<usize>) -> Part {
        Part { range, source, speakers: Vec::new(), complement_of: None }
    }
}

/// A reporting verb `r` with little after it: the content before ", X said" (or the whole
/// sentence when no comma sets the frame off). `None` when a complement follows `r`.
fn trailing(ctx: &Ctx, r: usize) -> Option<Vec<Part>> {
    let s = ctx.s;
    let n = s.len();
    if s.lower(r) == "according" {
        return Some(according(ctx, r));
    }
    let tail = (r + 1..n).filter(|&i| s.punct(i).is_none()).count();
    if tail > if s.lower(r) == "according" { 10 } else { 6 } {
        return None;
    }
    let verb = |i: usize| s.trigger(i).is_some_and(|t| t.pos == Pos::Verb);
    let comma = (r.saturating_sub(12)..r).rev().find(|&i| s.punct(i) == Some(','));
    let Some(c) = comma.filter(|&c| c > 0 && !(c + 1..n).any(verb)) else {
        return Some(vec![Part::plain((0, n), None)]);
    };
    let speaker = (c + 1..n).find(|&i| ctx.label(i).is_some_and(|l| ACTOR_LABELS.contains(&l)));
    Some(vec![Part::plain((0, c), speaker.and_then(|i| s.toks[i].mention))])
}

/// "…, according to X" (the content before the comma) or "According to X, …" (the content
/// after the comma that closes the source), attributed to X.
fn according(ctx: &Ctx, r: usize) -> Vec<Part> {
    let s = ctx.s;
    let n = s.len();
    let source_in = |a: usize, b: usize| {
        let at = (a..b).find(|&i| ctx.label(i).is_some_and(|l| ACTOR_LABELS.contains(&l)));
        at.and_then(|i| s.toks[i].mention)
    };
    if let Some(c) = (1..r).rev().find(|&i| s.punct(i) == Some(',')) {
        return vec![Part::plain((0, c), source_in(r + 1, n))];
    }
    match (r + 1..n).find(|&i| s.punct(i) == Some(',')) {
        Some(c) => vec![Part::plain((c + 1, n), source_in(r + 1, c))],
        None => vec![Part::plain((0, n), None)],
    }
}

/// "X said (on Friday) that …": the complement after `r`, reported by the subject right
/// before it, and the phrase fronted before the subject's clause. `None` without such a
/// subject.
fn leading(ctx: &Ctx, r: usize) -> Option<Vec<Part>> {
    let s = ctx.s;
    let seg = (0..r).rev().find(|&i| s.punct(i) == Some(',')).map_or(0, |c| c + 1);
    let speaker = ctx.nearest_before(seg, r)?;
    let speaker_end = ctx.token_of(speaker).map_or(r, |t| ctx.mention_end(t));
    let between = speaker_end + 1..r;
    let interrupted =
        between.clone().any(|i| s.trigger(i).is_some() || s.word(i) == Some(Word::Opener));
    if interrupted || between.len() > 6 {
        return None;
    }
    let speakers = ctx.conjuncts_in(speaker, ACTOR_LABELS, (seg, r));
    let complement = Part {
        range: (r + 1, s.len()),
        source: Some(speaker),
        speakers: speakers.clone(),
        complement_of: Some(r + 1),
    };
    let mut out = vec![complement];
    if seg > 1 {
        out.push(Part { range: (0, seg - 1), source: None, speakers, complement_of: None });
    }
    Some(out)
}

/// Clause ranges inside `range`: split at ";", ", which/while/but", ", with", and "and X"
/// followed by a verb.
fn clauses(ctx: &Ctx, range: (usize, usize)) -> Vec<(usize, usize)> {
    let s = ctx.s;
    let (first, cut) = range;
    let mut out = Vec::new();
    let mut start = first;
    for i in first + 1..cut {
        let comma_before = s.punct(i - 1) == Some(',');
        let boundary = s.punct(i) == Some(';')
            || (s.word(i) == Some(Word::Opener) && (comma_before || s.lower(i) == "but"))
            || (comma_before && s.lower(i) == "with")
            || (s.word(i) == Some(Word::And)
                && and_clause(ctx, i + 1)
                && (start..i).any(|j| s.trigger(j).is_some()));
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

/// The main trigger of a clause and its rank: full verbs, adjectives and light-verb objects
/// (0) before strong nouns (1), weak nouns (2), infinitives or gerunds (3) and nouns inside
/// an infinitive's phrase (4); anything in background material ("after …", "because …",
/// "who …") ranks 5 lower.
fn head(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, u8)> {
    let mut best: Option<(usize, u8)> = None;
    let mut background = false;
    let mut in_infinitive = false;
    for i in a..b {
        let w = ctx.s.lower(i);
        if matches!(ctx.s.punct(i), Some(',' | ';')) {
            background = false;
        } else if colloc::opens_background(w) {
            background = true;
        }
        let Some(t) = ctx.s.trigger(i) else { continue };
        let tok = &ctx.s.toks[i];
        let rank = match t.pos {
            _ if tok.light => 0,
            Pos::Verb | Pos::Adj if tok.nonfinite => 3,
            Pos::Verb | Pos::Adj => 0,
            Pos::Noun if in_infinitive => 4,
            Pos::Noun if t.strong => 1,
            Pos::Noun => 2,
        } + if background { 5 } else { 0 };
        in_infinitive |= tok.nonfinite;
        if best.is_none_or(|(_, r)| rank < r) {
            best = Some((i, rank));
        }
    }
    best
}

fn build(ctx: &Ctx, i: usize, clause: (usize, usize), frame: Option<usize>) -> Found {
    let s = ctx.s;
    let t = s.trigger(i).unwrap_or(Trigger { code: "", mode: None, pos: Pos::Noun, strong: false });
    let (a, b) = clause;
    let flags = Flags::scan(ctx, a, i);
    let (code, factuality) = flags.code_and_factuality(&t);
    let force = if code == "ASSAULT" { military_force(ctx, a, i) } else { None };
    let code = if force.is_some() { "FIGHT" } else { code };
    let passive = t.pos == Pos::Verb && is_passive(ctx, a, i);
    let mut found = Found {
        trigger: i,
        clause,
        code,
        mode: force.unwrap_or_else(|| mode(ctx, &t, code, i, b)),
        factuality,
        actors: Vec::new(),
        targets: Vec::new(),
        place: None,
        frame,
        pronoun: false,
        mutual: false,
    };
    if passive {
        found.actors = ctx.after_by(i, b).into_iter().collect();
        found.targets = ctx.passive_subject(a, i).into_iter().collect();
    } else if let Some((x, y)) = ctx.between(i, b) {
        found.actors = vec![x];
        found.targets = vec![y];
    } else if t.pos == Pos::Adj {
        let target = ctx.nearest_before(a, i);
        found.targets = target.map(|m| ctx.conjuncts(m, ACTOR_LABELS)).unwrap_or_default();
        let that = (a..i).rev().find(|&j| s.lower(j) == "that");
        let subject = target.and_then(|m| ctx.token_of(m)).map(|t| ctx.mention_start(t));
        let first = ctx.first_actor(a, that.or(subject).unwrap_or(i));
        found.actors = first.map(|m| ctx.conjuncts(m, ACTOR_LABELS)).unwrap_or_default();
        let taken: Vec<Option<usize>> = found.targets.iter().map(|m| ctx.entity(*m)).collect();
        found.actors.retain(|m| !taken.contains(&ctx.entity(*m)));
    } else {
        found.actors = match ctx.nearest_before(a, i) {
            Some(m) => ctx.conjuncts_in(m, ACTOR_LABELS, (a, i)),
            None => ctx.nearest_before(0, a).map(|m| vec![m]).unwrap_or_default(),
        };
    }
    if found.actors.is_empty() {
        found.pronoun = (a..i).any(|j| s.word(j) == Some(Word::Pronoun));
    }
    let args = ctx.after(i, b, &found.actors, passive);
    reciprocal(ctx, &mut found, &args);
    if found.code == "AID" && t.pos == Pos::Noun && (a..i).any(|j| receives(s.lower(j))) {
        std::mem::swap(&mut found.actors, &mut found.targets);
    }
    found
}

/// Verbs whose subject is the recipient of what the object names ("received shipments of
/// North Korean weapons").
fn receives(lower: &str) -> bool {
    lexicon::has_base(lower, &["receive", "obtain", "get", "acquire", "buy", "purchase"])
        || matches!(lower, "got" | "bought")
}

/// The mode of a killing or attack at `i` done by armed forces ("Russian aircraft killed",
/// "Serb forces attacked"), `Some(None)` when no weapon is named: PLOVER codes conventional
/// military force as FIGHT and keeps ASSAULT for unconventional violence.
fn military_force(ctx: &Ctx, a: usize, i: usize) -> Option<Option<&'static str>> {
    let lethal = ["kill", "attack", "wound", "shoot", "bomb", "strike", "shell"];
    if !lexicon::has_base(ctx.s.lower(i), &lethal) {
        return None;
    }
    let from = i.saturating_sub(6).max(a);
    let subject = (from..i).rev().take_while(|&j| ctx.s.punct(j).is_none());
    subject.map(|j| ctx.s.lower(j)).find_map(|w| match w {
        "aircraft" | "jets" | "warplanes" | "helicopters" | "gunships" | "tanks" | "artillery"
        | "missiles" | "rockets" | "warships" | "drones" => Some(Some("heavy-weapons")),
        "forces" | "troops" | "army" | "armies" | "navy" | "military" | "soldiers" => Some(None),
        _ => None,
    })
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
    let adjectival = matches!(w, "opposed" | "committed" | "determined" | "prepared");
    let mut j = i;
    while j > a {
        j -= 1;
        if ctx.s.lower(j).ends_with("ly") {
            continue;
        }
        let be = matches!(ctx.s.lower(j), "is" | "was" | "were" | "are" | "be" | "been" | "being");
        return participle && be && !adjectival;
    }
    false
}

/// Targets and place after the trigger; a mutual act of a compound subject (no "with X"
/// partner) makes each party the other's target.
fn reciprocal(ctx: &Ctx, f: &mut Found, args: &Args) {
    let (_, b) = f.clause;
    let cue = (f.trigger + 1..b).any(|j| matches!(ctx.s.lower(j), "ties" | "relations" | "other"));
    let mutual_code = matches!(f.code, "CONSULT" | "AGREE" | "COOPERATE" | "FIGHT") || cue;
    let partner_given = !f.targets.is_empty() || (args.with && !args.targets.is_empty());
    f.mutual = mutual_code && f.actors.len() >= 2 && !partner_given;
    if f.targets.is_empty() && !f.mutual {
        f.targets = args.targets.clone();
        if f.targets.is_empty() {
            f.targets.extend(args.place);
        }
    }
    f.place = args.place;
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
        inner.actors = outer.targets.clone();
        inner.factuality = Factuality::Alleged;
    } else {
        inner.actors = outer.actors.clone();
        inner.factuality = Factuality::Denied;
    }
    inner.targets = ctx.after(k, b, &inner.actors, false).targets;
    inner.mutual = false;
    inner.clause = outer.clause;
    Some(inner)
}
