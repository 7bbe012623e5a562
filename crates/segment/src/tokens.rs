//! The tokenizer: one pass over the text, no allocation but the output `Vec`.

use crate::abbreviations::abbreviation_class;
use doc::{Span, Token, TokenKind};

/// Appends the tokens of `text` to `out`.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut space_before = false;
    let mut newline_before = false;
    // An opening ‘ waits for its ’; any other ’ is an apostrophe.
    let mut single_quote_open = false;
    while pos < bytes.len() {
        let c = char_at(text, pos);
        let width = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            newline_before |= c == '\n' || c == '\u{2029}';
            pos += width;
            continue;
        }
        let (end, kind) = if c.is_alphanumeric() {
            scan_word(text, pos)
        } else if c == '\'' || c == '’' {
            if is_possessive_s(text, pos, pos + width) {
                (pos + width + 1, TokenKind::Word)
            } else if c == '’' && single_quote_open && !followed_by_alnum(text, pos + width) {
                single_quote_open = false;
                (pos + width, TokenKind::CloseQuote)
            } else {
                (pos + width, TokenKind::Punct)
            }
        } else if c == '‘' {
            single_quote_open = followed_by_alnum(text, pos + width);
            let kind = if single_quote_open { TokenKind::OpenQuote } else { TokenKind::Punct };
            (pos + width, kind)
        } else {
            scan_symbol(text, pos, c, space_before || out.is_empty())
        };
        out.push(Token { span: Span::new(pos, end), kind, newline_before, space_before });
        space_before = false;
        newline_before = false;
        pos = end;
    }
}

