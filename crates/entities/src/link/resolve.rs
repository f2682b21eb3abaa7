//! The entity a span refers to, for the quote attributor: a named mention, a name or capital
//! the knowledge base knows, a pronoun, or a description matched against the roles the text
//! (or else the people table) gives each entity.

use super::lexicon::{self, Pronoun};
use super::names::{collapse, name_words, trim_mention};
use super::sense::{Sense, sense_of, sense_of_position};
use super::words::Words;
use super::{kbmatch, names};
use crate::EntityAnnotations;
use parallax_kb::Kb;
use parallax_model::{EntityRow, Mention, Span, TextAnalysis};
use std::cell::OnceCell;

/// How many sentences back a pronoun looks for the subject it refers to.
const PRONOUN_SENTENCES: usize = 4;

/// See [`super::resolve_reference`].
pub fn resolve(words: &Words, entities: &EntityAnnotations, span: Span, kb: &Kb) -> Option<usize> {
    Referents::new(entities, kb).resolve(words, span)
}

/// A document's entities as references are resolved against them, with what each question
/// asks of an entity (its name keys, its name's words, its agreement with each pronoun, the
/// senses of its roles) worked out on first use and kept, so that resolving every speaker of
/// a document reads each entity once rather than once per reference.
pub struct Referents<'a> {
    entities: &'a EntityAnnotations,
    kb: &'a Kb,
    name_words: Vec<OnceCell<Vec<String>>>,
    /// Agreement with he, she, they and it.
    agrees: Vec<[OnceCell<bool>; 4]>,
    /// The senses of the roles the text gives, and of the people table's positions.
    senses: Vec<OnceCell<(Vec<Sense>, Vec<Sense>)>>,
    /// True when the mentions are in text order, so that a pronoun's search can stop early.
    in_order: bool,
}

impl<'a> Referents<'a> {
    pub fn new(entities: &'a EntityAnnotations, kb: &'a Kb) -> Referents<'a> {
        let n = entities.table.len();
        Referents {
            entities,
            kb,
            name_words: (0..n).map(|_| OnceCell::new()).collect(),
            agrees: (0..n).map(|_| Default::default()).collect(),
            senses: (0..n).map(|_| OnceCell::new()).collect(),
            in_order: entities.mentions.is_sorted_by_key(|m| m.span.start),
        }
    }

    /// The entity the words of `text` at `span` refer to, if it can be told: what
    /// [`super::resolve_reference`] answers.
    pub fn refer(&self, text: &str, analysis: &TextAnalysis, span: Span) -> Option<usize> {
        self.resolve(&Words::new(text, analysis), span)
    }

    fn resolve(&self, words: &Words, span: Span) -> Option<usize> {
        let entities = self.entities;
        words.text.get(span.start..span.end)?;
        if let Some(e) = named(entities, trim_mention(words.text, span)) {
            return Some(e);
        }
        let form = collapse(trim_mention(words.text, span).of(words.text));
        if let Some(p) = lexicon::pronoun(&form) {
            return self.pronoun(words, span, p);
        }
        let form = strip_article(&form);
        by_kb(entities, form, self.kb)
            .or_else(|| self.by_name(span, form))
            .or_else(|| self.description(span, form))
            .or_else(|| by_org_head(entities, span, form))
            .or_else(|| by_generic_noun(entities, span, form))
    }

    /// The first entity (in table order) whose name or an alias has the name key `key`.
    fn keyed(&self, key: &str) -> Option<usize> {
        let named = |r: &EntityRow| {
            std::iter::once(&r.name).chain(&r.aliases).any(|n| names::has_name_key(n, key))
        };
        self.entities.table.iter().position(named)
    }

    fn name_words(&self, e: usize) -> &[String] {
        self.name_words[e].get_or_init(|| name_words(&self.entities.table[e].name))
    }

    fn agrees(&self, e: usize, p: Pronoun) -> bool {
        let slot = match p {
            Pronoun::He => 0,
            Pronoun::She => 1,
            Pronoun::They => 2,
            Pronoun::It => 3,
        };
        *self.agrees[e][slot].get_or_init(|| agrees(&self.entities.table[e], p))
    }

    fn senses(&self, e: usize) -> &(Vec<Sense>, Vec<Sense>) {
        self.senses[e].get_or_init(|| {
            let (row, kb) = (&self.entities.table[e], self.kb);
            let text = row.roles.iter().filter_map(|r| sense_of(r, kb)).collect();
            let key = row.kb.as_deref().unwrap_or("");
            let table = kbmatch::kb_positions(kb, key).into_iter();
            let table = table.map(|(c, p, t)| sense_of_position(&c, p, &t, kb)).collect();
            (text, table)
        })
    }
}

