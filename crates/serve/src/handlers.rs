//! One handler per endpoint of `docs/api.md`: read the parameters (a 400 names the bad
//! one), run the SQL on a pooled connection, answer JSON. Text from the store goes out
//! as JSON strings only; snippets are segments, never markup.

use crate::error::ApiError;
use crate::facts::{top, ArticleFact, Fact, Facts, Tally};
use crate::filter::{check_match, full_text_articles, ArticleFilter, Conditions, EventFilter, FILTER_PARAMS};
use crate::params::{Paging, Params};
use crate::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use doc::CivilDate;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Start and end of a matched word in an FTS5 snippet: private-use characters, which
/// news text does not hold, so splitting on them finds exactly the marks.
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';
/// Tokens of article text around the matches in a search snippet.
const SNIPPET_TOKENS: u32 = 24;
/// Characters of the opening of an article shown when the search has no `q`.
const OPENING_CHARS: u32 = 240;
/// Entries of each search facet.
const FACET_SIZE: usize = 10;

#[derive(Serialize)]
pub struct Page<T> {
    total: i64,
    page: u32,
    per_page: u32,
    #[serde(flatten)]
    items: T,
}

// ---------------------------------------------------------------- search

#[derive(Serialize)]
pub struct Hits {
    hits: Vec<Hit>,
    facets: Facets,
}

#[derive(Serialize)]
struct Hit {
    id: i64,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    dateline: DatelineAnswer,
    snippet: Vec<Segment>,
}

#[derive(Serialize)]
struct DatelineAnswer {
    place: Option<String>,
    agency: Option<String>,
}

#[derive(Serialize, Debug, PartialEq)]
struct Segment {
    text: String,
    mark: bool,
}

#[derive(Serialize)]
struct Facets {
    actors: Vec<Facet>,
    countries: Vec<Facet>,
    themes: Vec<Facet>,
    roots: Vec<Facet>,
}

#[derive(Serialize)]
struct Facet {
    key: String,
    count: i64,
}

const SEARCH_PARAMS: [&str; 8] = ["q", "from", "to", "country", "actor", "theme", "page", "per_page"];

