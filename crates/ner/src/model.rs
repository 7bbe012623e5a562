//! The entity tagger's model: its weights in `learn`'s model file, `DLNER002`.
//!
//! The file ([`learn::ModelFile`]) holds the hash of the feature schema the model was
//! trained with ([`crate::schema`]), the training recipe, the quantized weights of the
//! `N_LABELS` labels, and a checksum of everything before it, which is also the model's
//! identity.

use crate::features::{push_features, Part, Position, Scorer, TokenInfo};
use crate::labels::N_LABELS;
use crate::schema::{covered, schema_hash};
use crate::Result;
use learn::{FileKind, ModelFile, Weights};
use rustc_hash::FxHashMap;
use std::path::Path;

/// The command that rebuilds the shipped model, with the data it needs.
pub(crate) const REBUILD: &str =
    "bash scripts/fetch-training-data.sh && dateline train ner --data target/training-data/conll2003 --with-valid";

/// The entity tagger's model files.
const KIND: FileKind = FileKind { magic: b"DLNER", version: b"002", what: "dateline NER model", rebuild: REBUILD };

/// The smallest quantized weight (of 32,767) that keeps a feature. Features whose
/// weights all stay below it change almost no decision, and dropping them halves the
/// table, which keeps tagging in cache: on CoNLL-2003 the F1 is unchanged (85.96 with,
/// 85.89 without) and the tagger runs 1.3× faster.
const MIN_KEPT_WEIGHT: u16 = 64;

/// Averaged perceptron weights by feature hash, quantized ([`learn::Weights`]), with
/// the recipe and identity of their file.
///
/// Only training and loading make one: there is no empty model to tag with by mistake.
///
/// ```compile_fail
/// let model = ner::Model::default();
/// ```
#[derive(Clone)]
pub struct Model {
    /// Its weights, recipe (the options of `dateline train ner` and a hash of the data)
    /// and identity, computed once: a [`crate::DocState`] keeps its cached scores by it,
    /// so two models never share them, wherever they lie in memory.
    file: ModelFile<N_LABELS>,
}

impl Scorer for &Model {
    fn score_token(
        &self,
        infos: &[TokenInfo],
        at: Position,
        own_scores: &mut FxHashMap<u64, [i32; N_LABELS]>,
        features: &mut Vec<u64>,
    ) -> [f32; N_LABELS] {
        // Integer sums are exact in any order, so cached and fresh parts add up to the
        // same scores as one pass over all features.
        let weights = self.file.weights();
        let key = infos[at.index].own_key();
        let mut sums = match own_scores.get(&key) {
            Some(sums) => *sums,
            None => {
                features.clear();
                push_features(infos, at, Part::Own, features);
                let sums = weights.sums(features);
                own_scores.insert(key, sums);
                sums
            }
        };
        features.clear();
        push_features(infos, at, Part::Context, features);
        weights.add_sums(features, &mut sums);
        sums.map(|sum| sum as f32 / weights.scale())
    }
}

