//! The body of an upload: a JSON array of contract input records, one record, or JSON Lines.
//! A record that cannot be read gets its own reason and the others go on.

use crate::error::Problem;
use parallax_model::contract::InputRecord;
use serde_json::Value;

/// One record of an upload, as read.
#[derive(Debug)]
pub(crate) struct Item {
    /// 0-based position among the records of the body.
    pub index: usize,
    /// 1-based line of a JSON Lines body.
    pub line: Option<usize>,
    /// The record, or why it could not be read.
    pub record: Result<InputRecord, String>,
}

impl Item {
    /// Where the record was: `line 3` or `record 2` (1-based, as people count).
    pub fn place(&self) -> String {
        match self.line {
            Some(line) => format!("line {line}"),
            None => format!("record {}", self.index + 1),
        }
    }
}

/// Whether the content type announces JSON Lines.
pub(crate) fn is_json_lines(content_type: Option<&str>) -> bool {
    let Some(ct) = content_type else { return false };
    let essence = ct.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "application/x-ndjson"
            | "application/ndjson"
            | "application/jsonl"
            | "application/x-jsonlines"
    )
}

/// Reads the records of a body. Fails as a whole only when the body holds no record at all or,
/// outside JSON Lines, is not JSON.
pub(crate) fn parse(body: &[u8], json_lines: bool) -> Result<Vec<Item>, Problem> {
    let items = if json_lines { parse_lines(body) } else { parse_json(body)? };
    if items.is_empty() {
        return Err(Problem::bad_request("the body holds no records"));
    }
    Ok(items)
}

fn parse_lines(body: &[u8]) -> Vec<Item> {
    let lines = body.split(|&b| b == b'\n').enumerate();
    let records = lines.filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace));
    records
        .enumerate()
        .map(|(index, (n, line))| Item {
            index,
            line: Some(n + 1),
            record: serde_json::from_slice::<Value>(line)
                .map_err(|e| format!("not valid JSON: {e}"))
                .and_then(record),
        })
        .collect()
}

fn parse_json(body: &[u8]) -> Result<Vec<Item>, Problem> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        Problem::bad_request(format!(
            "the body is not valid JSON ({e}); send an array of records, one record, or JSON Lines \
             with Content-Type: application/x-ndjson"
        ))
    })?;
    let values = match value {
        Value::Array(values) => values,
        Value::Object(_) => vec![value],
        _ => {
            return Err(Problem::bad_request(
                "the body must be a JSON array of records or one record (an object)",
            ));
        }
    };
    Ok(values
        .into_iter()
        .enumerate()
        .map(|(index, v)| Item { index, line: None, record: record(v) })
        .collect())
}

/// One contract input record from a JSON value, with a reason when it is not one.
fn record(value: Value) -> Result<InputRecord, String> {
    let Value::Object(fields) = &value else {
        return Err("a record must be a JSON object".to_string());
    };
    match fields.get("text") {
        None | Some(Value::Null) => return Err("the record has no \"text\"".to_string()),
        Some(Value::String(t)) if t.trim().is_empty() => {
            return Err("the record has an empty \"text\"".to_string());
        }
        Some(Value::String(_)) => {}
        Some(_) => return Err("\"text\" must be a string".to_string()),
    }
    serde_json::from_value(value).map_err(|e| format!("not a contract input record: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(items: &[Item]) -> Vec<Option<&str>> {
        items.iter().map(|i| i.record.as_ref().err().map(String::as_str)).collect()
    }

    #[test]
    fn json_lines_keep_going_past_bad_lines() {
        let body = b"{\"id\": \"a\", \"text\": \"One.\"}\n\n{oops\n{\"id\": \"c\"}\r\n{\"text\": \"Two.\"}\n";
        let items = parse(body, true).unwrap();
        assert_eq!(items.len(), 4, "the blank line is skipped");
        assert_eq!(items.iter().map(|i| i.line.unwrap()).collect::<Vec<_>>(), [1, 3, 4, 5]);
        let r = reasons(&items);
        assert_eq!(r[0], None);
        assert!(r[1].unwrap().starts_with("not valid JSON"));
        assert_eq!(r[2], Some("the record has no \"text\""));
        assert_eq!(items[3].record.as_ref().unwrap().text, "Two.");
        assert_eq!(items[2].place(), "line 4");
    }

    #[test]
    fn arrays_and_single_objects_are_read() {
        let items = parse(br#"[{"text": "A."}, 3, {"text": " "}, {"text": 5}]"#, false).unwrap();
        let r = reasons(&items);
        assert_eq!(r[0], None);
        assert_eq!(r[1], Some("a record must be a JSON object"));
        assert_eq!(r[2], Some("the record has an empty \"text\""));
        assert_eq!(r[3], Some("\"text\" must be a string"));
        assert_eq!(items[1].place(), "record 2");
        let one = parse(br#"{"id": "x", "text": "B.", "outlet": "Ledger"}"#, false).unwrap();
        assert_eq!(one[0].record.as_ref().unwrap().outlet.as_deref(), Some("Ledger"));
    }

    #[test]
    fn unreadable_bodies_are_refused_whole() {
        assert!(parse(b"{not json", false).unwrap_err().message.contains("x-ndjson"));
        assert!(parse(b"\"text\"", false).is_err());
        assert!(parse(b"[]", false).unwrap_err().message.contains("no records"));
        assert!(parse(b"\n \n", true).is_err());
        assert!(is_json_lines(Some("application/x-ndjson; charset=utf-8")));
        assert!(!is_json_lines(Some("application/json")));
    }
}