pub async fn search(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Page<Hits>>, ApiError> {
    let params = Params::parse(raw.as_deref(), &SEARCH_PARAMS)?;
    let query = params.text("q").map(str::to_string);
    let filter = ArticleFilter::parse(&params)?;
    let paging = params.paging()?;
    state
        .facts_query(move |facts, store| search_store(facts, store.connection(), query.as_deref(), &filter, paging))
        .await
        .map(Json)
}

/// Hits a search ranks, pages through and counts facets over: the most recently stored
/// matches (the newest by date without `q`). Ranking (bm25) costs microseconds a hit,
/// and a common word matches most of a corpus; `total` still counts every match.
pub const RANKED_HITS: usize = 1000;

const HIT_COLUMNS: &str = "a.id, a.title, a.date, a.source, a.dateline_place, a.dateline_agency";

fn search_store(
    facts: &Facts,
    connection: &rusqlite::Connection,
    query: Option<&str>,
    filter: &ArticleFilter,
    paging: Paging,
) -> Result<Page<Hits>, ApiError> {
    let offset = usize::try_from(paging.offset()).unwrap_or(usize::MAX);
    let (total, ranked, hits) = match query {
        Some(query) => {
            check_match(connection, "articles_fts", "q", query)?;
            let (total, ranked) = if filter.is_empty() {
                let total = connection
                    .prepare_cached("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?")?
                    .query_row([query], |row| row.get(0))?;
                let newest = connection
                    .prepare_cached(
                        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                    )?
                    .query_map(rusqlite::params![query, RANKED_HITS as i64], |row| row.get(0))?
                    .collect::<Result<Vec<i64>, _>>()?;
                (total, newest)
            } else {
                let mut kept: Vec<i64> = full_text_articles(connection, query)?
                    .into_iter()
                    .filter(|&id| facts.article(id).is_some_and(|article| filter.matches(facts, article)))
                    .collect();
                kept.reverse();
                let total = kept.len() as i64;
                kept.truncate(RANKED_HITS);
                (total, kept)
            };
            // The best of the window first, with a snippet around the matches. The
            // index scans the window's rowid range (matching again for each rowid of a
            // list would cost a whole match each); the list (`+`: not for the index)
            // keeps the window's own.
            let sql = format!(
                "SELECT {HIT_COLUMNS}, snippet(articles_fts, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS}) \
                 FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid \
                 WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ? \
                 AND +articles_fts.rowid IN rarray(?) ORDER BY rank LIMIT ? OFFSET ?"
            );
            let (first, last) = (ranked.iter().min().copied().unwrap_or(0), ranked.iter().max().copied().unwrap_or(0));
            let window = id_array(&ranked);
            let page = [i64::from(paging.per_page), paging.offset()];
            let hits = connection
                .prepare_cached(&sql)?
                .query_map(rusqlite::params![query, first, last, window, page[0], page[1]], hit)?
                .collect::<Result<Vec<Hit>, _>>()?;
            (total, ranked, hits)
        }
        None => {
            // The newest articles first, each with its opening as the snippet.
            let mut kept = facts.select_articles(filter);
            let total = kept.len() as i64;
            let newest = |a: &&ArticleFact, b: &&ArticleFact| b.date.cmp(&a.date).then(b.id.cmp(&a.id));
            let ranked: Vec<i64> = first_by(&mut kept, RANKED_HITS, newest).iter().map(|article| article.id).collect();
            let page: Vec<i64> = ranked.iter().skip(offset).take(paging.per_page as usize).copied().collect();
            let sql = format!(
                "SELECT {HIT_COLUMNS}, substr(a.text, 1, {OPENING_CHARS}) FROM articles a WHERE a.id IN rarray(?)"
            );
            let hits = rows_by_id(connection, &sql, &page, |hit: &Hit| hit.id, hit)?;
            (total, ranked, hits)
        }
    };
    let facets = facets(facts, &ranked);
    Ok(Page { total, page: paging.page, per_page: paging.per_page, items: Hits { hits, facets } })
}

fn hit(row: &Row) -> rusqlite::Result<Hit> {
    Ok(Hit {
        id: row.get(0)?,
        title: row.get(1)?,
        date: row.get(2)?,
        source: row.get(3)?,
        dateline: DatelineAnswer { place: row.get(4)?, agency: row.get(5)? },
        snippet: segments(&row.get::<_, String>(6)?),
    })
}

/// `ids` as one `rarray` parameter.
fn id_array(ids: &[i64]) -> Rc<Vec<Value>> {
    Rc::new(ids.iter().copied().map(Value::Integer).collect())
}

/// The rows `sql` answers for `ids` (its one parameter, `IN rarray(?)`), in the order of
/// `ids`; `id_of` reads a row's id.
fn rows_by_id<T>(
    connection: &rusqlite::Connection,
    sql: &str,
    ids: &[i64],
    id_of: impl Fn(&T) -> i64,
    row: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let mut rows: Vec<T> =
        connection.prepare_cached(sql)?.query_map([id_array(ids)], row)?.collect::<Result<_, _>>()?;
    let position: HashMap<i64, usize> = ids.iter().enumerate().map(|(index, &id)| (id, index)).collect();
    rows.sort_by_key(|row| position.get(&id_of(row)).copied());
    Ok(rows)
}

/// The first `count` of `items` in `order`, in that order: a partial sort, as a page
/// needs only its own and those before it.
fn first_by<T>(items: &mut [T], count: usize, order: impl Fn(&T, &T) -> std::cmp::Ordering + Copy) -> &[T] {
    let count = count.min(items.len());
    if count < items.len() {
        items.select_nth_unstable_by(count, order);
    }
    let first = &mut items[..count];
    first.sort_unstable_by(order);
    first
}

fn count(connection: &rusqlite::Connection, sql: &str, values: &[Value]) -> rusqlite::Result<i64> {
    connection.prepare_cached(sql)?.query_row(params_from_iter(values), |row| row.get(0))
}

/// Every row `sql` answers with `values`, each made by `row`, through one cached statement.
fn all_rows<T>(
    connection: &rusqlite::Connection,
    sql: &str,
    values: &[Value],
    row: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    connection.prepare_cached(sql)?.query_map(params_from_iter(values), row)?.collect()
}

/// The top actors, countries, themes and event roots of the articles `ids`, each
/// counting the articles that have it.
fn facets(facts: &Facts, ids: &[i64]) -> Facets {
    fn add<'a>(counts: &mut HashMap<&'a str, i64>, key: &'a str) {
        *counts.entry(key).or_default() += 1;
    }
    let mut counts: [HashMap<&str, i64>; 4] = Default::default();
    let mut roots: Vec<&str> = Vec::new();
    for article in ids.iter().filter_map(|&id| facts.article(id)) {
        facts.actors(article).for_each(|key| add(&mut counts[0], key));
        facts.countries(article).for_each(|key| add(&mut counts[1], key));
        facts.themes(article).for_each(|key| add(&mut counts[2], key));
        // An article counts once for each root of its events.
        roots.clear();
        roots.extend(facts.events_of(article.id).iter().map(|event| facts.root(event)));
        roots.sort_unstable();
        roots.dedup();
        roots.iter().for_each(|&root| add(&mut counts[3], root));
    }
    let [actors, countries, themes, roots] = counts.map(|counts| {
        top(counts, |count| *count, FACET_SIZE)
            .into_iter()
            .map(|(key, count)| Facet { key: key.to_string(), count })
            .collect()
    });
    Facets { actors, countries, themes, roots }
}

