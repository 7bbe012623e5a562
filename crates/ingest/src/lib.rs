//! Ingest: reads articles from files, directories and stdin, one [`Doc`] per article.
//!
//! Formats are detected, never configured: gzip by its magic bytes, JSON Lines by the
//! file extension (`.jsonl`, `.ndjson`, `.json`) or a leading `{`, and otherwise text:
//! the wire format of the reference corpus (`date YYYY-MM-DD` then the body) or plain
//! text. Input is streamed: a JSON Lines file is read one line at a time, so a file of a
//! million articles never sits in memory.
//!
//! Input is also bounded: an article keeps at most [`Limits::max_article_bytes`] of text
//! (cut, with a warning, at whitespace before the cap), no more than that is read or
//! decompressed from a text input, and a JSON Lines line too long to hold an article
//! of that size is skipped without being held, so a gzip bomb costs no more memory
//! than a long story.
//!
//! Errors name the input and, for JSON Lines, the line; they end one article or one
//! file, never the run. Input that can be read only in part (invalid UTF-8) is decoded
//! lossily and the article carries a warning.
//!
//! ```
//! let source = ingest::Source::Memory { name: "a1".into(), bytes: b"date 2020-10-07 BAKU, Oct. 7. Text.".to_vec() };
//! let article = ingest::read(&source, ingest::Limits::default()).unwrap().next().unwrap().unwrap();
//! assert_eq!(article.doc.text, "BAKU, Oct. 7. Text.");
//! assert_eq!(article.doc.date.unwrap().to_string(), "2020-10-07");
//! ```
#![warn(missing_docs)]

mod jsonl;
mod limits;
mod paths;
mod text;

pub use limits::{Limits, DEFAULT_MAX_ARTICLE_BYTES};
pub use paths::expand_paths;

use doc::Doc;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Where articles come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file on disk.
    File(PathBuf),
    /// Bytes already in memory (benchmarks, tests), with a name standing for a path.
    Memory {
        /// The name used as the article id stem and in messages.
        name: String,
        /// The content, possibly gzip-compressed.
        bytes: Vec<u8>,
    },
}

impl Source {
    /// The bytes the source holds, as stored (compressed for gzip): what
    /// [`Articles::bytes_read`] counts up to. `None` for stdin or an unreadable file.
    pub fn size(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File(path) => std::fs::metadata(path).ok().filter(|m| m.is_file()).map(|m| m.len()),
            Source::Memory { bytes, .. } => Some(bytes.len() as u64),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("<stdin>"),
            Source::File(path) => path.display().fmt(f),
            Source::Memory { name, .. } => f.write_str(name),
        }
    }
}

/// One article read from a source.
#[derive(Debug)]
pub struct Article {
    /// The document, with `id`, `text`, `meta` and the date the input gives set, and
    /// no layers yet.
    pub doc: Doc,
    /// Problems that did not stop the article from being read.
    pub warnings: Vec<String>,
}

/// Why an article or a whole input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be opened or read.
    #[error("{input}: {source}")]
    Io {
        /// The input.
        input: String,
        /// The cause.
        source: io::Error,
    },
    /// The input holds no text.
    #[error("{input}: empty input")]
    Empty {
        /// The input.
        input: String,
    },
    /// The input holds NUL bytes: not text.
    #[error("{input}: binary file (NUL bytes), not text")]
    Binary {
        /// The input.
        input: String,
    },
    /// One JSON Lines line could not be read as an article.
    #[error("{input}: line {line}: {reason}")]
    BadLine {
        /// The input.
        input: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong with it.
        reason: String,
    },
    /// The article is larger than the 4 GiB that byte spans can address.
    #[error("{input}: article too large ({bytes} bytes; at most 4 GiB)")]
    TooLarge {
        /// The input.
        input: String,
        /// Its size.
        bytes: usize,
    },
}

/// A result of this crate.
pub type Result<T> = std::result::Result<T, Error>;

/// The articles of one source, read lazily.
pub struct Articles {
    inner: ArticlesInner,
    bytes_read: Arc<AtomicU64>,
}

impl Articles {
    /// The bytes read from the source so far, as stored (compressed for gzip), a buffer
    /// ahead of the articles returned: progress through an input of known [`Source::size`].
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read.load(Ordering::Relaxed)
    }
}

