//! The API end to end: a store built from `examples/` (and one article holding a script
//! tag), the server on a free port, and each endpoint asked over HTTP about facts the
//! examples hold.

use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// An article whose text holds markup: it must come back as string data.
const SCRIPT_ARTICLE: &str = "date 2023-05-02\nGENEVA (Reuters) - The agency said <script>alert('x')</script> \
    appeared in a statement, and officials said the <b>talks</b> would go on.";

struct Server {
    addr: SocketAddr,
    db: PathBuf,
    /// The annotated articles the store holds, by input id.
    docs: Vec<doc::Doc>,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The server of every test, started once.
fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let resources = Arc::new(engine::Resources::load().unwrap());
        let docs = annotated_examples(&resources);
        let db = scratch_store("examples");
        store::Store::open(&db).unwrap().insert(&rows(&docs)).unwrap();
        Server { addr: start(&db, resources), db, docs }
    })
}

fn scratch_store(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-serve-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("store.db")
}

fn rows(docs: &[doc::Doc]) -> Vec<store::ArticleRows> {
    docs.iter().map(|doc| store::ArticleRows::new(doc.clone(), store::content_hash(&doc.text))).collect()
}

/// Serves the store `db` on a free port.
fn start(db: &Path, resources: Arc<engine::Resources>) -> SocketAddr {
    let annotate: serve::Annotate = Arc::new(move |doc| {
        engine::annotate(&resources, doc, &engine::Options::default());
        Ok(())
    });
    let state = serve::AppState::open(db, 4, annotate).unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || serve::run(listener, serve::router(state, serve::Router::new())));
    addr
}

fn annotated_examples(resources: &engine::Resources) -> Vec<doc::Doc> {
    let (mut sources, errors) = ingest::expand_paths(&[repo_root().join("examples")]);
    assert!(errors.is_empty(), "{errors:?}");
    sources.push(ingest::Source::Memory { name: "script-tag".into(), bytes: SCRIPT_ARTICLE.as_bytes().to_vec() });
    let mut docs = Vec::new();
    for source in &sources {
        for article in ingest::read(source, ingest::Limits::default()).unwrap() {
            let mut doc = article.unwrap().doc;
            engine::annotate(resources, &mut doc, &engine::Options::default());
            docs.push(doc);
        }
    }
    docs
}

struct Answer {
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// `GET path` of the examples' server.
fn get(path: &str) -> Answer {
    get_from(server().addr, path)
}

/// `GET path` over a fresh connection (HTTP/1.1, closed after the answer).
fn get_from(addr: SocketAddr, path: &str) -> Answer {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head and a body");
    let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).expect("a status line");
    Answer { status, head: head.to_ascii_lowercase(), body: body.to_string() }
}

fn ok(path: &str) -> Value {
    let answer = get(path);
    assert_eq!(answer.status, 200, "{path}: {}", answer.body);
    assert!(answer.head.contains("content-type: application/json"), "{path}: {}", answer.head);
    answer.json()
}

/// A 400 whose message names `parameter`.
fn bad(path: &str, parameter: &str) -> String {
    let answer = get(path);
    assert_eq!(answer.status, 400, "{path}: {}", answer.body);
    let body = answer.json();
    assert_eq!(body["error"], "bad_parameter", "{path}");
    let message = body["message"].as_str().unwrap().to_string();
    assert!(message.starts_with(&format!("{parameter}: ")), "{path}: {message}");
    message
}

fn store_id_of(input_id: &str) -> i64 {
    let hits = ok("/api/search?per_page=500");
    let hit = hits["hits"].as_array().unwrap().iter().find(|hit| {
        let id = hit["id"].as_i64().unwrap();
        ok(&format!("/api/articles/{id}"))["id"] == input_id
    });
    hit.unwrap_or_else(|| panic!("{input_id} is stored"))["id"].as_i64().unwrap()
}

