//! The claim table (each claim with its status, sources, citations, denials and conflicts) and
//! the quotes by speaker.

use crate::html::{Html, class_token, entity_url, plural, sentence_url, shorten};
use parallax_compare::{Citation, ClaimRow, Status};
use parallax_report::{QuoteEntry, SpeakerQuotes};
use std::collections::HashMap;

/// Groups in the order the table shows them.
const GROUPS: [(Status, &str); 3] = [
    (Status::Disputed, "Disputed: a source denies it, or the sources differ on a date or figure"),
    (Status::Corroborated, "Corroborated: carried by two or more independent sources"),
    (Status::SingleSource, "Single source: carried by one independent source only"),
];

/// The claim table, rows grouped by status.
pub fn claim_table(rows: &[ClaimRow]) -> Html {
    let mut h = Html::new();
    if rows.is_empty() {
        h.elem("p", &[("class", "empty")], "No claims were found in this story's sources.");
        return h;
    }
    h.open("div", &[("class", "claim-filter"), ("role", "group"), ("aria-label", "show")]);
    for (status, _) in GROUPS {
        let n = rows.iter().filter(|r| r.status == status).count();
        h.open("label", &[("class", &format!("status status-{}", status.as_str()))]);
        h.void(
            "input",
            &[("type", "checkbox"), ("checked", "checked"), ("value", status.as_str())],
        );
        h.text(&format!(" {} ({n})", status.as_str())).close("label");
    }
    h.close("div");
    h.open("table", &[("id", "claims"), ("class", "claims")]);
    h.literal("<thead><tr><th>status</th><th>claim</th><th>actor → target</th>");
    h.literal("<th>outlets</th><th>sources</th><th>evidence</th></tr></thead>");
    for (status, heading) in GROUPS {
        let group: Vec<&ClaimRow> = rows.iter().filter(|r| r.status == status).collect();
        if group.is_empty() {
            continue;
        }
        h.open("tbody", &[("class", &format!("group group-{}", status.as_str()))]);
        h.open("tr", &[("class", "group-heading")]);
        h.elem("th", &[("colspan", "6")], &format!("{heading} ({})", group.len()));
        h.close("tr");
        for row in group {
            claim_row(&mut h, row);
        }
        h.close("tbody");
    }
    h.close("table");
    h
}

fn claim_row(h: &mut Html, row: &ClaimRow) {
    let status = row.status.as_str();
    h.open("tr", &[("class", &format!("claim {status}")), ("data-status", status)]);
    h.open("td", &[]).elem("span", &[("class", &format!("status status-{status}"))], status);
    h.close("td");
    h.open("td", &[("class", "summary")]).text(&row.summary);
    if let Some(mode) = &row.mode {
        h.elem("span", &[("class", "mode")], &format!(" ({mode})"));
    }
    h.close("td");
    let actor = row.actor.as_deref().unwrap_or("(someone)");
    let arrow = match &row.target {
        Some(t) => format!("{actor} → {t}"),
        None => actor.to_string(),
    };
    h.open("td", &[("class", "actors")]).text(&arrow);
    h.elem("span", &[("class", "code")], &format!(" {}", row.code)).close("td");
    h.elem("td", &[("class", "outlets")], &row.outlets.join(", "));
    h.elem("td", &[("class", "num")], &row.independent_sources.to_string());
    h.open("td", &[("class", "evidence")]);
    citations(h, &row.citations, "citations");
    if !row.denials.is_empty() {
        h.elem("p", &[("class", "denied-heading")], "Denied:");
        citations(h, &row.denials, "denials");
    }
    for c in &row.conflicts {
        h.elem("p", &[("class", "conflict")], c);
    }
    h.close("td").close("tr");
}

fn citations(h: &mut Html, list: &[Citation], class: &'static str) {
    h.open("ul", &[("class", class)]);
    for c in list {
        h.open("li", &[]);
        h.elem("span", &[("class", "outlet")], &c.outlet);
        if let Some(by) = &c.by {
            h.text(&format!(", denied by {by}"));
        }
        if let Some(source) = &c.attributed_to {
            h.text(&format!(", according to {source}"));
        }
        let fact = format!("fact fact-{}", class_token(&c.factuality));
        h.text(" ").elem("span", &[("class", &fact)], &c.factuality).text(": ");
        let href = sentence_url(&c.doc_id, c.sentence_index);
        h.open("a", &[("class", "cite"), ("href", &href)]);
        h.text(&format!("“{}”", shorten(&c.sentence, 300))).close("a");
        h.close("li");
    }
    h.close("ul");
}

/// Quotes grouped by speaker, each with its outlet, kind, cue and a link to its sentence.
pub fn quotes(groups: &[SpeakerQuotes], entity_ids: &HashMap<String, i64>) -> Html {
    let mut h = Html::new();
    if groups.is_empty() {
        h.elem("p", &[("class", "empty")], "No reported statements were found.");
        return h;
    }
    for group in groups {
        h.open("div", &[("class", "speaker")]);
        h.open("h3", &[]);
        match group.key.as_ref().and_then(|k| entity_ids.get(k)) {
            Some(id) => h.link(&entity_url(*id), &group.speaker),
            None => h.text(&group.speaker),
        };
        h.elem(
            "span",
            &[("class", "count")],
            &format!(" {}", plural(group.quotes.len(), "statement", "statements")),
        );
        h.close("h3");
        h.open("ul", &[("class", "quote-list")]);
        for q in &group.quotes {
            quote(&mut h, q);
        }
        h.close("ul").close("div");
    }
    h
}

fn quote(h: &mut Html, q: &QuoteEntry) {
    h.open("li", &[("class", &format!("quote-entry kind-{}", class_token(&q.kind)))]);
    h.elem("span", &[("class", "outlet")], q.outlet.as_deref().unwrap_or(&q.doc_id));
    h.text(" ").elem("span", &[("class", "kind")], &q.kind);
    if let Some(cue) = &q.cue {
        h.text(" ").elem("span", &[("class", "cue"), ("title", "cue")], cue);
    }
    h.text(": ");
    let href = sentence_url(&q.doc_id, q.sentence_index);
    h.open("a", &[("class", "quote-text"), ("href", &href), ("title", &shorten(&q.sentence, 400))]);
    h.text(&format!("“{}”", shorten(&q.text, 400))).close("a");
    h.close("li");
}
