//! `dateline segment`: read, split into tokens and sentences, write one JSON line per
//! sentence. Only the segment stage runs (no resources load), so it is the cheap way to
//! get dateline's own tokenization out, e.g. as the input of a tagger's training data.

use crate::extract_cmd::{read_articles, report, Tally};
use crate::SegmentArgs;
use anyhow::Context;
use indicatif::ProgressBar;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

pub fn run(args: SegmentArgs) -> anyhow::Result<ExitCode> {
    let limits = args.limits.limits();
    let (sources, walk_errors) = ingest::expand_paths(&args.paths);
    let mut tally = Tally::default();
    for error in walk_errors {
        report(&error.to_string(), &mut tally);
    }
    let mut out = BufWriter::new(io::stdout().lock());
    let outcome = (|| -> io::Result<()> {
        read_articles(&sources, limits, &mut tally, &ProgressBar::hidden(), |mut doc, tally| {
            segment::segment(&mut doc);
            export::write_sentence_lines(&mut out, &doc)?;
            tally.articles += 1;
            Ok(())
        })?;
        out.flush()
    })();
    match outcome {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        other => other.context("cannot write the output")?,
    }
    if tally.articles == 0 {
        eprintln!("dateline: no article could be read");
        return Ok(ExitCode::from(1));
    }
    if tally.failures > 0 {
        eprintln!("dateline: {}", tally.summary("segmented"));
    }
    Ok(ExitCode::SUCCESS)
}
