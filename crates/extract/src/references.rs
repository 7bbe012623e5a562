//! References across sentences: pronouns and definite descriptions (`he`, `the
//! ambassador`, `the Azerbaijani diplomat`, `the ministry`, `the country`) resolved to
//! the latest compatible person, organization or place named before them.
//!
//! One walk over the tokens keeps the latest candidates in a bounded window: persons
//! with the role words around their name (`Azerbaijan's Ambassador to Russia X`, `X,
//! the ambassador,`) and the gender those words or the first name imply, organizations
//! with their head noun (`Defence Ministry` → ministry), countries, and cities. A
//! referring phrase takes the nearest candidate it agrees with in kind, role (a general
//! word covers the specific ones: a `diplomat` is an ambassador or an envoy), gender,
//! number and country. Names met inside a quotation are not candidates: a pronoun after
//! a quote refers to who speaks, not to whom the quote names.

use crate::names::{titled_names, with_surname_mentions, PersonMention};
use doc::{Doc, EntityLabel, PlaceKind, Reference, ReferenceKind, Span, Speaker, SpeakerKind, TokenKind};
use lexicon::{Gender, WordLists, GENERAL_GROUPS};
use std::collections::VecDeque;

/// How many candidates back a pronoun, a role phrase or a bare surname looks for its
/// antecedent; the bound keeps resolution linear in the length of an article.
pub(crate) const ANTECEDENT_WINDOW: usize = 64;
/// How many sentences back a pronoun's antecedent may stand (0: its own sentence).
const PRONOUN_SENTENCES: u32 = 3;
/// The most role words kept for one person (`Deputy Foreign Minister`).
const MAX_ROLES: usize = 4;
/// The most words before a name read for its titles.
const MAX_TITLE_WORDS: usize = 7;
/// The most words of an apposition after a name read for its roles.
const MAX_APPOSITION_WORDS: usize = 10;

/// General words for a person and the roles they cover; an empty list covers every role.
const GENERAL_ROLES: &[(&str, &[&str])] =
    &[("diplomat", &["ambassador", "envoy", "consul", "diplomat", "attache"]), ("official", &[])];
/// Words that say what kind of group a general word names (`the terror group`, `the aid
/// group`): the phrase refers to an organization as the word alone does.
const GROUP_KINDS: &[&str] = &[
    "terror",
    "terrorist",
    "militant",
    "armed",
    "rebel",
    "jihadist",
    "extremist",
    "insurgent",
    "separatist",
    "aid",
    "humanitarian",
    "rights",
    "relief",
];
/// Words after `it` or `they` that make the pronoun an empty subject (`it is expected`).
const EMPTY_SUBJECT_VERBS: &[&str] =
    &["is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "remained", "would", "could"];
/// Words before `it` or `they` that leave the pronoun in subject position.
const SUBJECT_OPENERS: &[&str] = &[",", "and", "but", "that", "because", "while", "as", "so"];

/// What kind of thing a candidate antecedent is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Person,
    Organization,
    Country,
    City { capital: bool },
}

/// An earlier mention that later words may refer to.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    /// The fullest form of its name.
    name: Span,
    kind: Kind,
    gender: Gender,
    /// Token indices of its role words (a person's titles, an organization's head noun).
    roles: [u32; MAX_ROLES],
    role_count: u8,
    /// Its country (ISO alpha-2), when a title or a demonym says it.
    country: Option<[u8; 2]>,
    /// The index of the sentence it was last mentioned in.
    sentence: u32,
}

impl Candidate {
    fn new(name: Span, kind: Kind) -> Candidate {
        Candidate {
            name,
            kind,
            gender: Gender::Unknown,
            roles: [0; MAX_ROLES],
            role_count: 0,
            country: None,
            sentence: 0,
        }
    }

    fn add_role(&mut self, token: usize) {
        if usize::from(self.role_count) < MAX_ROLES {
            self.roles[usize::from(self.role_count)] = token as u32;
            self.role_count += 1;
        }
    }

