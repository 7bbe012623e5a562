//! Direct quotations and their speakers.
//!
//! Quotation marks are paired by family (double `"“”„«»`, single `‘’`); a quotation
//! left open at a paragraph end closes there, as wire style reopens it in the next
//! paragraph. A quotation runs over as many sentences as it needs.
//!
//! The speaker comes from the speech verb (`data/speech_verbs.tsv`) next to the quote:
//! after it (`"…," he said`, `"…," said X`, `"…," X, a spokesman, said`) or before it in
//! the same sentence (`X said: "…"`, `X praised Y's "…"`). A subject that refers back
//! (`he`, `the ambassador`, `the ministry`) speaks as what `doc.references` resolved it
//! to; a surname alone resolves to the full name met earlier; an unattributed quote that follows another in the same paragraph keeps its
//! speaker. Two-word quotations are scare quotes, and three-word ones count only when a
//! speech verb attributes them.

use crate::names::{
    first_name_word, is_name_token, name_end, skip_role_complement, surname, titled_names, with_surname_mentions,
    PersonMention,
};
use crate::references::{reference_at, speaker_of, ANTECEDENT_WINDOW};
use doc::{Doc, Quote, Span, Speaker, SpeakerKind, TokenKind};
use lexicon::{Gender, WordLists};

/// Words after a closing quote that start another clause, not an attribution.
const CLAUSE_STARTERS: &[&str] = &[
    "and", "but", "or", "if", "as", "because", "when", "while", "which", "that", "of", "in", "on", "at", "to", "for",
    "from", "with", "by", "after", "before", "since", "until", "than",
];
/// Words that open a subordinate clause, which a subject phrase never holds.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "if", "although", "though", "as", "that", "which", "until",
    "unless", "whereas",
];
/// Words that may stand between a subject and its verb (`has urged`, `also said`).
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "also",
    "then",
    "later",
    "again",
    "separately",
    "reportedly",
    "previously",
    "earlier",
    "recently",
    "once",
    "further",
    "repeatedly",
    "publicly",
    "been",
    "would",
    "will",
    "did",
    "does",
    "not",
];
/// Lowercase words that end a subject noun phrase when walking back from its verb.
const SUBJECT_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "as", "because", "while", "when", "where",
    "after", "before", "since", "if", "although", "though", "than", "in", "on", "at", "by", "with", "from", "into",
    "during", "without", "about", "against", "under", "over", "between", "is", "was", "were", "are", "be", "been",
    "not", "it", "what",
];
/// Words that end a subject written after its verb (`said X in a statement`).
const OBJECT_STOPS: &[&str] = &[
    "in", "at", "on", "after", "before", "during", "to", "from", "by", "with", "while", "as", "when", "that", "who",
    "whose", "which", "and", "but",
];
const DETERMINERS: &[&str] = &["the", "a", "an", "The", "A", "An"];
/// The most tokens between a subject's start and its verb.
const MAX_SUBJECT_TOKENS: usize = 16;
/// The most earlier quotes of a sentence searched for a subject to share: a sentence of
/// a thousand quotes must not make each look back over all of them.
const MAX_SHARED_SUBJECT_QUOTES: usize = 8;
/// The most dash asides skipped between a subject and its verb (`X -- a diplomat -- said`).
const MAX_ASIDES: usize = 2;
/// The most tokens of one dash aside.
const MAX_ASIDE_TOKENS: usize = 24;

#[derive(Clone, Copy, Debug)]
struct Attribution {
    verb: usize,
    /// Token range of the subject noun phrase, possibly with appositions.
    subject: Option<(usize, usize)>,
}

/// Fills `doc.quotes`; needs `references` first.
pub fn extract_quotes(doc: &mut Doc, words: &WordLists) {
    let titled = titled_names(doc, words);
    attribute_quotes(doc, words, titled);
}

