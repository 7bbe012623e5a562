//! `dateline bench`: throughput of the named-entity stage (words/s, one thread) and of
//! the whole extract stage (MB/s, one thread and all), on the example articles repeated
//! to a size, or on a given corpus read once.

use crate::pipeline::StageTimes;
use crate::{configure_threads, BenchArgs};
use anyhow::{bail, Context};
use doc::Doc;
use rayon::prelude::*;
use std::process::ExitCode;
use std::time::Instant;

pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    configure_threads(args.threads)?;
    let input = args.corpus.as_ref().unwrap_or(&args.examples);
    let (sources, _) = ingest::expand_paths(std::slice::from_ref(input));
    let mut articles = Vec::new();
    for source in &sources {
        let read = ingest::read(source, ingest::Limits::default()).with_context(|| format!("cannot read {source}"))?;
        articles.extend(read.filter_map(Result::ok).map(|a| a.doc));
    }
    if articles.is_empty() {
        bail!("{}: no articles", input.display());
    }
    let corpus = if args.corpus.is_some() { articles } else { repeat(&articles, args.mb << 20) };
    let bytes: usize = corpus.iter().map(|d| d.text.len()).sum();
    let words: usize = corpus.iter().map(|d| d.text.split_whitespace().count()).sum();
    println!("corpus: {} articles, {words} words, {:.1} MB", corpus.len(), mb(bytes));

    // Load the embedded model and gazetteers before any timing.
    let started = Instant::now();
    let tagger = ner::Tagger::embedded();
    let places = geo::Gazetteer::embedded();
    println!("lexicons loaded in {:.2} s ({} places)", started.elapsed().as_secs_f64(), places.len());

    // Tokenization, sentences and entities: what spaCy's tokenizer plus NER does.
    let mut tagged = corpus.clone();
    let started = Instant::now();
    for doc in &mut tagged {
        segment::segment(doc);
        extract::entities::extract_entities(doc, tagger);
    }
    let seconds = started.elapsed().as_secs_f64();
    let tokens: usize = tagged.iter().map(|d| d.tokens.len()).sum();
    let entities: usize = tagged.iter().map(|d| d.entities.len()).sum();
    println!(
        "entities, 1 thread: {:>10.0} words/s  {:>10.0} tokens/s  ({seconds:.2} s; {entities} entities)",
        words as f64 / seconds,
        tokens as f64 / seconds
    );

    let options = extract::Options::default();
    let mut single = corpus.clone();
    let mut stages = StageTimes::default();
    let started = Instant::now();
    let mut output_bytes = 0;
    let mut out = Vec::new();
    for doc in &mut single {
        crate::pipeline::annotate_observed(doc, &options, |stage, began| stages.record(stage, began));
        let began = Instant::now();
        out.clear();
        export::write_json_line(&mut out, doc)?;
        output_bytes += out.len();
        stages.record("JSON output", began);
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "extract,  1 thread: {:>7.1} MB/s  {:>10.0} words/s  ({seconds:.2} s; {:.1} MB of JSON)",
        mb(bytes) / seconds,
        words as f64 / seconds,
        mb(output_bytes)
    );

    let split: Vec<String> =
        stages.shares().iter().map(|(stage, _, share)| format!("{stage} {:.1}%", 100.0 * share)).collect();
    println!("  time by stage: {}", split.join(", "));

    let mut parallel = corpus;
    let started = Instant::now();
    parallel.par_iter_mut().for_each(|doc| {
        crate::pipeline::annotate(doc, &options);
        let mut out = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = export::write_json_line(&mut out, doc);
    });
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "extract, {} thread(s): {:>4.1} MB/s  {:>10.0} words/s  ({seconds:.2} s)",
        rayon::current_num_threads(),
        mb(bytes) / seconds,
        words as f64 / seconds
    );
    Ok(ExitCode::SUCCESS)
}

/// The articles repeated until their text reaches `target` bytes.
fn repeat(articles: &[Doc], target: usize) -> Vec<Doc> {
    let mut corpus = Vec::new();
    let mut bytes = 0;
    while bytes < target {
        let doc = articles[corpus.len() % articles.len()].clone();
        bytes += doc.text.len();
        corpus.push(doc);
    }
    corpus
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1 << 20) as f64
}
