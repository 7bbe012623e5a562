//! The whole pipeline on one article: the extract stages, then coding.

use doc::Doc;

/// Runs every stage on `doc`: segment, dateline, dates, entities, places, quotes
/// (`extract`), then CAMEO actor codes (`cameo`).
pub fn annotate(doc: &mut Doc, options: &extract::Options) {
    extract::annotate(doc, options);
    cameo::code_actors(doc, geo::Gazetteer::embedded());
}
