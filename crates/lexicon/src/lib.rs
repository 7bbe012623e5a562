//! Word lists shared by the entity tagger and the extractors: speech verbs, role
//! words, organization head words and name particles.
//!
//! The lists live under `data/` as small, reviewable TSV; they are compiled in with
//! `include_str!` and parsed once ([`WordLists::embedded`]), so a fresh machine needs
//! nothing beside the executable. This crate is their one loader: the tagger's features
//! read the role and organization words, the quotes read the speech verbs and roles,
//! and the tagger hashes the bytes of the lists it reads ([`ROLES`],
//! [`ORGANIZATION_WORDS`]) into its feature schema, so editing them calls for a retrain.
//!
//! ```
//! use lexicon::{Gender, WordLists};
//! let words = WordLists::embedded();
//! assert_eq!(words.speech_verb_lemma("told"), Some("tell"));
//! assert_eq!(words.role("Spokeswoman"), Some(Gender::Female));
//! assert!(words.is_organization_word("ministry"));
//! assert!(lexicon::is_name_particle("von"));
//! ```
#![warn(missing_docs)]

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// A word list compiled into the binary.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    /// Its file, from the repository root.
    pub path: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// Verbs that attribute speech: `inflected form<TAB>lemma` lines.
pub const SPEECH_VERBS: Source =
    Source { path: "data/speech_verbs.tsv", text: include_str!("../../../data/speech_verbs.tsv") };

/// Role and title words that stand before a name: `word<TAB>gender` lines (`M`, `F`,
/// or `-`).
pub const ROLES: Source = Source { path: "data/roles.tsv", text: include_str!("../../../data/roles.tsv") };

/// Head words that make a name an organization (`Ministry`), one per line.
pub const ORGANIZATION_WORDS: Source =
    Source { path: "data/organization_words.tsv", text: include_str!("../../../data/organization_words.tsv") };

/// Lowercase name particles (`von`, `der`, `bin`), each with its capitalized form.
pub const NAME_PARTICLES: [(&str, &str); 15] = [
    ("von", "Von"),
    ("van", "Van"),
    ("der", "Der"),
    ("den", "Den"),
    ("de", "De"),
    ("la", "La"),
    ("le", "Le"),
    ("du", "Du"),
    ("da", "Da"),
    ("dos", "Dos"),
    ("del", "Del"),
    ("bin", "Bin"),
    ("ibn", "Ibn"),
    ("bint", "Bint"),
    ("al", "Al"),
];

/// General words for an organization, which refer to one whatever its head noun (`the
/// group` after `Al Shabaab`).
pub const GENERAL_GROUPS: &[&str] = &["group", "organization", "organisation"];

/// Whether `word` is a lowercase name particle (`von`, `der`, `bin`).
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.iter().any(|(lower, _)| *lower == word)
}

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

/// The word lists, parsed: speech verbs by form, role words and organization words by
/// their lowercase form.
#[derive(Clone, Debug, Default)]
pub struct WordLists {
    speech_verbs: FxHashMap<&'static str, &'static str>,
    roles: FxHashMap<String, Gender>,
    role_shapes: Shapes,
    organization_words: FxHashSet<String>,
    organization_shapes: Shapes,
}

/// The shapes of a list's words, first letter and length, so that a word of no such
/// shape is ruled out before it is lowercased and hashed: the role and organization
/// lists are asked about nearly every token, and hold a hundred words or so (the actor
/// coder's role nouns too).
#[derive(Clone, Debug, Default)]
pub struct Shapes {
    /// For each ASCII letter, the lengths (bit `len`, 31 for 31 bytes or more) of the
    /// lowercase words it starts.
    lengths_by_letter: [u32; 26],
}

impl Shapes {
    /// The shapes of `words` (lowercase).
    pub fn of<'a>(words: impl Iterator<Item = &'a str>) -> Shapes {
        let mut shapes = Shapes::default();
        for word in words {
            match Shapes::letter_and_length(word) {
                Some((letter, length)) => shapes.lengths_by_letter[letter] |= length,
                // A word that opens with no ASCII letter: every shape may be it.
                None => shapes.lengths_by_letter = [u32::MAX; 26],
            }
        }
        shapes
    }

    /// The index of the first letter and the length bit of an ASCII word opening with
    /// a letter; none for another (its lowercase form may differ in length).
    fn letter_and_length(word: &str) -> Option<(usize, u32)> {
        let first = *word.as_bytes().first()?;
        (first.is_ascii_alphabetic() && word.is_ascii())
            .then(|| (usize::from(first.to_ascii_lowercase() - b'a'), 1 << word.len().min(31)))
    }

    /// Whether `word` (any case) may be one of the words: false only when it cannot.
    pub fn may_hold(&self, word: &str) -> bool {
        Shapes::letter_and_length(word).is_none_or(|(letter, length)| self.lengths_by_letter[letter] & length != 0)
    }
}

/// A list word's lowercase form, as [`doc::with_lowercase`] makes a token's.
fn lowercase(word: &str) -> String {
    doc::with_lowercase(word, str::to_string)
}

/// The data lines of a list, split at the first tab (the second part is empty when
/// there is none).
fn entries(source: Source) -> impl Iterator<Item = (&'static str, &'static str)> {
    doc::data_lines(source.text).map(|line| line.split_once('\t').unwrap_or((line, "")))
}

