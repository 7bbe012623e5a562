//! Rules around the statistical tagger for what its training news rarely shows: name
//! particles (`Ursula von der Leyen`) and long organization names (`OSCE Minsk Group`).

use crate::gazetteer::Gazetteer;
use crate::labels::{entity_spans, EntityType, Label, Position};
use lexicon::{WordLists, NAME_PARTICLES};

/// Capitalized words that open a sentence or clause without naming anything.
const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "Of", "And", "But", "This", "That", "These", "Those", "It", "He", "She",
    "They", "We", "His", "Her", "Its", "Their", "Our", "As", "After", "Before", "When", "While", "If",
];

/// Lowercase words that join the parts of an organization name (`of the`, `for`).
const JOINERS: &[&str] = &["of", "for", "on"];

/// Lowercase nouns for bodies named by their members, which make the capitalized words
/// just before them a name (`the Kenya Medical Practitioners union`).
const MEMBERS_BODIES: &[&str] = &["union", "unions", "association", "federation", "alliance"];

/// Lowercase nouns that make the capitalized words before them a place
/// (`Tovuz district`, `Donetsk region`), or after them with `of` (`village of Shumy`).
const PLACE_NOUNS: &[&str] = &[
    "province",
    "region",
    "district",
    "oblast",
    "governorate",
    "county",
    "prefecture",
    "village",
    "town",
    "city",
    "valley",
    "river",
    "island",
    "islands",
    "mountains",
    "peninsula",
    "municipality",
    "canton",
];

/// Endings of capitalized compounds that describe rather than name (`Tripoli-based`).
const DESCRIPTIVE_SUFFIXES: &[&str] =
    &["-based", "-led", "-backed", "-born", "-owned", "-run", "-sponsored", "-linked"];

/// A capitalized organization head word (`Ministry`, not `ministry`).
fn organization_head(word_lists: &WordLists, word: &str) -> bool {
    capitalized(word) && word_lists.is_organization_word(word)
}

fn capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// A capitalized word that can be part of a name.
fn name_word(word: &str) -> bool {
    capitalized(word) && !FUNCTION_WORDS.contains(&word) && !DESCRIPTIVE_SUFFIXES.iter().any(|s| word.ends_with(s))
}

/// An Arabic article joined to a name (`al-Obaidi`, `el-Sisi`).
fn joined_article(word: &str) -> bool {
    // The hyphen is third or fourth; a byte scan of four rules out most words at once.
    let hyphen = word.bytes().take(4).position(|b| b == b'-');
    hyphen.is_some_and(|at| {
        matches!(&word[..at], "al" | "el" | "ad" | "as" | "ash" | "ar")
            && word[at + 1..].starts_with(char::is_uppercase)
    })
}

fn stand_in(word: &str) -> Option<&'static str> {
    // Particles and joined articles open with a lowercase letter, and particles are short.
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    if joined_article(word) {
        // Any capitalized hyphenated surname shows the model the shape it needs.
        return Some("Al-Amin");
    }
    if word.len() > LONGEST_PARTICLE {
        return None;
    }
    NAME_PARTICLES.iter().find(|(lower, _)| *lower == word).map(|(_, upper)| *upper)
}

/// Bytes of the longest name particle.
const LONGEST_PARTICLE: usize = {
    let (mut longest, mut i) = (0, 0);
    while i < NAME_PARTICLES.len() {
        if NAME_PARTICLES[i].0.len() > longest {
            longest = NAME_PARTICLES[i].0.len();
        }
        i += 1;
    }
    longest
};

/// The words as the model should see them: a particle run between two capitalized
/// words is capitalized (`Ursula Von Der Leyen`), as is a name with a joined article
/// after a capitalized word (`Salem Al-Obaidi`).
pub(crate) fn particles_capitalized<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut shown: Vec<&str> = words.to_vec();
    for index in 1..words.len() {
        let Some(upper) = stand_in(words[index]) else {
            continue;
        };
        let ends_name = joined_article(words[index]);
        let run_end = (index..words.len()).find(|&i| stand_in(words[i]).is_none() || joined_article(words[i]));
        let closes = ends_name || run_end.is_some_and(|end| capitalized(words[end]) || joined_article(words[end]));
        if capitalized(shown[index - 1]) && closes {
            shown[index] = upper;
        }
    }
    shown
}

