//! Named-entity tagging: persons, organizations, locations and miscellaneous names.
//!
//! A greedy left-to-right averaged perceptron over hashed features (word, affixes,
//! shape, neighbours, previous labels, gazetteer membership, role and organization
//! words, and the labels the same word got earlier in the document). Features are
//! 64-bit hashes computed from token text without allocating; the model stores the
//! weights of the features it kept, quantized to 16 bits.
//!
//! The model and the gazetteer ship inside the binary ([`Tagger::embedded`]); `dateline
//! train ner` makes the model from CoNLL-2003 and `dateline gazetteer build` the
//! gazetteer from GeoNames and census name lists. A model file records the hash of the
//! feature schema it was trained with (templates and the lexicons they read) and its
//! training recipe; loading it with other features is an error naming the rebuild
//! command.
//!
//! ```
//! let tagger = ner::Tagger::embedded();
//! let mut state = ner::DocState::default();
//! let mut labels = Vec::new();
//! let words = ["President", "Ursula", "von", "der", "Leyen", "visited", "Kyiv", "."];
//! tagger.tag_document(&words, &[words.len()], &mut state, &mut labels);
//! let spans = ner::entity_spans(&labels);
//! assert_eq!(spans[0], (1, 5, ner::EntityType::Person));
//! assert_eq!(spans[1], (6, 7, ner::EntityType::Location));
//! ```
#![warn(missing_docs)]

pub mod build;
pub mod clusters;
pub mod conll;
mod document;
mod features;
pub mod gazetteer;
mod labels;
mod model;
pub mod paths;
mod repair;
mod schema;
mod train;

pub use clusters::Clusters;
pub use features::DocState;
pub use gazetteer::Gazetteer;
pub use labels::{entity_spans, from_iob, EntityType, Label, Position, N_LABELS};
pub use model::Model;
pub use paths::WordPaths;
pub use train::{train, TrainOptions};

use learn::hash::mix;
use lexicon::WordLists;
use std::path::Path;
use std::sync::OnceLock;

/// Why a model or gazetteer could not be loaded: the file, the reason and the command
/// that rebuilds it (`learn`'s error for every file compiled into dateline).
pub type Error = learn::FormatError;

/// A result of this crate.
pub type Result<T> = std::result::Result<T, Error>;

/// The text of a gzip-compressed lexicon; an error names it and its rebuild command.
fn gunzip_text(bytes: &[u8], what: &'static str, rebuild: &'static str) -> Result<String> {
    use std::io::Read;
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).map_err(|e| Error {
        what: what.into(),
        reason: e.to_string(),
        rebuild,
    })?;
    Ok(text)
}

/// Where the model that ships with dateline comes from.
const EMBEDDED_MODEL_PATH: &str = "models/ner.bin";
/// The model that ships with dateline.
const EMBEDDED_MODEL: &[u8] = include_bytes!("../../../models/ner.bin");
/// The gazetteer that ships with dateline (`data/gazetteer.tsv.gz`).
const EMBEDDED_GAZETTEER: &[u8] = include_bytes!("../../../data/gazetteer.tsv.gz");
/// The word classes that ship with dateline (`data/clusters.tsv.gz`).
const EMBEDDED_CLUSTERS: &[u8] = include_bytes!("../../../data/clusters.tsv.gz");
/// The word paths that ship with dateline (`data/word_paths.tsv.gz`).
const EMBEDDED_PATHS: &[u8] = include_bytes!("../../../data/word_paths.tsv.gz");

/// The word lists a model's features were trained with.
#[derive(Clone, Default)]
pub struct Lexicons {
    /// Names of places and people, and casing classes.
    gazetteer: Gazetteer,
    /// Word classes.
    clusters: Clusters,
    /// Word paths.
    paths: WordPaths,
    /// Role and organization words (the repairs read them too).
    words: WordLists,
    /// The hash of the files they were loaded from; 0 for none (the default, empty).
    id: u64,
}

