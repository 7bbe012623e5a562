//! `dateline serve`: the JSON API over a store and the web page, until the process is stopped.

use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

pub fn run(db: &Path, addr: SocketAddr) -> anyhow::Result<ExitCode> {
    // Queries are CPU-bound SQLite work: a few per core keep the cores busy while one
    // waits on the disk.
    let connections = std::thread::available_parallelism().map_or(4, |cores| cores.get() * 2);
    let state = serve::AppState::open(db, connections, pipeline()?)?;
    // The web page (its files at `/`, embedded by `web`); the API keeps `/api/`.
    let site = serve::static_site(|path| web::asset(path).map(|asset| (asset.bytes, asset.mime)));
    let listener = std::net::TcpListener::bind(addr).map_err(|error| anyhow::anyhow!("{addr}: {error}"))?;
    serve::run(listener, serve::router(state, site))?;
    Ok(ExitCode::SUCCESS)
}

/// The pipeline for GDELT exports, its resources loaded before the server answers.
fn pipeline() -> anyhow::Result<serve::Annotate> {
    let resources = engine::Resources::load()?;
    Ok(Arc::new(move |doc| {
        engine::annotate(&resources, doc, &engine::Options::default());
        Ok(())
    }))
}