/// Relabels `first..end` as one entity of `kind`, closing any entity cut at either edge.
/// Makes the entity open at `index` end there (`B` becomes `U`, `I` becomes `L`).
fn close_at(labels: &mut [Label], index: usize) {
    let closed = match labels[index].position() {
        Some(Position::Begin) => Some(Position::Unit),
        Some(Position::Inside) => Some(Position::Last),
        _ => None,
    };
    if let (Some(position), Some(kind)) = (closed, labels[index].entity_type()) {
        labels[index] = Label::new(kind, position);
    }
}

fn relabel(labels: &mut [Label], first: usize, end: usize, kind: EntityType) {
    for (offset, label) in labels[first..end].iter_mut().enumerate() {
        let position = match (offset, end - first - 1) {
            (0, 0) => Position::Unit,
            (0, _) => Position::Begin,
            (o, last) if o == last => Position::Last,
            _ => Position::Inside,
        };
        *label = Label::new(kind, position);
    }
    if let Some(before) = first.checked_sub(1) {
        close_at(labels, before);
    }
    if let Some(after) = labels.get_mut(end) {
        let opened = match after.position() {
            Some(Position::Inside) => Some(Position::Begin),
            Some(Position::Last) => Some(Position::Unit),
            _ => None,
        };
        if let (Some(position), Some(kind)) = (opened, after.entity_type()) {
            *after = Label::new(kind, position);
        }
    }
}

/// Relabels as one organization every run of capitalized words (joined by `of`, `for`,
/// `of the`…) that holds an organization head word (`Group`, `Council`, `Ministry`), or
/// of two words or more before a lowercase [`MEMBERS_BODIES`] noun. A leading
/// nationality the model marked (`Chinese Foreign Ministry`) stays apart.
pub(crate) fn merge_organization_runs(word_lists: &WordLists, words: &[&str], labels: &mut [Label]) {
    let mut index = 0;
    while index < words.len() {
        let demonym =
            labels[index].entity_type() == Some(EntityType::Misc) && labels[index].position() == Some(Position::Unit);
        if !name_word(words[index]) || demonym {
            index += 1;
            continue;
        }
        let first = index;
        let mut end = index + 1;
        while end < words.len() {
            // `X of Y`, `X for the Y`: a joiner, an optional article, a capital; not a
            // date's (`Foreign Ministry on Thursday`).
            let mut next = end;
            if JOINERS.contains(&words[next]) {
                next += 1;
                if words.get(next) == Some(&"the") {
                    next += 1;
                }
            }
            let joined = next > end;
            if !words.get(next).is_some_and(|w| name_word(w) && !(joined && doc::calendar::is_day_or_month_name(w))) {
                break;
            }
            end = next + 1;
        }
        // A title followed by a name starts a person: `European Commission President Ursula …`.
        let last_head = (first..end).rev().find(|&i| organization_head(word_lists, words[i]));
        if let Some(head) = last_head {
            let title = (head + 1..end)
                .find(|&i| word_lists.is_role_word(words[i]) && words.get(i + 1).is_some_and(|w| name_word(w)));
            if let Some(title) = title {
                end = title;
            }
        }
        // A run of one word is left to the model: `Group` alone names nothing.
        let names_a_body = words.get(end).is_some_and(|w| MEMBERS_BODIES.contains(w));
        if (last_head.is_some_and(|head| head < end) || names_a_body) && end - first > 1 {
            relabel(labels, first, end, EntityType::Organization);
        }
        index = end.max(first + 1);
    }
}

/// Heads of the names of waters: `Gulf of Oman`, `Strait of Hormuz`, `Bay of Bengal`.
const WATER_HEADS: &[&str] = &["Gulf", "Sea", "Strait", "Straits", "Bay"];

