//! Full-text search over titles and bodies (SQLite FTS5, Porter stemming), filtered by
//! entity, outlet, date range and story, ranked by BM25 with titles weighted above bodies,
//! and returned with highlighted snippets.
//!
//! Ranking is bounded: BM25 is computed for at most [`RANK_WINDOW`] matches, the most recently
//! stored ones (the index is walked newest first and filters are applied during the walk).
//! A word found in nearly every article would otherwise cost a score for each of them, and
//! its BM25 weight is then close to nothing anyway. Results say when the window applied.

use crate::{Result, StoreError};
use rusqlite::{Connection, params};
use serde::Serialize;

/// A search: the words, phrases in double quotes, and filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchQuery {
    pub text: String,
    pub entity: Option<i64>,
    pub outlet: Option<String>,
    /// Earliest publication date, inclusive (`2023-11` or `2023-11-09`).
    pub from: Option<String>,
    /// Latest publication date, inclusive, compared on the same number of characters.
    pub to: Option<String>,
    pub story: Option<String>,
    pub limit: usize,
    pub offset: usize,
}

/// The most matches a search ranks; beyond it, the most recently stored are ranked.
pub const RANK_WINDOW: usize = 5_000;

/// The match and the filters, applied while the index is walked.
const FILTERED: &str = "WHERE documents_fts MATCH ?1
      AND (?2 IS NULL OR EXISTS (SELECT 1 FROM documents d
            WHERE d.rowid = f.rowid AND d.outlet = ?2))
      AND (?3 IS NULL OR EXISTS (SELECT 1 FROM documents d
            WHERE d.rowid = f.rowid AND substr(d.published, 1, length(?3)) >= ?3))
      AND (?4 IS NULL OR EXISTS (SELECT 1 FROM documents d
            WHERE d.rowid = f.rowid AND substr(d.published, 1, length(?4)) <= ?4))
      AND (?5 IS NULL OR EXISTS (SELECT 1 FROM story_documents sd
            WHERE sd.doc_id = f.doc_id AND sd.story_id = ?5))
      AND (?6 IS NULL OR EXISTS (SELECT 1 FROM document_entities e
            WHERE e.doc_id = f.doc_id AND e.entity_id = ?6))";

/// Results of a search: the page asked for and how many matched in all.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SearchResults {
    /// How many documents match; a lower bound when `total_exact` is false.
    pub total: usize,
    pub hits: Vec<SearchHit>,
    /// False when more documents matched than were ranked (see `ranked_recent`) and the
    /// filters made counting them all too costly.
    pub total_exact: bool,
    /// Set when only the most recently stored matches were ranked: how many.
    pub ranked_recent: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchHit {
    pub doc_id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub story: Option<String>,
    /// BM25 score; lower is better, as SQLite reports it.
    pub score: f64,
    pub title_highlighted: Option<Highlighted>,
    pub snippet: Highlighted,
}

/// Text with the parts that matched the query: code-point ranges into `text`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Highlighted {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
}

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

impl Highlighted {
    /// Reads text in which SQLite marked each match between `OPEN` and `CLOSE`.
    fn from_marked(marked: &str) -> Highlighted {
        let mut out = Highlighted::default();
        let (mut n, mut start) = (0, None);
        for c in marked.chars() {
            match c {
                OPEN => start = Some(n),
                CLOSE => {
                    if let Some(s) = start.take() {
                        out.highlights.push((s, n));
                    }
                }
                c => {
                    out.text.push(c);
                    n += 1;
                }
            }
        }
        out
    }
}

