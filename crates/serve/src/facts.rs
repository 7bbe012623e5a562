//! The events' narrow columns, held in memory by the server. The answers that read many
//! events at once — the event list's filter and order, the timeline, actors and dyads,
//! places, exports — filter and group them here: SQLite groups a row at a time, and over
//! a whole corpus's events (70,000 in a store of 100,000 articles) that takes a tenth
//! of a second or more, where a scan of these columns takes a millisecond or two.
//!
//! The store only grows (ingest appends an article with its events in one
//! transaction), so the columns follow it by loading the events above the largest id
//! they hold. An event costs about 120 bytes here: ten million take a gigabyte or so.

use crate::error::ApiError;
use crate::filter::EventFilter;
use doc::CivilDate;
use std::collections::HashMap;
use std::sync::{PoisonError, RwLock, RwLockReadGuard};

/// One event's columns that filters, orders and groups read; its strings are symbols of
/// [`Facts`].
pub struct Fact {
    pub id: i64,
    pub article: i64,
    /// Its index among its article's events, which are stored with consecutive ids in
    /// the article's order (a GDELT export re-annotates the article and picks it).
    pub index_in_article: usize,
    pub date: Option<CivilDate>,
    source: Option<u32>,
    target: Option<u32>,
    code: u32,
    root: u32,
    pub quad: u8,
    pub goldstein: f64,
    pub tone: f64,
    place_name: Option<u32>,
    place_country: Option<u32>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// The stored events in id order, and the strings they repeat (actor and event codes,
/// place names, countries), each kept once.
#[derive(Default)]
pub struct Facts {
    events: Vec<Fact>,
    symbol_ids: HashMap<Box<str>, u32>,
    symbols: Vec<Box<str>>,
}

impl Facts {
    /// The facts of every event the store holds now, loading those stored since the
    /// last call first.
    pub fn current<'a>(
        lock: &'a RwLock<Facts>,
        connection: &rusqlite::Connection,
    ) -> Result<RwLockReadGuard<'a, Facts>, ApiError> {
        let stored: i64 =
            connection.prepare_cached("SELECT coalesce(max(id), 0) FROM events")?.query_row([], |row| row.get(0))?;
        {
            let facts = lock.read().unwrap_or_else(PoisonError::into_inner);
            if facts.last_id() >= stored {
                return Ok(facts);
            }
        }
        lock.write().unwrap_or_else(PoisonError::into_inner).follow(connection)?;
        Ok(lock.read().unwrap_or_else(PoisonError::into_inner))
    }

    fn last_id(&self) -> i64 {
        self.events.last().map_or(0, |fact| fact.id)
    }

    /// Loads the events above the largest id held.
    fn follow(&mut self, connection: &rusqlite::Connection) -> rusqlite::Result<()> {
        let mut statement = connection.prepare_cached(
            "SELECT id, article, date, source, target, code, root, quad, goldstein, tone, \
             place_name, place_country, lat, lon FROM events WHERE id > ? ORDER BY id",
        )?;
        let mut rows = statement.query([self.last_id()])?;
        while let Some(row) = rows.next()? {
            let article: i64 = row.get(1)?;
            let index_in_article = match self.events.last() {
                Some(previous) if previous.article == article => previous.index_in_article + 1,
                _ => 0,
            };
            let date: Option<String> = row.get(2)?;
            let fact = Fact {
                id: row.get(0)?,
                article,
                index_in_article,
                date: date.as_deref().and_then(CivilDate::parse_iso),
                source: self.intern_optional(row.get_ref(3)?.as_str_or_null()?),
                target: self.intern_optional(row.get_ref(4)?.as_str_or_null()?),
                code: self.intern(row.get_ref(5)?.as_str()?),
                root: self.intern(row.get_ref(6)?.as_str()?),
                quad: row.get(7)?,
                goldstein: row.get(8)?,
                tone: row.get(9)?,
                place_name: self.intern_optional(row.get_ref(10)?.as_str_or_null()?),
                place_country: self.intern_optional(row.get_ref(11)?.as_str_or_null()?),
                lat: row.get(12)?,
                lon: row.get(13)?,
            };
            self.events.push(fact);
        }
        Ok(())
    }

    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.symbol_ids.get(name) {
            return id;
        }
        let id = u32::try_from(self.symbols.len()).expect("fewer than 2^32 distinct strings");
        self.symbols.push(name.into());
        self.symbol_ids.insert(name.into(), id);
        id
    }

    fn intern_optional(&mut self, name: Option<&str>) -> Option<u32> {
        name.map(|name| self.intern(name))
    }

    fn symbol(&self, id: u32) -> &str {
        &self.symbols[id as usize]
    }

    pub fn source<'a>(&'a self, fact: &Fact) -> Option<&'a str> {
        fact.source.map(|id| self.symbol(id))
    }

    pub fn target<'a>(&'a self, fact: &Fact) -> Option<&'a str> {
        fact.target.map(|id| self.symbol(id))
    }

    pub fn code<'a>(&'a self, fact: &Fact) -> &'a str {
        self.symbol(fact.code)
    }

    pub fn root<'a>(&'a self, fact: &Fact) -> &'a str {
        self.symbol(fact.root)
    }

    pub fn place_name<'a>(&'a self, fact: &Fact) -> Option<&'a str> {
        fact.place_name.map(|id| self.symbol(id))
    }

    pub fn place_country<'a>(&'a self, fact: &Fact) -> Option<&'a str> {
        fact.place_country.map(|id| self.symbol(id))
    }

    /// The events `filter` keeps, in id order; `articles` (sorted) are the articles its
    /// full-text and theme conditions allow, when it has any.
    pub fn select(&self, filter: &EventFilter, articles: Option<&[i64]>) -> Vec<&Fact> {
        self.events
            .iter()
            .filter(|fact| articles.is_none_or(|articles| articles.binary_search(&fact.article).is_ok()))
            .filter(|fact| filter.matches(self, fact))
            .collect()
    }
}

/// Running count and sums of a group of events.
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub events: i64,
    goldstein: f64,
    tone: f64,
}

impl Tally {
    pub fn add(&mut self, fact: &Fact) {
        self.events += 1;
        self.goldstein += fact.goldstein;
        self.tone += fact.tone;
    }

    pub fn mean_goldstein(&self) -> f64 {
        self.goldstein / self.events as f64
    }

    pub fn mean_tone(&self) -> f64 {
        self.tone / self.events as f64
    }
}

/// The `limit` groups with the most events, ties in the order of their keys.
pub fn top<K: Ord, V>(groups: HashMap<K, V>, events: impl Fn(&V) -> i64, limit: usize) -> Vec<(K, V)> {
    let mut groups: Vec<(K, V)> = groups.into_iter().collect();
    groups.sort_unstable_by(|(a_key, a), (b_key, b)| events(b).cmp(&events(a)).then_with(|| a_key.cmp(b_key)));
    groups.truncate(limit);
    groups
}