/// Relabels as one location a water's name of the form head, `of`, name (`Gulf of
/// Oman`): the model may tag the name after `of` alone, a country it is not.
pub(crate) fn merge_waters(words: &[&str], labels: &mut [Label]) {
    for first in 0..words.len().saturating_sub(2) {
        if words[first + 1] == "of" && WATER_HEADS.contains(&words[first]) && name_word(words[first + 2]) {
            let end = (first + 3..words.len()).find(|&i| !name_word(words[i])).unwrap_or(words.len());
            relabel(labels, first, end, EntityType::Location);
        }
    }
}

/// Splits an entity that coordinates two people (`Ursula von der Leyen and Recep Tayyip
/// Erdogan`) at its `and`, when one side opens with a known first name and neither
/// holds an organization word: both sides are then persons.
pub(crate) fn split_coordinated_persons(
    word_lists: &WordLists,
    words: &[&str],
    gazetteer: &Gazetteer,
    labels: &mut [Label],
) {
    for (first, end, _) in entity_spans(labels) {
        let Some(and) = (first + 1..end.saturating_sub(1)).find(|&i| words[i] == "and") else {
            continue;
        };
        let has_organization_word = (first..end).any(|i| organization_head(word_lists, words[i]));
        let first_name = gazetteer.is_first_name(words[first]) || gazetteer.is_first_name(words[and + 1]);
        if first_name && !has_organization_word && and > first + 1 && end > and + 2 {
            relabel(labels, first, and, EntityType::Person);
            labels[and] = Label::O;
            relabel(labels, and + 1, end, EntityType::Person);
        }
    }
}

/// The longest personal name a title introduces.
const MAX_TITLED_NAME: usize = 4;

/// Labels as a person the capitalized run right after a title word (`Ambassador to
/// Russia Polad Bulbuloglu`, `spokesman Thomas Keller`): the title says what the model
/// may not know from names it never saw. The title itself is not part of the name.
pub(crate) fn mark_titled_persons(
    word_lists: &WordLists,
    role_word: impl Fn(usize) -> bool,
    words: &[&str],
    shown: &[&str],
    labels: &mut [Label],
) {
    for role in 0..words.len() {
        if !role_word(role) {
            continue;
        }
        let mut first = role + 1;
        // Skip a one-word complement: `Ambassador to Russia`, `Minister of Defence`.
        let complement = words.get(first).is_some_and(|w| JOINERS.contains(w) || *w == "to")
            && words.get(first + 1).is_some_and(|w| capitalized(w))
            && words.get(first + 2).is_some_and(|w| capitalized(w));
        if complement {
            first += 2;
        }
        let limit = words.len().min(first + MAX_TITLED_NAME + 1);
        let end = (first..limit).find(|&i| !name_word(shown[i]) || role_word(i)).unwrap_or(limit);
        let plausible = end >= first + 2
            && end - first <= MAX_TITLED_NAME
            && !(first..end).any(|i| organization_head(word_lists, words[i]));
        if !plausible {
            continue;
        }
        relabel(labels, first, end, EntityType::Person);
        if labels[role].entity_type().is_some() && role + 1 == first {
            labels[role] = Label::O;
            // Close whatever the title was ending.
            if role > 0 {
                close_at(labels, role - 1);
            }
        }
    }
}

/// Ends an entity before the lowercase joiners it ends with: a name goes on after `of`
/// only with a capital (`Minsk of` in `accusing Minsk of sabotage` is `Minsk`). One word
/// left that the gazetteer lists as a country, city or region is a place.
pub(crate) fn end_before_trailing_joiners(gazetteer: &Gazetteer, words: &[&str], labels: &mut [Label]) {
    let joiner = |word: &&str| JOINERS.contains(word) || *word == "the";
    // Most sentences have no joiner inside an entity: their spans are not listed.
    if !words.iter().zip(labels.iter()).any(|(word, label)| label.entity_type().is_some() && joiner(word)) {
        return;
    }
    for (first, end, kind) in entity_spans(labels) {
        let mut last = end;
        while last > first && joiner(&words[last - 1]) {
            last -= 1;
        }
        if last == end {
            continue;
        }
        labels[last..end].fill(Label::O);
        if last == first {
            continue;
        }
        let place = last - first == 1
            && gazetteer.categories(words[first]).iter().any(|c| matches!(*c, "country" | "city" | "region"));
        relabel(labels, first, last, if place { EntityType::Location } else { kind });
    }
}

