//! The API test suite: every route through `tower::ServiceExt::oneshot` on the router, no
//! network, over stores in temporary folders.

#[path = "api/support.rs"]
mod support;

#[path = "api/reads.rs"]
mod reads;

#[path = "api/uploads.rs"]
mod uploads;

#[path = "api/pages.rs"]
mod pages;
