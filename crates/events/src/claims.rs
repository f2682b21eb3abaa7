//! Claims: each event normalised to who did what to whom, when, on whose word, with its
//! evidence sentence, and denials linked to what they deny, ready for cross-document alignment.

use crate::lexicon::{self, Word};
use parallax_entities::link::identity_key;
use parallax_kb::Kb;
use parallax_model::{EntityRow, Event, Factuality, Span, TextAnalysis};
use serde::{Deserialize, Serialize};

/// One claim a document makes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Identity key of the actor (`country:KP`, `PERSON:antony blinken`).
    pub actor_key: Option<String>,
    pub actor: Option<String>,
    /// The country a person acting in office stands for (Blinken → United States).
    pub actor_country_key: Option<String>,
    pub actor_country: Option<String>,
    pub code: String,
    pub mode: Option<String>,
    pub target_key: Option<String>,
    pub target: Option<String>,
    /// What changed hands or the quantity: "over 1 million artillery shells".
    pub object: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
    pub factuality: Factuality,
    /// Byte range of the evidence sentence.
    pub evidence: (usize, usize),
    /// The speaker the claim is attributed to; `None` when the outlet states it.
    pub source: Option<String>,
    pub source_key: Option<String>,
    /// Index of the claim (in this list) that this one denies.
    pub denies: Option<usize>,
}

/// The claims of one document, in text order. An event with neither an actor nor anyone it
/// is attributed to makes no claim: nobody would stand behind it.
pub fn claims(
    text: &str,
    analysis: &TextAnalysis,
    table: &[EntityRow],
    events: &[Event],
) -> Vec<Claim> {
    let events: Vec<&Event> =
        events.iter().filter(|e| e.actor.is_some() || e.source.is_some()).collect();
    let mut out: Vec<Claim> = events.iter().map(|e| claim(text, analysis, table, e)).collect();
    for k in 0..out.len() {
        let relative = events[k].span.of(text).trim_start().to_lowercase().starts_with("which");
        out[k].denies = if out[k].code != "REJECT" {
            None
        } else if relative {
            (0..k).rev().find(|&j| out[j].evidence == out[k].evidence && out[j].code != "REJECT")
        } else {
            denied_claim(&out, k)
        };
    }
    out
}

fn claim(text: &str, analysis: &TextAnalysis, table: &[EntityRow], e: &Event) -> Claim {
    let row = |i: Option<usize>| i.and_then(|i| table.get(i));
    let key = |i: Option<usize>| row(i).map(|r| normal_key(&identity_key(r)));
    let name = |i: Option<usize>| row(i).map(|r| r.name.clone());
    let country = row(e.actor).filter(|r| r.label == "PERSON").and_then(office_country);
    let evidence = analysis
        .sentences
        .iter()
        .find(|s| s.contains(Span::new(e.span.start, e.span.start)))
        .map_or((e.span.start, e.span.end), |s| (s.start, s.end));
    Claim {
        actor_key: key(e.actor),
        actor: name(e.actor),
        actor_country_key: country.as_ref().map(|c| c.0.clone()),
        actor_country: country.map(|c| c.1),
        code: e.code.to_string(),
        mode: e.mode.map(str::to_string),
        target_key: key(e.target),
        target: name(e.target),
        object: object(e.span.of(text), e.code, row(e.target)),
        date: e.date.clone(),
        place: name(e.place),
        factuality: e.factuality,
        evidence,
        source: name(e.source),
        source_key: key(e.source),
        denies: None,
    }
}

/// A nationality key stands for its country when claims are compared.
fn normal_key(key: &str) -> String {
    match key.strip_prefix("norp:") {
        Some(code) => format!("country:{code}"),
        None => key.to_string(),
    }
}

/// The country named at the head of a person's role: "U.S. Secretary of State" → US.
fn office_country(row: &EntityRow) -> Option<(String, String)> {
    let countries = &Kb::builtin().countries;
    row.roles.iter().find_map(|role| {
        let words: Vec<&str> = role.split_whitespace().collect();
        (1..=words.len().min(3)).rev().find_map(|n| {
            let m = countries.lookup(&words[..n].join(" "))?;
            Some((m.country.kb_key(), m.country.name.clone()))
        })
    })
}