/// The entity of a named mention at the span, inside it as its head, or around it.
fn named(entities: &EntityAnnotations, span: Span) -> Option<usize> {
    let ms = &entities.mentions;
    ms.iter()
        .find(|m| m.span == span)
        .or_else(|| ms.iter().find(|m| span.contains(m.span) && m.span.end == span.end))
        .or_else(|| ms.iter().find(|m| m.span.contains(span)))
        .map(|m| m.entity)
}

fn strip_article(form: &str) -> &str {
    ["the ", "The ", "a ", "an "].iter().find_map(|a| form.strip_prefix(a)).unwrap_or(form)
}

/// The entity whose knowledge-base key the form names: a country, its capital or seat of
/// government, an organisation, a person.
fn by_kb(entities: &EntityAnnotations, form: &str, kb: &Kb) -> Option<usize> {
    if !form.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let find = |key: &str, norp: bool| {
        let rows = entities.table.iter().enumerate();
        let mut keyed: Vec<usize> =
            rows.filter(|(_, r)| r.kb.as_deref() == Some(key)).map(|(i, _)| i).collect();
        keyed.sort_by_key(|&i| (entities.table[i].label == "NORP") != norp);
        keyed.first().copied()
    };
    if let Some(m) = kb.countries.lookup(form) {
        return find(&format!("country:{}", m.country.code), m.norp);
    }
    // What [`kbmatch::lookup`] finds as a GPE, an ORG and a PERSON in turn, each table read
    // once: a place, else a seat of government, else any organisation, else a person.
    if let Some(kbmatch::Hit::Place { key, capital_of, .. }) = kbmatch::place(kb, form) {
        let country = capital_of.map(|c| format!("country:{c}"));
        return country.and_then(|c| find(&c, false)).or_else(|| find(&key, false));
    }
    let orgs = kbmatch::org_hits(kb, form);
    for seats_only in [true, false] {
        for org in orgs.iter().filter(|o| o.seat || !seats_only) {
            let seat = org.country.as_ref().filter(|_| org.seat).map(|c| format!("country:{c}"));
            let hit = find(&org.key, false).or_else(|| seat.and_then(|c| find(&c, false)));
            if hit.is_some() {
                return hit;
            }
        }
    }
    match kbmatch::person(kb, form) {
        Some(kbmatch::Hit::Person { key }) => find(&key, false),
        _ => None,
    }
}

impl Referents<'_> {
    /// The entity whose name or alias is the form; for one word, the person with that surname
    /// or first name mentioned last before the span.
    fn by_name(&self, span: Span, form: &str) -> Option<usize> {
        let one = name_words(form);
        if one.is_empty() {
            return None;
        }
        if let Some(e) = self.keyed(&one.join(" ")) {
            return Some(e);
        }
        if one.len() != 1 || !form.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let person = |e: usize| {
            let w = self.name_words(e);
            self.entities.table[e].label == "PERSON"
                && (w.last() == one.last() || w.first() == one.first())
        };
        nearest(self.entities, span, person)
    }

    /// The entity a description refers to: the one whose role fits best, nearest before the
    /// span.
    fn description(&self, span: Span, form: &str) -> Option<usize> {
        let want = sense_of(form, self.kb)?;
        let mut best: Option<(u8, usize, usize)> = None;
        for e in 0..self.entities.table.len() {
            let Some(score) = self.role_score(&want, e) else { continue };
            let distance = distance(self.entities, span, e);
            let better = best.is_none_or(|(s, d, _)| score > s || (score == s && distance < d));
            if better {
                best = Some((score, distance, e));
            }
        }
        best.map(|(_, _, e)| e)
    }

    /// How well an entity's roles fit a description: text roles first, then the people table.
    fn role_score(&self, want: &Sense, e: usize) -> Option<u8> {
        let (text, table) = self.senses(e);
        let agreement = |s: &&Sense| want.country_agreement(s);
        let fitting = |senses: &'_ [Sense]| {
            senses.iter().filter(|s| want.fits(s)).filter_map(|s| agreement(&s)).max()
        };
        let best_text = fitting(text).map(|a| a * 2 + 1);
        let best_table = fitting(table);
        best_text.max(best_table.map(|a| a * 2))
    }
}

