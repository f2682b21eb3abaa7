//! Errors as the client sees them: `{"error": {"status", "message"}}` under `/api/`, an HTML
//! page elsewhere, with the same status either way.

use axum::Json;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use parallax_store::StoreError;
use serde_json::json;

/// What went wrong with a request, before it is laid out as JSON or HTML.
#[derive(Debug)]
pub(crate) struct Problem {
    pub status: StatusCode,
    pub message: String,
}

impl Problem {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Problem {
        Problem { status, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn not_found(message: impl Into<String>) -> Problem {
        Problem::new(StatusCode::NOT_FOUND, message)
    }

    /// A failure of the server itself; logged here, since the client can do nothing about it.
    pub fn internal(message: impl Into<String>) -> Problem {
        let message = message.into();
        tracing::error!("{message}");
        Problem::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    /// The JSON body of an API error.
    pub fn body(&self) -> serde_json::Value {
        json!({"error": {"status": self.status.as_u16(), "message": self.message}})
    }
}

impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Problem {
        match e {
            StoreError::EmptyQuery => {
                Problem::bad_request("the query has no words to look for (letters or digits)")
            }
            e => Problem::internal(format!("the store failed: {e}")),
        }
    }
}

/// A problem answered as JSON.
#[derive(Debug)]
pub(crate) struct ApiError(pub Problem);

impl<E: Into<Problem>> From<E> for ApiError {
    fn from(e: E) -> ApiError {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0.status, Json(self.0.body())).into_response()
    }
}

/// A problem answered as an HTML page.
#[derive(Debug)]
pub(crate) struct PageError(pub Problem);

impl<E: Into<Problem>> From<E> for PageError {
    fn from(e: E) -> PageError {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let page = crate::web::error(self.0.status.as_u16(), &self.0.message);
        (self.0.status, Html(page)).into_response()
    }
}

/// A problem in the style of the path it answers: JSON under `/api/`, HTML elsewhere.
fn styled(uri: &Uri, problem: Problem) -> Response {
    if is_api(uri.path()) {
        ApiError(problem).into_response()
    } else {
        PageError(problem).into_response()
    }
}

fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// The answer to a path no route serves.
pub(crate) async fn not_found(uri: Uri) -> Response {
    styled(&uri, Problem::not_found(format!("nothing here: {}", uri.path())))
}

/// The answer to a method a route does not serve.
pub(crate) async fn method_not_allowed(uri: Uri) -> Response {
    let message = format!("{} does not accept this method", uri.path());
    styled(&uri, Problem::new(StatusCode::METHOD_NOT_ALLOWED, message))
}
