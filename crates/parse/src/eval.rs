//! Scoring a parser against held-out sentences: POS accuracy, unlabeled and labeled
//! attachment (punctuation excluded, as is usual), and per-relation precision, recall
//! and F1 of labeled arcs.

use crate::conllu::Sentence;
use crate::{Parsed, Parser, Scratch};
use doc::DepRel;

/// The relations `dateline eval parser` reports one by one: those the event coder reads.
pub const REPORTED: [DepRel; 8] = [
    DepRel::NSUBJ,
    DepRel::NSUBJPASS,
    DepRel::DOBJ,
    DepRel::POBJ,
    DepRel::AGENT,
    DepRel::CONJ,
    DepRel::CCOMP,
    DepRel::XCOMP,
];

/// Counts over the sentences scored.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Words, and words tagged right.
    pub words: usize,
    /// Words tagged right.
    pub tags_right: usize,
    /// Words that are not punctuation (by the gold relation), and of them those with
    /// the right head, and with the right head and relation.
    pub scored: usize,
    /// Right head.
    pub heads_right: usize,
    /// Right head and relation.
    pub labeled_right: usize,
    /// Per relation (indexed by `DepRel`): gold arcs, predicted arcs, right ones.
    pub per_relation: Vec<[usize; 3]>,
}

impl Scores {
    /// Share of words tagged right.
    pub fn pos_accuracy(&self) -> f64 {
        ratio(self.tags_right, self.words)
    }

    /// Unlabeled attachment score.
    pub fn uas(&self) -> f64 {
        ratio(self.heads_right, self.scored)
    }

    /// Labeled attachment score.
    pub fn las(&self) -> f64 {
        ratio(self.labeled_right, self.scored)
    }

    /// Precision, recall and F1 of the arcs labeled `rel`.
    pub fn relation(&self, rel: DepRel) -> (f64, f64, f64) {
        let [gold, predicted, right] = self.per_relation.get(usize::from(rel.0)).copied().unwrap_or_default();
        let (precision, recall) = (ratio(right, predicted), ratio(right, gold));
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        (precision, recall, f1)
    }

    /// Gold arcs labeled `rel`.
    pub fn gold_count(&self, rel: DepRel) -> usize {
        self.per_relation.get(usize::from(rel.0)).map_or(0, |c| c[0])
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    part as f64 / whole.max(1) as f64
}

/// Parses every sentence with `parser` and scores it against its gold tags and tree.
pub fn evaluate(parser: &Parser, sentences: &[Sentence]) -> Scores {
    let mut scores = Scores { per_relation: vec![[0; 3]; DepRel::COUNT], ..Scores::default() };
    let (mut scratch, mut parsed) = (Scratch::default(), Parsed::default());
    let mut words: Vec<&str> = Vec::new();
    for sentence in sentences {
        words.clear();
        words.extend(sentence.words.iter().map(String::as_str));
        parser.parse_sentence(&words, &mut scratch, &mut parsed);
        for i in 0..words.len() {
            scores.words += 1;
            scores.tags_right += usize::from(parsed.tags[i] == sentence.tags[i]);
            let (gold_rel, rel) = (sentence.rels[i], parsed.rels[i]);
            let head_right = parsed.heads[i] == sentence.heads[i];
            scores.per_relation[usize::from(gold_rel.0)][0] += 1;
            scores.per_relation[usize::from(rel.0)][1] += 1;
            if head_right && rel == gold_rel {
                scores.per_relation[usize::from(rel.0)][2] += 1;
            }
            if gold_rel != DepRel::PUNCT {
                scores.scored += 1;
                scores.heads_right += usize::from(head_right);
                scores.labeled_right += usize::from(head_right && rel == gold_rel);
            }
        }
    }
    scores
}
