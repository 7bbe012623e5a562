//! Event coding: who did what to whom, sentence by sentence.
//!
//! A sentence is scanned token by token for lexicon triggers (one hash lookup each);
//! only a sentence with a trigger has its actor mentions gathered. The reading of a
//! trigger is shallow but covers what wire stories do: the subject is the nearest actor
//! before the verb that is not the object of a preposition, the target the first actor
//! after the pattern; a passive (`were shelled by`) or an `undergo` entry (`came under
//! fire from`) swaps them; a negation (`did not attack`) codes nothing; a coordinated
//! subject or object gives one event per actor pair; an evaluation in reported speech
//! (`X said Russia's role is fair`) is the speaker's.

use crate::actors::{capital_country, code_phrase, dateline_country, role_of};
use crate::lexicon::{lexicon, word_matches, Entry, Follow, WORD_GAP};
use doc::{ActorCode, Doc, EntityLabel, Event, EventActor, Span, TokenKind};
use geo::Gazetteer;

/// How far before a trigger a negation is looked for.
const NEGATION_WINDOW: usize = 4;
/// The most words of a noun phrase read for a role actor (`the Kenyan riot police`).
const MAX_PHRASE_WORDS: usize = 5;

/// Words that make a trigger negated when they stand just before it.
fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "n't" | "never" | "no" | "neither" | "nor" | "without" | "denied" | "refused" | "failed")
}

/// Words after which a name is the object of a preposition, not a subject or object.
fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "in"
            | "at"
            | "from"
            | "to"
            | "for"
            | "near"
            | "with"
            | "on"
            | "by"
            | "into"
            | "over"
            | "across"
            | "between"
            | "among"
            | "after"
            | "before"
            | "during"
            | "since"
            | "about"
            | "outside"
            | "inside"
            | "through"
            | "under"
            | "within"
    )
}

fn is_be(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "been" | "being" | "be" | "got" | "get" | "gets")
}

/// An actor named in a sentence, by token range.
#[derive(Clone, Copy, Debug)]
struct Mention {
    first: usize,
    end: usize,
    span: Span,
    code: ActorCode,
    /// Named only as a country (`Russia`): a subject stands for its government.
    country_only: bool,
    /// Followed by `'s`: `India's economy` is about India, not its government.
    possessive: bool,
    /// Inside a prepositional phrase: `in Moscow`, `of Azerbaijan`.
    after_preposition: bool,
}

/// Codes the events of every sentence into `doc.events`; needs actors first.
pub fn code_events(doc: &mut Doc, gazetteer: &Gazetteer) {
    let lexicon = lexicon();
    let mut events = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let tokens = sentence.tokens();
        let mut mentions: Option<Vec<Mention>> = None;
        let mut clause_blocked_until = 0;
        for at in tokens.clone() {
            let token = doc.tokens[at];
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = doc.slice(token.span);
            // A capitalized trigger inside a sentence is a name (`March`, `Strike Force`).
            if at > tokens.start && word.starts_with(char::is_uppercase) {
                continue;
            }
            let found = doc::with_lowercase(word, |lower| best_entry(doc, lexicon.entries_at(lower), at, tokens.end));
            let Some((entry, pattern_end)) = found else {
                continue;
            };
            if at < clause_blocked_until || negated(doc, at, tokens.start) {
                continue;
            }
            let mentions = mentions.get_or_insert_with(|| sentence_mentions(doc, tokens.clone(), gazetteer));
            let before = coded_events(doc, gazetteer, mentions, entry, at, pattern_end, index as u32, tokens.clone());
            let fired = events.len();
            for event in before {
                let duplicate = events[..fired].iter().rev().take_while(|e: &&Event| e.sentence == index as u32).any(
                    |e: &Event| {
                        e.source.code == event.source.code
                            && e.target.code == event.target.code
                            && e.code.root() == event.code.root()
                    },
                );
                if !duplicate {
                    events.push(event);
                }
            }
            // What a speech act is about is not a second event: `accused Russia of
            // shelling` is one accusation, not shelling.
            if events.len() > fired && matches!(entry.quad, 1 | 3) && !entry.flags.judge {
                clause_blocked_until = clause_end(doc, pattern_end, tokens.end);
            }
        }
    }
    doc.events = events;
}

