//! Grouping a document's mentions into entities: knowledge-base keys first, then names
//! (surnames, first names, acronyms), capitals and seats of government standing for their
//! country when they act, and "the North" when the document names one such country.

use super::kbmatch::{self, Hit, OrgHit};
use super::names::{self, acronym_letters, acronym_of, is_acronym, name_key, name_words};
use super::words::Words;
use super::{context, roles};
use crate::RawMention;
use parallax_kb::Kb;
use parallax_model::{Mention, Span};
use std::collections::HashMap;

/// An entity being built.
#[derive(Debug, Default)]
pub struct Draft {
    pub labels: Vec<&'static str>,
    /// The label the knowledge-base entry fixes (a country is a GPE whatever its mentions say).
    pub fixed_label: Option<&'static str>,
    pub kb: Option<String>,
    pub kb_name: Option<String>,
    /// Distinct surface forms in order of appearance.
    pub forms: Vec<String>,
    pub roles: Vec<String>,
    /// True for the NORP entity of a country ("Russian"), kept apart from the country itself.
    pub norp: bool,
    /// The first and last name words of each distinct person form, and how many words it has.
    person_names: Vec<(String, String, usize)>,
}

/// Builds the entities of one document, one mention at a time, in text order.
pub struct Grouper<'a> {
    words: Words<'a>,
    kb: &'a Kb,
    pub drafts: Vec<Draft>,
    pub mentions: Vec<Mention>,
    by_key: HashMap<String, usize>,
    by_name: HashMap<(u8, String), usize>,
    by_acronym: HashMap<String, usize>,
    /// Person entities by each name word, most recent last.
    by_name_word: HashMap<String, Vec<usize>>,
    country_votes: HashMap<String, usize>,
}

