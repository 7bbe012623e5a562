//! Training: the tagger, then the parser on tags like the ones it will meet, both
//! averaged perceptrons (`learn`), deterministic for a seed.

use crate::conllu::Sentence;
use crate::decode::{best, is_inner_relation, parse_with, tag_with};
use crate::model::{Parser, RELS, TAGS};
use crate::transition::{Move, MOVES};
use crate::words::{hash_words, Word};
use crate::Scratch;
use doc::{DepRel, PosTag};
use learn::hash::{exact_hash, mix};
use learn::{Averaged, Weights};
use rustc_hash::FxHashMap;

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// Passes over the sentences, for the tagger and for the parser.
    pub epochs: usize,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// Folds of the jackknife that gives the parser predicted tags to learn from (a
    /// tagger per fold tags the sentences it did not learn); 0 trains on the given tags.
    pub tag_folds: usize,
    /// The smallest quantized weight (of 32,767) that keeps a feature, for the tagger,
    /// the moves and the relations: most features change no decision, and a smaller
    /// table stays in cache while parsing. The moves' rows are 3 weights wide, the
    /// others' about 50, so the moves keep more features for the same bytes.
    pub min_kept_weight: [u16; 3],
}

/// Trains the tagger and the parser on `sentences`; `on_epoch(stage, epoch, accuracy)`
/// reports progress (tag accuracy, then the share of moves the parser got right).
pub fn train(sentences: &[Sentence], options: &TrainOptions, mut on_epoch: impl FnMut(&str, usize, f64)) -> Parser {
    let mut words: Vec<Vec<Word>> = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let mut hashed = Vec::new();
        let forms: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
        hash_words(&forms, &mut hashed);
        words.push(hashed);
    }
    let all: Vec<usize> = (0..sentences.len()).collect();
    let tagger = train_tagger(sentences, &words, &all, options, &mut |e, a| on_epoch("tagger", e, a));
    let tagger = Weights::quantize(tagger, options.min_kept_weight[0]);
    let tags = predicted_tags(sentences, &words, options, &mut on_epoch);
    let (moves, labels) = train_parser(sentences, &words, &tags, options, &mut |e, a| on_epoch("parser", e, a));
    Parser::new(
        tagger,
        Weights::quantize(moves, options.min_kept_weight[1]),
        Weights::quantize(labels, options.min_kept_weight[2]),
        recipe(sentences, options),
    )
}

/// The tags the parser learns from: the jackknifed tagger's, or the data's.
fn predicted_tags(
    sentences: &[Sentence],
    words: &[Vec<Word>],
    options: &TrainOptions,
    on_epoch: &mut impl FnMut(&str, usize, f64),
) -> Vec<Vec<PosTag>> {
    let mut tags: Vec<Vec<PosTag>> = sentences.iter().map(|s| s.tags.clone()).collect();
    let mut features = Vec::new();
    for fold in 0..options.tag_folds {
        let (held_out, learned) = learn::folds(sentences.len(), options.tag_folds, fold);
        let stage = format!("tagger fold {}/{}", fold + 1, options.tag_folds);
        let weights = train_tagger(sentences, words, &learned, options, &mut |e, a| on_epoch(&stage, e, a));
        let weights = Weights::quantize(weights, options.min_kept_weight[0]);
        for s in held_out {
            tag_with(&words[s], &mut features, &mut tags[s], |features, _| {
                PosTag(best(&weights.sums(features), |t| t > 0) as u8)
            });
        }
    }
    tags
}

fn train_tagger(
    sentences: &[Sentence],
    words: &[Vec<Word>],
    chosen: &[usize],
    options: &TrainOptions,
    on_epoch: &mut impl FnMut(usize, f64),
) -> FxHashMap<u64, [f32; TAGS]> {
    let mut model = Averaged::<TAGS>::new();
    let mut order = chosen.to_vec();
    let mut rng = learn::shuffle_state(options.seed);
    let (mut features, mut tags) = (Vec::new(), Vec::new());
    for epoch in 0..options.epochs {
        learn::shuffle(&mut order, &mut rng);
        let (mut correct, mut total) = (0usize, 0usize);
        for &s in &order {
            let gold = &sentences[s].tags;
            tag_with(&words[s], &mut features, &mut tags, |features, i| {
                let guess = best(&model.scores(features), |t| t > 0);
                let truth = usize::from(gold[i].0);
                if guess != truth {
                    model.update(features, truth, guess);
                }
                model.tick(1);
                correct += usize::from(guess == truth);
                total += 1;
                PosTag(guess as u8)
            });
        }
        on_epoch(epoch + 1, correct as f64 / total.max(1) as f64);
    }
    model.averaged()
}

