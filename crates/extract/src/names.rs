//! Person names from surface cues, for speaker attribution: a capitalized run after a
//! role word (`spokesman Thomas Keller`), and later mentions of the same surname.
//!
//! This is deliberately shallow: it answers "which named person is `he`?" and
//! "who is `Sandvall`?" for quotations, not general entity recognition.

use doc::{Doc, Span, TokenKind};
use lexicon::{is_name_particle, Gender, WordLists};
use rustc_hash::FxHashMap;

/// The most tokens a personal name has.
const MAX_NAME_TOKENS: usize = 6;

/// A place in the text that refers to a named person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonMention {
    /// Where the mention stands (used for recency).
    pub at: Span,
    /// The fullest form of the name seen, which may lie earlier in the text.
    pub name: Span,
    /// Gender implied by a role word next to the name.
    pub gender: Gender,
}

/// Whether a token can be part of a personal name at `position` within it.
pub fn is_name_token(word: &str, position: usize) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_uppercase() {
        // All-capital acronyms (`NDMA`, `JFO`) are organizations, not names.
        let rest_lower = word.chars().skip(1).any(char::is_lowercase);
        return rest_lower || word.len() == 1 || word.ends_with('.');
    }
    position > 0 && (is_name_particle(word) || word.starts_with("al-") || word.starts_with("el-"))
}

/// The end of the personal name starting at token `first`, when one starts there: a
/// run of name tokens ending on a capitalized word and holding no organization word.
pub fn name_end(doc: &Doc, words: &WordLists, first: usize, limit: usize) -> Option<usize> {
    let mut end = first;
    while end < limit && end - first < MAX_NAME_TOKENS {
        let word = doc.token_text(end);
        if doc.tokens[end].kind != TokenKind::Word
            || !is_name_token(word, end - first)
            || (words.role(word).is_some() && end > first)
        {
            break;
        }
        if words.is_organization_word(word) {
            return None;
        }
        end += 1;
    }
    while end > first && is_name_particle(doc.token_text(end - 1)) {
        end -= 1;
    }
    (end > first).then_some(end)
}

/// Words that join a role to its complement (`Ambassador to Russia`, `Secretary of State`).
const ROLE_COMPLEMENTS: &[&str] = &["to", "of", "for"];

/// Where the name after the role word ending at `first` starts: past a one-word
/// complement (`Ambassador to Russia Polad Bulbuloglu` names `Polad Bulbuloglu`).
pub fn skip_role_complement(doc: &Doc, first: usize, limit: usize) -> usize {
    let complement = first + 2 < limit
        && ROLE_COMPLEMENTS.contains(&doc.token_text(first))
        && is_name_token(doc.token_text(first + 1), 0)
        && is_name_token(doc.token_text(first + 2), 0);
    if complement {
        first + 2
    } else {
        first
    }
}

/// Names introduced by a role word (`Interior Minister Samuel Kiprop`), in text order,
/// with the gender the role implies.
pub fn titled_names(doc: &Doc, words: &WordLists) -> Vec<PersonMention> {
    let mut names = Vec::new();
    let mut index = 0;
    while index + 1 < doc.tokens.len() {
        // A name follows a role word only where a capitalized word or a complement
        // (`Ambassador to Russia X`) comes next: only such words are looked up.
        let may_open = doc.tokens[index].kind == TokenKind::Word && {
            let next = doc.token_text(index + 1);
            next.starts_with(char::is_uppercase) || ROLE_COMPLEMENTS.contains(&next)
        };
        let Some(gender) = may_open.then(|| words.role(doc.token_text(index))).flatten() else {
            index += 1;
            continue;
        };
        let first = skip_role_complement(doc, index + 1, doc.tokens.len());
        match name_end(doc, words, first, doc.tokens.len()) {
            // The name must end the run: `Deputy Foreign Minister X` names X, not `Foreign`.
            Some(end)
                if words.role(doc.token_text(end.min(doc.tokens.len() - 1))).is_none() || end == doc.tokens.len() =>
            {
                let span = doc.tokens[first].span.cover(doc.tokens[end - 1].span);
                names.push(PersonMention { at: span, name: span, gender });
                index = end;
            }
            _ => index += 1,
        }
    }
    names
}

