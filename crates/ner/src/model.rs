//! The trained weights and their binary file format.
//!
//! Layout (little-endian): magic `DLNER` and the format version in three digits
//! (`DLNER002`); the hash of the feature schema it was trained with `u64`
//! ([`crate::schema`]); the training recipe, its length `u32` and UTF-8 text; the
//! feature count `u32` and scale `f32`, then per feature its hash `u64` and `N_LABELS`
//! weights as `i16` (weight × scale), sorted by hash; then a `u64` checksum of
//! everything before it, which is also the model's identity.

use crate::features::{push_features, Part, Position, Scorer, TokenInfo};
use crate::hash::hash_bytes;
use crate::labels::N_LABELS;
use crate::schema::schema_hash;
use crate::{Error, Result};
use rustc_hash::FxHashMap;
use std::path::Path;

const MAGIC: &[u8; 5] = b"DLNER";
const FORMAT_VERSION: &[u8; 3] = b"002";
/// Bytes of a feature's record: its hash and its weights.
const RECORD_BYTES: usize = 8 + 2 * N_LABELS;

/// The command that rebuilds the shipped model, with the data it needs.
pub(crate) const REBUILD: &str =
    "bash scripts/fetch-training-data.sh && dateline train ner --data target/training-data/conll2003 --with-valid";

/// The smallest quantized weight (of 32,767) that keeps a feature. Features whose
/// weights all stay below it change almost no decision, and dropping them halves the
/// table, which keeps tagging in cache: on CoNLL-2003 the F1 is unchanged (85.96 with,
/// 85.89 without) and the tagger runs 1.3× faster.
const MIN_KEPT_WEIGHT: u16 = 64;

/// Averaged perceptron weights by feature hash, kept as the 16-bit integers the file
/// stores: half the memory of `f32`, so more of the table stays in cache while tagging.
///
/// Only training and loading make one: there is no empty model to tag with by mistake.
///
/// ```compile_fail
/// let model = ner::Model::default();
/// ```
#[derive(Clone)]
pub struct Model {
    weights: FxHashMap<u64, [i16; N_LABELS]>,
    /// Stored weight = weight × scale.
    scale: f32,
    /// A bit per slot of [`PRESENT_BITS`] bits of key, set when some feature with
    /// weights falls in it: most features of a text have none, and this 128 KiB filter
    /// (in a fast cache) rules them out before the large table is probed.
    present: Vec<u64>,
    /// How it was trained: the options of `dateline train ner` and a hash of the data.
    recipe: String,
    /// Its checksum, computed once: a [`crate::DocState`] keeps its cached scores by it,
    /// so two models never share them, wherever they lie in memory.
    id: u64,
}

/// Bits of a key that pick its slot in [`Model::present`].
const PRESENT_BITS: u32 = 20;

fn present_slot(key: u64) -> usize {
    (key >> (64 - PRESENT_BITS)) as usize
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
        let key = infos[at.index].own_key();
        let mut sums = match own_scores.get(&key) {
            Some(sums) => *sums,
            None => {
                features.clear();
                push_features(infos, at, Part::Own, features);
                let sums = self.sums(features);
                own_scores.insert(key, sums);
                sums
            }
        };
        features.clear();
        push_features(infos, at, Part::Context, features);
        for (sum, context) in sums.iter_mut().zip(self.sums(features)) {
            *sum += context;
        }
        sums.map(|sum| sum as f32 / self.scale)
    }
}

impl Model {
    /// A model from its parts; `id` is the checksum of its file's other bytes.
    fn new(weights: FxHashMap<u64, [i16; N_LABELS]>, scale: f32, recipe: String, id: u64) -> Model {
        let mut present = vec![0u64; (1 << PRESENT_BITS) / 64];
        for key in weights.keys() {
            let slot = present_slot(*key);
            present[slot / 64] |= 1 << (slot % 64);
        }
        Model { weights, scale, present, recipe, id }
    }

    fn sums(&self, features: &[u64]) -> [i32; N_LABELS] {
        let mut sums = [0i32; N_LABELS];
        for feature in features {
            let slot = present_slot(*feature);
            if self.present[slot / 64] & (1 << (slot % 64)) == 0 {
                continue;
            }
            if let Some(weights) = self.weights.get(feature) {
                for (sum, weight) in sums.iter_mut().zip(weights) {
                    *sum += i32::from(*weight);
                }
            }
        }
        sums
    }
}

/// The bytes of a model file before its checksum.
fn file_body(weights: &FxHashMap<u64, [i16; N_LABELS]>, scale: f32, recipe: &str) -> Vec<u8> {
    let mut kept: Vec<(&u64, &[i16; N_LABELS])> = weights.iter().collect();
    kept.sort_unstable_by_key(|(key, _)| **key);
    let mut bytes = Vec::with_capacity(32 + recipe.len() + kept.len() * RECORD_BYTES);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(FORMAT_VERSION);
    bytes.extend_from_slice(&schema_hash().to_le_bytes());
    bytes.extend_from_slice(&(recipe.len() as u32).to_le_bytes());
    bytes.extend_from_slice(recipe.as_bytes());
    bytes.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&scale.to_le_bytes());
    for (key, quantized) in kept {
        bytes.extend_from_slice(&key.to_le_bytes());
        for q in quantized {
            bytes.extend_from_slice(&q.to_le_bytes());
        }
    }
    bytes
}

