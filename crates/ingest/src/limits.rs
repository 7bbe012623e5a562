//! The article size cap: how much of an input is read, and where an article is cut.

/// The default of [`Limits::max_article_bytes`]: 2 MiB, far above any wire story, so
/// only runaway inputs (a gzip bomb, a whole book on one line) are cut.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 2 << 20;

/// Bytes a JSON Lines line may have beyond twice the article cap: the id, title, url
/// and source fields, and the JSON around them.
const LINE_MARGIN_BYTES: usize = 64 << 10;

/// Bytes before the cap searched for whitespace to cut at; text without any there is
/// not prose, and is cut at a char boundary instead.
const CUT_SEARCH_BYTES: usize = 4 << 10;

/// Bounds on what one input may make ingest hold in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of text an article keeps: a longer one is cut, with a warning, and no
    /// more than this is read or decompressed from a text input.
    pub max_article_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES }
    }
}

impl Limits {
    /// The longest JSON Lines line read: escapes (`\n`, `\"`, `\u00e9`) can make the
    /// JSON of a text twice as long as the text.
    pub(crate) fn max_line_bytes(&self) -> usize {
        self.max_article_bytes.saturating_mul(2).saturating_add(LINE_MARGIN_BYTES)
    }

    /// For an article of `bytes` over the cap, how many bytes it keeps and the warning
    /// that says so; `full` is the input's size, when known.
    pub(crate) fn cut(&self, bytes: &[u8], full: Option<u64>) -> Option<(usize, String)> {
        let max_bytes = self.max_article_bytes;
        if bytes.len() <= max_bytes {
            return None;
        }
        let kept = cut_point(bytes, max_bytes);
        Some((kept, cut_warning(kept, full.filter(|&full| full > max_bytes as u64), max_bytes)))
    }
}

/// Where to cut `bytes`, which are longer than `max_bytes`, to keep at most `max_bytes`:
/// at the last whitespace shortly before the cap, so that no word is split, or else at
/// the last char boundary. In valid UTF-8 the result is always a char boundary.
fn cut_point(bytes: &[u8], max_bytes: usize) -> usize {
    let search_start = max_bytes.saturating_sub(CUT_SEARCH_BYTES);
    let last_whitespace = bytes[search_start..max_bytes].iter().rposition(u8::is_ascii_whitespace);
    match last_whitespace.map(|at| search_start + at) {
        Some(at) if at > 0 => at,
        // A UTF-8 continuation byte (10xxxxxx) never starts a char.
        _ => (search_start..=max_bytes).rev().find(|&at| bytes[at] & 0xC0 != 0x80).unwrap_or(max_bytes),
    }
}

/// The warning of an article cut to `kept` bytes; `full` is the input's size when
/// known (reading stopped at the cap, so it is known only when the input said it).
fn cut_warning(kept: usize, full: Option<u64>, max_bytes: usize) -> String {
    match full {
        Some(full) => format!("article cut to its first {kept} bytes of {full} (--max-article-bytes)"),
        None => format!("article cut to its first {kept} bytes of over {max_bytes} (--max-article-bytes)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str, max_bytes: usize) -> &str {
        &text[..cut_point(text.as_bytes(), max_bytes)]
    }

    #[test]
    fn cuts_at_the_last_whitespace_before_the_cap() {
        assert_eq!(cut("The talks must resume.", 12), "The talks");
        assert_eq!(cut("The talks must resume.", 15), "The talks must");
    }

    #[test]
    fn text_without_whitespace_is_cut_at_a_char_boundary() {
        assert_eq!(cut("abcdef", 3), "abc");
        assert_eq!(cut("caféé", 4), "caf");
        assert_eq!(cut("caféé", 5), "café");
        assert_eq!(cut(" abcdef", 3), " ab", "whitespace at the start leaves nothing: not a cut point");
    }

    #[test]
    fn whitespace_far_before_the_cap_is_not_a_cut_point() {
        let text = format!("a {}", "b".repeat(2 * CUT_SEARCH_BYTES));
        assert_eq!(cut(&text, CUT_SEARCH_BYTES + 10).len(), CUT_SEARCH_BYTES + 10);
    }
}
