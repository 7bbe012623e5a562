//! The embedded store: annotated articles in one SQLite database (WAL mode, FTS5), the
//! tables in `schema.sql`. `dateline ingest` writes it through [`Store::insert`], one
//! transaction per batch from one writer; `dateline serve` reads it, at the same time,
//! through [`Store::open_read_only`] and plain SQL over the documented tables.
//!
//! ```
//! let dir = std::env::temp_dir().join(format!("store-doctest-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let mut store = store::Store::open(&dir.join("a.db")).unwrap();
//! let doc = doc::Doc::new("a", "Hello.".to_string());
//! let hash = store::content_hash(&doc.text);
//! let inserted = store.insert(&[store::ArticleRows::new(doc, hash)]).unwrap();
//! assert_eq!((inserted.stored, inserted.skipped), (1, 0));
//! assert!(store.contains(&hash).unwrap());
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```
#![warn(missing_docs)]

mod rows;

pub use rows::{ArticleRows, EventRow, QuoteRow};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Version of the tables, kept in `PRAGMA user_version`; bumped when a table, a column's
/// meaning or the stored record's contract (`export::SCHEMA_VERSION`) changes.
pub const SCHEMA_VERSION: i32 = 1;

/// The tables and indexes of a new store.
pub const SCHEMA: &str = include_str!("schema.sql");

/// How long a statement waits for a lock another connection holds (a checkpoint, the
/// writer's commit) before it fails.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The identity of an article's content: SHA-256 of its text.
pub type ContentHash = [u8; 32];

/// The content hash of an article's text: what makes ingest idempotent.
pub fn content_hash(text: &str) -> ContentHash {
    Sha256::digest(text.as_bytes()).into()
}

/// What can go wrong with a store; each names the store's path.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite failed (cannot open, disk full, corrupt database).
    #[error("{}: {source}", path.display())]
    Sqlite {
        /// The store.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// The database has no dateline tables (a new file not yet made a store, or
    /// another program's database).
    #[error("{}: not a dateline store (`dateline ingest` makes one)", path.display())]
    NotAStore {
        /// The database.
        path: PathBuf,
    },
    /// The file is a store of another version.
    #[error(
        "{}: a store of version {found}, and this dateline reads version {SCHEMA_VERSION}: build it again with `dateline ingest`",
        path.display()
    )]
    Version {
        /// The store.
        path: PathBuf,
        /// Its `user_version`.
        found: i32,
    },
    /// A stored record does not inflate to JSON (a damaged store).
    #[error("{}: article {id}: its stored record is damaged: {reason}", path.display())]
    Record {
        /// The store.
        path: PathBuf,
        /// The article's store id.
        id: i64,
        /// Why it cannot be read.
        reason: String,
    },
}

/// Articles of a batch stored and skipped (their content was already stored).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Inserted {
    /// Articles written.
    pub stored: usize,
    /// Articles whose content hash was already stored.
    pub skipped: usize,
}

/// A connection to a store.
pub struct Store {
    connection: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the store at `path` for writing, creating it (and its tables) when the file
    /// does not exist or is empty; a store of another version is refused.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let store = Store::connect(path, OpenFlags::default())?;
        store.configure_writer().map_err(|source| store.sqlite(source))?;
        store.create_tables_if_new()?;
        store.check_version()?;
        Ok(store)
    }

    /// Opens an existing store for reading only (the server); another process may write
    /// to it meanwhile, and each read sees the batches committed before it began.
    pub fn open_read_only(path: &Path) -> Result<Store, Error> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let store = Store::connect(path, flags)?;
        store.check_version()?;
        Ok(store)
    }

    fn connect(path: &Path, flags: OpenFlags) -> Result<Store, Error> {
        let sqlite = |source| Error::Sqlite { path: path.to_path_buf(), source };
        let connection = Connection::open_with_flags(path, flags).map_err(sqlite)?;
        connection.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        Ok(Store { connection, path: path.to_path_buf() })
    }

    /// WAL lets readers go on while the writer commits; `synchronous=NORMAL` syncs at
    /// checkpoints instead of every commit, which keeps every committed batch through a
    /// killed process (only a power cut may lose the last ones).
    fn configure_writer(&self) -> rusqlite::Result<()> {
        self.connection.pragma_update(None, "journal_mode", "WAL")?;
        self.connection.pragma_update(None, "synchronous", "NORMAL")?;
        self.connection.pragma_update(None, "foreign_keys", "ON")
    }

    /// Creates the tables in a new (empty) database. The check and the creation are one
    /// immediate transaction, so two processes creating the same store make it once.
    fn create_tables_if_new(&self) -> Result<(), Error> {
        let create = || -> rusqlite::Result<()> {
            self.connection.execute_batch("BEGIN IMMEDIATE")?;
            let tables: i64 = self.connection.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))?;
            if tables == 0 {
                self.connection.execute_batch(SCHEMA)?;
                self.connection.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            }
            self.connection.execute_batch("COMMIT")
        };
        create().map_err(|source| {
            // The transaction may be open still; a failed rollback changes nothing more.
            let _ = self.connection.execute_batch("ROLLBACK");
            self.sqlite(source)
        })
    }

    fn check_version(&self) -> Result<(), Error> {
        let found: i32 =
            self.connection.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(|e| self.sqlite(e))?;
        match found {
            SCHEMA_VERSION => Ok(()),
            0 => Err(Error::NotAStore { path: self.path.clone() }),
            found => Err(Error::Version { path: self.path.clone(), found }),
        }
    }

    fn sqlite(&self, source: rusqlite::Error) -> Error {
        Error::Sqlite { path: self.path.clone(), source }
    }

    /// The connection, for queries over the tables of `schema.sql`.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    /// The store's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether an article with this content is stored.
    pub fn contains(&self, hash: &ContentHash) -> Result<bool, Error> {
        let mut statement =
            self.connection.prepare_cached("SELECT 1 FROM articles WHERE hash = ?1").map_err(|e| self.sqlite(e))?;
        statement.exists([&hash[..]]).map_err(|e| self.sqlite(e))
    }

    /// Stores a batch of articles in one transaction: all of them or, on an error, none.
    /// An article whose content is stored already (before or earlier in the batch) is
    /// skipped and counted.
    pub fn insert(&mut self, batch: &[ArticleRows]) -> Result<Inserted, Error> {
        let path = &self.path;
        let sqlite = |source| Error::Sqlite { path: path.clone(), source };
        let transaction = self.connection.transaction().map_err(sqlite)?;
        let mut inserted = Inserted::default();
        for article in batch {
            if rows::insert_article(&transaction, article).map_err(sqlite)? {
                inserted.stored += 1;
            } else {
                inserted.skipped += 1;
            }
        }
        transaction.commit().map_err(sqlite)?;
        Ok(inserted)
    }

    /// The article with store id `id` exactly as `dateline extract` writes it
    /// (`docs/contract.md`), plus its `store_id`; `None` when there is no such article.
    pub fn article_json(&self, id: i64) -> Result<Option<String>, Error> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT text, record FROM articles WHERE id = ?1")
            .map_err(|e| self.sqlite(e))?;
        let found = statement
            .query_row(params![id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?)))
            .optional()
            .map_err(|e| self.sqlite(e))?;
        let Some((text, record)) = found else { return Ok(None) };
        let damaged = |reason: String| Error::Record { path: self.path.clone(), id, reason };
        let mut json = String::new();
        flate2::read::DeflateDecoder::new(&record[..]).read_to_string(&mut json).map_err(|e| damaged(e.to_string()))?;
        rows::with_text_and_store_id(&json, &text, id).map(Some).ok_or_else(|| damaged("no text field".to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dateline-store-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("store.db")
    }

    #[test]
    fn the_stored_record_follows_the_contract_version_of_this_schema() {
        // A contract change changes what `record` holds: bump SCHEMA_VERSION with it.
        assert_eq!(export::SCHEMA_VERSION, 1);
    }

    #[test]
    fn a_store_of_another_version_is_refused_in_one_line() {
        let path = scratch("version");
        Store::open(&path).unwrap().connection().pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        for opened in [Store::open(&path), Store::open_read_only(&path)] {
            let message = opened.err().expect("another version is refused").to_string();
            assert!(message.contains("a store of version 2, and this dateline reads version 1"), "{message}");
            assert!(!message.contains('\n'), "{message}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_store_is_refused() {
        let path = scratch("not-a-store");
        std::fs::write(&path, "date 2020-01-01\nnot a database, but long enough to be read as one").unwrap();
        assert!(Store::open(&path).is_err());
        let other = path.with_file_name("other.db");
        Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
        let message = Store::open(&other).err().expect("another program's database is refused").to_string();
        assert!(message.ends_with("other.db: not a dateline store (`dateline ingest` makes one)"), "{message}");
        let missing = path.with_file_name("missing.db");
        assert!(Store::open_read_only(&missing).is_err(), "reading never creates a store");
    }

    #[test]
    fn a_batch_is_stored_once_and_its_duplicates_are_counted() {
        let path = scratch("batch");
        let mut store = Store::open(&path).unwrap();
        let rows = |id: &str, text: &str| {
            let doc = doc::Doc::new(id, text.to_string());
            ArticleRows::new(doc, content_hash(text))
        };
        let batch = [rows("a", "One."), rows("b", "Two."), rows("c", "One.")];
        assert_eq!(store.insert(&batch).unwrap(), Inserted { stored: 2, skipped: 1 });
        assert_eq!(store.insert(&batch).unwrap(), Inserted { stored: 0, skipped: 3 });
        let reader = Store::open_read_only(&path).unwrap();
        let count: i64 = reader.connection().query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap();
        assert_eq!(count, 2);
    }

    #[test]
    fn an_article_reads_back_as_extract_writes_it() {
        let path = scratch("record");
        let mut store = Store::open(&path).unwrap();
        let text = "He said \"no\" in Paris.\nA \"text\":\"\" line.";
        let mut doc = doc::Doc::new("x", text.to_string());
        doc.meta.title = Some("The \"text\":\"\" title".to_string());
        let mut expected = Vec::new();
        export::write_json_line(&mut expected, &doc, false).unwrap();
        store.insert(&[ArticleRows::new(doc, content_hash(text))]).unwrap();
        let id: i64 = store.connection().query_row("SELECT id FROM articles", [], |r| r.get(0)).unwrap();
        let json = store.article_json(id).unwrap().unwrap();
        let expected = String::from_utf8(expected).unwrap();
        assert_eq!(json, format!("{},\"store_id\":{id}}}", expected.trim_end().strip_suffix('}').unwrap()));
        assert_eq!(store.article_json(id + 1).unwrap(), None);
    }
}