/// Reads a model file's fields in order.
struct FieldReader<'a> {
    rest: &'a [u8],
}

impl<'a> FieldReader<'a> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (field, rest) = self.rest.split_first_chunk::<N>()?;
        self.rest = rest;
        Some(*field)
    }

    fn take_slice(&mut self, len: usize) -> Option<&'a [u8]> {
        let (field, rest) = self.rest.split_at_checked(len)?;
        self.rest = rest;
        Some(field)
    }
}

impl Model {
    /// Quantizes trained weights to 16 bits, dropping features whose weights are all
    /// below [`MIN_KEPT_WEIGHT`].
    pub(crate) fn from_weights(weights: FxHashMap<u64, [f32; N_LABELS]>, recipe: String) -> Model {
        let largest = weights.values().flatten().fold(0f32, |m, w| m.max(w.abs())).max(f32::MIN_POSITIVE);
        let scale = f32::from(i16::MAX) / largest;
        let weights = weights
            .into_iter()
            .map(|(key, values)| (key, values.map(|w| (w * scale).round() as i16)))
            .filter(|(_, quantized)| quantized.iter().any(|q| q.unsigned_abs() >= MIN_KEPT_WEIGHT))
            .collect();
        let id = hash_bytes(&file_body(&weights, scale, &recipe));
        Model::new(weights, scale, recipe, id)
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// How it was trained: the options of `dateline train ner`, the folds, and the
    /// training data's size and hash.
    pub fn recipe(&self) -> &str {
        &self.recipe
    }

    /// Its identity: the checksum of its file.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = file_body(&self.weights, self.scale, &self.recipe);
        bytes.extend_from_slice(&self.id.to_le_bytes());
        bytes
    }

    /// Reads a model written by [`Model::to_bytes`] from the file at `path` (named in
    /// errors), checking magic, format version, checksum, and that it was trained with
    /// the running code's feature schema.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Model> {
        let error = |reason: String| Error::Format { what: path.display().to_string(), reason, rebuild: REBUILD };
        let (body, stored_checksum) = bytes
            .split_last_chunk::<8>()
            .filter(|(body, _)| body.starts_with(MAGIC))
            .ok_or_else(|| error("not a dateline NER model".into()))?;
        let mut fields = FieldReader { rest: &body[MAGIC.len()..] };
        let version = fields.take::<3>().unwrap_or_default();
        if &version != FORMAT_VERSION {
            return Err(error(format!(
                "format version {}, this build reads {}",
                String::from_utf8_lossy(&version),
                String::from_utf8_lossy(FORMAT_VERSION)
            )));
        }
        let id = u64::from_le_bytes(*stored_checksum);
        if hash_bytes(body) != id {
            return Err(error("checksum mismatch".into()));
        }
        let truncated = || error("truncated or oversized file".into());
        let schema = u64::from_le_bytes(fields.take().ok_or_else(truncated)?);
        if schema != schema_hash() {
            return Err(error(format!(
                "trained with feature schema {schema:016x}, this build's is {:016x}: {} changed since",
                schema_hash(),
                crate::schema::covered()
            )));
        }
        let recipe_len = u32::from_le_bytes(fields.take().ok_or_else(truncated)?) as usize;
        let recipe = fields.take_slice(recipe_len).ok_or_else(truncated)?;
        let recipe = String::from_utf8(recipe.to_vec()).map_err(|_| error("recipe is not UTF-8".into()))?;
        let count = u32::from_le_bytes(fields.take().ok_or_else(truncated)?) as usize;
        let scale = f32::from_le_bytes(fields.take().ok_or_else(truncated)?);
        if fields.rest.len() != count * RECORD_BYTES {
            return Err(truncated());
        }
        let mut weights = FxHashMap::with_capacity_and_hasher(count, Default::default());
        for record in fields.rest.chunks_exact(RECORD_BYTES) {
            let (key, values) = record.split_at(8);
            let mut quantized = [0i16; N_LABELS];
            for (weight, value) in quantized.iter_mut().zip(values.chunks_exact(2)) {
                *weight = i16::from_le_bytes([value[0], value[1]]);
            }
            weights.insert(u64::from_le_bytes(key.try_into().unwrap_or_default()), quantized);
        }
        Ok(Model::new(weights, scale, recipe, id))
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
        let sums = model.sums(&[7, 8]).map(|sum| sum as f32 / model.scale);
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
        let checksum = hash_bytes(&body);
        body.extend_from_slice(&checksum.to_le_bytes());
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
