//! The per-word passes, tone and themes, over one table of lowercase word forms: each
//! word of an article is lowercased and looked up once for both.

use crate::lexicon::Lexicon;
use crate::themes::{self, Phrase};
use crate::tone::{self, WordTone};
use crate::Codebook;
use doc::{Doc, TokenKind, Tone};
use rustc_hash::FxHashMap;
use std::hash::Hasher;

/// What a lowercase word form counts toward: its tone, and the theme phrases it opens.
#[derive(Default)]
pub(crate) struct Form {
    tone: Option<WordTone>,
    phrases: Vec<Phrase>,
}

/// Word form → what it counts toward. Every word of a text is looked up and most are
/// in no list, so the index holds only a 64-bit hash of each form and its place (16
/// bytes a slot: the table stays in cache), and the form itself is compared on a hit.
#[derive(Default)]
pub(crate) struct FormTable {
    by_hash: FxHashMap<u64, u32>,
    forms: Vec<(Box<str>, Form)>,
}

impl FormTable {
    /// The entry of a lowercase form, made empty if new.
    fn entry(&mut self, word: &str) -> &mut Form {
        let next = self.forms.len() as u32;
        let index = *self.by_hash.entry(form_hash(word)).or_insert(next) as usize;
        if index == self.forms.len() {
            self.forms.push((word.into(), Form::default()));
        }
        // Two forms of one hash would share an entry: the embedded tables have none (a
        // test builds them).
        assert_eq!(&*self.forms[index].0, word, "two word forms share a hash");
        &mut self.forms[index].1
    }

    fn get(&self, lower: &str) -> Option<&Form> {
        let (form, found) = &self.forms[*self.by_hash.get(&form_hash(lower))? as usize];
        (&**form == lower).then_some(found)
    }
}

fn form_hash(word: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

/// The tone and theme tables compiled into dateline, as one table.
pub(crate) fn embedded_table(lexicon: &Lexicon) -> FormTable {
    let mut table = FormTable::default();
    for (word, tone) in tone::embedded_table(lexicon) {
        table.entry(&word).tone = Some(tone);
    }
    for (first, phrases) in themes::embedded_table() {
        table.entry(first).phrases = phrases;
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
