//! Actor codes for entities and speakers.

mod dictionary;

use crate::events::{is_conjunction, is_preposition};
use crate::Codebook;
use dictionary::Dictionary;
use doc::{Actor, ActorCode, CivilDate, Doc, EntityLabel, Span, SpeakerKind, TokenKind};
use geo::{Country, Gazetteer, Kind};
use rustc_hash::{FxHashMap, FxHashSet};

/// The most words before a name searched for its titles.
const MAX_TITLE_WORDS: usize = 7;

/// The actor tables: role words, and the actor dictionary of names with fixed codes.
pub(crate) struct ActorTables {
    /// Role word (lowercase) → role code (`data/cameo_roles.tsv`).
    roles: FxHashMap<String, &'static str>,
    /// Sector word (lowercase) → role code: a role only for the group noun after it
    /// (`aid workers`, `medical teams`), never alone (`sent aid`).
    sectors: FxHashMap<String, &'static str>,
    /// Role words that give a role only with a country named beside them (`the Saudi
    /// side`), never alone (`the other side` is no one's government).
    country_bound: FxHashSet<String>,
    /// Roles of two words (`air force`), by their last word: the first word and the code.
    compounds: FxHashMap<String, Vec<(String, &'static str)>>,
    /// The shapes of every word [`ActorTables::head_role`] may find a role for: most
    /// words of a sentence are ruled out before they are lowercased and hashed.
    head_shapes: lexicon::Shapes,
    /// Organizations and persons by name (`data/actors/*.tsv`): international
    /// organizations, national institutions named without their country (`Pentagon`),
    /// parties, armed groups, media, and persons with the dates of their roles.
    dictionary: Dictionary,
}

impl ActorTables {
    /// The tables compiled into dateline.
    pub(crate) fn embedded() -> ActorTables {
        let (mut roles, mut sectors) = (FxHashMap::default(), FxHashMap::default());
        let mut country_bound = FxHashSet::default();
        let mut compounds: FxHashMap<String, Vec<(String, &'static str)>> = FxHashMap::default();
        for line in doc::data_lines(include_str!("../../../data/cameo_roles.tsv")) {
            let mut fields = line.split('\t');
            let (Some(name), Some(code)) = (fields.next(), fields.next()) else {
                continue;
            };
            if let Some((first, last)) = name.split_once(' ') {
                compounds.entry(geo::name_key(last)).or_default().push((geo::name_key(first), code));
            }
            let kind = fields.next();
            if kind == Some("country") {
                country_bound.insert(geo::name_key(name));
            }
            let table = if kind == Some("sector") { &mut sectors } else { &mut roles };
            table.insert(geo::name_key(name), code);
        }
        let heads = roles.keys().chain(compounds.keys()).map(String::as_str);
        let head_shapes = lexicon::Shapes::of(heads.chain(GROUP_NOUNS.iter().chain(ARMED_NOUNS).copied()));
        ActorTables { roles, sectors, country_bound, compounds, head_shapes, dictionary: Dictionary::embedded() }
    }

    /// The role code of a word, looked up lowercase.
    pub(crate) fn role_of(&self, word: &str) -> Option<&'static str> {
        doc::with_lowercase(word, |lower| self.roles.get(lower).copied())
    }

    /// Whether `word` gives its role only with a country named beside it.
    pub(crate) fn is_country_bound(&self, word: &str) -> bool {
        doc::with_lowercase(word, |lower| self.country_bound.contains(lower))
    }

    /// The role of the head noun `word` after the word `previous`: a group noun takes
    /// the role or sector of the word before it (`aid workers` are aid groups',
    /// `health workers` health's, `medical teams` health's), a role of two words is the
    /// pair's (`air force`), an armed body's noun the role of the armed or policing
    /// body before it (`rebel forces`, `police positions`; a `government`'s forces are
    /// its military), any other word's its own.
    pub(crate) fn head_role(&self, previous: &str, word: &str) -> Option<&'static str> {
        if !self.head_shapes.may_hold(word) {
            return None;
        }
        doc::with_lowercase(word, |word| {
            let modifier =
                || doc::with_lowercase(previous, |p| self.roles.get(p).or_else(|| self.sectors.get(p)).copied());
            if GROUP_NOUNS.contains(&word) {
                if let Some(role) = modifier() {
                    return Some(role);
                }
            } else if ARMED_NOUNS.contains(&word) {
                if let Some(role) = self.role_of(previous).filter(|role| *role != "GOV") {
                    return Some(role);
                }
            }
            let compound = self.compounds.get(word).and_then(|firsts| {
                doc::with_lowercase(previous, |p| firsts.iter().find(|(first, _)| first == p).map(|(_, code)| *code))
            });
            compound.or_else(|| self.roles.get(word).copied())
        })
    }
}