/// A snippet with FTS5's marks as segments: marked words and the text between them.
fn segments(snippet: &str) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut mark = false;
    for piece in snippet.split([MARK_START, MARK_END]) {
        if !piece.is_empty() {
            segments.push(Segment { text: piece.to_string(), mark });
        }
        mark = !mark;
    }
    segments
}

// ---------------------------------------------------------------- events

#[derive(Serialize)]
pub struct Events {
    events: Vec<EventAnswer>,
}

#[derive(Serialize)]
struct EventAnswer {
    id: i64,
    article: i64,
    date: Option<String>,
    source: Side,
    target: Side,
    code: String,
    root: String,
    quad: i64,
    goldstein: f64,
    tone: f64,
    location: Option<Location>,
    start: i64,
    end: i64,
    evidence: String,
    rule: String,
}

#[derive(Serialize)]
struct Side {
    code: Option<String>,
    text: String,
}

#[derive(Serialize)]
struct Location {
    name: String,
    country: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
}

const EVENT_SORTS: [&str; 4] = ["-date", "date", "goldstein", "-goldstein"];

pub async fn events(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Page<Events>>, ApiError> {
    let params = Params::parse(raw.as_deref(), &[&FILTER_PARAMS[..], &["sort", "page", "per_page"]].concat())?;
    let filter = EventFilter::parse(&params)?;
    let sort = params.choice("sort", &EVENT_SORTS)?;
    let paging = params.paging()?;
    state
        .events_query(filter, move |_, mut selected, store| {
            let total = selected.len() as i64;
            let offset = usize::try_from(paging.offset()).unwrap_or(usize::MAX);
            let page = first_in_order(&mut selected, sort, offset.saturating_add(paging.per_page as usize));
            let ids: Vec<i64> = page.iter().skip(offset).map(|fact| fact.id).collect();
            let events = rows_by_id(
                store.connection(),
                "SELECT e.id, e.article, e.date, e.source, e.source_text, e.target, e.target_text, e.code, e.root, \
                 e.quad, e.goldstein, e.tone, e.place_name, e.place_country, e.lat, e.lon, e.start, e.end, \
                 e.evidence, e.rule FROM events e WHERE e.id IN rarray(?)",
                &ids,
                |event: &EventAnswer| event.id,
                event_answer,
            )?;
            Ok(Json(Page { total, page: paging.page, per_page: paging.per_page, items: Events { events } }))
        })
        .await
}

/// The first `count` of the events in the order `sort` names, in that order.
fn first_in_order<'a, 'b>(events: &'b mut [&'a Fact], sort: &str, count: usize) -> &'b [&'a Fact] {
    let order: fn(&&Fact, &&Fact) -> std::cmp::Ordering = match sort {
        "date" => |a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)),
        "goldstein" => |a, b| a.goldstein.total_cmp(&b.goldstein).then(a.id.cmp(&b.id)),
        "-goldstein" => |a, b| b.goldstein.total_cmp(&a.goldstein).then(b.id.cmp(&a.id)),
        _ => |a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)),
    };
    first_by(events, count, order)
}

fn event_answer(row: &Row) -> rusqlite::Result<EventAnswer> {
    let place_name: Option<String> = row.get(12)?;
    Ok(EventAnswer {
        id: row.get(0)?,
        article: row.get(1)?,
        date: row.get(2)?,
        source: Side { code: row.get(3)?, text: row.get(4)? },
        target: Side { code: row.get(5)?, text: row.get(6)? },
        code: row.get(7)?,
        root: row.get(8)?,
        quad: row.get(9)?,
        goldstein: row.get(10)?,
        tone: row.get(11)?,
        location: match place_name {
            Some(name) => Some(Location { name, country: row.get(13)?, lat: row.get(14)?, lon: row.get(15)? }),
            None => None,
        },
        start: row.get(16)?,
        end: row.get(17)?,
        evidence: row.get(18)?,
        rule: row.get(19)?,
    })
}