/// The longest entry that matches at token `at`, with the token after its last word.
fn best_entry<'l>(doc: &Doc, entries: &[u16], at: usize, sentence_end: usize) -> Option<(&'l Entry, usize)> {
    let lexicon: &'l crate::lexicon::Lexicon = lexicon();
    let mut best: Option<(&Entry, usize)> = None;
    for &index in entries {
        let entry = &lexicon.entries[usize::from(index)];
        let Some(end) = match_follows(doc, entry, at + 1, sentence_end) else {
            continue;
        };
        if best.is_none_or(|(b, _)| entry.follows.len() > b.follows.len()) {
            best = Some((entry, end));
        }
    }
    best
}

fn match_follows(doc: &Doc, entry: &Entry, mut at: usize, sentence_end: usize) -> Option<usize> {
    for follow in &entry.follows {
        let (word, limit) = match follow {
            Follow::Near(word) => (word, (at + WORD_GAP + 1).min(sentence_end)),
            Follow::Far(word) => (word, clause_end(doc, at, sentence_end)),
        };
        let found = (at..limit).find(|&i| word_matches(doc.token_text(i), word))?;
        at = found + 1;
    }
    Some(at)
}

/// Where the clause that holds token `at` ends: at `;`, `:`, a dash, or the sentence end.
fn clause_end(doc: &Doc, at: usize, sentence_end: usize) -> usize {
    (at..sentence_end).find(|&i| matches!(doc.token_text(i), ";" | ":" | "—" | "–")).unwrap_or(sentence_end)
}

fn negated(doc: &Doc, at: usize, sentence_start: usize) -> bool {
    (sentence_start.max(at.saturating_sub(NEGATION_WINDOW))..at).any(|i| {
        let word = doc.token_text(i);
        doc::with_lowercase(word, is_negation)
    })
}

fn in_quote(doc: &Doc, span: Span) -> Option<&doc::Quote> {
    doc.quotes.iter().find(|q| q.span.contains(span))
}

#[allow(clippy::too_many_arguments)]
fn coded_events(
    doc: &Doc,
    gazetteer: &Gazetteer,
    mentions: &[Mention],
    entry: &'static Entry,
    at: usize,
    pattern_end: usize,
    sentence: u32,
    tokens: std::ops::Range<usize>,
) -> Vec<Event> {
    let trigger = doc.tokens[at].span.cover(doc.tokens[pattern_end - 1].span);
    let end = clause_end(doc, pattern_end, tokens.end);
    let passive = entry.flags.undergo || is_passive(doc, at, tokens.start);
    let (sources, targets) = if entry.flags.judge {
        judged(doc, mentions, at, tokens.start)
    } else if passive {
        let agent = (pattern_end..end).find(|&i| matches!(doc.token_text(i), "by" | "from"));
        let sources = agent.map(|a| group_after(doc, mentions, a + 1, end)).unwrap_or_default();
        (sources, subject_group(doc, mentions, at, tokens.start))
    } else {
        let mut sources = subject_group(doc, mentions, at, tokens.start);
        if sources.is_empty() {
            sources.extend(quote_speaker(doc, mentions, trigger));
        }
        (sources, group_after(doc, mentions, pattern_end, object_end(doc, pattern_end, end)))
    };
    let place = event_place(doc, sentence);
    let mut events = Vec::new();
    let make = |source: EventActor, target: EventActor| Event {
        sentence,
        trigger,
        source,
        target,
        code: entry.code,
        goldstein: entry.goldstein,
        quad: entry.quad,
        place,
        rule: entry.pattern,
        rule_line: entry.line,
    };
    if targets.is_empty() {
        if entry.flags.mutual && sources.len() >= 2 {
            let first = actor(&sources[0], Role::Source, entry);
            for other in &sources[1..] {
                events.push(make(first, actor(other, Role::Target, entry)));
            }
        } else if let Some(source) = sources.first() {
            let fallback = if entry.flags.own_country {
                country_of(source.code).map(|c| EventActor { span: source.span, code: c })
            } else if entry.flags.place_country {
                place_country(doc, gazetteer, sentence)
            } else {
                None
            };
            for source in &sources {
                if let Some(target) = fallback {
                    events.push(make(actor(source, Role::Source, entry), target));
                }
            }
        }
    } else {
        for source in &sources {
            for target in &targets {
                if source.code != target.code {
                    events.push(make(actor(source, Role::Source, entry), actor(target, Role::Target, entry)));
                }
            }
        }
    }
    events
}

