//! The abbreviation lexicon (`data/abbreviations.tsv`), parsed once.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// How an abbreviation behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbreviationClass {
    /// A title before a name (`Gen.`, `Mr.`): never ends a sentence.
    Title,
    /// A month (`Sept.`): never ends a sentence.
    Month,
    /// Anything else (`Inc.`, `U.S.`): ends a sentence before a sentence opener.
    Other,
}

const SOURCE: &str = include_str!("../../../data/abbreviations.tsv");

fn table() -> &'static FxHashMap<&'static str, AbbreviationClass> {
    static TABLE: OnceLock<FxHashMap<&'static str, AbbreviationClass>> = OnceLock::new();
    TABLE.get_or_init(|| {
        doc::data_lines(SOURCE)
            .filter_map(|line| {
                let (class, word) = line.split_once('\t')?;
                let class = match class {
                    "title" => AbbreviationClass::Title,
                    "month" => AbbreviationClass::Month,
                    _ => AbbreviationClass::Other,
                };
                Some((word, class))
            })
            .collect()
    })
}

/// The class of `word` (without its period) when it is a known abbreviation.
pub fn abbreviation_class(word: &str) -> Option<AbbreviationClass> {
    table().get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_classes() {
        assert_eq!(abbreviation_class("Gen"), Some(AbbreviationClass::Title));
        assert_eq!(abbreviation_class("Sept"), Some(AbbreviationClass::Month));
        assert_eq!(abbreviation_class("Inc"), Some(AbbreviationClass::Other));
        assert_eq!(abbreviation_class("The"), None);
    }
}
