//! `dateline serve`: the JSON API over a store and the web page, until the process is stopped.

use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};

pub fn run(db: &Path, addr: SocketAddr) -> anyhow::Result<ExitCode> {
    // Queries are CPU-bound SQLite work: a few per core keep the cores busy while one
    // waits on the disk.
    let connections = std::thread::available_parallelism().map_or(4, |cores| cores.get() * 2);
    let state = serve::AppState::open(db, connections, pipeline())?;
    // The web page (its files at `/`, embedded by `web`); the API keeps `/api/`.
    let site = serve::static_site(|path| web::asset(path).map(|asset| (asset.bytes, asset.mime)));
    let listener = std::net::TcpListener::bind(addr).map_err(|error| anyhow::anyhow!("{addr}: {error}"))?;
    serve::run(listener, serve::router(state, site))?;
    Ok(ExitCode::SUCCESS)
}

/// The pipeline for GDELT exports. Its resources (a second or two to load) load on a
/// thread of their own from the start, so that the first export does not wait for them
/// unless it comes in the server's first seconds.
fn pipeline() -> serve::Annotate {
    let resources: Arc<OnceLock<Result<engine::Resources, String>>> = Arc::default();
    let load = || engine::Resources::load().map_err(|error| error.to_string());
    let loading = Arc::clone(&resources);
    std::thread::spawn(move || {
        loading.get_or_init(load);
    });
    Arc::new(move |doc| {
        let loaded = resources.get_or_init(load);
        engine::annotate(loaded.as_ref()?, doc, &engine::Options::default());
        Ok(())
    })
}