/// Every later mention of a known person's surname (or the first word of a
/// surname-first name: `Li Qiang`, then `Li said`), merged with `known` in text order.
/// `known` must be sorted by position.
pub fn with_surname_mentions(doc: &Doc, known: &[PersonMention]) -> Vec<PersonMention> {
    let mut mentions = known.to_vec();
    let mut by_word: FxHashMap<&str, PersonMention> = FxHashMap::default();
    let mut next_known = 0;
    for (index, token) in doc.tokens.iter().enumerate() {
        // Names become known once the text has passed them.
        while next_known < known.len() && known[next_known].name.end <= token.span.start {
            let person = known[next_known];
            by_word.insert(surname(doc, person.name), person);
            if let Some(first) = first_name_word(doc, person.name) {
                by_word.entry(first).or_insert(person);
            }
            next_known += 1;
        }
        let inside_known = known.get(next_known).is_some_and(|k| k.at.start <= token.span.start);
        if token.kind != TokenKind::Word || inside_known {
            continue;
        }
        let word = doc.token_text(index);
        if !word.starts_with(char::is_uppercase) {
            continue;
        }
        if let Some(person) = by_word.get(word) {
            mentions.push(PersonMention { at: token.span, ..*person });
        }
    }
    mentions.sort_by_key(|m| m.at);
    mentions
}

/// The last word of a name.
pub fn surname(doc: &Doc, name: Span) -> &str {
    let text = doc.slice(name);
    text.rsplit(' ').next().unwrap_or(text)
}

/// The first word of a name of several words.
pub fn first_name_word(doc: &Doc, name: Span) -> Option<&str> {
    doc.slice(name).split_once(' ').map(|(first, _)| first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc {
        let mut doc = Doc::new("t", text.to_string());
        segment::segment(&mut doc);
        doc
    }

    #[test]
    fn role_words_introduce_names() {
        let d = doc("Deputy Foreign Minister Mehmet Kaya met Greek Ambassador Christos Lazaridis and spokeswoman Lilit Sargsyan of the General Staff.");
        let names: Vec<(&str, Gender)> =
            titled_names(&d, WordLists::embedded()).iter().map(|m| (d.slice(m.name), m.gender)).collect();
        assert_eq!(
            names,
            [
                ("Mehmet Kaya", Gender::Unknown),
                ("Christos Lazaridis", Gender::Unknown),
                ("Lilit Sargsyan", Gender::Female)
            ]
        );
    }

    #[test]
    fn role_complements_are_not_names() {
        let d = doc("Azerbaijan's Ambassador to Russia Polad Bulbuloglu and Secretary of State Antony Blinken met.");
        let names: Vec<&str> = titled_names(&d, WordLists::embedded()).iter().map(|m| d.slice(m.name)).collect();
        assert_eq!(names, ["Polad Bulbuloglu", "Antony Blinken"]);
    }

    #[test]
    fn particles_stay_inside_names() {
        let d = doc("Minister Salim bin Hamad Al Harthy and President Ursula von der Leyen spoke.");
        let names: Vec<&str> = titled_names(&d, WordLists::embedded()).iter().map(|m| d.slice(m.name)).collect();
        assert_eq!(names, ["Salim bin Hamad Al Harthy", "Ursula von der Leyen"]);
    }

    #[test]
    fn surnames_point_back_to_full_names() {
        let d = doc("Judge Wayne Tidwell spoke. Later, Tidwell said more.");
        let mentions = with_surname_mentions(&d, &titled_names(&d, WordLists::embedded()));
        assert_eq!(mentions.len(), 2);
        assert_eq!(d.slice(mentions[1].at), "Tidwell");
        assert_eq!(d.slice(mentions[1].name), "Wayne Tidwell");
    }
}
