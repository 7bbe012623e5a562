//! The greedy decoders, shared by tagging, parsing and training: the caller chooses
//! each tag, move and label from the features (the trained model's best, or the
//! learner's guess after its update), so training walks the same code as tagging.

use crate::features::{label_features, move_features, tag_features};
use crate::transition::{Move, State};
use crate::words::Word;
use doc::{DepRel, PosTag};

/// Scratch buffers of the decoders, reused from sentence to sentence.
#[derive(Default)]
pub struct Scratch {
    pub(crate) words: Vec<Word>,
    pub(crate) features: Vec<u64>,
    pub(crate) state: State,
}

/// Tags `words` left to right; `choose(features, i)` gives word `i`'s tag.
pub(crate) fn tag_with(
    words: &[Word],
    features: &mut Vec<u64>,
    tags: &mut Vec<PosTag>,
    mut choose: impl FnMut(&[u64], usize) -> PosTag,
) {
    tags.clear();
    for i in 0..words.len() {
        let previous = i.checked_sub(1).map_or(PosTag::NONE, |j| tags[j]);
        let before = i.checked_sub(2).map_or(PosTag::NONE, |j| tags[j]);
        tag_features(words, i, previous, before, features);
        let tag = choose(features, i);
        tags.push(tag);
    }
}

/// Parses `words` (tagged `tags`) into `state`: `choose_move(state, features)` picks
/// each valid move, `choose_label(state, features, head, dependent)` each arc's
/// relation but the root's, which is always `ROOT`. Where only one move is valid it is
/// made unscored, unless `choose_forced` (a trainer, whose clock counts every move).
pub(crate) fn parse_with(
    words: &[Word],
    tags: &[PosTag],
    state: &mut State,
    features: &mut Vec<u64>,
    choose_forced: bool,
    mut choose_move: impl FnMut(&State, &[u64]) -> Move,
    mut choose_label: impl FnMut(&State, &[u64], u32, u32) -> DepRel,
) {
    state.reset(words.len());
    while !state.is_final() {
        let chosen = match state.only_valid_move().filter(|_| !choose_forced) {
            Some(forced) => forced,
            None => {
                move_features(words, tags, state, features);
                choose_move(state, features)
            }
        };
        let rel = match state.arc(chosen) {
            Some((head, _)) if head == state.n => DepRel::ROOT,
            Some((head, dependent)) => {
                label_features(words, tags, state, head, dependent, features);
                choose_label(state, features, head, dependent)
            }
            None => DepRel::NONE,
        };
        state.apply(chosen, rel);
    }
}

/// The index of the highest score among the classes `allowed`, the first on ties.
pub(crate) fn best<T: PartialOrd + Copy, const N: usize>(scores: &[T; N], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best = None;
    for (class, &score) in scores.iter().enumerate() {
        if allowed(class) && best.is_none_or(|(_, top)| score > top) {
            best = Some((class, score));
        }
    }
    best.map_or(0, |(class, _)| class)
}

/// Whether a relation may label an arc below the root (`NONE` and `ROOT` may not).
pub(crate) fn is_inner_relation(class: usize) -> bool {
    class != usize::from(DepRel::NONE.0) && class != usize::from(DepRel::ROOT.0)
}