#[test]
fn search_finds_the_strike_with_marked_words_and_facets() {
    let answer = ok("/api/search?q=doctors");
    assert_eq!(answer["total"], 1);
    let hit = &answer["hits"][0];
    assert_eq!(hit["title"], Value::Null);
    assert_eq!(hit["date"], "2024-11-06");
    assert_eq!(hit["dateline"]["place"], "NAIROBI");
    assert_eq!(hit["dateline"]["agency"], "AP");
    let snippet = hit["snippet"].as_array().unwrap();
    let marked: Vec<&str> = snippet.iter().filter(|s| s["mark"] == true).map(|s| s["text"].as_str().unwrap()).collect();
    assert!(!marked.is_empty() && marked.iter().all(|word| word.eq_ignore_ascii_case("doctors")), "{snippet:?}");
    let facets = &answer["facets"];
    let keys = |facet: &str| -> Vec<String> {
        facets[facet].as_array().unwrap().iter().map(|f| f["key"].as_str().unwrap().to_string()).collect()
    };
    assert!(keys("actors").contains(&"KENGOV".to_string()), "{facets}");
    assert_eq!(keys("countries"), ["KE"]);
    assert!(keys("roots").contains(&"02".to_string()), "{facets}");
    assert!(facets["themes"].as_array().unwrap().iter().all(|f| f["count"] == 1));
}

#[test]
fn search_filters_and_pages() {
    let all = ok("/api/search");
    assert_eq!(all["total"].as_i64().unwrap() as usize, server().docs.len());
    let dates: Vec<&str> = all["hits"].as_array().unwrap().iter().filter_map(|h| h["date"].as_str()).collect();
    assert!(dates.windows(2).all(|pair| pair[0] >= pair[1]), "newest first without a query: {dates:?}");
    let second = ok("/api/search?per_page=2&page=2");
    assert_eq!(second["hits"].as_array().unwrap().len(), 2);
    assert_eq!(second["hits"][0]["id"], all["hits"][2]["id"]);
    assert_eq!(ok("/api/search?q=said&country=KE")["total"], 1);
    assert_eq!(ok("/api/search?q=said&country=KEN")["total"], 1);
    assert_eq!(ok("/api/search?q=said&actor=kengov&from=2024-01-01&to=2024-12-31")["total"], 1);
    assert_eq!(ok("/api/search?q=said&to=2019-12-31")["total"], 0);
    assert_eq!(ok("/api/search?q=%22martial%20law%22")["total"], 1, "a phrase");
    assert_eq!(ok("/api/search?q=sirens%20OR%20doctors")["total"], 2, "OR");
    assert_eq!(ok("/api/search?q=doct*")["total"], 1, "a prefix");
    assert!(ok("/api/search?theme=ARMED_CONFLICT")["hits"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["dateline"]["agency"] == "TASS"));
}