/// The gold heads of a sentence in the transition system's terms (the root is `n`),
/// when it has exactly one root and no crossing arcs: the trees it can build.
fn oracle_heads(sentence: &Sentence) -> Option<Vec<u32>> {
    let n = sentence.heads.len();
    let heads: Vec<u32> =
        sentence.heads.iter().enumerate().map(|(i, &h)| if h as usize == i { n as u32 } else { h }).collect();
    let roots = heads.iter().filter(|&&h| h as usize == n).count();
    (roots == 1 && sentence.is_projective()).then_some(heads)
}

type ParserWeights = (FxHashMap<u64, [f32; MOVES]>, FxHashMap<u64, [f32; RELS]>);

fn train_parser(
    sentences: &[Sentence],
    words: &[Vec<Word>],
    tags: &[Vec<PosTag>],
    options: &TrainOptions,
    on_epoch: &mut impl FnMut(usize, f64),
) -> ParserWeights {
    let gold: Vec<Option<Vec<u32>>> = sentences.iter().map(oracle_heads).collect();
    let mut order: Vec<usize> = (0..sentences.len()).filter(|&s| gold[s].is_some()).collect();
    let (mut moves, mut labels) = (Averaged::<MOVES>::new(), Averaged::<RELS>::new());
    let mut rng = learn::shuffle_state(options.seed.wrapping_add(1));
    let mut scratch = Scratch::default();
    for epoch in 0..options.epochs {
        learn::shuffle(&mut order, &mut rng);
        let (mut correct, mut total) = (0usize, 0usize);
        for &s in &order {
            let (heads, rels) = (gold[s].as_deref().unwrap_or_default(), &sentences[s].rels);
            let Scratch { state, features, .. } = &mut scratch;
            parse_with(
                &words[s],
                &tags[s],
                state,
                features,
                true,
                |state, features| {
                    // The dynamic oracle: learn the best of the moves that lose the fewest
                    // gold arcs (none, until an error has lost some), and follow the guess,
                    // so the model also learns to recover from its errors.
                    let scores = moves.scores(features);
                    let valid = |m: usize| state.is_valid(Move::from_index(m));
                    let guess = best(&scores, valid);
                    let costs = [Move::Shift, Move::Left, Move::Right].map(|m| {
                        if state.is_valid(m) {
                            state.cost(m, heads)
                        } else {
                            usize::MAX
                        }
                    });
                    let least = costs.iter().copied().min().unwrap_or(0);
                    let optimal = |m: usize| costs[m] == least;
                    if !optimal(guess) {
                        moves.update(features, best(&scores, optimal), guess);
                    }
                    moves.tick(1);
                    correct += usize::from(optimal(guess));
                    total += 1;
                    Move::from_index(guess)
                },
                |_, features, head, dependent| {
                    let guess = best(&labels.scores(features), is_inner_relation);
                    if heads[dependent as usize] == head {
                        let truth = usize::from(rels[dependent as usize].0);
                        if guess != truth {
                            labels.update(features, truth, guess);
                        }
                    }
                    labels.tick(1);
                    DepRel(guess as u8)
                },
            );
        }
        on_epoch(epoch + 1, correct as f64 / total.max(1) as f64);
    }
    (moves.averaged(), labels.averaged())
}

/// What a model was trained with: the options and the sentences' count and hash.
fn recipe(sentences: &[Sentence], options: &TrainOptions) -> String {
    let TrainOptions { epochs, seed, tag_folds, min_kept_weight: [tags, moves, rels] } = options;
    let hash = sentences.iter().fold(0, |hash, s| {
        let tokens = s.words.iter().zip(&s.tags).zip(s.heads.iter().zip(&s.rels));
        tokens.fold(mix(hash, s.words.len() as u64), |hash, ((word, tag), (head, rel))| {
            mix(mix(mix(mix(hash, exact_hash(word)), u64::from(tag.0)), u64::from(*head)), u64::from(rel.0))
        })
    });
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    format!(
        "epochs={epochs} seed={seed} tag_folds={tag_folds} min_kept_weight={tags},{moves},{rels} sentences={} \
         words={words} data_hash={hash:016x}",
        sentences.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu;
    use crate::Parsed;

    #[test]
    fn training_is_deterministic_and_learns_its_data() {
        let sentences = conllu::parse(conllu::tests::SAMPLE).unwrap();
        let options = TrainOptions { epochs: 8, seed: 3, tag_folds: 0, min_kept_weight: [64; 3] };
        let first = train(&sentences, &options, |_, _, _| {});
        let second = train(&sentences, &options, |_, _, _| {});
        assert_eq!(first.to_bytes(), second.to_bytes(), "same seed, same model");
        assert!(first
            .recipe()
            .starts_with("epochs=8 seed=3 tag_folds=0 min_kept_weight=64,64,64 sentences=1 words=5 "));
        let mut parsed = Parsed::default();
        first.parse_sentence(&["Rebels", "attacked", "the", "convoy", "."], &mut Scratch::default(), &mut parsed);
        assert_eq!(parsed.heads, [1, 1, 3, 1, 1]);
        assert_eq!(parsed.rels, sentences[0].rels);
        assert_eq!(parsed.tags, sentences[0].tags);
    }
}
