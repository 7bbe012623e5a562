//! `dateline serve`: the JSON API of `docs/api.md` over a store written by `dateline
//! ingest`, read through a pool of read-only connections on tokio's blocking threads.
//!
//! [`api_routes`] is the table of every route; [`router`] mounts it under `/api` (with a
//! JSON 404 for other `/api/` paths) and merges the routes it is given for the rest of
//! the site — the web page at `/` — so that the page never shadows an API path.

mod cache;
mod error;
mod filter;
mod gdelt;
mod handlers;
mod openapi;
mod params;
mod pool;
mod site;

pub use error::ApiError;
pub use gdelt::Annotate;
pub use site::{static_site, FileLookup};

use axum::routing::{get, MethodRouter};
pub use axum::Router;
use pool::{Opener, Pool};
use std::path::Path;
use std::sync::Arc;

/// What every handler reads: the store's connections, and the pipeline for GDELT
/// exports.
#[derive(Clone)]
pub struct AppState {
    pool: Arc<Pool<store::Store>>,
    annotate: Annotate,
    cache: Arc<cache::AnswerCache>,
}

impl AppState {
    /// Opens the store at `db` for reading; fails when it is missing or of another
    /// version. At most `connections` queries run at once; `annotate` runs the pipeline
    /// for GDELT exports.
    pub fn open(db: &Path, connections: usize, annotate: Annotate) -> Result<AppState, store::Error> {
        let open: Opener<store::Store> = Box::new(|path| {
            let store = store::Store::open_read_only(path)?;
            register_functions(store.connection())
                .map_err(|source| store::Error::Sqlite { path: path.to_path_buf(), source })?;
            Ok(store)
        });
        Ok(AppState { pool: Arc::new(Pool::new(db, connections, open)?), annotate, cache: Arc::default() })
    }

    /// Runs `query` on a pooled connection on a blocking thread, so that SQLite never
    /// holds up the async workers.
    async fn query<T: Send + 'static>(
        &self,
        query: impl FnOnce(&store::Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let pool = Arc::clone(&self.pool);
        tokio::task::spawn_blocking(move || {
            let store = pool.get().map_err(|error| ApiError::Store(error.to_string()))?;
            query(&store)
        })
        .await
        .map_err(|error| ApiError::Store(format!("query task failed: {error}")))?
    }
}

/// What the queries use beyond SQLite's own: `distance_km` for `near=`, and `rarray`
/// (a list bound as one parameter) for the facets of a search's hits.
fn register_functions(connection: &rusqlite::Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    rusqlite::vtab::array::load_module(connection)?;
    connection.create_scalar_function(
        "distance_km",
        4,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |context| Ok(filter::distance_km(context.get(0)?, context.get(1)?, context.get(2)?, context.get(3)?)),
    )
}

/// Every API route: its path under `/api` and its handler. The OpenAPI document
/// describes exactly these (a test checks both ways).
pub fn api_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/search", get(handlers::search)),
        ("/events", get(handlers::events)),
        ("/quotes", get(handlers::quotes)),
        ("/timeline", get(handlers::timeline)),
        ("/actors", get(handlers::actors)),
        ("/places", get(handlers::places)),
        ("/articles/{id}", get(handlers::article)),
        ("/export", get(handlers::export)),
        ("/openapi.json", get(openapi::document)),
    ]
}

/// Routes whose answers are kept until the store changes (`cache.rs`): all but the
/// constant document. An answer over `cache::MAX_BODY_BYTES` is not kept.
const CACHED_ROUTES: [&str; 8] =
    ["/search", "/events", "/quotes", "/timeline", "/actors", "/places", "/articles/{id}", "/export"];

/// The whole site: the API under `/api`, and `site` (the web page's routes and
/// fallback) for every other path.
pub fn router(state: AppState, site: Router) -> Router {
    let cached = axum::middleware::from_fn_with_state(state.clone(), cache::answer);
    let api = api_routes().into_iter().fold(Router::new(), |api, (path, route)| {
        let route = if CACHED_ROUTES.contains(&path) { route.layer(cached.clone()) } else { route };
        api.route(path, route)
    });
    let api = api.fallback(handlers::unknown_route).with_state(state);
    site.nest("/api", api)
}

/// Serves `router` on `listener` (bound by the caller, so that a test can take a free
/// port) until the process ends.
pub fn run(listener: std::net::TcpListener, router: Router) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_io().build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        eprintln!("dateline: serving http://{} (the API under /api/)", listener.local_addr()?);
        axum::serve(listener, router).await
    })
}