/// [`extract_quotes`] with the document's titled names found already (the references
/// read them too); the speakers named by attributions join them.
pub(crate) fn attribute_quotes(doc: &mut Doc, words: &WordLists, titled: Vec<PersonMention>) {
    let pairs = pair_quote_marks(doc);
    let mut known = titled;
    let mut found: Vec<(Quote, Option<Attribution>, usize)> = Vec::new();
    for (open, close) in pairs {
        let content = (open + 1, close);
        let word_count = (content.0..content.1)
            .filter(|&i| matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number))
            .count();
        let attribution = attribute_after(doc, words, close).or_else(|| attribute_before(doc, words, open, &found));
        if word_count <= 2 || (word_count == 3 && attribution.is_none()) {
            continue;
        }
        let start = doc.tokens[open].span.end as usize;
        let end = if close < doc.tokens.len() && doc.tokens[close].kind == TokenKind::CloseQuote {
            doc.tokens[close].span.start as usize
        } else {
            doc.tokens[close - 1].span.end as usize
        };
        let span = trim(doc, start, end);
        let quote = Quote { span, speaker: None, verb: attribution.map(|a| doc.tokens[a.verb].span) };
        if let Some(name) = attribution.and_then(|a| named_subject(doc, words, a)) {
            known.push(name);
        }
        found.push((quote, attribution, open));
    }
    known.sort_by_key(|m| m.at);
    let mentions = with_surname_mentions(doc, &known);
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    for (mut quote, attribution, open) in found {
        quote.speaker = match attribution {
            Some(attribution) => resolve_speaker(doc, words, attribution, &mentions),
            None => None,
        };
        if quote.speaker.is_none() && attribution.is_none() {
            quote.speaker = continued_speaker(doc, &quotes, open);
        }
        quotes.push(quote);
    }
    doc.quotes = quotes;
}

/// Pairs opening and closing marks; returns `(open, close)` token indices, where
/// `close` is the first token after the quotation when it is left open.
fn pair_quote_marks(doc: &Doc) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut index = 0;
    while index < doc.tokens.len() {
        if doc.tokens[index].kind != TokenKind::OpenQuote {
            index += 1;
            continue;
        }
        let family = is_double(doc.token_text(index));
        let mut close = index + 1;
        while close < doc.tokens.len() {
            let token = doc.tokens[close];
            if token.newline_before {
                break;
            }
            let same_family = is_double(doc.token_text(close)) == family;
            if same_family && token.kind == TokenKind::CloseQuote {
                break;
            }
            // A straight quote that looked like an opener but meets another opener of
            // its family closes the first.
            if same_family && token.kind == TokenKind::OpenQuote {
                break;
            }
            close += 1;
        }
        if close > index + 1 {
            pairs.push((index, close));
        }
        index =
            if close < doc.tokens.len() && doc.tokens[close].kind == TokenKind::CloseQuote { close + 1 } else { close };
    }
    pairs
}

fn is_double(mark: &str) -> bool {
    !matches!(mark, "‘" | "’" | "'")
}

fn trim(doc: &Doc, start: usize, end: usize) -> Span {
    let text = &doc.text[start..end];
    let leading = text.len() - text.trim_start().len();
    let trailing = text.len() - text.trim_end().len();
    Span::new(start + leading, end - trailing)
}

fn sentence_bounds(doc: &Doc, token: usize) -> (usize, usize) {
    let index =
        doc.sentences.partition_point(|s| (s.end_token as usize) <= token).min(doc.sentences.len().saturating_sub(1));
    let sentence = doc.sentences[index];
    (sentence.first_token as usize, sentence.end_token as usize)
}

fn is_speech_verb(doc: &Doc, words: &WordLists, index: usize) -> bool {
    doc.tokens[index].kind == TokenKind::Word && words.speech_verb_lemma(doc.token_text(index)).is_some()
}

/// Whether tokens `index` and the next are `according to`, which attributes like a
/// speech verb with its subject after it.
fn is_according_to(doc: &Doc, index: usize) -> bool {
    index + 1 < doc.tokens.len()
        && doc.token_text(index).eq_ignore_ascii_case("according")
        && doc.token_text(index + 1) == "to"
}

