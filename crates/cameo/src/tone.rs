//! GDELT-style tone: the share of positive and negative words, how many words name
//! actions, and how often the text speaks of itself (`we`, `our`).
//!
//! The lexicon (`data/tone.tsv`) lists base forms; loading expands them to their
//! inflections (`condemn`: condemns, condemned, condemning, condemnings) and adds the
//! event verbs' forms and the first-person words, so that each word of the text costs
//! one lookup (in the table of `forms`, shared with the themes).

use crate::lexicon::{inflections, Lexicon};
use doc::Tone;
use rustc_hash::FxHashMap;

/// First-person words: the text speaking of itself.
const SELF_REFERENCES: [&str; 7] = ["i", "we", "our", "us", "me", "my", "ours"];

/// What a word form counts toward.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordTone {
    /// +1 positive, −1 negative, 0 neither.
    sign: i8,
    /// A form of an event verb: the word names an action.
    action: bool,
    /// A first-person word.
    self_reference: bool,
}

impl WordTone {
    /// Counts one word of this form into `tone` (besides `tone.words`).
    pub(crate) fn count(self, tone: &mut Tone) {
        match self.sign {
            1 => tone.positive += 1,
            -1 => tone.negative += 1,
            _ => {}
        }
        tone.active += u32::from(self.action);
        tone.self_reference += u32::from(self.self_reference);
    }
}

/// The tone of every word form the table knows, with the forms of the event lexicon's
/// verbs and the first-person words.
pub(crate) fn embedded_table(lexicon: &Lexicon) -> FxHashMap<String, WordTone> {
    let mut table = FxHashMap::<String, WordTone>::default();
    let lines = doc::data_lines(include_str!("../../../data/tone.tsv"));
    for (word, sign) in lines.filter_map(|line| line.split_once('\t')) {
        let sign = if sign == "-" { -1 } else { 1 };
        let mut forms = inflections(word);
        forms.push(format!("{word}ly"));
        forms.extend(inflections(word).into_iter().filter(|f| f.ends_with("ing")).map(|f| format!("{f}s")));
        for form in forms {
            table.entry(form).or_default().sign = sign;
        }
    }
    for form in lexicon.verb_forms() {
        table.entry(form.to_string()).or_default().action = true;
    }
    for word in SELF_REFERENCES {
        table.entry(word.to_string()).or_default().self_reference = true;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone_of(text: &str) -> Tone {
        let mut doc = doc::Doc::new("t", text.to_string());
        segment::tokenize(&doc.text, &mut doc.tokens);
        crate::score_tone_and_themes(&mut doc, crate::testing::codebook());
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
