//! The engine: the whole pipeline on one article, over resources loaded once.
//!
//! [`Resources`] owns everything the stages read (the entity tagger with its lexicons,
//! the places gazetteer, the CAMEO codebook), loaded from the files compiled into the
//! binary. [`annotate`] runs the stages in order, each given the resources it needs:
//! `extract` (segment, dateline, dates, entities, places, quotes), `cameo`'s actors,
//! `parse` (the sentences the event coder reads a tree from, which it tells by their
//! triggers and actors), then `cameo`'s events, tone and themes. The command line, the
//! server and the Python module all annotate through here.
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
    /// Loads the resources compiled into the binary. The places gazetteer, the parser
    /// and the tagger with the codebook load on threads of their own: every start of
    /// `dateline` waits for the slowest, not for their sum.
    pub fn load() -> Result<Resources, Error> {
        std::thread::scope(|scope| {
            let places = scope.spawn(geo::Gazetteer::load_embedded);
            let parser = scope.spawn(parse::Parser::load_embedded);
            let tagger = ner::Tagger::load_embedded()?;
            let codebook = cameo::Codebook::embedded(tagger.lexicons().words());
            // A loader that panics is a bug: its panic goes on here.
            let places = places.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            let parser = parser.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            Ok(Resources { tagger, places, codebook, parser })
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
/// (`extract`), CAMEO actors, the parse, then events, tone and themes (`cameo`).
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
    extract::timed(&mut observe, "actors", || cameo::code_actors(doc, codebook, places));
    let triggers = extract::timed(&mut observe, "triggers", || codebook.triggers(doc, places));
    extract::timed(&mut observe, "parse", || parse_needed(resources, doc, &triggers));
    extract::timed(&mut observe, "events", || cameo::code_events(doc, codebook, places, &triggers));
    extract::timed(&mut observe, "tone+themes", || cameo::score_tone_and_themes(doc, codebook));
}

/// Parses the sentences the event coder reads a tree from: those with a trigger,
/// outside background, that name the actors an event needs, tagged first, then parsed
/// if a trigger the coder reads is tagged a verb (or is a noun pattern's). The rest
/// (85% of the tokens of news text) is never tagged.
fn parse_needed(resources: &Resources, doc: &mut Doc, triggers: &cameo::Triggers) {
    let (codebook, places) = (&resources.codebook, &resources.places);
    parse::parse_doc(
        doc,
        &resources.parser,
        |doc, sentence| triggers.reads_parse(doc, codebook, places, sentence),
        |doc, sentence| triggers.reads_tree(doc, codebook, sentence),
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The example, practice, fresh and dev articles (wire text: `date YYYY-MM-DD`, then
    /// the story) and a story with what the coder reads no tree of: a background
    /// sentence, a name that is a trigger (`Strike`), a quote without a trigger, a
    /// sentence read in windows, sentences with a trigger and one actor or none.
    fn articles() -> Vec<(String, String)> {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let folders = ["examples", "eval/practice/articles", "eval/fresh/articles", "../shared/eval/dev/articles"];
        let folders = folders.map(|f| root.join(f));
        let mut articles: Vec<(String, String)> = folders
            .iter()
            .flat_map(|folder| std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())))
            .map(|entry| {
                let article = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                let (date, text) = article.trim_start().trim_start_matches("date ").split_at(10);
                (date.to_string(), text.trim_start().to_string())
            })
            .collect();
        let list: Vec<String> = (0..80).map(|i| format!("Sudanese troops shelled village {i}")).collect();
        let story = format!(
            "KHARTOUM, May 2 (Reuters) - Rebels attacked a convoy near the border on Wednesday. \
             Rebels attacked the same town in 1998. Strike Force commander Ali Musa met reporters. \
             \"We will respond,\" the army said. Witnesses said {}, and Chad condemned the attacks. \
             Officials said they were attacked. The talks were described as constructive.",
            list.join(", ")
        );
        articles.push(("2024-05-02".to_string(), story));
        articles
    }

    #[test]
    fn events_are_the_same_as_with_every_sentence_parsed() {
        let resources = Resources::embedded();
        let (mut skipped, mut tagged, mut parsed, mut events) = (0, 0, 0, 0);
        for (date, text) in articles() {
            let options = Options { fallback_date: doc::CivilDate::parse_iso(&date) };
            let mut doc = Doc::new("a", text.clone());
            annotate(resources, &mut doc, &options);
            let mut everything = Doc::new("a", text);
            extract::annotate(&mut everything, resources.extract(), &options);
            parse::parse_doc(&mut everything, &resources.parser, |_, _| true, |_, _| true);
            cameo::code_actors(&mut everything, &resources.codebook, &resources.places);
            let triggers = resources.codebook.triggers(&everything, &resources.places);
            cameo::code_events(&mut everything, &resources.codebook, &resources.places, &triggers);
            assert_eq!(doc.events, everything.events, "{}", doc.text);
            events += doc.events.len();
            for sentence in &doc.sentences {
                let tokens = sentence.tokens();
                let words = doc.after_dateline(tokens.clone())..tokens.end;
                match (doc.pos.get(words.start), doc.deps.get(words.start)) {
                    _ if words.is_empty() => {}
                    (_, Some(dep)) if dep.rel != doc::DepRel::NONE => parsed += 1,
                    (Some(&tag), _) if tag != doc::PosTag::NONE => tagged += 1,
                    _ => skipped += 1,
                }
            }
        }
        assert!(
            parsed > 0 && tagged > 0 && skipped > 0 && events > 0,
            "{parsed} sentences parsed, {tagged} only tagged, {skipped} neither; {events} events"
        );
    }
}
