//! Named entities: the `ner` tagger over each sentence, plus the dateline's place
//! (a location) and agency (an organization), which its grammar already knows.

use doc::{Dateline, Doc, Entity, EntityLabel, Span};
use ner::{entity_spans, DocState, EntityType, Tagger};

fn label_of(kind: EntityType) -> EntityLabel {
    match kind {
        EntityType::Person => EntityLabel::Person,
        EntityType::Organization => EntityLabel::Organization,
        EntityType::Location => EntityLabel::Location,
        EntityType::Misc => EntityLabel::Misc,
    }
}

thread_local! {
    /// The tagger's state, one per thread: cleared for every document, it keeps the
    /// buffers and the cache of token scores warm across them.
    static TAGGER_STATE: std::cell::RefCell<DocState> = std::cell::RefCell::new(DocState::default());
}

/// Tags every sentence of `doc` after the dateline into `entities`.
fn tag_entities(doc: &Doc, tagger: &Tagger, state: &mut DocState, entities: &mut Vec<Entity>) {
    // The words tagged, where each sentence ends among them, and its first token.
    let mut words: Vec<&str> = Vec::new();
    let mut ends = Vec::new();
    let mut firsts = Vec::new();
    for sentence in &doc.sentences {
        let first = doc.after_dateline(sentence.tokens());
        let range = first..sentence.end_token as usize;
        if range.is_empty() {
            continue;
        }
        words.extend(doc.tokens[range].iter().map(|t| &doc.text[t.span.range()]));
        ends.push(words.len());
        firsts.push(first);
    }
    let mut labels = Vec::new();
    tagger.tag_document(&words, &ends, state, &mut labels);
    let mut start = 0;
    for (&end, &first) in ends.iter().zip(&firsts) {
        for (entity_start, entity_end, kind) in entity_spans(&labels[start..end]) {
            let span = doc.tokens[first + entity_start].span.cover(doc.tokens[first + entity_end - 1].span);
            entities.push(Entity { span, label: label_of(kind) });
        }
        start = end;
    }
}

/// Fills `doc.entities`; needs `segment` and the dateline first.
pub fn extract_entities(doc: &mut Doc, tagger: &Tagger, places: &geo::Gazetteer) {
    let mut entities = dateline_entities(doc.dateline);
    TAGGER_STATE.with_borrow_mut(|state| tag_entities(doc, tagger, state, &mut entities));
    replace_compound_places(doc, places, &mut entities);
    entities.sort_by_key(|e| e.span);
    entities.dedup_by_key(|e| e.span);
    relabel_region_names(doc, places, tagger.lexicons().gazetteer(), &mut entities);
    entities.extend(untagged_places(doc, places, &entities));
    doc.entities = without_overlaps(entities);
}

/// A compound that names a place (`Tripoli-based`) yields the place, not itself; inside a
/// longer name (`GOP-controlled House`) it stays part of that name. Each compound is
/// judged by binary search among the sorted entities, so the work stays linear.
fn replace_compound_places(doc: &Doc, gazetteer: &geo::Gazetteer, entities: &mut Vec<Entity>) {
    entities.sort_by_key(|e| e.span);
    // Entities do not nest, so of those starting before a compound only the last can
    // hold it; those starting with it hold it when they are longer.
    let inside_longer_name = |compound: Span| {
        let first_at = entities.partition_point(|e| e.span.start < compound.start);
        let before = first_at.checked_sub(1).map(|i| &entities[i]);
        let same_start = entities[first_at..].iter().take_while(|e| e.span.start == compound.start);
        before.into_iter().chain(same_start).any(|e| e.span.contains(compound) && e.span != compound)
    };
    let (mut replaced, mut places) = (Vec::new(), Vec::new());
    for (compound, place) in compound_places(doc, gazetteer) {
        if !inside_longer_name(compound) {
            replaced.push(compound);
            places.push(place);
        }
    }
    // Compounds come in text order, so `replaced` is sorted.
    entities.retain(|e| replaced.binary_search(&e.span).is_err());
    entities.extend(places);
}

/// The entities in text order with none overlapping another (the layer's invariant):
/// of two that overlap, the one that starts first, or the longer, stays.
fn without_overlaps(mut entities: Vec<Entity>) -> Vec<Entity> {
    entities.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
    let mut kept: Vec<Entity> = Vec::with_capacity(entities.len());
    for entity in entities {
        if kept.last().is_none_or(|last| last.span.end <= entity.span.start) {
            kept.push(entity);
        }
    }
    kept
}

/// The longest place name, in words, looked for among untagged words.
const MAX_PLACE_WORDS: usize = 4;
/// Shorter one-word names are too often ordinary words (`In`, `It`).
const MIN_PLACE_NAME_BYTES: usize = 4;
/// Population from which a city's name alone marks a place the tagger missed.
const LARGE_CITY: u32 = 100_000;