/// A reader that counts the bytes it reads, for [`Articles::bytes_read`].
struct Counted<R> {
    inner: R,
    bytes: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.bytes.fetch_add(read as u64, Ordering::Relaxed);
        Ok(read)
    }
}

enum ArticlesInner {
    Text(Option<Box<Result<Article>>>),
    Lines(jsonl::Lines),
}

impl Iterator for Articles {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        match &mut self.inner {
            ArticlesInner::Text(article) => article.take().map(|a| *a),
            ArticlesInner::Lines(lines) => lines.next(),
        }
    }
}

/// Bytes peeked at to detect binary content and the format.
const PEEK_BYTES: usize = 64 * 1024;
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Opens `source` and returns its articles, each within `limits`. Fails only when the
/// source as a whole cannot be read; errors in single articles come through the iterator.
pub fn read(source: &Source, limits: Limits) -> Result<Articles> {
    let input = source.to_string();
    let io_error = |source| Error::Io { input: input.clone(), source };
    let (raw, mut input_bytes): (Box<dyn Read>, Option<u64>) = match source {
        Source::Stdin => (Box::new(io::stdin().lock()), None),
        Source::File(path) => {
            let file = File::open(path).map_err(io_error)?;
            let size = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
            (Box::new(file), size)
        }
        Source::Memory { bytes, .. } => (Box::new(io::Cursor::new(bytes.clone())), Some(bytes.len() as u64)),
    };
    let bytes_read = Arc::new(AtomicU64::new(0));
    let mut reader = BufReader::with_capacity(PEEK_BYTES, Counted { inner: raw, bytes: Arc::clone(&bytes_read) });
    let compressed = reader.fill_buf().map_err(io_error)?.starts_with(&GZIP_MAGIC);
    let mut reader: Box<dyn BufRead> = if compressed {
        // What the input inflates to is known only by inflating it all.
        input_bytes = None;
        Box::new(BufReader::with_capacity(PEEK_BYTES, flate2::bufread::MultiGzDecoder::new(reader)))
    } else {
        Box::new(reader)
    };
    let head = reader.fill_buf().map_err(io_error)?;
    if head.is_empty() {
        return Err(Error::Empty { input });
    }
    if memchr::memchr(0, head).is_some() {
        return Err(Error::Binary { input });
    }
    let stem = article_stem(source);
    let first_byte = head.iter().find(|b| !b.is_ascii_whitespace());
    let inner = if is_jsonl_name(source) || first_byte == Some(&b'{') {
        ArticlesInner::Lines(jsonl::Lines::new(reader, input, stem, limits))
    } else {
        ArticlesInner::Text(Some(Box::new(text::read_article(reader, input, stem, limits, input_bytes))))
    };
    Ok(Articles { inner, bytes_read })
}

/// The file name without `.gz` and its extension: the id of a one-article file.
fn article_stem(source: &Source) -> String {
    let name = match source {
        Source::Stdin => return "stdin".to_string(),
        Source::File(path) => path.file_name().map(|n| n.to_string_lossy().into_owned()),
        Source::Memory { name, .. } => Some(name.clone()),
    }
    .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    Path::new(name).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| name.to_string())
}

fn is_jsonl_name(source: &Source) -> bool {
    let Source::File(path) = source else {
        return false;
    };
    let name = path.to_string_lossy();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".jsonl", ".ndjson", ".json"].iter().any(|ext| name.ends_with(ext))
}

/// Builds the article, checking the size limit of byte spans.
fn make_article(input: &str, doc: Doc, warnings: Vec<String>) -> Result<Article> {
    if doc.text.len() > u32::MAX as usize {
        return Err(Error::TooLarge { input: input.to_string(), bytes: doc.text.len() });
    }
    Ok(Article { doc, warnings })
}