#[derive(PartialEq)]
enum Role {
    Source,
    Target,
}

/// The event side of a mention: a country named as the one who acts, or as the one a
/// statement or a sanction is aimed at, stands for its government (`Russia accused`);
/// aid goes to the country itself, and `India's economy` is India's.
fn actor(mention: &Mention, role: Role, entry: &Entry) -> EventActor {
    let government = mention.country_only
        && !mention.possessive
        && (role == Role::Source || !matches!(entry.code.root(), "06" | "07" | "08"));
    let code = government
        .then(|| ActorCode::new(&format!("{}GOV", mention.code.as_str())))
        .flatten()
        .unwrap_or(mention.code);
    EventActor { span: mention.span, code }
}

/// The country of a code, when it has one (`TURGOV` → `TUR`).
fn country_of(code: ActorCode) -> Option<ActorCode> {
    let text = code.as_str();
    (text.len() >= 3 && !text.starts_with("IGO")).then(|| ActorCode::new(&text[..3])).flatten()
}

/// A passive trigger: a form of `be` just before it (`were shelled`), or `by` just
/// after a participle (`talks hosted by Russia`).
fn is_passive(doc: &Doc, at: usize, sentence_start: usize) -> bool {
    let word = doc.token_text(at);
    if !(word.ends_with("ed") || word.ends_with("en") || matches!(word, "held" | "met" | "shot" | "struck" | "fought")) {
        return false;
    }
    let be_before = (sentence_start.max(at.saturating_sub(3))..at).rev().any(|i| is_be(doc.token_text(i)));
    let by_after = at + 1 < doc.tokens.len() && doc.token_text(at + 1) == "by";
    be_before || by_after
}

/// The end of the object: the target is looked for up to a comma that opens an
/// attribution (`…, the ministry said`) or to the next verb that starts an event.
fn object_end(doc: &Doc, from: usize, end: usize) -> usize {
    let lexicon = lexicon();
    for i in from..end {
        let word = doc.token_text(i);
        if word == "," {
            let attribution = (i + 1..end.min(i + 8)).any(|j| {
                let w = doc.token_text(j);
                extract::lexicon::speech_verb_lemma(w).is_some() || w == "according"
            });
            if attribution {
                return i;
            }
        }
        if word == "and" && i + 1 < end && doc::with_lowercase(doc.token_text(i + 1), |w| lexicon.is_action_verb(w)) {
            return i;
        }
    }
    end
}

/// The subject of the trigger at `at`: the nearest mention before it that is not in a
/// prepositional phrase, with the mentions coordinated with it (`Armenia and Azerbaijan`).
fn subject_group(doc: &Doc, mentions: &[Mention], at: usize, sentence_start: usize) -> Vec<Mention> {
    let trigger_quote = in_quote(doc, doc.tokens[at].span).map(|q| q.span);
    let candidates = mentions.iter().enumerate().rev().filter(|(_, m)| m.end <= at && m.first >= sentence_start);
    for (index, mention) in candidates {
        if mention.after_preposition || mention.possessive {
            continue;
        }
        // A subject inside the same quote as the verb, or outside any quote when the verb is.
        if in_quote(doc, mention.span).map(|q| q.span) != trigger_quote && trigger_quote.is_none() {
            continue;
        }
        let mut group = vec![*mention];
        let mut previous = index;
        while previous > 0 && coordinated(doc, &mentions[previous - 1], &mentions[previous]) {
            previous -= 1;
            group.insert(0, mentions[previous]);
        }
        return group;
    }
    Vec::new()
}