/// Nouns of a group of people that take their role from the word before them.
const GROUP_NOUNS: &[&str] = &["workers", "teams", "team", "staff", "personnel", "volunteers", "crews", "supporters"];

/// Nouns of an armed body's people or posts that take the role of the armed or policing
/// body named before them.
const ARMED_NOUNS: &[&str] = &["forces", "positions", "troops", "units", "post", "posts", "outpost"];

/// What a phrase says of an actor.
#[derive(Default, Clone)]
struct Parts<'a> {
    /// A name the dictionary knows, with its code on the article's date: a name that
    /// held no code then (`Soviet Union` in 2020) codes its phrase as nothing, never
    /// by a word inside it (`Union` is no labour group).
    known: Option<Option<&'a str>>,
    country: Option<String>,
    role: Option<&'static str>,
}

impl Parts<'_> {
    /// The code, with `fallback_country` for a role with no country of its own.
    fn code(self, fallback_country: impl FnOnce() -> Option<String>) -> Option<String> {
        if let Some(known) = self.known {
            return known.map(String::from);
        }
        match (self.country, self.role) {
            (Some(country), Some(role)) => Some(format!("{country}{role}")),
            (Some(country), None) => Some(country),
            (None, Some(role)) => fallback_country().map(|country| format!("{country}{role}")),
            (None, None) => None,
        }
    }
}

/// The code of a phrase of words on `date`: a name of the actor dictionary in it, else
/// its country (by name, demonym or possessive) and the role of its head word. `masked`
/// marks the words that give neither a name nor a country: those that only say where a
/// title applies (`to Russia`), and a person's own name (`Michael Jordan`).
pub fn code_phrase(
    words: &[&str],
    masked: &[bool],
    date: Option<CivilDate>,
    codebook: &Codebook,
    gazetteer: &Gazetteer,
) -> Option<String> {
    parts(words, masked, date, &codebook.actors, gazetteer, &mut String::new()).code(|| None)
}

/// What `words` say of an actor; `name` is a buffer for the names looked up.
fn parts<'a>(
    words: &[&str],
    masked: &[bool],
    date: Option<CivilDate>,
    tables: &'a ActorTables,
    gazetteer: &Gazetteer,
    name: &mut String,
) -> Parts<'a> {
    let mut parts = Parts { known: tables.dictionary.longest_in(words, masked, date), ..Parts::default() };
    let (mut index, mut country_bound) = (0, false);
    while index < words.len() {
        if parts.country.is_none() && !masked.get(index).copied().unwrap_or(false) {
            if let Some((alpha3, used)) = country_at(words, index, gazetteer, name) {
                parts.country = Some(alpha3);
                index += used;
                continue;
            }
        }
        // The last role word is the head: `Defense Ministry` is a ministry; but a
        // spokesman speaks for the body named before (`army spokesman` is military).
        let previous = if index > 0 { words[index - 1] } else { "" };
        if let Some(code) = tables.head_role(previous, words[index]) {
            let speaks_for = doc::with_lowercase(words[index], |w| w.starts_with("spokes"));
            if !(speaks_for && parts.role.is_some()) {
                parts.role = Some(code);
                country_bound = tables.is_country_bound(words[index]);
            }
        }
        index += 1;
    }
    if country_bound && parts.country.is_none() {
        parts.role = None;
    }
    parts.role = parts.role.map(|role| role_held(words, role));
    parts
}

/// The role a phrase's holder has now: a former official of a state is its elite, as
/// the dictionary codes the persons it knows after their last role (`a former governor`).
pub(crate) fn role_held(words: &[&str], role: &'static str) -> &'static str {
    let former = words.iter().any(|word| doc::with_lowercase(word, |w| w == "former"));
    if former && STATE_ROLES.contains(&role) {
        "ELI"
    } else {
        role
    }
}

/// The roles that are offices of a state, which a former holder leaves for its elite.
const STATE_ROLES: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];

/// A country named at `index` (up to four words), with the number of words used; the
/// words are joined in `name`, a buffer reused from word to word.
fn country_at(words: &[&str], index: usize, gazetteer: &Gazetteer, name: &mut String) -> Option<(String, usize)> {
    // A two-letter word is a country only in capitals (`US`, `UK`), never `Al` or `Da`.
    let word = words[index];
    if !word.starts_with(char::is_uppercase) || (word.len() <= 2 && !word.bytes().all(|b| b.is_ascii_uppercase())) {
        return None;
    }
    // The names of one to four words are prefixes of the longest: joined once.
    let longest = 4.min(words.len() - index);
    name.clear();
    let mut ends = [0; 4];
    for (length, word) in words[index..index + longest].iter().enumerate() {
        if length > 0 {
            name.push(' ');
        }
        name.push_str(word);
        ends[length] = name.len();
    }
    for length in (1..=longest).rev() {
        let name = &name[..ends[length - 1]];
        let country = gazetteer
            .lookup(name)
            .iter()
            .map(|&id| gazetteer.place(id))
            .find(|p| p.kind == Kind::Country)
            .and_then(|p| gazetteer.country(p.country?))
            .or_else(|| (length == 1).then(|| gazetteer.country_of_demonym(name)).flatten());
        if let Some(country) = country {
            return Some((country.cameo_code(), length));
        }
    }
    None
}

