//! JSON Lines: one article per line, `{"id","text","date","title","url","source"}`.

use crate::{decode, make_article, Article, Error, Limits, Result};
use doc::{CivilDate, Doc, Meta};
use serde::Deserialize;
use std::io::{self, BufRead};

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
    limits: Limits,
    line_number: u64,
    articles_read: u64,
    line: Vec<u8>,
    done: bool,
}

impl Lines {
    pub(crate) fn new(reader: Box<dyn BufRead>, input: String, stem: String, limits: Limits) -> Lines {
        Lines { reader, input, stem, limits, line_number: 0, articles_read: 0, line: Vec::new(), done: false }
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
        let mut text = record.text.ok_or_else(|| self.bad_line("no \"text\" field".to_string()))?;
        if text.trim().is_empty() {
            return Err(self.bad_line("empty \"text\"".to_string()));
        }
        if let Some((kept, warning)) = self.limits.cut(text.as_bytes(), Some(text.len() as u64)) {
            text.truncate(kept);
            warnings.push(format!("line {}: {warning}", self.line_number));
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
            match read_line_within(&mut self.reader, &mut self.line, self.limits.max_line_bytes()) {
                Err(source) => {
                    self.done = true;
                    return Some(Err(Error::Io {
                        input: format!("{}: line {}", self.input, self.line_number + 1),
                        source,
                    }));
                }
                Ok(LineRead::End) => {
                    self.done = true;
                    if self.articles_read == 0 && self.line_number > 0 {
                        return Some(Err(Error::Empty { input: self.input.clone() }));
                    }
                }
                Ok(LineRead::TooLong { bytes }) => {
                    self.line_number += 1;
                    self.articles_read += 1;
                    let max_bytes = self.limits.max_line_bytes();
                    return Some(Err(self.bad_line(format!(
                        "{bytes} bytes long, over the {max_bytes} a line may have (twice --max-article-bytes and a margin); skipped"
                    ))));
                }
                Ok(LineRead::Line) => {
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

/// How reading one line ended.
#[derive(Debug, PartialEq, Eq)]
enum LineRead {
    /// The input ended before any byte of a line.
    End,
    /// The line is in the buffer, with its newline if it had one.
    Line,
    /// The line was longer than the bound; it was passed over, not kept.
    TooLong {
        /// Its length, without the newline.
        bytes: u64,
    },
}

/// Reads one line into `line` (cleared), as `read_until` does, unless it is longer than
/// `max_bytes`: then the rest of it is consumed without being kept, so a line of any
/// length costs at most `max_bytes` of memory and the next read starts at the next line.
fn read_line_within(reader: &mut dyn BufRead, line: &mut Vec<u8>, max_bytes: usize) -> io::Result<LineRead> {
    line.clear();
    let mut line_bytes: u64 = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        let newline = memchr::memchr(b'\n', available);
        let consumed = newline.map_or(available.len(), |at| at + 1);
        line_bytes += newline.unwrap_or(available.len()) as u64;
        if line_bytes <= max_bytes as u64 {
            line.extend_from_slice(&available[..consumed]);
        } else {
            line.clear();
        }
        reader.consume(consumed);
        if newline.is_some() || consumed == 0 {
            return Ok(if line_bytes > max_bytes as u64 {
                LineRead::TooLong { bytes: line_bytes }
            } else if line.is_empty() {
                LineRead::End
            } else {
                LineRead::Line
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{read_line_within, LineRead};
    use crate::{read, Limits, Source};

    fn read_lines(bytes: &[u8]) -> Vec<Result<String, String>> {
        read_lines_within(bytes, Limits::default())
    }

    fn read_lines_within(bytes: &[u8], limits: Limits) -> Vec<Result<String, String>> {
        let source = Source::Memory { name: "feed.jsonl".into(), bytes: bytes.to_vec() };
        read(&source, limits)
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

    #[test]
    fn a_line_over_the_bound_is_skipped_and_the_next_read() {
        let limits = Limits { max_article_bytes: 1000 };
        let long_text = "word ".repeat(limits.max_line_bytes() / 5 + 1);
        let feed = format!("{{\"id\":\"long\",\"text\":\"{long_text}\"}}\n{{\"id\":\"next\",\"text\":\"Two.\"}}\n");
        let out = read_lines_within(feed.as_bytes(), limits);
        let line_bytes = feed.find('\n').unwrap();
        let expected = format!(
            "feed.jsonl: line 1: {line_bytes} bytes long, over the {} a line may have (twice --max-article-bytes and a margin); skipped",
            limits.max_line_bytes()
        );
        assert_eq!(out[0].as_ref().unwrap_err(), &expected);
        assert_eq!(out[1].as_deref(), Ok("next None []"));
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn a_long_line_is_passed_over_without_being_kept() {
        let mut input = vec![b'x'; 1 << 20];
        input.extend_from_slice(b"\nnext\n");
        let mut reader = std::io::BufReader::with_capacity(4096, &input[..]);
        let mut line = Vec::new();
        assert_eq!(read_line_within(&mut reader, &mut line, 1000).unwrap(), LineRead::TooLong { bytes: 1 << 20 });
        assert!(line.capacity() < 8192, "held {} bytes", line.capacity());
        assert_eq!(read_line_within(&mut reader, &mut line, 1000).unwrap(), LineRead::Line);
        assert_eq!(line, b"next\n");
        assert_eq!(read_line_within(&mut reader, &mut line, 1000).unwrap(), LineRead::End);
    }

    #[test]
    fn a_text_over_the_cap_is_cut_with_a_warning() {
        let limits = Limits { max_article_bytes: 10 };
        let out = read_lines_within(b"{\"id\":\"c\",\"text\":\"The talks must resume.\"}\n", limits);
        let warning = "line 1: article cut to its first 9 bytes of 22 (--max-article-bytes)";
        assert_eq!(out[0].as_deref(), Ok(format!("c None [{warning:?}]").as_str()));
    }
}