/// Labels as a place the capitalized words before a place noun (`Tovuz district`) or
/// after `village of`, `city of` (`the village of Shumy`), and drops one-word
/// entities that are only a title (`Lt.`).
pub(crate) fn mark_places_and_drop_titles(
    word_lists: &WordLists,
    role_word: impl Fn(usize) -> bool,
    words: &[&str],
    labels: &mut [Label],
) {
    for index in 0..words.len() {
        let single = labels[index].position() == Some(Position::Unit);
        if single && role_word(index) {
            labels[index] = Label::O;
        }
        if !PLACE_NOUNS.contains(&words[index]) {
            continue;
        }
        let mut first = index;
        while first > 0
            && index - first < 3
            && name_word(words[first - 1])
            && !organization_head(word_lists, words[first - 1])
        {
            first -= 1;
        }
        let inside_other = labels[index].entity_type().is_some();
        if first < index
            && !inside_other
            && labels[first..index].iter().all(|l| l.entity_type() != Some(EntityType::Person))
        {
            relabel(labels, first, index, EntityType::Location);
        }
        if words.get(index + 1) == Some(&"of") && words.get(index + 2).is_some_and(|w| name_word(w)) {
            let end = (index + 2..words.len().min(index + 5))
                .find(|&i| !name_word(words[i]))
                .unwrap_or(words.len().min(index + 5));
            relabel(labels, index + 2, end, EntityType::Location);
        }
    }
}

