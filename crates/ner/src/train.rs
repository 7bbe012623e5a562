//! Training: the averaged perceptron, deterministic for a given seed.

use crate::conll::Document;
use crate::document::{Recorded, SentenceTagger};
use crate::features::{push_features, tag, DocState, Part, Position, Scorer, TokenInfo};
use crate::labels::{Label, N_LABELS};
use crate::model::Model;
use crate::Lexicons;
use learn::hash::{exact_hash, mix};
use learn::{add_weights, folds, shuffle, shuffle_state, Averaged};
use rustc_hash::FxHashMap;

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// Passes over the training documents.
    pub epochs: usize,
    /// Seed of the document shuffle.
    pub seed: u64,
    /// Models (seeds `seed`, `seed + 1`…) whose weights are summed into the one that
    /// ships: an ensemble at the cost of one model.
    pub ensemble: usize,
    /// Whether the documents hold CoNLL-2003's validation split besides the training
    /// split: recorded in the model's recipe.
    pub with_valid: bool,
}

/// The weights while training: `learn`'s averaged perceptron over all of a token's
/// features.
impl Scorer for Averaged<N_LABELS> {
    fn score_token(
        &self,
        infos: &[TokenInfo],
        at: Position,
        _own_scores: &mut FxHashMap<u64, [i32; N_LABELS]>,
        features: &mut Vec<u64>,
    ) -> [f32; N_LABELS] {
        // Weights change while training: no cache, and all features for `learn`.
        features.clear();
        push_features(infos, at, Part::All, features);
        self.scores(features)
    }

    fn scores_every_token(&self) -> bool {
        true
    }

    fn learn(&mut self, features: &[u64], gold: Label, predicted: Label) {
        self.update(features, usize::from(gold.0), usize::from(predicted.0));
    }
}

/// Folds of the cross-validation that gives the second pass first-pass labels of the
/// kind it will meet: labels of documents the first-pass model never trained on.
const FOLDS: usize = 5;

/// Tags with a trained first-pass model, as the tagger's first pass does (less its
/// repairs, which the model never learns from).
struct FirstPass<'a> {
    model: &'a Model,
    lexicons: &'a Lexicons,
}

impl SentenceTagger for FirstPass<'_> {
    fn tag_sentence(
        &mut self,
        words: &[&str],
        state: &mut DocState,
        labels: &mut Vec<Label>,
        contexts: Option<&[Recorded]>,
    ) {
        tag(&mut self.model, self.lexicons, words, state, labels, None, contexts);
    }
}

/// Trains a model on `documents`; `on_epoch(stage, epoch, token_accuracy)` reports
/// progress. First a model per fold, each tagging the documents it did not learn from
/// (a first pass, whose disagreements are marked); then the model that ships, which
/// learns the first-pass features and the second pass's from those labels.
pub fn train(
    documents: &[Document],
    lexicons: &Lexicons,
    options: &TrainOptions,
    mut on_epoch: impl FnMut(&str, usize, f64),
) -> Model {
    let mut recorded: Vec<Vec<Recorded>> = vec![Vec::new(); documents.len()];
    let mut labels = Vec::new();
    for fold in 0..FOLDS {
        let (held_out, learned) = folds(documents.len(), FOLDS, fold);
        let stage = format!("fold {}/{FOLDS}", fold + 1);
        // The same kind of model as the one that ships, so the second pass learns from
        // first-pass labels with the errors it will meet.
        let weights = train_ensemble(documents, &learned, None, lexicons, options, &stage, &mut on_epoch);
        let model = Model::from_weights(weights, String::new());
        let mut first_pass = FirstPass { model: &model, lexicons };
        let mut state = DocState::default();
        for &d in &held_out {
            let (words, ends) = documents[d].words_and_sentence_ends();
            state.clear();
            crate::document::first_pass(&mut first_pass, &words, &ends, &mut state, &mut labels);
            crate::document::mark_disagreements(&mut state.recorded, &labels, &mut state.type_counts);
            recorded[d] = std::mem::take(&mut state.recorded);
        }
    }
    let all: Vec<usize> = (0..documents.len()).collect();
    let weights = train_ensemble(documents, &all, Some(&recorded), lexicons, options, "final", &mut on_epoch);
    Model::from_weights(weights, recipe(documents, options))
}

/// What a model was trained with: the options, the folds, and the number of documents
/// with a hash of their words and labels.
fn recipe(documents: &[Document], options: &TrainOptions) -> String {
    let TrainOptions { epochs, seed, ensemble, with_valid } = options;
    format!(
        "epochs={epochs} seed={seed} ensemble={ensemble} with_valid={with_valid} folds={FOLDS} documents={} \
         data_hash={:016x}",
        documents.len(),
        data_hash(documents)
    )
}

/// A hash of the documents' words and labels, with the lengths that delimit them.
fn data_hash(documents: &[Document]) -> u64 {
    documents.iter().fold(0, |hash, document| {
        document.sentences.iter().fold(mix(hash, document.sentences.len() as u64), |hash, sentence| {
            let words_and_labels = sentence.words.iter().zip(&sentence.labels);
            words_and_labels.fold(mix(hash, sentence.words.len() as u64), |hash, (word, label)| {
                mix(mix(hash, exact_hash(word)), u64::from(label.0))
            })
        })
    })
}

