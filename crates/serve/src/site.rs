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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    fn page(path: &str) -> Option<(Cow<'static, [u8]>, &'static str)> {
        (path == "/").then_some((Cow::Borrowed(b"<p>page</p>".as_slice()), "text/html; charset=utf-8"))
    }

    /// The answer to `GET path`, head and body, from the site served on a free port.
    fn get(path: &str) -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || crate::run(listener, static_site(page)));
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    }

    #[test]
    fn a_file_is_served_with_its_type_and_a_missing_one_is_a_404() {
        let found = get("/");
        assert!(found.starts_with("HTTP/1.1 200"), "{found}");
        assert!(found.contains("content-type: text/html; charset=utf-8"), "{found}");
        assert!(found.ends_with("<p>page</p>"), "{found}");
        let missing = get("/nothing.js");
        assert!(missing.starts_with("HTTP/1.1 404"), "{missing}");
        assert!(missing.ends_with("/nothing.js: no such page"), "{missing}");
    }
}
