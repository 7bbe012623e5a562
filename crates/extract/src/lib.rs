//! Extraction: the stages that read a segmented [`Doc`] and add its layers.
//!
//! [`annotate`] runs the whole pipeline on one document, in the order each stage needs:
//! `segment` (tokens, sentences) → [`dateline`] → [`dates`] (needs the article date
//! the dateline may supply) → [`entities`] → [`places`] → [`references`] (pronouns and
//! `the ambassador` to the person, organization or place they mean) → [`quotes`] (whose
//! `he said` takes its speaker from the references). Stages never fail: text they
//! cannot understand yields no annotation.
//!
//! ```
//! let mut doc = doc::Doc::new("a", "BAKU, July 14 (Xinhua) -- \"We will respond,\" the ministry said on Tuesday.".into());
//! let tagger = ner::Tagger::embedded();
//! let resources = extract::Resources { tagger, places: geo::Gazetteer::embedded(), words: tagger.lexicons().words() };
//! extract::annotate(&mut doc, resources, &extract::Options { fallback_date: doc::CivilDate::parse_iso("2020-07-14") });
//! assert_eq!(doc.slice(doc.dateline.unwrap().place), "BAKU");
//! assert_eq!(doc.dates[1].value.unwrap().to_string(), "2020-07-14");
//! assert_eq!(doc.slice(doc.quotes[0].speaker.unwrap().span), "ministry");
//! ```
#![warn(missing_docs)]

pub mod dateline;
pub mod dates;
pub mod entities;
mod names;
pub mod places;
pub mod quotes;
pub mod references;

use doc::{CivilDate, Doc};
use std::time::Instant;

/// Settings of a run.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// The article date to assume when neither the input nor the dateline gives one.
    pub fallback_date: Option<CivilDate>,
}

/// What the extractors read besides the document: the entity tagger and the places
/// gazetteer, loaded once by the caller and passed to every article.
#[derive(Clone, Copy)]
pub struct Resources<'a> {
    /// The named-entity tagger.
    pub tagger: &'a ner::Tagger,
    /// The places gazetteer.
    pub places: &'a geo::Gazetteer,
    /// Speech verbs, role and organization words.
    pub words: &'a lexicon::WordLists,
}

/// Runs every stage on `doc`, replacing the layers it had.
pub fn annotate(doc: &mut Doc, resources: Resources, options: &Options) {
    annotate_observed(doc, resources, options, |_, _| {});
}

/// Runs every stage like [`annotate`], calling `observe(stage, started)` after each with
/// the instant the stage began, for benchmarks' per-stage times.
pub fn annotate_observed(
    doc: &mut Doc,
    resources: Resources,
    options: &Options,
    mut observe: impl FnMut(&'static str, Instant),
) {
    timed(&mut observe, "segment", || segment::segment(doc));
    timed(&mut observe, "dateline and dates", || {
        let reference = doc.date.or(options.fallback_date);
        doc.dateline = dateline::parse_dateline(doc, reference);
        if doc.date.is_none() {
            doc.date = doc.dateline.and_then(|d| d.date).or(options.fallback_date);
        }
        let date = doc.date;
        dates::extract_dates(doc, date);
    });
    timed(&mut observe, "entities", || entities::extract_entities(doc, resources.tagger, resources.places));
    timed(&mut observe, "places", || places::extract_places(doc, resources.places));
    // The names after a role word (`Interior Minister Samuel Kiprop`), which both the
    // references and the quotes read, are found once.
    let mut titled = Vec::new();
    timed(&mut observe, "references", || {
        titled = names::titled_names(doc, resources.words);
        let names = resources.tagger.lexicons().gazetteer();
        references::resolve_references(doc, resources.words, names, resources.places, &titled);
    });
    timed(&mut observe, "quotes", || quotes::attribute_quotes(doc, resources.words, titled));
}

/// Runs one stage, then calls `observe(name, started)` with the instant it began.
pub fn timed<T>(observe: &mut impl FnMut(&'static str, Instant), name: &'static str, stage: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let done = stage();
    observe(name, started);
    done
}

/// What the unit tests extract with: the embedded tagger and gazetteer.
#[cfg(test)]
pub(crate) mod testing {
    pub fn resources() -> crate::Resources<'static> {
        let tagger = ner::Tagger::embedded();
        crate::Resources { tagger, places: geo::Gazetteer::embedded(), words: tagger.lexicons().words() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// An article without a date, annotated with `fallback` as the date to fall back on.
    fn undated(text: &str, fallback: &str) -> Doc {
        let mut doc = Doc::new("a", text.to_string());
        annotate(&mut doc, testing::resources(), &Options { fallback_date: CivilDate::parse_iso(fallback) });
        doc
    }

    #[test]
    fn the_dateline_dates_an_undated_article() {
        let doc = undated("KYIV, March 3 (UNIAN) -- Shelling on Tuesday.", "2021-03-05");
        assert_eq!(doc.date.unwrap().to_string(), "2021-03-03");
        assert_eq!(doc.dates[1].value.unwrap().to_string(), "2021-03-02");
    }

    #[test]
    fn a_day_month_dateline_dates_an_undated_article() {
        let doc = undated("Kyiv, 25 January. /Ukrinform/. Prisoners came home on Thursday.", "2024-01-27");
        assert_eq!(doc.date.unwrap().to_string(), "2024-01-25");
        assert_eq!(doc.dates[1].value.unwrap().to_string(), "2024-01-25");
        let doc = undated("ABU DHABI, 31st December, 2023 (WAM) -- Talks ended.", "2024-01-02");
        assert_eq!(doc.date.unwrap().to_string(), "2023-12-31");
    }

    proptest! {
        #[test]
        fn any_text_annotates_into_valid_sorted_spans(text in "\\PC{0,300}|[A-Za-z0-9 ,.:\"“”'’()/\\-\n]{0,300}") {
            let mut doc = Doc::new("p", text.clone());
            annotate(&mut doc, testing::resources(), &Options { fallback_date: CivilDate::parse_iso("2020-10-07") });
            let spans = doc.dates.iter().map(|d| d.span)
                .chain(doc.quotes.iter().map(|q| q.span))
                .chain(doc.quotes.iter().filter_map(|q| q.speaker.map(|s| s.span)));
            for span in spans {
                prop_assert!(text.get(span.range()).is_some());
            }
            prop_assert!(doc.dates.windows(2).all(|w| w[0].span.end <= w[1].span.start));
            prop_assert!(doc.quotes.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        }
    }
}