/// Whether the gazetteer names a country, region or large city `name`.
fn is_known_place(gazetteer: &geo::Gazetteer, name: &str, with_cities: bool) -> bool {
    gazetteer.lookup(name).iter().map(|&id| gazetteer.place(id)).any(|p| match p.kind {
        geo::Kind::Country | geo::Kind::Admin1 | geo::Kind::Region | geo::Kind::NewsRegion => true,
        geo::Kind::City => with_cities && p.population >= LARGE_CITY,
    })
}

/// Whether `name` is a region of the world (`Horn of Africa`, `Korean Peninsula`).
fn is_world_region(gazetteer: &geo::Gazetteer, name: &str) -> bool {
    gazetteer.lookup(name).iter().any(|&id| gazetteer.place(id).country.is_none())
}

/// A person or other name that is the name of a country or region (`Khyber
/// Pakhtunkhwa`, `Türkiye`) is a location, unless it could be a person's name (`Jordan`);
/// so is an organization named as a region of the world (`Horn of Africa`), which no
/// organization is called.
fn relabel_region_names(doc: &Doc, gazetteer: &geo::Gazetteer, names: &ner::Gazetteer, entities: &mut [Entity]) {
    for entity in entities.iter_mut() {
        let text = doc.slice(entity.span);
        if entity.label == EntityLabel::Organization && is_world_region(gazetteer, text) {
            entity.label = EntityLabel::Location;
        }
        if !matches!(entity.label, EntityLabel::Person | EntityLabel::Misc) {
            continue;
        }
        let first_word = text.split(' ').next().unwrap_or(text);
        let person_name = entity.label == EntityLabel::Person && names.is_first_name(first_word);
        if is_known_place(gazetteer, text, false) && gazetteer.country_of_demonym(text).is_none() && !person_name {
            entity.label = EntityLabel::Location;
        }
    }
}

/// Countries, regions and large cities the tagger left untagged (`Türkiye`,
/// `Nagorno-Karabakh`, `Fort Worth`): the longest capitalized run the gazetteer knows.
fn untagged_places(doc: &Doc, gazetteer: &geo::Gazetteer, entities: &[Entity]) -> Vec<Entity> {
    // Entities are sorted and do not nest, so the one before `span.end` is the only
    // one that can overlap it.
    let tagged = |span: Span| {
        let after = entities.partition_point(|e| e.span.start < span.end);
        after > 0 && entities[after - 1].span.end > span.start
    };
    let mut found = Vec::new();
    let mut index = 0;
    while index < doc.tokens.len() {
        // Capitalized words, not acronyms (`NATO`, `IN`) or abbreviations (`Jan.`).
        let capitalized = |i: usize| {
            let word = doc.token_text(i);
            doc.tokens[i].kind == doc::TokenKind::Word
                && word.starts_with(char::is_uppercase)
                && word.chars().any(char::is_lowercase)
                && !word.ends_with('.')
        };
        let sentence_start =
            index == 0 || doc.tokens[index].newline_before || matches!(doc.token_text(index - 1), "." | "\"" | "“");
        // Only a run of capitalized words can be a name: most tokens end the search here.
        let run = (index..doc.tokens.len().min(index + MAX_PLACE_WORDS)).take_while(|&i| capitalized(i)).count();
        let longest = (1..=run).rev().find(|&words| {
            let span = doc.tokens[index].span.cover(doc.tokens[index + words - 1].span);
            let name = doc.slice(span);
            (words > 1 || name.len() >= MIN_PLACE_NAME_BYTES)
                && !tagged(span)
                && gazetteer.country_of_demonym(name).is_none()
                && is_known_place(gazetteer, name, !sentence_start || words > 1)
        });
        match longest {
            Some(words) => {
                let span = doc.tokens[index].span.cover(doc.tokens[index + words - 1].span);
                found.push(Entity { span, label: EntityLabel::Location });
                index += words;
            }
            None => index += 1,
        }
    }
    found
}

/// Endings of compounds whose first part names a place: `Tripoli-based`, `Kyiv-led`.
const PLACE_COMPOUND_ENDINGS: &[&str] = &["-based", "-led", "-backed", "-controlled", "-held", "-run", "-bound"];

