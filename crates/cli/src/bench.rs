//! `dateline bench`: throughput of the named-entity stage (words/s, one thread) and of
//! the whole extract stage (MB/s, one thread and all), on the example articles repeated
//! to a size, or on a given corpus read once.

use crate::{configure_threads, BenchArgs, Format};
use anyhow::{bail, Context};
use doc::Doc;
use engine::StageTimes;
use rayon::prelude::*;
use std::process::ExitCode;
use std::time::Instant;

/// Every output format, timed as a stage of its own: a writer can be the slow part.
const OUTPUT_STAGES: [(&str, Format); 4] = [
    ("JSON output", Format::Json),
    ("pretty output", Format::Pretty),
    ("GDELT events output", Format::GdeltEvents),
    ("GDELT GKG output", Format::GdeltGkg),
];

pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    configure_threads(args.threads)?;
    let input = args.corpus.as_ref().unwrap_or(&args.examples);
    let (sources, _) = ingest::expand_paths(std::slice::from_ref(input));
    let mut articles = Vec::new();
    for source in &sources {
        let read = ingest::read(source, args.limits.limits()).with_context(|| format!("cannot read {source}"))?;
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
    let resources = engine::Resources::load()?;
    println!("lexicons loaded in {:.2} s ({} places)", started.elapsed().as_secs_f64(), resources.places.len());

    if args.rounds_per_article > 0 {
        return stages_per_article(&resources, &corpus, args.rounds_per_article);
    }

    // Tokenization, sentences and entities: what spaCy's tokenizer plus NER does.
    let mut tagged = corpus.clone();
    let started = Instant::now();
    for doc in &mut tagged {
        segment::segment(doc);
        extract::entities::extract_entities(doc, &resources.tagger, &resources.places);
    }
    let seconds = started.elapsed().as_secs_f64();
    let tokens: usize = tagged.iter().map(|d| d.tokens.len()).sum();
    let entities: usize = tagged.iter().map(|d| d.entities.len()).sum();
    println!(
        "entities, 1 thread: {:>10.0} words/s  {:>10.0} tokens/s  ({seconds:.2} s; {entities} entities)",
        words as f64 / seconds,
        tokens as f64 / seconds
    );

    let mut single = corpus.clone();
    let mut stages = StageTimes::default();
    let started = Instant::now();
    let mut output_bytes = 0;
    for doc in &mut single {
        output_bytes += time_stages(&resources, doc, &mut stages)?;
    }
    // What `dateline extract` does is every stage and the JSON output; the other
    // formats are timed too, and reported apart.
    let other_formats: f64 = stages
        .shares()
        .iter()
        .filter(|(stage, _, _)| OUTPUT_STAGES.iter().any(|(name, format)| name == stage && *format != Format::Json))
        .map(|(_, seconds, _)| seconds)
        .sum();
    let seconds = started.elapsed().as_secs_f64() - other_formats;
    println!(
        "extract,  1 thread: {:>7.1} MB/s  {:>10.0} words/s  ({seconds:.2} s, every stage and the JSON output; \
         {:.1} MB of JSON; the other formats {other_formats:.2} s more)",
        mb(bytes) / seconds,
        words as f64 / seconds,
        mb(output_bytes)
    );
    println!("  time by stage: {}", by_stage(&stages));

    let mut parallel = corpus;
    let started = Instant::now();
    parallel.par_iter_mut().for_each(|doc| {
        engine::annotate(&resources, doc, &engine::Options::default());
        // Counting bytes cannot fail.
        let _ = export::write_json_line(&mut ByteCount(0), doc, false);
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

/// Runs every stage and output format on `doc`, adding their times to `stages`; the
/// bytes of its JSON.
fn time_stages(resources: &engine::Resources, doc: &mut Doc, stages: &mut StageTimes) -> anyhow::Result<usize> {
    engine::annotate_observed(resources, doc, &engine::Options::default(), |stage, began| stages.record(stage, began));
    let mut json_bytes = 0;
    for (stage, format) in OUTPUT_STAGES {
        let began = Instant::now();
        let mut out = ByteCount(0);
        crate::extract_cmd::write_article(&mut out, doc, crate::extract_cmd::Output { format, tokens: false })?;
        stages.record(stage, began);
        if format == Format::Json {
            json_bytes = out.0;
        }
    }
    Ok(json_bytes)
}

/// A writer that only counts bytes: the writers are timed at formatting, not at growing
/// a buffer or at I/O.
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `stage 0.0123 s 4.5%, …` in pipeline order.
fn by_stage(stages: &StageTimes) -> String {
    let split: Vec<String> = stages
        .shares()
        .iter()
        .map(|(stage, seconds, share)| format!("{stage} {seconds:.4} s {:.1}%", 100.0 * share))
        .collect();
    split.join(", ")
}

/// Times every stage on each article of the corpus, `rounds` times over with the
/// articles taken in turn, one line per article and round. Articles of different
/// sizes measured side by side in one process meet the machine in the same state,
/// which is what comparing their times needs (`benchsuite/linearity.sh`).
fn stages_per_article(resources: &engine::Resources, corpus: &[Doc], rounds: usize) -> anyhow::Result<ExitCode> {
    for round in 1..=rounds {
        for article in corpus {
            let mut doc = article.clone();
            let mut stages = StageTimes::default();
            time_stages(resources, &mut doc, &mut stages)?;
            println!("article {} round {round}: time by stage: {}", doc.id, by_stage(&stages));
        }
    }
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