    fn role_words<'a>(&'a self, doc: &'a Doc) -> impl Iterator<Item = &'a str> + 'a {
        self.roles[..usize::from(self.role_count)].iter().map(move |&t| doc.token_text(t as usize))
    }
}

/// What a referring phrase asks of its antecedent.
#[derive(Clone, Copy, Debug)]
struct Wanted<'d> {
    kind: ReferenceKind,
    /// The head word (`ambassador`, `ministry`, `capital`, `it`).
    head: &'d str,
    gender: Gender,
    country: Option<[u8; 2]>,
}

/// Fills `doc.references`; needs entities and places first.
pub fn extract_references(doc: &mut Doc, words: &WordLists, names: &ner::Gazetteer, places: &geo::Gazetteer) {
    let titled = titled_names(doc, words);
    resolve_references(doc, words, names, places, &titled);
}

/// [`extract_references`] with the document's titled names found already (the quotes
/// read them too).
pub(crate) fn resolve_references(
    doc: &mut Doc,
    words: &WordLists,
    names: &ner::Gazetteer,
    places: &geo::Gazetteer,
    titled: &[PersonMention],
) {
    let candidates = candidates(doc, words, names, places, titled);
    let mut references = Vec::new();
    let mut window: VecDeque<Candidate> = VecDeque::with_capacity(ANTECEDENT_WINDOW);
    let mut next_candidate = 0;
    let mut in_quote = false;
    let mut sentence = 0;
    let mut index = 0;
    while index < doc.tokens.len() {
        let token = doc.tokens[index];
        while doc.sentences.get(sentence).is_some_and(|s| s.end_token as usize <= index) {
            sentence += 1;
        }
        // A quotation left open closes at the paragraph's end, as the quotes read it.
        if token.newline_before {
            in_quote = false;
        }
        match token.kind {
            TokenKind::OpenQuote => in_quote = true,
            TokenKind::CloseQuote => in_quote = false,
            _ => {}
        }
        while next_candidate < candidates.len() && candidates[next_candidate].0.start < token.span.end {
            if !in_quote {
                let candidate = Candidate { sentence: sentence as u32, ..candidates[next_candidate].1 };
                remember(&mut window, candidate);
            }
            next_candidate += 1;
        }
        let Some((end, wanted)) = referring_phrase(doc, words, places, index) else {
            index += 1;
            continue;
        };
        let span = token.span.cover(doc.tokens[end - 1].span);
        if let Some(antecedent) = resolve(doc, &window, wanted, sentence as u32) {
            references.push(Reference { span, antecedent: antecedent.name, kind: wanted.kind });
            // Referred to, it is mentioned again: `He said …` keeps him near for `he added`.
            remember(&mut window, Candidate { sentence: sentence as u32, ..antecedent });
        }
        index = end;
    }
    doc.references = references;
}

/// The speaker that a reference names: a person for a role or `he`/`she`, else a group.
pub fn speaker_of(doc: &Doc, reference: &Reference) -> Speaker {
    let person = match reference.kind {
        ReferenceKind::Role => true,
        ReferenceKind::Pronoun => pronoun_gender(doc.slice(reference.span)).is_some(),
        ReferenceKind::Group | ReferenceKind::Place => false,
    };
    Speaker { span: reference.antecedent, kind: if person { SpeakerKind::Person } else { SpeakerKind::Group } }
}

/// The reference that is the whole of the token range `first..end` (`he`, `the
/// ambassador`), if one is: in `the organization's director` it is not the head.
pub fn reference_at(doc: &Doc, first: usize, end: usize) -> Option<&Reference> {
    let span = doc.tokens[first].span.cover(doc.tokens[end - 1].span);
    doc.references.binary_search_by_key(&span, |r| r.span).ok().map(|index| &doc.references[index])
}

