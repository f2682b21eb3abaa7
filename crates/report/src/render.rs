//! Laying a [`Report`] out as plain text or markdown. (JSON is the report serialised.)

use crate::build::shorten;
use crate::{Report, RunStats, SourceView, StoryView};
use std::fmt::Write;

/// How many characters of a sentence a line shows.
const SENTENCE_CHARS: usize = 160;

/// The report as plain text for a terminal.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", heading(report));
    for story in &report.stories {
        let _ = writeln!(out, "\n{}\n{}", rule(story), story_heading(story));
        let _ = writeln!(out, "\n  Sources");
        for s in &story.sources {
            let _ = writeln!(out, "  - {}", source_line(s));
            let _ = writeln!(out, "      {}", provenance_line(s));
        }
        if !story.timeline.is_empty() {
            let _ = writeln!(out, "\n  Timeline");
            for e in &story.timeline {
                let outlet = e.outlet.as_deref().unwrap_or(&e.doc_id);
                let _ = writeln!(
                    out,
                    "  {:<10}  {outlet}: {}",
                    e.date,
                    shorten(&e.sentence, SENTENCE_CHARS)
                );
            }
        }
        if !story.comparison.claims.is_empty() {
            let _ = writeln!(out, "\n  Claims");
            for row in &story.comparison.claims {
                let _ = writeln!(out, "  - [{}] {}", claim_label(row), row.summary);
                for c in &row.citations {
                    let _ = writeln!(out, "      {}", citation_line(c));
                }
                for d in &row.denials {
                    let _ = writeln!(out, "      denied: {}", citation_line(d));
                }
                for c in &row.conflicts {
                    let _ = writeln!(out, "      {c}");
                }
            }
        }
        if !story.comparison.unique.is_empty() {
            let _ = writeln!(out, "\n  Only in one source");
            for u in &story.comparison.unique {
                let _ = writeln!(out, "  {} ({})", u.outlet, u.doc_id);
                for s in &u.sentences {
                    let _ = writeln!(out, "    - {}", shorten(s, SENTENCE_CHARS));
                }
            }
        }
        if !story.who.is_empty() {
            let _ = writeln!(out, "\n  Who's who");
            for w in &story.who {
                let _ = writeln!(out, "  - {}", who_line(w));
            }
        }
        if !story.quotes.is_empty() {
            let _ = writeln!(out, "\n  Quotes by speaker");
            for group in &story.quotes {
                let _ = writeln!(out, "  {}", group.speaker);
                for q in &group.quotes {
                    let _ = writeln!(out, "    - {}", quote_line(q));
                }
            }
        }
    }
    if let Some(run) = &report.run {
        let _ = write!(out, "\n{}", run_summary(run, "", ""));
    }
    out
}

