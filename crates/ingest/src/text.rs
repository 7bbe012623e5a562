//! One-article text files: the wire format (`date YYYY-MM-DD` header) and plain text.

use crate::{decode, make_article, Article, Error, Limits, Result};
use doc::{CivilDate, Doc};
use std::io::{BufRead, Read};

/// Reads the input as one article, at most `limits.max_article_bytes` of it; a longer
/// input, of `input_bytes` when that is known, is cut.
pub(crate) fn read_article(
    reader: Box<dyn BufRead>,
    input: String,
    stem: String,
    limits: Limits,
    input_bytes: Option<u64>,
) -> Result<Article> {
    let mut bytes = Vec::new();
    // The byte past the cap tells an input longer than the cap from one exactly as long.
    let read_at_most = (limits.max_article_bytes as u64).saturating_add(1);
    if let Err(source) = reader.take(read_at_most).read_to_end(&mut bytes) {
        return Err(Error::Io { input, source });
    }
    let mut warnings = Vec::new();
    if let Some((kept, warning)) = limits.cut(&bytes, input_bytes) {
        bytes.truncate(kept);
        warnings.push(warning);
    }
    let content = decode(bytes, &mut warnings);
    let (header_date, body) = split_wire_header(&content, &mut warnings);
    let body = body.trim();
    if body.is_empty() {
        return Err(Error::Empty { input });
    }
    let mut doc = Doc::new(stem, body.to_string());
    doc.date = header_date;
    make_article(&input, doc, warnings)
}

/// Splits `date YYYY-MM-DD` off the front of a wire story; returns the date and the
/// rest. Text without the header comes back whole.
pub fn split_wire_header<'a>(content: &'a str, warnings: &mut Vec<String>) -> (Option<CivilDate>, &'a str) {
    let trimmed = content.trim_start();
    let Some(rest) = trimmed.strip_prefix("date") else {
        return (None, content);
    };
    let after_keyword = rest.trim_start();
    if after_keyword.len() == rest.len() {
        return (None, content);
    }
    let candidate = after_keyword.get(..10).unwrap_or("");
    let shaped = candidate.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    }) && candidate.len() == 10;
    let body = &after_keyword[candidate.len()..];
    if !shaped || body.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return (None, content);
    }
    let date = CivilDate::parse_iso(candidate);
    if date.is_none() {
        warnings.push(format!("invalid date {candidate:?} in the header, ignored"));
    }
    (date, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(content: &str) -> (Option<String>, &str, Vec<String>) {
        let mut warnings = Vec::new();
        let (date, body) = split_wire_header(content, &mut warnings);
        (date.map(|d| d.to_string()), body, warnings)
    }

    #[test]
    fn header_on_the_same_line_or_the_next() {
        assert_eq!(split(" date 2021-03-03 KYIV, March 3.").0.as_deref(), Some("2021-03-03"));
        assert_eq!(split(" date 2021-03-03 KYIV, March 3.").1, " KYIV, March 3.");
        assert_eq!(split("date 2022-06-14\nGENEVA (Reuters) -").1, "\nGENEVA (Reuters) -");
    }

    #[test]
    fn text_without_header_is_whole() {
        assert_eq!(split("dated letters arrived").1, "dated letters arrived");
        assert_eq!(split("date night").0, None);
        assert_eq!(split("date 2021-03-03x").0, None);
    }

    #[test]
    fn impossible_header_date_warns() {
        let (date, body, warnings) = split("date 2021-13-45 Text");
        assert_eq!((date, body), (None, " Text"));
        assert_eq!(warnings.len(), 1);
    }
}