/// `"…," he said` / `"…," said X` / `"…," X, a spokesman, said` / `"…," according to X`.
fn attribute_after(doc: &Doc, words: &WordLists, close: usize) -> Option<Attribution> {
    if close >= doc.tokens.len() || doc.tokens[close].kind != TokenKind::CloseQuote {
        return None;
    }
    let (_, sentence_end) = sentence_bounds(doc, close);
    let mut first = close + 1;
    while first < sentence_end && doc.token_text(first) == "," {
        first += 1;
    }
    if first >= sentence_end || CLAUSE_STARTERS.contains(&doc.token_text(first)) {
        return None;
    }
    if is_according_to(doc, first) {
        let subject = subject_after_verb(doc, first + 1, sentence_end);
        return Some(Attribution { verb: first, subject });
    }
    let limit = sentence_end.min(first + MAX_SUBJECT_TOKENS);
    let mut index = first;
    while index < limit {
        let token = doc.tokens[index];
        if token.kind == TokenKind::OpenQuote || matches!(doc.token_text(index), "." | ";" | "!" | "?") {
            return None;
        }
        if is_speech_verb(doc, words, index) {
            let subject = if index == first {
                subject_after_verb(doc, index, sentence_end)
            } else {
                Some((first, strip_auxiliaries(doc, first, index)))
            };
            return Some(Attribution { verb: index, subject });
        }
        // Before the first comma, a clause word means this is not the quote's subject
        // (`"…," a day after artillery hit Tovuz, the ministry said`).
        let first_part = !(first..index).any(|i| doc.token_text(i) == ",");
        if first_part && SUBORDINATORS.contains(&doc.token_text(index)) {
            return None;
        }
        index += 1;
    }
    None
}

/// `X said: "…"`, `X praised Y's "…"`, and `"…," said X, "…"` for the second part.
fn attribute_before(
    doc: &Doc,
    words: &WordLists,
    open: usize,
    earlier: &[(Quote, Option<Attribution>, usize)],
) -> Option<Attribution> {
    let (sentence_start, _) = sentence_bounds(doc, open);
    let region_start = (sentence_start..open)
        .rev()
        .find(|&i| doc.tokens[i].kind == TokenKind::CloseQuote)
        .map_or(sentence_start, |close| close + 1);
    let mut verbs = (region_start..open).rev().filter(|&i| is_speech_verb(doc, words, i) || is_according_to(doc, i));
    let verb = verbs.next()?;
    if is_according_to(doc, verb) {
        let subject = subject_after_verb(doc, verb + 1, open);
        return Some(Attribution { verb, subject });
    }
    // The subject follows the verb only in an inverted attribution between two parts
    // of a quote (`"…," said X, "…"`), where nothing but commas precedes the verb.
    let inverted = (region_start..verb).all(|i| doc.token_text(i) == ",");
    let subject = if inverted {
        subject_after_verb(doc, verb, open)
    } else {
        // A verb with no subject of its own (`He added … and called it "…"`) takes
        // the subject of an earlier speech verb in the sentence.
        std::iter::once(verb).chain(verbs).find_map(|v| subject_before_verb(doc, words, region_start, v))
    };
    if subject.is_some() {
        return Some(Attribution { verb, subject });
    }
    // A verb with no subject of its own (`… and warned that "…"`) shares the subject
    // of the quote before it in the sentence.
    let shared = earlier
        .iter()
        .rev()
        .take(MAX_SHARED_SUBJECT_QUOTES)
        .take_while(|(_, _, earlier_open)| *earlier_open >= sentence_start)
        .find_map(|(_, attribution, _)| attribution.and_then(|a| a.subject));
    Some(Attribution { verb, subject: shared })
}

fn strip_auxiliaries(doc: &Doc, first: usize, mut end: usize) -> usize {
    while end > first && (AUXILIARIES.contains(&doc.token_text(end - 1)) || doc.token_text(end - 1) == ",") {
        end -= 1;
    }
    end
}