impl Lexicons {
    /// Names of places and people, and casing classes.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Role and organization words.
    pub fn words(&self) -> &WordLists {
        &self.words
    }

    /// The lexicons compiled into the binary, parsed anew: callers load them once.
    pub fn load_embedded() -> Result<Lexicons> {
        Ok(Lexicons {
            gazetteer: Gazetteer::from_gzip(EMBEDDED_GAZETTEER)?,
            clusters: Clusters::from_gzip(EMBEDDED_CLUSTERS)?,
            paths: WordPaths::from_gzip(EMBEDDED_PATHS)?,
            words: WordLists::embedded().clone(),
            id: schema::lexicon_files_hash(),
        })
    }
}

/// A model with the lexicons its features were trained with.
pub struct Tagger {
    model: Model,
    lexicons: Lexicons,
    /// What the caches of a [`DocState`] depend on: the identities of the model (its
    /// scores) and of the lexicons (its word infos), never an address.
    cache_key: u64,
}

impl Tagger {
    /// A tagger from its parts.
    pub fn new(model: Model, lexicons: Lexicons) -> Tagger {
        let cache_key = mix(model.id(), lexicons.id);
        Tagger { model, lexicons, cache_key }
    }

    /// The tagger compiled into the binary, loaded anew (~0.1 s): callers load it once.
    /// An error names the model and the rebuild command: a model trained with other
    /// features than this build's.
    pub fn load_embedded() -> Result<Tagger> {
        let model = Model::from_bytes(EMBEDDED_MODEL, Path::new(EMBEDDED_MODEL_PATH))?;
        Ok(Tagger::new(model, Lexicons::load_embedded()?))
    }

    /// The embedded tagger, loaded on first use, for tests and examples. Panics only if
    /// the model compiled into the binary is corrupt or was trained with other features,
    /// which the tests rule out; the message names the rebuild command.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| Tagger::load_embedded().unwrap_or_else(|e| panic!("{e}")))
    }

    /// The lexicons the model's features read.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// Its model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Labels the words of one document into `labels` (cleared first, one label per
    /// word); its sentences end at the indexes in `sentence_ends` (the last is
    /// `words.len()`). `state` is scratch space that keeps its caches warm: reuse it.
    pub fn tag_document(&self, words: &[&str], sentence_ends: &[usize], state: &mut DocState, labels: &mut Vec<Label>) {
        state.use_tagger(self.cache_key);
        state.clear();
        document::tag_document(&mut &*self, words, sentence_ends, state, labels);
    }
}

impl document::SentenceTagger for &Tagger {
    fn tag_sentence(
        &mut self,
        words: &[&str],
        state: &mut DocState,
        labels: &mut Vec<Label>,
        contexts: Option<&[document::Recorded]>,
    ) {
        let shown = repair::particles_capitalized(words);
        let word_lists = &self.lexicons.words;
        features::tag(&mut &self.model, &self.lexicons, &shown, state, labels, None, contexts);
        repair::merge_organization_runs(word_lists, words, labels);
        repair::merge_waters(words, labels);
        repair::end_before_trailing_joiners(&self.lexicons.gazetteer, words, labels);
        repair::split_coordinated_persons(word_lists, &shown, &self.lexicons.gazetteer, labels);
        let role_word = |index: usize| state.is_role_word(index);
        repair::mark_titled_persons(word_lists, role_word, words, &shown, labels);
        repair::mark_places_and_drop_titles(word_lists, role_word, words, labels);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(text: &str) -> Vec<(String, EntityType)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut labels = Vec::new();
        Tagger::embedded().tag_document(&words, &[words.len()], &mut DocState::default(), &mut labels);
        entity_spans(&labels).into_iter().map(|(s, e, t)| (words[s..e].join(" "), t)).collect()
    }

    fn has(found: &[(String, EntityType)], name: &str, kind: EntityType) -> bool {
        found.iter().any(|(n, t)| n == name && *t == kind)
    }

