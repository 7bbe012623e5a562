//! `dateline extract`: read, annotate in parallel batches, write in input order.

use crate::{configure_threads, ExtractArgs, Format};
use anyhow::Context;
use doc::Doc;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Articles annotated together; bounds memory while keeping every core busy.
const BATCH_ARTICLES: usize = 256;
/// Bytes of text that close a batch early (large articles).
const BATCH_BYTES: usize = 32 << 20;

/// Counts of a run, for the exit status.
#[derive(Default)]
pub struct Tally {
    pub articles: usize,
    pub failures: usize,
}

impl Tally {
    /// The closing line of a run with failures: `3 articles written, 1 input or line skipped`.
    pub fn summary(&self, done: &str) -> String {
        let articles = if self.articles == 1 { "article" } else { "articles" };
        let skipped = if self.failures == 1 { "input or line" } else { "inputs or lines" };
        format!("{} {articles} {done}, {} {skipped} skipped", self.articles, self.failures)
    }
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    configure_threads(args.annotate.threads)?;
    let options = engine::Options { fallback_date: args.annotate.date };
    let output = Output { format: args.format, tokens: args.tokens };
    let limits = args.annotate.limits.limits();
    let resources = engine::Resources::load()?;
    let (sources, walk_errors) = ingest::expand_paths(&args.paths);
    let mut tally = Tally::default();
    for error in walk_errors {
        report(&error.to_string(), &mut tally);
    }
    let mut sink = Sink::open(args.out.as_deref())?;
    let progress = progress_bar(total_bytes(&sources));
    let mut batch: Vec<Doc> = Vec::with_capacity(BATCH_ARTICLES);
    let mut batch_bytes = 0;
    let outcome = (|| -> io::Result<()> {
        read_articles(&sources, limits, &mut tally, &progress, |doc, tally| {
            batch_bytes += doc.text.len();
            batch.push(doc);
            if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                flush(&resources, &mut batch, &options, output, &mut sink, tally)?;
                progress.set_message(format!("{} articles", tally.articles));
                batch_bytes = 0;
            }
            Ok(())
        })?;
        flush(&resources, &mut batch, &options, output, &mut sink, &mut tally)
    })();
    progress.finish_and_clear();
    match outcome {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        other => other.context("cannot write the output")?,
    }
    if tally.articles == 0 {
        sink.discard();
        eprintln!("dateline: no article could be read");
        return Ok(ExitCode::from(1));
    }
    sink.commit()?;
    if tally.failures > 0 {
        eprintln!("dateline: {}", tally.summary("written"));
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the articles of `sources` in order, giving each to `each`; an input or line
/// that cannot be read is reported and counted, and the run goes on.
pub fn read_articles(
    sources: &[ingest::Source],
    limits: ingest::Limits,
    tally: &mut Tally,
    progress: &ProgressBar,
    mut each: impl FnMut(Doc, &mut Tally) -> io::Result<()>,
) -> io::Result<()> {
    for source in sources {
        read_source(source, limits, tally, progress, &mut each)?;
    }
    Ok(())
}

/// Reads the articles of one source, giving each to `each`, as `read_articles` does.
/// `progress` (made by [`progress_bar`]) moves on by the bytes read of the source, so a
/// single large file shows its progress too; warnings are printed above it.
pub fn read_source(
    source: &ingest::Source,
    limits: ingest::Limits,
    tally: &mut Tally,
    progress: &ProgressBar,
    mut each: impl FnMut(Doc, &mut Tally) -> io::Result<()>,
) -> io::Result<()> {
    let start = progress.position();
    match ingest::read(source, limits) {
        Err(error) => report(&error.to_string(), tally),
        Ok(mut articles) => {
            while let Some(article) = articles.next() {
                match article {
                    Err(error) => report(&error.to_string(), tally),
                    Ok(article) => {
                        for warning in &article.warnings {
                            progress.suspend(|| eprintln!("dateline: warning: {source}: {warning}"));
                        }
                        progress.set_position(start + articles.bytes_read());
                        each(article.doc, tally)?;
                    }
                }
            }
            progress.set_position(start + articles.bytes_read());
        }
    }
    Ok(())
}

/// Reports an input or line that could not be read; the run goes on.
pub fn report(message: &str, tally: &mut Tally) {
    eprintln!("dateline: {message}");
    tally.failures += 1;
}

fn flush(
    resources: &engine::Resources,
    batch: &mut Vec<Doc>,
    options: &engine::Options,
    output: Output,
    sink: &mut Sink,
    tally: &mut Tally,
) -> io::Result<()> {
    let annotated: Vec<bool> = batch.par_iter_mut().map(|doc| annotate_guarded(resources, doc, options)).collect();
    for (doc, ok) in batch.iter().zip(annotated) {
        if !ok {
            report_annotation_failure(&doc.id, tally);
            continue;
        }
        tally.articles += 1;
        write_article(&mut sink.writer, doc, output)?;
    }
    batch.clear();
    Ok(())
}

/// Annotates `doc`; false when annotating it panicked. A bug that one article triggers
/// must not cost the others: the caller reports it by id (`report_annotation_failure`)
/// and leaves it out, as unreadable input is.
pub fn annotate_guarded(resources: &engine::Resources, doc: &mut Doc, options: &engine::Options) -> bool {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        inject_fault(doc);
        engine::annotate(resources, doc, options);
    }))
    .is_ok()
}

