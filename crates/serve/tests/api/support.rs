//! Helpers of the API tests: routers over temporary stores, requests sent with `oneshot`, and a
//! store filled once with the example corpus for the tests that only read.

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{HeaderMap, Request, StatusCode, header};
use parallax_model::Origin;
use parallax_model::contract::InputRecord;
use parallax_pipeline::PipelineConfig;
use parallax_serve::{ServeConfig, router};
use parallax_store::Store;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tower::ServiceExt;

pub const TOKEN: &str = "s3cret-token";

/// Pipeline settings that do not depend on today's date.
pub fn pipeline() -> PipelineConfig {
    PipelineConfig {
        reference_date: chrono::NaiveDate::from_ymd_opt(2025, 7, 1),
        ..Default::default()
    }
}

/// A router over a new, empty store in its own temporary folder.
pub struct Fresh {
    pub router: Router,
    _dir: tempfile::TempDir,
}

pub fn fresh(token: Option<&str>, max_body_bytes: usize) -> Fresh {
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = ServeConfig {
        token: token.map(str::to_string),
        max_body_bytes,
        pipeline: pipeline(),
        ..ServeConfig::new(dir.path().join("parallax.db"))
    };
    Fresh { router: router(config).expect("router"), _dir: dir }
}

/// The records of the example corpus's plain JSON Lines files, as one JSON Lines text.
pub fn corpus_lines() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus/jsonl");
    ["meridian_wire.jsonl", "harbor_ledger.jsonl"]
        .iter()
        .map(|f| std::fs::read_to_string(dir.join(f)).expect("example corpus"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A router over a store holding the example corpus, built once for all the reading tests.
pub fn corpus() -> Router {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    let db = DB.get_or_init(build_corpus_store);
    router(ServeConfig { pipeline: pipeline(), ..ServeConfig::new(db) }).expect("router")
}

/// Stores the corpus the way `parallax analyze` does: analyse, insert, cluster.
fn build_corpus_store() -> PathBuf {
    // One folder per process: nextest runs each test in a process of its own, and they must
    // not rebuild each other's store while reading it.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("serve-api-corpus-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("test folder");
    let db = dir.join("parallax.db");
    let pipeline = pipeline().build();
    let docs: Vec<_> = corpus_lines()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            let record: InputRecord = serde_json::from_str(line).expect("corpus record");
            parallax_pipeline::stored_from_record(
                &pipeline,
                &record,
                Origin::record("corpus", i + 1),
            )
        })
        .collect();
    let mut store = Store::open(&db).expect("store");
    store.insert_batch(&docs).expect("insert");
    let all = store.documents().expect("documents");
    parallax_pipeline::update_stories(&mut store, &all).expect("stories");
    db
}

/// A response, read whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| {
            panic!("not JSON ({e}): {}", &self.body[..self.body.len().min(300)])
        })
    }

    pub fn content_type(&self) -> &str {
        self.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// Asserts this is the JSON error of `status` and returns its message.
    pub fn api_error(&self, status: u16) -> String {
        assert_eq!(self.status.as_u16(), status, "{}", self.body);
        assert!(self.content_type().starts_with("application/json"), "{}", self.content_type());
        let v = self.json();
        assert_eq!(v["error"]["status"], status, "{v}");
        let message = v["error"]["message"].as_str().expect("an error message").to_string();
        assert!(!message.is_empty());
        message
    }
}

pub async fn send(router: &Router, request: Request<Body>) -> Answer {
    let response = router.clone().oneshot(request).await.expect("a response");
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.expect("the body");
    Answer {
        status: parts.status,
        headers: parts.headers,
        body: String::from_utf8(bytes.to_vec()).expect("UTF-8 body"),
    }
}

pub async fn get(router: &Router, uri: &str) -> Answer {
    send(router, Request::get(uri).body(Body::empty()).expect("request")).await
}

/// `GET` expecting 200 and JSON.
pub async fn get_json(router: &Router, uri: &str) -> Value {
    let answer = get(router, uri).await;
    assert_eq!(answer.status, StatusCode::OK, "{uri}: {}", answer.body);
    assert!(answer.content_type().starts_with("application/json"), "{uri}");
    answer.json()
}

/// `GET` expecting 200 and HTML.
pub async fn get_html(router: &Router, uri: &str) -> String {
    let answer = get(router, uri).await;
    assert_eq!(answer.status, StatusCode::OK, "{uri}: {}", answer.body);
    assert!(answer.content_type().starts_with("text/html"), "{uri}: {}", answer.content_type());
    answer.body
}

/// `POST /api/articles` with a body, a content type and, if given, a bearer token.
pub async fn post(
    router: &Router,
    body: impl Into<Body>,
    content_type: &str,
    token: Option<&str>,
) -> Answer {
    let mut request = Request::post("/api/articles").header(header::CONTENT_TYPE, content_type);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    send(router, request.body(body.into()).expect("request")).await
}

/// `POST` of a JSON value with the right token.
pub async fn post_json(router: &Router, body: &Value) -> Answer {
    post(router, body.to_string(), "application/json", Some(TOKEN)).await
}

/// A record about an invented event, long enough to be analysed as English.
pub fn record(id: &str, title: &str, extra: &str) -> Value {
    serde_json::json!({
        "id": id,
        "title": title,
        "published": "2025-05-02",
        "outlet": "The Harbor Ledger",
        "text": format!(
            "PELLWORTH, May 2 -- The town council of Pellworth voted on Thursday to rebuild the \
             old swing bridge over the Marrow canal, after engineers found corrosion in its \
             main girders. {extra}\n\nCouncillor Ada Brennick said the work would begin in the \
             autumn and take about eighteen months. \"We cannot keep patching it,\" she said."
        ),
    })
}