/// The country whose capital `name` is, when it is one.
pub(crate) fn capital_country(name: &str, gazetteer: &Gazetteer) -> Option<String> {
    gazetteer
        .lookup(name)
        .iter()
        .map(|&id| gazetteer.place(id))
        .find(|p| gazetteer.is_capital(p))
        .and_then(|p| gazetteer.country(p.country?))
        .map(Country::cameo_code)
}

/// The government a capital stands for where it acts or speaks (`Moscow said`).
fn capital_government(name: &str, gazetteer: &Gazetteer) -> Option<String> {
    capital_country(name, gazetteer).map(|country| format!("{country}GOV"))
}

/// Codes every entity, quote speaker and reference of `doc` into `doc.actors`; needs
/// entities, places, references and quotes first.
pub fn code_actors(doc: &mut Doc, codebook: &Codebook, gazetteer: &Gazetteer) {
    doc.actors = coded_actors(doc, codebook, gazetteer);
}

/// The actors of [`code_actors`].
fn coded_actors<'d>(doc: &'d Doc, codebook: &'d Codebook, gazetteer: &'d Gazetteer) -> Vec<Actor> {
    let tables = &codebook.actors;
    let mut actors: Vec<Actor> = Vec::new();
    // A person keeps the code found at any mention: later `Sandvall` is still IGOUNO.
    let mut by_surname: FxHashMap<&str, String> = FxHashMap::default();
    let mut by_name: FxHashMap<&str, String> = FxHashMap::default();
    let mut cursor = doc.token_cursor();
    let story = story_country(doc, gazetteer);
    let mut coder =
        PhraseCoder { tables, gazetteer, story, words: Vec::new(), masked: Vec::new(), name: String::new() };
    // The code the dictionary gives the whole name of an entity.
    let known = |tokens: std::ops::Range<usize>, words: &mut Vec<&'d str>| {
        words.clear();
        words.extend(tokens.map(|i| doc.token_text(i)));
        tables.dictionary.code_of(words, doc.date).map(String::from)
    };
    // The code of the longest name the dictionary knows that ends before token `end`
    // (the tagger may have missed it: `Pakistan Tehreek-e-Insaf (PTI)`).
    let named_before = |end: usize, words: &mut Vec<&'d str>| {
        (end.saturating_sub(MAX_NAME_TOKENS)..end).find_map(|start| known(start..end, words))
    };
    // The agency of the dateline reports the story and takes no part in it.
    let agency = doc.dateline.and_then(|d| d.agency);
    // An acronym the article defines (`Pakistan Tehreek-e-Insaf (PTI)`) is the name it
    // stands for there, whatever else it stands for elsewhere (`PTI`, an Indian agency).
    let mut by_acronym: FxHashMap<&str, String> = FxHashMap::default();
    for entity in doc.entities.iter().filter(|e| agency.is_none_or(|a| !a.contains(e.span))) {
        let tokens = cursor.range(entity.span);
        let text = doc.slice(entity.span);
        let mut spelled_out = || {
            let in_brackets = tokens.start >= 2 && doc.token_text(tokens.start - 1) == "(" && is_acronym(text);
            in_brackets.then(|| named_before(tokens.start - 1, &mut coder.words)).flatten()
        };
        let acronym_code = by_acronym.get(text).cloned().or_else(|| {
            let code = spelled_out()?;
            by_acronym.insert(text, code.clone());
            Some(code)
        });
        if let Some(code) = acronym_code {
            if let Some(code) = ActorCode::new(&code) {
                actors.push(Actor { span: entity.span, code });
            }
            continue;
        }
        let defined = defined_acronym(doc, tokens.end);
        let code = match entity.label {
            // A seat of power speaks for its institution: `the Kremlin`, `the White House`;
            // a capital that a verb of the lexicon follows acts as its government
            // (`after Pyongyang test-fired a missile`).
            EntityLabel::Location => {
                location_code(text, gazetteer).or_else(|| known(tokens.clone(), &mut coder.words)).or_else(|| {
                    let next = doc.tokens.get(tokens.end).map(|t| doc.slice(t.span))?;
                    let acts = doc::with_lowercase(next, |w| codebook.lexicon.is_action_verb(w) && !w.ends_with("ing"));
                    acts.then(|| capital_government(text, gazetteer)).flatten()
                })
            }
            // A capital the tagger took for an organization and that acts, a verb after
            // it, is its government (`Minsk denied the accusation`; `put Lima under
            // martial law` names a place).
            EntityLabel::Organization => {
                let acts = doc.tokens.get(tokens.end).is_some_and(|t| {
                    let next = doc.slice(t.span);
                    next.starts_with(|c: char| c.is_ascii_lowercase()) && !is_preposition(next) && !is_conjunction(next)
                });
                // A body named again without its country (`the Defense Ministry`) is the
                // one its name was given with before (`the Russian Defense Ministry`), not
                // the story's country's.
                let parts = context_parts(&mut coder, doc, tokens, false);
                let own = parts.clone().code(|| scene_country(doc, entity.span, gazetteer));
                if let Some(code) = &own {
                    by_name.insert(text, code.clone());
                }
                own.or_else(|| by_name.get(text).cloned())
                    .or_else(|| parts.code(|| coder.story.clone()))
                    .or_else(|| acts.then(|| capital_government(text, gazetteer)).flatten())
            }
            EntityLabel::Person => {
                let surname = surname(text);
                let code = context_code(&mut coder, doc, entity.span, tokens, true)
                    .or_else(|| by_surname.get(surname).cloned())
                    .or_else(|| {
                        // A full name the dictionary does not know whose surname alone it
                        // does: `Vladimir Zelensky` (TASS) is Volodymyr Zelensky.
                        (surname.len() < text.len())
                            .then(|| tables.dictionary.code_of(&[surname], doc.date).map(String::from))
                            .flatten()
                    });
                if let Some(code) = &code {
                    by_surname.insert(surname, code.clone());
                    // A name written surname first is met again by its first word: `Wang
                    // Yi`, then `Wang met`; a surname met first keeps its own.
                    if let Some((first, _)) = text.split_once(' ').filter(|(first, _)| first.len() > 1) {
                        by_surname.entry(first).or_insert_with(|| code.clone());
                    }
                }
                code
            }
            // A group's adjective (`Houthi`), or a demonym used alone, which names its
            // country's side: `the Azerbaijani side`.
            // `Saudi-led` names who leads: the coalition acts as Saudi Arabia's (one
            // `Russian-backed` is not Russia's); a `Greek-flagged` or `Chinese-owned`
            // ship is its country's.
            EntityLabel::Misc => known(tokens, &mut coder.words).or_else(|| {
                let leader = ["-led", "-flagged", "-owned"].iter().find_map(|suffix| text.strip_suffix(suffix));
                let country = gazetteer.country_of_demonym(leader.unwrap_or(text));
                let named = || leader.and_then(|leader| location_code(leader, gazetteer));
                country.map(Country::cameo_code).or_else(named)
            }),
        };
        if let (Some(acronym), Some(code)) = (defined, &code) {
            by_acronym.insert(acronym, code.clone());
        }
        if let Some(code) = code.as_deref().and_then(ActorCode::new) {
            actors.push(Actor { span: entity.span, code });
        }
    }
    // The entities' actors are in text order: a speaker already coded as an entity is
    // found by binary search, and only the few other speakers go into a set.
    let entity_actors = actors.len();
    let mut coded_speakers: rustc_hash::FxHashSet<Span> = rustc_hash::FxHashSet::default();
    for quote in &doc.quotes {
        let Some(speaker) = quote.speaker else {
            continue;
        };
        let is_entity = actors[..entity_actors].binary_search_by_key(&speaker.span, |a| a.span).is_ok();
        if is_entity || !coded_speakers.insert(speaker.span) {
            continue;
        }
        let text = doc.slice(speaker.span);
        let code = match speaker.kind {
            // A capital speaking is its government: `Moscow said`.
            SpeakerKind::Group => capital_government(text, gazetteer).or_else(|| {
                let tokens = doc.token_range(speaker.span);
                context_code(&mut coder, doc, speaker.span, tokens, false)
            }),
            SpeakerKind::Person => {
                let surname = surname(text);
                let tokens = doc.token_range(speaker.span);
                context_code(&mut coder, doc, speaker.span, tokens, true).or_else(|| by_surname.get(surname).cloned())
            }
        };
        if let Some(code) = code.as_deref().and_then(ActorCode::new) {
            actors.push(Actor { span: speaker.span, code });
        }
    }
    actors.sort_by_key(|a| a.span);
    actors.dedup_by_key(|a| a.span);
    with_references(doc, tables, actors)
}

