//! Hashed feature templates of the tagger, the move classifier and the label
//! classifier. A feature is its template's number mixed with the values it reads, so
//! templates never collide by construction; numbers are part of the model's schema
//! ([`schema_hash`]): renumbering or changing a template means retraining.

use crate::transition::{State, NO_WORD};
use crate::words::{Word, PAD, ROOT};
use doc::PosTag;
use learn::hash::mix;

fn feature(template: u64, values: &[u64]) -> u64 {
    values.iter().fold(mix(0x6a09_e667_f3bc_c908, template), |hash, &value| mix(hash, value))
}

/// The tag value of a word slot: its tag, or a mark for the root and for no word.
fn tag_value(tags: &[PosTag], at: u32) -> u64 {
    match tags.get(at as usize) {
        Some(tag) => u64::from(tag.0),
        None if at == NO_WORD => 1000,
        None => 1001,
    }
}

fn word_at(words: &[Word], at: u32) -> Word {
    match words.get(at as usize) {
        Some(word) => *word,
        None if at == NO_WORD => PAD,
        None => ROOT,
    }
}

/// Features of tagging word `i` after the tags `previous` (of `i - 1`) and `before`
/// (of `i - 2`).
pub(crate) fn tag_features(words: &[Word], i: usize, previous: PosTag, before: PosTag, out: &mut Vec<u64>) {
    let at = |offset: isize| i.checked_add_signed(offset).and_then(|j| words.get(j)).copied().unwrap_or(PAD);
    let (w, prev, prev2, next, next2) = (words[i], at(-1), at(-2), at(1), at(2));
    let (t1, t2) = (u64::from(previous.0), u64::from(before.0));
    let first = u64::from(i == 0);
    out.clear();
    out.extend([
        feature(0, &[]),
        feature(1, &[w.lower]),
        feature(2, &[w.exact]),
        feature(3, &[w.suffix]),
        feature(4, &[w.prefix]),
        feature(5, &[w.shape]),
        feature(6, &[w.shape, first]),
        feature(7, &[t1]),
        feature(8, &[t1, t2]),
        feature(9, &[t1, w.lower]),
        feature(10, &[prev.lower]),
        feature(11, &[prev.suffix]),
        feature(12, &[prev2.lower]),
        feature(13, &[next.lower]),
        feature(14, &[next.suffix]),
        feature(15, &[next2.lower]),
        feature(16, &[prev.lower, w.lower]),
        feature(17, &[w.lower, next.lower]),
        feature(18, &[next.shape]),
        feature(19, &[prev.shape, w.shape]),
        feature(20, &[t1, w.suffix]),
    ]);
}

/// Features of the next move in `state`.
pub(crate) fn move_features(words: &[Word], tags: &[PosTag], state: &State, out: &mut Vec<u64>) {
    let (s0, s1, s2) = (state.stack_at(0), state.stack_at(1), state.stack_at(2));
    let b0 = state.b0;
    let next = |at: u32, by: u32| if at + by <= state.n { at + by } else { NO_WORD };
    let (b1, b2) = (next(b0, 1), next(b0, 2));
    let w = |at: u32| word_at(words, at).lower;
    let t = |at: u32| tag_value(tags, at);
    let child = |children: &[[u32; 2]], at: u32, i: usize| children.get(at as usize).map_or(NO_WORD, |c| c[i]);
    let rel = |at: u32| state.rels.get(at as usize).map_or(1000, |r| u64::from(r.0));
    let (s0l1, s0l2, s0r1, s0r2) =
        (child(&state.left, s0, 0), child(&state.left, s0, 1), child(&state.right, s0, 0), child(&state.right, s0, 1));
    let (b0l1, b0l2, s1r1) = (child(&state.left, b0, 0), child(&state.left, b0, 1), child(&state.right, s1, 0));
    let distance = if s0 == NO_WORD { 0 } else { u64::from((b0 - s0).min(6)) };
    let left_rels = |at: u32| state.left_rels.get(at as usize).copied().unwrap_or(0);
    let right_rels = |at: u32| state.right_rels.get(at as usize).copied().unwrap_or(0);
    let valency = |rels: u64| u64::from(rels.count_ones().min(4));
    let (s0w, s0t, s1w, s1t, b0w, b0t, b1w, b1t) = (w(s0), t(s0), w(s1), t(s1), w(b0), t(b0), w(b1), t(b1));
    out.clear();
    out.extend([
        feature(1, &[s0w]),
        feature(2, &[s0t]),
        feature(3, &[s0w, s0t]),
        feature(4, &[s1w]),
        feature(5, &[s1t]),
        feature(6, &[s1w, s1t]),
        feature(7, &[b0w]),
        feature(8, &[b0t]),
        feature(9, &[b0w, b0t]),
        feature(10, &[b1w]),
        feature(11, &[b1t]),
        feature(12, &[b1w, b1t]),
        feature(13, &[t(b2)]),
        feature(14, &[t(s2)]),
        feature(15, &[s0w, s0t, b0w, b0t]),
        feature(16, &[s0w, s0t, b0w]),
        feature(17, &[s0w, b0w, b0t]),
        feature(18, &[s0w, s0t, b0t]),
        feature(19, &[s0t, b0w, b0t]),
        feature(20, &[s0w, b0w]),
        feature(21, &[s0t, b0t]),
        feature(22, &[b0t, b1t]),
        feature(23, &[b0t, b1t, t(b2)]),
        feature(24, &[s0t, b0t, b1t]),
        feature(25, &[s1t, s0t, b0t]),
        feature(26, &[s1t, s0t]),
        feature(27, &[s1w, s0w]),
        feature(28, &[s1t, s0w]),
        feature(29, &[s1w, s0t]),
        feature(30, &[distance, s0w]),
        feature(31, &[distance, s0t]),
        feature(32, &[distance, b0w]),
        feature(33, &[distance, b0t]),
        feature(34, &[distance, s0t, b0t]),
        feature(35, &[valency(left_rels(s0)), s0t]),
        feature(36, &[valency(right_rels(s0)), s0t]),
        feature(37, &[valency(left_rels(b0)), b0t]),
        feature(38, &[t(s0l1), rel(s0l1)]),
        feature(39, &[t(s0r1), rel(s0r1)]),
        feature(40, &[t(b0l1), rel(b0l1)]),
        feature(41, &[rel(s0l2)]),
        feature(42, &[rel(s0r2)]),
        feature(43, &[rel(b0l2)]),
        feature(44, &[s0t, t(s0l1), t(s0l2)]),
        feature(45, &[s0t, t(s0r1), t(s0r2)]),
        feature(46, &[b0t, t(b0l1), t(b0l2)]),
        feature(47, &[s1t, t(s1r1), rel(s1r1)]),
        feature(48, &[s0t, left_rels(s0)]),
        feature(49, &[s0t, right_rels(s0)]),
        feature(50, &[b0t, left_rels(b0)]),
        feature(51, &[t(s2), s1t, s0t]),
        feature(52, &[s0w, s0t, rel(s0r1)]),
        feature(53, &[b0w, b0t, rel(b0l1)]),
    ]);
}

