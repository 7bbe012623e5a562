//! The event filter that `events`, `timeline`, `actors`, `places` and `export` share
//! (`docs/api.md`), matched against the events' facts in memory (`facts.rs`), and the
//! SQL conditions of the other endpoints.

use crate::error::ApiError;
use crate::facts::{ArticleFact, Fact, Facts};
use crate::params::{actor_code, ActorMatch, Params};
use doc::CivilDate;
use rusqlite::types::Value;

/// The filter's parameter names.
pub const FILTER_PARAMS: [&str; 13] =
    ["q", "from", "to", "country", "actor", "source", "target", "dyad", "code", "root", "quad", "near", "theme"];

/// The Earth's mean radius, for distances.
const EARTH_RADIUS_KM: f64 = 6371.0;

/// `WHERE` conditions joined by `AND`, and the values their `?` take, in order.
#[derive(Default)]
pub struct Conditions {
    sql: Vec<String>,
    pub values: Vec<Value>,
    full_text: Option<FullText>,
}

/// A full-text expression a request gave, checked before the query that holds it.
struct FullText {
    table: &'static str,
    parameter: &'static str,
    expression: String,
}

impl Conditions {
    /// Rows of `alias` whose id is among the rows of the FTS5 `table` matching
    /// `expression`, the value of `parameter`.
    pub fn push_match(&mut self, alias_id: &str, table: &'static str, parameter: &'static str, expression: String) {
        self.push(
            format!("{alias_id} IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"),
            [Value::Text(expression.clone())],
        );
        self.full_text = Some(FullText { table, parameter, expression });
    }

    /// A 400 naming the parameter when its full-text expression does not parse: FTS5
    /// parses it when the query first runs, so asking for one match tells, and any
    /// error of the queries after is the store's.
    pub fn check_full_text(&self, connection: &rusqlite::Connection) -> Result<(), ApiError> {
        match &self.full_text {
            Some(FullText { table, parameter, expression }) => check_match(connection, table, parameter, expression),
            None => Ok(()),
        }
    }

    pub fn push(&mut self, sql: impl Into<String>, values: impl IntoIterator<Item = Value>) {
        self.sql.push(sql.into());
        self.values.extend(values);
    }

    /// ` WHERE a AND b`, or nothing.
    pub fn where_clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.sql.join(" AND "))
        }
    }
}

/// The event filter's conditions, read from the request's parameters; every one given
/// must hold.
pub struct EventFilter {
    /// `q`: the article's text matches (FTS5 syntax).
    full_text: Option<String>,
    /// `theme`: the article has the theme.
    theme: Option<String>,
    from: Option<CivilDate>,
    to: Option<CivilDate>,
    /// `country` as ISO alpha-2: where the event happened.
    place_country: Option<String>,
    /// Actor codes or prefixes the event has on either side (`actor`, `country` as a
    /// CAMEO country), as its source (`source`, `dyad`), as its target.
    either_side: Vec<ActorMatch>,
    sources: Vec<ActorMatch>,
    targets: Vec<ActorMatch>,
    /// `code`: the CAMEO code or its prefix; `root`: its root, two digits.
    code: Option<String>,
    root: Option<String>,
    quad: Option<u8>,
    near: Option<Near>,
}

