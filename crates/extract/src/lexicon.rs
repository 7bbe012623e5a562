//! Word lists under `data/`, parsed once into hash sets on first use.
//!
//! They are small and reviewable as TSV; compiling them into the binary with
//! `include_str!` means a fresh machine needs nothing beside the executable.

use doc::with_lowercase;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The gender a role word implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Masculine (`spokesman`, `Mr.`).
    Male,
    /// Feminine (`spokeswoman`, `Ms.`).
    Female,
    /// Not implied.
    Unknown,
}

type Table<V> = OnceLock<FxHashMap<&'static str, V>>;

fn entries(source: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    doc::data_lines(source).map(|line| line.split_once('\t').unwrap_or((line, "")))
}

fn speech_verbs() -> &'static FxHashMap<&'static str, &'static str> {
    static TABLE: Table<&'static str> = OnceLock::new();
    TABLE.get_or_init(|| entries(include_str!("../../../data/speech_verbs.tsv")).collect())
}

fn roles() -> &'static FxHashMap<&'static str, Gender> {
    static TABLE: Table<Gender> = OnceLock::new();
    TABLE.get_or_init(|| {
        entries(include_str!("../../../data/roles.tsv"))
            .map(|(word, gender)| {
                let gender = match gender {
                    "M" => Gender::Male,
                    "F" => Gender::Female,
                    _ => Gender::Unknown,
                };
                (word, gender)
            })
            .collect()
    })
}

/// The lemma of a speech verb form (`told` → `tell`), matched case-sensitively on the
/// lowercase forms of the lexicon.
pub fn speech_verb_lemma(word: &str) -> Option<&'static str> {
    speech_verbs().get(word).copied()
}

/// The gender implied by a role word, when `word` is one (any case). A hyphenated
/// compound is a role when its last part is (`secretary-general`).
pub fn role(word: &str) -> Option<Gender> {
    let lookup = |w: &str| with_lowercase(w, |lower| roles().get(lower).copied());
    lookup(word).or_else(|| word.rsplit_once('-').and_then(|(_, last)| lookup(last)))
}

/// Whether `word` is a head word of organization names (`Ministry`, any case); the list
/// is the tagger's.
pub use ner::is_organization_word;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load() {
        assert_eq!(speech_verb_lemma("told"), Some("tell"));
        assert_eq!(speech_verb_lemma("Told"), None);
        assert_eq!(role("Spokeswoman"), Some(Gender::Female));
        assert_eq!(role("Minister"), Some(Gender::Unknown));
        assert_eq!(role("secretary-general"), Some(Gender::Unknown));
        assert_eq!(role("Russian-backed"), None);
        assert!(is_organization_word("Ministry"));
        assert!(is_organization_word("ministry"));
        assert!(!is_organization_word("Lytvynenko"));
    }
}