// ---------------------------------------------------------------- quotes

#[derive(Serialize)]
pub struct Quotes {
    quotes: Vec<QuoteAnswer>,
}

#[derive(Serialize)]
struct QuoteAnswer {
    id: i64,
    article: i64,
    date: Option<String>,
    speaker: Option<String>,
    speaker_actor: Option<String>,
    text: String,
    start: i64,
    end: i64,
}

const QUOTE_PARAMS: [&str; 6] = ["speaker", "q", "from", "to", "page", "per_page"];

pub async fn quotes(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Page<Quotes>>, ApiError> {
    let params = Params::parse(raw.as_deref(), &QUOTE_PARAMS)?;
    let mut conditions = Conditions::default();
    if let Some(expression) = quote_match(params.text("speaker"), params.text("q"))? {
        conditions.push_match("qt.id", "quotes_fts", "q", expression);
    }
    if let Some(from) = params.day("from")? {
        conditions.push("qt.date >= ?", [Value::Text(from.to_string())]);
    }
    if let Some(to) = params.day("to")? {
        conditions.push("qt.date <= ?", [Value::Text(to.to_string())]);
    }
    let paging = params.paging()?;
    state
        .query(move |store| {
            let connection = store.connection();
            conditions.check_full_text(connection)?;
            let where_clause = conditions.where_clause();
            let total =
                count(connection, &format!("SELECT count(*) FROM quotes qt{where_clause}"), &conditions.values)?;
            let mut values = conditions.values.clone();
            values.extend([Value::Integer(i64::from(paging.per_page)), Value::Integer(paging.offset())]);
            let sql = format!(
                "SELECT qt.id, qt.article, qt.date, qt.speaker, qt.speaker_actor, qt.text, qt.start, qt.end \
                 FROM quotes qt{where_clause} ORDER BY qt.date DESC, qt.id DESC LIMIT ? OFFSET ?"
            );
            let quotes = all_rows(connection, &sql, &values, |row| {
                Ok(QuoteAnswer {
                    id: row.get(0)?,
                    article: row.get(1)?,
                    date: row.get(2)?,
                    speaker: row.get(3)?,
                    speaker_actor: row.get(4)?,
                    text: row.get(5)?,
                    start: row.get(6)?,
                    end: row.get(7)?,
                })
            })?;
            Ok(Json(Page { total, page: paging.page, per_page: paging.per_page, items: Quotes { quotes } }))
        })
        .await
}

/// The FTS5 expression over `quotes_fts` for a speaker's name (each word, as a quoted
/// string, so a name cannot be read as syntax) and the quote's words (`q`, FTS5 syntax).
fn quote_match(speaker: Option<&str>, words: Option<&str>) -> Result<Option<String>, ApiError> {
    let speaker = match speaker {
        Some(name) => {
            let words: Vec<String> = name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| format!("\"{w}\""))
                .collect();
            if words.is_empty() {
                return Err(ApiError::bad("speaker", format!("expected words of a name, got '{name}'")));
            }
            Some(format!("speaker : ({})", words.join(" ")))
        }
        None => None,
    };
    let words = words.map(|q| format!("text : ({q})"));
    Ok(match (speaker, words) {
        (Some(speaker), Some(words)) => Some(format!("{speaker} AND {words}")),
        (one, other) => one.or(other),
    })
}

// ---------------------------------------------------------------- timeline

#[derive(Serialize)]
pub struct Timeline {
    by: &'static str,
    buckets: Vec<Bucket>,
}

#[derive(Serialize)]
struct Bucket {
    start: String,
    events: i64,
    goldstein: f64,
    tone: f64,
}

const BUCKETS: [&str; 4] = ["month", "day", "week", "year"];