/// Places named inside descriptive compounds, which the tagger sees as one word: the
/// compound's span and the place entity.
fn compound_places(doc: &Doc, gazetteer: &geo::Gazetteer) -> Vec<(Span, Entity)> {
    let mut places = Vec::new();
    for token in &doc.tokens {
        let word = doc.slice(token.span);
        let Some(ending) = PLACE_COMPOUND_ENDINGS.iter().find(|e| word.ends_with(*e)) else {
            continue;
        };
        let name = &word[..word.len() - ending.len()];
        // A country, region or large city: a town's name is too often a word
        // (`Union-backed`, `Police-led`).
        let is_place = name.starts_with(char::is_uppercase) && is_known_place(gazetteer, name, true);
        if is_place && gazetteer.country_of_demonym(name).is_none() {
            let span = Span::new(token.span.start as usize, token.span.start as usize + name.len());
            places.push((token.span, Entity { span, label: EntityLabel::Location }));
        }
    }
    places
}

fn dateline_entities(dateline: Option<Dateline>) -> Vec<Entity> {
    let Some(dateline) = dateline else {
        return Vec::new();
    };
    let located = |span: Span| Entity { span, label: EntityLabel::Location };
    let mut entities = vec![located(dateline.place)];
    entities.extend(dateline.region.map(located));
    entities.extend(dateline.agency.map(|span| Entity { span, label: EntityLabel::Organization }));
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(text: &str) -> Vec<(String, &'static str)> {
        let mut doc = Doc::new("t", text.to_string());
        crate::annotate(&mut doc, crate::testing::resources(), &crate::Options::default());
        doc.entities.iter().map(|e| (doc.slice(e.span).to_string(), e.label.as_str())).collect()
    }

    fn has(found: &[(String, &str)], text: &str, label: &str) -> bool {
        found.iter().any(|(t, l)| t == text && *l == label)
    }

    #[test]
    fn entities_never_overlap() {
        let text = "WASHINGTON (AP) - The GOP-controlled House and the Kyiv-based group met. The Senate-led Paris-based panel agreed.";
        let mut doc = Doc::new("t", text.to_string());
        crate::annotate(&mut doc, crate::testing::resources(), &crate::Options::default());
        for pair in doc.entities.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{:?}", doc.entities);
        }
        let found = entities(text);
        assert!(has(&found, "Kyiv", "LOC"), "{found:?}");
    }

    #[test]
    fn dateline_parts_are_entities_and_the_body_is_tagged() {
        let found = entities("BAKU, July 14 (Xinhua) -- Azerbaijan's Ambassador to Russia Polad Bulbuloglu met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday.");
        assert!(has(&found, "BAKU", "LOC"), "{found:?}");
        assert!(has(&found, "Xinhua", "ORG"), "{found:?}");
        assert!(has(&found, "Polad Bulbuloglu", "PERSON"), "{found:?}");
        assert!(has(&found, "Recep Tayyip Erdogan", "PERSON"), "{found:?}");
        assert!(has(&found, "Azerbaijan", "LOC"), "{found:?}");
        assert!(has(&found, "Ankara", "LOC"), "{found:?}");
    }

    #[test]
    fn a_byline_before_the_dateline_is_tagged() {
        let found = entities("By Anna Weber\n\nBerlin (dpa) - Germany's Constitutional Court ruled on Thursday.");
        let expected = [("Anna Weber", "PERSON"), ("Berlin", "LOC"), ("dpa", "ORG")];
        assert!(expected.iter().all(|&(text, label)| has(&found, text, label)), "{found:?}");
    }

    #[test]
    fn places_the_tagger_misses_are_found_by_name() {
        let found = entities(
            "Rescue teams from Türkiye reached Nagorno-Karabakh and Fort Worth, and floods hit Khyber Pakhtunkhwa.",
        );
        assert!(has(&found, "Türkiye", "LOC"), "{found:?}");
        assert!(has(&found, "Nagorno-Karabakh", "LOC"), "{found:?}");
        assert!(has(&found, "Fort Worth", "LOC"), "{found:?}");
        assert!(has(&found, "Khyber Pakhtunkhwa", "LOC"), "{found:?}");
    }

    #[test]
    fn places_inside_compounds_are_locations() {
        let found = entities("The Tripoli-based government, Union-backed strikers and Russian-backed militants met.");
        assert!(has(&found, "Tripoli", "LOC"), "{found:?}");
        assert!(!found.iter().any(|(t, _)| t == "Union"), "a town's name is too often a word: {found:?}");
        assert!(!found.iter().any(|(t, _)| t == "Tripoli-based"), "{found:?}");
        assert!(!found.iter().any(|(t, l)| t.starts_with("Russian") && *l == "LOC"), "{found:?}");
    }

    #[test]
    fn particles_and_long_organization_names_stay_whole() {
        let found = entities("European Commission President Ursula von der Leyen told the UN Security Council and the OSCE Minsk Group that talks must resume.");
        assert!(has(&found, "Ursula von der Leyen", "PERSON"), "{found:?}");
        assert!(has(&found, "UN Security Council", "ORG"), "{found:?}");
        assert!(has(&found, "OSCE Minsk Group", "ORG"), "{found:?}");
    }
}
