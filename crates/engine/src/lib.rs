//! The engine: the whole pipeline on one article, over resources loaded once.
//!
//! [`Resources`] owns everything the stages read (the entity tagger with its lexicons,
//! the places gazetteer, the CAMEO codebook), loaded from the files compiled into the
//! binary. [`annotate`] runs the stages in order, each given the resources it needs:
//! `extract` (segment, dateline, dates, entities, places, quotes), `parse` (the
//! sentences the event coder reads a tree from), then `cameo` (actors, events, tone,
//! themes). The command line, the server and the Python module
//! all annotate through here.
//!
//! ```
//! let resources = engine::Resources::embedded();
//! let mut doc = doc::Doc::new("a", "BAKU, Oct. 7 (AP) -- Armenia shelled Azerbaijani villages, the ministry said.".into());
//! engine::annotate(resources, &mut doc, &engine::Options::default());
//! assert_eq!(doc.events[0].code.root(), "19");
//! ```
#![warn(missing_docs)]

use doc::Doc;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub use extract::Options;

/// Why the resources could not be loaded: a file compiled into the binary is not what
/// this code reads. The message names the file and the command that rebuilds it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A trained model (the entity tagger, the parser) or the tagger's lexicons: one
    /// error type, `learn`'s, for every file a trained component reads.
    #[error(transparent)]
    Model(#[from] ner::Error),
    /// The places gazetteer.
    #[error(transparent)]
    Places(#[from] geo::Error),
}

/// Everything the pipeline reads besides the article, loaded once and shared by every
/// article and thread. The extractors read the word lists the tagger was trained with.
pub struct Resources {
    /// The named-entity tagger and the lexicons its model was trained with.
    pub tagger: ner::Tagger,
    /// Countries, regions and cities with coordinates.
    pub places: geo::Gazetteer,
    /// The event lexicon, actor tables, themes and tone words.
    pub codebook: cameo::Codebook,
    /// The part-of-speech tagger and dependency parser.
    pub parser: parse::Parser,
}

impl Resources {
    /// Loads the resources compiled into the binary (about half a second).
    pub fn load() -> Result<Resources, Error> {
        let tagger = ner::Tagger::load_embedded()?;
        let codebook = cameo::Codebook::embedded(tagger.lexicons().words());
        Ok(Resources {
            tagger,
            places: geo::Gazetteer::load_embedded()?,
            codebook,
            parser: parse::Parser::load_embedded()?,
        })
    }

    /// The resources compiled into the binary, loaded on first use and kept for the
    /// life of the process. Panics only if the files compiled in are corrupt, which the
    /// tests rule out; a command that must report it calls [`Resources::load`].
    pub fn embedded() -> &'static Resources {
        static RESOURCES: OnceLock<Resources> = OnceLock::new();
        RESOURCES.get_or_init(|| Resources::load().expect("the resources compiled into dateline are valid"))
    }

    fn extract(&self) -> extract::Resources<'_> {
        extract::Resources { tagger: &self.tagger, places: &self.places, words: self.tagger.lexicons().words() }
    }
}

/// Runs every stage on `doc`: segment, dateline, dates, entities, places, quotes
/// (`extract`), then CAMEO actors and events, tone and themes (`cameo`).
pub fn annotate(resources: &Resources, doc: &mut Doc, options: &Options) {
    annotate_observed(resources, doc, options, |_, _| {});
}

/// Runs every stage like [`annotate`], calling `observe(stage, started)` after each
/// with the instant it began, for the per-stage times of `dateline bench`.
pub fn annotate_observed(
    resources: &Resources,
    doc: &mut Doc,
    options: &Options,
    mut observe: impl FnMut(&'static str, Instant),
) {
    extract::annotate_observed(doc, resources.extract(), options, &mut observe);
    let (codebook, places) = (&resources.codebook, &resources.places);
    extract::timed(&mut observe, "parse", || parse_needed(resources, doc));
    extract::timed(&mut observe, "actors", || cameo::code_actors(doc, codebook, places));
    extract::timed(&mut observe, "events", || cameo::code_events(doc, codebook, places));
    extract::timed(&mut observe, "tone+themes", || {
        cameo::score_tone(doc, codebook);
        cameo::code_themes(doc, codebook);
    });
}

/// Parses the sentences the event coder reads a tree from: those with a trigger it
/// reads, outside background. The rest (seven tokens in ten of news text) is never
/// parsed.
fn parse_needed(resources: &Resources, doc: &mut Doc) {
    parse::parse_doc(doc, &resources.parser, |doc, sentence| resources.codebook.reads_parse(doc, sentence));
}

/// Time spent per stage, in pipeline order.
#[derive(Default)]
pub struct StageTimes {
    stages: Vec<(&'static str, Duration)>,
}

impl StageTimes {
    /// Adds the time since `started` to `stage`.
    pub fn record(&mut self, stage: &'static str, started: Instant) {
        let elapsed = started.elapsed();
        match self.stages.iter_mut().find(|(name, _)| *name == stage) {
            Some((_, total)) => *total += elapsed,
            None => self.stages.push((stage, elapsed)),
        }
    }

    /// `(stage, seconds, share of the total)` in pipeline order.
    pub fn shares(&self) -> Vec<(&'static str, f64, f64)> {
        let total: f64 = self.stages.iter().map(|(_, d)| d.as_secs_f64()).sum::<f64>().max(f64::MIN_POSITIVE);
        self.stages.iter().map(|(name, d)| (*name, d.as_secs_f64(), d.as_secs_f64() / total)).collect()
    }
}