/// The actors with one for each reference whose antecedent is coded: `the ministry` and
/// `he` act as what they refer to. A reference replaces the actors inside it (the
/// demonym of `the Azerbaijani diplomat`) and gives way to one it crosses. Both layers
/// are in text order, so one walk merges them. A state's force named by its role (`the
/// army`) is never an armed group whose name ends with the same word (`the National
/// Liberation Army`): that reference is dropped, and the role phrase coded as one.
fn with_references(doc: &Doc, tables: &ActorTables, actors: Vec<Actor>) -> Vec<Actor> {
    let mut merged = Vec::with_capacity(actors.len() + doc.references.len());
    let mut next = 0;
    for reference in &doc.references {
        let Ok(antecedent) = actors.binary_search_by_key(&reference.antecedent, |a| a.span) else {
            continue;
        };
        let code = actors[antecedent].code;
        let head = doc.slice(reference.span).rsplit(' ').next().unwrap_or("");
        let states_force = tables.role_of(head).is_some_and(|role| matches!(role, "MIL" | "COP" | "GOV"));
        let armed_group = matches!(code.as_str().get(3..6), Some("REB" | "CRM" | "INS"));
        if states_force && armed_group {
            continue;
        }
        while next < actors.len() && actors[next].span.end <= reference.span.start {
            merged.push(actors[next]);
            next += 1;
        }
        let inside = actors[next..].iter().take_while(|a| reference.span.contains(a.span)).count();
        if actors.get(next + inside).is_some_and(|a| a.span.start < reference.span.end) {
            continue;
        }
        next += inside;
        merged.push(Actor { span: reference.span, code });
    }
    merged.extend_from_slice(&actors[next..]);
    merged
}