impl WordLists {
    /// The lists compiled into the binary, parsed on first use.
    pub fn embedded() -> &'static WordLists {
        static LISTS: OnceLock<WordLists> = OnceLock::new();
        LISTS.get_or_init(|| {
            let gender = |code| match code {
                "M" => Gender::Male,
                "F" => Gender::Female,
                _ => Gender::Unknown,
            };
            let roles: FxHashMap<String, Gender> =
                entries(ROLES).map(|(word, code)| (lowercase(word), gender(code))).collect();
            let organization_words: FxHashSet<String> =
                entries(ORGANIZATION_WORDS).map(|(word, _)| lowercase(word)).collect();
            WordLists {
                speech_verbs: entries(SPEECH_VERBS).collect(),
                role_shapes: Shapes::of(roles.keys().map(String::as_str)),
                roles,
                organization_shapes: Shapes::of(organization_words.iter().map(String::as_str)),
                organization_words,
            }
        })
    }

    /// The lemma of a speech verb form (`told` → `tell`), matched case-sensitively on the
    /// lowercase forms of the list.
    pub fn speech_verb_lemma(&self, word: &str) -> Option<&'static str> {
        self.speech_verbs.get(word).copied()
    }

    /// The gender implied by a role word, when `word` is one (any case). A hyphenated
    /// compound is a role when its last part is (`secretary-general`).
    pub fn role(&self, word: &str) -> Option<Gender> {
        // A byte scan, not `rsplit_once`: nearly every token of a text is asked, and
        // few hold a hyphen.
        self.role_of_whole_word(word).or_else(|| {
            let hyphen = word.bytes().rposition(|b| b == b'-')?;
            self.role_of_whole_word(&word[hyphen + 1..])
        })
    }

    /// Whether `word` itself is a role or title word (any case: `Minister`,
    /// `spokesman`); unlike [`WordLists::role`], a compound is not (`secretary-general`).
    pub fn is_role_word(&self, word: &str) -> bool {
        self.role_of_whole_word(word).is_some()
    }

    fn role_of_whole_word(&self, word: &str) -> Option<Gender> {
        if !self.role_shapes.may_hold(word) {
            return None;
        }
        doc::with_lowercase(word, |lower| self.roles.get(lower).copied())
    }

    /// Whether `word` is a head word of organization names (any case: `Ministry`,
    /// `ministry`).
    pub fn is_organization_word(&self, word: &str) -> bool {
        self.organization_shapes.may_hold(word)
            && doc::with_lowercase(word, |lower| self.organization_words.contains(lower))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_follow_the_lists() {
        let words = WordLists::embedded();
        assert_eq!(words.speech_verb_lemma("told"), Some("tell"));
        assert_eq!(words.speech_verb_lemma("Told"), None);
        assert_eq!(words.role("Spokeswoman"), Some(Gender::Female));
        assert_eq!(words.role("Minister"), Some(Gender::Unknown));
        assert_eq!(words.role("secretary-general"), Some(Gender::Unknown));
        assert_eq!(words.role("Russian-backed"), None);
        assert!(words.is_role_word("MINISTER"));
        assert!(!words.is_role_word("secretary-general"));
        assert!(words.is_organization_word("Ministry"));
        assert!(words.is_organization_word("ministry"));
        assert!(!words.is_organization_word("Lytvynenko"));
        assert!(is_name_particle("bin") && !is_name_particle("Bin"));
    }

    /// The `.rs` files under `dir`, recursively.
    fn rust_files(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, found);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                found.push(path);
            }
        }
    }

    #[test]
    fn no_other_crate_loads_the_word_lists() {
        let own = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(own.parent().unwrap(), &mut files);
        for file in files.iter().filter(|file| !file.starts_with(own)) {
            let text = std::fs::read_to_string(file).unwrap();
            for source in [SPEECH_VERBS, ROLES, ORGANIZATION_WORDS] {
                let loads = text.lines().any(|line| line.contains("include_") && line.contains(source.path));
                assert!(!loads, "{} loads {}: use lexicon::WordLists", file.display(), source.path);
            }
        }
        assert!(files.len() > 50, "the crates were found");
    }

    #[test]
    fn shapes_rule_out_only_words_of_no_listed_shape() {
        let words = WordLists::embedded();
        for (word, _) in entries(ROLES) {
            assert!(words.role_shapes.may_hold(word) && words.role_shapes.may_hold(&word.to_uppercase()), "{word}");
        }
        for (word, _) in entries(ORGANIZATION_WORDS) {
            assert!(words.organization_shapes.may_hold(word), "{word}");
        }
        let shapes = Shapes::of(["minister", "envoy"].into_iter());
        assert!(shapes.may_hold("Minister") && shapes.may_hold("ENVOY"));
        assert!(!shapes.may_hold("the") && !shapes.may_hold("ministers") && !shapes.may_hold("Paris"));
        assert!(shapes.may_hold("\u{212A}ing") && shapes.may_hold("Ministère"), "not ASCII: may be anything");
    }

    #[test]
    fn case_is_ignored_beyond_ascii_and_every_entry_fits_the_lookup() {
        let words = WordLists::embedded();
        // U+212A KELVIN SIGN lowercases to an ASCII `k`.
        assert!(words.is_role_word("\u{212A}ing"));
        assert!(!words.is_role_word("Ministère"));
        assert!(!words.is_organization_word(&"Ministry".repeat(10)));
        let longest = [ROLES, ORGANIZATION_WORDS]
            .into_iter()
            .flat_map(entries)
            .map(|(word, _)| lowercase(word).len())
            .max()
            .unwrap_or(0);
        assert!(longest <= doc::LOWERCASE_BUFFER_BYTES, "looking up a {longest}-byte entry would allocate");
    }
}
