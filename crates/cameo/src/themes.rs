//! Themes: which of dateline's topics (`data/themes.tsv`: armed conflict, ceasefire,
//! sanctions, elections…) an article touches, and at which words.
//!
//! Phrases are indexed by their first word (in the table of `forms`, shared with the
//! tone), so each token costs one lookup of its lowercase text; the rest of a phrase is
//! compared only when the first word matches.

use doc::{Doc, Span, ThemeMention};
use rustc_hash::FxHashMap;

/// A keyword phrase: the words after its first, and the theme it evokes.
pub(crate) struct Phrase {
    rest: Vec<&'static str>,
    theme: &'static str,
}

/// The theme table compiled into dateline: first word → the phrases it opens, longest
/// first.
pub(crate) fn embedded_table() -> FxHashMap<&'static str, Vec<Phrase>> {
    let mut table = FxHashMap::<&'static str, Vec<Phrase>>::default();
    let lines = doc::data_lines(include_str!("../../../data/themes.tsv"));
    for (theme, keywords) in lines.filter_map(|line| line.split_once('\t')) {
        for keyword in keywords.split('|') {
            let mut words = keyword.split(' ');
            let Some(first) = words.next() else {
                continue;
            };
            table.entry(first).or_default().push(Phrase { rest: words.collect(), theme });
        }
    }
    for phrases in table.values_mut() {
        phrases.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
    }
    table
}

/// The first of `phrases` (those token `at`'s word opens) whose other words follow it,
/// as a mention, with the index of the token after it.
pub(crate) fn phrase_at(doc: &Doc, at: usize, phrases: &[Phrase]) -> Option<(ThemeMention, usize)> {
    let after = at + 1;
    let phrase = phrases.iter().find(|phrase| {
        phrase.rest.iter().enumerate().all(|(offset, word)| {
            doc.tokens.get(after + offset).is_some_and(|t| doc.slice(t.span).eq_ignore_ascii_case(word))
        })
    })?;
    let end = after + phrase.rest.len();
    let span = Span::new(doc.tokens[at].span.start as usize, doc.tokens[end - 1].span.end as usize);
    Some((ThemeMention { theme: phrase.theme, span }, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn themes_of(text: &str) -> Vec<(&'static str, String)> {
        let mut doc = Doc::new("t", text.to_string());
        segment::tokenize(&doc.text, &mut doc.tokens);
        crate::score_tone_and_themes(&mut doc, crate::testing::codebook());
        doc.themes.iter().map(|t| (t.theme, doc.slice(t.span).to_string())).collect()
    }

    #[test]
    fn phrases_match_whole_and_longest_first() {
        let found =
            themes_of("The President declared a State of Emergency and a curfew after the ceasefire collapsed.");
        assert_eq!(
            found,
            [
                ("LEADERSHIP", "President".to_string()),
                ("STATE_OF_EMERGENCY", "State of Emergency".to_string()),
                ("STATE_OF_EMERGENCY", "curfew".to_string()),
                ("CEASEFIRE", "ceasefire".to_string())
            ]
        );
    }

    #[test]
    fn the_taxonomy_has_at_least_forty_themes() {
        let names: Vec<&str> = doc::data_lines(include_str!("../../../data/themes.tsv"))
            .filter_map(|line| line.split_once('\t').map(|(theme, _)| theme))
            .collect();
        assert!(names.len() >= 40, "{}", names.len());
        let unique: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "theme names are unique");
        for needed in [
            "ARMED_CONFLICT",
            "CEASEFIRE",
            "STATE_OF_EMERGENCY",
            "SANCTIONS",
            "ELECTION",
            "PROTEST",
            "REFUGEES",
            "TERRORISM",
            "DIPLOMACY",
        ] {
            assert!(names.contains(&needed), "{needed}");
        }
    }
}
