//! `dateline ingest`: read, skip what the store holds, annotate in parallel batches, and
//! store each batch in one transaction from one writer thread.

use crate::extract_cmd::{
    annotate_guarded, progress_bar, read_source, report, report_annotation_failure, total_bytes, Tally,
};
use crate::IngestArgs;
use anyhow::Context;
use doc::Doc;
use indicatif::ProgressBar;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io;
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
    crate::configure_threads(args.annotate.threads)?;
    let resources = engine::Resources::load()?;
    let store = Store::open(&args.db)?;
    // The reader checks hashes on its own connection while the writer commits.
    let lookup = Store::open_read_only(&args.db)?;
    let (sources, walk_errors) = ingest::expand_paths(&args.paths);
    let progress = progress_bar(if args.watch.is_some() { None } else { total_bytes(&sources) });
    let (batches, received) = sync_channel::<Vec<ArticleRows>>(1);
    let writer = thread::spawn(move || write_batches(store, received));
    let mut ingest = Ingest {
        resources: &resources,
        options: engine::Options { fallback_date: args.annotate.date },
        limits: args.annotate.limits.limits(),
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
    let Ingest { batches, tally, known, lookup, .. } = ingest;
    // The writer, closing last, checkpoints the write-ahead log into the database and
    // removes it; closing the channel lets it commit what it holds and end.
    drop(lookup);
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

    /// Reads one source; the progress bar moves by its bytes read.
    fn read(&mut self, source: &ingest::Source) -> anyhow::Result<()> {
        let progress = self.progress.clone();
        let mut unreadable = Tally::default();
        let outcome = read_source(source, self.limits, &mut unreadable, &progress, |doc, _| {
            self.take(doc).map_err(io::Error::other)
        });
        self.tally.failures += unreadable.failures;
        // Only `take` fails here (the store's lookup, or the writer gone); unreadable
        // input was reported and counted.
        Ok(outcome?)
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
        // An article that failed gives back its id, to be reported.
        let annotated: Vec<Result<ArticleRows, String>> = std::mem::take(&mut self.batch)
            .into_par_iter()
            .map(|(mut doc, hash)| match annotate_guarded(resources, &mut doc, options) {
                true => Ok(ArticleRows::new(doc, hash)),
                false => Err(doc.id),
            })
            .collect();
        let mut rows = Vec::with_capacity(annotated.len());
        for article in annotated {
            match article {
                Ok(article) => rows.push(article),
                Err(id) => report_annotation_failure(&id, &mut self.tally),
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