/// The most tokens of a name spelled out before its acronym.
const MAX_NAME_TOKENS: usize = 8;

/// Whether a word is an acronym: two to eight capital letters.
fn is_acronym(word: &str) -> bool {
    (2..=8).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The acronym in brackets right after token `end`'s name, if one is: `(PTI)`.
fn defined_acronym(doc: &Doc, end: usize) -> Option<&str> {
    let text = |i: usize| doc.tokens.get(i).map(|t| doc.slice(t.span));
    let acronym = text(end + 1)?;
    (text(end)? == "(" && text(end + 2)? == ")" && is_acronym(acronym)).then_some(acronym)
}

/// The last word of a name that is not a generational suffix (`Marcos` of `Ferdinand Marcos Jr.`).
fn surname(name: &str) -> &str {
    name.rsplit(' ').find(|w| !matches!(*w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")).unwrap_or(name)
}

fn location_code(name: &str, gazetteer: &Gazetteer) -> Option<String> {
    let place = gazetteer.lookup(name).iter().map(|&id| gazetteer.place(id)).find(|p| p.kind == Kind::Country)?;
    gazetteer.country(place.country?).map(Country::cameo_code)
}

/// Codes the names of one article by the words around them ([`context_code`]): the
/// words of each phrase and the names looked up in it are gathered in buffers reused
/// from name to name, not allocated per name or word.
struct PhraseCoder<'a> {
    tables: &'a ActorTables,
    gazetteer: &'a Gazetteer,
    /// The story's country, for a role with none of its own.
    story: Option<String>,
    /// The phrase's words.
    words: Vec<&'a str>,
    /// Which of them give neither a name nor a country.
    masked: Vec<bool>,
    /// A country name being looked up ([`country_at`]).
    name: String,
}

/// Codes a name with the words around it: the titles and modifiers before it in its
/// noun phrase, itself, and an apposition after it (`X, a spokeswoman for the
/// opposition,`). A role without a country takes the country the sentence opens in
/// (`In Baku, …`), else the story's country. A `person` the dictionary knows takes the
/// code of the role held on the article's date; no word inside a person's name codes
/// it (`Michael Jordan` is no Jordanian), unless the whole name is a country.
fn context_code<'a>(
    coder: &mut PhraseCoder<'a>,
    doc: &'a Doc,
    span: Span,
    tokens: std::ops::Range<usize>,
    person: bool,
) -> Option<String> {
    let parts = context_parts(coder, doc, tokens, person);
    parts.code(|| scene_country(doc, span, coder.gazetteer).or_else(|| coder.story.clone()))
}

/// What the phrase around a name says of it ([`context_code`]), before a role with no
/// country of its own takes one from the sentence or the story.
fn context_parts<'a>(
    coder: &mut PhraseCoder<'a>,
    doc: &'a Doc,
    tokens: std::ops::Range<usize>,
    person: bool,
) -> Parts<'a> {
    let PhraseCoder { tables, gazetteer, story: _, words, masked: complement, name: name_buffer } = coder;
    let (tables, gazetteer) = (*tables, *gazetteer);
    let std::ops::Range { start: first, end } = tokens;
    let mut start = first;
    let mut complement_end = None;
    while start > 0 && first - start < MAX_TITLE_WORDS {
        let token = doc.tokens[start - 1];
        let word = doc.slice(token.span);
        let possessive = word == "'s" || word == "’s";
        let title_word = token.kind == TokenKind::Word
            && (word.starts_with(char::is_uppercase) || tables.role_of(word).is_some() || possessive);
        // `Ambassador to Russia`: the words after `to` are the posting, not the nation.
        let complement = matches!(word, "to" | "in")
            && start >= 2
            && tables.role_of(doc.slice(doc.tokens[start - 2].span)).is_some();
        if complement {
            complement_end = Some(start);
        } else if !title_word {
            break;
        }
        start -= 1;
    }
    words.clear();
    words.extend(doc.tokens[start..end.max(first)].iter().map(|t| doc.slice(t.span)));
    let name = &words[first - start..];
    if person {
        if let Some(code) = tables.dictionary.code_of(name, doc.date) {
            return Parts { known: Some(Some(code)), ..Parts::default() };
        }
    }
    let mask_name = person
        && country_at(name, 0, gazetteer, name_buffer).is_none_or(|(_, used)| used < name.len())
        && !name.is_empty();
    complement.clear();
    complement.extend(
        (start..end.max(first))
            .map(|i| complement_end.is_some_and(|c| i >= c - 1 && i < first) || (mask_name && i >= first)),
    );
    // An apposition right after: `, a spokeswoman for the opposition coalition,`.
    if doc.tokens.get(end).is_some_and(|t| doc.slice(t.span) == ",") {
        let apposition_end = (end + 1..doc.tokens.len().min(end + 12))
            .find(|&i| matches!(doc.slice(doc.tokens[i].span), "," | "." | ";"));
        if let Some(apposition_end) = apposition_end {
            let opens = doc.tokens.get(end + 1).map(|t| doc.slice(t.span));
            if matches!(opens, Some("a" | "an" | "the" | "its" | "his" | "her")) {
                words.extend(doc.tokens[end + 1..apposition_end].iter().map(|t| doc.slice(t.span)));
                complement.resize(words.len(), false);
            }
        }
    }
    // An apposition right before, opening the sentence: `The head of the Houthi
    // delegation, Mohammed al-Hadhri, said`.
    if let Some(opening) = opening_apposition(doc, first, end) {
        words.extend(doc.tokens[opening].iter().map(|t| doc.slice(t.span)));
        complement.resize(words.len(), false);
    }
    parts(words, complement, doc.date, tables, gazetteer, name_buffer)
}

