//! `/api/openapi.json`: the API as OpenAPI 3.1, written by hand in `openapi.json` beside
//! this file and served as it is.

use axum::http::header;
use axum::response::IntoResponse;

const DOCUMENT: &str = include_str!("openapi.json");

pub async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn document() -> serde_json::Value {
        serde_json::from_str(DOCUMENT).expect("openapi.json is JSON")
    }

    #[test]
    fn the_document_describes_every_route_and_no_other() {
        let routes: BTreeSet<String> = crate::api_routes().into_iter().map(|(path, _)| format!("/api{path}")).collect();
        let documented: BTreeSet<String> = document()["paths"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(routes, documented);
    }

    #[test]
    fn every_reference_resolves() {
        let document = document();
        let mut references = Vec::new();
        collect_references(&document, &mut references);
        assert!(references.len() > 20, "{references:?}");
        for reference in references {
            let pointer = reference.strip_prefix('#').expect("local references only");
            assert!(document.pointer(pointer).is_some(), "{reference} names nothing");
        }
        assert_eq!(document["openapi"], "3.1.0");
    }

    fn collect_references(value: &serde_json::Value, references: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(reference)) = map.get("$ref") {
                    references.push(reference.clone());
                }
                map.values().for_each(|v| collect_references(v, references));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect_references(v, references)),
            _ => {}
        }
    }
}
