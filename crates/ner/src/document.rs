//! Document-level agreement: what a second pass learns from the first pass's labels of
//! the same word elsewhere in the document.
//!
//! A greedy left-to-right tagger sees only the document's earlier labels (the history
//! feature). When the first pass labels one word in more than one way (`Newmont` an
//! organization once and a location twice, a club `Oviedo` a location in one table row),
//! the sentences holding that word are tagged again with features of how the whole
//! document labelled it. Sentences without such a word keep their first-pass labels:
//! their features would be the same, so would their labels. For the same reason a
//! retagged sentence is scored only from its first such word until two labels agree
//! with the first pass again (`features::tag`).

use crate::features::DocState;
use crate::labels::Label;
use rustc_hash::FxHashMap;

/// Tags one sentence into the labels, as a first pass (no contexts) or a second.
pub(crate) trait SentenceTagger {
    fn tag_sentence(
        &mut self,
        words: &[&str],
        state: &mut DocState,
        labels: &mut Vec<Label>,
        contexts: Option<&[Recorded]>,
    );
}

/// The first pass over a document: `words`, its sentences ending at `sentence_ends`,
/// tagged in order into `labels`, each token recorded in `state.recorded`.
pub(crate) fn first_pass(
    tagger: &mut impl SentenceTagger,
    words: &[&str],
    sentence_ends: &[usize],
    state: &mut DocState,
    labels: &mut Vec<Label>,
) {
    labels.clear();
    state.recorded.clear();
    let mut sentence_labels = std::mem::take(&mut state.sentence_labels);
    let mut start = 0;
    for &end in sentence_ends {
        tagger.tag_sentence(&words[start..end], state, &mut sentence_labels, None);
        labels.extend_from_slice(&sentence_labels);
        start = end;
    }
    state.sentence_labels = sentence_labels;
}

/// Tags a document in two passes: the second retags only the sentences holding a word
/// the first labelled in more than one way.
pub(crate) fn tag_document(
    tagger: &mut impl SentenceTagger,
    words: &[&str],
    sentence_ends: &[usize],
    state: &mut DocState,
    labels: &mut Vec<Label>,
) {
    first_pass(tagger, words, sentence_ends, state, labels);
    let mut recorded = std::mem::take(&mut state.recorded);
    if mark_disagreements(&mut recorded, labels, &mut state.type_counts) {
        let mut sentence_labels = std::mem::take(&mut state.sentence_labels);
        let mut start = 0;
        for &end in sentence_ends {
            let contexts = &recorded[start..end];
            if contexts.iter().any(|token| token.context.agreement.is_some()) {
                tagger.tag_sentence(&words[start..end], state, &mut sentence_labels, Some(contexts));
                labels[start..end].copy_from_slice(&sentence_labels);
            }
            start = end;
        }
        state.sentence_labels = sentence_labels;
    }
    state.recorded = recorded;
}

/// How the first pass labelled a capitalized word across the document, for a token
/// whose word it labelled in more than one way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Agreement {
    /// A bit per [`type_index`] the word received.
    pub seen: u8,
    /// The [`type_index`] most of its occurrences received.
    pub majority: u8,
    /// The [`type_index`] this occurrence received.
    pub own: u8,
}

/// What the features of a token take from the rest of the document.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TokenContext {
    /// The entity type the same capitalized word received last before this sentence.
    pub history: Option<Label>,
    /// How the document labelled the word, when it disagrees.
    pub agreement: Option<Agreement>,
}

/// What the first pass records of each token: its lowercase word hash (0 when it is not
/// capitalized, so it takes no part in agreement), its context, and the label the
/// model gave it (before the tagger's repairs).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Recorded {
    pub word: u64,
    pub context: TokenContext,
    pub label: Label,
}

/// Entity types and `O` as 0..5: persons, organizations, locations, other names, none.
fn type_index(label: Label) -> u8 {
    label.entity_type().map_or(4, |kind| kind as u8)
}

/// The number of [`type_index`] values.
pub(crate) const TYPES: usize = 5;

