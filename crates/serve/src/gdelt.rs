//! The GDELT events table of an export. The store keeps each event's row fields but not
//! the places of its actors, so the rows are written the one way `dateline extract
//! --format gdelt-events` writes them: the article is annotated again from its stored
//! text (the pipeline is deterministic) and `export::gdelt` writes the chosen events.

use crate::error::ApiError;
use rusqlite::OptionalExtension;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The pipeline, run on an article read back from the store. The binary supplies it
/// (`engine::annotate`), as no library depends on `engine`.
pub type Annotate = Arc<dyn Fn(&mut doc::Doc) -> Result<(), String> + Send + Sync>;

/// The GDELT rows of the events at the given indexes of each article.
pub fn event_rows(
    store: &store::Store,
    annotate: &Annotate,
    by_article: BTreeMap<i64, Vec<usize>>,
) -> Result<Vec<u8>, ApiError> {
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
        annotate(&mut doc).map_err(|error| ApiError::Store(format!("the pipeline cannot run: {error}")))?;
        export::gdelt::write_events_at(&mut rows, &doc, indexes).expect("writing to memory does not fail");
    }
    Ok(rows)
}
