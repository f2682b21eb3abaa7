//! The claim table: claims aligned across sources and labelled.

use crate::{Members, outlet_of, source_of};
use parallax_events::{Claim, claims_match};
use parallax_model::StoredDocument;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Corroborated,
    SingleSource,
    Disputed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Corroborated => "corroborated",
            Status::SingleSource => "single-source",
            Status::Disputed => "disputed",
        }
    }
}

/// Where a claim (or its denial) is stated.
#[derive(Clone, Debug, Serialize)]
pub struct Citation {
    pub outlet: String,
    pub doc_id: String,
    pub sentence: String,
    /// The sentence's index among the document's sentences, for a link to it.
    pub sentence_index: Option<usize>,
    /// Who the statement is attributed to; `None` when the outlet states it itself.
    pub attributed_to: Option<String>,
    /// How the text holds it: asserted, denied, alleged, hedged, planned, hypothetical.
    pub factuality: String,
    /// For a denial: who denies.
    pub by: Option<String>,
}

/// One claim of a story, as all its sources carry it.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimRow {
    /// "North Korea AID (military) → Russia: military equipment".
    pub summary: String,
    pub code: String,
    pub mode: Option<String>,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub status: Status,
    /// Independent sources that carry the claim.
    pub independent_sources: usize,
    pub outlets: Vec<String>,
    pub citations: Vec<Citation>,
    pub denials: Vec<Citation>,
    /// Why the sources conflict, beyond denials: differing dates or figures.
    pub conflicts: Vec<String>,
}

struct Row {
    rep: Claim,
    claims: Vec<Claim>,
    sources: Vec<String>,
    citations: Vec<Citation>,
    denials: Vec<Citation>,
}

/// The story's claims aligned across its sources, disputed first, then the most widely
/// carried.
pub fn claim_rows(members: &Members) -> Vec<ClaimRow> {
    let mut docs: Vec<&StoredDocument> =
        members.iter().filter(|(_, dup)| dup.is_none()).map(|(d, _)| *d).collect();
    docs.sort_by(|a, b| {
        (&a.record.published, &a.record.id).cmp(&(&b.record.published, &b.record.id))
    });
    let mut rows: Vec<Row> = Vec::new();
    for doc in &docs {
        let claims: Vec<Claim> =
            doc.claims.iter().filter_map(|v| serde_json::from_value(v.clone()).ok()).collect();
        let mut row_of: Vec<Option<usize>> = vec![None; claims.len()];
        for (k, claim) in claims.iter().enumerate() {
            if claim.denies.is_some() {
                continue;
            }
            let at = rows.iter().position(|r| claims_match(&r.rep, claim));
            let at = at.unwrap_or_else(|| {
                rows.push(Row {
                    rep: claim.clone(),
                    claims: Vec::new(),
                    sources: Vec::new(),
                    citations: Vec::new(),
                    denials: Vec::new(),
                });
                rows.len() - 1
            });
            let row = &mut rows[at];
            row.claims.push(claim.clone());
            push_unique(&mut row.sources, source_of(doc));
            row.citations.push(citation(doc, claim, None));
            row_of[k] = Some(at);
        }
        for claim in &claims {
            if let Some(at) = claim.denies.and_then(|j| row_of.get(j).copied().flatten()) {
                let by = claim.actor.clone().or_else(|| claim.source.clone());
                rows[at].denials.push(citation(doc, claim, by));
            }
        }
    }
    let mut out: Vec<ClaimRow> = rows.into_iter().map(finish).collect();
    out.sort_by_key(|r| (r.status != Status::Disputed, std::cmp::Reverse(r.independent_sources)));
    out
}

fn citation(doc: &StoredDocument, claim: &Claim, by: Option<String>) -> Citation {
    let (start, end) = claim.evidence;
    Citation {
        outlet: outlet_of(doc),
        doc_id: doc.record.id.clone(),
        sentence: doc.text.get(start..end).unwrap_or("").trim().to_string(),
        sentence_index: doc.sentence_at_byte(start),
        attributed_to: claim.source.clone(),
        factuality: serde_json::to_value(claim.factuality)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        by,
    }
}

fn finish(row: Row) -> ClaimRow {
    let conflicts = conflicts(&row.claims);
    let independent = row.sources.len();
    let status = if !row.denials.is_empty() || !conflicts.is_empty() {
        Status::Disputed
    } else if independent >= 2 {
        Status::Corroborated
    } else {
        Status::SingleSource
    };
    let mut outlets: Vec<String> = Vec::new();
    for c in &row.citations {
        push_unique(&mut outlets, c.outlet.clone());
    }
    ClaimRow {
        summary: summary(&row.rep),
        code: row.rep.code.clone(),
        mode: row.rep.mode.clone(),
        actor: row.rep.actor.clone(),
        target: row.rep.target.clone(),
        status,
        independent_sources: independent,
        outlets,
        citations: row.citations,
        denials: row.denials,
        conflicts,
    }
}

/// Differing full dates, or differing figures, among claims of the same event.
fn conflicts(claims: &[Claim]) -> Vec<String> {
    let mut out = Vec::new();
    let days: Vec<&str> =
        claims.iter().filter_map(|c| c.date.as_deref()).filter(|d| d.len() == 10).collect();
    if days.windows(2).any(|w| w[0] != w[1]) {
        out.push(format!("dates differ: {}", dedup(&days).join(" vs ")));
    }
    let figures: Vec<String> = claims.iter().filter_map(|c| figure(c.object.as_deref()?)).collect();
    if figures.windows(2).any(|w| w[0] != w[1]) {
        let refs: Vec<&str> = figures.iter().map(String::as_str).collect();
        out.push(format!("figures differ: {}", dedup(&refs).join(" vs ")));
    }
    out
}

/// The number in a claim's object ("over 1 million artillery shells" → "1 million").
fn figure(object: &str) -> Option<String> {
    let words: Vec<&str> = object.split_whitespace().collect();
    let at = words.iter().position(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))?;
    let scale =
        words.get(at + 1).filter(|w| matches!(**w, "million" | "billion" | "thousand" | "hundred"));
    Some(match scale {
        Some(s) => format!("{} {s}", words[at]),
        None => words[at].trim_end_matches([',', '.']).to_string(),
    })
}

fn summary(c: &Claim) -> String {
    let mut s = c.actor.clone().unwrap_or_else(|| "(someone)".to_string());
    s.push(' ');
    s.push_str(&c.code);
    if let Some(mode) = &c.mode {
        s.push_str(&format!(" ({mode})"));
    }
    if let Some(target) = &c.target {
        s.push_str(&format!(" → {target}"));
    }
    if let Some(object) = &c.object {
        s.push_str(&format!(": {object}"));
    }
    if let Some(date) = &c.date {
        s.push_str(&format!(" [{date}]"));
    }
    s
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

fn dedup<'a>(items: &[&'a str]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for i in items {
        if !out.contains(i) {
            out.push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::figure;

    #[test]
    fn figures_keep_their_scale() {
        assert_eq!(figure("over 1 million artillery shells").as_deref(), Some("1 million"));
        assert_eq!(figure("12 dead,").as_deref(), Some("12"));
        assert_eq!(figure("shells"), None);
    }
}
