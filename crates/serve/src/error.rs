//! The API's errors: every failure answers JSON `{error, message}` with a 4xx status, or
//! 503 when the store itself cannot be read; no request answers 500.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

#[derive(Debug)]
pub enum ApiError {
    /// A query parameter that cannot be read: its message starts with the parameter's name.
    BadParameter(String),
    /// A path that names nothing (an unknown article, an unknown route).
    NotFound(String),
    /// The store failed (I/O, a locked or corrupt file): not the request's fault.
    Store(String),
}

impl ApiError {
    /// A bad value of the parameter `name`.
    pub fn bad(name: &str, reason: impl std::fmt::Display) -> ApiError {
        ApiError::BadParameter(format!("{name}: {reason}"))
    }

    /// A store error of a query whose full-text expression came from the parameter
    /// `name`: SQLite reports a malformed FTS5 expression as a generic SQL error, and the
    /// server's own SQL is fixed and tested, so such an error is the expression's.
    pub fn from_match_query(name: &str, error: rusqlite::Error) -> ApiError {
        match &error {
            rusqlite::Error::SqliteFailure(failure, Some(message)) if failure.code == rusqlite::ErrorCode::Unknown => {
                ApiError::bad(name, format!("not a valid full-text query ({message})"))
            }
            _ => ApiError::from(error),
        }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        ApiError::Store(error.to_string())
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
    message: &'a str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, error, message) = match &self {
            ApiError::BadParameter(message) => (StatusCode::BAD_REQUEST, "bad_parameter", message),
            ApiError::NotFound(message) => (StatusCode::NOT_FOUND, "not_found", message),
            ApiError::Store(message) => {
                eprintln!("dateline: store: {message}");
                (StatusCode::SERVICE_UNAVAILABLE, "store_unavailable", message)
            }
        };
        (status, Json(ErrorBody { error, message })).into_response()
    }
}