impl Model {
    /// Quantizes trained weights to 16 bits, dropping features whose weights are all
    /// below [`MIN_KEPT_WEIGHT`].
    pub(crate) fn from_weights(weights: FxHashMap<u64, [f32; N_LABELS]>, recipe: String) -> Model {
        let weights = Weights::quantize(weights, MIN_KEPT_WEIGHT);
        Model { file: ModelFile::new(weights, recipe, &KIND, schema_hash()) }
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.file.weights().len()
    }

    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.file.weights().is_empty()
    }

    /// How it was trained: the options of `dateline train ner`, the folds, and the
    /// training data's size and hash.
    pub fn recipe(&self) -> &str {
        self.file.recipe()
    }

    /// Its identity: the checksum of its file.
    pub(crate) fn id(&self) -> u64 {
        self.file.id()
    }

    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.file.to_bytes(&KIND, schema_hash())
    }

    /// Reads a model written by [`Model::to_bytes`] from the file at `path` (named in
    /// errors), checking magic, format version, checksum, and that it was trained with
    /// the running code's feature schema.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Model> {
        Ok(Model { file: ModelFile::from_bytes(bytes, path, &KIND, schema_hash(), &covered)? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model of two features, one of them all zeros, with its file.
    fn small_model() -> (Model, Vec<u8>) {
        let mut weights = FxHashMap::default();
        let mut values = [0.0; N_LABELS];
        values[0] = 1.0;
        values[1] = -0.5;
        values[8] = 2.0;
        weights.insert(7, values);
        weights.insert(9, [0.0; N_LABELS]);
        let model = Model::from_weights(weights, "epochs=1".into());
        let bytes = model.to_bytes();
        (model, bytes)
    }

    fn load_error(bytes: &[u8]) -> String {
        Model::from_bytes(bytes, Path::new("models/ner.bin")).err().expect("refused").to_string()
    }

    #[test]
    fn models_round_trip_and_corruption_is_caught() {
        let (built, bytes) = small_model();
        let model = Model::from_bytes(&bytes, Path::new("models/ner.bin")).unwrap();
        assert_eq!(model.len(), 1, "all-zero features are dropped");
        assert_eq!(model.recipe(), "epochs=1");
        assert_eq!(model.id(), built.id(), "the identity is the checksum");
        assert_eq!(model.to_bytes(), bytes, "a loaded model writes the same file");
        let weights = model.file.weights();
        let sums = weights.sums(&[7, 8]).map(|sum| sum as f32 / weights.scale());
        assert!((sums[0] - 1.0).abs() < 1e-3 && (sums[8] - 2.0).abs() < 1e-3);
        let mut corrupt = bytes.clone();
        corrupt[20] ^= 1;
        assert!(load_error(&corrupt).contains("checksum mismatch"));
        assert!(load_error(b"garbage").contains("not a dateline NER model"));
        let count_at = 8 + 8 + 4 + "epochs=1".len();
        assert!(load_error(&rewritten(&bytes, count_at, &2u32.to_le_bytes())).contains("truncated or oversized"));
    }

    /// Sets the bytes at `at` and fixes the checksum, as a model of another build would be.
    fn rewritten(bytes: &[u8], at: usize, new: &[u8]) -> Vec<u8> {
        let mut body = bytes[..bytes.len() - 8].to_vec();
        body[at..at + new.len()].copy_from_slice(new);
        learn::finish_with_checksum(&mut body);
        body
    }

    #[test]
    fn a_model_of_another_schema_or_format_is_refused_with_the_rebuild_command() {
        let (_, bytes) = small_model();
        let other_schema = load_error(&rewritten(&bytes, 8, &(schema_hash() ^ 1).to_le_bytes()));
        assert!(other_schema.starts_with("models/ner.bin: trained with feature schema"), "{other_schema}");
        assert!(other_schema.contains("data/roles.tsv"), "{other_schema}");
        assert!(other_schema.contains("dateline train ner --data target/training-data/conll2003 --with-valid"));
        let old_format = load_error(&rewritten(&bytes, 0, b"DLNER001"));
        assert!(old_format.contains("format version 001, this build reads 002"), "{old_format}");
    }

    #[test]
    fn the_embedded_model_writes_back_its_own_bytes() {
        let model = Model::from_bytes(crate::EMBEDDED_MODEL, Path::new(crate::EMBEDDED_MODEL_PATH)).unwrap();
        assert!(model.to_bytes() == crate::EMBEDDED_MODEL, "models/ner.bin re-serializes byte for byte");
    }

    #[test]
    fn an_empty_model_tags_without_panicking() {
        let model = Model::from_weights(FxHashMap::default(), String::new());
        let tagger = crate::Tagger::new(model, crate::Lexicons::default());
        let words = ["The", "talks", "ended", "."];
        let mut labels = Vec::new();
        tagger.tag_document(&words, &[words.len()], &mut crate::DocState::default(), &mut labels);
        assert_eq!(labels, [crate::Label::O; 4]);
    }
}
