//! `dateline ingest`: read, skip what the store holds, annotate in parallel batches, and
//! store each batch in one transaction from one writer thread.

use crate::extract_cmd::{annotate_guarded, read_source, report, report_annotation_failure, Tally};
use crate::IngestArgs;
use anyhow::Context;
use doc::Doc;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread;
use std::time::{Duration, Instant, SystemTime};
use store::{content_hash, ArticleRows, ContentHash, Inserted, Store};

/// Articles annotated and committed together: one transaction each, so an interrupted
/// run loses at most the batch in flight, which the next run stores again.
const BATCH_ARTICLES: usize = 256;
/// Bytes of text that close a batch early (large articles).
const BATCH_BYTES: usize = 32 << 20;
/// How often `--watch` looks at its folder: a file is taken when two looks in a row
/// see the same size and modification time (it has stopped growing).
const WATCH_POLL: Duration = Duration::from_millis(500);

pub fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    crate::configure_threads(args.threads)?;
    let resources = engine::Resources::load()?;
    let store = Store::open(&args.db)?;
    // The reader checks hashes on its own connection while the writer commits.
    let lookup = Store::open_read_only(&args.db)?;
    let (sources, walk_errors) = ingest::expand_paths(&args.paths);
    let progress = progress_bar(&sources, args.watch.is_some());
    let (batches, received) = sync_channel::<Vec<ArticleRows>>(1);
    let writer = thread::spawn(move || write_batches(store, received));
    let mut ingest = Ingest {
        resources: &resources,
        options: engine::Options { fallback_date: args.date },
        limits: args.limits.limits(),
        lookup,
        batch: Vec::with_capacity(BATCH_ARTICLES),
        batch_bytes: 0,
        batches,
        tally: Tally::default(),
        known: 0,
        progress,
        started: Instant::now(),
    };
    for error in walk_errors {
        report(&error.to_string(), &mut ingest.tally);
    }
    let outcome = ingest.read_all(&sources).and_then(|()| match &args.watch {
        Some(dir) => ingest.watch(dir),
        None => ingest.flush(),
    });
    ingest.progress.finish_and_clear();
    let Ingest { batches, tally, known, .. } = ingest;
    // Closing the channel lets the writer commit what it holds and end.
    drop(batches);
    let written = writer.join().expect("the writer thread does not panic");
    let inserted = written?;
    // A failed send means the writer stopped; its error, above, is the one to report.
    outcome?;
    eprintln!(
        "dateline: {}: stored {}, skipped {} already stored, {}",
        args.db.display(),
        plural(inserted.stored, "article"),
        inserted.skipped + known,
        plural(tally.failures, "error")
    );
    if tally.articles == 0 && known == 0 {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn plural(count: usize, noun: &str) -> String {
    format!("{count} {noun}{}", if count == 1 { "" } else { "s" })
}

/// Commits each batch it receives in one transaction; the totals when the channel closes.
fn write_batches(mut store: Store, batches: std::sync::mpsc::Receiver<Vec<ArticleRows>>) -> anyhow::Result<Inserted> {
    let mut total = Inserted::default();
    for batch in batches {
        let inserted = store.insert(&batch)?;
        total.stored += inserted.stored;
        total.skipped += inserted.skipped;
    }
    Ok(total)
}

/// The reading side of a run: articles read and not yet sent to the writer, and counts.
struct Ingest<'r> {
    resources: &'r engine::Resources,
    options: engine::Options,
    limits: ingest::Limits,
    lookup: Store,
    batch: Vec<(Doc, ContentHash)>,
    batch_bytes: usize,
    batches: SyncSender<Vec<ArticleRows>>,
    /// Articles annotated (`articles`) and inputs or lines that failed (`failures`).
    tally: Tally,
    /// Articles skipped before annotation: their content was stored already.
    known: usize,
    progress: ProgressBar,
    started: Instant,
}

