//! `dateline gazetteer build`, `clusters build`, `clusters paths` and `places build`: run
//! the builder beside the file's reader (`ner::build`, `geo::build`), write its lines.

use anyhow::Context;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// Writes `data/gazetteer.tsv.gz` (see [`ner::build::gazetteer_lines`]).
pub fn gazetteer(geonames: &Path, names: &Path, news: Option<&Path>, out: &Path) -> anyhow::Result<ExitCode> {
    let lines = ner::build::gazetteer_lines(geonames, names, news)?;
    write_gzip_lines(out, &lines)?;
    eprintln!("wrote {} ({} entries)", out.display(), lines.len());
    Ok(ExitCode::SUCCESS)
}

/// Writes `data/clusters.tsv.gz` (see [`ner::build::cluster_lines`]).
pub fn clusters(
    news: &Path,
    conll: Option<&Path>,
    out: &Path,
    classes: usize,
    min_count: usize,
    iterations: usize,
) -> anyhow::Result<ExitCode> {
    // The training splits' own text (never the test split) adds the vocabulary of the
    // news the tagger learns from.
    let mut conll_documents = Vec::new();
    if let Some(conll) = conll {
        for split in ["train", "valid"] {
            conll_documents.extend(crate::ner_cmd::read_split(conll, split)?);
        }
    }
    let started = Instant::now();
    let lines = ner::build::cluster_lines(news, &conll_documents, classes, min_count, iterations)?;
    write_gzip_lines(out, &lines)?;
    eprintln!(
        "wrote {} ({} words, {classes} classes) in {:.0} s",
        out.display(),
        lines.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes `data/word_paths.tsv.gz` (see [`ner::build::path_lines`]).
pub fn paths(lexemes: &Path, out: &Path) -> anyhow::Result<ExitCode> {
    let lines = ner::build::path_lines(lexemes)?;
    write_gzip_lines(out, &lines)?;
    eprintln!("wrote {} ({} words)", out.display(), lines.len());
    Ok(ExitCode::SUCCESS)
}

/// Writes `data/places.tsv.gz` (see [`geo::build::places_file`]).
pub fn places(
    geonames: &Path,
    countryinfo: &Path,
    regions: &Path,
    centroids: Option<&Path>,
    words: &Path,
    out: &Path,
) -> anyhow::Result<ExitCode> {
    let places = geo::build::places_file(geonames, countryinfo, regions, centroids, words)?;
    for warning in &places.warnings {
        eprintln!("dateline: {warning}");
    }
    write_gzip_lines(out, &places.lines)?;
    eprintln!(
        "wrote {} ({} countries, {} regions, {} districts, {} places)",
        out.display(),
        places.n_countries,
        places.n_regions,
        places.n_districts,
        places.n_places
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes `lines` gzip-compressed to `out`, one per line: the form of every lexicon
/// dateline builds.
fn write_gzip_lines(out: &Path, lines: &[String]) -> anyhow::Result<()> {
    let file = std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let mut encoder = flate2::write::GzEncoder::new(std::io::BufWriter::new(file), flate2::Compression::best());
    for line in lines {
        writeln!(encoder, "{line}").with_context(|| format!("cannot write {}", out.display()))?;
    }
    encoder.finish().with_context(|| format!("cannot write {}", out.display()))?;
    Ok(())
}
