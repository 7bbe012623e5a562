//! The trained tagger and parser and their file, `models/parser.bin`.
//!
//! Layout, through `learn`'s model-file functions: magic and version `DLDEP001`, the
//! feature-schema hash, the training recipe, then three weight tables (tags, moves,
//! relations), then the checksum of everything before it, which is also the model's
//! identity. The file is kept gzipped (`models/parser.bin.gz`): its rows are mostly
//! zeros, and compressed it is a third of the size.

use crate::decode::{best, is_inner_relation, parse_with, tag_with, Scratch};
use crate::features::schema_hash;
use crate::transition::{Move, MOVES};
use crate::words::Word;
use crate::Parsed;
use doc::{DepRel, PosTag};
use learn::{FileKind, Weights};
use std::path::Path;
use std::sync::OnceLock;

/// Number of tag classes (index 0, `NONE`, is never chosen).
pub(crate) const TAGS: usize = PosTag::COUNT;
/// Number of relation classes (`NONE` and `ROOT` are never chosen by the classifier).
pub(crate) const RELS: usize = DepRel::COUNT;

/// The command that rebuilds the shipped model, with the data it needs.
pub(crate) const REBUILD: &str =
    "bash scripts/distill-parser-data.sh && dateline train parser --data target/training-data/parser";

pub(crate) const KIND: FileKind =
    FileKind { magic: b"DLDEP", version: b"001", what: "dateline parser model", rebuild: REBUILD };

/// Why a parser model could not be loaded.
pub type Error = learn::FormatError;

/// The part-of-speech tagger and the dependency parser, with how they were trained.
///
/// Only training and loading make one.
pub struct Parser {
    pub(crate) tagger: Weights<TAGS>,
    pub(crate) moves: Weights<MOVES>,
    pub(crate) labels: Weights<RELS>,
    recipe: String,
    id: u64,
}

const EMBEDDED: &[u8] = include_bytes!("../../../models/parser.bin.gz");

impl Parser {
    pub(crate) fn new(tagger: Weights<TAGS>, moves: Weights<MOVES>, labels: Weights<RELS>, recipe: String) -> Parser {
        let mut parser = Parser { tagger, moves, labels, recipe, id: 0 };
        parser.id = parser.write().1;
        parser
    }

    /// Loads the model compiled into the binary.
    pub fn load_embedded() -> Result<Parser, Error> {
        Parser::from_bytes(EMBEDDED, Path::new("models/parser.bin.gz"))
    }

