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
