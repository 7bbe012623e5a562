//! `dateline serve`: the JSON API of `docs/api.md` over a store written by `dateline
//! ingest`, read through a pool of read-only connections on tokio's blocking threads.
//!
//! [`api_routes`] is the table of every route; [`router`] mounts it under `/api` (with a
//! JSON 404 for other `/api/` paths) and merges the routes it is given for the rest of
//! the site — the web page at `/` — so that the page never shadows an API path.

mod cache;
mod error;
mod facts;
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
use facts::{Fact, Facts};
use filter::EventFilter;
use pool::{Opener, Pool};
use std::path::Path;
use std::sync::{Arc, RwLock};

/// What every handler reads: the store's connections, the events' facts, and the
/// pipeline for GDELT exports.
#[derive(Clone)]
pub struct AppState {
    pool: Arc<Pool<store::Store>>,
    facts: Arc<RwLock<Facts>>,
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
        let pool = Pool::new(db, connections, open)?;
        // The facts load now, so that the first requests do not wait for them.
        let facts = Facts::load(pool.get()?.connection())
            .map_err(|source| store::Error::Sqlite { path: db.to_path_buf(), source })?;
        Ok(AppState { pool: Arc::new(pool), facts: Arc::new(RwLock::new(facts)), annotate, cache: Arc::default() })
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

    /// Runs `answer` with the facts of everything stored and a pooled connection, as
    /// [`Self::query`] does.
    async fn facts_query<T: Send + 'static>(
        &self,
        answer: impl FnOnce(&Facts, &store::Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let facts = Arc::clone(&self.facts);
        self.query(move |store| answer(&*Facts::current(&facts, store.connection())?, store)).await
    }

    /// Runs `answer` on the events `filter` keeps (in id order), as [`Self::facts_query`].
    async fn events_query<T: Send + 'static>(
        &self,
        filter: EventFilter,
        answer: impl FnOnce(&Facts, Vec<&Fact>, &store::Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        self.facts_query(move |facts, store| {
            let articles = filter.full_text_articles(store.connection())?;
            answer(facts, facts.select(&filter, articles.as_deref()), store)
        })
        .await
    }
}

/// What the queries use beyond SQLite's own: `rarray` (a list bound as one parameter)
/// for the facets of a search's hits and the rows of a page of events.
fn register_functions(connection: &rusqlite::Connection) -> rusqlite::Result<()> {
    rusqlite::vtab::array::load_module(connection)
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