/// The words after the predicate, without the target's name, up to a preposition that ends
/// the object: "short-range ballistic missiles, as well as over 1 million artillery shells".
fn object(clause: &str, code: &str, target: Option<&EntityRow>) -> Option<String> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let head = words.iter().position(|w| {
        matches!(lexicon::lookup(&bare(w)), Some(Word::Trigger(t)) if t.code == code || t.code == "AGREE")
    })?;
    let target_words: Vec<String> = target
        .map(|r| {
            r.name.split_whitespace().chain(r.aliases.iter().flat_map(|a| a.split_whitespace()))
        })
        .into_iter()
        .flatten()
        .map(bare)
        .collect();
    let mut picked: Vec<&str> = Vec::new();
    for w in words.iter().skip(head + 1) {
        let b = bare(w);
        let stop =
            matches!(b.as_str(), "to" | "for" | "in" | "on" | "during" | "after" | "because");
        if stop && !picked.is_empty() || picked.len() >= 14 {
            break;
        }
        if picked.is_empty() && (stop || b == "with" || b == "the" || target_words.contains(&b)) {
            continue;
        }
        picked.push(w);
    }
    let text = picked.join(" ");
    let text = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    (!text.is_empty()).then(|| text.to_string())
}

/// The claim a rejection answers: one attributed to the rejection's target (the accuser) or,
/// failing that, any attributed claim, that involves the rejecting party.
fn denied_claim(out: &[Claim], k: usize) -> Option<usize> {
    let r = &out[k];
    let denier = [r.actor_key.as_deref(), r.actor_country_key.as_deref()];
    let involves = |c: &Claim| {
        denier.iter().flatten().any(|d| {
            c.actor_key.as_deref() == Some(d)
                || c.target_key.as_deref() == Some(d)
                || c.actor_country_key.as_deref() == Some(d)
        })
    };
    let by_accuser = |c: &Claim| r.target_key.is_some() && c.source_key == r.target_key;
    let candidates = || (0..out.len()).filter(|&j| j != k && out[j].code != "REJECT");
    candidates()
        .find(|&j| by_accuser(&out[j]) && involves(&out[j]))
        .or_else(|| candidates().find(|&j| out[j].source.is_some() && involves(&out[j])))
}

/// The family of a PLOVER type: types that describe the same kind of act in other words.
fn family(code: &str) -> &str {
    match code {
        "AID" | "SUPPORT" | "COOPERATE" => "support",
        "DISAPPROVE" | "THREATEN" | "DEMAND" => "verbal-conflict",
        "SANCTION" | "COERCE" | "MOBILIZE" => "coerce",
        "ASSAULT" | "FIGHT" => "force",
        "CONCEDE" | "RETREAT" => "concede",
        other => other,
    }
}

/// True when two claims, from any documents, describe the same event: same family of type,
/// same actor (a person in office also stands for the country) and target, in either order
/// for mutual acts. A missing target on one side does not prevent a match.
pub fn claims_match(a: &Claim, b: &Claim) -> bool {
    if family(&a.code) != family(&b.code) {
        return false;
    }
    let mutual = matches!(a.code.as_str(), "CONSULT" | "AGREE" | "COOPERATE" | "FIGHT");
    let direct = same_actor(a, b) && same_target(&a.target_key, &b.target_key);
    let crossed = mutual
        && a.target_key.is_some()
        && eq_key(&a.target_key, &b.actor_key)
        && eq_key(&a.actor_key, &b.target_key);
    direct || crossed
}

fn eq_key(a: &Option<String>, b: &Option<String>) -> bool {
    a.is_some() && a == b
}

fn same_actor(a: &Claim, b: &Claim) -> bool {
    eq_key(&a.actor_key, &b.actor_key)
        || eq_key(&a.actor_country_key, &b.actor_key)
        || eq_key(&a.actor_key, &b.actor_country_key)
}

fn same_target(a: &Option<String>, b: &Option<String>) -> bool {
    a.is_none() || b.is_none() || a == b
}

#[cfg(test)]
mod tests;
