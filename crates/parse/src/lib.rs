//! The syntactic layer: a part-of-speech tagger and a greedy dependency parser,
//! averaged perceptrons over hashed features (`learn`), trained by distillation on
//! news text that spaCy's `en_core_web_sm` parsed (its English scheme: Penn Treebank
//! tags, ClearNLP relations, prepositions heading their objects).
//!
//! The tagger reads words left to right; the parser is arc-hybrid
//! ([`transition`]) with a move classifier (shift, left, right) and a relation
//! classifier that labels each arc as it is made, both trained with a dynamic oracle.
//! [`parse_doc`] parses the sentences of a `Doc` its caller asks for, writing
//! `doc.pos` and `doc.deps`.
//!
//! ```
//! let parser = parse::Parser::embedded();
//! let mut parsed = parse::Parsed::default();
//! parser.parse_sentence(&["Rebels", "attacked", "the", "convoy", "."], &mut Default::default(), &mut parsed);
//! assert_eq!(parsed.rels[0], doc::DepRel::NSUBJ);
//! assert_eq!(parsed.heads[0], 1);
//! ```
#![warn(missing_docs)]

pub mod conllu;
mod decode;
pub mod eval;
mod features;
mod model;
pub mod train;
mod transition;
mod words;

pub use decode::Scratch;
pub use model::{Error, Parser};

use doc::{Dep, DepRel, Doc, PosTag};

/// One sentence's tags and tree, indexed by word; the root is its own head.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// Part-of-speech tag of each word.
    pub tags: Vec<PosTag>,
    /// Index of each word's head in the sentence.
    pub heads: Vec<u32>,
    /// Each word's relation to its head.
    pub rels: Vec<DepRel>,
}

/// Tags the sentences of `doc` for which `needs_tags(doc, sentence_index)` holds, writing
/// their tags to `doc.pos`, and parses those of them for which `needs_tree(doc,
/// sentence_index)` then holds (it sees their tags), writing their trees to `doc.deps`.
/// Both layers have one entry per token once any sentence is tagged; tokens of other
/// sentences, and of the dateline, keep `NONE`, and a sentence tagged but not parsed
/// keeps `NONE` relations. Tagging is a fifth of the cost of a parse, so a caller that
/// can rule a sentence out by its tags saves the rest. Its buffers are the article's,
/// reused from sentence to sentence.
pub fn parse_doc(
    doc: &mut Doc,
    parser: &Parser,
    mut needs_tags: impl FnMut(&Doc, usize) -> bool,
    mut needs_tree: impl FnMut(&Doc, usize) -> bool,
) {
    let (mut scratch, mut parsed) = (Scratch::default(), Parsed::default());
    for index in 0..doc.sentences.len() {
        // The dateline (`BEIJING, Jan. 5 (Xinhua) --`) is no part of the sentence's
        // grammar: parsed with it, its place becomes the subject of the first verb.
        let sentence = doc.sentences[index].tokens();
        let tokens = doc.after_dateline(sentence.clone())..sentence.end;
        if tokens.is_empty() || !needs_tags(doc, index) {
            continue;
        }
        scratch.words.clear();
        scratch.words.extend(doc.tokens[tokens.clone()].iter().map(|t| words::Word::new(doc.slice(t.span))));
        parser.tag(&scratch.words, &mut scratch.features, &mut parsed.tags);
        if doc.pos.is_empty() {
            doc.pos.resize(doc.tokens.len(), PosTag::NONE);
            doc.deps.resize(doc.tokens.len(), Dep::default());
        }
        doc.pos[tokens.clone()].copy_from_slice(&parsed.tags);
        if !needs_tree(doc, index) {
            continue;
        }
        parser.parse_tagged(&mut scratch, &mut parsed);
        let first = tokens.start as u32;
        for (i, token) in tokens.enumerate() {
            doc.deps[token] = Dep { head: first + parsed.heads[i], rel: parsed.rels[i] };
        }
    }
}
