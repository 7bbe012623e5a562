//! The narrow columns of the stored articles and events, held in memory by the server.
//! The answers that read many rows at once — a search's filters, order and facets, the
//! event list's filter and order, the timeline, actors and dyads, places, exports —
//! filter and group them here: SQLite filters and groups a row at a time, and over a
//! whole corpus (100,000 articles, 70,000 events) that takes a tenth of a second or
//! more, where a scan of these columns takes a millisecond or two. SQLite keeps the
//! text, the full-text index and the rows an answer lists.
//!
//! The store only grows (ingest appends an article with its rows in one transaction),
//! so the columns follow it by loading, in one read transaction, the rows above the
//! largest ids they hold. An event costs about 120 bytes here and an article about 100:
//! ten million of each take two gigabytes or so.

use crate::error::ApiError;
use crate::filter::{ArticleFilter, EventFilter};
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

/// One article's columns that a search filters, orders and counts facets on.
pub struct ArticleFact {
    pub id: i64,
    pub date: Option<CivilDate>,
    /// Its actor codes (of entities, speakers and events), place countries and themes,
    /// each once.
    actors: Box<[u32]>,
    countries: Box<[u32]>,
    themes: Box<[u32]>,
}

/// The stored articles and events in id order, and the strings they repeat (actor and
/// event codes, place names, countries, themes), each kept once.
#[derive(Default)]
pub struct Facts {
    articles: Vec<ArticleFact>,
    events: Vec<Fact>,
    symbol_ids: HashMap<Box<str>, u32>,
    symbols: Vec<Box<str>>,
}

impl Facts {
    /// The facts of every article and event the store holds now, loading those stored
    /// since the last call first.
    pub fn current<'a>(
        lock: &'a RwLock<Facts>,
        connection: &rusqlite::Connection,
    ) -> Result<RwLockReadGuard<'a, Facts>, ApiError> {
        let stored: i64 =
            connection.prepare_cached("SELECT coalesce(max(id), 0) FROM articles")?.query_row([], |row| row.get(0))?;
        {
            let facts = lock.read().unwrap_or_else(PoisonError::into_inner);
            if facts.version() >= stored {
                return Ok(facts);
            }
        }
        lock.write().unwrap_or_else(PoisonError::into_inner).follow(connection)?;
        Ok(lock.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// The facts of everything stored now.
    pub fn load(connection: &rusqlite::Connection) -> rusqlite::Result<Facts> {
        let mut facts = Facts::default();
        facts.follow(connection)?;
        Ok(facts)
    }

    /// The version of the store's content these facts hold: its largest article id
    /// (the store only grows).
    pub fn version(&self) -> i64 {
        self.articles.last().map_or(0, |article| article.id)
    }

    /// Loads the articles and events above the largest ids held, from one snapshot of
    /// the store.
    fn follow(&mut self, connection: &rusqlite::Connection) -> rusqlite::Result<()> {
        let snapshot = connection.unchecked_transaction()?;
        self.follow_articles(connection)?;
        self.follow_events(connection)?;
        snapshot.finish()
    }

    fn follow_articles(&mut self, connection: &rusqlite::Connection) -> rusqlite::Result<()> {
        let after = self.version();
        let mut lists = Vec::new();
        for sql in [
            "SELECT article, actor FROM article_actors WHERE article > ? ORDER BY article",
            "SELECT article, country FROM article_countries WHERE article > ? ORDER BY article",
            "SELECT article, theme FROM article_themes WHERE article > ? ORDER BY article",
        ] {
            let mut statement = connection.prepare_cached(sql)?;
            let mut rows = statement.query([after])?;
            let mut list: Vec<(i64, u32)> = Vec::new();
            while let Some(row) = rows.next()? {
                list.push((row.get(0)?, self.intern(row.get_ref(1)?.as_str()?)));
            }
            lists.push(list);
        }
        let mut statement = connection.prepare_cached("SELECT id, date FROM articles WHERE id > ? ORDER BY id")?;
        let mut rows = statement.query([after])?;
        let mut cursors = [0; 3];
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            // Each list is in article order: this article's symbols are the run at its cursor.
            let [actors, countries, themes] = std::array::from_fn(|list| {
                let (start, rows) = (cursors[list], &lists[list]);
                let end = start + rows[start..].iter().take_while(|(article, _)| *article == id).count();
                cursors[list] = end;
                rows[start..end].iter().map(|(_, symbol)| *symbol).collect()
            });
            let date: Option<String> = row.get(1)?;
            let date = date.as_deref().and_then(CivilDate::parse_iso);
            self.articles.push(ArticleFact { id, date, actors, countries, themes });
        }
        Ok(())
    }

    fn follow_events(&mut self, connection: &rusqlite::Connection) -> rusqlite::Result<()> {
        let mut statement = connection.prepare_cached(
            "SELECT id, article, date, source, target, code, root, quad, goldstein, tone, \
             place_name, place_country, lat, lon FROM events WHERE id > ? ORDER BY id",
        )?;
        let mut rows = statement.query([self.events.last().map_or(0, |fact| fact.id)])?;
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

    /// The stored article `id`.
    pub fn article(&self, id: i64) -> Option<&ArticleFact> {
        let index = self.articles.binary_search_by_key(&id, |article| article.id).ok()?;
        Some(&self.articles[index])
    }

    /// The articles `filter` keeps, in id order.
    pub fn select_articles(&self, filter: &ArticleFilter) -> Vec<&ArticleFact> {
        self.articles.iter().filter(|article| filter.matches(self, article)).collect()
    }

    pub fn actors<'a>(&'a self, article: &'a ArticleFact) -> impl Iterator<Item = &'a str> + 'a {
        article.actors.iter().map(|&id| self.symbol(id))
    }

    pub fn countries<'a>(&'a self, article: &'a ArticleFact) -> impl Iterator<Item = &'a str> + 'a {
        article.countries.iter().map(|&id| self.symbol(id))
    }

    pub fn themes<'a>(&'a self, article: &'a ArticleFact) -> impl Iterator<Item = &'a str> + 'a {
        article.themes.iter().map(|&id| self.symbol(id))
    }

    /// The events of the article `id` (stored together, after the article).
    pub fn events_of(&self, id: i64) -> &[Fact] {
        let start = self.events.partition_point(|fact| fact.article < id);
        let end = start + self.events[start..].partition_point(|fact| fact.article == id);
        &self.events[start..end]
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
