//! Reading the knowledge base's tab-separated tables.

use crate::KbError;

/// A data row: its 1-based line number and its cells.
pub(crate) type Row<'a> = (usize, Vec<&'a str>);

/// The data rows of a table with the given number of columns; `#` lines are comments.
pub(crate) fn rows<'a>(
    table: &'static str,
    text: &'a str,
    columns: usize,
) -> impl Iterator<Item = Result<Row<'a>, KbError>> + 'a {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(move |(n, line)| {
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cells.len() == columns {
                Ok((n + 1, cells))
            } else {
                Err(KbError::Row {
                    table,
                    line: n + 1,
                    reason: format!("expected {columns} columns, found {}", cells.len()),
                })
            }
        })
}

/// A `;`-separated list cell.
pub(crate) fn list(cell: &str) -> Vec<String> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// An optional cell: `None` when empty.
pub(crate) fn opt(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| cell.to_string())
}

/// A numeric cell, reported with its line when malformed.
pub(crate) fn number<T: std::str::FromStr>(
    table: &'static str,
    line: usize,
    cell: &str,
) -> Result<Option<T>, KbError> {
    if cell.is_empty() {
        return Ok(None);
    }
    cell.parse().map(Some).map_err(|_| KbError::Row {
        table,
        line,
        reason: format!("not a number: {cell:?}"),
    })
}
