//! `dateline ingest`: the store it writes, idempotence, stdin, bad input, `--watch`, and
//! surviving SIGKILL at any moment.

use crate::util::{dateline, lines, path_str, repo_root, scratch};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};
use store::Store;

fn count(db: &Path, sql: &str) -> i64 {
    let store = Store::open_read_only(db).expect("the store opens");
    store.connection().query_row(sql, [], |row| row.get(0)).expect("the query runs")
}

/// The articles stored so far, for waiting on a running ingest: 0 while the store is
/// not made yet.
fn stored_so_far(db: &Path) -> i64 {
    match Store::open_read_only(db) {
        Err(store::Error::NotAStore { .. }) | Err(store::Error::Sqlite { .. }) => 0,
        _ => count(db, "SELECT count(*) FROM articles"),
    }
}

/// SQLite's own check of the database, and FTS5's check that both full-text indexes
/// match their content tables.
fn assert_intact(db: &Path) {
    let store = Store::open(db).unwrap();
    let connection = store.connection();
    let check: String = connection.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
    assert_eq!(check, "ok");
    for table in ["articles_fts", "quotes_fts"] {
        connection
            .execute(&format!("INSERT INTO {table} ({table}) VALUES ('integrity-check')"), [])
            .unwrap_or_else(|e| panic!("{table} does not match its content: {e}"));
    }
}

/// `count` articles of one short sentence each, all different, as JSON Lines (each with
/// one event; their numbers are not years, which would make the sentence background).
fn numbered_articles(count: usize) -> String {
    (0..count)
        .map(|i| {
            format!(
                "{{\"id\":\"n{i}\",\"date\":\"2022-03-{:02}\",\"text\":\"Russian forces shelled Kyiv on Monday, officials said in report R{i}.\"}}\n",
                1 + i % 28
            )
        })
        .collect()
}

#[test]
fn the_examples_are_stored_with_every_layer_once() {
    let dir = scratch("ingest-examples");
    let db = dir.join("store.db");
    let examples = repo_root().join("examples");
    let run = dateline(&["ingest", path_str(&examples), "--db", path_str(&db)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.ends_with(": stored 6 articles, skipped 0 already stored, 0 errors\n"), "{}", run.stderr);
    assert_eq!(run.stdout, "", "stdout carries only data");
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 6);
    assert_intact(&db);

    // Each article reads back exactly as `extract` writes it.
    let extracted = dateline(&["extract", path_str(&examples)], None);
    let store = Store::open_read_only(&db).unwrap();
    for record in lines(&extracted.stdout) {
        let id = record["id"].as_str().unwrap();
        let store_id: i64 = store
            .connection()
            .query_row("SELECT id FROM articles WHERE input_id = ?1", [id], |row| row.get(0))
            .unwrap();
        let stored: serde_json::Value = serde_json::from_str(&store.article_json(store_id).unwrap().unwrap()).unwrap();
        let mut expected = record.clone();
        expected.as_object_mut().unwrap().insert("store_id".into(), store_id.into());
        assert_eq!(stored, expected, "{id}");
        let events: i64 = store
            .connection()
            .query_row("SELECT count(*) FROM events WHERE article = ?1", [store_id], |row| row.get(0))
            .unwrap();
        assert_eq!(events as usize, record["events"].as_array().unwrap().len(), "{id}");
    }
    // The Nairobi strike story's events, quotes, actors and words are all queryable.
    let nairobi = |sql: &str| -> i64 {
        let sql = sql.replace("ARTICLE", "(SELECT id FROM articles WHERE input_id = 'ap-nairobi-strike')");
        store.connection().query_row(&sql, [], |row| row.get(0)).unwrap()
    };
    assert!(nairobi("SELECT count(*) FROM events WHERE article = ARTICLE AND place_country = 'KE'") > 0);
    assert!(nairobi("SELECT count(*) FROM quotes WHERE article = ARTICLE AND speaker IS NOT NULL") > 0);
    assert!(nairobi("SELECT count(*) FROM article_actors WHERE article = ARTICLE AND actor LIKE 'KEN%'") > 0);
    assert!(nairobi("SELECT count(*) FROM article_countries WHERE article = ARTICLE AND country = 'KE'") > 0);
    assert_eq!(nairobi("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'nairobi' AND rowid = ARTICLE"), 1);

    let again = dateline(&["ingest", path_str(&examples), "--db", path_str(&db)], None);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stderr.ends_with(": stored 0 articles, skipped 6 already stored, 0 errors\n"), "{}", again.stderr);
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 6);
}