/// Reports the article `id` whose annotation panicked; the run goes on.
pub fn report_annotation_failure(id: &str, tally: &mut Tally) {
    report(&format!("{id}: internal error while annotating; article skipped (please report it)"), tally);
}

/// What `extract` writes of each article.
#[derive(Clone, Copy)]
pub struct Output {
    pub format: Format,
    /// Whether JSON records hold the parsed sentences' tokens (`--tokens`).
    pub tokens: bool,
}

/// Writes one annotated article.
pub fn write_article(out: &mut impl Write, doc: &Doc, output: Output) -> io::Result<()> {
    match output.format {
        Format::Json => export::write_json_line(out, doc, output.tokens),
        Format::Pretty => export::write_pretty(out, doc),
        Format::GdeltEvents => export::gdelt::write_events(out, doc),
        Format::GdeltGkg => export::gdelt::write_gkg(out, doc),
    }
}

/// The environment variable naming an article id whose annotation panics, in debug
/// builds only: the tests' stand-in for a bug in the pipeline, to check that one such
/// article costs no other.
const FAULT_VARIABLE: &str = "DATELINE_DEBUG_PANIC_ON_ARTICLE";

fn inject_fault(doc: &Doc) {
    if cfg!(debug_assertions) && std::env::var_os(FAULT_VARIABLE).is_some_and(|id| id == doc.id.as_str()) {
        panic!("{FAULT_VARIABLE} names article {}", doc.id);
    }
}

/// The bytes stored in `sources`, when every size is known (not stdin).
pub fn total_bytes(sources: &[ingest::Source]) -> Option<u64> {
    sources.iter().map(ingest::Source::size).sum()
}

/// A progress bar on a terminal (hidden otherwise) over `total` bytes of input, with the
/// rate and the time left; a counter of bytes read where the total is unknown (stdin,
/// a watched folder). Its message is the caller's (articles done).
pub fn progress_bar(total: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(total) => ProgressBar::new(total).with_style(style(
            "{bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec}, {eta} left · {wide_msg}",
        )),
        None => ProgressBar::no_length().with_style(style("{spinner} {binary_bytes} read {elapsed} · {wide_msg}")),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

/// Where output goes: stdout, or a temporary file renamed over `--out` at the end, so
/// a failed run never destroys a previous output.
struct Sink {
    writer: BufWriter<Box<dyn Write>>,
    paths: Option<(PathBuf, PathBuf)>,
}

impl Sink {
    fn open(out: Option<&Path>) -> anyhow::Result<Sink> {
        let Some(path) = out else {
            return Ok(Sink { writer: BufWriter::new(Box::new(io::stdout().lock())), paths: None });
        };
        let mut temporary = path.as_os_str().to_owned();
        temporary.push(".partial");
        let temporary = PathBuf::from(temporary);
        let file = File::create(&temporary).with_context(|| format!("cannot create {}", temporary.display()))?;
        Ok(Sink { writer: BufWriter::new(Box::new(file)), paths: Some((temporary, path.to_path_buf())) })
    }

    /// Drops the output of a run that produced nothing, keeping any earlier `--out`.
    fn discard(mut self) {
        if let Some((temporary, _)) = self.paths.take() {
            // The partial file is ours and empty of value; failing to remove it is harmless.
            let _ = std::fs::remove_file(temporary);
        }
    }

    fn commit(mut self) -> anyhow::Result<()> {
        self.writer.flush().context("cannot write the output")?;
        if let Some((temporary, path)) = self.paths.take() {
            std::fs::rename(&temporary, &path).with_context(|| format!("cannot replace {}", path.display()))?;
        }
        Ok(())
    }
}