/// Trains `options.ensemble` models (seeds `seed`, `seed + 1`…) and sums their weights.
fn train_ensemble(
    documents: &[Document],
    chosen: &[usize],
    recorded: Option<&[Vec<Recorded>]>,
    lexicons: &Lexicons,
    options: &TrainOptions,
    stage: &str,
    on_epoch: &mut impl FnMut(&str, usize, f64),
) -> FxHashMap<u64, [f32; N_LABELS]> {
    let mut sum: FxHashMap<u64, [f32; N_LABELS]> = FxHashMap::default();
    let members = options.ensemble.max(1);
    for member in 0..members {
        let member_options = TrainOptions { seed: options.seed.wrapping_add(member as u64), ..*options };
        let stage = format!("{stage}, model {}/{members},", member + 1);
        let weights =
            train_stage(documents, chosen, recorded, lexicons, &member_options, |e, a| on_epoch(&stage, e, a));
        add_weights(&mut sum, weights);
    }
    sum
}

/// Trains on the documents `chosen`; with `recorded` (per document, by the folds' first
/// passes) as a second pass, else as a first.
fn train_stage(
    documents: &[Document],
    chosen: &[usize],
    recorded: Option<&[Vec<Recorded>]>,
    lexicons: &Lexicons,
    options: &TrainOptions,
    mut on_epoch: impl FnMut(usize, f64),
) -> FxHashMap<u64, [f32; N_LABELS]> {
    let mut weights = Averaged::new();
    let mut order = chosen.to_vec();
    let mut rng = shuffle_state(options.seed);
    let mut state = DocState::default();
    let mut predicted = Vec::new();
    for epoch in 0..options.epochs {
        shuffle(&mut order, &mut rng);
        let (mut correct, mut total) = (0usize, 0usize);
        for &doc_index in &order {
            state.clear();
            let mut start = 0;
            for sentence in &documents[doc_index].sentences {
                let words: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
                let end = start + words.len();
                let contexts = recorded.map(|r| &r[doc_index][start..end]);
                tag(&mut weights, lexicons, &words, &mut state, &mut predicted, Some(&sentence.labels), contexts);
                correct += predicted.iter().zip(&sentence.labels).filter(|(p, g)| p == g).count();
                total += words.len();
                weights.tick(words.len() as u64);
                start = end;
            }
        }
        on_epoch(epoch + 1, correct as f64 / total.max(1) as f64);
    }
    weights.averaged()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll;
    use crate::labels::entity_spans;
    use crate::DocState;

    const CORPUS: &str = "-DOCSTART- O\n\nPeter B-PER\nSmith I-PER\nvisited O\nParis B-LOC\n. O\n\n\
                          The O\nUN B-ORG\nmet O\nin O\nGeneva B-LOC\n. O\n\n\
                          Anna B-PER\nJones I-PER\nleft O\nRome B-LOC\n. O\n";

    #[test]
    fn training_is_deterministic_and_learns_its_data() {
        let documents = conll::parse(CORPUS).unwrap();
        let options = TrainOptions { epochs: 5, seed: 7, ensemble: 2, with_valid: false };
        let lexicons = Lexicons::default();
        let first = train(&documents, &lexicons, &options, |_, _, _| {}).to_bytes();
        let second = train(&documents, &lexicons, &options, |_, _, _| {}).to_bytes();
        assert_eq!(first, second, "same seed, same model");
        let model = Model::from_bytes(&first, std::path::Path::new("test.bin")).unwrap();
        assert!(model.recipe().starts_with("epochs=5 seed=7 ensemble=2 with_valid=false folds=5 documents=1 "));
        let tagger = crate::Tagger::new(model, lexicons);
        let mut labels = Vec::new();
        tagger.tag_document(&["Anna", "Jones", "left", "Rome", "."], &[5], &mut DocState::default(), &mut labels);
        assert_eq!(entity_spans(&labels), [(0, 2, crate::EntityType::Person), (3, 4, crate::EntityType::Location)]);
    }

    /// The file of a model trained on `corpus`, less its header (magic, version, schema
    /// hash) and checksum, so that only training, not the lexicon files, changes it.
    fn trained_body_hash(corpus: &str, options: &TrainOptions) -> u64 {
        let bytes = train(&conll::parse(corpus).unwrap(), &Lexicons::default(), options, |_, _, _| {}).to_bytes();
        learn::hash::hash_bytes(&bytes[16..bytes.len() - 8])
    }

    #[test]
    fn training_makes_the_same_model_as_before_the_learn_crate() {
        // Recorded before the perceptron, the shuffle and the file format moved to
        // `learn`: training must not change with where its code lives.
        let options = TrainOptions { epochs: 5, seed: 7, ensemble: 2, with_valid: false };
        assert_eq!(trained_body_hash(CORPUS, &options), 10021720042383420247, "one document");
        // Several documents, so that the fold models learn and tag.
        let documents =
            CORPUS.replace("\n\nThe O", "\n-DOCSTART- O\n\nThe O").replace("\n\nAnna", "\n-DOCSTART- O\n\nAnna");
        let documents = documents.repeat(2);
        assert_eq!(conll::parse(&documents).unwrap().len(), 6);
        let options = TrainOptions { epochs: 3, seed: 11, ensemble: 3, with_valid: true };
        assert_eq!(trained_body_hash(&documents, &options), 14519429362591530745, "six documents");
    }
}