/// The noun phrase before `verb`, walking back over appositions and `--` asides.
///
/// A loop, not recursion, and bounded: an article of a hundred thousand dashes must
/// neither overflow the stack nor make each quote walk back over all of them.
fn subject_before_verb(doc: &Doc, words: &WordLists, region_start: usize, verb: usize) -> Option<(usize, usize)> {
    // Where the subject ends: before the verb, or before the first aside skipped.
    let mut subject_end = None;
    let mut before = verb;
    for _ in 0..=MAX_ASIDES {
        let end = strip_auxiliaries(doc, region_start, before);
        let mut first = end;
        let mut aside_opening = None;
        while first > region_start && end - first < MAX_SUBJECT_TOKENS {
            let index = first - 1;
            let token = doc.tokens[index];
            let word = doc.token_text(index);
            match token.kind {
                // An aside in dashes right before the verb: skip to its opening dash.
                TokenKind::Dash if first == end => {
                    let earliest = region_start.max(index.saturating_sub(MAX_ASIDE_TOKENS));
                    let opening = (earliest..index).rev().find(|&i| doc.tokens[i].kind == TokenKind::Dash)?;
                    aside_opening = Some(opening);
                    break;
                }
                TokenKind::Word if !is_subject_stop(doc, index) && words.speech_verb_lemma(word).is_none() => {}
                TokenKind::Number if word.len() <= 3 => {}
                TokenKind::Punct if word == "," => {}
                _ => break,
            }
            first = index;
        }
        if let Some(opening) = aside_opening {
            subject_end.get_or_insert(opening);
            before = opening;
            continue;
        }
        while first < end && matches!(doc.token_text(first), "," | "of" | "for" | "to") {
            first += 1;
        }
        return (first < end).then_some((first, subject_end.unwrap_or(end)));
    }
    None
}

/// Whether token `index` ends a subject: a stop word, or one capitalized only because
/// it opens the sentence (`In Caracas, …`, but not `Under Secretary`).
fn is_subject_stop(doc: &Doc, index: usize) -> bool {
    let word = doc.token_text(index);
    if SUBJECT_STOPS.contains(&word) {
        return true;
    }
    let (sentence_start, _) = sentence_bounds(doc, index);
    index == sentence_start && SUBJECT_STOPS.iter().any(|stop| stop.eq_ignore_ascii_case(word))
}

/// The noun phrase right after an inverted verb (`said Isabelle Moreau, head of …`).
fn subject_after_verb(doc: &Doc, verb: usize, limit: usize) -> Option<(usize, usize)> {
    let first = verb + 1;
    let mut end = first;
    while end < limit {
        let word = doc.token_text(end);
        if doc.tokens[end].kind != TokenKind::Word || OBJECT_STOPS.contains(&word) {
            break;
        }
        end += 1;
    }
    (end > first).then_some((first, end))
}

/// Splits a subject at its commas; picks the part that names a person, else the part
/// nearest the verb that has a capital or a role word.
fn choose_part(doc: &Doc, words: &WordLists, (first, end): (usize, usize)) -> Option<(usize, usize)> {
    let mut parts = Vec::new();
    let mut part_start = first;
    for index in first..=end {
        if index == end || doc.token_text(index) == "," {
            if index > part_start {
                parts.push((part_start, index));
            }
            part_start = index + 1;
        }
    }
    // A lone capitalized word (`Caracas`) may be a place; a person part has two name
    // words or a role word before its name.
    let person = parts.iter().find(|&&(s, e)| {
        let (name_start, e) = after_last_role(doc, words, s, e);
        let named = name_start > s || e > name_start + 1;
        named
            && name_start < e
            && name_end(doc, words, name_start, e) == Some(e)
            && !DETERMINERS.contains(&doc.token_text(s))
    });
    if let Some(&part) = person {
        return Some(part);
    }
    parts.iter().rev().copied().find(|&(s, e)| (s..e).any(|i| is_group_word(doc, words, i)))
}

/// The tokens after the last role word of a noun phrase and its complement
/// (`Minister Samuel Kiprop`, `Ambassador to Russia Polad Bulbuloglu`).
fn after_last_role(doc: &Doc, words: &WordLists, first: usize, end: usize) -> (usize, usize) {
    let last_role = (first..end).rev().find(|&i| words.role(doc.token_text(i)).is_some());
    (last_role.map_or(first, |i| skip_role_complement(doc, i + 1, end)), end)
}

