//! End-to-end tests of the `dateline` binary: one test binary, split into modules.

mod bad_input;
mod browser;
mod build;
mod eval;
mod extract;
mod gdelt;
mod golden;
mod ingest;
mod parser;
mod references;
mod regression;
mod segment;
mod stories;
mod tidy;
mod util;
