//! The HTTP server behind `parallax serve`: a JSON API over the store, pages rendered on the
//! server by `parallax_web`, and an upload endpoint that analyses posted contract records.
//!
//! Readers open the store read-only, one connection per request, on the blocking pool; SQLite's
//! write-ahead log lets them run while a write is in flight. Writes go through one connection
//! behind a lock, so uploads are applied one at a time.

mod api;
mod body;
mod error;
mod load;
mod pages;
mod params;
mod post;
mod write;

pub(crate) use parallax_web as web;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::MethodRouter;
use parallax_pipeline::{Pipeline, PipelineConfig};
use parallax_store::{Store, StoreError};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::Mutex;
use tower_http::trace::TraceLayer;

/// The request-size limit when none is given: 8 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// The OpenAPI 3.1 description of every route, served at `/api/openapi.json`.
pub const OPENAPI: &str = include_str!("openapi.json");

/// How to run the server.
#[derive(Debug)]
pub struct ServeConfig {
    /// The store; created (and its schema brought up to date) when the router is built.
    pub db: PathBuf,
    /// The bearer token uploads must carry; without one, uploads are refused.
    pub token: Option<String>,
    /// The largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Settings of the pipeline that analyses uploaded records.
    pub pipeline: PipelineConfig,
}

impl ServeConfig {
    /// A configuration with no token, the default size limit and default pipeline settings.
    pub fn new(db: impl Into<PathBuf>) -> ServeConfig {
        ServeConfig {
            db: db.into(),
            token: None,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            pipeline: PipelineConfig::default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot open the store {path}: {source}")]
    Store {
        path: PathBuf,
        #[source]
        source: StoreError,
    },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// What every handler shares.
pub(crate) struct Shared {
    pub db: PathBuf,
    pub token: Option<String>,
    pub max_body_bytes: usize,
    pub pipeline: Pipeline,
    /// The one connection that writes, with its live stories; holding its lock serialises
    /// uploads.
    pub writer: Arc<Mutex<write::Writer>>,
}

pub(crate) type AppState = Arc<Shared>;

/// The application: every route, the fallbacks for unknown routes and methods, the size limit
/// and request tracing. Opens (creating if needed) the store once, here.
pub fn router(config: ServeConfig) -> Result<Router, ServeError> {
    if let Some(parent) = config.db.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let store_error = |source| ServeError::Store { path: config.db.clone(), source };
    let writer = Store::open(&config.db).map_err(store_error)?;
    let state = Arc::new(Shared {
        db: config.db.clone(),
        token: config.token.filter(|t| !t.trim().is_empty()),
        max_body_bytes: config.max_body_bytes,
        pipeline: config.pipeline.build(),
        writer: Arc::new(Mutex::new(write::Writer::new(writer))),
    });
    Ok(routes()
        .router
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
        .layer(TraceLayer::new_for_http())
        .with_state(state))
}

/// Serves the application on `listen` until Ctrl-C, then finishes the requests in flight.
pub async fn serve(config: ServeConfig, listen: SocketAddr) -> Result<(), ServeError> {
    serve_on(config, bind(listen).await?).await
}

/// Binds `listen` (port 0 picks a free port: ask the listener which).
pub async fn bind(listen: SocketAddr) -> Result<tokio::net::TcpListener, ServeError> {
    tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| ServeError::Bind { addr: listen, source })
}

/// Serves the application on a bound listener until Ctrl-C.
pub async fn serve_on(
    config: ServeConfig,
    listener: tokio::net::TcpListener,
) -> Result<(), ServeError> {
    let app = router(config)?;
    tracing::info!(address = %listener.local_addr()?, "parallax is listening");
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    tracing::info!("parallax has stopped");
    Ok(())
}

/// Resolves on Ctrl-C; never, when the signal cannot be watched.
async fn shutdown_signal() {
    match tokio::signal::ctrl_c().await {
        Ok(()) => tracing::info!("shutting down: finishing the requests in flight"),
        Err(e) => {
            tracing::warn!("cannot watch for Ctrl-C ({e}); stop the server another way");
            std::future::pending::<()>().await;
        }
    }
}

/// Every route the router serves, as (method, path) in axum's `{param}` syntax: the table the
/// router is built from, so the OpenAPI description can be checked against it.
pub fn route_table() -> Vec<(&'static str, &'static str)> {
    routes().listed
}

/// The routes and the list of what was registered.
struct Routes {
    router: Router<AppState>,
    listed: Vec<(&'static str, &'static str)>,
}

impl Routes {
    fn add(mut self, method: &'static str, path: &'static str, r: MethodRouter<AppState>) -> Self {
        self.listed.push((method, path));
        self.router = self.router.route(path, r);
        self
    }

    fn get<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, handler: H) -> Self {
        self.add("GET", path, axum::routing::get(handler))
    }

    fn post<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, handler: H) -> Self {
        self.add("POST", path, axum::routing::post(handler))
    }
}

fn routes() -> Routes {
    Routes { router: Router::new(), listed: Vec::new() }
        .get("/api/stories", api::stories)
        .get("/api/stories/{id}", api::story)
        .get("/api/articles/{id}", api::article)
        .post("/api/articles", post::articles)
        .get("/api/entities/{id}", api::entity)
        .get("/api/search", api::search)
        .get("/api/openapi.json", api::openapi)
        .get("/", pages::home)
        .get("/stories/{id}", pages::story)
        .get("/articles/{id}", pages::article)
        .get("/entities/{id}", pages::entity)
        .get("/search", pages::search)
        .get("/static/parallax.css", pages::stylesheet)
        .get("/static/parallax.js", pages::script)
}

/// Runs `f` on a read-only connection to the store, on the blocking pool.
pub(crate) async fn read_store<T, F>(state: &AppState, f: F) -> Result<T, error::Problem>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, error::Problem> + Send + 'static,
{
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || f(&Store::open_read_only(&db)?))
        .await
        .map_err(|e| error::Problem::internal(format!("a reader stopped: {e}")))?
}
