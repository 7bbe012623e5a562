//! Answers kept until the store changes. Analysts and the page ask the same questions
//! again and again (the page's first view: the timeline, the actors, the map of the
//! whole corpus), and an answer depends only on its URL and the stored articles. The
//! store only grows — ingest appends articles with their rows in one transaction — so
//! the largest article id names its content: an answer cached under another is stale.

use crate::AppState;
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// Answers kept at most; a full cache starts over (the page's few views come back first).
const MAX_ENTRIES: usize = 4096;
/// The largest answer kept (a large export is asked once).
pub const MAX_BODY_BYTES: usize = 4 << 20;

#[derive(Default)]
pub struct AnswerCache {
    entries: Mutex<HashMap<String, Cached>>,
}

struct Cached {
    version: i64,
    content_type: HeaderValue,
    body: Bytes,
}

impl AnswerCache {
    fn get(&self, key: &str, version: i64) -> Option<Response> {
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        let cached = entries.get(key).filter(|cached| cached.version == version)?;
        Some(([(header::CONTENT_TYPE, cached.content_type.clone())], cached.body.clone()).into_response())
    }

    fn put(&self, key: String, cached: Cached) {
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(key, cached);
    }
}

/// Middleware of the cached routes: a kept answer of the same store version, else the
/// handler's, kept when it is a 200 of bounded size.
pub async fn answer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let key = request.uri().to_string();
    let version = match state.facts_query(|facts, _| Ok(facts.version())).await {
        Ok(version) => version,
        Err(error) => return error.into_response(),
    };
    if let Some(response) = state.cache.get(&key, version) {
        return response;
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = to_bytes(body, usize::MAX).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    if body.len() <= MAX_BODY_BYTES {
        if let Some(content_type) = parts.headers.get(header::CONTENT_TYPE) {
            state.cache.put(key, Cached { version, content_type: content_type.clone(), body: body.clone() });
        }
    }
    Response::from_parts(parts, Body::from(body))
}