impl EventFilter {
    /// The filter of every filter parameter present; a 400 names a bad one.
    pub fn parse(params: &Params) -> Result<EventFilter, ApiError> {
        let mut filter = EventFilter {
            full_text: params.text("q").map(str::to_string),
            theme: params.text("theme").map(str::to_string),
            from: params.day("from")?,
            to: params.day("to")?,
            place_country: None,
            either_side: Vec::new(),
            sources: Vec::new(),
            targets: Vec::new(),
            code: None,
            root: None,
            quad: None,
            near: params.text("near").map(parse_near).transpose()?,
        };
        match params.text("country").map(parse_country).transpose()? {
            Some(Country::Iso(country)) => filter.place_country = Some(country),
            Some(Country::Cameo(country)) => filter.either_side.push(country),
            None => {}
        }
        filter.either_side.extend(params.code("actor")?);
        filter.sources.extend(params.code("source")?);
        filter.targets.extend(params.code("target")?);
        if let Some(dyad) = params.text("dyad") {
            let (source, target) = dyad
                .split_once(',')
                .ok_or_else(|| ApiError::bad("dyad", format!("expected SOURCE,TARGET (RUS,UKR), got '{dyad}'")))?;
            filter.sources.push(actor_code("dyad", source.trim())?);
            filter.targets.push(actor_code("dyad", target.trim())?);
        }
        if let Some(code) = params.text("code") {
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ApiError::bad(
                    "code",
                    format!("expected a CAMEO code of 2 to 4 digits (193), got '{code}'"),
                ));
            }
            filter.code = Some(code.to_string());
        }
        filter.root = params.integer("root", 1, 20)?.map(|root| format!("{root:02}"));
        filter.quad = params.integer("quad", 1, 4)?.map(|quad| quad as u8);
        Ok(filter)
    }

    /// The articles (ascending ids) that the full-text condition allows, or `None`
    /// when the filter has none. A query FTS5 cannot read is a 400 naming `q`.
    pub fn full_text_articles(&self, connection: &rusqlite::Connection) -> Result<Option<Vec<i64>>, ApiError> {
        let Some(query) = &self.full_text else { return Ok(None) };
        check_match(connection, "articles_fts", "q", query)?;
        Ok(Some(full_text_articles(connection, query)?))
    }

    /// Whether the event meets every condition but full text (see
    /// [`Self::full_text_articles`]).
    pub fn matches(&self, facts: &Facts, fact: &Fact) -> bool {
        let starts = |code: Option<&str>, actor: &ActorMatch| code.is_some_and(|code| actor.matches(code));
        let (source, target) = (facts.source(fact), facts.target(fact));
        in_range(fact.date, self.from, self.to)
            && self.place_country.as_deref().is_none_or(|country| facts.place_country(fact) == Some(country))
            && self.either_side.iter().all(|prefix| starts(source, prefix) || starts(target, prefix))
            && self.sources.iter().all(|prefix| starts(source, prefix))
            && self.targets.iter().all(|prefix| starts(target, prefix))
            && self.code.as_deref().is_none_or(|code| facts.code(fact).starts_with(code))
            && self.root.as_deref().is_none_or(|root| facts.root(fact) == root)
            && self.quad.is_none_or(|quad| fact.quad == quad)
            && self.theme.as_deref().is_none_or(|theme| {
                facts.article(fact.article).is_some_and(|article| facts.themes(article).any(|t| t == theme))
            })
            && self.near.as_ref().is_none_or(|near| match (fact.lat, fact.lon) {
                (Some(lat), Some(lon)) => near.contains(lat, lon),
                _ => false,
            })
    }
}

/// A search's conditions on articles (`docs/api.md`); every one given must hold.
pub struct ArticleFilter {
    from: Option<CivilDate>,
    to: Option<CivilDate>,
    /// `country` as ISO alpha-2: a place of the article is in it.
    country: Option<String>,
    /// Actor codes or prefixes the article names (`actor`, `country` as a CAMEO country).
    actors: Vec<ActorMatch>,
    theme: Option<String>,
}

impl ArticleFilter {
    pub fn parse(params: &Params) -> Result<ArticleFilter, ApiError> {
        let mut filter = ArticleFilter {
            from: params.day("from")?,
            to: params.day("to")?,
            country: None,
            actors: Vec::new(),
            theme: params.text("theme").map(str::to_string),
        };
        match params.text("country").map(parse_country).transpose()? {
            Some(Country::Iso(country)) => filter.country = Some(country),
            Some(Country::Cameo(country)) => filter.actors.push(country),
            None => {}
        }
        filter.actors.extend(params.code("actor")?);
        Ok(filter)
    }

    /// Whether the filter keeps every article.
    pub fn is_empty(&self) -> bool {
        self.from.is_none()
            && self.to.is_none()
            && self.country.is_none()
            && self.actors.is_empty()
            && self.theme.is_none()
    }