#[test]
fn stdin_is_ingested_and_a_bad_line_costs_only_itself() {
    let dir = scratch("ingest-stdin");
    let db = dir.join("store.db");
    let feed = numbered_articles(3);
    let run = dateline(&["ingest", "-", "--db", path_str(&db)], Some(feed.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.ends_with(": stored 3 articles, skipped 0 already stored, 0 errors\n"), "{}", run.stderr);

    let file = dir.join("mixed.jsonl");
    let mut broken = numbered_articles(5).lines().map(str::to_string).collect::<Vec<_>>();
    broken[3] = "{\"id\": \"cut off".to_string();
    std::fs::write(&file, broken.join("\n")).unwrap();
    let run = dateline(&["ingest", path_str(&file), "--db", path_str(&db)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = run.stderr.lines().next().unwrap();
    assert!(first.starts_with(&format!("dateline: {}: line 4: ", file.display())), "{}", run.stderr);
    assert!(run.stderr.ends_with(": stored 1 article, skipped 3 already stored, 1 error\n"), "{}", run.stderr);
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 4);
    assert_intact(&db);
}

#[test]
fn a_store_of_another_version_is_refused_in_one_line() {
    let dir = scratch("ingest-version");
    let db = dir.join("store.db");
    Store::open(&db).unwrap().connection().pragma_update(None, "user_version", 99).unwrap();
    let run = dateline(&["ingest", "-", "--db", path_str(&db)], Some(numbered_articles(1).as_bytes()));
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("a store of version 99"), "{}", run.stderr);
}

/// A small xorshift generator: the kill moments are random, and the seed is printed so
/// that a failing run can be replayed.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

#[test]
fn killing_ingest_twenty_times_loses_and_duplicates_nothing() {
    const ARTICLES: usize = 14_000;
    let dir = scratch("ingest-kill");
    let (db, corpus) = (dir.join("store.db"), dir.join("corpus.jsonl"));
    std::fs::write(&corpus, numbered_articles(ARTICLES)).unwrap();
    let seed = std::env::var("DATELINE_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1);
    eprintln!("kill moments: DATELINE_KILL_SEED={seed}");
    let mut random = Random(seed);
    let ingest = || {
        Command::new(env!("CARGO_BIN_EXE_dateline"))
            .args(["ingest", path_str(&corpus), "--db", path_str(&db), "--threads", "2"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    let stored = || stored_so_far(&db);
    for round in 0..20 {
        let before = stored();
        let mut child = ingest();
        let spawned = Instant::now();
        // Wait for the run to commit a batch (it is writing), then kill it at a random
        // moment of the next ones (annotating, inserting or committing), within a tenth
        // of the time it took to get there: about one batch more, on a fast machine as
        // on a slow one.
        let deadline = spawned + Duration::from_secs(120);
        while stored() == before {
            assert!(child.try_wait().unwrap().is_none(), "round {round}: ingest ended before storing a batch");
            assert!(Instant::now() < deadline, "round {round}: nothing stored in two minutes");
            std::thread::sleep(Duration::from_millis(10));
        }
        let to_first_batch = spawned.elapsed().as_millis() as u64;
        std::thread::sleep(Duration::from_millis(random.below(to_first_batch / 10 + 1)));
        assert!(child.try_wait().unwrap().is_none(), "round {round}: the corpus is too small to kill ingest mid-run");
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let after = stored();
        eprintln!("round {round}: {before} stored before, {after} after");
        assert!(after < ARTICLES as i64, "round {round}: the corpus is too small to kill ingest mid-run");
    }
    let last = ingest().wait_with_output().unwrap();
    assert!(last.status.success());
    assert_eq!(stored(), ARTICLES as i64);
    assert_eq!(count(&db, "SELECT count(DISTINCT hash) FROM articles"), ARTICLES as i64);
    assert_eq!(count(&db, "SELECT count(DISTINCT input_id) FROM articles"), ARTICLES as i64);
    assert_eq!(count(&db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kyiv'"), ARTICLES as i64);
    assert_eq!(
        count(&db, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article FROM events)"),
        0,
        "every article kept its events"
    );
    assert_intact(&db);
}

#[test]
fn watch_ingests_a_file_dropped_into_the_folder() {
    let dir = scratch("ingest-watch");
    let (db, inbox) = (dir.join("store.db"), dir.join("inbox"));
    std::fs::create_dir(&inbox).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["ingest", "--watch", path_str(&inbox), "--db", path_str(&db)])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Written elsewhere and moved in whole, as a feed drops its files.
    let staged = dir.join("feed.jsonl");
    std::fs::write(&staged, numbered_articles(4)).unwrap();
    std::fs::rename(&staged, inbox.join("feed.jsonl")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while stored_so_far(&db) < 4 {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("ingest --watch ended ({status}): {:?}", std::io::read_to_string(child.stderr.take().unwrap()));
        }
        assert!(Instant::now() < deadline, "the dropped file was not ingested in two minutes");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(child.try_wait().unwrap().is_none(), "--watch keeps running");
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 4);
}