/// The tokens of a noun phrase that opens the sentence and stands in apposition before
/// the name at `first..end`, between commas: `The head of the Houthi delegation`.
fn opening_apposition(doc: &Doc, first: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let comma = |i: usize| doc.tokens.get(i).is_some_and(|t| doc.slice(t.span) == ",");
    if first < 2 || !comma(first - 1) || !comma(end) {
        return None;
    }
    let at = doc.tokens[first].span.start;
    let sentence = doc.sentences.partition_point(|s| s.span.start <= at).checked_sub(1)?;
    let opening = doc.sentences[sentence].tokens().start;
    let phrase = opening..first - 1;
    let determiner = matches!(doc.slice(doc.tokens[opening].span), "The" | "A" | "An");
    let plain = phrase.clone().all(|i| doc.tokens[i].kind == TokenKind::Word || doc.slice(doc.tokens[i].span) == "-");
    (determiner && phrase.len() <= MAX_TITLE_WORDS + 2 && plain).then_some(phrase)
}

/// The country of the place a sentence opens with (`In Baku, presidential aide …`):
/// the officials of such a sentence are that country's.
fn scene_country(doc: &Doc, span: Span, gazetteer: &Gazetteer) -> Option<String> {
    let sentence = doc.sentences.get(doc.sentences.partition_point(|s| s.span.end <= span.start))?;
    let first = sentence.first_token as usize;
    if doc.tokens.len() < first + 3 || doc.token_text(first) != "In" {
        return None;
    }
    let start = doc.tokens[first + 1].span.start;
    let place =
        doc.places.get(doc.places.partition_point(|p| p.span.start < start)).filter(|p| p.span.start == start)?;
    let after = doc.token_range(place.span).end;
    if doc.tokens.get(after).is_none_or(|t| doc.slice(t.span) != ",") {
        return None;
    }
    let country = gazetteer.country(place.geo.as_ref()?.country?)?;
    Some(country.cameo_code())
}

/// The country a story is about: the one its places belong to most often, the
/// dateline counting twice. A role with no country of its own (`the government`,
/// `police`) is taken to be this country's: a story filed from Geneva about Yemen's
/// talks speaks of Yemen's government.
pub(crate) fn story_country(doc: &Doc, gazetteer: &Gazetteer) -> Option<String> {
    let weighted = doc.places.iter().filter_map(|place| {
        // A region of the world (`the Middle East`) is no country's.
        let country = place.geo.as_ref().and_then(|g| g.country)?;
        Some((country, if doc.dateline.is_some_and(|d| d.place == place.span) { 2 } else { 1 }))
    });
    // The dateline's country wins a tie.
    let country = gazetteer.country(most_frequent(weighted)?)?;
    Some(country.cameo_code())
}