/// Counts, per capitalized word, the types the first pass gave it (`labels` is the whole
/// document's), and marks the tokens of words given more than one. Returns whether any
/// token was marked. `counts` is scratch space.
pub(crate) fn mark_disagreements(
    recorded: &mut [Recorded],
    labels: &[Label],
    counts: &mut FxHashMap<u64, [u16; TYPES]>,
) -> bool {
    counts.clear();
    for (token, label) in recorded.iter().zip(labels) {
        if token.word != 0 {
            let count = &mut counts.entry(token.word).or_default()[usize::from(type_index(*label))];
            *count = count.saturating_add(1);
        }
    }
    let mut any = false;
    for (token, label) in recorded.iter_mut().zip(labels) {
        let Some(count) = counts.get(&token.word).filter(|_| token.word != 0) else {
            continue;
        };
        let seen = (0..TYPES).filter(|&t| count[t] > 0).fold(0u8, |mask, t| mask | 1 << t);
        if seen.count_ones() < 2 {
            continue;
        }
        // Ties go to the first type in [`type_index`] order: an entity type over `O`.
        let majority = (0..TYPES).rev().max_by_key(|&t| count[t]).unwrap_or(0) as u8;
        token.context.agreement = Some(Agreement { seen, majority, own: type_index(*label) });
        any = true;
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::tag;
    use crate::labels::{EntityType, Position};
    use crate::{Lexicons, Tagger};

    /// The type of an agreement index.
    fn type_of(index: u8) -> Option<EntityType> {
        [EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Misc]
            .get(usize::from(index))
            .copied()
    }

    #[test]
    fn only_words_labelled_two_ways_are_marked() {
        let org = Label::new(EntityType::Organization, Position::Unit);
        let loc = Label::new(EntityType::Location, Position::Unit);
        let person = Label::new(EntityType::Person, Position::Unit);
        // Newmont: ORG, LOC, LOC; Smith: PER twice; `the` is not capitalized.
        let words = [1, 2, 1, 0, 1, 2];
        let labels = [org, person, loc, Label::O, loc, person];
        let mut recorded: Vec<Recorded> = words.iter().map(|&word| Recorded { word, ..Recorded::default() }).collect();
        assert!(mark_disagreements(&mut recorded, &labels, &mut FxHashMap::default()));
        let agreement = recorded[0].context.agreement.expect("Newmont disagrees");
        assert_eq!(type_of(agreement.majority), Some(EntityType::Location));
        assert_eq!(type_of(agreement.own), Some(EntityType::Organization));
        assert_eq!(agreement.seen, 0b0110);
        assert_eq!(recorded[2].context.agreement.map(|a| a.own), Some(2));
        for unmarked in [1, 3, 5] {
            assert!(recorded[unmarked].context.agreement.is_none(), "token {unmarked}");
        }
        let mut agreeing = recorded[1..2].to_vec();
        assert!(!mark_disagreements(&mut agreeing, &labels[1..2], &mut FxHashMap::default()));
    }

    /// Tags with the embedded model, without the tagger's repairs; with `whole`, a second
    /// pass retags whole sentences (a `gold` list turns the window off; a model learns
    /// nothing from it).
    struct Plain {
        lexicons: Lexicons,
        whole: bool,
    }

    impl SentenceTagger for Plain {
        fn tag_sentence(
            &mut self,
            words: &[&str],
            state: &mut DocState,
            labels: &mut Vec<Label>,
            contexts: Option<&[Recorded]>,
        ) {
            let unused_gold = vec![Label::O; words.len()];
            let gold = (self.whole && contexts.is_some()).then_some(unused_gold.as_slice());
            tag(&mut &Tagger::embedded().model, &self.lexicons, words, state, labels, gold, contexts);
        }
    }

    #[test]
    fn the_second_pass_window_gives_the_labels_of_a_whole_retag() {
        let text = "Newmont Mining Corp said on Friday it had made an offer for Santa Fe Pacific Gold Corp .\n\
                    Santa Fe said it would study the offer from Newmont , which is based in Denver .\n\
                    Analysts said Newmont could raise its bid and that Santa Fe would go to the highest bidder .\n\
                    NEWMONT , SANTA FE SHARES RISE IN NEW YORK TRADING .";
        let mut words = Vec::new();
        let mut ends = Vec::new();
        for line in text.lines() {
            words.extend(line.split_whitespace());
            ends.push(words.len());
        }
        let lexicons = Tagger::embedded().lexicons().clone();
        let mut windowed = Plain { lexicons: lexicons.clone(), whole: false };
        let mut whole = Plain { lexicons, whole: true };
        let (mut state, mut first, mut by_window, mut by_whole) =
            (DocState::default(), Vec::new(), Vec::new(), Vec::new());
        first_pass(&mut windowed, &words, &ends, &mut state, &mut first);
        let mut recorded = state.recorded.clone();
        assert!(
            mark_disagreements(&mut recorded, &first, &mut FxHashMap::default()),
            "the example must hold a disagreement"
        );
        state.clear();
        tag_document(&mut windowed, &words, &ends, &mut state, &mut by_window);
        state.clear();
        tag_document(&mut whole, &words, &ends, &mut state, &mut by_whole);
        assert_ne!(by_whole, first, "the second pass changes a label here");
        assert_eq!(by_window, by_whole);
    }
}