/// The first mention at or after `from` and before `end`, with the mentions
/// coordinated with it.
fn group_after(doc: &Doc, mentions: &[Mention], from: usize, end: usize) -> Vec<Mention> {
    let Some(index) = mentions.iter().position(|m| m.first >= from && m.end <= end) else {
        return Vec::new();
    };
    let mut group = vec![mentions[index]];
    let mut next = index + 1;
    while next < mentions.len() && mentions[next].end <= end && coordinated(doc, &mentions[next - 1], &mentions[next]) {
        group.push(mentions[next]);
        next += 1;
    }
    group
}

/// Whether only `,`, `and` and articles stand between two mentions.
fn coordinated(doc: &Doc, left: &Mention, right: &Mention) -> bool {
    left.end < right.first
        && (left.end..right.first).all(|i| matches!(doc.token_text(i), "," | "and" | "the" | "both" | "as well as"))
        && (left.end..right.first).any(|i| doc.token_text(i) == "and" || doc.token_text(i) == ",")
}

/// The speaker of the quote that holds the trigger, as a mention.
fn quote_speaker(doc: &Doc, mentions: &[Mention], trigger: Span) -> Option<Mention> {
    let speaker = in_quote(doc, trigger)?.speaker?;
    mentions.iter().find(|m| m.span == speaker.span).copied().or_else(|| {
        let code = doc.actor_at(speaker.span)?;
        Some(Mention {
            first: 0,
            end: 0,
            span: speaker.span,
            code,
            country_only: false,
            possessive: false,
            after_preposition: false,
        })
    })
}

/// An evaluation in reported speech: the speaker (of the quote, or the subject of the
/// speech verb before it) judges the nearest actor between the speech verb and it.
fn judged(doc: &Doc, mentions: &[Mention], at: usize, sentence_start: usize) -> (Vec<Mention>, Vec<Mention>) {
    let trigger = doc.tokens[at].span;
    let speech = (sentence_start..at).rev().find(|&i| extract::lexicon::speech_verb_lemma(doc.token_text(i)).is_some());
    let (speaker, from) = match (quote_speaker(doc, mentions, trigger), speech) {
        (Some(speaker), _) => (Some(speaker), in_quote(doc, trigger).map_or(sentence_start, |q| token_at(doc, q.span.start))),
        (None, Some(verb)) => (subject_group(doc, mentions, verb, sentence_start).into_iter().next(), verb + 1),
        (None, None) => (None, at),
    };
    let judged = mentions.iter().rev().find(|m| m.first >= from && m.end <= at && Some(m.span) != speaker.map(|s| s.span));
    match (speaker, judged) {
        (Some(speaker), Some(judged)) => (vec![speaker], vec![*judged]),
        _ => (Vec::new(), Vec::new()),
    }
}

fn token_at(doc: &Doc, byte: u32) -> usize {
    doc.tokens.partition_point(|t| t.span.end <= byte)
}

/// Where the event of sentence `sentence` happened: a place below country level named
/// in it, else a country named in it, else the dateline's place.
fn event_place(doc: &Doc, sentence: u32) -> Option<u32> {
    let span = doc.sentences[sentence as usize].span;
    let in_sentence = |p: &&doc::PlaceMention| span.contains(p.span) && p.geo.is_some();
    let index = |p: &doc::PlaceMention| doc.places.iter().position(|q| std::ptr::eq(q, p)).map(|i| i as u32);
    let local = doc.places.iter().filter(in_sentence).find(|p| p.geo.as_ref().is_some_and(|g| g.kind != doc::PlaceKind::Country));
    let any = doc.places.iter().find(in_sentence);
    let dateline = doc.dateline.and_then(|d| doc.places.iter().find(|p| p.span == d.place && p.geo.is_some()));
    local.or(any).or(dateline).and_then(index)
}

/// The country where the event of `sentence` happened, as a target.
fn place_country(doc: &Doc, gazetteer: &Gazetteer, sentence: u32) -> Option<EventActor> {
    let place = &doc.places[event_place(doc, sentence)? as usize];
    let country = gazetteer.country(place.geo.as_ref()?.country)?;
    let code = ActorCode::new(std::str::from_utf8(&country.alpha3).ok()?)?;
    Some(EventActor { span: place.span, code })
}