/// The country a story's coded actors belong to most often, for a story that names no
/// place: `President William Ruto` makes its `police` Kenya's.
pub(crate) fn actors_country(doc: &Doc, gazetteer: &Gazetteer) -> Option<String> {
    let countries = doc.actors.iter().filter_map(|actor| {
        let prefix = actor.code.as_str().get(..3)?;
        gazetteer.country_of_alpha3(prefix).map(|_| (prefix, 1))
    });
    most_frequent(countries).map(String::from)
}

/// The key of the largest total weight, the first of a tie (a handful of keys: a list
/// scan beats hashing).
fn most_frequent<K: PartialEq + Copy>(weighted: impl Iterator<Item = (K, u32)>) -> Option<K> {
    let mut counts: Vec<(K, u32)> = Vec::new();
    for (key, weight) in weighted {
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, count)) => *count += weight,
            None => counts.push((key, weight)),
        }
    }
    let top = counts.iter().fold(None, |best: Option<&(K, u32)>, c| match best {
        Some(b) if b.1 >= c.1 => Some(b),
        _ => Some(c),
    })?;
    Some(top.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(text: &str) -> Option<String> {
        let words: Vec<&str> = text.split(' ').collect();
        code_phrase(&words, &[], None, crate::testing::codebook(), Gazetteer::embedded())
    }

    #[test]
    fn phrases_code_country_and_role() {
        assert_eq!(phrase("the Armenian army").as_deref(), Some("ARMMIL"));
        assert_eq!(phrase("Azerbaijani forces").as_deref(), Some("AZEMIL"));
        assert_eq!(phrase("Azerbaijan 's Defense Ministry").as_deref(), Some("AZEGOV"));
        assert_eq!(phrase("Kenyan police").as_deref(), Some("KENCOP"));
        assert_eq!(phrase("Russia").as_deref(), Some("RUS"));
        assert_eq!(phrase("the United States").as_deref(), Some("USA"));
        assert_eq!(phrase("the Saudi side").as_deref(), Some("SAUGOV"));
        assert_eq!(phrase("the other side"), None);
    }

    #[test]
    fn organizations_by_long_and_short_names() {
        assert_eq!(phrase("the OSCE Minsk Group").as_deref(), Some("IGOEUROSC"));
        assert_eq!(phrase("Organization for Security and Co-operation in Europe").as_deref(), Some("IGOEUROSC"));
        assert_eq!(phrase("UN Security Council").as_deref(), Some("IGOUNOSCO"));
        assert_eq!(phrase("the United Nations").as_deref(), Some("IGOUNO"));
        assert_eq!(phrase("NATO allies").as_deref(), Some("IGONATO"));
        assert_eq!(phrase("the European Union").as_deref(), Some("IGOEUREEC"));
        assert_eq!(phrase("the State Department").as_deref(), Some("USAGOV"));
        assert_eq!(phrase("the Pentagon").as_deref(), Some("USAMIL"));
    }

    /// The actors of `text` published on `date` (`YYYY-MM-DD`), when given.
    fn actors_on(date: Option<&str>, text: &str) -> Vec<(String, String)> {
        let mut doc = Doc::new("t", text.to_string());
        let date = date.and_then(CivilDate::parse_iso);
        crate::testing::extract(&mut doc, &extract::Options { fallback_date: date });
        doc.date = date.or(doc.date);
        code_actors(&mut doc, crate::testing::codebook(), Gazetteer::embedded());
        doc.actors.iter().map(|a| (doc.slice(a.span).to_string(), a.code.as_str().to_string())).collect()
    }

    #[test]
    fn persons_take_their_titles_and_capitals_speak_for_states() {
        let found = actors_on(
            None,
            "MOSCOW, October 7. /TASS/. Azerbaijan's Ambassador to Russia Polad Bulbuloglu said the talks must resume.",
        );
        assert!(found.contains(&("Polad Bulbuloglu".into(), "AZEGOV".into())), "{found:?}");
        let found = actors_on(None, "\"We will not accept this,\" Moscow said on Tuesday, while Baku said nothing.");
        assert!(found.contains(&("Moscow".into(), "RUSGOV".into())), "{found:?}");
    }

    #[test]
    fn a_capital_tagged_an_organization_is_its_government() {
        let mut doc = Doc::new("t", "Minsk denied the accusation.".to_string());
        crate::testing::extract(&mut doc, &extract::Options::default());
        doc.entities = vec![doc::Entity { span: doc.tokens[0].span, label: EntityLabel::Organization }];
        code_actors(&mut doc, crate::testing::codebook(), Gazetteer::embedded());
        let found: Vec<&str> = doc.actors.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(found, ["BLRGOV"]);
        // One that does not act names a place.
        let mut doc = Doc::new("t", "Peru put Lima under martial law.".to_string());
        crate::testing::extract(&mut doc, &extract::Options::default());
        doc.entities = vec![doc::Entity { span: doc.tokens[2].span, label: EntityLabel::Organization }];
        code_actors(&mut doc, crate::testing::codebook(), Gazetteer::embedded());
        assert!(doc.actors.is_empty(), "{:?}", doc.actors);
    }

    #[test]
    fn persons_are_coded_from_the_dictionary_before_the_story_country() {
        let found = actors_on(
            Some("2020-06-05"),
            "BERLIN, June 5 (Reuters) - German officials met in Berlin on Friday. \
             Sergey Lavrov said the talks in Germany had failed.",
        );
        assert!(found.contains(&("Sergey Lavrov".into(), "RUSGOV".into())), "{found:?}");
        // A first name spelled another way (`Vladimir` for `Volodymyr`) still names the
        // person whose surname the dictionary knows alone.
        let found = actors_on(
            Some("2025-06-05"),
            "MOSCOW, June 5 (TASS) - Russian officials met in Moscow on Friday. \
             Vladimir Zelensky said the talks had failed.",
        );
        assert!(found.contains(&("Vladimir Zelensky".into(), "UKRGOV".into())), "{found:?}");
        // A defence minister is a member of the government; a chief of staff commands forces.
        let found = actors_on(
            Some("2025-06-05"),
            "KYIV, June 5 (Reuters) - Boris Pistorius met Oleksandr Syrskyi in Kyiv on Thursday.",
        );
        assert_eq!(
            found,
            [("Boris Pistorius".into(), "DEUGOV".into()), ("Oleksandr Syrskyi".into(), "UKRMIL".into())],
            "{found:?}"
        );
    }

    #[test]
    fn a_body_named_again_without_its_country_is_the_one_named_before() {
        let found = actors_on(
            Some("2025-06-05"),
            "KYIV, June 5 (Reuters) - The Russian Defense Ministry said its forces took a village near \
             Kharkiv in Ukraine. Kyiv denied it. Ukraine's army said the Defense Ministry had lied.",
        );
        let codes: Vec<&str> =
            found.iter().filter(|(text, _)| text == "Defense Ministry").map(|(_, code)| code.as_str()).collect();
        assert_eq!(codes, ["RUSMIL", "RUSMIL"], "{found:?}");
    }

    #[test]
    fn a_former_leader_is_an_elite_after_the_term() {
        let text = "BERLIN (AP) - Angela Merkel said on Thursday that Germany must stay the course.";
        let found = actors_on(Some("2021-12-08"), text);
        assert!(found.contains(&("Angela Merkel".into(), "DEUGOV".into())), "{found:?}");
        let found = actors_on(Some("2021-12-09"), text);
        assert!(found.contains(&("Angela Merkel".into(), "DEUELI".into())), "{found:?}");
    }

    #[test]
    fn no_name_is_coded_from_a_word_inside_it() {
        for name in ["Michael Jordan", "Chad Smith", "Ben Carson", "Jordan Peterson", "Israel Adesanya", "Paris Hilton"]
        {
            let found =
                actors_on(Some("2020-03-02"), &format!("{name} said on Monday that he would return next year."));
            assert!(found.iter().all(|(text, _)| !text.contains(name)), "{name}: {found:?}");
        }
        let found =
            actors_on(Some("2020-03-02"), "The Soviet Union collapsed, Azerbaijan's president Ilham Aliyev said.");
        assert!(found.iter().all(|(text, _)| !text.contains("Soviet")), "{found:?}");
    }

    #[test]
    fn regions_of_the_world_are_no_actors_and_give_no_story_country() {
        let found = actors_on(
            Some("2024-05-02"),
            "Leaders in the Middle East condemned the attack, the government said. Tension rose on the \
             Korean Peninsula as police in the Sahel arrested 12 people.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn groups_take_their_codes() {
        for (group, code) in [
            ("the Taliban", "AFGGOV"),
            ("al-Shabaab", "SOMREB"),
            ("Boko Haram", "NGAREB"),
            ("the Houthis", "YEMREB"),
            ("SADC", "IGOSAFSAD"),
            ("the Arab League", "IGOARL"),
            ("UNHCR", "IGOUNOHCR"),
            ("Amnesty International", "NGOAMN"),
            ("the PKK", "TURREB"),
            ("the Kremlin", "RUSGOV"),
        ] {
            let found =
                actors_on(Some("2022-05-10"), &format!("{group} said on Tuesday that the attack was unacceptable."));
            let name = group.trim_start_matches("the ");
            assert!(found.iter().any(|(text, c)| text.ends_with(name) && c == code), "{group}: {found:?}");
        }
        assert_eq!(phrase("Houthi rebels").as_deref(), Some("YEMREB"));
    }
}