/// An organisation a generic head noun names: "the ministry", "the council".
fn by_org_head(entities: &EntityAnnotations, span: Span, form: &str) -> Option<usize> {
    let head = form.split_whitespace().last()?.to_lowercase();
    if form.chars().next().is_some_and(char::is_uppercase) || head.len() < 4 {
        return None;
    }
    let names_head = |r: &EntityRow| {
        r.label == "ORG"
            && std::iter::once(&r.name)
                .chain(&r.aliases)
                .any(|n| n.split_whitespace().any(|w| w.eq_ignore_ascii_case(&head)))
    };
    nearest(entities, span, |e| names_head(&entities.table[e]))
}

/// The nearest earlier entity of the kind a generic noun names: "the organization" an
/// organisation, "the country" a country, "the city" a city, "the boy" a person.
fn by_generic_noun(entities: &EntityAnnotations, span: Span, form: &str) -> Option<usize> {
    let mut words = form.split_whitespace();
    let head = words.next_back()?;
    let head = head.strip_suffix("'s").or_else(|| head.strip_suffix("’s")).unwrap_or(head);
    if words.next().is_some() && !form.starts_with(char::is_lowercase) {
        return None;
    }
    let kind = |list: &lexicon::WordList| list.contains(head);
    let key = |r: &EntityRow, prefix: &str| r.kb.as_deref().is_some_and(|k| k.starts_with(prefix));
    let keep: Box<dyn Fn(&EntityRow) -> bool> = if kind(&lexicon::ORG_NOUNS) {
        Box::new(|r| r.label == "ORG")
    } else if kind(&lexicon::COUNTRY_NOUNS) {
        Box::new(|r| r.label != "NORP" && key(r, "country:"))
    } else if kind(&lexicon::CITY_NOUNS) {
        Box::new(|r| key(r, "city:"))
    } else if kind(&lexicon::PERSON_NOUNS) {
        Box::new(|r| r.label == "PERSON")
    } else {
        return None;
    };
    nearest(entities, span, |e| keep(&entities.table[e]))
}

impl Referents<'_> {
    /// The nearest compatible earlier mention of the span's own sentence; else the first
    /// compatible mention (the subject, most often) of the nearest sentence before it that has
    /// one; else the nearest compatible mention anywhere before.
    fn pronoun(&self, words: &Words, span: Span, p: Pronoun) -> Option<usize> {
        let table = self.entities.table.len();
        let mentions = &self.entities.mentions;
        let fits =
            |m: &&Mention| m.span.end <= span.start && m.entity < table && self.agrees(m.entity, p);
        let analysis = words.analysis;
        let Some(here) = analysis.sentence_at(span.start) else {
            return mentions.iter().rfind(fits).map(|m| m.entity);
        };
        let own = analysis.sentences[here];
        let window = here.saturating_sub(PRONOUN_SENTENCES)..here;
        if !self.in_order {
            let earlier: Vec<&Mention> = mentions.iter().filter(fits).collect();
            if let Some(m) = earlier.iter().rev().find(|m| own.contains(m.span)) {
                return Some(m.entity);
            }
            for s in window.rev() {
                let sentence = analysis.sentences[s];
                if let Some(m) = earlier.iter().find(|m| sentence.contains(m.span)) {
                    return Some(m.entity);
                }
            }
            return earlier.last().map(|m| m.entity);
        }
        // With mentions in text order, the answer lies among the last fitting mentions: one
        // walk back from the pronoun, through its own sentence and the window before it,
        // keeps each window sentence's first fitting mention, and goes on past the window only
        // while nothing fits at all.
        let cut = mentions.partition_point(|m| m.span.start <= span.start);
        let floor = analysis.sentences.get(window.start).map_or(own.start, |s| s.start);
        let mut nearest = None;
        let mut firsts = [None; PRONOUN_SENTENCES];
        for m in mentions[..cut].iter().rev() {
            if m.span.start < floor && nearest.is_some() {
                break;
            }
            if !fits(&m) {
                continue;
            }
            nearest = nearest.or(Some(m.entity));
            if own.contains(m.span) {
                return Some(m.entity);
            }
            for (slot, s) in firsts.iter_mut().zip(window.clone().rev()) {
                if analysis.sentences[s].contains(m.span) {
                    *slot = Some(m.entity);
                }
            }
        }
        firsts.into_iter().flatten().next().or(nearest)
    }
}

/// Answers to a question about entities, each asked once.
struct Memo(Vec<Option<bool>>);

impl Memo {
    fn new(entities: usize) -> Memo {
        Memo(vec![None; entities])
    }

    /// `ask(e)`, asked the first time only; false for an entity out of range.
    fn get(&mut self, e: usize, ask: impl Fn(usize) -> bool) -> bool {
        match self.0.get_mut(e) {
            Some(Some(known)) => *known,
            Some(slot) => *slot.insert(ask(e)),
            None => false,
        }
    }
}

