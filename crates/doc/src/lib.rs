//! The `Doc`: one article's text and the stand-off annotation layers that the pipeline
//! stages add to it.
//!
//! Every annotation points into [`Doc::text`] with a [`Span`] of byte offsets on char
//! boundaries; the text itself is never changed after ingest. Layers are plain sorted
//! `Vec`s, so a stage reads the layers written before it and appends its own.
//!
//! ```
//! use doc::{Doc, Span};
//! let doc = Doc::new("a1", "BAKU, July 14. Talks resumed.".to_string());
//! assert_eq!(doc.slice(Span::new(0, 4)), "BAKU");
//! ```
#![warn(missing_docs)]

pub mod calendar;
mod layers;
pub mod syntax;
pub mod time;

/// The bytes of a lowercase form that [`with_lowercase`] builds without allocating.
pub const LOWERCASE_BUFFER_BYTES: usize = 32;

/// Calls `f` with `word` lowercased char by char, without allocating when the
/// lowercase form fits in [`LOWERCASE_BUFFER_BYTES`]: the lexicon lookups of the hot
/// paths go through it, on every token, non-ASCII ones (`’s`, `Türkiye`) included.
pub fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    // Most words of news text are lowercase ASCII already: they are their own form,
    // with nothing to copy or validate.
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buffer = [0u8; LOWERCASE_BUFFER_BYTES];
    if word.len() <= buffer.len() && word.is_ascii() {
        buffer[..word.len()].copy_from_slice(word.as_bytes());
        buffer[..word.len()].make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        return f(std::str::from_utf8(&buffer[..word.len()]).unwrap_or(word));
    }
    let mut len = 0;
    for lower in word.chars().flat_map(char::to_lowercase) {
        let Some(slot) = buffer.get_mut(len..len + lower.len_utf8()) else {
            return f(&word.chars().flat_map(char::to_lowercase).collect::<String>());
        };
        len += lower.encode_utf8(slot).len();
    }
    // Whole chars encoded: always valid UTF-8.
    f(std::str::from_utf8(&buffer[..len]).unwrap_or(word))
}

/// The lines of one of dateline's data files (`data/*.tsv`) that hold data.
pub fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|line| is_data_line(line))
}

/// Whether a line of a data file holds data: it is neither empty nor a `#` comment.
pub fn is_data_line(line: &str) -> bool {
    !line.is_empty() && !line.starts_with('#')
}

/// Whether a name is in Latin script, capitalized, without digits: the alternate names
/// of a place that an English news story may use (`Kiev`, not `Київ` or `Kyiv 2`).
/// The geo and ner gazetteer builders filter GeoNames with it, so both keep the same forms.
pub fn is_latin_proper_name(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(|c| c.is_alphabetic() && (c as u32) < 0x250 || matches!(c, ' ' | '-' | '\'' | '.'))
}

pub use calendar::CivilDate;
pub use layers::*;
pub use syntax::{Dep, DepChain, DepPath, DepRel, PosTag};
pub use time::{TimePoint, TimeValue};

/// A half-open byte range `[start, end)` into [`Doc::text`].
///
/// Offsets are `u32`: an article larger than 4 GiB is refused at ingest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

// The accessors of spans and tokens are marked `#[inline]`: every stage, in every
// crate, calls them per token, and a call across crates is not inlined otherwise.
impl Span {
    /// A span from `start` to `end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start: start as u32, end: end as u32 }
    }

    /// The byte range, for slicing.
    #[inline]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no byte.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// Whether `other` lies inside this span.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Where an article came from and what its publisher said about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// Headline, when the input carries one.
    pub title: Option<String>,
    /// Address of the original, when known.
    pub url: Option<String>,
    /// Publisher or feed name, when known.
    pub source: Option<String>,
}

/// One article and its annotation layers.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    /// The article id: the JSON Lines `id`, else the file stem.
    pub id: String,
    /// The body text all spans point into. Never mutated after ingest.
    pub text: String,
    /// Publication date: from the input, else `--date`, else the dateline.
    pub date: Option<CivilDate>,
    /// Metadata from the input.
    pub meta: Meta,
    /// The opening dateline, when the article has one.
    pub dateline: Option<Dateline>,
    /// Tokens in text order; final once `segment` has run.
    pub tokens: Vec<Token>,
    /// Sentences in text order, each with its token range.
    pub sentences: Vec<Sentence>,
    /// Temporal expressions in text order.
    pub dates: Vec<DateMention>,
    /// Direct quotations in text order.
    pub quotes: Vec<Quote>,
    /// Named entities in text order.
    pub entities: Vec<Entity>,
    /// Location mentions with their places, in text order.
    pub places: Vec<PlaceMention>,
    /// Pronouns and definite descriptions (`he`, `the ambassador`, `the ministry`) with
    /// the earlier person, organization or place each refers to, in text order, never
    /// overlapping.
    pub references: Vec<Reference>,
    /// Part-of-speech tags: empty until `parse`, then one per token ([`PosTag::NONE`]
    /// in sentences it did not parse).
    pub pos: Vec<PosTag>,
    /// Dependencies: empty until `parse`, then one per token ([`DepRel::NONE`] in
    /// sentences it did not parse).
    pub deps: Vec<Dep>,
    /// CAMEO-coded actors (entities, speakers, and references, which take their
    /// antecedent's code), by span.
    pub actors: Vec<Actor>,
    /// CAMEO-coded events in sentence order.
    pub events: Vec<Event>,
    /// Tone counts of the whole article.
    pub tone: Tone,
    /// Themes in text order.
    pub themes: Vec<ThemeMention>,
}