#[test]
fn the_strike_is_an_event_with_its_place_and_span() {
    let answer = ok("/api/events?actor=KEN");
    let events = answer["events"].as_array().unwrap();
    let strike = events
        .iter()
        .find(|e| e["source"]["code"] == "KENGOV" && e["target"]["code"] == "KENLAB")
        .unwrap_or_else(|| panic!("the strike story's event: {answer}"));
    assert_eq!(strike["date"], "2024-11-06");
    assert_eq!(strike["location"]["name"], "Nairobi");
    assert_eq!(strike["location"]["country"], "KE");
    let article = ok(&format!("/api/articles/{}", strike["article"]));
    assert_eq!(article["id"], "ap-nairobi-strike");
    let text = article["text"].as_str().unwrap();
    let (start, end) = (strike["start"].as_u64().unwrap() as usize, strike["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], strike["evidence"].as_str().unwrap());
    // The same event through the other filters.
    let id = &strike["id"];
    for filter in [
        "source=KENGOV&target=KENLAB",
        "country=KE",
        "country=ken",
        "code=02",
        &format!("root={}", strike["root"].as_str().unwrap().trim_start_matches('0')),
        &format!("quad={}", strike["quad"]),
        "from=2024-11-06&to=2024-11-06",
        "near=-1.29,36.82,50",
        "q=doctors",
        "dyad=KEN,KENLAB",
    ] {
        let found = ok(&format!("/api/events?{filter}"));
        assert!(found["events"].as_array().unwrap().iter().any(|e| &e["id"] == id), "{filter}: {found}");
    }
    for filter in ["near=48.85,2.35,100", "from=2024-11-07", "actor=RUS", "q=sirens", "quad=4&actor=KEN"] {
        let found = ok(&format!("/api/events?{filter}"));
        assert!(!found["events"].as_array().unwrap().iter().any(|e| &e["id"] == id), "{filter}: {found}");
    }
}

#[test]
fn events_sort_and_count() {
    let stored: usize = server().docs.iter().map(|doc| doc.events.len()).sum();
    let by_date = ok("/api/events?sort=date&per_page=500");
    assert_eq!(by_date["total"].as_u64().unwrap() as usize, stored);
    let dates: Vec<&str> = by_date["events"].as_array().unwrap().iter().map(|e| e["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|pair| pair[0] <= pair[1]), "{dates:?}");
    let goldstein = ok("/api/events?sort=-goldstein&per_page=500");
    let values: Vec<f64> =
        goldstein["events"].as_array().unwrap().iter().map(|e| e["goldstein"].as_f64().unwrap()).collect();
    assert!(values.windows(2).all(|pair| pair[0] >= pair[1]), "{values:?}");
    let one = ok("/api/events?per_page=1&page=2");
    assert_eq!(
        (one["page"].as_u64(), one["per_page"].as_u64(), one["events"].as_array().unwrap().len()),
        (Some(2), Some(1), 1)
    );
}

#[test]
fn quotes_by_speaker_and_words() {
    let answer = ok("/api/quotes?speaker=otieno");
    let quotes = answer["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty(), "{answer}");
    assert!(quotes.iter().all(|q| q["speaker"] == "Davji Otieno"), "{answer}");
    assert!(quotes.iter().any(|q| q["text"].as_str().unwrap().starts_with("We have waited for nine months")));
    let minister = ok("/api/quotes?speaker=Grace%20Wanjiku&q=irresponsible");
    assert_eq!(minister["total"], 1);
    assert_eq!(minister["quotes"][0]["speaker_actor"], "KENGOV");
    assert_eq!(ok("/api/quotes?speaker=otieno&to=2020-01-01")["total"], 0);
    assert!(ok("/api/quotes?q=%22nine%20months%22")["total"].as_i64().unwrap() >= 1);
    bad("/api/quotes?q=%22nine", "q");
    bad("/api/quotes?speaker=%22%22", "speaker");
}

#[test]
fn timeline_buckets_count_every_dated_event() {
    let events = ok("/api/events?per_page=500");
    let events = events["events"].as_array().unwrap();
    for (by, bucket_of) in [("year", 4), ("month", 7), ("day", 10)] {
        let timeline = ok(&format!("/api/timeline?by={by}"));
        assert_eq!(timeline["by"], by);
        let buckets = timeline["buckets"].as_array().unwrap();
        let counted: i64 = buckets.iter().map(|b| b["events"].as_i64().unwrap()).sum();
        assert_eq!(counted as usize, events.len(), "{by}");
        for bucket in buckets {
            let start = bucket["start"].as_str().unwrap();
            let inside: Vec<&Value> =
                events.iter().filter(|e| e["date"].as_str().unwrap()[..bucket_of] == start[..bucket_of]).collect();
            assert_eq!(bucket["events"].as_u64().unwrap() as usize, inside.len(), "{by} {start}");
            let mean = inside.iter().map(|e| e["goldstein"].as_f64().unwrap()).sum::<f64>() / inside.len() as f64;
            assert!((bucket["goldstein"].as_f64().unwrap() - mean).abs() < 1e-4, "{by} {start}");
        }
    }
    let strike = ok("/api/timeline?by=week&actor=KENGOV");
    // 2024-11-06 is a Wednesday: its week starts on Monday the 4th.
    assert_eq!(strike["buckets"][0]["start"], "2024-11-04");
    assert_eq!(ok("/api/timeline")["by"], "month");
}

#[test]
fn actors_dyads_and_places() {
    let answer = ok("/api/actors");
    let actors = answer["actors"].as_array().unwrap();
    let kengov = actors.iter().find(|a| a["code"] == "KENGOV").expect("KENGOV is an actor");
    assert!(kengov["events"].as_i64().unwrap() >= 1);
    let counts: Vec<i64> = actors.iter().map(|a| a["events"].as_i64().unwrap()).collect();
    assert!(counts.windows(2).all(|pair| pair[0] >= pair[1]), "{counts:?}");
    let dyads = ok("/api/actors?dyad=KENGOV,KENLAB&limit=5");
    assert_eq!(dyads["dyads"][0]["source"], "KENGOV");
    assert_eq!(dyads["dyads"][0]["target"], "KENLAB");
    // An edge's list (`CODE$`: exactly the code) counts what the edge counts, for every edge.
    for dyad in answer["dyads"].as_array().unwrap() {
        let (source, target) = (dyad["source"].as_str().unwrap(), dyad["target"].as_str().unwrap());
        let listed = ok(&format!("/api/events?source={source}%24&target={target}%24"));
        assert_eq!(listed["total"], dyad["events"], "{source} → {target}");
    }
    let exactly_ken = ok("/api/events?actor=KEN%24")["total"].as_i64().unwrap();
    let from_ken = ok("/api/events?actor=KEN")["total"].as_i64().unwrap();
    assert!(exactly_ken < from_ken, "KEN$ leaves out KENGOV: {exactly_ken} of {from_ken}");
    let places = ok("/api/places?country=KE");
    let nairobi = &places["places"][0];
    assert_eq!(nairobi["name"], "Nairobi");
    let quads: i64 = nairobi["quads"].as_array().unwrap().iter().map(|q| q.as_i64().unwrap()).sum();
    assert_eq!(quads, nairobi["events"].as_i64().unwrap());
    assert!((nairobi["lat"].as_f64().unwrap() + 1.29).abs() < 0.1);
}

/// The server filters and groups the events in memory (`facts.rs`); SQL over the
/// stored rows is the reference it must agree with, filter by filter.
#[test]
fn filters_and_groups_agree_with_sql_over_the_stored_events() {
    let connection = rusqlite::Connection::open(&server().db).unwrap();
    let sql_rows = |sql: &str| -> Vec<(String, i64, f64)> {
        let mut statement = connection.prepare(sql).unwrap();
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?))).unwrap();
        let mut rows: Vec<(String, i64, f64)> = rows.map(Result::unwrap).collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        rows
    };
    let api_rows = |answer: &Value, list: &str, key: &dyn Fn(&Value) -> String| -> Vec<(String, i64, f64)> {
        let rows = answer[list].as_array().unwrap().iter();
        rows.map(|row| (key(row), row["events"].as_i64().unwrap(), row["goldstein"].as_f64().unwrap())).collect()
    };
    let same = |what: &str, api: Vec<(String, i64, f64)>, sql: Vec<(String, i64, f64)>| {
        let keys = |rows: &[(String, i64, f64)]| rows.iter().map(|(k, n, _)| (k.clone(), *n)).collect::<Vec<_>>();
        assert_eq!(keys(&api), keys(&sql), "{what}");
        for ((key, _, api), (_, _, sql)) in api.iter().zip(&sql) {
            assert!((api - sql).abs() < 1e-9, "{what} {key}: mean Goldstein {api} against {sql}");
        }
    };
    let strike_root = ok("/api/events?q=doctors")["events"][0]["root"].as_str().unwrap().to_string();
    for (filter, condition) in [
        ("", "1".to_string()),
        ("actor=KEN", "(source LIKE 'KEN%' OR target LIKE 'KEN%')".into()),
        ("source=KENGOV&target=KEN", "source LIKE 'KENGOV%' AND target LIKE 'KEN%'".into()),
        ("quad=4", "quad = 4".into()),
        (&*format!("root={}", strike_root.trim_start_matches('0')), format!("root = '{strike_root}'")),
        ("code=19", "code LIKE '19%'".into()),
        ("from=2024-11-06&to=2024-11-30", "date BETWEEN '2024-11-06' AND '2024-11-30'".into()),
        ("country=KE", "place_country = 'KE'".into()),
        ("q=strike", "article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'strike')".into()),
        ("theme=PROTEST&actor=KEN", "(source LIKE 'KEN%' OR target LIKE 'KEN%') AND article IN (SELECT article FROM article_themes WHERE theme = 'PROTEST')".into()),
    ] {
        let total: i64 =
            connection.query_row(&format!("SELECT count(*) FROM events WHERE {condition}"), [], |r| r.get(0)).unwrap();
        assert_eq!(ok(&format!("/api/events?{filter}"))["total"].as_i64().unwrap(), total, "{filter}");
        let actors = ok(&format!("/api/actors?{filter}&limit=5000"));
        let code = |row: &Value| row["code"].as_str().unwrap().to_string();
        let actors_sql = format!(
            "SELECT code, count(*), avg(goldstein) FROM (SELECT source AS code, goldstein FROM events \
             WHERE source IS NOT NULL AND {condition} UNION ALL SELECT target, goldstein FROM events \
             WHERE target IS NOT NULL AND {condition}) GROUP BY code"
        );
        same(&format!("actors {filter}"), api_rows(&actors, "actors", &code), sql_rows(&actors_sql));
        let dyad = |row: &Value| format!("{}>{}", row["source"].as_str().unwrap(), row["target"].as_str().unwrap());
        let dyads_sql = format!(
            "SELECT source || '>' || target, count(*), avg(goldstein) FROM events \
             WHERE source IS NOT NULL AND target IS NOT NULL AND {condition} GROUP BY source, target"
        );
        same(&format!("dyads {filter}"), api_rows(&actors, "dyads", &dyad), sql_rows(&dyads_sql));
        let places = ok(&format!("/api/places?{filter}&limit=5000"));
        let place = |row: &Value| format!("{}@{}", row["name"].as_str().unwrap(), row["country"].as_str().unwrap_or(""));
        let places_sql = format!(
            "SELECT place_name || '@' || coalesce(place_country, ''), count(*), avg(goldstein) FROM events \
             WHERE place_name IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL AND {condition} \
             GROUP BY place_name, place_country, lat, lon"
        );
        same(&format!("places {filter}"), api_rows(&places, "places", &place), sql_rows(&places_sql));
    }
}

/// The same for a search's article filters, held in memory too.
#[test]
fn search_filters_agree_with_sql_over_the_stored_articles() {
    let connection = rusqlite::Connection::open(&server().db).unwrap();
    let fts = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'talks'";
    for (filter, condition) in [
        ("", "1"),
        ("country=KE", "id IN (SELECT article FROM article_countries WHERE country = 'KE')"),
        ("actor=KEN", "id IN (SELECT article FROM article_actors WHERE actor LIKE 'KEN%')"),
        ("country=RUS&actor=RUSGOV", "id IN (SELECT article FROM article_actors WHERE actor LIKE 'RUSGOV%')"),
        ("theme=ARMED_CONFLICT", "id IN (SELECT article FROM article_themes WHERE theme = 'ARMED_CONFLICT')"),
        ("from=2024-01-01&to=2024-12-31", "date BETWEEN '2024-01-01' AND '2024-12-31'"),
        ("q=talks", &*format!("id IN ({fts})")),
        ("q=talks&from=2024-01-01", &*format!("id IN ({fts}) AND date >= '2024-01-01'")),
    ] {
        let total: i64 = connection
            .query_row(&format!("SELECT count(*) FROM articles WHERE {condition}"), [], |r| r.get(0))
            .unwrap();
        assert!(filter.is_empty() || (1..server().docs.len() as i64).contains(&total), "{filter}: {total}");
        assert_eq!(ok(&format!("/api/search?{filter}"))["total"].as_i64().unwrap(), total, "{filter}");
    }
}

#[test]
fn an_article_is_as_extract_writes_it_with_its_store_id() {
    let server = server();
    let id = store_id_of("ap-nairobi-strike");
    let answer = get(&format!("/api/articles/{id}"));
    assert_eq!(answer.status, 200);
    let doc = server.docs.iter().find(|doc| doc.id == "ap-nairobi-strike").unwrap();
    let mut expected = Vec::new();
    export::write_json_line(&mut expected, doc, false).unwrap();
    let mut expected: Value = serde_json::from_slice(&expected).unwrap();
    expected["store_id"] = id.into();
    assert_eq!(answer.json(), expected);
    let missing = get("/api/articles/999999");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["error"], "not_found");
    bad("/api/articles/abc", "id");
}

#[test]
fn a_script_tag_comes_back_as_string_data() {
    let id = store_id_of("script-tag");
    let answer = get(&format!("/api/articles/{id}"));
    assert!(answer.head.contains("content-type: application/json"));
    let article = answer.json();
    assert!(article["text"].as_str().unwrap().contains("<script>alert('x')</script>"));
    let hits = ok("/api/search?q=alert");
    let snippet: String =
        hits["hits"][0]["snippet"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert!(snippet.contains("<script>"), "{snippet}");
}

#[test]
fn exports_are_downloads_of_the_filtered_events() {
    let server = server();
    let strike = server.docs.iter().find(|doc| doc.id == "ap-nairobi-strike").unwrap();
    let answer = get("/api/export?source=KENGOV&format=gdelt-events");
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(answer.head.contains("content-disposition: attachment"), "{}", answer.head);
    let mut expected = Vec::new();
    let indexes = strike.events.iter().enumerate().filter(|(_, e)| e.source.code.as_str().starts_with("KENGOV"));
    export::gdelt::write_events_at(&mut expected, strike, indexes.map(|(index, _)| index)).unwrap();
    assert!(!expected.is_empty());
    assert_eq!(answer.body, String::from_utf8(expected).unwrap());
    let lines = get("/api/export?actor=KEN&format=jsonl");
    assert_eq!(lines.status, 200);
    let articles: Vec<Value> = lines.body.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["id"], "ap-nairobi-strike");
    bad("/api/export?actor=KEN", "format");
    bad("/api/export?format=csv", "format");
}

#[test]
fn bad_parameters_are_400s_that_name_them() {
    assert_eq!(bad("/api/events?from=2020-13-01", "from"), "from: expected YYYY-MM-DD, got '2020-13-01'");
    bad("/api/search?q=%22unbalanced", "q");
    bad("/api/search?q=AND", "q");
    bad("/api/events?q=nosuchcolumn:word", "q");
    bad("/api/timeline?by=hour", "by");
    bad("/api/events?sort=tone", "sort");
    bad("/api/events?quad=5", "quad");
    bad("/api/events?root=abc", "root");
    bad("/api/events?code=1x", "code");
    bad("/api/events?near=1,2", "near");
    bad("/api/events?dyad=RUS", "dyad");
    bad("/api/events?actor=R%20US", "actor");
    bad("/api/events?country=Kenya", "country");
    bad("/api/events?page=0", "page");
    bad("/api/events?per_page=501", "per_page");
    bad("/api/actors?limit=-1", "limit");
    bad("/api/events?colour=red", "colour");
    bad("/api/events?to=2020-01-01&to=2021-01-01", "to");
    let unknown = get("/api/nothing-here");
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["error"], "not_found");
}