/// True when a pronoun may refer to an entity: he and she to persons (unless a role says
/// otherwise), they to groups, organisations and countries, it to organisations and places.
fn agrees(row: &EntityRow, p: Pronoun) -> bool {
    match p {
        Pronoun::He | Pronoun::She => {
            let roles = row.roles.iter().flat_map(|r| r.split_whitespace());
            let hint = roles.filter_map(lexicon::gender_hint).next();
            let hint = hint.or_else(|| lexicon::name_gender(&row.name));
            row.label == "PERSON" && hint.is_none_or(|h| h == p)
        }
        Pronoun::They => {
            let country = row.kb.as_deref().is_some_and(|k| k.starts_with("country:"));
            matches!(row.label.as_str(), "ORG" | "NORP") || country
        }
        Pronoun::It => matches!(row.label.as_str(), "ORG" | "GPE" | "LOC" | "FAC"),
    }
}

/// The entity of the nearest mention before the span that passes `keep`, else the nearest
/// after it.
fn nearest(
    entities: &EntityAnnotations,
    span: Span,
    keep: impl Fn(usize) -> bool,
) -> Option<usize> {
    let ms = &entities.mentions;
    // `keep` is a property of the entity: asked once per entity, not per mention.
    let mut kept = Memo::new(entities.table.len());
    let before = ms.iter().filter(|m| m.span.end <= span.start && kept.get(m.entity, &keep)).last();
    let mut after = || ms.iter().find(|m| m.span.start >= span.end && kept.get(m.entity, &keep));
    before.or_else(&mut after).map(|m| m.entity)
}

/// How far the entity's nearest mention before the span lies; mentions only after it count
/// as farther than any before.
fn distance(entities: &EntityAnnotations, span: Span, e: usize) -> usize {
    let ms = entities.mentions.iter().filter(|m| m.entity == e);
    let before = ms.clone().filter(|m| m.span.end <= span.start).map(|m| span.start - m.span.end);
    match before.min() {
        Some(d) => d,
        None => {
            let after = ms.filter(|m| m.span.start >= span.end).map(|m| m.span.start - span.end);
            usize::MAX / 2 + after.min().unwrap_or(usize::MAX / 4)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RawMention;
    use parallax_model::Document;

    const TEXT: &str = "Maria Petrova met John Kerry in Geneva. She said the talks were useful. \
        The ministry said it was hopeful. Kerry told reporters he agreed. Pavel Ivanov met Kerry \
        again. Officials in Geneva said they would meet. He left. It was late. They said \
        she would return. The Acme Group said it disagreed, and he and she said nothing.";

    fn analysis() -> TextAnalysis {
        let body = vec![Span::new(0, TEXT.len())];
        parallax_analyze::analyze(&Document::plain("test", TEXT, body))
    }

    #[test]
    fn the_pronoun_search_that_stops_early_answers_as_the_full_one() {
        let forms = [
            ("Maria Petrova", "PERSON"),
            ("John Kerry", "PERSON"),
            ("Geneva", "GPE"),
            ("Kerry", "PERSON"),
            ("Pavel Ivanov", "PERSON"),
            ("Acme Group", "ORG"),
        ];
        let mut raw = Vec::new();
        for (form, label) in forms {
            for (at, _) in TEXT.match_indices(form) {
                let span = Span::new(at, at + form.len());
                if !raw.iter().any(|m: &RawMention| m.span.overlaps(span)) {
                    raw.push(RawMention { span, label });
                }
            }
        }
        let analysis = analysis();
        let kb = Kb::builtin();
        let entities = super::super::link(TEXT, &analysis, raw, kb);
        let words = Words::new(TEXT, &analysis);
        let fast = Referents::new(&entities, kb);
        let mut full = Referents::new(&entities, kb);
        assert!(fast.in_order, "the linker gives mentions in text order");
        full.in_order = false;
        let mut answered = 0;
        for (pronoun, p) in [("he", Pronoun::He), ("she", Pronoun::She), ("it", Pronoun::It)]
            .into_iter()
            .chain([("they", Pronoun::They), ("He", Pronoun::He), ("She", Pronoun::She)])
        {
            for (at, _) in TEXT.match_indices(pronoun) {
                let span = Span::new(at, at + pronoun.len());
                let answer = full.pronoun(&words, span, p);
                assert_eq!(fast.pronoun(&words, span, p), answer, "{pronoun} at {at}");
                answered += usize::from(answer.is_some());
            }
        }
        assert!(answered >= 8, "only {answered} pronouns found a referent");
    }
}
