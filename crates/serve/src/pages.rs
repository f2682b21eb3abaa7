//! The pages: the same data as the API, rendered to HTML by `parallax_web`.

use crate::api::path_id;
use crate::error::{PageError, Problem};
use crate::params::{self, Paging, SearchParams};
use crate::{AppState, load, read_store, web};
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

/// Stories or search results per page.
const PER_PAGE: usize = 20;

/// How long browsers may keep the stylesheet and script, in seconds.
const STATIC_MAX_AGE: &str = "public, max-age=3600";

/// `/?page=N`: the story list, most sources first.
pub(crate) async fn home(
    State(state): State<AppState>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Result<Html<String>, PageError> {
    let page = params::count("page", params::read(query)?.page.as_deref())?;
    let offset = page
        .checked_mul(PER_PAGE)
        .ok_or_else(|| Problem::bad_request(format!("page {page} is far past the last")))?;
    let html = read_store(&state, move |store| {
        let stories = store.list_stories(PER_PAGE, offset)?;
        Ok(web::story_list(&stories, store.n_stories()?, page, PER_PAGE))
    })
    .await?;
    Ok(Html(html))
}

/// `/stories/{id}`
pub(crate) async fn story(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Html<String>, PageError> {
    let id = path_id(id)?;
    let html = read_store(&state, move |store| {
        let detail = load::story(store, &id)?;
        Ok(web::story(&detail.story, &detail.entity_ids))
    })
    .await?;
    Ok(Html(html))
}

/// `/articles/{id}`
pub(crate) async fn article(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Html<String>, PageError> {
    let id = path_id(id)?;
    let html = read_store(&state, move |store| {
        let detail = load::article(store, &id)?;
        Ok(web::article(&detail.document, detail.story.as_deref(), &detail.entity_ids))
    })
    .await?;
    Ok(Html(html))
}

/// `/entities/{id}`
pub(crate) async fn entity(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Html<String>, PageError> {
    let id = path_id(id)?;
    let html = read_store(&state, move |store| {
        let detail = load::entity(store, &id, 50)?;
        Ok(web::entity(&detail.entity, &detail.stories))
    })
    .await?;
    Ok(Html(html))
}

/// `/search?q=&outlet=&from=&to=&story=&entity=&page=`: the form alone when `q` is empty, the
/// form with its error (status 400) when the query is malformed.
pub(crate) async fn search(
    State(state): State<AppState>,
    query: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Response, PageError> {
    let p = params::read(query)?;
    let mut form = form_of(&p);
    let checked = paging(&p).and_then(|(page, per_page)| {
        form.page = page;
        form.per_page = per_page;
        p.to_query(page.saturating_mul(per_page), per_page)
    });
    let query = match checked {
        Ok(query) if query.text.is_empty() => return Ok(page(&form, Ok(None))),
        Ok(query) => query,
        Err(problem) => return Ok(page(&form, Err(problem))),
    };
    let results = read_store(&state, move |store| Ok(store.search(&query)?)).await;
    match results {
        Ok(results) => Ok(page(&form, Ok(Some(&results)))),
        Err(problem) if problem.status == StatusCode::BAD_REQUEST => Ok(page(&form, Err(problem))),
        Err(problem) => Err(PageError(problem)),
    }
}

/// The search form as the visitor filled it in.
fn form_of(p: &SearchParams) -> web::SearchForm {
    let text = |v: &Option<String>| params::given(v.as_deref()).map(str::to_string);
    web::SearchForm {
        q: text(&p.q).unwrap_or_default(),
        outlet: text(&p.outlet),
        from: text(&p.from),
        to: text(&p.to),
        story: text(&p.story),
        entity: params::entity(p.entity.as_deref()).ok().flatten(),
        page: 0,
        per_page: web::SEARCH_PER_PAGE,
    }
}

/// The page (0-based) and results per page: `page`, else `offset` over `limit`.
fn paging(p: &SearchParams) -> Result<(usize, usize), Problem> {
    let per_page = params::limit(p.limit.as_deref(), web::SEARCH_PER_PAGE)?;
    let page = match params::given(p.page.as_deref()) {
        Some(_) => params::count("page", p.page.as_deref())?,
        None => params::count("offset", p.offset.as_deref())? / per_page,
    };
    Ok((page, per_page))
}

/// The search page, with results, nothing, or the reason the query was refused.
fn page(
    form: &web::SearchForm,
    outcome: Result<Option<&parallax_store::SearchResults>, Problem>,
) -> Response {
    match outcome {
        Ok(results) => Html(web::search(form, results, None)).into_response(),
        Err(problem) => {
            (problem.status, Html(web::search(form, None, Some(&problem.message)))).into_response()
        }
    }
}

/// `/static/parallax.css`
pub(crate) async fn stylesheet() -> impl IntoResponse {
    let headers = [
        (header::CONTENT_TYPE, "text/css; charset=utf-8"),
        (header::CACHE_CONTROL, STATIC_MAX_AGE),
    ];
    (headers, web::STYLESHEET)
}

/// `/static/parallax.js`
pub(crate) async fn script() -> impl IntoResponse {
    let headers = [
        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
        (header::CACHE_CONTROL, STATIC_MAX_AGE),
    ];
    (headers, web::SCRIPT)
}