#[test]
fn the_openapi_document_is_served() {
    let document = ok("/api/openapi.json");
    assert_eq!(document["openapi"], "3.1.0");
    assert!(document["paths"]["/api/search"]["get"]["parameters"].as_array().unwrap().len() >= 8);
}

#[test]
fn answers_follow_the_store_as_ingest_writes_it() {
    let resources = Arc::new(engine::Resources::load().unwrap());
    let docs = annotated_examples(&resources);
    let db = scratch_store("growing");
    let mut writer = store::Store::open(&db).unwrap();
    writer.insert(&rows(&docs[..1])).unwrap();
    let addr = start(&db, resources);
    let total = |path: &str| get_from(addr, path).json()["total"].as_u64().unwrap() as usize;
    assert_eq!(total("/api/search"), 1);
    assert_eq!(total("/api/search"), 1, "asked again");
    let events = |docs: &[doc::Doc]| docs.iter().map(|doc| doc.events.len()).sum::<usize>();
    assert_eq!(total("/api/events"), events(&docs[..1]));
    writer.insert(&rows(&docs[1..])).unwrap();
    assert_eq!(total("/api/search"), docs.len(), "an answer is not kept past a change of the store");
    assert_eq!(total("/api/events"), events(&docs), "the events in memory follow the store");
}
