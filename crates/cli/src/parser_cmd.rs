//! `dateline train parser` and `dateline eval parser`, on the silver CoNLL-U sentences
//! `scripts/distill-parser-data.sh` writes (spaCy's parses of news text in dateline's
//! tokens): `train.conllu` to learn from, `heldout.conllu` to score on.

use anyhow::Context;
use parse::conllu::{self, Sentence};
use parse::eval::{evaluate, REPORTED};
use parse::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn read(data: &Path, split: &str) -> anyhow::Result<Vec<Sentence>> {
    crate::read_training_file(data, &format!("{split}.conllu"), "scripts/distill-parser-data.sh", conllu::parse)
}

/// Trains the tagger and parser on `train.conllu` and writes the model.
pub fn train(
    data: &Path,
    out: &Path,
    epochs: usize,
    seed: u64,
    tag_folds: usize,
    min_kept_weight: &[u16],
) -> anyhow::Result<ExitCode> {
    let min_kept_weight = match *min_kept_weight {
        [all] => [all; 3],
        [tags, moves, rels] => [tags, moves, rels],
        _ => anyhow::bail!("--min-kept-weight takes one value or three (tagger, moves, relations)"),
    };
    let options = parse::train::TrainOptions { epochs, seed, tag_folds, min_kept_weight };
    let sentences = read(data, "train")?;
    let words: usize = sentences.iter().map(|s| s.words.len()).sum();
    eprintln!("training on {} sentences, {words} words, {options:?}", sentences.len());
    let started = Instant::now();
    let parser = parse::train::train(&sentences, &options, |stage, epoch, accuracy| {
        eprintln!(
            "{stage} epoch {epoch:2}: training accuracy {accuracy:.4} ({:.0} s)",
            started.elapsed().as_secs_f64()
        );
    });
    let bytes = parser.to_gzip();
    std::fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "wrote {} ({:.1} MB; features of the tagger, moves, relations: {:?}; recipe {}) in {:.0} s; \
         rebuild dateline to embed it",
        out.display(),
        bytes.len() as f64 / 1e6,
        parser.table_sizes(),
        parser.recipe(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Scores a model on `heldout.conllu` and measures its speed.
pub fn eval(data: &Path, model_path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let (parser, name) = match model_path {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            (Parser::from_bytes(&bytes, path)?, path.display().to_string())
        }
        None => (Parser::load_embedded()?, format!("{} (embedded)", default_model_path().display())),
    };
    let sentences = read(data, "heldout")?;
    let started = Instant::now();
    let scores = evaluate(&parser, &sentences);
    let seconds = started.elapsed().as_secs_f64();
    println!("model: {name}, trained with {}", parser.recipe());
    println!("held-out silver: {} sentences, {} words", sentences.len(), scores.words);
    println!("POS accuracy {:.4}", scores.pos_accuracy());
    println!("UAS {:.4}  LAS {:.4}  ({} words, punctuation excluded)", scores.uas(), scores.las(), scores.scored);
    println!("relation      gold   precision  recall  F1");
    for rel in REPORTED {
        let (precision, recall, f1) = scores.relation(rel);
        println!("{:<12} {:>6}   {precision:.4}    {recall:.4}  {f1:.4}", rel.label(), scores.gold_count(rel));
    }
    println!("tagger and parser: {:.0} words/s on one thread", scores.words as f64 / seconds);
    Ok(ExitCode::SUCCESS)
}

/// The shipped model's path, relative to the repository root.
pub fn default_model_path() -> PathBuf {
    PathBuf::from("models/parser.bin.gz")
}
