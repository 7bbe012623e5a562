//! Word paths: the place of a word in a binary hierarchy of word classes (Brown
//! clustering) learned from a large news corpus, far more text than the tagger's
//! training data. A path's first bits say little (`Heineken`, `Reuters` and `Newmont`
//! share them with other companies), its full length much; the tagger uses prefixes of
//! several lengths.
//!
//! The source is `data/word_paths.tsv.gz` (`path<TAB>word` lines), made by `dateline
//! clusters paths` from the English lexeme clusters of the PyPI package
//! `spacy-lookups-data==1.0.5` (MIT). A path is stored as spaCy stores it: the bit
//! string reversed into an integer, so its first `k` bits are `path & (2^k - 1)`.

use crate::Result;
use learn::hash::{exact_hash, lowercase_hash};
use rustc_hash::FxHashMap;

/// Paths by word: lowercase words by [`lowercase_hash`], other casings (kept only where
/// they differ from the lowercase word's path) by their exact bytes.
#[derive(Clone, Default)]
pub struct WordPaths {
    lowercase: FxHashMap<u64, u32>,
    cased: FxHashMap<u64, u32>,
}

impl WordPaths {
    /// Parses `path<TAB>word` lines.
    pub fn from_tsv(text: &str) -> WordPaths {
        let mut paths = WordPaths::default();
        for (path, word) in text.lines().filter_map(|line| line.split_once('\t')) {
            let Ok(path) = path.parse() else {
                continue;
            };
            if word.chars().any(char::is_uppercase) {
                paths.cased.insert(exact_hash(word), path);
            } else {
                paths.lowercase.insert(lowercase_hash(word), path);
            }
        }
        paths
    }

    /// Reads the gzip-compressed TSV.
    pub fn from_gzip(bytes: &[u8]) -> Result<WordPaths> {
        Ok(WordPaths::from_tsv(&crate::gunzip_text(bytes, "word paths", "dateline clusters paths")?))
    }

    /// The path of `word` as written, else of its lowercase form (`word_hash`, its
    /// [`lowercase_hash`]); 0 when it has none.
    pub fn path_of(&self, word: &str, word_hash: u64) -> u32 {
        self.cased.get(&exact_hash(word)).or_else(|| self.lowercase.get(&word_hash)).copied().unwrap_or(0)
    }

    /// Number of words with a path.
    pub fn len(&self) -> usize {
        self.lowercase.len() + self.cased.len()
    }

    /// Whether no word has a path.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The lines of `data/word_paths.tsv.gz` from spaCy's lexeme clusters (`word: path`):
/// words with a path, without the casings whose path is their lowercase word's, sorted.
pub fn lines_from_lexeme_clusters(clusters: &[(String, u32)]) -> Vec<String> {
    let lowercase: FxHashMap<&str, u32> = clusters
        .iter()
        .filter(|(word, _)| !word.chars().any(char::is_uppercase))
        .map(|(w, p)| (w.as_str(), *p))
        .collect();
    let mut lines: Vec<String> = clusters
        .iter()
        .filter(|(word, path)| {
            *path != 0
                && !word.contains(['\t', '\n'])
                && (!word.chars().any(char::is_uppercase) || lowercase.get(word.to_lowercase().as_str()) != Some(path))
        })
        .map(|(word, path)| format!("{path}\t{word}"))
        .collect();
    lines.sort();
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casings_fall_back_to_the_lowercase_path() {
        let clusters: Vec<(String, u32)> =
            [("newmont", 294), ("Newmont", 294), ("NEWMONT", 294), ("Bush", 86), ("bush", 7), ("the", 0)]
                .iter()
                .map(|(w, p)| (w.to_string(), *p))
                .collect();
        let lines = lines_from_lexeme_clusters(&clusters);
        assert_eq!(lines, ["294\tnewmont", "7\tbush", "86\tBush"]);
        let paths = WordPaths::from_tsv(&lines.join("\n"));
        assert_eq!(paths.path_of("NEWMONT", lowercase_hash("NEWMONT")), 294);
        assert_eq!(paths.path_of("Bush", lowercase_hash("Bush")), 86);
        assert_eq!(paths.path_of("bush", lowercase_hash("bush")), 7);
        assert_eq!(paths.path_of("BUSH", lowercase_hash("BUSH")), 7, "no path of its own: the lowercase word's");
        assert_eq!(paths.path_of("the", lowercase_hash("the")), 0);
    }

    #[test]
    fn the_embedded_paths_know_news_words() {
        let paths = WordPaths::from_gzip(crate::EMBEDDED_PATHS).unwrap();
        assert!(paths.len() > 100_000, "{}", paths.len());
        let path = |w: &str| paths.path_of(w, lowercase_hash(w));
        assert_ne!(path("Reuters"), 0);
        assert_eq!(path("Reuters") & 0xff, path("Heineken") & 0xff, "companies share a class");
    }
}