impl Ingest<'_> {
    /// Reads every source, sending full batches to the writer.
    fn read_all(&mut self, sources: &[ingest::Source]) -> anyhow::Result<()> {
        for source in sources {
            self.read(source)?;
        }
        Ok(())
    }

    /// Reads one source; the progress bar moves by the bytes of text read, within the
    /// source's size (a gzip file inflates to more), and to its end when it is done.
    fn read(&mut self, source: &ingest::Source) -> anyhow::Result<()> {
        let start = self.progress.position();
        let size = source_bytes(source);
        let end = size.map_or(u64::MAX, |size| start + size);
        let progress = self.progress.clone();
        let mut unreadable = Tally::default();
        let outcome = read_source(source, self.limits, &mut unreadable, &progress, |doc, _| {
            progress.set_position((progress.position() + doc.text.len() as u64).min(end));
            self.take(doc).map_err(io::Error::other)
        });
        self.tally.failures += unreadable.failures;
        if size.is_some() {
            self.progress.set_position(end);
        }
        outcome.with_context(|| format!("{source}: cannot be read to its end"))
    }

    /// Adds an article to the batch unless its content is stored; sends a full batch.
    fn take(&mut self, doc: Doc) -> anyhow::Result<()> {
        let hash = content_hash(&doc.text);
        if self.lookup.contains(&hash)? {
            self.known += 1;
            return Ok(());
        }
        self.batch_bytes += doc.text.len();
        self.batch.push((doc, hash));
        if self.batch.len() >= BATCH_ARTICLES || self.batch_bytes >= BATCH_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    /// Annotates the batch on all cores, makes its rows there too, and hands them to
    /// the writer (waiting while it still commits the batch before the last).
    fn flush(&mut self) -> anyhow::Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let (resources, options) = (self.resources, &self.options);
        let annotated: Vec<Result<ArticleRows, Doc>> = std::mem::take(&mut self.batch)
            .into_par_iter()
            .map(|(mut doc, hash)| match annotate_guarded(resources, &mut doc, options) {
                true => Ok(ArticleRows::new(doc, hash)),
                false => Err(doc),
            })
            .collect();
        let mut rows = Vec::with_capacity(annotated.len());
        for article in annotated {
            match article {
                Ok(article) => rows.push(article),
                Err(doc) => report_annotation_failure(&doc, &mut self.tally),
            }
        }
        self.tally.articles += rows.len();
        self.batch_bytes = 0;
        self.batches.send(rows).context("the store's writer stopped")?;
        let done = self.tally.articles + self.known;
        let per_second = done as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
        self.progress.set_message(format!("{done} articles, {per_second:.0} articles/s"));
        Ok(())
    }

    /// Ingests the files that land in `dir`, each once it has stopped growing, and again
    /// if it changes later (its stored articles are then skipped); runs until killed.
    fn watch(&mut self, dir: &Path) -> anyhow::Result<()> {
        let mut taken: HashMap<PathBuf, FileState> = HashMap::new();
        let mut seen: HashMap<PathBuf, FileState> = HashMap::new();
        // A path that cannot be walked is reported once, not at every look.
        let mut reported: HashSet<String> = HashSet::new();
        loop {
            let (sources, errors) = ingest::expand_paths(&[dir.to_path_buf()]);
            for error in errors {
                let message = error.to_string();
                if reported.insert(message.clone()) {
                    report(&message, &mut self.tally);
                }
            }
            for source in sources {
                let ingest::Source::File(path) = &source else { continue };
                let Some(state) = FileState::of(path) else { continue };
                let settled = seen.insert(path.clone(), state) == Some(state);
                if settled && taken.get(path) != Some(&state) {
                    self.read(&source)?;
                    taken.insert(path.clone(), state);
                }
            }
            self.flush()?;
            thread::sleep(WATCH_POLL);
        }
    }
}

/// What tells a file has changed between two looks.
#[derive(Clone, Copy, PartialEq, Eq)]
struct FileState {
    size: u64,
    modified: SystemTime,
}

impl FileState {
    fn of(path: &Path) -> Option<FileState> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(FileState { size: metadata.len(), modified: metadata.modified().ok()? })
    }
}

fn source_bytes(source: &ingest::Source) -> Option<u64> {
    match source {
        ingest::Source::File(path) => std::fs::metadata(path).ok().map(|m| m.len()),
        ingest::Source::Memory { bytes, .. } => Some(bytes.len() as u64),
        ingest::Source::Stdin => None,
    }
}

/// A bar over the inputs' bytes with articles/s and an ETA on a terminal; a counter
/// with articles/s where the total is unknown (stdin, `--watch`); nothing otherwise.
fn progress_bar(sources: &[ingest::Source], watching: bool) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let sizes: Option<u64> = sources.iter().map(source_bytes).sum();
    let (bar, template) = match sizes {
        Some(total) if !watching => {
            (ProgressBar::new(total), "{bar:30} {bytes}/{total_bytes} {elapsed}, {eta} left, {wide_msg}")
        }
        _ => (ProgressBar::new_spinner(), "{spinner} {bytes} read {elapsed}, {wide_msg}"),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