    pub fn matches(&self, facts: &Facts, article: &ArticleFact) -> bool {
        in_range(article.date, self.from, self.to)
            && self.country.as_deref().is_none_or(|country| facts.countries(article).any(|c| c == country))
            && self.actors.iter().all(|wanted| facts.actors(article).any(|actor| wanted.matches(actor)))
            && self.theme.as_deref().is_none_or(|theme| facts.themes(article).any(|t| t == theme))
    }
}

/// Whether `date` is within `from..=to`; an undated row is outside any range given.
fn in_range(date: Option<CivilDate>, from: Option<CivilDate>, to: Option<CivilDate>) -> bool {
    from.is_none_or(|from| date.is_some_and(|date| date >= from))
        && to.is_none_or(|to| date.is_some_and(|date| date <= to))
}

/// `country`: ISO alpha-2 (where things happened) or a CAMEO country (who acted).
enum Country {
    Iso(String),
    Cameo(ActorMatch),
}

fn parse_country(country: &str) -> Result<Country, ApiError> {
    match country.len() {
        2 if country.bytes().all(|b| b.is_ascii_alphabetic()) => Ok(Country::Iso(country.to_ascii_uppercase())),
        3 if country.bytes().all(|b| b.is_ascii_alphabetic()) => Ok(Country::Cameo(actor_code("country", country)?)),
        _ => Err(ApiError::bad(
            "country",
            format!("expected ISO alpha-2 (KE) or a CAMEO country (KEN), got '{country}'"),
        )),
    }
}

struct Near {
    lat: f64,
    lon: f64,
    km: f64,
}

impl Near {
    fn contains(&self, lat: f64, lon: f64) -> bool {
        distance_km(lat, lon, self.lat, self.lon) <= self.km
    }
}

fn parse_near(value: &str) -> Result<Near, ApiError> {
    let bad = || ApiError::bad("near", format!("expected LAT,LON,KM (-1.29,36.82,50), got '{value}'"));
    let mut numbers = value.split(',').map(|part| part.trim().parse::<f64>());
    let (Some(Ok(lat)), Some(Ok(lon)), Some(Ok(km)), None) =
        (numbers.next(), numbers.next(), numbers.next(), numbers.next())
    else {
        return Err(bad());
    };
    let valid = (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km > 0.0 && km <= 20_000.0;
    if !valid {
        return Err(bad());
    }
    Ok(Near { lat, lon, km })
}

/// The ids of the articles whose text matches `query` (checked by [`check_match`]),
/// ascending.
pub fn full_text_articles(connection: &rusqlite::Connection, query: &str) -> rusqlite::Result<Vec<i64>> {
    let mut statement =
        connection.prepare_cached("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid")?;
    let ids = statement.query_map([query], |row| row.get(0))?.collect();
    ids
}

/// A 400 naming `parameter` when `expression` is not a full-text query FTS5 reads.
pub fn check_match(
    connection: &rusqlite::Connection,
    table: &str,
    parameter: &str,
    expression: &str,
) -> Result<(), ApiError> {
    let mut statement = connection.prepare_cached(&format!("SELECT 1 FROM {table} WHERE {table} MATCH ?1 LIMIT 1"))?;
    match statement.exists([expression]) {
        Ok(_) => Ok(()),
        Err(error) => Err(ApiError::bad(parameter, format!("not a full-text query FTS5 reads ({error})"))),
    }
}

/// Great-circle distance in kilometres (haversine).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let (d_phi, d_lambda) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nairobi_to_mombasa_is_about_440_km() {
        let km = distance_km(-1.286, 36.817, -4.043, 39.668);
        assert!((km - 440.0).abs() < 10.0, "{km}");
    }

    #[test]
    fn a_bad_near_is_named() {
        for value in ["1,2", "1,2,3,4", "91,0,10", "0,0,-1", "a,b,c"] {
            let params = Params::parse(Some(&format!("near={value}")), &FILTER_PARAMS).unwrap();
            match EventFilter::parse(&params) {
                Err(ApiError::BadParameter(message)) => assert!(message.starts_with("near: "), "{message}"),
                _ => panic!("near={value} is refused"),
            }
        }
    }
}
