//! What the features read of each word, hashed once per sentence.

use learn::hash::{exact_hash, lowercase_hash, mix};

/// The hashed forms of one word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Word {
    /// Lowercase form.
    pub lower: u64,
    /// Exact form (case kept): `US` and `us`, `May` and `may` differ.
    pub exact: u64,
    /// Last three characters, lowercase.
    pub suffix: u64,
    /// First character, as written.
    pub prefix: u64,
    /// Shape: each char as `X`, `x`, `d` or itself, runs cut at two (`Xxx`, `dd.dd`).
    pub shape: u64,
}

/// Stands for the words before the first and after the last of a sentence, and the
/// root of the parser.
pub(crate) const PAD: Word = Word { lower: 1, exact: 1, suffix: 1, prefix: 1, shape: 1 };
pub(crate) const ROOT: Word = Word { lower: 2, exact: 2, suffix: 2, prefix: 2, shape: 2 };

impl Word {
    pub(crate) fn new(word: &str) -> Word {
        let suffix_start = word.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        let prefix_end = word.chars().next().map_or(0, char::len_utf8);
        Word {
            lower: lowercase_hash(word),
            exact: exact_hash(word),
            suffix: lowercase_hash(&word[suffix_start..]),
            prefix: exact_hash(&word[..prefix_end]),
            shape: shape_hash(word),
        }
    }
}

fn shape_hash(word: &str) -> u64 {
    let (mut hash, mut last, mut run) = (0x51ed_270b_2c3f_49e1u64, '\0', 0);
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        run = if class == last { run + 1 } else { 1 };
        last = class;
        if run <= 2 {
            hash = mix(hash, class as u64);
        }
    }
    hash
}

/// Fills `out` with the forms of `words`.
pub(crate) fn hash_words(words: &[&str], out: &mut Vec<Word>) {
    out.clear();
    out.extend(words.iter().map(|w| Word::new(w)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_cut_runs_and_suffixes_ignore_case() {
        assert_eq!(shape_hash("Kyiv"), shape_hash("Baku"));
        assert_eq!(shape_hash("Kyiv"), shape_hash("Kyivvvv"));
        assert_ne!(shape_hash("Kyiv"), shape_hash("KYIV"));
        assert_eq!(Word::new("SHELLED").suffix, Word::new("killed").suffix);
        assert_eq!(Word::new("é").suffix, lowercase_hash("é"));
    }
}