/// Adds a candidate to the window, dropping the oldest when it is full. A later mention
/// of a person (`Bulbuloglu`) keeps what the first one said (`Ambassador`).
fn remember(window: &mut VecDeque<Candidate>, mut candidate: Candidate) {
    if candidate.kind == Kind::Person && candidate.role_count == 0 {
        if let Some(earlier) = window.iter().rev().find(|c| c.kind == Kind::Person && c.name == candidate.name) {
            candidate = Candidate { sentence: candidate.sentence, ..*earlier };
        }
    }
    if window.len() == ANTECEDENT_WINDOW {
        window.pop_front();
    }
    window.push_back(candidate);
}

/// The nearest candidate in the window that `wanted` agrees with; a pronoun looks back
/// only over the last few sentences, since the reader has lost track of anyone older.
fn resolve(doc: &Doc, window: &VecDeque<Candidate>, wanted: Wanted, sentence: u32) -> Option<Candidate> {
    window
        .iter()
        .rev()
        .find(|c| {
            let country = wanted.country.is_none() || c.country.is_none() || c.country == wanted.country;
            let near = wanted.kind != ReferenceKind::Pronoun || c.sentence + PRONOUN_SENTENCES >= sentence;
            near && country && compatible(c.gender, wanted.gender) && fits(doc, c, wanted)
        })
        .copied()
}

fn compatible(have: Gender, wanted: Gender) -> bool {
    have == Gender::Unknown || wanted == Gender::Unknown || have == wanted
}

/// Whether a candidate is of the kind and role the referring phrase names.
fn fits(doc: &Doc, candidate: &Candidate, wanted: Wanted) -> bool {
    let head = wanted.head;
    match (wanted.kind, candidate.kind) {
        (ReferenceKind::Pronoun, Kind::Person) => pronoun_gender(head).is_some(),
        // `it` may be any organization (`the Armed Forces` too), `they` only one named
        // by a plural (`Forces`), never `the United Nations`' singular proper name alone.
        (ReferenceKind::Pronoun, Kind::Organization) => {
            head.eq_ignore_ascii_case("it")
                || (head.eq_ignore_ascii_case("they")
                    && candidate.role_words(doc).last().is_some_and(|w| w.ends_with('s')))
        }
        (ReferenceKind::Role, Kind::Person) => candidate.role_words(doc).any(|role| role_covers(head, role)),
        (ReferenceKind::Group, Kind::Organization) => {
            GENERAL_GROUPS.contains(&head) || candidate.role_words(doc).any(|w| w.eq_ignore_ascii_case(head))
        }
        (ReferenceKind::Place, Kind::Country) => matches!(head, "country" | "nation"),
        (ReferenceKind::Place, Kind::City { capital }) => head == "city" || (head == "capital" && capital),
        _ => false,
    }
}

/// Whether the word of a referring phrase names a person of role `role`: the same word,
/// any `spokes-` word for another, or a general word that covers it.
fn role_covers(head: &str, role: &str) -> bool {
    let spokes = |word: &str| word.get(..6).is_some_and(|prefix| prefix.eq_ignore_ascii_case("spokes"));
    if head.eq_ignore_ascii_case(role) || (spokes(head) && spokes(role)) {
        return true;
    }
    GENERAL_ROLES
        .iter()
        .find(|(general, _)| *general == head)
        .is_some_and(|(_, covered)| covered.is_empty() || covered.iter().any(|c| c.eq_ignore_ascii_case(role)))
}

fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" => Some(Gender::Male),
        "she" | "She" => Some(Gender::Female),
        _ => None,
    }
}

