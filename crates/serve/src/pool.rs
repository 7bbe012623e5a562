//! A small pool of read-only connections to the store: queries run on tokio's blocking
//! threads, each with a connection of its own, and a connection (its prepared-statement
//! cache and page cache) is reused by the next query instead of reopened.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// How a connection is opened; the pool calls it when it has fewer than its maximum.
pub type Opener<C> = Box<dyn Fn(&Path) -> Result<C, store::Error> + Send + Sync>;

pub struct Pool<C> {
    path: PathBuf,
    open: Opener<C>,
    max: usize,
    state: Mutex<PoolState<C>>,
    returned: Condvar,
}

struct PoolState<C> {
    idle: Vec<C>,
    opened: usize,
}

impl<C> Pool<C> {
    /// A pool of at most `max` connections to `path`; one is opened now, so that a store
    /// that cannot be read fails at start, not at the first request.
    pub fn new(path: &Path, max: usize, open: Opener<C>) -> Result<Pool<C>, store::Error> {
        let first = open(path)?;
        Ok(Pool {
            path: path.to_path_buf(),
            open,
            max: max.max(1),
            state: Mutex::new(PoolState { idle: vec![first], opened: 1 }),
            returned: Condvar::new(),
        })
    }

    /// A connection: an idle one, a new one while fewer than the maximum are open, or
    /// the next one returned.
    pub fn get(&self) -> Result<Pooled<'_, C>, store::Error> {
        let mut state = self.lock();
        loop {
            if let Some(connection) = state.idle.pop() {
                return Ok(Pooled { pool: self, connection: Some(connection) });
            }
            if state.opened < self.max {
                state.opened += 1;
                drop(state);
                return match (self.open)(&self.path) {
                    Ok(connection) => Ok(Pooled { pool: self, connection: Some(connection) }),
                    Err(error) => {
                        self.lock().opened -= 1;
                        Err(error)
                    }
                };
            }
            state = self.returned.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn lock(&self) -> MutexGuard<'_, PoolState<C>> {
        // A panic while holding the lock leaves the list of idle connections whole.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A connection on loan; dropping it gives it back.
pub struct Pooled<'a, C> {
    pool: &'a Pool<C>,
    connection: Option<C>,
}

impl<C> std::ops::Deref for Pooled<'_, C> {
    type Target = C;
    fn deref(&self) -> &C {
        self.connection.as_ref().expect("a pooled connection is present until dropped")
    }
}

impl<C> Drop for Pooled<'_, C> {
    fn drop(&mut self) {
        if let Some(connection) = self.connection.take() {
            self.pool.lock().idle.push(connection);
            self.pool.returned.notify_one();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[test]
    fn connections_are_reused_and_never_more_than_the_maximum() {
        let opened = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&opened);
        let open: Opener<rusqlite::Connection> = Box::new(move |path| {
            counter.fetch_add(1, Ordering::SeqCst);
            rusqlite::Connection::open_in_memory()
                .map_err(|source| store::Error::Sqlite { path: path.to_path_buf(), source })
        });
        let pool = Arc::new(Pool::new(Path::new(":memory:"), 2, open).unwrap());
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let pool = Arc::clone(&pool);
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        let connection = pool.get().unwrap();
                        let one: i64 = connection.query_row("SELECT 1", [], |row| row.get(0)).unwrap();
                        assert_eq!(one, 1);
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|thread| thread.join().unwrap());
        assert!(opened.load(Ordering::SeqCst) <= 2, "opened {} connections", opened.load(Ordering::SeqCst));
        let state = pool.lock();
        assert_eq!(state.idle.len(), state.opened, "every connection is back");
    }
}
