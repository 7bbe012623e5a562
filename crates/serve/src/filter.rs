//! The event filter that `events`, `timeline`, `actors`, `places` and `export` share
//! (`docs/api.md`), as SQL over the `events` table (alias `e`) with its bound values.

use crate::error::ApiError;
use crate::params::{actor_code, Params};
use rusqlite::types::Value;

/// The filter's parameter names.
pub const FILTER_PARAMS: [&str; 13] =
    ["q", "from", "to", "country", "actor", "source", "target", "dyad", "code", "root", "quad", "near", "theme"];

/// Kilometres per degree of latitude.
const KM_PER_DEGREE: f64 = 111.32;
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

    /// ` AND a AND b` after conditions of the caller's own.
    pub fn and_clause(&self) -> String {
        self.sql.iter().map(|condition| format!(" AND {condition}")).collect()
    }
}

/// `column` starts with `prefix`, as a range the column's index answers (`RUS` →
/// `>= 'RUS' AND < 'RUT'`); codes are ASCII letters and digits, so the last byte's
/// successor is a character no code has.
pub fn prefix_range(column: &str, prefix: &str) -> (String, [Value; 2]) {
    let mut end = prefix.as_bytes().to_vec();
    *end.last_mut().expect("codes are not empty") += 1;
    let end = String::from_utf8(end).expect("an ASCII letter or digit's successor is ASCII");
    (format!("({column} >= ? AND {column} < ?)"), [Value::Text(prefix.to_string()), Value::Text(end)])
}

/// An actor on either side of the event.
fn either_side(prefix: &str) -> (String, Vec<Value>) {
    let (source, source_values) = prefix_range("e.source", prefix);
    let (target, target_values) = prefix_range("e.target", prefix);
    (format!("({source} OR {target})"), source_values.into_iter().chain(target_values).collect())
}

/// The conditions of every filter parameter present.
pub fn event_conditions(params: &Params) -> Result<Conditions, ApiError> {
    let mut conditions = Conditions::default();
    if let Some(query) = params.text("q") {
        conditions.push_match("e.article", "articles_fts", "q", query.to_string());
    }
    if let Some(from) = params.day("from")? {
        conditions.push("e.date >= ?", [Value::Text(from)]);
    }
    if let Some(to) = params.day("to")? {
        conditions.push("e.date <= ?", [Value::Text(to)]);
    }
    if let Some(country) = params.text("country") {
        match country.len() {
            2 if country.bytes().all(|b| b.is_ascii_alphabetic()) => {
                conditions.push("e.place_country = ?", [Value::Text(country.to_ascii_uppercase())]);
            }
            3 if country.bytes().all(|b| b.is_ascii_alphabetic()) => {
                let (sql, values) = either_side(&country.to_ascii_uppercase());
                conditions.push(sql, values);
            }
            _ => {
                return Err(ApiError::bad(
                    "country",
                    format!("expected ISO alpha-2 (KE) or a CAMEO country (KEN), got '{country}'"),
                ))
            }
        }
    }
    if let Some(actor) = params.code("actor")? {
        let (sql, values) = either_side(&actor);
        conditions.push(sql, values);
    }
    for side in ["source", "target"] {
        if let Some(code) = params.code(side)? {
            let (sql, values) = prefix_range(&format!("e.{side}"), &code);
            conditions.push(sql, values);
        }
    }
    if let Some(dyad) = params.text("dyad") {
        let (source, target) = dyad
            .split_once(',')
            .ok_or_else(|| ApiError::bad("dyad", format!("expected SOURCE,TARGET (RUS,UKR), got '{dyad}'")))?;
        for (column, code) in [("e.source", source), ("e.target", target)] {
            let (sql, values) = prefix_range(column, &actor_code("dyad", code.trim())?);
            conditions.push(sql, values);
        }
    }
    if let Some(code) = params.text("code") {
        if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ApiError::bad("code", format!("expected a CAMEO code of 2 to 4 digits (193), got '{code}'")));
        }
        let (sql, values) = prefix_range("e.code", code);
        conditions.push(sql, values);
    }
    if let Some(root) = params.integer("root", 1, 20)? {
        conditions.push("e.root = ?", [Value::Text(format!("{root:02}"))]);
    }
    if let Some(quad) = params.integer("quad", 1, 4)? {
        conditions.push("e.quad = ?", [Value::Integer(quad)]);
    }
    if let Some(theme) = params.text("theme") {
        conditions.push(
            "e.article IN (SELECT article FROM article_themes WHERE theme = ?)",
            [Value::Text(theme.to_string())],
        );
    }
    if let Some(near) = params.text("near") {
        let Near { lat, lon, km } = parse_near(near)?;
        // A latitude band the index answers, a longitude band unless it would wrap or
        // reach a pole, then the distance itself.
        let degrees = km / KM_PER_DEGREE;
        conditions.push("e.lat BETWEEN ? AND ?", [Value::Real(lat - degrees), Value::Real(lat + degrees)]);
        let lon_degrees = degrees / lat.to_radians().cos().max(1e-9);
        if lat.abs() + degrees < 89.0
            && lon_degrees < 180.0
            && (lon - lon_degrees) > -180.0
            && (lon + lon_degrees) < 180.0
        {
            conditions.push("e.lon BETWEEN ? AND ?", [Value::Real(lon - lon_degrees), Value::Real(lon + lon_degrees)]);
        }
        conditions.push("distance_km(e.lat, e.lon, ?, ?) <= ?", [Value::Real(lat), Value::Real(lon), Value::Real(km)]);
    }
    Ok(conditions)
}

struct Near {
    lat: f64,
    lon: f64,
    km: f64,
}

fn parse_near(value: &str) -> Result<Near, ApiError> {
    let bad = || ApiError::bad("near", format!("expected LAT,LON,KM (-1.29,36.82,50), got '{value}'"));
    let mut numbers = value.split(',').map(|part| part.trim().parse::<f64>());
    let (Some(Ok(lat)), Some(Ok(lon)), Some(Ok(km)), None) =
        (numbers.next(), numbers.next(), numbers.next(), numbers.next())
    else {
        return Err(bad());
    };
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) || !(km > 0.0 && km <= 20_000.0) {
        return Err(bad());
    }
    Ok(Near { lat, lon, km })
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

/// Great-circle distance in kilometres (haversine), registered on every connection as
/// the SQL function `distance_km(lat1, lon1, lat2, lon2)`.
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
    fn prefixes_become_index_ranges() {
        let (sql, values) = prefix_range("e.source", "RUS");
        assert_eq!(sql, "(e.source >= ? AND e.source < ?)");
        assert_eq!(values, [Value::Text("RUS".into()), Value::Text("RUT".into())]);
        assert_eq!(prefix_range("e.code", "19").1[1], Value::Text("1:".into()));
    }

    #[test]
    fn nairobi_to_mombasa_is_about_440_km() {
        let km = distance_km(-1.286, 36.817, -4.043, 39.668);
        assert!((km - 440.0).abs() < 10.0, "{km}");
    }

    #[test]
    fn a_bad_near_is_named() {
        for value in ["1,2", "1,2,3,4", "91,0,10", "0,0,-1", "a,b,c"] {
            let params = Params::parse(Some(&format!("near={value}")), &FILTER_PARAMS).unwrap();
            match event_conditions(&params) {
                Err(ApiError::BadParameter(message)) => assert!(message.starts_with("near: "), "{message}"),
                _ => panic!("near={value} is refused"),
            }
        }
    }
}