/// The referring phrase that starts at token `index`: its end and what it asks for.
fn referring_phrase<'d>(
    doc: &'d Doc,
    words: &WordLists,
    places: &geo::Gazetteer,
    index: usize,
) -> Option<(usize, Wanted<'d>)> {
    let word = doc.token_text(index);
    if let Some(gender) = pronoun_gender(word) {
        return Some((index + 1, Wanted { kind: ReferenceKind::Pronoun, head: word, gender, country: None }));
    }
    if matches!(word, "it" | "It" | "they" | "They") {
        return subject_position(doc, words, index).then_some((
            index + 1,
            Wanted { kind: ReferenceKind::Pronoun, head: word, gender: Gender::Unknown, country: None },
        ));
    }
    if !matches!(word, "the" | "The") {
        return None;
    }
    // `the Azerbaijani diplomat`: a demonym before the head says the country; `the
    // terror group`: a word of what kind of group before a general word for one.
    let demonym = doc.tokens.get(index + 1).is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase));
    let described = !demonym
        && GROUP_KINDS.contains(&doc.token_text(index + 1))
        && doc.tokens.get(index + 2).is_some_and(|t| GENERAL_GROUPS.contains(&doc.slice(t.span)));
    let head_at = index + 1 + usize::from(demonym || described);
    let head_token = doc.tokens.get(head_at).filter(|t| t.kind == TokenKind::Word)?;
    let head = doc.slice(head_token.span);
    if !head.starts_with(|c: char| c.is_ascii_lowercase()) || apposed_name(doc, head_at + 1) {
        return None;
    }
    let (kind, gender) = if !head.ends_with('s') && (words.role(head).is_some() || is_general_role(head)) {
        (ReferenceKind::Role, words.role(head).unwrap_or(Gender::Unknown))
    } else if words.is_organization_word(head) || GENERAL_GROUPS.contains(&head) {
        (ReferenceKind::Group, Gender::Unknown)
    } else if matches!(head, "country" | "nation" | "capital" | "city") {
        (ReferenceKind::Place, Gender::Unknown)
    } else {
        return None;
    };
    let country = if demonym { Some(places.country_of_demonym(doc.token_text(index + 1))?.alpha2) } else { None };
    Some((head_at + 1, Wanted { kind, head, gender, country }))
}

fn is_general_role(word: &str) -> bool {
    GENERAL_ROLES.iter().any(|(general, _)| *general == word)
}

/// Whether a name follows at `index`, so that the phrase before it is the name's title
/// or apposition (`the ambassador Polad Bulbuloglu`, `the ambassador, Christos
/// Lazaridis,`, `the city of Tovuz`), not a reference to something earlier.
fn apposed_name(doc: &Doc, index: usize) -> bool {
    let joined = doc.tokens.get(index).is_some_and(|t| matches!(doc.slice(t.span), "," | "of"));
    let at = if joined { index + 1 } else { index };
    doc.tokens.get(at).is_some_and(|t| t.kind == TokenKind::Word && doc.slice(t.span).starts_with(char::is_uppercase))
}

/// Whether `it` or `they` at `index` is the subject of a verb of its own: it opens its
/// sentence or clause, and no empty-subject verb follows (`it is expected`).
fn subject_position(doc: &Doc, words: &WordLists, index: usize) -> bool {
    let sentence_start = doc.sentences.partition_point(|s| s.end_token as usize <= index);
    let opens_sentence = doc.sentences.get(sentence_start).is_some_and(|s| s.first_token as usize == index);
    let opens_clause = index > 0 && {
        let previous = doc.token_text(index - 1);
        doc.tokens[index - 1].kind == TokenKind::CloseQuote
            || SUBJECT_OPENERS.contains(&previous)
            || words.speech_verb_lemma(previous).is_some()
    };
    let next = doc.tokens.get(index + 1).map(|t| doc.slice(t.span));
    let acts =
        next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && !EMPTY_SUBJECT_VERBS.contains(&w));
    (opens_sentence || opens_clause) && acts
}

