//! The arguments of a predicate: subjects by word order (past appositions, through "groups
//! of" and "rebels in"), objects and places by prepositions, conjoined parties, and the head
//! of a titled name ("South Korean Foreign Minister Park Jin" → Park Jin).

use crate::colloc;
use crate::lexicon::{Prep, Word};
use crate::tokens::Sentence;
use parallax_model::Mention;

/// Labels that can act.
pub const ACTOR_LABELS: &[&str] = &["PERSON", "ORG", "GPE", "NORP"];
/// Labels that can be acted on.
const TARGET_LABELS: &[&str] = &["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"];

/// Everything the analysis needs about one sentence.
pub struct Ctx<'a> {
    pub s: &'a Sentence,
    pub mentions: &'a [Mention],
}

/// Nouns of groups and quantities, and sector words: "a group of X", "rebels in X" and
/// "activists from X" leave X the subject.
fn is_group_noun(lower: &str) -> bool {
    matches!(
        lower,
        "group"
            | "groups"
            | "number"
            | "delegation"
            | "team"
            | "member"
            | "members"
            | "thousands"
            | "hundreds"
            | "dozens"
            | "millions"
            | "scores"
            | "some"
            | "most"
            | "many"
            | "all"
            | "majority"
            | "rebels"
            | "forces"
            | "police"
            | "officials"
            | "authorities"
            | "opposition"
            | "leaders"
            | "troops"
            | "activists"
            | "soldiers"
            | "militants"
            | "people"
            | "protesters"
            | "demonstrators"
            | "students"
            | "workers"
            | "residents"
            | "guerrillas"
            | "fighters"
            | "militiamen"
            | "diplomats"
            | "lawmakers"
            | "supporters"
            | "representatives"
            | "units"
            | "army"
            | "government"
            | "parties"
    )
}

/// Lower-case words that may sit inside a titled name: "Foreign Minister", "Secretary of State".
fn is_title_word(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "president"
            | "minister"
            | "leader"
            | "secretary"
            | "foreign"
            | "prime"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "chief"
            | "general"
            | "ambassador"
            | "envoy"
            | "commander"
            | "king"
            | "queen"
            | "deputy"
            | "vice"
            | "defense"
            | "defence"
            | "interior"
            | "state"
            | "affairs"
            | "head"
            | "top"
            | "senior"
            | "former"
            | "-"
    )
}