/// The actors named in a sentence: coded entities and speakers, capitals standing for
/// their governments, and role phrases (`Kenyan police`, `Russian-backed militants`,
/// `the Armenian army`) coded from their words, in text order.
fn sentence_mentions(doc: &Doc, tokens: std::ops::Range<usize>, gazetteer: &Gazetteer) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = Vec::new();
    let sentence_span = doc.tokens[tokens.start].span.cover(doc.tokens[tokens.end - 1].span);
    for role_at in tokens.clone() {
        let word = doc.token_text(role_at);
        if doc.tokens[role_at].kind != TokenKind::Word || role_of(word).is_none() {
            continue;
        }
        // A title before a name belongs to the name's own actor (`President Xi`).
        let next_is_name = doc.tokens.get(role_at + 1).is_some_and(|t| {
            doc.entities.iter().any(|e| e.span.start == t.span.start && e.label == EntityLabel::Person)
        });
        let next_is_role = role_at + 1 < tokens.end && role_of(doc.token_text(role_at + 1)).is_some();
        if next_is_name || next_is_role {
            continue;
        }
        let mut first = role_at;
        while first > tokens.start && role_at - first + 1 < MAX_PHRASE_WORDS {
            let previous = doc.token_text(first - 1);
            let modifier = doc.tokens[first - 1].kind == TokenKind::Word
                && (previous.starts_with(char::is_uppercase) || role_of(previous).is_some() || previous.contains('-'))
                || previous == "'s"
                || previous == "’s";
            if !modifier {
                break;
            }
            first -= 1;
        }
        let words: Vec<&str> = (first..=role_at).map(|i| doc.token_text(i)).collect();
        let code = code_phrase(&words, &[], gazetteer)
            .filter(|c| c.len() > 3)
            .or_else(|| role_of(word).and_then(|role| dateline_country(doc, gazetteer).map(|c| format!("{c}{role}"))));
        if let Some(code) = code.as_deref().and_then(ActorCode::new) {
            mentions.push(mention(doc, first, role_at + 1, code, false));
        }
    }
    let covered = |span: Span, mentions: &[Mention]| mentions.iter().any(|m| m.span.contains(span));
    for actor in doc.actors.iter().filter(|a| sentence_span.contains(a.span)) {
        if covered(actor.span, &mentions) {
            continue;
        }
        let first = token_at(doc, actor.span.start);
        let end = doc.tokens.partition_point(|t| t.span.end <= actor.span.end);
        let country_only = actor.code.as_str().len() == 3
            && doc.entities.iter().any(|e| e.span == actor.span && e.label == EntityLabel::Location);
        mentions.push(mention(doc, first, end, actor.code, country_only));
    }
    for place in doc.places.iter().filter(|p| sentence_span.contains(p.span)) {
        if covered(place.span, &mentions) || place.geo.as_ref().is_none_or(|g| g.kind == doc::PlaceKind::Country) {
            continue;
        }
        let Some(country) = capital_country(doc.slice(place.span), gazetteer) else {
            continue;
        };
        let first = token_at(doc, place.span.start);
        let end = doc.tokens.partition_point(|t| t.span.end <= place.span.end);
        let Some(code) = ActorCode::new(&country) else {
            continue;
        };
        let placed = mention(doc, first, end, code, true);
        // `in Moscow` is where, not who.
        if !placed.after_preposition {
            mentions.push(placed);
        }
    }
    mentions.sort_by_key(|m| m.first);
    mentions
}

fn mention(doc: &Doc, first: usize, end: usize, code: ActorCode, country_only: bool) -> Mention {
    let span = doc.tokens[first].span.cover(doc.tokens[end - 1].span);
    let possessive = doc.tokens.get(end).is_some_and(|t| matches!(doc.slice(t.span), "'s" | "’s"));
    // Look past articles and modifiers for the preposition: `of the Armenian army`.
    let mut before = first;
    while before > 0 && matches!(doc.token_text(before - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
        before -= 1;
    }
    let after_preposition = before > 0 && is_preposition(doc.token_text(before - 1));
    Mention { first, end, span, code, country_only, possessive, after_preposition }
}