/// Features of the relation of the arc `head → dependent` about to be added.
pub(crate) fn label_features(
    words: &[Word],
    tags: &[PosTag],
    state: &State,
    head: u32,
    dependent: u32,
    out: &mut Vec<u64>,
) {
    let (hw, dw) = (word_at(words, head), word_at(words, dependent));
    let t = |at: u32| tag_value(tags, at);
    let (ht, dt) = (t(head), t(dependent));
    let direction = u64::from(dependent < head);
    let distance = u64::from(head.abs_diff(dependent).min(6));
    let child = |children: &[[u32; 2]], at: u32| children.get(at as usize).map_or(NO_WORD, |c| c[0]);
    let rel = |at: u32| state.rels.get(at as usize).map_or(1000, |r| u64::from(r.0));
    let (dl, dr, hl, hr) = (
        child(&state.left, dependent),
        child(&state.right, dependent),
        child(&state.left, head),
        child(&state.right, head),
    );
    let (d_left, d_right) = (state.left_rels[dependent as usize], state.right_rels[dependent as usize]);
    let (h_left, h_right) = (state.left_rels[head as usize], state.right_rels[head as usize]);
    let after = |at: u32| if at < state.n { at + 1 } else { NO_WORD };
    let before = |at: u32| at.checked_sub(1).unwrap_or(NO_WORD);
    let b0t = t(state.b0);
    out.clear();
    out.extend([
        feature(100, &[]),
        feature(101, &[hw.lower]),
        feature(102, &[ht]),
        feature(103, &[dw.lower]),
        feature(104, &[dt]),
        feature(105, &[ht, dt, direction]),
        feature(106, &[hw.lower, dt, direction]),
        feature(107, &[ht, dw.lower, direction]),
        feature(108, &[hw.lower, dw.lower]),
        feature(109, &[ht, dt, direction, distance]),
        feature(110, &[dt, rel(dl), t(dl)]),
        feature(111, &[dt, rel(dr), t(dr)]),
        feature(112, &[ht, rel(hl), direction]),
        feature(113, &[ht, rel(hr), direction]),
        feature(114, &[dt, d_left]),
        feature(115, &[dt, d_right]),
        feature(116, &[ht, h_left, direction]),
        feature(117, &[ht, h_right, direction]),
        feature(118, &[dt, t(after(dependent))]),
        feature(119, &[dt, t(before(dependent))]),
        feature(120, &[ht, t(after(head))]),
        feature(121, &[dt, dw.suffix, direction]),
        feature(122, &[ht, hw.suffix, direction]),
        feature(123, &[dt, ht, b0t]),
        feature(124, &[dt, dw.lower, t(dr)]),
        feature(125, &[dt, word_at(words, dr).lower]),
        feature(126, &[ht, dt, d_left, direction]),
        feature(127, &[dw.exact, direction]),
        feature(128, &[hw.lower, ht, dt, rel(hl)]),
    ]);
}

/// Hash of the templates above: bumped by hand (`SCHEMA`) whenever one changes, and
/// stored in the model, which refuses to load under another schema.
pub(crate) fn schema_hash() -> u64 {
    // The label tables are part of the schema: a new tag or relation shifts indexes.
    let tables = doc::syntax::POS_TAGS.iter().chain(doc::syntax::DEP_LABELS);
    tables.fold(learn::hash::exact_hash(SCHEMA), |hash, label| mix(hash, learn::hash::exact_hash(label)))
}

/// The schema's name: change it with any template.
const SCHEMA: &str = "parse-features-1";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::hash_words;

    #[test]
    fn templates_give_one_feature_each_and_differ_by_word() {
        let mut words = Vec::new();
        hash_words(&["Rebels", "attacked"], &mut words);
        let mut a = Vec::new();
        tag_features(&words, 0, PosTag::NONE, PosTag::NONE, &mut a);
        let mut b = Vec::new();
        tag_features(&words, 1, PosTag::NNS, PosTag::NONE, &mut b);
        assert_eq!(a.len(), 21);
        assert_eq!(a[0], b[0], "the bias is shared");
        assert_ne!(a[1], b[1]);
        let mut state = State::default();
        state.reset(2);
        let mut moves = Vec::new();
        move_features(&words, &[PosTag::NNS, PosTag::VBD], &state, &mut moves);
        let mut unique = moves.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), moves.len(), "no two templates collide");
    }
}