/// Decodes bytes as UTF-8, lossily, saying so in `warnings`.
fn decode(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let at = error.utf8_error().valid_up_to();
            warnings.push(format!("invalid UTF-8 at byte {at}, decoded lossily"));
            String::from_utf8_lossy(error.as_bytes()).into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn memory(name: &str, bytes: &[u8]) -> Source {
        Source::Memory { name: name.into(), bytes: bytes.to_vec() }
    }

    fn read_all(source: &Source) -> Vec<Result<Article>> {
        read_all_within(source, Limits::default())
    }

    fn read_all_within(source: &Source, limits: Limits) -> Vec<Result<Article>> {
        read(source, limits).unwrap().collect()
    }

    #[test]
    fn gzip_is_detected_by_magic() {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(b"date 2021-03-03\nKYIV, March 3. /UNIAN/. Text.").unwrap();
        let articles = read_all(&memory("k.txt.gz", &encoder.finish().unwrap()));
        let doc = &articles[0].as_ref().unwrap().doc;
        assert_eq!(doc.id, "k");
        assert_eq!(doc.text, "KYIV, March 3. /UNIAN/. Text.");
    }

    #[test]
    fn bytes_read_reaches_the_stored_size_of_a_source() {
        let lines: String = (0..2000).map(|i| format!("{{\"id\":\"a{i}\",\"text\":\"Story {i}.\"}}\n")).collect();
        for source in [memory("feed.jsonl", lines.as_bytes()), memory("feed.jsonl.gz", &gzip(lines.as_bytes()))] {
            let mut articles = read(&source, Limits::default()).unwrap();
            assert!(articles.bytes_read() <= source.size().unwrap());
            assert_eq!(articles.by_ref().count(), 2000);
            assert_eq!(articles.bytes_read(), source.size().unwrap(), "{source}");
        }
        assert_eq!(Source::Stdin.size(), None);
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn a_gzip_bomb_is_inflated_only_to_the_cap() {
        let max_article_bytes = 1 << 20;
        let mut bomb = gzip("talks resume ".repeat((50 << 20) / 13).as_bytes());
        // Past the first member, a corrupt one: reading it all would fail there.
        bomb.extend_from_slice(&gzip(b"unread")[..12]);
        let mut articles = read(&memory("bomb.txt.gz", &bomb), Limits { max_article_bytes }).unwrap();
        let article = articles.next().unwrap().unwrap();
        assert!(article.doc.text.len() <= max_article_bytes);
        assert!(article.doc.text.len() > max_article_bytes - 20);
        let warning =
            format!("article cut to its first {} bytes of over 1048576 (--max-article-bytes)", article.doc.text.len());
        assert_eq!(article.warnings, [warning]);
    }

    #[test]
    fn a_text_over_the_cap_is_cut_and_its_size_named() {
        let limits = Limits { max_article_bytes: 26 };
        let articles = read_all_within(&memory("t.txt", b"date 2020-10-07 The talks must resume."), limits);
        let article = articles[0].as_ref().unwrap();
        assert_eq!(article.doc.text, "The talks");
        assert_eq!(article.warnings, ["article cut to its first 25 bytes of 38 (--max-article-bytes)"]);
        let exactly_at_the_cap =
            read_all_within(&memory("t.txt", b"The talks must resume."), Limits { max_article_bytes: 22 });
        assert!(exactly_at_the_cap[0].as_ref().unwrap().warnings.is_empty());
    }

    #[test]
    fn empty_and_binary_inputs_are_refused_by_name() {
        let empty = read(&memory("e.txt", b""), Limits::default()).err().unwrap();
        assert_eq!(empty.to_string(), "e.txt: empty input");
        let binary = read(&memory("b.bin", b"\x7fELF\0\0\x01"), Limits::default()).err().unwrap();
        assert_eq!(binary.to_string(), "b.bin: binary file (NUL bytes), not text");
        let blank = read_all(&memory("w.txt", b"  \n\t "));
        assert_eq!(blank[0].as_ref().err().unwrap().to_string(), "w.txt: empty input");
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_read_without_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
            let source = memory("fuzz.txt", &bytes);
            if let Ok(articles) = read(&source, Limits::default()) {
                for article in articles.flatten() {
                    proptest::prop_assert!(!article.doc.text.is_empty());
                }
            }
        }
    }

    #[test]
    fn missing_file_names_the_path() {
        let error = read(&Source::File("/nonexistent/x.txt".into()), Limits::default()).err().unwrap();
        assert!(error.to_string().starts_with("/nonexistent/x.txt: "), "{error}");
    }
}