fn char_at(text: &str, pos: usize) -> char {
    let b = text.as_bytes()[pos];
    if b < 0x80 {
        b as char
    } else {
        text[pos..].chars().next().unwrap_or('\u{FFFD}')
    }
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn followed_by_alnum(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether the apostrophe at `apostrophe` and the `s` at `pos` are a whole possessive
/// ending (`'s`, `’s`) after a word.
fn is_possessive_s(text: &str, apostrophe: usize, pos: usize) -> bool {
    let bytes = text.as_bytes();
    pos < bytes.len()
        && (bytes[pos] == b's' || bytes[pos] == b'S')
        && !followed_by_alnum(text, pos + 1)
        && char_before(text, apostrophe).is_some_and(|c| c.is_alphanumeric() || c == '.')
}

/// Scans a word or number starting at `start`; returns its end and kind.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut pos = start;
    let mut numeric = true;
    let mut has_inner_period = false;
    loop {
        let c = char_at(text, pos);
        if c.is_alphanumeric() {
            numeric &= c.is_ascii_digit();
            pos += c.len_utf8();
            if pos >= bytes.len() {
                break;
            }
            continue;
        }
        let next = pos + c.len_utf8();
        let prev_digit = bytes[pos - 1].is_ascii_digit();
        let next_char = text[next..].chars().next();
        let next_alnum = next_char.is_some_and(char::is_alphanumeric);
        let next_digit = next_char.is_some_and(|n| n.is_ascii_digit());
        let joins = match c {
            // Inner hyphens join words (`Russian-backed`, `82-mm`) but not digit ranges.
            '-' | '‐' => next_alnum && !(prev_digit && next_digit),
            '\'' | '’' => next_alnum && !is_possessive_s(text, pos, next),
            ',' => numeric && prev_digit && next_digit && digits_then_break(text, next, 3),
            '.' if numeric => prev_digit && next_digit,
            // Dotted acronyms: `U.S.`, `a.m.`.
            '.' => {
                let single_letter = pos - start == 1 || bytes[pos - 2] == b'.';
                let letter_then_dot =
                    next_char.is_some_and(char::is_alphabetic) && text[next..].chars().nth(1) == Some('.');
                single_letter && letter_then_dot
            }
            _ => false,
        };
        if !joins {
            break;
        }
        has_inner_period |= c == '.' && !numeric;
        pos = next;
    }
    if numeric {
        return (pos, TokenKind::Number);
    }
    // Keep the period of an abbreviation, an initial or a dotted acronym.
    if bytes.get(pos) == Some(&b'.') {
        let word = &text[start..pos];
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if has_inner_period || initial || abbreviation_class(word).is_some() {
            pos += 1;
        }
    }
    (pos, TokenKind::Word)
}

/// Whether exactly `n` ASCII digits start at `pos` and no digit follows them.
fn digits_then_break(text: &str, pos: usize, n: usize) -> bool {
    let bytes = &text.as_bytes()[pos..];
    bytes.len() >= n && bytes[..n].iter().all(u8::is_ascii_digit) && !bytes.get(n).is_some_and(u8::is_ascii_digit)
}

/// Scans punctuation, quotation marks and dashes.
fn scan_symbol(text: &str, start: usize, c: char, after_space: bool) -> (usize, TokenKind) {
    let width = c.len_utf8();
    let next = text[start + width..].chars().next();
    let before_space = next.is_none_or(char::is_whitespace);
    match c {
        '"' => {
            // A straight quote opens after a space or an opening bracket and before a
            // word; otherwise it closes.
            let prev = char_before(text, start);
            let opens_context =
                after_space || prev.is_some_and(|p| matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | ':'));
            let kind = if opens_context && !before_space { TokenKind::OpenQuote } else { TokenKind::CloseQuote };
            (start + 1, kind)
        }
        '“' | '„' | '«' => (start + width, TokenKind::OpenQuote),
        '”' | '»' => (start + width, TokenKind::CloseQuote),
        '—' | '–' | '―' => (start + width, TokenKind::Dash),
        '-' if next == Some('-') => {
            let end = start + text[start..].bytes().take_while(|&b| b == b'-').count();
            (end, TokenKind::Dash)
        }
        '-' if after_space && before_space => (start + 1, TokenKind::Dash),
        '.' if next == Some('.') => {
            let end = start + text[start..].bytes().take_while(|&b| b == b'.').count();
            (end, TokenKind::Punct)
        }
        _ => (start + width, TokenKind::Punct),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        tokens.iter().map(|t| &text[t.span.range()]).collect()
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        tokens.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            texts("Lt. Gen. Tariq met U.S. envoys on Sept. 27."),
            ["Lt.", "Gen.", "Tariq", "met", "U.S.", "envoys", "on", "Sept.", "27", "."]
        );
        assert_eq!(texts("J. R. Smith"), ["J.", "R.", "Smith"]);
        assert_eq!(texts("at 5 a.m. today"), ["at", "5", "a.m.", "today"]);
        assert_eq!(texts("the end."), ["the", "end", "."]);
    }

    #[test]
    fn possessives_split_and_hyphens_join() {
        assert_eq!(texts("Azerbaijan's Russian-backed forces"), ["Azerbaijan", "'s", "Russian-backed", "forces"]);
        assert_eq!(texts("Georgia’s al-Obaidi"), ["Georgia", "’s", "al-Obaidi"]);
        assert_eq!(texts("Marcos Jr.'s visit"), ["Marcos", "Jr.", "'s", "visit"]);
        assert_eq!(texts("don't"), ["don't"]);
    }

    #[test]
    fn numbers_and_ranges() {
        assert_eq!(texts("1,400 people"), ["1,400", "people"]);
        assert_eq!(texts("3.5%"), ["3.5", "%"]);
        assert_eq!(texts("1992-1994"), ["1992", "-", "1994"]);
        assert_eq!(texts("2022-23"), ["2022", "-", "23"]);
        assert_eq!(texts("82-mm mortars"), ["82-mm", "mortars"]);
        assert_eq!(texts("in 2020, it"), ["in", "2020", ",", "it"]);
    }

    #[test]
    fn quotation_marks_open_and_close() {
        use TokenKind::*;
        assert_eq!(kinds("\"Yes,\" he said."), [OpenQuote, Word, Punct, CloseQuote, Word, Word, Punct]);
        assert_eq!(kinds("called it “illegal”."), [Word, Word, OpenQuote, Word, CloseQuote, Punct]);
        assert_eq!(kinds("‘no’ vote"), [OpenQuote, Word, CloseQuote, Word]);
        assert_eq!(kinds("countries’ ties"), [Word, Punct, Word]);
    }

    #[test]
    fn dashes() {
        use TokenKind::*;
        assert_eq!(kinds("BEIJING -- China"), [Word, Dash, Word]);
        assert_eq!(kinds("GENEVA (Reuters) - Yemen"), [Word, Punct, Word, Punct, Dash, Word]);
        assert_eq!(kinds("AP — Kenyan"), [Word, Dash, Word]);
    }

    #[test]
    fn line_breaks_are_recorded() {
        let mut tokens = Vec::new();
        tokenize("one\n\ntwo three", &mut tokens);
        assert!(tokens[1].newline_before && !tokens[2].newline_before);
    }
}