fn gender_of(doc: &Doc, words: &WordLists, (first, end): (usize, usize)) -> Gender {
    (first..end)
        .filter_map(|i| words.role(doc.token_text(i)))
        .find(|g| *g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}

/// The person a subject names outright, for the list of known people.
fn named_subject(doc: &Doc, words: &WordLists, attribution: Attribution) -> Option<PersonMention> {
    let subject = attribution.subject?;
    let (first, end) = choose_part(doc, words, subject)?;
    let (name_first, name_end_index) = after_last_role(doc, words, first, end);
    let multiword = name_end_index > name_first + 1;
    if !multiword || name_end(doc, words, name_first, name_end_index) != Some(name_end_index) {
        return None;
    }
    let span = doc.tokens[name_first].span.cover(doc.tokens[name_end_index - 1].span);
    Some(PersonMention { at: span, name: span, gender: gender_of(doc, words, subject) })
}

/// The mentions ending at or before `limit`, nearest last, at most the window.
fn mentions_before(mentions: &[PersonMention], limit: u32) -> &[PersonMention] {
    let end = mentions.partition_point(|m| m.at.end <= limit);
    &mentions[end.saturating_sub(ANTECEDENT_WINDOW)..end]
}

fn resolve_speaker(
    doc: &Doc,
    words: &WordLists,
    attribution: Attribution,
    mentions: &[PersonMention],
) -> Option<Speaker> {
    let subject = attribution.subject?;
    if let Some(reference) = reference_at(doc, subject.0, subject.1) {
        return Some(speaker_of(doc, reference));
    }
    let (first, end) = choose_part(doc, words, subject)?;
    let (name_first, name_end_index) = after_last_role(doc, words, first, end);
    if name_first < name_end_index && name_end(doc, words, name_first, name_end_index) == Some(name_end_index) {
        let span = doc.tokens[name_first].span.cover(doc.tokens[name_end_index - 1].span);
        let text = doc.slice(span);
        // A surname alone, or a first word like `Liang`, points to the full name.
        let known = mentions_before(mentions, span.start).iter().rev().find(|m| {
            let name = doc.slice(m.name);
            m.name.start < span.start
                && (surname(doc, m.name) == text || name.ends_with(text) || first_name_word(doc, m.name) == Some(text))
        });
        if let Some(known) = known {
            return Some(Speaker { span: known.name, kind: SpeakerKind::Person });
        }
        let multiword = name_end_index > name_first + 1;
        if multiword || name_first > first {
            return Some(Speaker { span, kind: SpeakerKind::Person });
        }
    }
    // An organization, a state or an unnamed official: the phrase without its article.
    let mut group_first = first;
    while group_first < end && DETERMINERS.contains(&doc.token_text(group_first)) {
        group_first += 1;
    }
    if group_first == end || !(group_first..end).any(|i| is_group_word(doc, words, i)) {
        return None;
    }
    let span = doc.tokens[group_first].span.cover(doc.tokens[end - 1].span);
    Some(Speaker { span, kind: SpeakerKind::Group })
}

fn is_group_word(doc: &Doc, words: &WordLists, index: usize) -> bool {
    let word = doc.token_text(index);
    is_name_token(word, 0)
        || words.is_organization_word(word)
        || words.role(word).is_some()
        || word.chars().all(char::is_uppercase)
}

/// The speaker of the quote before `open` when both stand in one paragraph.
fn continued_speaker(doc: &Doc, quotes: &[Quote], open: usize) -> Option<Speaker> {
    let previous = quotes.last()?;
    let open_start = doc.tokens[open].span.start;
    let first = doc.sentences.partition_point(|s| s.span.start <= previous.span.end);
    let end = doc.sentences.partition_point(|s| s.span.start <= open_start);
    let paragraph_break = doc.sentences[first..end.max(first)].iter().any(|s| s.starts_paragraph);
    if paragraph_break {
        return None;
    }
    previous.speaker
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (quote, speaker, verb)
    fn quotes(text: &str) -> Vec<(String, String, String)> {
        let mut doc = Doc::new("t", text.to_string());
        crate::annotate(&mut doc, crate::testing::resources(), &crate::Options::default());
        doc.quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.map_or("-", |s| doc.slice(s.span)).to_string();
                let verb = q.verb.map_or("-", |v| doc.slice(v)).to_string();
                (doc.slice(q.span).to_string(), speaker, verb)
            })
            .collect()
    }

    #[test]
    fn word_lists_compared_with_one_token_hold_single_tokens() {
        // A phrase in such a list (`had been`) can never equal a token: it never matches.
        let lists = [CLAUSE_STARTERS, SUBORDINATORS, AUXILIARIES, SUBJECT_STOPS, OBJECT_STOPS, DETERMINERS];
        for word in lists.iter().flat_map(|list| list.iter()) {
            let mut doc = Doc::new("w", (*word).to_string());
            segment::segment(&mut doc);
            assert_eq!(doc.tokens.len(), 1, "{word:?} is not one token");
        }
    }

    #[test]
    fn a_past_perfect_continuous_speech_verb_keeps_its_subject() {
        let found = quotes("Engineers had been saying: \"the dam could fail at any moment.\"");
        assert_eq!(found, expected(&[("the dam could fail at any moment.", "Engineers", "saying")]));
    }

    #[test]
    fn a_flood_of_dashes_before_a_speech_verb_neither_recurses_nor_rescans() {
        let text = format!("The minister {}said: \"the talks will resume in Geneva.\"", "-- ".repeat(200_000));
        let found = quotes(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the talks will resume in Geneva.");
    }

    fn expected(rows: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
        rows.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect()
    }

    #[test]
    fn speaker_after_the_quote() {
        assert_eq!(
            quotes("\"We will win this war,\" JFO spokesman Serhiy Lytvynenko told UNIAN."),
            expected(&[("We will win this war,", "Serhiy Lytvynenko", "told")])
        );
        assert_eq!(
            quotes("“We are prepared to help them,” said Isabelle Moreau, head of the delegation."),
            expected(&[("We are prepared to help them,", "Isabelle Moreau", "said")])
        );
        assert_eq!(
            quotes("“We are overwhelmed here,” Tawfiq al-Shukri, a spokesman for the Red Crescent, said by phone."),
            expected(&[("We are overwhelmed here,", "Tawfiq al-Shukri", "said")])
        );
    }

    #[test]
    fn pronouns_resolve_to_the_last_compatible_person() {
        let text = "Spokeswoman Lilit Sargsyan spoke first. Judge Wayne Tidwell spoke next. \
                    \"The tower is fine now,\" he said. \"We hold the line here,\" she said.";
        assert_eq!(
            quotes(text),
            expected(&[
                ("The tower is fine now,", "Wayne Tidwell", "said"),
                ("We hold the line here,", "Lilit Sargsyan", "said")
            ])
        );
    }

    #[test]
    fn speaker_before_the_quote_and_partial_quotes() {
        assert_eq!(
            quotes("Interior Minister Samuel Kiprop said those detained included “organizers and financiers of the violence,” and warned that the government would not allow “anarchy to take root in our towns.”"),
            expected(&[
                ("organizers and financiers of the violence,", "Samuel Kiprop", "said"),
                ("anarchy to take root in our towns.", "Samuel Kiprop", "warned")
            ])
        );
        assert_eq!(
            quotes(
                "Foreign Secretary Ramon Castillo praised Beijing's \"openness to practical cooperation\" and left."
            ),
            expected(&[("openness to practical cooperation", "Ramon Castillo", "praised")])
        );
        assert_eq!(
            quotes("The minister told TASS that \"the talks must resume soon\"."),
            expected(&[("the talks must resume soon", "minister", "told")])
        );
    }

    #[test]
    fn split_quote_and_continuation_keep_the_speaker() {
        assert_eq!(
            quotes("\"The authorities must understand,\" said EU spokeswoman Marta Lindholm, \"that this carries a price.\" \"Nobody is above the law.\""),
            expected(&[
                ("The authorities must understand,", "Marta Lindholm", "said"),
                ("that this carries a price.", "Marta Lindholm", "said"),
                ("Nobody is above the law.", "Marta Lindholm", "-")
            ])
        );
    }

    #[test]
    fn organizations_and_officials_speak_when_no_person_is_named() {
        assert_eq!(
            quotes("\"Our villages came under artillery fire,\" Azerbaijan's Defense Ministry said in a statement."),
            expected(&[("Our villages came under artillery fire,", "Azerbaijan's Defense Ministry", "said")])
        );
        assert_eq!(
            quotes("It is expected \"within the next few months\", a commerce ministry official said."),
            expected(&[("within the next few months", "commerce ministry official", "said")])
        );
        assert_eq!(
            quotes("The OSCE Minsk Group co-chairs -- Russia, France and the United States -- called on the parties to \"take all necessary measures\"."),
            expected(&[("take all necessary measures", "OSCE Minsk Group co-chairs", "called")])
        );
    }

    #[test]
    fn coordinated_verbs_share_their_subject_and_fronted_places_are_not_speakers() {
        assert_eq!(
            quotes("Spokesman Reza Nasiri called the move “illegal and cruel” and said Washington “cannot expect to negotiate.”"),
            expected(&[
                ("illegal and cruel", "Reza Nasiri", "called"),
                ("cannot expect to negotiate.", "Reza Nasiri", "said")
            ])
        );
        assert_eq!(
            quotes("In Caracas, the Foreign Ministry denounced the order as “an unacceptable interference”."),
            expected(&[("an unacceptable interference", "Foreign Ministry", "denounced")])
        );
    }

    #[test]
    fn clauses_after_a_quote_do_not_steal_its_speaker() {
        let text = "Azerbaijan's Ambassador to Russia Polad Bulbuloglu said that \"the talks must resume soon,\" \
                    a day after artillery hit Tovuz, the ministry said. He added that Baku valued \
                    Moscow's role and called it \"fair and balanced.\" Pham praised what he called \
                    Hanoi's \"important contribution to stability\".";
        assert_eq!(
            quotes(text),
            expected(&[
                ("the talks must resume soon,", "Polad Bulbuloglu", "said"),
                ("fair and balanced.", "Polad Bulbuloglu", "called"),
                ("important contribution to stability", "Polad Bulbuloglu", "called")
            ])
        );
    }

    #[test]
    fn titles_and_prepositional_appositions_stay_in_the_subject() {
        assert_eq!(
            quotes("“We will enforce our sanctions,” Treasury Under Secretary Robert Hale said."),
            expected(&[("We will enforce our sanctions,", "Robert Hale", "said")])
        );
        assert_eq!(
            quotes("“The court has spoken clearly,” Guyana’s agent in the case, Samuel Persaud, told reporters."),
            expected(&[("The court has spoken clearly,", "Samuel Persaud", "told")])
        );
    }

    #[test]
    fn according_to_and_colon_attributions() {
        assert_eq!(
            quotes("\"The border is calm tonight,\" according to the regional governor Ivan Petrov."),
            expected(&[("The border is calm tonight,", "Ivan Petrov", "according")])
        );
        assert_eq!(
            quotes(
                "According to Mayor Ana Silva, \"the water is safe to drink\". Ms. Silva said: \"We tested it twice.\""
            ),
            expected(&[
                ("the water is safe to drink", "Ana Silva", "According"),
                ("We tested it twice.", "Ana Silva", "said")
            ])
        );
    }

    #[test]
    fn surnames_expand_to_full_names() {
        assert_eq!(
            quotes("U.N. special envoy Erik Sandvall arrived. Sandvall said a deal could let prisoners \"return to their families within weeks\"."),
            expected(&[("return to their families within weeks", "Erik Sandvall", "said")])
        );
    }

    #[test]
    fn scare_quotes_and_unattributed_short_quotes_are_not_quotations() {
        assert!(quotes("Parliament approved a contentious “foreign agents” bill.").is_empty());
        assert!(quotes("Lithuania, where the plane landed, called it \"state-sponsored hijacking.\"").is_empty());
    }

    #[test]
    fn quotes_span_sentences_and_close_at_paragraph_ends() {
        assert_eq!(
            quotes("\"This is the third provocation. We regard it as deliberate,\" he added.\n\n\"An open quote runs to the end of its paragraph\nNext paragraph."),
            expected(&[
                ("This is the third provocation. We regard it as deliberate,", "-", "added"),
                ("An open quote runs to the end of its paragraph", "-", "-")
            ])
        );
    }
}
