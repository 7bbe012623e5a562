//! CAMEO coding. This crate now codes actors: who an entity or a speaker is, as a
//! country code with a role (`AZEGOV`, `ARMMIL`, `KENCOP`) or an international
//! organization (`IGOUNO`, `IGOEUROSC`).
//!
//! Names come first from the actor dictionary (`data/actors/*.tsv`: organizations,
//! groups, media and persons, each code with the dates it holds, so `Sergey Lavrov` is
//! `RUSGOV` in any story); then countries from the places gazetteer (names, other
//! spellings, demonyms, and capitals speaking for their state) and roles from
//! `data/cameo_roles.tsv`. A person the dictionary does not know is coded from the words
//! around the name, never from a word inside it: the titles before it (`Azerbaijan's
//! Ambassador to Russia Polad Bulbuloglu` is `AZEGOV`, Russia being where he serves) and
//! an apposition after it.
//!
//! ```
//! let mut doc = doc::Doc::new("a", "The Armenian army shelled villages, Azerbaijan's Defense Ministry said.".into());
//! let places = geo::Gazetteer::embedded();
//! let tagger = ner::Tagger::embedded();
//! let resources = extract::Resources { tagger, places, words: tagger.lexicons().words() };
//! extract::annotate(&mut doc, resources, &extract::Options::default());
//! cameo::code_actors(&mut doc, &cameo::Codebook::embedded(tagger.lexicons().words()), places);
//! let codes: Vec<&str> = doc.actors.iter().map(|a| a.code.as_str()).collect();
//! assert!(codes.contains(&"AZEGOV"), "{codes:?}");
//! ```
#![warn(missing_docs)]

mod actors;
mod events;
mod forms;
mod lexicon;
mod themes;
mod tone;

pub use actors::{code_actors, code_phrase};
pub use events::{code_events, Triggers};
pub use forms::score_tone_and_themes;
pub use lexicon::quad_class;

/// Everything coding reads besides the document and the places gazetteer: the event
/// lexicon with the codebook's Goldstein values, the actor tables, the themes and the
/// tone words. Parsed from the tables compiled into dateline, once per [`Codebook`].
pub struct Codebook {
    lexicon: lexicon::Lexicon,
    actors: actors::ActorTables,
    /// Tone words and the first words of theme phrases.
    forms: forms::FormTable,
    /// Speech verbs: a phrase after one opens a reported clause.
    words: ::lexicon::WordLists,
}

impl Codebook {
    /// The codebook compiled into dateline (`data/event_verbs.tsv`, `cameo_codes.tsv`,
    /// `cameo_roles.tsv`, `actors/*.tsv`, `themes.tsv`, `tone.tsv`).
    /// With it, the speech verbs of `words`, the lists the extractors read.
    pub fn embedded(words: &::lexicon::WordLists) -> Codebook {
        let lexicon = lexicon::Lexicon::embedded();
        let forms = forms::embedded_table(&lexicon);
        Codebook { lexicon, actors: actors::ActorTables::embedded(), forms, words: words.clone() }
    }

    /// The Goldstein value of a CAMEO code (a sub-code missing from the table takes its
    /// base code's value, then its root's).
    pub fn goldstein(&self, code: doc::EventCode) -> f32 {
        self.lexicon.goldstein(code)
    }

    /// The event trigger candidates of `doc`, found from its tokens (segment and the
    /// dateline are all they read), with the story's country, found from its places and
    /// actors (so after [`code_actors`]): what the parse stage asks which sentences to
    /// parse and what [`code_events`] codes from.
    pub fn triggers(&self, doc: &doc::Doc, gazetteer: &geo::Gazetteer) -> Triggers {
        Triggers::find(doc, &self.lexicon, gazetteer)
    }
}

/// What the unit tests code with: the embedded codebook and gazetteer, loaded once.
#[cfg(test)]
pub(crate) mod testing {
    use std::sync::OnceLock;

    pub fn codebook() -> &'static crate::Codebook {
        static CODEBOOK: OnceLock<crate::Codebook> = OnceLock::new();
        CODEBOOK.get_or_init(|| crate::Codebook::embedded(::lexicon::WordLists::embedded()))
    }

    /// Runs the extract stages, which coding reads, on `doc`.
    pub fn extract(doc: &mut doc::Doc, options: &extract::Options) {
        let tagger = ner::Tagger::embedded();
        let words = tagger.lexicons().words();
        let resources = extract::Resources { tagger, places: geo::Gazetteer::embedded(), words };
        extract::annotate(doc, resources, options);
    }
    /// The one-sentence `text` annotated and its actors coded, with the parse written by
    /// hand in `tree`, one item per token: `word[/TAG]:rel[>head]`, heads indexed within
    /// the sentence, the root without a head (`Rebels:nsubj>1 shelled/VBD:ROOT …`). Tags
    /// are given where the reader asks for them (verbs, modals); other tokens take `XX`.
    pub fn parsed(text: &str, tree: &str) -> doc::Doc {
        let mut doc = doc::Doc::new("t", text.to_string());
        extract(&mut doc, &extract::Options { fallback_date: doc::CivilDate::parse_iso("2020-07-14") });
        crate::code_actors(&mut doc, codebook(), geo::Gazetteer::embedded());
        let sentence = doc.sentences[0].tokens();
        let items: Vec<&str> = tree.split_whitespace().collect();
        let words: Vec<&str> = sentence.clone().map(|i| doc.token_text(i)).collect();
        let (mut pos, mut deps) =
            (vec![doc::PosTag::NONE; doc.tokens.len()], vec![doc::Dep::default(); doc.tokens.len()]);
        assert_eq!(items.len(), words.len(), "one item per token of {words:?}");
        for (offset, item) in items.iter().enumerate() {
            let (word_tag, rel_head) = item.rsplit_once(':').expect("word:rel");
            let (word, tag) = word_tag.split_once('/').unwrap_or((word_tag, "XX"));
            let (rel, head) = rel_head.split_once('>').map_or((rel_head, offset), |(r, h)| (r, h.parse().unwrap()));
            let at = sentence.start + offset;
            assert_eq!(word, doc.token_text(at), "token {offset}");
            pos[at] = doc::PosTag::from_label(tag).expect(tag);
            deps[at] = doc::Dep { head: (sentence.start + head) as u32, rel: doc::DepRel::from_label(rel).expect(rel) };
        }
        (doc.pos, doc.deps) = (pos, deps);
        doc
    }
}