    #[test]
    fn cached_scores_tag_exactly_as_fresh_ones() {
        let sentences = [
            "Azerbaijan 's Ambassador to Russia Polad Bulbuloglu met Turkish President Recep Tayyip Erdogan .",
            "The OSCE Minsk Group said Armenia and Azerbaijan agreed to a ceasefire in Moscow .",
            "Bulbuloglu told TASS that Baku valued Moscow 's role .",
        ];
        let tagger = Tagger::embedded();
        let mut warm = DocState::default();
        for _ in 0..2 {
            for sentence in sentences {
                let words: Vec<&str> = sentence.split(' ').collect();
                let (mut cached, mut fresh) = (Vec::new(), Vec::new());
                tagger.tag_document(&words, &[words.len()], &mut warm, &mut cached);
                tagger.tag_document(&words, &[words.len()], &mut DocState::default(), &mut fresh);
                assert_eq!(cached, fresh, "{sentence}");
            }
        }
        assert!(!warm.own_scores.is_empty(), "the second pass was served from the cache");
    }

    /// A model trained on one short document in which `Paris` is tagged `paris_tag`.
    fn model_with_paris_as(paris_tag: &str) -> Model {
        let corpus = format!(
            "-DOCSTART- O\n\nPeter B-PER\nSmith I-PER\nvisited O\nParis {paris_tag}\n. O\n\n\
             Paris {paris_tag}\nwelcomed O\nAnna B-PER\nJones I-PER\n. O\n"
        );
        let options = TrainOptions { epochs: 5, seed: 1, ensemble: 1, with_valid: false };
        train(&conll::parse(&corpus).unwrap(), &Lexicons::default(), &options, |_, _, _| {})
    }

    #[test]
    fn a_reused_state_tags_like_a_fresh_one_when_the_model_or_lexicons_change() {
        let words = ["Anna", "Jones", "visited", "Paris", "and", "met", "Sandvall", "of", "Udinese", "."];
        let mut reused_state = DocState::default();
        let labels_of = |tagger: &Tagger, state: &mut DocState| {
            let (mut reused, mut fresh) = (Vec::new(), Vec::new());
            tagger.tag_document(&words, &[words.len()], state, &mut reused);
            tagger.tag_document(&words, &[words.len()], &mut DocState::default(), &mut fresh);
            assert_eq!(reused, fresh, "a reused state labels as a fresh one");
            fresh
        };
        let mut tagger = Tagger::new(model_with_paris_as("B-LOC"), Lexicons::default());
        let as_location = labels_of(&tagger, &mut reused_state);
        // Assigned in place: each new tagger (and its model) has the last one's address.
        tagger = Tagger::new(model_with_paris_as("B-PER"), Lexicons::default());
        let as_person = labels_of(&tagger, &mut reused_state);
        assert_ne!(as_location, as_person, "the two models label Paris differently");
        let embedded = labels_of(Tagger::embedded(), &mut reused_state);
        tagger = Tagger::new(Tagger::embedded().model().clone(), Lexicons::default());
        let without_lexicons = labels_of(&tagger, &mut reused_state);
        assert_ne!(embedded, without_lexicons, "the lexicons change a label");
    }

    #[test]
    fn names_with_particles_and_long_organizations_come_out_whole() {
        let found = entities(
            "Azerbaijan 's Ambassador Polad Bulbuloglu met Ursula von der Leyen and Recep Tayyip Erdogan in Brussels .",
        );
        assert!(has(&found, "Polad Bulbuloglu", EntityType::Person), "{found:?}");
        assert!(has(&found, "Ursula von der Leyen", EntityType::Person), "{found:?}");
        assert!(has(&found, "Recep Tayyip Erdogan", EntityType::Person), "{found:?}");
        assert!(has(&found, "Azerbaijan", EntityType::Location), "{found:?}");
        let found = entities("The OSCE Minsk Group and the UN Security Council discussed the war .");
        assert!(has(&found, "OSCE Minsk Group", EntityType::Organization), "{found:?}");
        assert!(has(&found, "UN Security Council", EntityType::Organization), "{found:?}");
    }
}
