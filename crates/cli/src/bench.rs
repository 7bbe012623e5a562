//! `dateline bench`: extraction throughput in MB/s on a corpus made by repeating the
//! example articles, on one thread and on all.

use crate::{configure_threads, BenchArgs};
use anyhow::{bail, Context};
use doc::Doc;
use rayon::prelude::*;
use std::process::ExitCode;
use std::time::Instant;

pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    configure_threads(args.threads)?;
    let (sources, _) = ingest::expand_paths(std::slice::from_ref(&args.examples));
    let mut examples = Vec::new();
    for source in &sources {
        let articles = ingest::read(source).with_context(|| format!("cannot read {source}"))?;
        examples.extend(articles.filter_map(Result::ok).map(|a| a.doc));
    }
    if examples.is_empty() {
        bail!("{}: no example articles to repeat", args.examples.display());
    }
    let target = args.mb << 20;
    let mut corpus: Vec<Doc> = Vec::new();
    let mut bytes = 0;
    while bytes < target {
        let doc = examples[corpus.len() % examples.len()].clone();
        bytes += doc.text.len();
        corpus.push(doc);
    }
    let options = extract::Options::default();
    println!("corpus: {} articles, {:.1} MB ({} examples repeated)", corpus.len(), mb(bytes), examples.len());

    let mut single = corpus.clone();
    let started = Instant::now();
    let mut output_bytes = 0;
    let mut out = Vec::new();
    for doc in &mut single {
        extract::annotate(doc, &options);
        out.clear();
        export::write_json_line(&mut out, doc)?;
        output_bytes += out.len();
    }
    let seconds = started.elapsed().as_secs_f64();
    let quotes: usize = single.iter().map(|d| d.quotes.len()).sum();
    println!(
        "1 thread:  {:>7.1} MB/s  {:>9.0} articles/s  ({seconds:.2} s; {quotes} quotes, {:.1} MB of JSON)",
        mb(bytes) / seconds,
        corpus.len() as f64 / seconds,
        mb(output_bytes)
    );

    let mut parallel = corpus;
    let started = Instant::now();
    parallel.par_iter_mut().for_each(|doc| {
        extract::annotate(doc, &options);
        let mut out = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = export::write_json_line(&mut out, doc);
    });
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} threads: {:>7.1} MB/s  {:>9.0} articles/s  ({seconds:.2} s)",
        rayon::current_num_threads(),
        mb(bytes) / seconds,
        parallel.len() as f64 / seconds
    );
    Ok(ExitCode::SUCCESS)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1 << 20) as f64
}
