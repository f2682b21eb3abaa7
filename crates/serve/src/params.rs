//! Query strings, read as text and checked here so that every malformed value gets a message
//! naming the parameter and what it should look like.

use crate::error::Problem;
use axum::extract::rejection::QueryRejection;
use parallax_store::SearchQuery;
use serde::Deserialize;

/// The largest page a list or search returns.
pub(crate) const MAX_LIMIT: usize = 200;

/// Paging of a list: `limit` and `offset` (API), or `page` (pages).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Paging {
    pub limit: Option<String>,
    pub offset: Option<String>,
    pub page: Option<String>,
}

/// The parameters of a search, for the API and the search page alike.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct SearchParams {
    pub q: Option<String>,
    pub outlet: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub story: Option<String>,
    pub entity: Option<String>,
    pub limit: Option<String>,
    pub offset: Option<String>,
    pub page: Option<String>,
}

/// The parameters of a query string, or why they could not be read.
pub(crate) fn read<T: Default>(
    query: Result<axum::extract::Query<T>, QueryRejection>,
) -> Result<T, Problem> {
    query.map(|q| q.0).map_err(|e| Problem::bad_request(format!("malformed query string: {e}")))
}

/// A value given and not blank, trimmed.
pub(crate) fn given(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// `limit`: a whole number from 1 to [`MAX_LIMIT`]; `default` when absent.
pub(crate) fn limit(value: Option<&str>, default: usize) -> Result<usize, Problem> {
    let Some(value) = given(value) else { return Ok(default) };
    match value.parse::<usize>() {
        Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(Problem::bad_request(format!(
            "limit must be a whole number from 1 to {MAX_LIMIT}, not {value:?}"
        ))),
    }
}

/// `offset` or `page`: a whole number from 0; 0 when absent.
pub(crate) fn count(name: &str, value: Option<&str>) -> Result<usize, Problem> {
    let Some(value) = given(value) else { return Ok(0) };
    // SQLite counts in i64; anything larger is no page anyone can ask for.
    let n = value.parse::<usize>().ok().filter(|n| i64::try_from(*n).is_ok());
    n.ok_or_else(|| {
        Problem::bad_request(format!("{name} must be a whole number from 0, not {value:?}"))
    })
}

/// An entity id: an integer.
pub(crate) fn entity(value: Option<&str>) -> Result<Option<i64>, Problem> {
    let Some(value) = given(value) else { return Ok(None) };
    value.parse::<i64>().map(Some).map_err(|_| {
        Problem::bad_request(format!("entity must be an entity id (an integer), not {value:?}"))
    })
}

/// A date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real month and day.
pub(crate) fn date(name: &str, value: Option<&str>) -> Result<Option<String>, Problem> {
    let Some(value) = given(value) else { return Ok(None) };
    if is_date_prefix(value) {
        Ok(Some(value.to_string()))
    } else {
        Err(Problem::bad_request(format!(
            "{name} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not {value:?}"
        )))
    }
}

fn is_date_prefix(value: &str) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if parts.len() > 3 || !digits(parts[0], 4) || !parts[1..].iter().all(|p| digits(p, 2)) {
        return false;
    }
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let (year, month, day) = (number(0).unwrap_or(0), number(1), number(2));
    match (month, day) {
        (None, _) => true,
        (Some(m), None) => (1..=12).contains(&m),
        (Some(m), Some(d)) => (1..=12).contains(&m) && d >= 1 && d <= days_in_month(year, m),
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl SearchParams {
    /// The store's query, `per_page` results from `offset`. An empty `q` is left to the caller.
    pub fn to_query(&self, offset: usize, per_page: usize) -> Result<SearchQuery, Problem> {
        let from = date("from", self.from.as_deref())?;
        let to = date("to", self.to.as_deref())?;
        if let (Some(f), Some(t)) = (&from, &to) {
            let n = f.len().min(t.len());
            if f[..n] > t[..n] {
                return Err(Problem::bad_request(format!("from ({f}) is after to ({t})")));
            }
        }
        Ok(SearchQuery {
            text: given(self.q.as_deref()).unwrap_or_default().to_string(),
            entity: entity(self.entity.as_deref())?,
            outlet: given(self.outlet.as_deref()).map(str::to_string),
            from,
            to,
            story: given(self.story.as_deref()).map(str::to_string),
            limit: per_page,
            offset,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_year_month_or_day() {
        for ok in ["2023", "2023-11", "2023-11-09", "2024-02-29", " 2023-01 "] {
            assert!(date("from", Some(ok)).is_ok(), "{ok}");
        }
        for bad in
            ["23", "2023-1", "2023-13", "2023-02-29", "2023-11-31", "2023/11", "nov", "2023-"]
        {
            let e = date("from", Some(bad)).unwrap_err();
            assert_eq!(e.status, axum::http::StatusCode::BAD_REQUEST, "{bad}");
            assert!(e.message.contains("YYYY-MM-DD"), "{}", e.message);
        }
        assert_eq!(date("to", Some("")).unwrap(), None);
    }

    #[test]
    fn limits_are_bounded() {
        assert_eq!(limit(None, 20).unwrap(), 20);
        assert_eq!(limit(Some("200"), 20).unwrap(), 200);
        for bad in ["0", "201", "-1", "ten"] {
            assert!(limit(Some(bad), 20).unwrap_err().message.contains("1 to 200"), "{bad}");
        }
        assert!(count("offset", Some("x")).is_err());
        assert!(entity(Some("Q42")).unwrap_err().message.contains("integer"));
    }

    #[test]
    fn a_reversed_range_is_refused() {
        let p = SearchParams {
            from: Some("2024-03".into()),
            to: Some("2023".into()),
            ..Default::default()
        };
        assert!(p.to_query(0, 20).unwrap_err().message.contains("after"));
        let ok = SearchParams { from: Some("2023-03".into()), to: Some("2023".into()), ..p };
        assert!(ok.to_query(0, 20).is_ok(), "same year compared on the shorter prefix");
    }
}