/// The report as markdown.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# parallax report\n\n{}", heading(report));
    for story in &report.stories {
        let _ = writeln!(out, "\n## {}: {}\n", story.id, escape(&story.headline));
        let _ = writeln!(out, "{}\n", story_dates(story));
        let _ = writeln!(
            out,
            "### Sources\n\n| outlet | published | title | how found | from |\n|---|---|---|---|---|"
        );
        for s in &story.sources {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | `{}` |",
                escape(&outlet_label(s)),
                s.published.as_deref().unwrap_or("unknown"),
                escape(s.title.as_deref().unwrap_or("")),
                escape(&provenance_line(s)),
                s.origin
            );
        }
        if !story.timeline.is_empty() {
            let _ = writeln!(out, "\n### Timeline\n\n| date | outlet | sentence |\n|---|---|---|");
            for e in &story.timeline {
                let outlet = e.outlet.as_deref().unwrap_or(&e.doc_id);
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    e.date,
                    escape(outlet),
                    escape(&shorten(&e.sentence, SENTENCE_CHARS))
                );
            }
        }
        if !story.comparison.claims.is_empty() {
            let _ = writeln!(out, "\n### Claims\n\n| status | claim | sources |\n|---|---|---|");
            for row in &story.comparison.claims {
                let mut cites: Vec<String> = row.citations.iter().map(citation_line).collect();
                cites.extend(row.denials.iter().map(|d| format!("denied: {}", citation_line(d))));
                cites.extend(row.conflicts.iter().cloned());
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    claim_label(row),
                    escape(&row.summary),
                    escape(&cites.join("<br>"))
                );
            }
        }
        if !story.comparison.unique.is_empty() {
            let _ = writeln!(out, "\n### Only in one source\n");
            for u in &story.comparison.unique {
                let _ = writeln!(out, "**{}** (`{}`)\n", escape(&u.outlet), u.doc_id);
                for s in &u.sentences {
                    let _ = writeln!(out, "- {}", escape(&shorten(s, SENTENCE_CHARS)));
                }
                out.push('\n');
            }
        }
        if !story.who.is_empty() {
            let _ = writeln!(out, "\n### Who's who\n");
            for w in &story.who {
                let _ = writeln!(out, "- {}", escape(&who_line(w)));
            }
        }
        if !story.quotes.is_empty() {
            let _ = writeln!(out, "\n### Quotes by speaker\n");
            for group in &story.quotes {
                let _ = writeln!(out, "**{}**\n", escape(&group.speaker));
                for q in &group.quotes {
                    let _ = writeln!(out, "- {}", escape(&quote_line(q)));
                }
                out.push('\n');
            }
        }
    }
    if let Some(run) = &report.run {
        let _ = write!(out, "\n## Run\n\n{}", run_summary(run, "- ", "`"));
    }
    out
}

fn who_line(w: &crate::WhoEntry) -> String {
    let roles: Vec<String> =
        w.roles.iter().map(|r| format!("{} [{}]", r.role, r.outlets.join(", "))).collect();
    let mut line = format!("{} ({})", w.name, w.label);
    if !roles.is_empty() {
        let _ = write!(line, ": {}", roles.join("; "));
    }
    let _ = write!(
        line,
        " · {} {}, {} {}",
        w.outlets.len(),
        if w.outlets.len() == 1 { "outlet" } else { "outlets" },
        w.n_mentions,
        if w.n_mentions == 1 { "mention" } else { "mentions" }
    );
    if !w.aliases.is_empty() {
        let _ = write!(line, " · also {}", w.aliases.join(", "));
    }
    line
}

fn claim_label(row: &parallax_compare::ClaimRow) -> String {
    let n = row.independent_sources;
    format!("{}, {n} {}", row.status.as_str(), if n == 1 { "source" } else { "sources" })
}

fn citation_line(c: &parallax_compare::Citation) -> String {
    let said =
        c.attributed_to.as_deref().map(|s| format!(", according to {s}")).unwrap_or_default();
    let by = c.by.as_deref().map(|b| format!(" by {b}")).unwrap_or_default();
    format!("{}{by}{said} ({}): {}", c.outlet, c.factuality, shorten(&c.sentence, SENTENCE_CHARS))
}

fn quote_line(q: &crate::QuoteEntry) -> String {
    let outlet = q.outlet.as_deref().unwrap_or(&q.doc_id);
    let cue = q.cue.as_deref().map(|c| format!(", {c}")).unwrap_or_default();
    format!("{outlet} ({}{cue}): \u{201c}{}\u{201d}", q.kind, shorten(&q.text, SENTENCE_CHARS))
}

fn heading(report: &Report) -> String {
    let n = report.stories.len();
    format!(
        "{n} {} from {} {}",
        if n == 1 { "story" } else { "stories" },
        report.n_documents,
        if report.n_documents == 1 { "document" } else { "documents" }
    )
}

fn rule(story: &StoryView) -> String {
    "=".repeat(story.headline.chars().count().clamp(20, 78) + story.id.len() + 2)
}

fn story_heading(story: &StoryView) -> String {
    format!("{}: {}\n  {}", story.id, story.headline, story_dates(story))
}

fn story_dates(story: &StoryView) -> String {
    let span = match (&story.first_published, &story.last_published) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) => a.clone(),
        _ => "undated".to_string(),
    };
    let n = story.sources.len();
    format!(
        "{span} · {n} {} · {} independent {}",
        if n == 1 { "document" } else { "documents" },
        story.independent_sources,
        if story.independent_sources == 1 { "source" } else { "sources" }
    )
}

