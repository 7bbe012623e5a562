//! The feature schema: what a model's weights mean. A model file records the schema's
//! hash, and loading refuses a model whose features the running code no longer makes.

use crate::features::TEMPLATES;
use crate::gazetteer::CATEGORIES;
use learn::hash::{hash_bytes, mix};
use std::sync::OnceLock;

/// The lexicon files the features read, as compiled in, by their path in the repository.
const LEXICON_FILES: [(&str, &[u8]); 5] = [
    ("data/gazetteer.tsv.gz", crate::EMBEDDED_GAZETTEER),
    ("data/clusters.tsv.gz", crate::EMBEDDED_CLUSTERS),
    ("data/word_paths.tsv.gz", crate::EMBEDDED_PATHS),
    (lexicon::ROLES.path, lexicon::ROLES.text.as_bytes()),
    (lexicon::ORGANIZATION_WORDS.path, lexicon::ORGANIZATION_WORDS.text.as_bytes()),
];

/// Adds a byte string, with its length, to a running hash.
fn mix_bytes(hash: u64, bytes: &[u8]) -> u64 {
    mix(mix(hash, hash_bytes(bytes)), bytes.len() as u64)
}

/// The hash of the embedded lexicon files: the identity of [`crate::Lexicons::load_embedded`].
pub(crate) fn lexicon_files_hash() -> u64 {
    static HASH: OnceLock<u64> = OnceLock::new();
    *HASH.get_or_init(|| LEXICON_FILES.iter().fold(0, |hash, (_, bytes)| mix_bytes(hash, bytes)))
}

/// The hash of the running code's feature schema: every template's id and name, the
/// name particles, the gazetteer categories (their order gives the feature values) and
/// the bytes of the lexicon files.
pub(crate) fn schema_hash() -> u64 {
    static HASH: OnceLock<u64> = OnceLock::new();
    *HASH.get_or_init(|| {
        let templates = TEMPLATES.iter().fold(0, |hash, (name, id)| mix_bytes(mix(hash, *id), name.as_bytes()));
        let particles = lexicon::NAME_PARTICLES
            .iter()
            .fold(templates, |hash, (lower, upper)| mix_bytes(mix_bytes(hash, lower.as_bytes()), upper.as_bytes()));
        let categories = CATEGORIES.iter().fold(particles, |hash, category| mix_bytes(hash, category.as_bytes()));
        mix(categories, lexicon_files_hash())
    })
}

/// What the schema covers, in words, for the error that refuses a model.
pub(crate) fn covered() -> String {
    let files: Vec<&str> = LEXICON_FILES.iter().map(|(path, _)| *path).collect();
    format!("the feature templates, name particles, gazetteer categories or lexicons ({})", files.join(", "))
}