/// Every candidate antecedent with where it stands, in text order: persons (their
/// surnames pointing back to the full name), organizations, countries and cities.
fn candidates(
    doc: &Doc,
    words: &WordLists,
    names: &ner::Gazetteer,
    places: &geo::Gazetteer,
    titled: &[PersonMention],
) -> Vec<(Span, Candidate)> {
    let mut known = titled.to_vec();
    for entity in &doc.entities {
        let titled_here = titled.binary_search_by(|m| m.at.start.cmp(&entity.span.start));
        let multiword = doc.slice(entity.span).contains(' ');
        if entity.label == EntityLabel::Person && multiword && titled_here.is_err() {
            known.push(PersonMention { at: entity.span, name: entity.span, gender: Gender::Unknown });
        }
    }
    known.sort_by_key(|m| m.at);
    let mut found: Vec<(Span, Candidate)> = Vec::new();
    let mut cursor = doc.token_cursor();
    for mention in with_surname_mentions(doc, &known) {
        let tokens = cursor.range(mention.at);
        let mut person = Candidate::new(mention.name, Kind::Person);
        if mention.at == mention.name {
            read_titles(doc, words, places, tokens, &mut person);
            let role_gender = person
                .role_words(doc)
                .map(|w| words.role(w).unwrap_or(Gender::Unknown))
                .find(|g| *g != Gender::Unknown);
            let first_name = doc.slice(mention.name).split(' ').next().unwrap_or("");
            person.gender = role_gender.unwrap_or_else(|| names.first_name_gender(first_name));
        }
        found.push((mention.at, person));
    }
    let mut cursor = doc.token_cursor();
    // The agency a dateline names filed the story; nothing in it refers to the agency.
    let in_dateline = |span: Span| doc.dateline.is_some_and(|d| d.span.contains(span));
    for entity in doc.entities.iter().filter(|e| e.label == EntityLabel::Organization && !in_dateline(e.span)) {
        let mut organization = Candidate::new(entity.span, Kind::Organization);
        if let Some(head) = cursor.range(entity.span).rev().find(|&i| words.is_organization_word(doc.token_text(i))) {
            organization.add_role(head);
        }
        found.push((entity.span, organization));
    }
    for place in &doc.places {
        let Some(geo) = &place.geo else {
            continue;
        };
        let kind = match geo.kind {
            PlaceKind::Country => Kind::Country,
            PlaceKind::City => Kind::City {
                capital: geo.country.and_then(|c| places.country(c)).is_some_and(|c| c.capital == geo.name),
            },
            PlaceKind::Admin1 | PlaceKind::Region => continue,
        };
        found.push((place.span, Candidate { country: geo.country, ..Candidate::new(place.span, kind) }));
    }
    found.sort_by_key(|(at, _)| at.start);
    found
}

/// Reads a person's role words and country from the titles before the name
/// (`Azerbaijan's Ambassador to Russia`) and an apposition after it (`, the
/// ambassador,`, `, who is the Greek ambassador,`).
fn read_titles(
    doc: &Doc,
    words: &WordLists,
    places: &geo::Gazetteer,
    name: std::ops::Range<usize>,
    person: &mut Candidate,
) {
    let mut first = name.start;
    while first > 0 && name.start - first < MAX_TITLE_WORDS {
        let at = first - 1;
        let word = doc.token_text(at);
        if doc.tokens[at].kind != TokenKind::Word {
            if !matches!(word, "'s" | "’s") {
                break;
            }
        } else if words.role(word).is_some() {
            person.add_role(at);
        } else if matches!(word, "to" | "of" | "for" | "in") && at > 0 && words.role(doc.token_text(at - 1)).is_some() {
            // `Ambassador to Russia`: the words after `to` are the posting, not the nation.
            person.country = None;
        } else if word.starts_with(char::is_uppercase) {
            person.country = person.country.or_else(|| country_at(doc, places, at));
        } else {
            break;
        }
        first = at;
    }
    let mut at = name.end;
    if doc.tokens.get(at).is_none_or(|t| doc.slice(t.span) != ",") {
        return;
    }
    at += 1;
    if doc.tokens.get(at).is_some_and(|t| doc.slice(t.span) == "who") {
        at += 2;
    }
    let opens = doc.tokens.get(at).map_or("", |t| doc.slice(t.span));
    if !(matches!(opens, "the" | "a" | "an") || words.role(opens).is_some() || opens.starts_with(char::is_uppercase)) {
        return;
    }
    for index in at..doc.tokens.len().min(at + MAX_APPOSITION_WORDS) {
        let word = doc.token_text(index);
        if matches!(word, "," | "." | ";") || matches!(word, "to" | "of" | "for" | "in") {
            break;
        }
        if words.role(word).is_some() {
            person.add_role(index);
        } else if word.starts_with(char::is_uppercase) {
            person.country = person.country.or_else(|| country_at(doc, places, index));
        }
    }
}

