//! Query parameters: each endpoint names the ones it takes; an unknown, repeated or
//! malformed one is a 400 that names it. An empty value is the same as none (a form
//! submits its empty fields).

use crate::error::ApiError;
use doc::CivilDate;

pub struct Params {
    pairs: Vec<(String, String)>,
}

/// Lists answer this many items unless `per_page` says otherwise.
pub const DEFAULT_PER_PAGE: u32 = 50;
/// And never more than this many.
pub const MAX_PER_PAGE: u32 = 500;

impl Params {
    /// Reads a raw query string, accepting only the parameter names in `allowed`.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
            .map_err(|error| ApiError::BadParameter(format!("query string: {error}")))?;
        for (index, (name, _)) in pairs.iter().enumerate() {
            if !allowed.contains(&name.as_str()) {
                return Err(ApiError::bad(
                    name,
                    format!("unknown parameter (this endpoint takes: {})", allowed.join(", ")),
                ));
            }
            if pairs[..index].iter().any(|(earlier, _)| earlier == name) {
                return Err(ApiError::bad(name, "given more than once"));
            }
        }
        Ok(Params { pairs })
    }

    /// The value of `name`, trimmed; `None` when absent or empty.
    pub fn text(&self, name: &str) -> Option<&str> {
        let (_, value) = self.pairs.iter().find(|(key, _)| key == name)?;
        Some(value.trim()).filter(|value| !value.is_empty())
    }

    /// A day, `YYYY-MM-DD`, checked against the calendar.
    pub fn day(&self, name: &str) -> Result<Option<CivilDate>, ApiError> {
        let Some(value) = self.text(name) else { return Ok(None) };
        CivilDate::parse_iso(value)
            .map(Some)
            .ok_or_else(|| ApiError::bad(name, format!("expected YYYY-MM-DD, got '{value}'")))
    }

    /// An integer in `min..=max`.
    pub fn integer(&self, name: &str, min: i64, max: i64) -> Result<Option<i64>, ApiError> {
        let Some(value) = self.text(name) else { return Ok(None) };
        match value.parse::<i64>() {
            Ok(number) if (min..=max).contains(&number) => Ok(Some(number)),
            _ => Err(ApiError::bad(name, format!("expected an integer from {min} to {max}, got '{value}'"))),
        }
    }

    /// One of `choices`; the first is the default.
    pub fn choice(&self, name: &str, choices: &[&'static str]) -> Result<&'static str, ApiError> {
        let Some(value) = self.text(name) else { return Ok(choices[0]) };
        choices
            .iter()
            .find(|choice| **choice == value)
            .copied()
            .ok_or_else(|| ApiError::bad(name, format!("expected one of {}, got '{value}'", choices.join(", "))))
    }

    /// An actor code or its prefix (`RUS`, `RUSGOV`, `IGOUNO`; `RUS$`: exactly `RUS`).
    pub fn code(&self, name: &str) -> Result<Option<ActorMatch>, ApiError> {
        self.text(name).map(|value| actor_code(name, value)).transpose()
    }

    /// `page` and `per_page`.
    pub fn paging(&self) -> Result<Paging, ApiError> {
        let page = self.integer("page", 1, i64::from(u32::MAX))?.unwrap_or(1);
        let per_page = self.integer("per_page", 1, i64::from(MAX_PER_PAGE))?.unwrap_or(i64::from(DEFAULT_PER_PAGE));
        Ok(Paging { page: page as u32, per_page: per_page as u32 })
    }
}

/// The actor codes a parameter names: those starting with `code`, or, written with a
/// final `$` (`RUS$`), `code` alone. A network's edge counts the events of exactly its
/// two codes, and the list it opens must count the same.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorMatch {
    code: String,
    exact: bool,
}

impl ActorMatch {
    pub fn matches(&self, code: &str) -> bool {
        if self.exact {
            code == self.code
        } else {
            code.starts_with(self.code.as_str())
        }
    }
}

/// An actor code or prefix as `code`s take it: letters and digits, uppercased, and an
/// optional final `$`.
pub fn actor_code(name: &str, value: &str) -> Result<ActorMatch, ApiError> {
    let (code, exact) = match value.strip_suffix('$') {
        Some(code) => (code, true),
        None => (value, false),
    };
    if !code.is_empty() && code.len() <= 15 && code.bytes().all(|byte| byte.is_ascii_alphanumeric()) {
        Ok(ActorMatch { code: code.to_ascii_uppercase(), exact })
    } else {
        Err(ApiError::bad(
            name,
            format!("expected an actor code such as RUS, RUSGOV or RUS$ (exactly RUS), got '{value}'"),
        ))
    }
}

#[derive(Clone, Copy)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
}

impl Paging {
    pub fn offset(self) -> i64 {
        (i64::from(self.page) - 1) * i64::from(self.per_page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(error: ApiError) -> String {
        match error {
            ApiError::BadParameter(message) => message,
            other => panic!("expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn a_bad_day_is_named_with_the_value() {
        let params = Params::parse(Some("from=2020-13-01"), &["from"]).unwrap();
        assert_eq!(message(params.day("from").unwrap_err()), "from: expected YYYY-MM-DD, got '2020-13-01'");
        assert!(CivilDate::parse_iso("2024-02-29").is_some());
        assert!(CivilDate::parse_iso("2023-02-29").is_none());
        assert!(CivilDate::parse_iso("2023-2-09").is_none());
    }

    #[test]
    fn unknown_and_repeated_parameters_are_refused() {
        assert!(message(Params::parse(Some("form=2020-01-01"), &["from", "to"]).err().unwrap())
            .starts_with("form: unknown"));
        assert_eq!(message(Params::parse(Some("to=1&to=2"), &["to"]).err().unwrap()), "to: given more than once");
    }

    #[test]
    fn empty_values_are_absent_and_paging_is_bounded() {
        let params = Params::parse(Some("q=&page=2&per_page=10"), &["q", "page", "per_page"]).unwrap();
        assert_eq!(params.text("q"), None);
        let paging = params.paging().unwrap();
        assert_eq!((paging.page, paging.per_page, paging.offset()), (2, 10, 10));
        let too_many = Params::parse(Some("per_page=501"), &["per_page"]).unwrap();
        assert!(message(too_many.paging().err().unwrap()).starts_with("per_page: expected an integer from 1 to 500"));
    }

    #[test]
    fn codes_are_uppercased_and_checked() {
        let params =
            Params::parse(Some("actor=rusgov&source=R%27US&target=rus%24"), &["actor", "source", "target"]).unwrap();
        let actor = params.code("actor").unwrap().unwrap();
        assert!(actor.matches("RUSGOV") && actor.matches("RUSGOVMIL") && !actor.matches("RUS"));
        assert!(message(params.code("source").unwrap_err()).starts_with("source: expected an actor code"));
        let exactly = params.code("target").unwrap().unwrap();
        assert!(exactly.matches("RUS") && !exactly.matches("RUSGOV"), "RUS$ is RUS alone");
        assert!(actor_code("dyad", "$").is_err());
    }
}
