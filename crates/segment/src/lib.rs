//! Segmentation: splits a [`Doc`]'s text into tokens and sentences, with byte spans.
//!
//! Tokens are final once this stage has run; later stages never re-tokenize. The
//! tokenizer keeps abbreviations with their period (`Gen.`, `U.S.`, `Sept.`), splits the
//! possessive `'s`, keeps inner hyphens (`Russian-backed`) but splits digit ranges
//! (`1992-1994`), and tells opening from closing quotation marks. The sentence splitter
//! never splits after a title, month or initial, and keeps closing quotes with the
//! sentence they close.
//!
//! ```
//! let mut doc = doc::Doc::new("x", "Gen. Smith met Mr. Jones on Sept. 27. They talked.".into());
//! segment::segment(&mut doc);
//! assert_eq!(doc.sentences.len(), 2);
//! ```
#![warn(missing_docs)]

mod abbreviations;
mod sentences;
mod tokens;

pub use abbreviations::{abbreviation_class, AbbreviationClass};
pub use sentences::split_sentences;
pub use tokens::tokenize;

use doc::Doc;

/// Fills `doc.tokens` and `doc.sentences`, replacing what they held.
pub fn segment(doc: &mut Doc) {
    doc.tokens.clear();
    tokenize(&doc.text, &mut doc.tokens);
    doc.sentences.clear();
    split_sentences(&doc.text, &doc.tokens, &mut doc.sentences);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_segments_into_ordered_spans(text in "\\PC{0,200}|[a-zA-Z .,\"“”'’\\-\n]{0,200}") {
            let mut doc = Doc::new("p", text.clone());
            segment(&mut doc);
            let mut last_end = 0;
            for token in &doc.tokens {
                prop_assert!(token.span.start >= last_end);
                prop_assert!(token.span.end > token.span.start);
                prop_assert!(text.get(token.span.range()).is_some());
                last_end = token.span.end;
            }
            let mut next_token = 0;
            for sentence in &doc.sentences {
                prop_assert_eq!(sentence.first_token, next_token);
                prop_assert!(sentence.end_token > sentence.first_token);
                next_token = sentence.end_token;
            }
            prop_assert_eq!(next_token as usize, doc.tokens.len());
        }
    }
}
