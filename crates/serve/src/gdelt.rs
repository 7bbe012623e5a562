//! The GDELT events table of an export. The store keeps each event's row fields but not
//! the places of its actors, so the rows are written the one way `dateline extract
//! --format gdelt-events` writes them: the article is annotated again from its stored
//! text (the pipeline is deterministic) and `export::gdelt` writes the chosen events.

use crate::error::ApiError;
use rusqlite::OptionalExtension;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The pipeline's resources, loaded at the first GDELT export (a second or two), not at
/// start: most servers never export.
pub type LazyResources = OnceLock<Result<engine::Resources, String>>;

/// The GDELT rows of the events at the given indexes of each article.
pub fn event_rows(
    store: &store::Store,
    resources: &LazyResources,
    by_article: BTreeMap<i64, Vec<usize>>,
) -> Result<Vec<u8>, ApiError> {
    let resources = resources
        .get_or_init(|| engine::Resources::load().map_err(|error| error.to_string()))
        .as_ref()
        .map_err(|error| ApiError::Store(format!("the pipeline's resources do not load: {error}")))?;
    let mut rows = Vec::new();
    let mut statement = store
        .connection()
        .prepare_cached("SELECT input_id, text, date, title, url, source FROM articles WHERE id = ?1")?;
    for (article, indexes) in by_article {
        let found = statement
            .query_row([article], |row| {
                let mut doc = doc::Doc::new(row.get::<_, String>(0)?, row.get(1)?);
                let date: Option<String> = row.get(2)?;
                doc.date = date.as_deref().and_then(doc::CivilDate::parse_iso);
                doc.meta = doc::Meta { title: row.get(3)?, url: row.get(4)?, source: row.get(5)? };
                Ok(doc)
            })
            .optional()?;
        let Some(mut doc) = found else { continue };
        engine::annotate(resources, &mut doc, &engine::Options::default());
        export::gdelt::write_events_at(&mut rows, &doc, indexes).expect("writing to memory does not fail");
    }
    Ok(rows)
}