impl Doc {
    /// The actor code of exactly this span, if it was coded.
    pub fn actor_at(&self, span: Span) -> Option<ActorCode> {
        self.actors.binary_search_by_key(&span, |a| a.span).ok().map(|i| self.actors[i].code)
    }
}

/// See [`Doc::token_cursor`].
pub struct TokenCursor<'d> {
    tokens: &'d [Token],
    next: usize,
}

impl TokenCursor<'_> {
    /// What [`Doc::token_range`] gives for `span`, which starts at or after every span
    /// asked before.
    pub fn range(&mut self, span: Span) -> std::ops::Range<usize> {
        while self.next < self.tokens.len() && self.tokens[self.next].span.end <= span.start {
            self.next += 1;
        }
        let mut end = self.next;
        while end < self.tokens.len() && self.tokens[end].span.end <= span.end {
            end += 1;
        }
        self.next..end
    }
}

impl Doc {
    /// A document with no annotations yet.
    pub fn new(id: impl Into<String>, text: String) -> Doc {
        Doc { id: id.into(), text, ..Doc::default() }
    }

    /// The text a span covers.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The first of `tokens` (a range of token indices) after the dateline: the
    /// dateline opens the first sentence but is parsed, never tagged or coded. A sentence
    /// that ends before the dateline starts (a byline, `By Anna Weber`) is kept whole.
    pub fn after_dateline(&self, tokens: std::ops::Range<usize>) -> usize {
        let Some(dateline) = self.dateline else {
            return tokens.start;
        };
        let sentence = &self.tokens[tokens.clone()];
        if sentence.last().is_some_and(|t| t.span.end <= dateline.span.start) {
            return tokens.start;
        }
        tokens.start + sentence.partition_point(|t| t.span.start < dateline.span.end)
    }

    /// The indices of the tokens that `span` covers (from the token that holds its
    /// start), found by binary search.
    pub fn token_range(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|t| t.span.end <= span.start);
        first..first + self.tokens[first..].partition_point(|t| t.span.end <= span.end)
    }

    /// A cursor that finds the token ranges of spans given in text order by walking on
    /// from the last: over a whole layer, linear and cache-friendly where a binary search
    /// per span is neither.
    pub fn token_cursor(&self) -> TokenCursor<'_> {
        TokenCursor { tokens: &self.tokens, next: 0 }
    }

    /// The text of token `index`.
    #[inline]
    pub fn token_text(&self, index: usize) -> &str {
        self.slice(self.tokens[index].span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_cursor_finds_what_the_binary_search_finds() {
        let mut doc = Doc::new("c", "Ann Lee met Bo in Paris , France .".to_string());
        let mut start = 0;
        for word in doc.text.clone().split(' ') {
            let at = doc.text[start..].find(word).unwrap() + start;
            doc.tokens.push(Token {
                span: Span::new(at, at + word.len()),
                kind: TokenKind::Word,
                newline_before: false,
                space_before: true,
            });
            start = at + word.len();
        }
        let spans = [Span::new(0, 7), Span::new(8, 11), Span::new(12, 14), Span::new(18, 32), Span::new(33, 34)];
        let mut cursor = doc.token_cursor();
        for span in spans {
            assert_eq!(cursor.range(span), doc.token_range(span), "{span:?}");
        }
    }

    #[test]
    fn lowercase_forms_are_built_char_by_char_whatever_the_script() {
        assert_eq!(with_lowercase("Türkiye", str::to_string), "türkiye");
        assert_eq!(with_lowercase("’S", str::to_string), "’s");
        let long = "É".repeat(40);
        assert_eq!(with_lowercase(&long, str::to_string), "é".repeat(40), "past the buffer, allocated");
    }

    #[test]
    fn latin_proper_names_are_capitalized_latin_letters() {
        for name in ["Kiev", "Saint-Étienne", "N'Djamena", "St. Louis"] {
            assert!(is_latin_proper_name(name), "{name}");
        }
        for name in ["Київ", "kiev", "Kyiv 2", "", "北京"] {
            assert!(!is_latin_proper_name(name), "{name}");
        }
    }
}
