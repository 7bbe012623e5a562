//! The per-word passes, tone and themes, over one table of lowercase word forms: each
//! word of an article is lowercased and looked up once for both.

use crate::lexicon::Lexicon;
use crate::themes::{self, Phrase};
use crate::tone::{self, WordTone};
use crate::Codebook;
use doc::{Doc, TokenKind, Tone};
use rustc_hash::FxHashMap;

/// What a lowercase word form counts toward: its tone, and the theme phrases it opens.
#[derive(Default)]
pub(crate) struct Form {
    tone: Option<WordTone>,
    phrases: Vec<Phrase>,
}

/// Word form → what it counts toward.
pub(crate) type FormTable = FxHashMap<String, Form>;

/// The tone and theme tables compiled into dateline, as one table.
pub(crate) fn embedded_table(lexicon: &Lexicon) -> FormTable {
    let mut table = FormTable::default();
    for (word, tone) in tone::embedded_table(lexicon) {
        table.entry(word).or_default().tone = Some(tone);
    }
    for (first, phrases) in themes::embedded_table() {
        table.entry(first.to_string()).or_default().phrases = phrases;
    }
    table
}

/// Counts the tone of `doc` into `doc.tone` and finds its themes, one mention per
/// matched phrase, into `doc.themes`; needs tokens.
pub fn score_tone_and_themes(doc: &mut Doc, codebook: &Codebook) {
    let mut tone = Tone::default();
    let mut mentions = Vec::new();
    // A phrase starts after the last one matched, never inside it.
    let mut next_phrase_start = 0;
    for (at, token) in doc.tokens.iter().enumerate() {
        if token.kind != TokenKind::Word {
            continue;
        }
        let word = doc.slice(token.span);
        let counts_toward_tone = word.starts_with(char::is_alphanumeric);
        tone.words += u32::from(counts_toward_tone);
        let Some(form) = doc::with_lowercase(word, |lower| codebook.forms.get(lower)) else {
            continue;
        };
        if let Some(word_tone) = form.tone.filter(|_| counts_toward_tone) {
            word_tone.count(&mut tone);
        }
        if at >= next_phrase_start {
            if let Some((mention, end)) = themes::phrase_at(doc, at, &form.phrases) {
                mentions.push(mention);
                next_phrase_start = end;
            }
        }
    }
    doc.tone = tone;
    doc.themes = mentions;
}
