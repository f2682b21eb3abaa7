//! The read side of the JSON API: stories, articles, entities, search and the OpenAPI
//! description.

use crate::error::{ApiError, Problem};
use crate::load::{self, ArticleDetail, EntityDetail, StoryDetail};
use crate::params::{self, Paging, SearchParams};
use crate::{AppState, read_store};
use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use parallax_store::{SearchResults, StorySummary};
use serde::Serialize;

/// Stories per page when no limit is given.
const DEFAULT_LIMIT: usize = 20;

/// A page of the story list.
#[derive(Debug, Serialize)]
pub(crate) struct StoryList {
    pub total: usize,
    pub limit: usize,
    pub offset: usize,
    pub stories: Vec<StorySummary>,
}

/// `GET /api/stories?limit=&offset=`
pub(crate) async fn stories(
    State(state): State<AppState>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Result<Json<StoryList>, ApiError> {
    let paging = params::read(query)?;
    let limit = params::limit(paging.limit.as_deref(), DEFAULT_LIMIT)?;
    let offset = params::count("offset", paging.offset.as_deref())?;
    let list = read_store(&state, move |store| {
        let stories = store.list_stories(limit, offset)?;
        Ok(StoryList { total: store.n_stories()?, limit, offset, stories })
    })
    .await?;
    Ok(Json(list))
}

/// `GET /api/stories/{id}`
pub(crate) async fn story(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<StoryDetail>, ApiError> {
    let id = path_id(id)?;
    Ok(Json(read_store(&state, move |store| load::story(store, &id)).await?))
}

/// `GET /api/articles/{id}`
pub(crate) async fn article(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<ArticleDetail>, ApiError> {
    let id = path_id(id)?;
    Ok(Json(read_store(&state, move |store| load::article(store, &id)).await?))
}

/// `GET /api/entities/{id}?limit=`
pub(crate) async fn entity(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Result<Json<EntityDetail>, ApiError> {
    let id = path_id(id)?;
    let limit = params::limit(params::read(query)?.limit.as_deref(), 50)?;
    Ok(Json(read_store(&state, move |store| load::entity(store, &id, limit)).await?))
}

/// A search's results with the query as understood.
#[derive(Debug, Serialize)]
pub(crate) struct SearchAnswer {
    pub q: String,
    pub limit: usize,
    pub offset: usize,
    #[serde(flatten)]
    pub results: SearchResults,
}

/// `GET /api/search?q=&outlet=&from=&to=&story=&entity=&limit=&offset=`
pub(crate) async fn search(
    State(state): State<AppState>,
    query: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<SearchAnswer>, ApiError> {
    let p = params::read(query)?;
    let limit = params::limit(p.limit.as_deref(), DEFAULT_LIMIT)?;
    let offset = params::count("offset", p.offset.as_deref())?;
    let query = p.to_query(offset, limit)?;
    if query.text.is_empty() {
        return Err(Problem::bad_request("q is required: the words to look for").into());
    }
    let q = query.text.clone();
    let results = read_store(&state, move |store| Ok(store.search(&query)?)).await?;
    Ok(Json(SearchAnswer { q, limit, offset, results }))
}

/// `GET /api/openapi.json`
pub(crate) async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], crate::OPENAPI)
}

/// The id of a path; one that cannot be decoded names nothing stored.
pub(crate) fn path_id(id: Result<Path<String>, PathRejection>) -> Result<String, Problem> {
    id.map(|p| p.0).map_err(|e| Problem::not_found(format!("no such id: {e}")))
}
