//! Full-text search over titles and bodies (SQLite FTS5, Porter stemming), filtered by
//! entity, outlet, date range and story, ranked by BM25 with titles weighted above bodies,
//! and returned with highlighted snippets.

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

/// Results of a search: the page asked for and how many matched in all.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<SearchHit>,
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
    // Rank every match inside the full-text index (where BM25 is computed), filter and page
    // outside it; snippets are made for the page only.
    let mut stmt = conn.prepare_cached(
        "WITH matched AS MATERIALIZED (
            SELECT rowid AS fts_row, doc_id, bm25(documents_fts, 0.0, 4.0, 1.0) AS score
            FROM documents_fts WHERE documents_fts MATCH ?1
         )
         SELECT m.fts_row, m.doc_id, d.title, d.outlet, d.published, sd.story_id, m.score,
                COUNT(*) OVER () AS total
         FROM matched m
         JOIN documents d ON d.id = m.doc_id
         LEFT JOIN story_documents sd ON sd.doc_id = m.doc_id
         WHERE (?2 IS NULL OR d.outlet = ?2)
           AND (?3 IS NULL OR substr(d.published, 1, length(?3)) >= ?3)
           AND (?4 IS NULL OR substr(d.published, 1, length(?4)) <= ?4)
           AND (?5 IS NULL OR sd.story_id = ?5)
           AND (?6 IS NULL OR EXISTS (SELECT 1 FROM document_entities e
                                      WHERE e.doc_id = m.doc_id AND e.entity_id = ?6))
         ORDER BY m.score, m.doc_id LIMIT ?7 OFFSET ?8",
    )?;
    let rows = stmt.query_map(
        params![
            expression,
            q.outlet,
            q.from,
            q.to,
            q.story,
            q.entity,
            q.limit.max(1) as i64,
            q.offset as i64
        ],
        |r| {
            let hit = SearchHit {
                doc_id: r.get(1)?,
                title: r.get(2)?,
                outlet: r.get(3)?,
                published: r.get(4)?,
                story: r.get(5)?,
                score: r.get(6)?,
                title_highlighted: None,
                snippet: Highlighted::default(),
            };
            Ok((r.get::<_, i64>(0)?, hit, r.get::<_, i64>(7)? as usize))
        },
    )?;
    let (mut total, mut hits) = (0, Vec::new());
    for row in rows {
        let (fts_row, mut hit, n) = row?;
        total = n;
        highlight(conn, &expression, fts_row, &mut hit)?;
        hits.push(hit);
    }
    if hits.is_empty() && q.offset > 0 {
        // A page past the last result still reports how many matched.
        total = search(conn, &SearchQuery { offset: 0, limit: 1, ..q.clone() })?.total;
    }
    Ok(SearchResults { total, hits })
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
