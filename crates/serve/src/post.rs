//! `POST /api/articles`: contract input records in, analysed, stored and clustered; one result
//! per record out, with a summary of what was read, kept and skipped.

use crate::body::{self, Item};
use crate::error::{ApiError, Problem};
use crate::write::{self, Status, Written};
use crate::{AppState, Shared};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use parallax_model::contract::DiagnosticOut;
use parallax_model::{Level, Origin, StoredDocument};
use parallax_store::StoriesChange;
use serde::Serialize;
use std::sync::Arc;

/// Where uploaded documents say they came from, with their position in the upload.
const ORIGIN: &str = "POST /api/articles";

/// The answer to an upload.
#[derive(Debug, Serialize)]
pub(crate) struct Uploaded {
    /// Present when no record could be kept: the same shape as every API error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
    pub summary: Summary,
    pub stories: StoriesChangeOut,
    pub records: Vec<RecordResult>,
}

/// Counts of an upload: records read, kept (stored now or before), skipped (unreadable).
#[derive(Debug, Default, Serialize)]
pub(crate) struct Summary {
    pub read: usize,
    pub kept: usize,
    pub skipped: usize,
    pub added: usize,
    pub already_stored: usize,
    pub renamed: usize,
    /// Stored before by another version of parallax, and analysed again now.
    pub refreshed: usize,
}

#[derive(Debug, Default, Serialize)]
pub(crate) struct StoriesChangeOut {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
}

/// What happened to one record.
#[derive(Debug, Serialize)]
pub(crate) struct RecordResult {
    pub index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The id the record gave, if any.
    pub given_id: Option<String>,
    /// The id it is stored under; `null` when it was not read.
    pub id: Option<String>,
    pub status: Status,
    pub story: Option<String>,
    pub diagnostics: Vec<DiagnosticOut>,
}

pub(crate) async fn articles(State(state): State<AppState>, request: Request) -> Response {
    match upload(state, request).await {
        Ok((status, answer)) => (status, Json(answer)).into_response(),
        Err(problem) => ApiError(problem).into_response(),
    }
}

async fn upload(state: AppState, request: Request) -> Result<(StatusCode, Uploaded), Problem> {
    authorize(&state, request.headers())?;
    let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let json_lines = body::is_json_lines(content_type);
    let limit = state.max_body_bytes;
    let bytes = Bytes::from_request(request, &()).await.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("the request body is larger than the limit of {limit} bytes"),
        ),
        status => Problem::new(status, format!("cannot read the request body: {e}")),
    })?;
    let items = body::parse(&bytes, json_lines)?;
    let (items, docs) = analyse(Arc::clone(&state), items).await?;
    let kept: Vec<StoredDocument> = docs.iter().flatten().cloned().collect();
    let (written, change) = if kept.is_empty() {
        (Vec::new(), StoriesChange::default())
    } else {
        let mut writer = Arc::clone(&state.writer).lock_owned().await;
        tokio::task::spawn_blocking(move || write::store_batch(&mut writer, &kept))
            .await
            .map_err(|e| Problem::internal(format!("the writer stopped: {e}")))??
    };
    let answer = answer(&items, &docs, written, change);
    if answer.summary.kept == 0 {
        let reasons: Vec<&str> = answer
            .records
            .iter()
            .flat_map(|r| &r.diagnostics)
            .map(|d| d.message.as_str())
            .collect();
        let problem =
            Problem::bad_request(format!("no record could be read: {}", reasons.join("; ")));
        return Ok((
            problem.status,
            Uploaded { error: Some(problem.body()["error"].clone()), ..answer },
        ));
    }
    Ok((StatusCode::CREATED, answer))
}

/// Refuses an upload without the right bearer token, or when the server has no token.
fn authorize(state: &Shared, headers: &HeaderMap) -> Result<(), Problem> {
    let Some(expected) = &state.token else {
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            "uploads are disabled: this server was started without a token. Restart it with one \
             (`parallax serve --token <TOKEN>`, or the PARALLAX_TOKEN environment variable) and \
             send it as `Authorization: Bearer <TOKEN>`",
        ));
    };
    let given = headers.get(header::AUTHORIZATION).and_then(bearer);
    match given {
        Some(token) if same(token.as_bytes(), expected.as_bytes()) => Ok(()),
        Some(_) => Err(Problem::new(StatusCode::UNAUTHORIZED, "the bearer token is wrong")),
        None => Err(Problem::new(
            StatusCode::UNAUTHORIZED,
            "uploads need the header `Authorization: Bearer <TOKEN>`",
        )),
    }
}

/// The token of an `Authorization: Bearer <token>` header.
fn bearer(value: &HeaderValue) -> Option<&str> {
    let value = value.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// Compares tokens in time that depends on their lengths only.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Analyses the readable records on the blocking pool, in parallel.
async fn analyse(
    state: AppState,
    items: Vec<Item>,
) -> Result<(Vec<Item>, Vec<Option<StoredDocument>>), Problem> {
    tokio::task::spawn_blocking(move || {
        use rayon::prelude::*;
        let docs = items
            .par_iter()
            .map(|item| {
                let record = item.record.as_ref().ok()?;
                let origin = Origin::record(ORIGIN, item.line.unwrap_or(item.index + 1));
                Some(parallax_pipeline::stored_from_record(&state.pipeline, record, origin))
            })
            .collect();
        (items, docs)
    })
    .await
    .map_err(|e| Problem::internal(format!("the analysis stopped: {e}")))
}

/// The per-record results and the summary, in upload order.
fn answer(
    items: &[Item],
    docs: &[Option<StoredDocument>],
    written: Vec<Written>,
    change: StoriesChange,
) -> Uploaded {
    let mut summary = Summary { read: items.len(), ..Summary::default() };
    let mut written = written.into_iter();
    let records = items
        .iter()
        .zip(docs)
        .map(|(item, doc)| {
            let w = doc.as_ref().and_then(|_| written.next());
            result(item, doc.as_ref(), w, &mut summary)
        })
        .collect();
    let stories = StoriesChangeOut {
        added: change.added,
        updated: change.updated,
        removed: change.removed,
        unchanged: change.unchanged,
    };
    Uploaded { error: None, summary, stories, records }
}

/// One record's result, counted in `summary`.
fn result(
    item: &Item,
    doc: Option<&StoredDocument>,
    written: Option<Written>,
    summary: &mut Summary,
) -> RecordResult {
    let mut out = RecordResult {
        index: item.index,
        line: item.line,
        given_id: item.record.as_ref().ok().and_then(|r| r.id.clone()),
        id: None,
        status: Status::Error,
        story: None,
        diagnostics: Vec::new(),
    };
    let (Some(doc), Some(w)) = (doc, written) else {
        summary.skipped += 1;
        let reason = item.record.as_ref().err().map_or("the record could not be stored", |r| r);
        let message = format!("{}: {reason}", item.place());
        out.diagnostics.push(DiagnosticOut { level: Level::Error, message });
        return out;
    };
    summary.kept += 1;
    match w.status {
        Status::Added => summary.added += 1,
        Status::AlreadyStored => summary.already_stored += 1,
        Status::Renamed => summary.renamed += 1,
        Status::Refreshed => summary.refreshed += 1,
        Status::Error => {}
    }
    out.diagnostics = doc.record.diagnostics.clone();
    RecordResult { id: Some(w.id), status: w.status, story: w.story, ..out }
}