/// The role-word test the tagger gives the repairs, from the word lists.
#[cfg(test)]
fn listed_role_words<'w>(words: &'w [&str]) -> impl Fn(usize) -> bool + 'w {
    |i| WordLists::embedded().is_role_word(words[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_are_capitalized_only_inside_names() {
        let words = ["Ursula", "von", "der", "Leyen", "and", "de", "facto", "Salem", "al-Obaidi"];
        assert_eq!(
            particles_capitalized(&words),
            ["Ursula", "Von", "Der", "Leyen", "and", "de", "facto", "Salem", "Al-Amin"]
        );
    }

    #[test]
    fn titles_introduce_persons() {
        let words = [
            "Ambassador",
            "to",
            "Russia",
            "Polad",
            "Bulbuloglu",
            "met",
            "spokesman",
            "Thomas",
            "Keller",
            "of",
            "the",
            "Red",
            "Cross",
        ];
        let mut labels = vec![Label::O; words.len()];
        mark_titled_persons(WordLists::embedded(), listed_role_words(&words), &words, &words, &mut labels);
        assert_eq!(entity_spans(&labels), [(3, 5, EntityType::Person), (7, 9, EntityType::Person)]);
    }

    #[test]
    fn organization_runs_become_one_entity() {
        let words = [
            "The", "OSCE", "Minsk", "Group", "and", "General", "Staff", "of", "the", "Armed", "Forces", "met", "Group",
        ];
        let mut labels = vec![Label::O; words.len()];
        labels[1] = Label::new(EntityType::Organization, Position::Unit);
        labels[2] = Label::new(EntityType::Location, Position::Unit);
        merge_organization_runs(WordLists::embedded(), &words, &mut labels);
        let spans = entity_spans(&labels);
        assert_eq!(spans, [(1, 4, EntityType::Organization), (5, 11, EntityType::Organization)]);
    }

    #[test]
    fn a_run_stops_before_a_date_it_is_joined_to() {
        let words =
            ["The", "Foreign", "Ministry", "on", "Thursday", "and", "the", "Commission", "on", "Human", "Rights"];
        let mut labels = vec![Label::O; words.len()];
        merge_organization_runs(WordLists::embedded(), &words, &mut labels);
        let spans = entity_spans(&labels);
        assert_eq!(spans, [(1, 3, EntityType::Organization), (7, 11, EntityType::Organization)]);
    }

    #[test]
    fn a_run_before_a_members_body_is_its_name() {
        let words = ["The", "Kenya", "Medical", "Practitioners", "union", "and", "Kenya", "teachers", "'", "union"];
        let mut labels = vec![Label::O; words.len()];
        labels[1] = Label::new(EntityType::Location, Position::Unit);
        labels[2] = Label::new(EntityType::Person, Position::Begin);
        labels[3] = Label::new(EntityType::Person, Position::Last);
        labels[6] = Label::new(EntityType::Location, Position::Unit);
        merge_organization_runs(WordLists::embedded(), &words, &mut labels);
        assert_eq!(entity_spans(&labels), [(1, 4, EntityType::Organization), (6, 7, EntityType::Location)]);
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn coordinated_persons_are_split() {
        let words = [
            "Ursula", "Von", "Der", "Leyen", "and", "Recep", "Tayyip", "Erdogan", "and", "Procter", "and", "Gamble",
            "Group",
        ];
        let mut labels = vec![Label::O; words.len()];
        relabel(&mut labels, 0, 8, EntityType::Organization);
        relabel(&mut labels, 9, 13, EntityType::Organization);
        let gazetteer = Gazetteer::from_tsv("first_female\tursula\n");
        split_coordinated_persons(WordLists::embedded(), &words, &gazetteer, &mut labels);
        assert_eq!(
            entity_spans(&labels),
            [(0, 4, EntityType::Person), (5, 8, EntityType::Person), (9, 13, EntityType::Organization)]
        );
    }

    #[test]
    fn place_nouns_mark_places_and_titles_alone_are_dropped() {
        let words = ["villages", "in", "Tovuz", "district", "and", "the", "village", "of", "Shumy", ",", "Lt."];
        let mut labels = vec![Label::O; words.len()];
        labels[10] = Label::new(EntityType::Organization, Position::Unit);
        mark_places_and_drop_titles(WordLists::embedded(), listed_role_words(&words), &words, &mut labels);
        assert_eq!(entity_spans(&labels), [(2, 3, EntityType::Location), (8, 9, EntityType::Location)]);
    }

    #[test]
    fn an_entity_ends_before_the_joiners_it_ends_with() {
        let words = ["accusing", "Minsk", "of", "sabotage", "and", "Bank", "of", "England", "for", "the", "loss"];
        let mut labels = vec![Label::O; words.len()];
        relabel(&mut labels, 1, 3, EntityType::Organization);
        relabel(&mut labels, 5, 10, EntityType::Organization);
        let gazetteer = Gazetteer::from_tsv("city\tminsk\n");
        end_before_trailing_joiners(&gazetteer, &words, &mut labels);
        assert_eq!(entity_spans(&labels), [(1, 2, EntityType::Location), (5, 8, EntityType::Organization)]);
    }

    #[test]
    fn a_title_inside_an_entity_splits_it() {
        let words = ["Lamar", "County", "Judge", "Wayne", "Tidwell", "said"];
        let mut labels = vec![Label::O; words.len()];
        relabel(&mut labels, 0, 4, EntityType::Person);
        mark_titled_persons(WordLists::embedded(), listed_role_words(&words), &words, &words, &mut labels);
        assert_eq!(entity_spans(&labels), [(0, 2, EntityType::Person), (3, 5, EntityType::Person)]);
    }

    #[test]
    fn courts_of_justice_and_envoys_of_offices_stay_organizations() {
        let words = [
            "Office",
            "of",
            "the",
            "Special",
            "Envoy",
            "for",
            "Yemen",
            "and",
            "International",
            "Court",
            "of",
            "Justice",
        ];
        let mut labels = vec![Label::O; words.len()];
        merge_organization_runs(WordLists::embedded(), &words, &mut labels);
        assert_eq!(entity_spans(&labels), [(0, 7, EntityType::Organization), (8, 12, EntityType::Organization)]);
    }
}