    /// The model compiled into the binary, loaded once (for tests and examples; the
    /// pipeline gets its parser from `engine::Resources`).
    pub fn embedded() -> &'static Parser {
        static PARSER: OnceLock<Parser> = OnceLock::new();
        PARSER.get_or_init(|| Parser::load_embedded().expect("the parser model compiled into dateline is valid"))
    }

    /// How it was trained: the options of `dateline train parser` and the data's hash.
    pub fn recipe(&self) -> &str {
        &self.recipe
    }

    /// Features with weights in each table: tagger, moves, relations.
    pub fn table_sizes(&self) -> [usize; 3] {
        [self.tagger.len(), self.moves.len(), self.labels.len()]
    }

    /// Its identity: the checksum of its file.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.write().0
    }

    /// The file's bytes and its checksum.
    fn write(&self) -> (Vec<u8>, u64) {
        let mut bytes = Vec::new();
        learn::write_header(&mut bytes, &KIND, schema_hash());
        learn::write_string(&mut bytes, &self.recipe);
        learn::write_table(&mut bytes, &self.tagger);
        learn::write_table(&mut bytes, &self.moves);
        learn::write_table(&mut bytes, &self.labels);
        let checksum = learn::finish_with_checksum(&mut bytes);
        (bytes, checksum)
    }

    /// The model's file gzipped, as `dateline train parser` writes it.
    pub fn to_gzip(&self) -> Vec<u8> {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a `Vec` cannot fail.
        let _ = encoder.write_all(&self.to_bytes());
        encoder.finish().unwrap_or_default()
    }

    /// Reads a model written by [`Parser::to_bytes`] (or [`Parser::to_gzip`]) from the
    /// file at `path` (named in errors), checking magic, version, checksum and feature
    /// schema.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Parser, Error> {
        let inflated;
        let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
            let mut decoder = flate2::read::GzDecoder::new(bytes);
            let mut buffer = Vec::new();
            std::io::Read::read_to_end(&mut decoder, &mut buffer).map_err(|e| learn::FormatError {
                what: path.display().to_string(),
                reason: format!("not a gzip file: {e}"),
                rebuild: REBUILD,
            })?;
            inflated = buffer;
            &inflated[..]
        } else {
            bytes
        };
        let schema_covers = || "the parser's feature templates or its tag and relation tables".to_string();
        let mut fields = learn::verify_and_open(bytes, path, &KIND, schema_hash(), &schema_covers)?;
        let recipe = fields.string("recipe")?;
        let tagger = learn::read_table(&mut fields)?;
        let moves = learn::read_table(&mut fields)?;
        let labels = learn::read_table(&mut fields)?;
        fields.finish()?;
        Ok(Parser { tagger, moves, labels, recipe, id: fields.id() })
    }

    /// Tags and parses one sentence of `words`.
    pub fn parse_sentence(&self, words: &[&str], scratch: &mut Scratch, parsed: &mut Parsed) {
        crate::words::hash_words(words, &mut scratch.words);
        self.parse_words(scratch, parsed);
    }

    /// Tags and parses the words hashed into `scratch.words`.
    pub(crate) fn parse_words(&self, scratch: &mut Scratch, parsed: &mut Parsed) {
        self.tag(&scratch.words, &mut scratch.features, &mut parsed.tags);
        self.parse_tagged(scratch, parsed);
    }

    /// Parses the words hashed into `scratch.words`, tagged `parsed.tags`.
    pub(crate) fn parse_tagged(&self, scratch: &mut Scratch, parsed: &mut Parsed) {
        let Scratch { words, features, state } = scratch;
        parse_with(
            words,
            &parsed.tags,
            state,
            features,
            false,
            |state, features| {
                let scores = self.moves.sums(features);
                Move::from_index(best(&scores, |m| state.is_valid(Move::from_index(m))))
            },
            |_, features, _, _| DepRel(best(&self.labels.sums(features), is_inner_relation) as u8),
        );
        let n = words.len();
        parsed.heads.clear();
        // The root word heads itself, as in spaCy.
        parsed
            .heads
            .extend(state.heads[..n].iter().enumerate().map(|(i, &h)| if h as usize == n { i as u32 } else { h }));
        parsed.rels.clear();
        parsed.rels.extend_from_slice(&state.rels[..n]);
    }

    pub(crate) fn tag(&self, words: &[Word], features: &mut Vec<u64>, tags: &mut Vec<PosTag>) {
        tag_with(words, features, tags, |features, _| PosTag(best(&self.tagger.sums(features), |t| t > 0) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::train::{train, TrainOptions};

    fn small() -> Parser {
        let sentences = crate::conllu::parse(crate::conllu::tests::SAMPLE).unwrap();
        train(&sentences, &TrainOptions { epochs: 2, seed: 1, tag_folds: 0, min_kept_weight: [1; 3] }, |_, _, _| {})
    }

    #[test]
    fn models_round_trip_plain_and_gzipped() {
        let parser = small();
        let path = Path::new("test.bin");
        let plain = Parser::from_bytes(&parser.to_bytes(), path).unwrap();
        assert_eq!(plain.to_bytes(), parser.to_bytes());
        assert_eq!(plain.id(), parser.id(), "the identity is the checksum");
        let gzipped = Parser::from_bytes(&parser.to_gzip(), path).unwrap();
        assert_eq!(gzipped.to_bytes(), parser.to_bytes());
        assert_eq!(gzipped.recipe(), parser.recipe());
    }

    #[test]
    fn a_model_of_another_schema_is_refused_with_the_rebuild_command() {
        let mut bytes = small().to_bytes();
        // The schema hash follows the magic and version; fix the checksum after it.
        bytes[8] ^= 1;
        let body = bytes.len() - 8;
        let checksum = learn::hash::hash_bytes(&bytes[..body]);
        bytes[body..].copy_from_slice(&checksum.to_le_bytes());
        let error = Parser::from_bytes(&bytes, Path::new("models/parser.bin.gz")).err().unwrap().to_string();
        assert!(error.starts_with("models/parser.bin.gz: trained with feature schema"), "{error}");
        assert!(error.contains("dateline train parser"), "{error}");
        let error = Parser::from_bytes(&[0x1f, 0x8b, 0], Path::new("x.gz")).err().unwrap().to_string();
        assert!(error.contains("x.gz: not a gzip file"), "{error}");
    }

    #[test]
    fn the_embedded_model_parses_the_teachers_scheme() {
        let parser = Parser::embedded();
        assert!(parser.table_sizes().iter().all(|&n| n > 0));
        let mut parsed = Parsed::default();
        let words = ["The", "convoy", "was", "ambushed", "by", "Somali", "insurgents", "."];
        parser.parse_sentence(&words, &mut Scratch::default(), &mut parsed);
        let rel = |i: usize| parsed.rels[i];
        assert_eq!((rel(1), parsed.heads[1]), (DepRel::NSUBJPASS, 3));
        assert_eq!((rel(4), parsed.heads[4]), (DepRel::AGENT, 3));
        assert_eq!((rel(6), parsed.heads[6]), (DepRel::POBJ, 4));
        assert_eq!(parsed.tags[3], PosTag::VBN);
    }
}
