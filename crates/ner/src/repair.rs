//! Rules around the statistical tagger for what its training news rarely shows: name
//! particles (`Ursula von der Leyen`) and long organization names (`OSCE Minsk Group`).

use crate::features::{is_organization_word, is_role_word};
use crate::labels::{EntityType, Label, Position};

/// Lowercase name particles and the capitalized stand-ins the model is shown.
const PARTICLES: [(&str, &str); 15] = [
    ("von", "Von"),
    ("van", "Van"),
    ("der", "Der"),
    ("den", "Den"),
    ("de", "De"),
    ("la", "La"),
    ("le", "Le"),
    ("du", "Du"),
    ("da", "Da"),
    ("dos", "Dos"),
    ("del", "Del"),
    ("bin", "Bin"),
    ("ibn", "Ibn"),
    ("bint", "Bint"),
    ("al", "Al"),
];

/// Capitalized words that open a sentence or clause without naming anything.
const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "Of", "And", "But", "This", "That", "These", "Those", "It", "He", "She",
    "They", "We", "His", "Her", "Its", "Their", "Our", "As", "After", "Before", "When", "While", "If",
];

/// Lowercase words that join the parts of an organization name (`of the`, `for`).
const JOINERS: &[&str] = &["of", "for", "on"];

fn capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

fn stand_in(word: &str) -> Option<&'static str> {
    PARTICLES.iter().find(|(lower, _)| *lower == word).map(|(_, upper)| *upper)
}

/// The words as the model should see them: a particle run between two capitalized
/// words is capitalized (`Ursula Von Der Leyen`).
pub(crate) fn particles_capitalized<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut shown: Vec<&str> = words.to_vec();
    for index in 1..words.len() {
        let Some(upper) = stand_in(words[index]) else {
            continue;
        };
        let run_end = (index..words.len()).find(|&i| stand_in(words[i]).is_none());
        if capitalized(shown[index - 1]) && run_end.is_some_and(|end| capitalized(words[end])) {
            shown[index] = upper;
        }
    }
    shown
}

/// Relabels as one organization every run of capitalized words (joined by `of`, `for`,
/// `the`…) that holds an organization head word (`Group`, `Council`, `Ministry`).
pub(crate) fn merge_organization_runs(words: &[&str], labels: &mut [Label]) {
    let mut index = 0;
    while index < words.len() {
        if !capitalized(words[index]) || FUNCTION_WORDS.contains(&words[index]) {
            index += 1;
            continue;
        }
        let first = index;
        let mut end = index + 1;
        while end < words.len() {
            // `X of Y`, `X for the Y`: a joiner, an optional article, a capital.
            let mut next = end;
            if JOINERS.contains(&words[next]) {
                next += 1;
                if words.get(next) == Some(&"the") {
                    next += 1;
                }
            }
            if !words.get(next).is_some_and(|w| capitalized(w) && !FUNCTION_WORDS.contains(w)) {
                break;
            }
            end = next + 1;
        }
        // A title after the head starts a person's name: `European Commission President …`.
        let last_head = (first..end).rev().find(|&i| is_organization_word(words[i]));
        if let Some(head) = last_head {
            if let Some(role) = (head + 1..end).find(|&i| is_role_word(words[i])) {
                end = role;
            }
        }
        let has_head = last_head.is_some_and(|head| head < end);
        // A run of one word is left to the model: `Group` alone names nothing.
        if has_head && end - first > 1 {
            relabel(labels, first, end, EntityType::Organization);
            // The words after the run may have continued an entity it replaced.
            if let Some(next) = labels.get_mut(end) {
                if matches!(next.position(), Some(Position::Inside | Position::Last)) {
                    let kind = next.entity_type().unwrap_or(EntityType::Misc);
                    let position =
                        if next.position() == Some(Position::Last) { Position::Unit } else { Position::Begin };
                    *next = Label::new(kind, position);
                }
            }
        }
        index = end;
    }
}

/// The longest personal name a title introduces.
const MAX_TITLED_NAME: usize = 4;

/// Labels as a person the capitalized run right after a title word (`Ambassador to
/// Russia Polad Bulbuloglu`, `spokesman Thomas Keller`): the title says what the model
/// may not know from names it never saw.
pub(crate) fn mark_titled_persons(words: &[&str], labels: &mut [Label]) {
    for role in 0..words.len() {
        if !is_role_word(words[role]) {
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
        let end = (first..words.len().min(first + MAX_TITLED_NAME + 1))
            .find(|&i| !(capitalized(words[i]) || stand_in(words[i]).is_some()) || is_role_word(words[i]))
            .unwrap_or(words.len().min(first + MAX_TITLED_NAME + 1));
        let run = first..end;
        let plausible = run.len() >= 2
            && run.len() <= MAX_TITLED_NAME
            && capitalized(words[end - 1])
            && !run.clone().any(|i| is_organization_word(words[i]) || FUNCTION_WORDS.contains(&words[i]));
        // Only where the model did not already see an entity that reaches past the run.
        let crosses = labels.get(end).is_some_and(|l| matches!(l.position(), Some(Position::Inside | Position::Last)))
            || labels.get(first).is_some_and(|l| matches!(l.position(), Some(Position::Inside | Position::Last)));
        if plausible && !crosses {
            relabel(labels, first, end, EntityType::Person);
        }
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::entity_spans;

    #[test]
    fn particles_are_capitalized_only_inside_names() {
        let words = ["Ursula", "von", "der", "Leyen", "and", "de", "facto"];
        assert_eq!(particles_capitalized(&words), ["Ursula", "Von", "Der", "Leyen", "and", "de", "facto"]);
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
        mark_titled_persons(&words, &mut labels);
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
        merge_organization_runs(&words, &mut labels);
        let spans = entity_spans(&labels);
        assert_eq!(spans, [(1, 4, EntityType::Organization), (5, 11, EntityType::Organization)]);
    }
}