impl<'a> Grouper<'a> {
    pub fn new(words: Words<'a>, kb: &'a Kb) -> Grouper<'a> {
        Grouper {
            words,
            kb,
            drafts: Vec::new(),
            mentions: Vec::new(),
            by_key: HashMap::new(),
            by_name: HashMap::new(),
            by_acronym: HashMap::new(),
            by_name_word: HashMap::new(),
            country_votes: HashMap::new(),
        }
    }

    /// Links one mention to an entity, creating the entity when none fits.
    pub fn add(&mut self, raw: RawMention) {
        let text = self.words.text;
        if text.get(raw.span.start..raw.span.end).is_none() {
            return;
        }
        let mut span = names::trim_mention(text, raw.span);
        let mut found_roles = Vec::new();
        if raw.label == "PERSON" {
            (span, found_roles) = roles::read_person(&self.words, span);
        }
        let form = names::collapse(span.of(text));
        if form.is_empty() {
            return;
        }
        let compass = self.compass(span, &form, raw.label);
        let entity = match (compass, kbmatch::lookup(self.kb, &form, raw.label)) {
            (Some(e), _) => e,
            (None, Some(hit)) => self.by_hit(hit, span, &form, raw.label),
            (None, None) => self.by_name(&form, raw.label),
        };
        if raw.label == "PERSON" {
            self.index_person(entity, &form);
        }
        let draft = &mut self.drafts[entity];
        draft.labels.push(raw.label);
        if !draft.forms.contains(&form) {
            draft.forms.push(form);
        }
        for role in found_roles {
            if !draft.roles.iter().any(|r| r.eq_ignore_ascii_case(&role)) {
                draft.roles.push(role);
            }
        }
        self.mentions.push(Mention { span, label: raw.label, entity });
    }

    fn by_hit(&mut self, hit: Hit, span: Span, form: &str, label: &'static str) -> usize {
        match hit {
            Hit::Country { code, norp: false } => self.country(&code),
            Hit::Country { code, norp: true } => {
                if context::norp_acts(&self.words, span, form) {
                    self.country(&code)
                } else {
                    self.keyed(format!("country:{code}"), Some("NORP"), true)
                }
            }
            Hit::Place { capital_of: Some(code), .. }
                if context::stands_for_government(&self.words, span, self.kb) =>
            {
                self.country(&code)
            }
            Hit::Place { key, .. } => self.keyed(key, Some("GPE"), false),
            Hit::Orgs(orgs) => match self.choose_org(orgs, span) {
                Some(org)
                    if org.seat && context::stands_for_government(&self.words, span, self.kb) =>
                {
                    match &org.country {
                        Some(code) => self.country(code),
                        None => self.keyed(org.key, Some("ORG"), false),
                    }
                }
                Some(org) => {
                    let entity = self.keyed(org.key, Some("ORG"), false);
                    self.note_acronym(entity, form);
                    entity
                }
                None => self.by_name(form, label),
            },
            Hit::Person { key } => self.person_with_key(key, form),
        }
    }

    fn country(&mut self, code: &str) -> usize {
        *self.country_votes.entry(code.to_string()).or_default() += 1;
        self.keyed(format!("country:{code}"), Some("GPE"), false)
    }

    /// The entity with a knowledge-base key (and NORP flag), created when new.
    fn keyed(&mut self, key: String, label: Option<&'static str>, norp: bool) -> usize {
        let index_key = if norp { format!("NORP|{key}") } else { key.clone() };
        if let Some(&e) = self.by_key.get(&index_key) {
            return e;
        }
        let kb_name = kbmatch::canonical_name(self.kb, &key);
        let draft = Draft { fixed_label: label, kb: Some(key), kb_name, norp, ..Draft::default() };
        self.push(draft, Some(index_key))
    }

    fn push(&mut self, draft: Draft, index_key: Option<String>) -> usize {
        self.drafts.push(draft);
        let e = self.drafts.len() - 1;
        if let Some(k) = index_key {
            self.by_key.insert(k, e);
        }
        e
    }

    /// Picks one of several organisations sharing a name: one the document already has, else
    /// the only one, else the one of the country named just before the mention or most often.
    fn choose_org(&self, orgs: Vec<OrgHit>, span: Span) -> Option<OrgHit> {
        if let Some(org) = orgs.iter().find(|o| self.by_key.contains_key(&o.key)) {
            return Some(org.clone());
        }
        if orgs.len() == 1 {
            return orgs.into_iter().next();
        }
        let before = context::country_before(&self.words, span, self.kb);
        if let Some(org) = orgs.iter().find(|o| before.is_some() && o.country == before) {
            return Some(org.clone());
        }
        let votes = |o: &OrgHit| o.country.as_ref().and_then(|c| self.country_votes.get(c));
        orgs.iter().filter(|o| votes(o).is_some()).max_by_key(|o| votes(o)).cloned()
    }

    fn person_with_key(&mut self, key: String, form: &str) -> usize {
        if let Some(&e) = self.by_key.get(&key) {
            return e;
        }
        match self.person_by_name(form) {
            Some(e) if self.drafts[e].kb.is_none() => {
                self.drafts[e].kb = Some(key.clone());
                self.drafts[e].fixed_label = Some("PERSON");
                self.by_key.insert(key, e);
                e
            }
            _ => self.keyed(key, Some("PERSON"), false),
        }
    }

    /// The entity of a mention the knowledge base does not know, by its name.
    fn by_name(&mut self, form: &str, label: &'static str) -> usize {
        if label == "PERSON" {
            return self.person_by_name(form).unwrap_or_else(|| self.push(Draft::default(), None));
        }
        let family = family(label);
        let key = (family, name_key(form));
        if let Some(&e) = self.by_name.get(&key) {
            return e;
        }
        let e =
            self.by_acronym_of(form, family).unwrap_or_else(|| self.push(Draft::default(), None));
        self.by_name.insert(key, e);
        self.note_acronym(e, form);
        e
    }

    /// An earlier entity a form names by acronym: "NSC" after "National Security Council", or
    /// the full name after the acronym.
    fn by_acronym_of(&self, form: &str, family: u8) -> Option<usize> {
        let letters = if is_acronym(form) { acronym_letters(form) } else { acronym_of(form)? };
        let e = *self.by_acronym.get(&letters)?;
        let same_family = self.drafts[e].labels.iter().any(|l| self::family(l) == family)
            || self.drafts[e].fixed_label.is_some_and(|l| self::family(l) == family);
        same_family.then_some(e)
    }

    fn note_acronym(&mut self, entity: usize, form: &str) {
        let letters = if is_acronym(form) { Some(acronym_letters(form)) } else { acronym_of(form) };
        if let Some(letters) = letters {
            self.by_acronym.entry(letters).or_insert(entity);
        }
    }

    /// "the North" or "the South" when the document names exactly one country whose name
    /// begins with that word ("North Korea").
    fn compass(&self, span: Span, form: &str, label: &str) -> Option<usize> {
        let word = form.strip_prefix("the ").unwrap_or(form);
        let compass = matches!(word, "North" | "South" | "East" | "West");
        if !compass
            || !matches!(label, "GPE" | "LOC")
            || !context::after_the(&self.words, span, form)
        {
            return None;
        }
        let prefix = format!("{word} ");
        let mut fits = self.drafts.iter().enumerate().filter(|(_, d)| {
            !d.norp
                && d.kb.as_deref().is_some_and(|k| k.starts_with("country:"))
                && d.kb_name.as_deref().is_some_and(|n| n.starts_with(&prefix))
        });
        let (e, _) = fits.next()?;
        fits.next().is_none().then_some(e)
    }

    /// The person entity a name refers to: the same name, the same first and last words, or
    /// (for one word) the most recent person with that surname or first name.
    fn person_by_name(&self, form: &str) -> Option<usize> {
        let words = name_words(form);
        let (first, last) = (words.first()?, words.last()?);
        let candidates = self.by_name_word.get(last)?;
        let matches = |e: &usize| {
            self.drafts[*e].person_names.iter().any(|(f, l, n)| match (words.len(), n) {
                (1, _) => l == last || f == last,
                (_, 1) => f == last,
                _ => f == first && l == last,
            })
        };
        candidates.iter().rev().copied().find(matches)
    }

    fn index_person(&mut self, entity: usize, form: &str) {
        let words = name_words(form);
        if let (Some(f), Some(l)) = (words.first(), words.last()) {
            let names = &mut self.drafts[entity].person_names;
            if !names.iter().any(|(a, b, n)| a == f && b == l && *n == words.len()) {
                names.push((f.clone(), l.clone(), words.len()));
            }
        }
        for word in words {
            let list = self.by_name_word.entry(word).or_default();
            list.retain(|&e| e != entity);
            list.push(entity);
        }
    }
}

/// Labels that may name the same kind of thing: persons, organisations, places, groups.
fn family(label: &str) -> u8 {
    match label {
        "PERSON" => 0,
        "ORG" => 1,
        "GPE" | "LOC" | "FAC" => 2,
        "NORP" => 3,
        _ => 4,
    }
}