/// The FTS5 expression for a user's query: each word and each double-quoted phrase becomes a
/// quoted FTS string, so no character of the query is read as FTS syntax; all must match.
pub fn fts_expression(query: &str) -> Option<String> {
    let mut terms = Vec::new();
    for (i, part) in query.split('"').enumerate() {
        let quoted = i % 2 == 1;
        let words: Vec<String> = part
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if quoted && !words.is_empty() {
            terms.push(format!("\"{}\"", words.join(" ")));
        } else {
            terms.extend(words.into_iter().map(|w| format!("\"{w}\"")));
        }
    }
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

pub(crate) fn search(conn: &Connection, q: &SearchQuery) -> Result<SearchResults> {
    let expression = fts_expression(&q.text).ok_or(StoreError::EmptyQuery)?;
    let filtered = q.outlet.is_some()
        || q.from.is_some()
        || q.to.is_some()
        || q.story.is_some()
        || q.entity.is_some();
    let n_match: i64 = conn
        .prepare_cached("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?1")?
        .query_row([&expression], |r| r.get(0))?;
    // Rank inside the index (where BM25 is computed), walking newest first and filtering as
    // it goes, at most RANK_WINDOW rows; then page, and make snippets for the page only.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT fts_row, doc_id, score, COUNT(*) OVER () FROM (
            SELECT f.rowid AS fts_row, f.doc_id AS doc_id,
                   bm25(documents_fts, 0.0, 4.0, 1.0) AS score
            FROM documents_fts f
{FILTERED}
            ORDER BY f.rowid DESC LIMIT ?7
         ) ORDER BY score, doc_id LIMIT ?8 OFFSET ?9"
    ))?;
    let rows = stmt.query_map(
        params![
            expression,
            q.outlet,
            q.from,
            q.to,
            q.story,
            q.entity,
            RANK_WINDOW as i64,
            q.limit.max(1) as i64,
            q.offset as i64
        ],
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, f64>(2)?, r.get(3)?)),
    )?;
    let mut ranked: Option<i64> = None;
    let mut hits = Vec::new();
    for row in rows {
        let (fts_row, doc_id, score, n): (i64, String, f64, i64) = row?;
        ranked = Some(n);
        hits.push(hit(conn, &expression, fts_row, doc_id, score)?);
    }
    let ranked = match ranked {
        Some(n) => n as usize,
        None => ranked_count(conn, q, &expression)?,
    };
    let window_full = ranked >= RANK_WINDOW && n_match as usize > RANK_WINDOW;
    let (total, total_exact) = match (filtered, window_full) {
        (false, _) => (n_match as usize, true),
        (true, false) => (ranked, true),
        (true, true) => (ranked, false),
    };
    Ok(SearchResults { total, hits, total_exact, ranked_recent: window_full.then_some(ranked) })
}

/// How many matches the ranking window holds, for a page past the last result.
fn ranked_count(conn: &Connection, q: &SearchQuery, expression: &str) -> Result<usize> {
    let sql = format!(
        "SELECT COUNT(*) FROM (SELECT 1 FROM documents_fts f {FILTERED}
         ORDER BY f.rowid DESC LIMIT ?7)"
    );
    let n: i64 = conn.prepare_cached(&sql)?.query_row(
        params![expression, q.outlet, q.from, q.to, q.story, q.entity, RANK_WINDOW as i64],
        |r| r.get(0),
    )?;
    Ok(n as usize)
}

/// A hit with its document's metadata, its story and what matched.
fn hit(
    conn: &Connection,
    expression: &str,
    fts_row: i64,
    doc_id: String,
    score: f64,
) -> Result<SearchHit> {
    let (title, outlet, published, story) = conn
        .prepare_cached(
            "SELECT d.title, d.outlet, d.published, sd.story_id FROM documents d
             LEFT JOIN story_documents sd ON sd.doc_id = d.id WHERE d.id = ?1",
        )?
        .query_row([&doc_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    let mut hit = SearchHit {
        doc_id,
        title,
        outlet,
        published,
        story,
        score,
        title_highlighted: None,
        snippet: Highlighted::default(),
    };
    highlight(conn, expression, fts_row, &mut hit)?;
    Ok(hit)
}

/// Marks what matched in a hit's title and cuts a snippet of its body around the matches.
fn highlight(conn: &Connection, expression: &str, fts_row: i64, hit: &mut SearchHit) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT highlight(documents_fts, 1, char(57344), char(57345)),
                snippet(documents_fts, 2, char(57344), char(57345), '…', 24)
         FROM documents_fts WHERE documents_fts MATCH ?1 AND rowid = ?2",
    )?;
    let (title, body): (Option<String>, Option<String>) =
        stmt.query_row(params![expression, fts_row], |r| Ok((r.get(0)?, r.get(1)?)))?;
    hit.title_highlighted = title.as_deref().map(Highlighted::from_marked);
    hit.snippet = Highlighted::from_marked(body.as_deref().unwrap_or(""));
    Ok(())
}