pub async fn timeline(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Timeline>, ApiError> {
    let params = Params::parse(raw.as_deref(), &[&FILTER_PARAMS[..], &["by"]].concat())?;
    let filter = EventFilter::parse(&params)?;
    let by = params.choice("by", &BUCKETS)?;
    let bucket: fn(CivilDate) -> CivilDate = match by {
        "day" => |date| date,
        // The Monday on or before the day.
        "week" => CivilDate::week_start,
        "year" => |date| CivilDate { month: 1, day: 1, ..date },
        _ => |date| CivilDate { day: 1, ..date },
    };
    state
        .events_query(filter, move |_, selected, _| {
            let mut tallies: BTreeMap<CivilDate, Tally> = BTreeMap::new();
            for fact in selected {
                if let Some(date) = fact.date {
                    tallies.entry(bucket(date)).or_default().add(fact);
                }
            }
            let buckets = tallies
                .into_iter()
                .map(|(start, tally)| Bucket {
                    start: start.to_string(),
                    events: tally.events,
                    goldstein: tally.mean_goldstein(),
                    tone: tally.mean_tone(),
                })
                .collect();
            Ok(Json(Timeline { by, buckets }))
        })
        .await
}

// ---------------------------------------------------------------- actors and places

#[derive(Serialize)]
pub struct Actors {
    actors: Vec<ActorCount>,
    dyads: Vec<DyadCount>,
}

#[derive(Serialize)]
struct ActorCount {
    code: String,
    events: i64,
    goldstein: f64,
}

#[derive(Serialize)]
struct DyadCount {
    source: String,
    target: String,
    events: i64,
    goldstein: f64,
}

/// Actors, dyads and places listed unless `limit` says otherwise, and at most.
const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 5000;

pub async fn actors(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Actors>, ApiError> {
    let params = Params::parse(raw.as_deref(), &[&FILTER_PARAMS[..], &["limit"]].concat())?;
    let filter = EventFilter::parse(&params)?;
    let limit = params.integer("limit", 1, MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT) as usize;
    state
        .events_query(filter, move |facts, selected, _| {
            // Each event counts once for its source and once for its target.
            let mut actors: HashMap<&str, Tally> = HashMap::new();
            let mut dyads: HashMap<(&str, &str), Tally> = HashMap::new();
            for fact in selected {
                let (source, target) = (facts.source(fact), facts.target(fact));
                for code in [source, target].into_iter().flatten() {
                    actors.entry(code).or_default().add(fact);
                }
                if let (Some(source), Some(target)) = (source, target) {
                    dyads.entry((source, target)).or_default().add(fact);
                }
            }
            let actors = top(actors, |tally| tally.events, limit)
                .into_iter()
                .map(|(code, tally)| ActorCount {
                    code: code.to_string(),
                    events: tally.events,
                    goldstein: tally.mean_goldstein(),
                })
                .collect();
            let dyads = top(dyads, |tally| tally.events, limit)
                .into_iter()
                .map(|((source, target), tally)| DyadCount {
                    source: source.to_string(),
                    target: target.to_string(),
                    events: tally.events,
                    goldstein: tally.mean_goldstein(),
                })
                .collect();
            Ok(Json(Actors { actors, dyads }))
        })
        .await
}

#[derive(Serialize)]
pub struct Places {
    places: Vec<PlaceCount>,
}

#[derive(Serialize)]
struct PlaceCount {
    name: String,
    country: Option<String>,
    lat: f64,
    lon: f64,
    events: i64,
    goldstein: f64,
    quads: [i64; 4],
}

pub async fn places(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Json<Places>, ApiError> {
    let params = Params::parse(raw.as_deref(), &[&FILTER_PARAMS[..], &["limit"]].concat())?;
    let filter = EventFilter::parse(&params)?;
    let limit = params.integer("limit", 1, MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT) as usize;
    state
        .events_query(filter, move |facts, selected, _| {
            // A place is its name, country and coordinates (two places may share a name).
            type PlaceKey<'a> = (&'a str, Option<&'a str>, [u64; 2]);
            let mut places: HashMap<PlaceKey, (Tally, [i64; 4])> = HashMap::new();
            for fact in selected {
                if let (Some(name), Some(lat), Some(lon)) = (facts.place_name(fact), fact.lat, fact.lon) {
                    // Coordinates by their bits, which order as the numbers for the
                    // same sign and serve as a tie-break only.
                    let key = (name, facts.place_country(fact), [lat.to_bits(), lon.to_bits()]);
                    let (tally, quads) = places.entry(key).or_default();
                    tally.add(fact);
                    quads[usize::from(fact.quad.clamp(1, 4) - 1)] += 1;
                }
            }
            let places = top(places, |(tally, _)| tally.events, limit)
                .into_iter()
                .map(|((name, country, [lat, lon]), (tally, quads))| PlaceCount {
                    name: name.to_string(),
                    country: country.map(str::to_string),
                    lat: f64::from_bits(lat),
                    lon: f64::from_bits(lon),
                    events: tally.events,
                    goldstein: tally.mean_goldstein(),
                    quads,
                })
                .collect();
            Ok(Json(Places { places }))
        })
        .await
}

// ---------------------------------------------------------------- articles

pub async fn article(State(state): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::bad("id", format!("expected an article's store id (a number), got '{id}'")))?;
    let json = state
        .query(move |store| store.article_json(id).map_err(|error| ApiError::Store(error.to_string())))
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no article with store id {id}")))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json).into_response())
}

// ---------------------------------------------------------------- export

const EXPORT_FORMATS: [&str; 2] = ["gdelt-events", "jsonl"];
/// Events an export holds unless `limit` says otherwise, and at most: an export is an
/// answer to a question, not a copy of the store.
const DEFAULT_EXPORT_LIMIT: i64 = 1000;
const MAX_EXPORT_LIMIT: i64 = 10_000;

pub async fn export(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let params = Params::parse(raw.as_deref(), &[&FILTER_PARAMS[..], &["format", "limit"]].concat())?;
    let filter = EventFilter::parse(&params)?;
    if params.text("format").is_none() {
        return Err(ApiError::bad("format", "required: gdelt-events or jsonl"));
    }
    let format = params.choice("format", &EXPORT_FORMATS)?;
    let limit = params.integer("limit", 1, MAX_EXPORT_LIMIT)?.unwrap_or(DEFAULT_EXPORT_LIMIT) as usize;
    let annotate = std::sync::Arc::clone(&state.annotate);
    let body = state
        .events_query(filter, move |_, mut selected, store| {
            // The newest events, grouped by article with their indexes among its events.
            let mut by_article: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
            for fact in first_in_order(&mut selected, "-date", limit) {
                by_article.entry(fact.article).or_default().push(fact.index_in_article);
            }
            match format {
                "jsonl" => articles_lines(store, by_article.keys().copied()),
                _ => crate::gdelt::event_rows(store, &annotate, by_article),
            }
        })
        .await?;
    let (content_type, file) = match format {
        "jsonl" => ("application/x-ndjson", "dateline-articles.jsonl"),
        _ => ("text/tab-separated-values", "dateline-events.tsv"),
    };
    let disposition = format!("attachment; filename=\"{file}\"");
    Ok(([(header::CONTENT_TYPE, content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}

/// The articles as JSON Lines, as `dateline extract` writes them (with `store_id`).
fn articles_lines(store: &store::Store, ids: impl Iterator<Item = i64>) -> Result<Vec<u8>, ApiError> {
    let mut lines = Vec::new();
    for id in ids {
        if let Some(json) = store.article_json(id).map_err(|error| ApiError::Store(error.to_string()))? {
            lines.extend_from_slice(json.as_bytes());
            lines.push(b'\n');
        }
    }
    Ok(lines)
}

// ---------------------------------------------------------------- the rest

pub async fn unknown_route(uri: axum::http::Uri) -> ApiError {
    ApiError::NotFound(format!("no API route {}", uri.path()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_marks_become_segments() {
        let snippet = format!("…the {MARK_START}doctors{MARK_END} said {MARK_START}strike{MARK_END}");
        let expected = [("…the ", false), ("doctors", true), (" said ", false), ("strike", true)]
            .map(|(text, mark)| Segment { text: text.to_string(), mark });
        assert_eq!(segments(&snippet), expected);
        assert_eq!(segments("<script>x</script>"), [Segment { text: "<script>x</script>".into(), mark: false }]);
    }

    #[test]
    fn a_speaker_is_words_and_never_syntax() {
        let expression = |speaker, words| quote_match(speaker, words).ok().flatten();
        assert_eq!(expression(Some("Grace  Wanjiku\""), None).unwrap(), "speaker : (\"Grace\" \"Wanjiku\")");
        assert_eq!(
            expression(Some("otieno"), Some("paid OR talks")).unwrap(),
            "speaker : (\"otieno\") AND text : (paid OR talks)"
        );
        assert_eq!(expression(None, None), None);
        assert!(
            matches!(quote_match(Some("\"*\""), None), Err(ApiError::BadParameter(m)) if m.starts_with("speaker: "))
        );
    }
}