impl Ctx<'_> {
    pub fn label(&self, i: usize) -> Option<&'static str> {
        let m = self.s.toks.get(i)?.mention?;
        self.mentions.get(m).map(|m| m.label)
    }

    pub fn entity(&self, mention: usize) -> Option<usize> {
        self.mentions.get(mention).map(|m| m.entity)
    }

    /// The first token of the mention covering token `i`.
    pub fn mention_start(&self, i: usize) -> usize {
        let m = self.s.toks[i].mention;
        let mut j = i;
        while j > 0 && self.s.toks[j - 1].mention == m {
            j -= 1;
        }
        j
    }

    pub fn mention_end(&self, i: usize) -> usize {
        let m = self.s.toks[i].mention;
        let mut j = i;
        while j + 1 < self.s.len() && self.s.toks[j + 1].mention == m {
            j += 1;
        }
        j
    }

    pub fn token_of(&self, mention: usize) -> Option<usize> {
        (0..self.s.len()).find(|&j| self.s.toks[j].mention == Some(mention))
    }

    /// The preposition governing the mention at token `i`, skipping determiners and
    /// modifiers; a conjunct shares its partner's ("between A and B").
    pub fn prep_before(&self, i: usize, floor: usize) -> Option<Prep> {
        self.prep_before_at(self.mention_start(i), floor, false)
    }

    /// The preposition before token `start`; `through` steps over names that modify a
    /// group noun ("to Albanian rebels").
    fn prep_before_at(&self, start: usize, floor: usize, through: bool) -> Option<Prep> {
        let mut j = start;
        let mut steps = 0;
        while j > floor && steps < 3 {
            j -= 1;
            steps += 1;
            let w = self.s.lower(j);
            match self.s.word(j) {
                Some(Word::Prep(p)) => return self.exempt(j, p, floor),
                Some(Word::And) if j > floor && self.s.toks[j - 1].mention.is_some() => {
                    return self.prep_before(j - 1, floor);
                }
                _ if matches!(w, "the" | "a" | "an" | "its" | "their") => continue,
                _ if matches!(w, "that" | "who" | "which" | "whether") => return None,
                _ if through && self.s.toks[j].mention.is_some() => {
                    j = self.mention_start(j);
                    continue;
                }
                _ if self.s.toks[j].mention.is_some() || self.s.punct(j).is_some() => return None,
                _ if self.s.word(j).is_some() => return None,
                _ => continue,
            }
        }
        None
    }

    /// After a group or sector noun ("thousands of X", "rebels in X") the preposition is the
    /// group's own, if any; "up to N" governs nothing.
    fn exempt(&self, j: usize, p: Prep, floor: usize) -> Option<Prep> {
        let before = if j > 0 { self.s.lower(j - 1) } else { "" };
        if before == "up" && self.s.lower(j) == "to" {
            return None;
        }
        let group = matches!(p, Prep::Of | Prep::Place | Prep::From) && is_group_noun(before);
        if group { self.prep_before_at(j - 1, floor, true) } else { Some(p) }
    }

    /// An actor mention eligible as subject: an acting label not governed by a preposition.
    fn subject_like(&self, j: usize, floor: usize) -> bool {
        self.label(j).is_some_and(|l| ACTOR_LABELS.contains(&l))
            && self.prep_before(j, floor).is_none()
    }

    /// The nearest subject-like mention in `[a, i)`, skipping a comma-enclosed apposition
    /// that does not start with a name ("Pakistan, a key U.S. ally, has refused").
    pub fn nearest_before(&self, a: usize, i: usize) -> Option<usize> {
        let mut j = i;
        while j > a {
            j -= 1;
            if self.s.punct(j) == Some(',') {
                let open = (a..j).rev().find(|&k| self.s.punct(k) == Some(','));
                if let Some(open) = open.filter(|&k| self.s.toks[k + 1].mention.is_none()) {
                    j = open;
                }
                continue;
            }
            if self.subject_like(j, a) {
                return self.s.toks[j].mention;
            }
        }
        None
    }

    /// The first subject-like mention in `[a, i)`, taken to the head of its titled name.
    pub fn first_actor(&self, a: usize, i: usize) -> Option<usize> {
        let j = (a..i).find(|&j| self.subject_like(j, a))?;
        self.s.toks[j].mention.map(|m| self.np_head(m))
    }

    /// The person a nationality or country modifies in a titled name, else the mention.
    pub fn np_head(&self, mention: usize) -> usize {
        let Some(at) = self.token_of(mention) else { return mention };
        let mut head = mention;
        let mut j = self.mention_end(at) + 1;
        let end = self.s.len().min(j + 8);
        while j < end {
            let tok = &self.s.toks[j];
            if let Some(m) = tok.mention {
                if self.mentions.get(m).is_some_and(|x| x.label == "PERSON") {
                    head = m;
                    break;
                }
                j = self.mention_end(j) + 1;
                continue;
            }
            let w = self.s.lower(j);
            let capital = self.s.is_capitalised(j);
            if !(capital || is_title_word(w)) || tok.punct.is_some_and(|c| c != '-' && c != '.') {
                break;
            }
            j += 1;
        }
        head
    }

    /// A mention and the mentions joined to it by "and", "," or a possessive.
    pub fn conjuncts(&self, mention: usize, labels: &[&str]) -> Vec<usize> {
        let Some(at) = self.token_of(mention) else { return vec![mention] };
        let mut out = vec![mention];
        let mut j = self.mention_start(at);
        while let Some(prev) = self.joined(j, false, labels) {
            out.insert(0, self.s.toks[prev].mention.unwrap_or(mention));
            j = self.mention_start(prev);
        }
        let mut j = self.mention_end(at);
        while let Some(next) = self.joined(j, true, labels) {
            out.push(self.s.toks[next].mention.unwrap_or(mention));
            j = self.mention_end(next);
        }
        for m in &mut out {
            *m = self.np_head(*m);
        }
        let mut seen = Vec::new();
        out.retain(|m| {
            let e = self.entity(*m);
            let fresh = !seen.contains(&e);
            seen.push(e);
            fresh
        });
        out
    }

    /// The conjuncts of `mention` that lie inside tokens `[a, b)`.
    pub fn conjuncts_in(
        &self,
        mention: usize,
        labels: &[&str],
        (a, b): (usize, usize),
    ) -> Vec<usize> {
        let inside = |m: &usize| self.token_of(*m).is_some_and(|t| a <= t && t < b);
        let mut out = self.conjuncts(mention, labels);
        out.retain(|m| *m == mention || inside(m));
        out
    }

    /// The token of the mention joined to the one at `edge` by "and"/"," (after it when
    /// `forward`), past titles and the names inside them ("Libyan leader Muammar Gaddafi and
    /// Bulgarian President Todor Zhivkov").
    fn joined(&self, edge: usize, forward: bool, labels: &[&str]) -> Option<usize> {
        let mut j = edge;
        let mut saw_and = false;
        for _ in 0..8 {
            j = if forward { j + 1 } else { j.checked_sub(1)? };
            if j >= self.s.len() {
                return None;
            }
            let w = self.s.lower(j);
            if matches!(w, "and" | ",") {
                saw_and = true;
                continue;
            }
            if matches!(w, "'s" | "’s" | "'" | "his" | "her" | "its" | "their" | "the") {
                continue;
            }
            if self.s.toks[j].mention.is_some() {
                if saw_and {
                    let fits = self.label(j).is_some_and(|l| labels.contains(&l));
                    return fits.then_some(j);
                }
                j = if forward { self.mention_end(j) } else { self.mention_start(j) };
                continue;
            }
            // "of" joins a title's words ("Secretary of State"), not a title to a place.
            let next = if forward { j + 1 } else { j.wrapping_sub(1) };
            let of_in_title = w == "of"
                && next < self.s.len()
                && self.s.toks[next].mention.is_none()
                && self.s.is_capitalised(next);
            let title = is_title_word(w) && w != "of" || of_in_title || self.s.is_capitalised(j);
            if !title || self.s.punct(j).is_some() {
                return None;
            }
        }
        None
    }

    /// "X of/between A and B": the two parties of a nominal event.
    pub fn between(&self, i: usize, b: usize) -> Option<(usize, usize)> {
        let between = Some(Word::Prep(Prep::Between));
        let j = (i + 1..b.min(i + 3)).find(|&j| self.s.word(j) == between)?;
        let x = (j + 1..b).find(|&k| self.label(k).is_some())?;
        let after_x = self.mention_end(x) + 1;
        if self.s.word(after_x) != Some(Word::And) {
            return None;
        }
        let y = (after_x + 1..b).find(|&k| self.label(k).is_some())?;
        Some((self.s.toks[x].mention?, self.s.toks[y].mention?))
    }

    /// The agent after "by" in a passive clause.
    pub fn after_by(&self, i: usize, b: usize) -> Option<usize> {
        let by = (i + 1..b).find(|&j| self.s.word(j) == Some(Word::Prep(Prep::By)))?;
        let j = (by + 1..b.min(by + 5)).find(|&j| self.label(j).is_some())?;
        self.s.toks[j].mention
    }

    /// The passive subject: the nearest mention before the trigger, even inside a phrase
    /// ("a camp for Congolese refugees was attacked").
    pub fn passive_subject(&self, a: usize, i: usize) -> Option<usize> {
        self.nearest_before(a, i).or_else(|| {
            let j =
                (a..i).rev().find(|&j| self.label(j).is_some_and(|l| ACTOR_LABELS.contains(&l)));
            j.and_then(|j| self.s.toks[j].mention)
        })
    }

    /// The targets (the first object-side mention not governed by a place or time
    /// preposition, with its conjuncts) and the place ("in Seoul") after the trigger, up to
    /// a subordinate clause.
    pub fn after(&self, i: usize, b: usize, actors: &[usize], passive: bool) -> Args {
        let actor_entities: Vec<usize> = actors.iter().filter_map(|m| self.entity(*m)).collect();
        let mut out = Args::default();
        let mut j = i + 1;
        while j < b {
            let w = self.s.lower(j);
            let stop = colloc::opens_background(w) && !matches!(w, "over" | "as");
            if stop || matches!(w, "which" | "while") {
                break;
            }
            let Some(label) = self.label(j) else {
                j += 1;
                continue;
            };
            let m = self.s.toks[j].mention;
            let prep = self.prep_before(j, i);
            let placey = matches!(label, "GPE" | "LOC" | "FAC");
            let by_ok = !passive || prep != Some(Prep::By);
            if prep == Some(Prep::Place) && placey {
                out.place = out.place.or(m);
            } else if out.targets.is_empty()
                && TARGET_LABELS.contains(&label)
                && !matches!(prep, Some(Prep::Other | Prep::Place))
                && by_ok
                && !m.and_then(|m| self.entity(m)).is_some_and(|e| actor_entities.contains(&e))
                && let Some(m) = m
            {
                out.targets = self.conjuncts(m, TARGET_LABELS);
                out.with = self.with_before(j);
                for t in &mut out.targets {
                    *t = self.np_head(*t);
                }
            }
            j = self.mention_end(j) + 1;
        }
        out
    }
}

impl Ctx<'_> {
    /// True when "with" governs the mention at token `j` ("talks with X").
    fn with_before(&self, j: usize) -> bool {
        let start = self.mention_start(j);
        (start.saturating_sub(3)..start).any(|k| self.s.lower(k) == "with")
    }
}

/// The object side of a predicate.
#[derive(Default)]
pub struct Args {
    pub targets: Vec<usize>,
    pub place: Option<usize>,
    /// The target came with a preposition other than "to" ("talks with X").
    pub with: bool,
}