/// The country a capitalized word at token `index` names: a country place, or a demonym.
fn country_at(doc: &Doc, places: &geo::Gazetteer, index: usize) -> Option<[u8; 2]> {
    let span = doc.tokens[index].span;
    let place = doc.places.partition_point(|p| p.span.end <= span.start);
    let named = doc.places.get(place).filter(|p| p.span.contains(span)).and_then(|p| p.geo.as_ref());
    match named {
        Some(geo) if geo.kind == PlaceKind::Country => geo.country,
        _ => places.country_of_demonym(doc.token_text(index)).map(|c| c.alpha2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (referring words, antecedent) of each reference.
    fn references(text: &str) -> Vec<(String, String)> {
        let mut doc = Doc::new("t", text.to_string());
        crate::annotate(&mut doc, crate::testing::resources(), &crate::Options::default());
        doc.references.iter().map(|r| (doc.slice(r.span).to_string(), doc.slice(r.antecedent).to_string())).collect()
    }

    fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
        rows.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn a_role_picks_the_person_of_that_role_not_the_latest() {
        let found = references(
            "Foreign Minister Jeyhun Bayramov met Greek Ambassador Christos Lazaridis on Monday. \
             The minister said talks would continue.",
        );
        assert_eq!(found, pairs(&[("The minister", "Jeyhun Bayramov")]));
    }

    #[test]
    fn a_demonym_and_a_general_word_find_the_ambassador() {
        let found = references(
            "Azerbaijan's Ambassador to Russia Polad Bulbuloglu met reporters. \
             The Azerbaijani diplomat said the talks must resume.",
        );
        assert_eq!(found, pairs(&[("The Azerbaijani diplomat", "Polad Bulbuloglu")]));
    }

    #[test]
    fn pronouns_agree_in_gender_and_skip_names_inside_quotes() {
        let found = references("Spokeswoman Maria Lindqvist spoke first. \"We trust Anders Berg,\" she said.");
        assert_eq!(found, pairs(&[("she", "Maria Lindqvist")]));
    }

    #[test]
    fn a_kind_of_group_refers_to_the_latest_organization() {
        let found = references(
            "Niger expelled the International Committee of the Red Cross, accusing the aid group of \
             colluding with jihadists.",
        );
        assert_eq!(found, pairs(&[("the aid group", "International Committee of the Red Cross")]));
        let found = references("Al-Shabaab stormed a police academy in Mogadishu. The terror group claimed it.");
        assert_eq!(found, pairs(&[("The terror group", "Al-Shabaab")]));
        // Another word before `group` is no reference: `the Wagner group` is a name.
        assert!(references("Niger expelled the ICRC. The contact group met in Paris.").is_empty());
    }

    #[test]
    fn nothing_compatible_leaves_the_words_unresolved() {
        assert!(references("The minister said the talks would continue. He left.").is_empty());
        // The agency that filed the story is no one's antecedent.
        assert!(
            references("SEOUL, March 3 (Reuters) - The drills began on Monday. It said more would follow.").is_empty()
        );
    }
}
