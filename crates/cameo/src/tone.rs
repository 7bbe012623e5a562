//! GDELT-style tone: the share of positive and negative words, how many words name
//! actions, and how often the text speaks of itself (`we`, `our`).
//!
//! The lexicon (`data/tone.tsv`) lists base forms; a word of the text is looked up as
//! it is, then with one inflection stripped (`condemned` → `condemn`).

use crate::lexicon::lexicon;
use doc::{Doc, TokenKind, Tone};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Inflections stripped, in order, when a word is not in the lexicon as written.
const SUFFIXES: [&str; 7] = ["ings", "ing", "ed", "es", "s", "d", "ly"];

fn polarity() -> &'static FxHashMap<&'static str, i8> {
    static TABLE: OnceLock<FxHashMap<&'static str, i8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../../data/tone.tsv")
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(word, sign)| (word, if sign == "-" { -1 } else { 1 }))
            .collect()
    })
}

/// The sign of a lowercase word: +1, −1, or 0 when it carries no tone.
fn sign_of(word: &str) -> i8 {
    let table = polarity();
    if let Some(&sign) = table.get(word) {
        return sign;
    }
    SUFFIXES
        .iter()
        .filter_map(|suffix| word.strip_suffix(suffix))
        .filter(|stem| stem.len() >= 3)
        .find_map(|stem| table.get(stem).or_else(|| table.get(format!("{stem}e").as_str())).copied())
        .unwrap_or(0)
}

/// Counts the tone of `doc` into `doc.tone`; needs tokens.
pub fn score_tone(doc: &mut Doc) {
    let lexicon = lexicon();
    let mut tone = Tone::default();
    for token in doc.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let word = doc.slice(token.span);
        if !word.starts_with(char::is_alphanumeric) {
            continue;
        }
        tone.words += 1;
        doc::with_lowercase(word, |lower| {
            match sign_of(lower) {
                1 => tone.positive += 1,
                -1 => tone.negative += 1,
                _ => {}
            }
            tone.active += u32::from(lexicon.is_action_verb(lower));
            tone.self_reference += u32::from(matches!(lower, "i" | "we" | "our" | "us" | "me" | "my" | "ours"));
        });
    }
    doc.tone = tone;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone_of(text: &str) -> Tone {
        let mut doc = Doc::new("t", text.to_string());
        segment::tokenize(&doc.text, &mut doc.tokens);
        score_tone(&mut doc);
        doc.tone
    }

    #[test]
    fn words_count_with_their_inflections() {
        let tone = tone_of("Armenia condemned the shelling and the killings, but welcomed the talks.");
        assert_eq!(tone.words, 11);
        assert_eq!(tone.negative, 3, "condemned, shelling, killings");
        assert_eq!(tone.positive, 1, "welcomed");
        assert!(tone.tone() < 0.0);
        assert!((tone.polarity() - 100.0 * 4.0 / 11.0).abs() < 1e-4);
        assert!(tone.activity_density() > 0.0, "condemned and welcomed are actions");
    }

    #[test]
    fn an_empty_text_has_neutral_tone() {
        let tone = tone_of("");
        assert_eq!(tone.tone(), 0.0);
        assert_eq!(tone.words, 0);
    }

    #[test]
    fn we_and_our_are_self_reference() {
        assert_eq!(tone_of("We will defend our land.").self_reference, 2);
    }
}