fn outlet_label(s: &SourceView) -> String {
    let outlet = s.outlet.clone().unwrap_or_else(|| "unknown outlet".to_string());
    match &s.agency {
        Some(agency) => format!("{outlet} (via {agency})"),
        None => outlet,
    }
}

fn source_line(s: &SourceView) -> String {
    let mut line =
        format!("{}  {}", s.published.as_deref().unwrap_or("undated   "), outlet_label(s));
    if let Some(title) = &s.title {
        let _ = write!(line, "  \"{}\"", shorten(title, 90));
    }
    if !s.authors.is_empty() {
        let _ = write!(line, "  by {}", s.authors.join(", "));
    }
    if let Some(dup) = &s.duplicate_of {
        let _ = write!(line, "  [copy of {dup}]");
    }
    line
}

fn provenance_line(s: &SourceView) -> String {
    let mut parts = vec![format!("from {}", s.origin)];
    if let Some(how) = &s.published_how {
        parts.push(format!("date {how}"));
    }
    if let Some(how) = &s.outlet_how {
        parts.push(format!("outlet {how}"));
    }
    if s.language.as_deref() != Some("en") {
        parts.push(format!("language {}", s.language.as_deref().unwrap_or("unknown")));
    }
    if !s.removed.is_empty() {
        parts.push(format!("left out: {}", s.removed.join(", ")));
    }
    parts.join("; ")
}

fn run_summary(run: &RunStats, bullet: &str, code: &str) -> String {
    let mut out = String::new();
    let skipped: usize = run.skipped.iter().map(|(_, n)| n).sum();
    let _ = writeln!(
        out,
        "{bullet}read {} documents: {} analysed, {skipped} skipped{}",
        run.read,
        run.analysed,
        if skipped > 0 {
            format!(
                " ({})",
                run.skipped.iter().map(|(r, n)| format!("{r}: {n}")).collect::<Vec<_>>().join(", ")
            )
        } else {
            String::new()
        }
    );
    let refreshed = if run.refreshed > 0 {
        format!(", {} analysed again (stored by another version)", run.refreshed)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{bullet}stored {} new, {} already stored{refreshed}; {} not in English; {} warnings",
        run.added, run.already_stored, run.not_english, run.warnings
    );
    if run.stale > 0 {
        let _ = writeln!(
            out,
            "{bullet}{} stored documents not in this run were analysed by another version of \
             parallax; analyse their files again to refresh them",
            run.stale
        );
    }
    for p in &run.problems {
        let _ = writeln!(out, "{bullet}{code}{p}{code}");
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_lines_count_in_the_singular_and_the_plural() {
        let mut who = crate::WhoEntry {
            key: "PERSON:maria zakharova".into(),
            name: "Maria Zakharova".into(),
            label: "PERSON".into(),
            kb: None,
            roles: Vec::new(),
            aliases: Vec::new(),
            n_mentions: 1,
            outlets: vec!["UPI".into()],
        };
        assert!(who_line(&who).ends_with(" · 1 outlet, 1 mention"), "{}", who_line(&who));
        who.n_mentions = 3;
        who.outlets.push("The Kyiv Independent".into());
        assert!(who_line(&who).ends_with(" · 2 outlets, 3 mentions"), "{}", who_line(&who));
    }

    #[test]
    fn a_run_says_what_it_analysed_again_and_what_is_left_stale() {
        let run =
            RunStats { read: 3, analysed: 2, added: 1, already_stored: 1, ..Default::default() };
        let plain = run_summary(&run, "", "");
        assert!(plain.contains("stored 1 new, 1 already stored;"), "{plain}");
        assert!(!plain.contains("another version"), "{plain}");
        let run = RunStats { refreshed: 1, stale: 4, ..run };
        let text = run_summary(&run, "", "");
        assert!(text.contains("1 already stored, 1 analysed again (stored by another version)"));
        assert!(text.contains("4 stored documents not in this run were analysed by another"));
    }
}
