//! `dateline train ner` and `dateline eval ner`.

use anyhow::Context;
use ner::conll::{self, Counts, Document};
use ner::{DocState, Lexicons, Model, Tagger};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The documents of one CoNLL-2003 split (`train`, `valid`, `test`) in `data`.
pub fn read_split(data: &Path, split: &str) -> anyhow::Result<Vec<Document>> {
    crate::read_training_file(data, &format!("{split}.txt"), "scripts/fetch-training-data.sh", conll::parse)
}

/// Trains on `train` (and `valid` with `options.with_valid`), writes the model.
pub fn train(data: &Path, out: &Path, options: ner::TrainOptions) -> anyhow::Result<ExitCode> {
    let mut documents = read_split(data, "train")?;
    if options.with_valid {
        documents.extend(read_split(data, "valid")?);
    }
    let tokens: usize = documents.iter().flat_map(|d| &d.sentences).map(|s| s.words.len()).sum();
    eprintln!(
        "training on {} documents, {tokens} tokens, {} epochs, seed {}, ensemble of {}",
        documents.len(),
        options.epochs,
        options.seed,
        options.ensemble
    );
    let started = Instant::now();
    let model = ner::train(&documents, &Lexicons::load_embedded()?, &options, |stage, epoch, accuracy| {
        eprintln!(
            "{stage} epoch {epoch:2}: training token accuracy {:.4} ({:.0} s)",
            accuracy,
            started.elapsed().as_secs_f64()
        );
    });
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "wrote {} ({} features, {:.1} MB, recipe {}) in {:.0} s; rebuild dateline to embed it",
        out.display(),
        model.len(),
        bytes.len() as f64 / 1e6,
        model.recipe(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Scores a model on the CoNLL test split and measures the tagger's speed.
pub fn eval(data: &Path, model_path: Option<&Path>, predictions: Option<&Path>) -> anyhow::Result<ExitCode> {
    let load_started = Instant::now();
    let owned;
    let (tagger, model_name) = match model_path {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            owned = Tagger::new(Model::from_bytes(&bytes, path)?, Lexicons::load_embedded()?);
            (&owned, path.display().to_string())
        }
        None => (Tagger::embedded(), format!("{} (embedded)", default_model_path().display())),
    };
    let load_seconds = load_started.elapsed().as_secs_f64();
    let documents = read_split(data, "test")?;
    let mut counts = Counts::default();
    let mut state = DocState::default();
    let mut labels = Vec::new();
    let mut tokens = 0;
    let mut listing = String::new();
    let started = Instant::now();
    for document in &documents {
        let (words, ends) = document.words_and_sentence_ends();
        tagger.tag_document(&words, &ends, &mut state, &mut labels);
        tokens += words.len();
        let mut start = 0;
        for (sentence, &end) in document.sentences.iter().zip(&ends) {
            counts.add(&sentence.labels, &labels[start..end]);
            if predictions.is_some() {
                for ((word, gold), predicted) in words[start..end].iter().zip(&sentence.labels).zip(&labels[start..end])
                {
                    writeln!(listing, "{word} {} {}", iob2(*gold), iob2(*predicted))?;
                }
                listing.push('\n');
            }
            start = end;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    if let Some(path) = predictions {
        std::fs::write(path, &listing).with_context(|| format!("cannot write {}", path.display()))?;
    }
    println!("model: {model_name}, trained with {}", tagger.model().recipe());
    println!("CoNLL-2003 test: {} documents, {tokens} tokens", documents.len());
    print!("{}", counts.report());
    println!("tagger: {:.0} tokens/s on one thread; model loaded in {:.3} s", tokens as f64 / seconds, load_seconds);
    Ok(ExitCode::SUCCESS)
}

/// A label as an IOB2 tag (`B-PER`, `I-LOC`, `O`), as conlleval reads it.
fn iob2(label: ner::Label) -> String {
    match (label.entity_type(), label.position()) {
        (Some(kind), Some(ner::Position::Begin | ner::Position::Unit)) => format!("B-{}", kind.conll()),
        (Some(kind), _) => format!("I-{}", kind.conll()),
        _ => "O".to_string(),
    }
}

/// Default paths, relative to the repository root.
pub fn default_model_path() -> PathBuf {
    PathBuf::from("models/ner.bin")
}
