//! The site outside `/api`: files looked up by path (the embedded web page), so that
//! this crate serves them without knowing where they come from.

use std::borrow::Cow;

use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;

/// A file's bytes and `Content-Type`, by request path (`/` being the page).
pub type FileLookup = fn(&str) -> Option<(Cow<'static, [u8]>, &'static str)>;

/// Answers every path with the file `lookup` finds for it, else a plain 404.
pub fn static_site(lookup: FileLookup) -> Router {
    Router::new().fallback(move |uri: Uri| async move { file_response(lookup, uri.path()) })
}

fn file_response(lookup: FileLookup, path: &str) -> Response {
    match lookup(path) {
        Some((bytes, mime)) => ([(header::CONTENT_TYPE, mime)], bytes).into_response(),
        None => (StatusCode::NOT_FOUND, format!("{path}: no such page")).into_response(),
    }
}
