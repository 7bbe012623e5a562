//! JSON Lines: one article per line, `{"id","text","date","title","url","source"}`.

use crate::{decode, make_article, Article, Error, Result};
use doc::{CivilDate, Doc, Meta};
use serde::Deserialize;
use std::io::BufRead;

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

/// The articles of a JSON Lines input, one line at a time.
pub(crate) struct Lines {
    reader: Box<dyn BufRead>,
    input: String,
    stem: String,
    line_number: u64,
    articles_read: u64,
    line: Vec<u8>,
    done: bool,
}

impl Lines {
    pub(crate) fn new(reader: Box<dyn BufRead>, input: String, stem: String) -> Lines {
        Lines { reader, input, stem, line_number: 0, articles_read: 0, line: Vec::new(), done: false }
    }

    fn bad_line(&self, reason: String) -> Error {
        Error::BadLine { input: self.input.clone(), line: self.line_number, reason }
    }

    fn parse_line(&mut self) -> Result<Article> {
        let mut warnings = Vec::new();
        let line = decode(std::mem::take(&mut self.line), &mut warnings);
        for warning in &mut warnings {
            *warning = format!("line {}: {warning}", self.line_number);
        }
        let record: Record = serde_json::from_str(&line).map_err(|e| self.bad_line(format!("invalid JSON: {e}")))?;
        let text = record.text.ok_or_else(|| self.bad_line("no \"text\" field".to_string()))?;
        if text.trim().is_empty() {
            return Err(self.bad_line("empty \"text\"".to_string()));
        }
        let id = match record.id {
            Some(serde_json::Value::String(id)) => id,
            Some(serde_json::Value::Number(id)) => id.to_string(),
            _ => format!("{}-{}", self.stem, self.line_number),
        };
        let mut doc = Doc::new(id, text);
        doc.date = match record.date.as_deref() {
            // Accept full timestamps too: the day is their first ten bytes.
            Some(date) => match date.get(..10).and_then(CivilDate::parse_iso) {
                Some(date) => Some(date),
                None => {
                    warnings.push(format!("line {}: invalid date {date:?}, ignored", self.line_number));
                    None
                }
            },
            None => None,
        };
        doc.meta = Meta { title: record.title, url: record.url, source: record.source };
        make_article(&self.input, doc, warnings)
    }
}

impl Iterator for Lines {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        while !self.done {
            self.line.clear();
            match self.reader.read_until(b'\n', &mut self.line) {
                Err(source) => {
                    self.done = true;
                    return Some(Err(Error::Io {
                        input: format!("{}: line {}", self.input, self.line_number + 1),
                        source,
                    }));
                }
                Ok(0) => {
                    self.done = true;
                    if self.articles_read == 0 && self.line_number > 0 {
                        return Some(Err(Error::Empty { input: self.input.clone() }));
                    }
                }
                Ok(_) => {
                    self.line_number += 1;
                    if self.line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.articles_read += 1;
                    return Some(self.parse_line());
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::{read, Source};

    fn read_lines(bytes: &[u8]) -> Vec<Result<String, String>> {
        let source = Source::Memory { name: "feed.jsonl".into(), bytes: bytes.to_vec() };
        read(&source)
            .unwrap()
            .map(|r| {
                r.map(|a| format!("{} {:?} {:?}", a.doc.id, a.doc.date.map(|d| d.to_string()), a.warnings))
                    .map_err(|e| e.to_string())
            })
            .collect()
    }

    #[test]
    fn lines_are_articles_and_bad_lines_name_their_number() {
        let out = read_lines(
            b"{\"id\":\"a\",\"text\":\"One.\",\"date\":\"2020-10-07T10:00:00Z\"}\n\n{broken\n{\"id\":7,\"text\":\"Two.\"}\n{\"title\":\"x\"}\n{\"text\":\"Three.\",\"date\":\"soon\"}\n{\"text\":\" \"}\n",
        );
        assert_eq!(out[0].as_deref(), Ok("a Some(\"2020-10-07\") []"));
        assert!(out[1].as_ref().unwrap_err().starts_with("feed.jsonl: line 3: invalid JSON"), "{out:?}");
        assert_eq!(out[2].as_deref(), Ok("7 None []"));
        assert_eq!(out[3].as_ref().unwrap_err(), "feed.jsonl: line 5: no \"text\" field");
        assert_eq!(out[4].as_deref(), Ok("feed-6 None [\"line 6: invalid date \\\"soon\\\", ignored\"]"));
        assert_eq!(out[5].as_ref().unwrap_err(), "feed.jsonl: line 7: empty \"text\"");
        assert_eq!(out.len(), 6);
    }

    #[test]
    fn invalid_utf8_in_a_line_is_decoded_lossily() {
        let out = read_lines(b"{\"id\":\"u\",\"text\":\"caf\xe9\"}\n");
        assert_eq!(out[0].as_deref(), Ok("u None [\"line 1: invalid UTF-8 at byte 21, decoded lossily\"]"));
    }
}
