//! The sentence splitter, over tokens.

use crate::abbreviations::{abbreviation_class, AbbreviationClass};
use doc::{Sentence, Span, Token, TokenKind};

/// Words that open a sentence after an abbreviation that may end one (`U.S. The …`).
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "According",
    "After",
    "An",
    "And",
    "As",
    "At",
    "But",
    "He",
    "Her",
    "His",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "On",
    "Our",
    "She",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "When",
    "While",
];

/// Appends the sentences of `tokens` to `out`; every token lands in one sentence.
pub fn split_sentences(text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    let mut first = 0;
    let mut index = 0;
    while index < tokens.len() {
        let mut end = index + 1;
        let boundary = if ends_sentence(text, tokens, index) {
            // Closing quotes and brackets belong to the sentence they close.
            while end < tokens.len()
                && !tokens[end].space_before
                && (tokens[end].kind == TokenKind::CloseQuote || is_closing_bracket(text, tokens[end]))
            {
                end += 1;
            }
            tokens.get(end).is_none_or(|next| opens_sentence(text, *next))
        } else {
            false
        };
        let line_break = tokens.get(end).is_some_and(|next| next.newline_before);
        if boundary || line_break || end == tokens.len() {
            push(tokens, first, end, out);
            first = end;
        }
        index = end;
    }
}

fn push(tokens: &[Token], first: usize, end: usize, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span::new(tokens[first].span.start as usize, tokens[end - 1].span.end as usize),
        first_token: first as u32,
        end_token: end as u32,
        starts_paragraph: first == 0 || tokens[first].newline_before,
    });
}

fn is_closing_bracket(text: &str, token: Token) -> bool {
    matches!(&text[token.span.range()], ")" | "]")
}

/// Whether token `index` can end a sentence.
fn ends_sentence(text: &str, tokens: &[Token], index: usize) -> bool {
    let token = tokens[index];
    let word = &text[token.span.range()];
    match token.kind {
        TokenKind::Punct => matches!(word, "." | "!" | "?" | "..." | "…"),
        TokenKind::Word if word.len() > 1 && word.ends_with('.') => {
            let stem = &word[..word.len() - 1];
            let may_end =
                !stem.contains('.') && abbreviation_class(stem) == Some(AbbreviationClass::Other) || stem.contains('.');
            may_end && tokens.get(index + 1).is_some_and(|next| SENTENCE_OPENERS.contains(&&text[next.span.range()]))
        }
        _ => false,
    }
}

/// Whether `token` can start a sentence: a capital, a digit, or an opening mark.
fn opens_sentence(text: &str, token: Token) -> bool {
    match token.kind {
        TokenKind::OpenQuote | TokenKind::Dash => true,
        _ => text[token.span.range()]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '(' || c == '['),
    }
}

#[cfg(test)]
mod tests {
    use crate::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let mut out = Vec::new();
        super::split_sentences(text, &tokens, &mut out);
        out.iter().map(|s| &text[s.span.range()]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Mr. Aliyev met Gen. J. Smith on Sept. 27 and Jan. 5 in the U.S. capital. He left."),
            ["Mr. Aliyev met Gen. J. Smith on Sept. 27 and Jan. 5 in the U.S. capital.", "He left."]
        );
    }

    #[test]
    fn abbreviation_may_end_a_sentence_before_an_opener() {
        assert_eq!(sentences("He flew to the U.S. The talks failed."), ["He flew to the U.S.", "The talks failed."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“Nobody should be jailed.” She left. \"Go!\" he said."),
            ["“Nobody should be jailed.”", "She left.", "\"Go!\" he said."]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split_and_lines_do() {
        assert_eq!(sentences("It rose 3.5 pct. in May"), ["It rose 3.5 pct. in May"]);
        assert_eq!(sentences("Headline here\nBody starts"), ["Headline here", "Body starts"]);
    }
}
