//! Event coding: who did what to whom, sentence by sentence.
//!
//! A sentence is scanned token by token for lexicon triggers (one hash lookup each)
//! once, before the parse ([`Triggers`]); only a sentence with a trigger has its actor
//! mentions gathered. The reading of a
//! trigger is shallow but covers what wire stories do: the subject is the nearest actor
//! before the verb that is not the object of a preposition, the target the first actor
//! after the pattern; a passive (`were shelled by`) or an `undergo` entry (`came under
//! fire from`) swaps them; a negation (`did not attack`) codes nothing; a coordinated
//! subject or object gives one event per actor pair; an evaluation in reported speech
//! (`X said Russia's role is fair`) is the speaker's. `mentions` finds the actors.
//!
//! Where the parser has run on the trigger's sentence, a verb's entry fires only on a
//! word the parse uses as a verb, and `tree` reads the source and the
//! target from the dependency tree instead (subject, agent, object, aimed preposition,
//! through coordination, relative clauses and control verbs), and negation and modality
//! from the verb's own dependents; the flat reading stands in for a side the tree names
//! no actor on. Both share everything else: trigger matching, the entry chosen, the
//! fallback targets, the tally.

mod mentions;
mod tree;

use crate::actors::{actors_country, story_country};
use crate::lexicon::{
    intent_to, refusal_of, token_bits, word_matches, Entry, Follow, Lexicon, PARALLEL_ROOTS, WORD_GAP,
};
use crate::Codebook;
use doc::{Actor, ActorCode, DepChain, DepPath, DepRel, Doc, EntityLabel, Event, EventCode, PosTag, Span, TokenKind};
use geo::Gazetteer;
use mentions::{
    after_determiners, before_determiners, both_sides, is_content_word, is_currency, opens_with_preposition,
    sentence_mentions, Mention,
};
pub(crate) use mentions::{is_conjunction, is_preposition};
use rustc_hash::FxHashMap;
use tree::{Reading, Tree};

/// How far before a trigger a negation is looked for.
const NEGATION_WINDOW: usize = 4;
/// How long before the article a date must have ended for its sentence to be background:
/// news reports the last weeks; what a story dates months back is its background.
const DAYS_OF_BACKGROUND: i64 = 60;
/// How many tokens of a quote before a trigger are searched for the first person.
const MAX_FIRST_PERSON_LOOKBACK: usize = 256;
/// How many tokens around a verb or a quote are searched for a noun naming an earlier event.
const REFERENCE_WINDOW: usize = 4;
/// The most tokens between `by` or `from` and the agent it introduces.
const MAX_AGENT_GAP: usize = 3;
/// The most tokens between a verb and its particle `on`, the first word of its pattern
/// (`called again on`).
const PARTICLE_GAP: usize = 2;

/// Words that make a trigger negated when they stand just before it, or govern it: a
/// blocked aid package is no aid, a revoked cooperation agreement no cooperation.
fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "n't"
            | "never"
            | "no"
            | "neither"
            | "nor"
            | "without"
            | "denied"
            | "refused"
            | "failed"
            | "blocked"
            | "vetoed"
            | "halted"
            | "cancelled"
            | "canceled"
            | "revoked"
            | "scrapped"
            | "terminated"
            | "suspended"
    )
}

fn is_be(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "been" | "being" | "be" | "got" | "get" | "gets")
}

/// Codes the events of every sentence into `doc.events`, reading the trigger candidates
/// that [`Codebook::triggers`] found in this document; needs actors first.
pub fn code_events(doc: &mut Doc, codebook: &Codebook, gazetteer: &Gazetteer, triggers: &Triggers) {
    let lexicon = &codebook.lexicon;
    let story = &triggers.story;
    let mut events = Tally::default();
    let context = Context { codebook, gazetteer, country_places: country_places(doc) };
    let mut tree = Tree::default();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let candidates = triggers.of_sentence(index);
        if candidates.is_empty() {
            continue;
        }
        let mut tree_indexed = false;
        let mut clause_blocked_until = 0;
        let mut object_blocked_until = 0;
        let sentence_tokens = sentence.tokens();
        // What holds for the whole sentence, found once, at its first trigger.
        let mut facts: Option<SentenceFacts> = None;
        'windows: for tokens in windows(doc, sentence_tokens.clone()) {
            let mut mentions: Option<Vec<Mention>> = None;
            // A phrase that names both sides (`the two leaders`) names those of the story
            // so far, which an earlier event of the window may have just made.
            let mut names_sides: Option<bool> = None;
            let mut built_with_sides = None;
            for candidate in triggers.in_window(index, &tokens) {
                let (at, pattern_end) = (candidate.at as usize, candidate.pattern_end as usize);
                let entry = &lexicon.entries[usize::from(candidate.entry)];
                // A verb of a parsed sentence is read from the tree; the sentence's children
                // are indexed at its first such trigger. A verb's entry does not fire on a
                // word the parse uses otherwise: tagged a noun or adjective (`the attack`,
                // [`passed_over`]), or a participle modifying a noun (`striking doctors`,
                // `amod`); the parse sees the whole sentence, `noun_use` two words.
                let literal = entry.pattern.starts_with('=');
                let dep = doc.deps.get(at).map_or(DepRel::NONE, |d| d.rel);
                let owned = owned_appeal(doc, entry, at, tokens.start);
                if passed_over(doc, codebook, entry, at, &tokens, owned) || (dep == DepRel::AMOD && !literal && !owned)
                {
                    continue;
                }
                let parsed = dep != DepRel::NONE && doc.pos[at].is_verb() && dep != DepRel::AMOD;
                if dep != DepRel::NONE && !tree_indexed {
                    tree.index(doc, sentence_tokens.clone());
                    tree_indexed = true;
                }
                // A noun of a parsed sentence is as asserted as the verb it depends on:
                // `will send $300 million in military aid` is no aid yet, and a `blocked`
                // aid package none at all.
                let governing =
                    (dep != DepRel::NONE && !parsed).then(|| tree.governing_verb(doc, at, &tokens)).flatten();
                // An infinitive another verb asks for is not done, whatever the parser
                // makes of its `to` (`urged the gangs to free`: `free` hung from `to` as
                // its object); a demand, a protest or a condemnation an act is made for
                // is voiced by it (`marched through Belgrade to demand`).
                let voiced = matches!(entry.code.root(), "10" | "11" | "14");
                let asserted = !aimed_at(doc, at, tokens.start)
                    && (literal || voiced || !wanted(doc, at, tokens.start))
                    && if parsed {
                        tree.asserted(doc, at, &tokens)
                    } else {
                        let flat = !negated(doc, at, tokens.start) && !hypothetical(doc, at, tokens.start);
                        let denied = |verb: usize| doc::with_lowercase(doc.token_text(verb), is_negation);
                        flat && governing.is_none_or(|verb| !denied(verb) && tree.asserted(doc, verb, &tokens))
                    };
                // A cooperative act announced (`will`, `ready to`) is the intent to do it
                // (CAMEO 03): `Germany will send food to Sudan` intends aid, 0333. Any
                // other act announced is not yet done.
                // A cooperative act refused (`refused to release`, `would not ease
                // sanctions`) is the refusal of it (CAMEO 12): `Vilnius would not ease
                // sanctions on Minsk` refuses to ease them, 1244.
                let stance = if announced(doc, governing.unwrap_or(at), &tokens) {
                    Stance::Intended
                } else if is_refused(doc, at, tokens.start) {
                    Stance::Refused
                } else {
                    Stance::Done
                };
                let reported = match stance {
                    Stance::Done => asserted,
                    _ => stance.code(entry.code).is_some(),
                };
                // An act of force a noun names with who did it is an act of its own, even
                // as what another act is about: `denounced the arrest by French police of
                // an Algerian consular official`, `condemned the Houthis' detention of UN
                // staff` (`rejected Colombia's aid` gave none).
                let own_act = literal && entry.quad == 4 && agent_named(doc, at, tokens.end);
                if at < clause_blocked_until && !own_act || !reported {
                    continue;
                }
                // A noun inside an event's object is part of it: `rushing rescue teams and relief supplies`.
                if literal && at < object_blocked_until && !own_act {
                    continue;
                }
                let facts = *facts.get_or_insert_with(|| SentenceFacts {
                    sport: uncoded(doc, index),
                    place: event_place(doc, index as u32),
                });
                if facts.sport {
                    break 'windows;
                }
                if candidate.background {
                    continue;
                }
                let names_sides = *names_sides.get_or_insert_with(|| names_both_sides(doc, &tokens));
                let sides =
                    if names_sides { events.story_sides().or_else(|| sentence_sides(doc, &tokens)) } else { None };
                if mentions.is_none() || sides != built_with_sides {
                    mentions =
                        Some(sentence_mentions(doc, tokens.clone(), codebook, gazetteer, story.as_deref(), sides));
                    built_with_sides = sides;
                }
                let mentions = mentions.as_deref().unwrap_or_default();
                let site = Site {
                    sentence: index as u32,
                    place: facts.place,
                    tokens: tokens.clone(),
                    at,
                    pattern_end,
                    stance,
                };
                let found = coded_events(doc, &context, mentions, entry, site, parsed.then_some(&tree), &events);
                // What an accusation is about is not a second event: `accused Russia of
                // shelling` is one accusation, not shelling. A second verb of the same
                // subject is an act of its own: `accused Croatia of mistreating Serbs
                // and demanded their release`.
                let clause_ends = clause_end(doc, pattern_end, tokens.end);
                let predicate_ends = (pattern_end..clause_ends)
                    .find(|&i| starts_predicate(doc, codebook, i, clause_ends))
                    .unwrap_or(clause_ends);
                if !found.is_empty() && entry.quad == 3 && !entry.flags.judge {
                    clause_blocked_until = predicate_ends;
                }
                if !found.is_empty() {
                    object_blocked_until = clause_ends.min(object_end(doc, codebook, pattern_end, tokens.end));
                }
                for event in found {
                    events.add(event);
                }
            }
        }
    }
    doc.events = events.events;
}

/// A trigger candidate: a word that opens a lexicon entry whose words match after it
/// (or, for a participle, whose object stands before it), found from the tokens alone.
/// Whether it fires is decided by the coder, which reads the parse and the context.
#[derive(Clone, Copy)]
struct Candidate {
    /// The trigger's token.
    at: u32,
    /// The longest entry that matches there ([`best_entry`]).
    entry: u16,
    /// The token after the entry's last word.
    pattern_end: u32,
    /// Whether it tells of the past beyond the news ([`in_background`]), which the parse
    /// stage and the coder both ask.
    background: bool,
}

/// The trigger candidates of one document, sentence by sentence, found once before the
/// parse ([`Codebook::triggers`]): the parse stage asks them which sentences to parse
/// ([`Triggers::reads_parse`]), and [`code_events`] codes from them, so the tokens are
/// scanned for triggers once. They hold for the document they were found in only.
pub struct Triggers {
    /// Every candidate of the document in token order.
    candidates: Vec<Candidate>,
    /// Where each sentence's candidates start in `candidates`, and their end last.
    sentence_starts: Vec<u32>,
    /// The country of a role with none of its own: the one the story's places name,
    /// else, where it names none, the one its coded actors belong to.
    story: Option<String>,
}

impl Triggers {
    /// Scans every window of every sentence for trigger candidates: the words that open
    /// entries ([`trigger_entries`]) and the best entry that matches there ([`best_entry`]).
    pub(crate) fn find(doc: &Doc, lexicon: &Lexicon, gazetteer: &Gazetteer) -> Triggers {
        let mut candidates = Vec::new();
        let mut sentence_starts = Vec::with_capacity(doc.sentences.len() + 1);
        // For each token of a window and its end, the bits of the pattern words the
        // tokens from there to the window's end may match ([`token_bits`]); filled at
        // the window's first trigger word.
        let mut following_bits: Vec<u64> = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            sentence_starts.push(candidates.len() as u32);
            let sentence_tokens = sentence.tokens();
            let first_word = first_word(doc, sentence_tokens.clone());
            for window in windows(doc, sentence_tokens) {
                following_bits.clear();
                for at in window.clone() {
                    let entries = trigger_entries(doc, lexicon, at, first_word);
                    if entries.is_empty() {
                        continue;
                    }
                    if following_bits.is_empty() {
                        following_bits.resize(window.len() + 1, 0);
                        for i in window.clone().rev() {
                            let offset = i - window.start;
                            following_bits[offset] = following_bits[offset + 1] | token_bits(doc.token_text(i));
                        }
                    }
                    let following = following_bits[at + 1 - window.start];
                    if let Some((entry, pattern_end)) = best_entry(doc, lexicon, entries, at, window.end, following) {
                        let background = in_background(doc, index, at);
                        candidates.push(Candidate {
                            at: at as u32,
                            entry,
                            pattern_end: pattern_end as u32,
                            background,
                        });
                    }
                }
            }
        }
        sentence_starts.push(candidates.len() as u32);
        let story = story_country(doc, gazetteer).or_else(|| actors_country(doc, gazetteer));
        Triggers { candidates, sentence_starts, story }
    }

    fn of_sentence(&self, index: usize) -> &[Candidate] {
        &self.candidates[self.sentence_starts[index] as usize..self.sentence_starts[index + 1] as usize]
    }

    /// The candidates of sentence `index` within its window `tokens`.
    fn in_window(&self, index: usize, tokens: &std::ops::Range<usize>) -> &[Candidate] {
        let candidates = self.of_sentence(index);
        let first = candidates.partition_point(|c| (c.at as usize) < tokens.start);
        let end = candidates.partition_point(|c| (c.at as usize) < tokens.end);
        &candidates[first..end]
    }

    /// Whether a sentence the parse stage tagged ([`Triggers::reads_parse`]) needs its
    /// tree: a candidate the coder reads is not passed over by its tag or its words
    /// ([`passed_over`]: a verb's entry on a word tagged a noun, a verb form used as a
    /// noun, an evaluation of a noun), so a sentence with no other candidate codes
    /// nothing, tree or not (a quarter of the sentences tagged, on news text).
    pub fn reads_tree(&self, doc: &Doc, codebook: &Codebook, index: usize) -> bool {
        let sentence_tokens = doc.sentences[index].tokens();
        let after_dateline = doc.after_dateline(sentence_tokens.clone());
        windows(doc, sentence_tokens).any(|tokens| {
            self.in_window(index, &tokens).iter().any(|c| {
                let (at, entry) = (c.at as usize, &codebook.lexicon.entries[usize::from(c.entry)]);
                let owned = owned_appeal(doc, entry, at, tokens.start);
                at >= after_dateline && !c.background && !passed_over(doc, codebook, entry, at, &tokens, owned)
            })
        })
    }

    /// Whether coding the events of sentence `index` may read its parse: a word after its
    /// dateline is a trigger candidate, the sentence is not one the coder passes over
    /// ([`uncoded`]), and a window with candidates names the actors an event needs
    /// ([`may_find_actors`]). Every other sentence codes the same with a parse or
    /// without, so the parse stage tags only these (half the sentences with a trigger,
    /// with 57% of their words, on news text), and parses those [`Triggers::reads_tree`]
    /// then picks. Reads the actors, `doc.dates` and the dateline, as the coder does.
    pub fn reads_parse(&self, doc: &Doc, codebook: &Codebook, gazetteer: &Gazetteer, index: usize) -> bool {
        let sentence_tokens = doc.sentences[index].tokens();
        let after_dateline = doc.after_dateline(sentence_tokens.clone());
        let coded = |c: &Candidate| c.at as usize >= after_dateline && !c.background;
        if !self.of_sentence(index).iter().any(coded) || uncoded(doc, index) {
            return false;
        }
        windows(doc, sentence_tokens).any(|tokens| {
            let candidates = self.in_window(index, &tokens);
            !candidates.is_empty() && self.may_find_actors(doc, codebook, gazetteer, candidates, tokens)
        })
    }

    /// Whether the `candidates` of a window may find both actors of an event. Every
    /// actor the reader takes is one of the window's mentions (two for a phrase that
    /// names both sides) or the speaker of a quote that holds the trigger, and an actor
    /// acting on itself is no event, so it needs two that differ (in code, or in being a
    /// bare country, which acts as its government: [`actor`]), or one where an entry may
    /// take an actor from elsewhere ([`finds_actor_elsewhere`]). The mentions are gathered as the coder
    /// gathers them, before the parse: a parse only ever rules a role phrase out.
    fn may_find_actors(
        &self,
        doc: &Doc,
        codebook: &Codebook,
        gazetteer: &Gazetteer,
        candidates: &[Candidate],
        tokens: std::ops::Range<usize>,
    ) -> bool {
        let entry = |c: &Candidate| &codebook.lexicon.entries[usize::from(c.entry)];
        let elsewhere = |c: &Candidate| finds_actor_elsewhere(doc, &codebook.lexicon, entry(c), c, &tokens);
        let needed = if candidates.iter().any(elsewhere) { 1 } else { 2 };
        let speakers = candidates.iter().filter_map(|c| {
            let speaker = in_quote(doc, doc.tokens[c.at as usize].span)?.speaker?;
            Some((doc.actor_at(speaker.span)?, false))
        });
        let enough = |actors: &[(ActorCode, bool)]| {
            actors.first().is_some_and(|first| needed == 1 || actors.iter().any(|other| other != first))
        };
        let mut actors: Vec<(ActorCode, bool)> = speakers.collect();
        // A phrase that names both sides stands for two actors of the earlier events.
        if enough(&actors) || names_both_sides(doc, &tokens) {
            return true;
        }
        let mentions = sentence_mentions(doc, tokens, codebook, gazetteer, self.story.as_deref(), None);
        actors.extend(mentions.iter().map(|m| (m.code, m.country_only)));
        enough(&actors)
    }
}

/// Whether the coder passes over the candidate of `entry` at `at` in the window `tokens`
/// whatever the tree says: its word is tagged otherwise ([`tagged_otherwise`]), a verb
/// form after an article or a preposition is a noun (`in clashes`), and an evaluation
/// says what an actor's act is (`called it "illegal"`), not what kind of thing a noun is
/// (`illegal construction`). `owned`: whether it is an appeal someone owns ([`owned_appeal`]).
fn passed_over(
    doc: &Doc,
    codebook: &Codebook,
    entry: &Entry,
    at: usize,
    tokens: &std::ops::Range<usize>,
    owned: bool,
) -> bool {
    let word = doc.token_text(at);
    let literal = entry.pattern.starts_with('=');
    let used_as_noun = || {
        !literal
            && !owned
            && at > tokens.start
            && may_be_noun(entry, word)
            && noun_use(doc, codebook, at, tokens.start, word.ends_with("ing"))
    };
    let judges_noun = || entry.flags.judge && at + 1 < tokens.end && is_content_word(codebook, doc.token_text(at + 1));
    tagged_otherwise(doc, entry, at, owned) || used_as_noun() || judges_noun()
}

/// Whether the entry of a verb at `at` meets a word the tagger says is no verb here: a
/// noun or an adjective (`the attack`, `a protest march`). Such a candidate never
/// fires, unless it is an appeal someone `owned` ([`owned_appeal`]); a noun pattern's
/// (`=attack`) always may. `false` for an untagged sentence, read without a parse.
fn tagged_otherwise(doc: &Doc, entry: &Entry, at: usize, owned: bool) -> bool {
    let tag = doc.pos.get(at).copied().unwrap_or(PosTag::NONE);
    tag != PosTag::NONE && !tag.is_verb() && !entry.pattern.starts_with('=') && !owned
}

/// Whether an appeal or a demand is someone's, and so made, though a noun: `renewed its
/// call on the Houthis to return to talks`.
fn owned_appeal(doc: &Doc, entry: &Entry, at: usize, window_start: usize) -> bool {
    asks(entry.code) && at > window_start && matches!(doc.token_text(at - 1), "its" | "his" | "her" | "their")
}

/// Whether a code is an appeal's or a demand's (CAMEO 02, 10): what one side asks of another.
fn asks(code: EventCode) -> bool {
    matches!(code.root(), "02" | "10")
}

/// Whether a window holds a phrase that names both sides (`both sides`, `the two
/// countries`).
fn names_both_sides(doc: &Doc, tokens: &std::ops::Range<usize>) -> bool {
    tokens.clone().any(|first| both_sides(doc, first, tokens.end).is_some())
}

/// Whether an entry found at `candidate` may take an actor from outside the sentence's
/// actors: its target from its source's or the story's country or place (its flags),
/// or from an earlier event a noun refers to (`denounced the move`); an arrest, its
/// source (the police where it happened); a mediation, its parties (the story's sides);
/// a pronoun subject, the story's latest actor.
fn finds_actor_elsewhere(
    doc: &Doc,
    lexicon: &Lexicon,
    entry: &Entry,
    candidate: &Candidate,
    window: &std::ops::Range<usize>,
) -> bool {
    let (at, pattern_end) = (candidate.at as usize, candidate.pattern_end as usize);
    let end = clause_end(doc, pattern_end, window.end);
    let flags = &entry.flags;
    let passive = is_passive(doc, lexicon, at, window.start);
    matches!(entry.code.as_str(), ARREST | REPRESS | STEP_DOWN | MEDIATE)
        || statement_subject(doc, at, window.start).is_some()
        || pronoun_subject(doc, at, window.start).is_some()
        || flags.own_country
        || flags.place_country
        || flags.place_government
        || referring_noun(doc, reference_window(doc, entry, (at, pattern_end, passive), window.start..end)).is_some()
}

/// Whether the coder passes over sentence `index` whatever its triggers: sport. With
/// [`in_background`] for each trigger, the tests of both the coder and
/// [`Triggers::reads_parse`], so they cannot drift.
fn uncoded(doc: &Doc, index: usize) -> bool {
    sports_report(doc, doc.sentences[index].tokens())
}

/// The sentence's first word after the dateline: the only capitalized word that may be
/// a trigger.
fn first_word(doc: &Doc, sentence_tokens: std::ops::Range<usize>) -> Option<usize> {
    (doc.after_dateline(sentence_tokens.clone())..sentence_tokens.end).find(|&i| doc.tokens[i].kind == TokenKind::Word)
}

/// The entries the word at `at` opens as a trigger: none for a capitalized word inside
/// a sentence, which is a name (`March`, `Strike Force`), unless it is the sentence's
/// `first_word`.
fn trigger_entries<'l>(doc: &Doc, lexicon: &'l Lexicon, at: usize, first_word: Option<usize>) -> &'l [u16] {
    let token = doc.tokens[at];
    if token.kind != TokenKind::Word {
        return &[];
    }
    let word = doc.slice(token.span);
    if Some(at) != first_word && word.starts_with(char::is_uppercase) {
        return &[];
    }
    lexicon.entries_of(word)
}

/// The most tokens the event reader reads at once. A longer sentence (a list, a text
/// without full stops) is read in windows of at most this many tokens, cut after a
/// comma or semicolon where one is near: every look-back and look-ahead of a trigger
/// stays within its window, so coding stays linear in an article's length.
const MAX_WINDOW_TOKENS: usize = 128;

/// The windows of a sentence's tokens; one, the whole sentence, for all but the longest.
fn windows(doc: &Doc, tokens: std::ops::Range<usize>) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = tokens.start;
    std::iter::from_fn(move || {
        if start >= tokens.end {
            return None;
        }
        let mut end = tokens.end;
        if end - start > MAX_WINDOW_TOKENS {
            let limit = start + MAX_WINDOW_TOKENS;
            let clause_break =
                (start + MAX_WINDOW_TOKENS / 2..limit).rev().find(|&i| matches!(doc.token_text(i), "," | ";"));
            end = clause_break.map_or(limit, |i| i + 1);
        }
        let window = start..end;
        start = end;
        Some(window)
    })
}

/// What holds for a whole sentence: whether it reports sport, and where its events
/// happened.
#[derive(Clone, Copy)]
struct SentenceFacts {
    sport: bool,
    place: Option<u32>,
}

/// The items of a layer in text order that start inside `span`.
fn within<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> &[T] {
    let first = items.partition_point(|item| span_of(item).start < span.start);
    let end = items.partition_point(|item| span_of(item).start < span.end);
    &items[first..end.max(first)]
}

/// The item of a layer in text order (not overlapping itself) that contains `span`.
fn covering<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> Option<&T> {
    covering_index(items, span, span_of).map(|index| &items[index])
}

/// The index of [`covering`]'s item.
fn covering_index<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> Option<usize> {
    let after = items.partition_point(|item| span_of(item).start <= span.start);
    after.checked_sub(1).filter(|&index| span_of(&items[index]).contains(span))
}

/// What coding one article reads besides its layers: the codebook, the gazetteer, and
/// what is found once per article.
struct Context<'a> {
    codebook: &'a Codebook,
    gazetteer: &'a Gazetteer,
    country_places: CountryPlaces,
}

/// The events of an article so far, indexed so that adding one and finding the one a
/// noun refers back to take constant time: a scan of the events per event would make
/// coding quadratic in the article's length.
#[derive(Default)]
struct Tally {
    events: Vec<Event>,
    /// The first event of each source, target and code.
    by_code: FxHashMap<(ActorCode, ActorCode, EventCode), usize>,
    /// The first event of each source, target, sentence and root.
    by_sentence_root: FxHashMap<(ActorCode, ActorCode, u32, usize), usize>,
}

impl Tally {
    /// Adds an event, or counts one more mention of it when the article already reported
    /// the same source, code and target (GDELT's NumMentions), or the same actors in the
    /// same sentence under the same root (`accused and condemned`), but for force used
    /// and the rest of its root (175 and 173, an arrest).
    fn add(&mut self, event: Event) {
        let (source, target) = (event.source.code, event.target.code);
        let same_code = self.by_code.get(&(source, target, event.code)).copied();
        let root = root_number(event.code.root());
        let same_root = self.by_sentence_root.get(&(source, target, event.sentence, root)).copied();
        // Force used on people is an act apart from the rest of its root, as CAMEO codes
        // it: `fired tear gas and detained 30 protesters` is 175 and 173.
        let force_apart = |i: usize| {
            let codes = [self.events[i].code, event.code];
            codes[0] != codes[1] && codes.iter().any(|c| c.as_str() == REPRESS)
        };
        let same_root = same_root.filter(|&i| !force_apart(i));
        // The earliest of the two is the one a scan in article order would find.
        if let Some(earlier) = same_code.into_iter().chain(same_root).min() {
            self.events[earlier].mentions += 1;
            return;
        }
        let index = self.events.len();
        self.by_code.entry((source, target, event.code)).or_insert(index);
        self.by_sentence_root.entry((source, target, event.sentence, root)).or_insert(index);
        self.events.push(event);
    }

    /// The two sides of the story so far, as a phrase that names both (`both sides`)
    /// means them: the two that its events name most often (the earlier of equals), a
    /// state as its government whichever of its organs acted (`AZEMIL` shelling `ARMCVL`
    /// is a dispute of `AZEGOV` and `ARMGOV`), any other actor as coded.
    fn story_sides(&self) -> Option<(ActorCode, ActorCode)> {
        let mut counts: Vec<(ActorCode, usize)> = Vec::new();
        for code in self.events.iter().flat_map(|e| [e.source.code, e.target.code]).filter_map(as_side) {
            match counts.iter_mut().find(|(c, _)| *c == code) {
                Some((_, count)) => *count += 1,
                None => counts.push((code, 1)),
            }
        }
        // Stable: of equal counts, the side named first stays first.
        counts.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
        match counts.as_slice() {
            [(one, _), (other, _), ..] => Some((*one, *other)),
            _ => None,
        }
    }

    /// The events under `roots` (any, when empty), latest first.
    fn latest_first<'t>(&'t self, roots: &'t [&str]) -> impl Iterator<Item = &'t Event> + 't {
        self.events.iter().rev().filter(move |e| roots.is_empty() || roots.contains(&e.code.root()))
    }
}

/// An actor as a side of a dispute or a deal: a state as its government whichever of its
/// organs acted (`AZEMIL` shelling `ARMCVL` is a dispute of `AZEGOV` and `ARMGOV`), any
/// other actor as coded.
fn as_side(code: ActorCode) -> Option<ActorCode> {
    let role = code.as_str().get(3..).unwrap_or("");
    let state = role.is_empty() || matches!(role, "GOV" | "MIL" | "COP" | "CVL" | "LEG" | "JUD");
    match country_of(code) {
        Some(country) if state => ActorCode::new(&format!("{}GOV", country.as_str())),
        _ => Some(code),
    }
}

/// Before the story's events name two sides, the first two the sentence names together:
/// `the clashes between Ethiopia and Eritrea ... called on both sides`.
fn sentence_sides(doc: &Doc, tokens: &std::ops::Range<usize>) -> Option<(ActorCode, ActorCode)> {
    let span = doc.tokens[tokens.start].span.cover(doc.tokens[tokens.end - 1].span);
    within(&doc.actors, span, |a| a.span).windows(2).find_map(|pair| {
        let joined = doc.text.get(pair[0].span.end as usize..pair[1].span.start as usize)?.trim() == "and";
        let (one, other) = (as_side(pair[0].code)?, as_side(pair[1].code)?);
        (joined && one != other).then_some((one, other))
    })
}

/// A CAMEO root (`01` to `20`) as a number; 0 for none (the lexicon has no such code).
fn root_number(root: &str) -> usize {
    root.parse().ok().filter(|&n: &usize| n <= 20).unwrap_or(0)
}

/// The longest entry that matches at token `at` (its index; of equally long ones, the
/// first line), with the token after its last word; for an appeal or a demand, of its
/// root's entries that match, the one that names the first demand. `entries` come
/// longest first ([`Lexicon::entries_of`]), so the first that matches is the longest. `following` holds
/// the bits of the words after `at` to `sentence_end` ([`token_bits`]): an entry
/// whose words are not all among them is not looked for there.
fn best_entry(
    doc: &Doc,
    lexicon: &Lexicon,
    entries: &[u16],
    at: usize,
    sentence_end: usize,
    following: u64,
) -> Option<(u16, usize)> {
    let matched = |index: u16| {
        let entry = &lexicon.entries[usize::from(index)];
        let may_follow = entry.follow_bits & !following == 0;
        let end = may_follow
            .then(|| match_follows(doc, entry, at + 1, sentence_end))
            .flatten()
            .or_else(|| object_before(doc, lexicon, entry, at).then_some(at + 1))?;
        Some((index, end))
    };
    let (position, (index, end)) = entries.iter().enumerate().find_map(|(i, &index)| Some((i, matched(index)?)))?;
    let root = lexicon.entries[usize::from(index)].code.root();
    if !asks(lexicon.entries[usize::from(index)].code) {
        return Some((index, end));
    }
    // Of two demands an appeal names, the first named is the one (`urged Hamas to release
    // the hostages and respect the rights of civilians` asks for the release), though
    // the other's pattern is longer.
    let named_at = |(index, end): (u16, usize)| first_word_at(doc, &lexicon.entries[usize::from(index)], at, end);
    let same_root =
        entries[position + 1..].iter().filter(|&&other| lexicon.entries[usize::from(other)].code.root() == root);
    let others = same_root.filter_map(|&other| matched(other));
    // The earliest named; of equals, the longest (the first in `entries`).
    std::iter::once((index, end)).chain(others).min_by_key(|&found| named_at(found))
}

/// Where the first word an entry names after its trigger at `at` (past the verb's
/// prepositions: `on` of `call on`) stands, in a match that ends before `end`; past every
/// word for an entry that names none.
fn first_word_at(doc: &Doc, entry: &Entry, at: usize, end: usize) -> usize {
    let word = entry.follows.iter().find_map(|follow| match follow {
        Follow::Near(word) | Follow::Far(word) if !is_preposition(word) => Some(word),
        _ => None,
    });
    word.and_then(|word| (at + 1..end).find(|&i| word_matches(doc.token_text(i), word))).unwrap_or(usize::MAX)
}

/// Whether the one word an entry's verb takes as its object stands before the verb, a
/// participle, as its passive subject or the noun it modifies: `hostages released by
/// Hamas`, `the prisoners were freed`, `hostages held by Hamas were freed` match
/// `release hostages`, `free prisoners`, `free hostages`.
fn object_before(doc: &Doc, lexicon: &Lexicon, entry: &Entry, at: usize) -> bool {
    let [Follow::Near(object)] = entry.follows.as_slice() else {
        return false;
    };
    if entry.pattern.starts_with('=') || is_preposition(object) {
        return false;
    }
    if !doc::with_lowercase(doc.token_text(at), |w| lexicon.is_past_form(w)) {
        return false;
    }
    // Past the auxiliaries of a passive: `were`, `have been`, `had been`.
    let mut before = at;
    while before > 0 && at - before < 3 && is_be_or_have(doc.token_text(before - 1)) {
        before -= 1;
    }
    if before == 0 || before == at {
        return before > 0 && word_matches(doc.token_text(before - 1), object);
    }
    // A passive subject may carry its own participle and agent: `hostages held by Hamas were`.
    let participle = |i: usize| doc::with_lowercase(doc.token_text(i), |w| lexicon.is_past_form(w));
    let first = before.saturating_sub(MAX_AGENT_GAP + 3);
    (first..before).any(|i| {
        word_matches(doc.token_text(i), object)
            && (i + 1 == before || (i + 2 < before && participle(i + 1) && doc.token_text(i + 2) == "by"))
    })
}

/// The most specific code the rest of the trigger's clause (after the trigger `at`, to
/// `end`; the pattern's own words may be the object's: `demanded that Washington lift
/// the economic blockade`) gives its entry's: an object that an entry of the same root,
/// or of a root whose categories run in parallel, names after `...` makes the code of
/// every verb of the root that it descends from as specific (`call for ... humanitarian
/// aid` is 0233, so `urged Israel to let humanitarian aid in`, `urge` 020, is 0233 too;
/// `call for ... ceasefire` is 0256, so `rejected the demand for a ceasefire`, `reject`
/// 120, is 1246). Failing an object, the act its clause goes on to ask for, promise or
/// refuse ([`requested_act`]).
fn refined_code(doc: &Doc, codebook: &Codebook, entry: &Entry, at: usize, pattern_end: usize, end: usize) -> EventCode {
    let object_end = object_end(doc, codebook, pattern_end, end);
    let mut best: Option<(EventCode, usize)> = None;
    for (object, code) in codebook.lexicon.objects_for_root(entry.code.root()) {
        let stem = code_stem(&code);
        // A phrase of two words or more names a kind (`humanitarian aid`, `lift
        // sanctions`); a single word says what it says with its own verb only (`welcome
        // ... counterpart` is a visit hosted, `conferred with his counterpart` is not).
        let deeper = object.len() >= 2 && descends(code, entry.code);
        let better = best.is_none_or(|(b, words)| {
            let best_stem = code_stem(&b).len();
            stem.len() > best_stem || (stem.len() == best_stem && object.len() > words)
        });
        if deeper && better && follows_match(doc, object, false, at + 1, object_end).is_some() {
            best = Some((code, object.len()));
        }
    }
    match best {
        Some((code, _)) => code,
        None => requested_act(doc, &codebook.lexicon, entry, at, end)
            .filter(|&act| descends(act, entry.code))
            .or_else(|| aid_given(doc, entry, at, object_end))
            .or_else(|| protest_for_reform(doc, &codebook.lexicon, entry, at, end))
            .unwrap_or(entry.code),
    }
}

/// The code of a protest (141 to 145) for the political reform its clause (from the
/// trigger `at` to `end`) demands, by the reform's kind as a demand of it is numbered
/// (1041 leadership change, 1042 policy, 1043 rights, 1044 institutions): `marched
/// through Lima to demand the resignation of the president` is 1411, `blocked roads
/// against the mining law` 1442.
fn protest_for_reform(doc: &Doc, lexicon: &Lexicon, entry: &Entry, at: usize, end: usize) -> Option<EventCode> {
    let base = entry.code.as_str();
    if entry.code.root() != "14" || base.len() != 3 || base == "140" {
        return None;
    }
    let (reform, _) = lexicon
        .objects_for_root("10")
        .filter(|(_, code)| code.base() == "104" && code.as_str().len() == 4)
        .filter_map(|(object, code)| Some((code, follows_match(doc, object, false, at + 1, end)?)))
        .min_by_key(|&(_, found_end)| found_end)?;
    EventCode::new(&format!("{base}{}", &reform.as_str()[3..]))
}

/// The verb of the help an infinitive of purpose names between `from` and `end` (`to
/// help`, `to protect`), if any.
fn help_purpose(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    (from..end.saturating_sub(1)).find_map(|i| {
        let helps = doc.token_text(i) == "to"
            && doc::with_lowercase(doc.token_text(i + 1), |w| {
                matches!(w, "help" | "protect" | "support" | "assist" | "defend" | "secure" | "guard" | "bolster")
            });
        helps.then_some(i + 1)
    })
}

/// Whether the phrase at `span` ends with a noun for protesters.
fn names_protesters(doc: &Doc, span: Span) -> bool {
    let last = doc.token_range(span).end.saturating_sub(1);
    doc::with_lowercase(doc.token_text(last), |w| {
        matches!(w, "protesters" | "protester" | "demonstrators" | "demonstrator" | "marchers" | "rioters")
    })
}

/// CAMEO's military protection or peacekeeping given another.
const MILITARY_PROTECTION: &str = "074";

/// The kind of aid an act of giving (070) names in its object: food, medicine or shelter
/// is humanitarian (073: `donated 5,000 tonnes of rice`), money economic (071: `provided
/// $10 million in grant aid`).
fn aid_given(doc: &Doc, entry: &Entry, at: usize, object_end: usize) -> Option<EventCode> {
    if entry.code.as_str() != "070" {
        return None;
    }
    let words = || (at + 1..object_end).map(|i| doc.token_text(i));
    let money = |w: &str| {
        w.starts_with(['$', '€', '£']) || matches!(w, "million" | "billion") || doc::with_lowercase(w, is_currency)
    };
    if words().any(|w| doc::with_lowercase(w, is_relief)) {
        EventCode::new("073")
    } else if words().any(money) {
        EventCode::new("071")
    } else {
        None
    }
}

/// The code, in the root of an appeal, a demand, an intent or a rejection (`entry`, at
/// `at`), of the cooperative act its clause (to `end`) names in an infinitive or a
/// `that` clause: the first verb after `to`, or after `that` and a subject, whose own
/// entry (roots 04 to 08) matches there, through the intent that announces it
/// ([`intent_to`]) and the category that runs in parallel with it (`appealed to the
/// junta to free the detained president`: `free` 0841, intended 0353, asked for 0253;
/// `urged Kabul to resume talks`: 026). An act coded
/// only by its root (`deepen ties`, 050) names no kind: `pledged to deepen ties` is
/// an intent to cooperate (030), whatever the kind.
fn requested_act(doc: &Doc, lexicon: &Lexicon, entry: &Entry, at: usize, end: usize) -> Option<EventCode> {
    let root = entry.code.root();
    if !PARALLEL_ROOTS.contains(&root) {
        return None;
    }
    let act_at = |verb: usize| {
        let (index, _) = best_entry(doc, lexicon, lexicon.entries_of(doc.token_text(verb)), verb, end, u64::MAX)?;
        let act = lexicon.entries[usize::from(index)].code;
        let kind = (code_stem(&act).len() > 2).then_some(act)?;
        lexicon.parallel(intent_to(kind)?, root)
    };
    let adverb = |w: &str| w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_ascii_lowercase());
    (at + 1..end.saturating_sub(1)).find_map(|i| match doc.token_text(i) {
        // Past an adverb: `urged Pyongyang to immediately stop its provocations`.
        "to" => act_at(i + 1).or_else(|| (adverb(doc.token_text(i + 1)) && i + 2 < end).then(|| act_at(i + 2))?),
        // The verb of a clause with its own subject: `demanded that Beijing halt such drills`.
        "that" => (i + 2..end.min(i + 2 + THAT_SUBJECT_WORDS))
            .take_while(|&j| !matches!(doc.token_text(j), "," | ";" | ":"))
            .find_map(act_at),
        _ => None,
    })
}

/// The most words between `that` and the verb of its clause: a subject and an auxiliary
/// (`demanded that the Afghan interim government hand over`).
const THAT_SUBJECT_WORDS: usize = 6;

/// Whether `code` is more specific than `own` and one of its kind: 0256 is an 025 and an 02.
fn descends(code: EventCode, own: EventCode) -> bool {
    let (stem, own) = (code_stem(&code), code_stem(&own));
    stem.len() > own.len() && stem.starts_with(own)
}

/// What a code says, without the `0` that makes a root a three-digit code (`020` is
/// `02`, any appeal; `0233` is `0233`): a code descends from those whose stem begins it.
/// Its digits, not a `str`: every object of a root is asked at every trigger.
fn code_stem(code: &EventCode) -> &[u8] {
    match code.digits() {
        [root @ .., b'0'] if root.len() == 2 => root,
        digits => digits,
    }
}

fn match_follows(doc: &Doc, entry: &Entry, at: usize, sentence_end: usize) -> Option<usize> {
    follows_match(doc, &entry.follows, entry.pattern.starts_with('='), at, sentence_end)
}

/// Where `follows` (of a noun pattern when `literal`) match from token `at` on, before
/// `sentence_end`: the token after the last.
fn follows_match(doc: &Doc, follows: &[Follow], literal: bool, mut at: usize, sentence_end: usize) -> Option<usize> {
    for (index, follow) in follows.iter().enumerate() {
        let (word, limit) = match follow {
            // A preposition of a noun pattern hangs on the noun before it, so it comes
            // next (`attack on`; an `on` six words on is another phrase's), or after the
            // noun's agent (`attack by al-Shabaab on`).
            Follow::Near(word) if literal && is_preposition(word) => {
                let limit = if at < sentence_end && doc.token_text(at) == "by" { at + WORD_GAP + 1 } else { at + 1 };
                (word, limit.min(sentence_end))
            }
            // A verb's particle stands by it: `on` always (`called on`, `called again on`;
            // in `called a general strike across France on Tuesday`, `on` is a date's), `in`
            // where the pattern names a word right after it (`called in police`; `arrived
            // in` names a place anywhere after, and `called a rigged count in the April
            // election, and police` calls in no one). (`for` may follow the object: `asked
            // the IMF for a loan`.)
            Follow::Near(word) if index == 0 && particle(word, follows.get(1)) => {
                (word, (at + PARTICLE_GAP + 1).min(sentence_end))
            }
            Follow::Near(word) => (word, (at + WORD_GAP + 1).min(sentence_end)),
            Follow::Far(word) => {
                // Anywhere before the clause ends: one scan meets the word or the end.
                let found = (at..sentence_end)
                    .map(|i| (i, doc.token_text(i)))
                    .take_while(|&(_, text)| !is_clause_break(text))
                    .find(|&(_, text)| word_matches(text, word))?;
                at = found.0 + 1;
                continue;
            }
            Follow::Not(word) => {
                if at < sentence_end && doc.token_text(at).eq_ignore_ascii_case(word) {
                    return None;
                }
                continue;
            }
        };
        let found = (at..limit).find(|&i| word_matches(doc.token_text(i), word))?;
        at = found + 1;
    }
    Some(at)
}

/// Whether `word`, a verb pattern's first word after the trigger, is the verb's particle,
/// with `next` the pattern's word after it.
fn particle(word: &str, next: Option<&Follow>) -> bool {
    word == "on" || word == "in" && matches!(next, Some(Follow::Near(_)))
}

/// Whether the noun at `at` names who did what it names: a `by` phrase after it, before
/// the clause goes on (`the arrest of an Algerian official by French police`), or a
/// possessor before it (`the Houthis' detention of UN staff`).
fn agent_named(doc: &Doc, at: usize, sentence_end: usize) -> bool {
    let possessed = at > 0 && matches!(doc.token_text(at - 1), "'s" | "’s" | "'" | "’");
    let by = (at + 1..sentence_end.min(at + 1 + AGENT_WORDS))
        .map(|i| doc.token_text(i))
        .take_while(|w| !matches!(*w, "," | ";" | ":" | "and"))
        .any(|w| w == "by");
    possessed || by
}

/// The most words from an act's noun to the `by` that names who did it (`the arrest of
/// an Algerian consular official by`).
const AGENT_WORDS: usize = 7;

/// Where the clause that holds token `at` ends: at `;`, `:`, a dash, an absolute phrase
/// (`, with the Saudi ministry reiterating its support`), or the sentence end.
fn clause_end(doc: &Doc, at: usize, sentence_end: usize) -> usize {
    (at..sentence_end)
        .find(|&i| is_clause_break(doc.token_text(i)) || opens_absolute_phrase(doc, i, sentence_end))
        .unwrap_or(sentence_end)
}

/// Whether a comma at `at` opens `with` and a subject of its own that a participle
/// follows: `, with police saying`, `, with thousands more killed`. Whoever it names did
/// not take part in the clause before it.
fn opens_absolute_phrase(doc: &Doc, at: usize, sentence_end: usize) -> bool {
    doc.token_text(at) == ","
        && at + 2 < sentence_end
        && doc.token_text(at + 1) == "with"
        && (at + 3..sentence_end.min(at + 3 + ABSOLUTE_SUBJECT_WORDS))
            .map(|i| doc.token_text(i))
            .take_while(|w| !matches!(*w, "," | "."))
            .any(|w| {
                w.len() > 4
                    && (w.ends_with("ing") || w.ends_with("ed"))
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
            })
}

/// The roots of what a statement says: statements, appeals, demands, disapproval,
/// rejection, threats.
const STATEMENTS: &[&str] = &["01", "02", "10", "11", "12", "13"];

/// The token of `statement` (or `communique`, `declaration`) where one is the subject of
/// the trigger at `at`: `The statement warned`, `the joint statement also accused`.
fn statement_subject(doc: &Doc, at: usize, sentence_start: usize) -> Option<usize> {
    let noun = (sentence_start.max(at.saturating_sub(STATEMENT_WORDS))..at)
        .rev()
        .find(|&i| matches!(doc.token_text(i), "statement" | "communique" | "declaration"))?;
    let adverbs_only = (noun + 1..at).all(|i| matches!(doc.token_text(i), "also" | "further" | "then"));
    let definite =
        (sentence_start.max(noun.saturating_sub(2))..noun).any(|i| doc.token_text(i).eq_ignore_ascii_case("the"));
    (adverbs_only && definite).then_some(noun)
}

/// The personal pronoun that is the subject of the trigger at `at`, standing first in its
/// clause: `It also accused`, `, and he later met`.
fn pronoun_subject(doc: &Doc, at: usize, sentence_start: usize) -> Option<usize> {
    let pronoun = (sentence_start.max(at.saturating_sub(PRONOUN_VERB_WORDS + 1))..at)
        .rev()
        .find(|&i| is_subject_pronoun(doc.token_text(i)))?;
    let between = |w: &str| is_auxiliary(w) || matches!(w, "also" | "further" | "then" | "later" | "again" | "not");
    let first = pronoun == doc.after_dateline(sentence_start..at)
        || pronoun > sentence_start && matches!(doc.token_text(pronoun - 1), "," | "and" | "but" | ";");
    ((pronoun + 1..at).all(|i| between(doc.token_text(i))) && first).then_some(pronoun)
}

/// Whether `word` is a personal pronoun that may be a clause's subject.
fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "It" | "it" | "He" | "he" | "She" | "she" | "They" | "they")
}

/// As the source of an act a pronoun at `span` is the subject of, the story's latest
/// actor, where it acted no more than [`PRONOUN_SENTENCES`] before `sentence`.
fn pronoun_source(earlier: &Tally, sentence: u32, span: Span) -> Vec<Reading> {
    let recent = earlier.latest_first(&[]).next().is_some_and(|e| e.sentence + PRONOUN_SENTENCES >= sentence);
    if recent {
        latest_source(earlier, &[], span)
    } else {
        Vec::new()
    }
}

/// The most tokens from a pronoun to the verb it is the subject of (`It has also accused`).
const PRONOUN_VERB_WORDS: usize = 3;

/// How many sentences back the event a pronoun subject continues may stand.
const PRONOUN_SENTENCES: u32 = 2;

/// The most tokens from a statement to the verb it is the subject of (`statement also
/// warned`).
const STATEMENT_WORDS: usize = 3;

/// The comma that opens the absolute phrase (`, with thousands more killed`) the
/// trigger at `at` stands in, if it stands in one ([`opens_absolute_phrase`]).
fn absolute_phrase_start(doc: &Doc, at: usize, sentence: &std::ops::Range<usize>) -> Option<usize> {
    let comma = (sentence.start.max(at.saturating_sub(ABSOLUTE_SUBJECT_WORDS + 2))..at)
        .rev()
        .find(|&i| matches!(doc.token_text(i), "," | ";" | ":"))?;
    opens_absolute_phrase(doc, comma, sentence.end).then_some(comma)
}

/// The most words of an absolute phrase's subject before its participle (`with the
/// Saudi Ministry of Foreign Affairs reiterating`).
const ABSOLUTE_SUBJECT_WORDS: usize = 8;

fn is_clause_break(token: &str) -> bool {
    matches!(token, ";" | ":" | "—" | "–")
}

fn negated(doc: &Doc, at: usize, sentence_start: usize) -> bool {
    (sentence_start.max(at.saturating_sub(NEGATION_WINDOW))..at).any(|i| {
        let word = doc.token_text(i);
        doc::with_lowercase(word, is_negation)
    })
}

/// Whether the act at `at` is refused: the complement of `refuse` or `decline`
/// (`refused to release`), or denied to come (`will not`, `would never`, `won't`).
fn is_refused(doc: &Doc, at: usize, sentence_start: usize) -> bool {
    if at < sentence_start + 2 {
        return false;
    }
    let (before, last) = (doc.token_text(at - 2), doc.token_text(at - 1));
    let refuse =
        |w: &str| matches!(w, "refuse" | "refuses" | "refused" | "refusing" | "decline" | "declines" | "declined");
    (last == "to" && doc::with_lowercase(before, refuse))
        || matches!(last, "not" | "never" | "n't")
            && doc::with_lowercase(before, |w| matches!(w, "will" | "would" | "wo"))
}

/// Whether the act at `at` is only what something aims at: `talks aimed at freeing
/// detainees` free no one.
fn aimed_at(doc: &Doc, at: usize, sentence_start: usize) -> bool {
    at >= sentence_start + 2
        && doc.token_text(at - 1) == "at"
        && doc::with_lowercase(doc.token_text(at - 2), |w| matches!(w, "aimed" | "aim" | "aims" | "aiming"))
}

/// A modal before the trigger makes it a possibility, not an event: `will veto`.
fn hypothetical(doc: &Doc, at: usize, sentence_start: usize) -> bool {
    modal_before(doc, at, sentence_start).is_some()
}

/// Whether the verb at `at` is an infinitive another verb asks for, allows or wants, as
/// the tree reads a complement ([`Tree::asserted`]), from the words alone: `urged the
/// gangs to free all hostages` frees no one; `tried to seize` is a seizure.
fn wanted(doc: &Doc, at: usize, sentence_start: usize) -> bool {
    at >= sentence_start + 2
        && doc.token_text(at - 1) == "to"
        && !doc::with_lowercase(doc.token_text(at - 2), tree::reports_complement)
}

/// Whether the verb at `at` is announced, not done, and not denied: `will` just before
/// it, `would` with no condition after it (`said it would seek talks`, not `would send
/// troops if asked`), or a readiness to do it (`was ready to supply`, `is prepared to
/// hold talks`).
fn announced(doc: &Doc, at: usize, tokens: &std::ops::Range<usize>) -> bool {
    let sentence_start = tokens.start;
    let conditional = || (at..tokens.end).any(|i| matches!(doc.token_text(i), "if" | "unless"));
    let modal = match modal_before(doc, at, sentence_start) {
        Some("will" | "'ll") => true,
        Some("would") => !conditional(),
        _ => false,
    };
    let ready = at >= sentence_start + 2
        && doc.token_text(at - 1) == "to"
        && doc::with_lowercase(doc.token_text(at - 2), announces_readiness);
    (modal || ready) && !negated(doc, at, sentence_start)
}

/// Words that, with `to` and a verb after them, say the verb's act is to come.
fn announces_readiness(word: &str) -> bool {
    matches!(
        word,
        "ready" | "prepared" | "willing" | "readiness" | "willingness" | "intends" | "intend" | "intended" | "plans"
    )
}

/// The modal verb among the two tokens before `at`, if any.
fn modal_before(doc: &Doc, at: usize, sentence_start: usize) -> Option<&str> {
    (sentence_start.max(at.saturating_sub(2))..at).map(|i| doc.token_text(i)).find(|word| is_modal(word))
}

fn is_modal(word: &str) -> bool {
    matches!(word, "will" | "would" | "could" | "might" | "may" | "should" | "can" | "must" | "'ll")
}

/// A modal or a form of `be` or `have`: what opens a verb group.
fn is_auxiliary(word: &str) -> bool {
    is_modal(word) || is_be_or_have(word)
}

/// A form of `be` or `have`: the auxiliaries of a passive or a perfect (`have been`).
fn is_be_or_have(word: &str) -> bool {
    is_be(word) || matches!(word, "has" | "have" | "had")
}

/// Whether a trigger form can be a noun: the verb's base form or its `-s` form, or a
/// gerund (`attack`, `attacks`, `shelling`); `came`, `shelled` cannot.
fn may_be_noun(entry: &Entry, word: &str) -> bool {
    let lemma = entry.trigger.split('|').next().unwrap_or_default();
    doc::with_lowercase(word, |w| {
        w == lemma
            || w.strip_suffix('s').is_some_and(|stem| stem == lemma || stem.strip_suffix('e') == Some(lemma))
            || w.ends_with("ing")
    })
}

/// Whether the verb form at `at` is used as a noun: after an article, a possessive or a
/// preposition (`in clashes`, `Trump's attacks`), after an article or a preposition and
/// a modifier (`a solidarity rally`, `in knife attack`), or as a plural after a noun
/// (`terror attacks`).
fn noun_use(doc: &Doc, codebook: &Codebook, at: usize, sentence_start: usize, gerund: bool) -> bool {
    let previous = doc.token_text(at - 1);
    if matches!(previous, "'s" | "’s") || doc::with_lowercase(previous, |w| is_noun_context(w, gerund)) {
        return true;
    }
    // A participle between `with` and a name modifies the name: `held talks with visiting
    // Vietnamese Prime Minister Pham Minh Chinh` is no visit by the host.
    let next_is_name = doc.tokens.get(at + 1).is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase));
    if gerund && previous == "with" && next_is_name {
        return true;
    }
    if !is_content_word(codebook, previous) || gerund {
        return false;
    }
    let word = doc.token_text(at);
    let plural_after_noun = word.ends_with('s') && !word.ends_with("ss");
    let before = if at >= sentence_start + 2 { doc.token_text(at - 2) } else { "" };
    plural_after_noun || doc::with_lowercase(before, |w| is_noun_context(w, false))
}

/// Whether a verb form after `word` is a noun: after an article (`the shelling`), or
/// after a preposition unless it is a gerund (`in clashes`, but `for rushing`).
fn is_noun_context(word: &str, gerund: bool) -> bool {
    matches!(word, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our")
        || (is_preposition(word) && word != "to" && !gerund)
}

/// Whether the trigger at `at` tells of the past beyond the news: its sentence names a
/// date that ended more than a year before the article (`the 1994 ceasefire that
/// Armenia and Azerbaijan signed`) and no later one, or the date nearest the trigger
/// in its own part of the sentence between commas (a relative clause is part of what
/// it follows) is such a date. Such background is not coded as a new event; an act
/// dated nearer the news is, whatever an aside recalls (`arrived in Rome on Wednesday,
/// his third visit since taking office in 2021`; `demanded on Thursday that Paris open
/// its archives on the 1944 massacre`).
fn in_background(doc: &Doc, sentence: usize, at: usize) -> bool {
    let Some(today) = doc.date else {
        return false;
    };
    let all_dates = within(&doc.dates, doc.sentences[sentence].span, |d| d.span);
    if all_dates.is_empty() {
        return false;
    }
    let tokens = doc.sentences[sentence].tokens();
    // A relative clause after the trigger dates what it describes, not the act:
    // `released 12 activists who had been detained after the July 2024 elections`; after
    // a trigger in a relative clause itself (`the TPLF, which fought a war that ended in
    // 2022`) it dates the clause.
    let clause_start = (tokens.start..at).rev().find(|&i| doc.token_text(i) == ",").unwrap_or(tokens.start);
    // `said, however, that Vilnius would not ease sanctions`: a reported clause is no
    // relative clause.
    let relative_at = |i: usize| {
        let word = doc.token_text(i);
        is_relative_word(word) && !(word == "that" && i > tokens.start && doc.token_text(i - 1) == ",")
    };
    let in_relative = (clause_start..at).any(relative_at);
    let describes = (at + 1..tokens.end)
        .filter(|_| !in_relative)
        .find(|&i| is_relative_word(doc.token_text(i)))
        .map(|first| first..(first..tokens.end).find(|&i| doc.token_text(i) == ",").unwrap_or(tokens.end));
    // So does one set off by commas before it, after its subject: `Saudi Arabia, which
    // hosted the 2018 signing, offered to mediate`.
    let aside = (tokens.start..at)
        .find(|&i| doc.token_text(i) == "," && i + 1 < at && is_relative_word(doc.token_text(i + 1)))
        .and_then(|comma| (comma + 1..at).find(|&i| doc.token_text(i) == ",").map(|close| comma..close))
        .filter(|aside| at - aside.end <= ASIDE_TO_VERB);
    let own = |d: &doc::DateMention| {
        let first = doc.token_range(d.span).start;
        describes.as_ref().is_none_or(|c| !c.contains(&first)) && aside.as_ref().is_none_or(|c| !c.contains(&first))
    };
    let dates = || all_dates.iter().filter(|d| own(d));
    let old = |d: &&doc::DateMention| {
        d.value.is_some_and(|value| {
            let end = value.end.unwrap_or(value.start);
            end.last_day().is_some_and(|last| today.to_days() - last.to_days() > DAYS_OF_BACKGROUND)
        })
    };
    if !dates().any(|d| old(&d)) {
        return false;
    }
    if dates().all(|d| old(&d) || d.value.is_none()) {
        return true;
    }
    // A relative clause goes on with the part before it: `the 1944 massacre, in which
    // troops killed dozens`.
    let relative = |i: usize| {
        let word = |i: usize| if i < tokens.end { doc.token_text(i) } else { "" };
        let is_relative = |w: &str| w != "that" && is_relative_word(w);
        is_relative(word(i)) || is_preposition(word(i)) && is_relative(word(i + 1))
    };
    let part_break = |i: &usize| matches!(doc.token_text(*i), "," | ";" | ":" | "—" | "–") && !relative(*i + 1);
    let part_start = (tokens.start..at).rev().find(part_break).map_or(tokens.start, |i| i + 1);
    let part_end = (at..tokens.end).find(part_break).unwrap_or(tokens.end);
    let distance = |d: &&doc::DateMention| doc.token_range(d.span).start.abs_diff(at);
    let in_part =
        |d: &&doc::DateMention| d.value.is_some() && (part_start..part_end).contains(&doc.token_range(d.span).start);
    dates().filter(in_part).min_by_key(distance).is_some_and(|d| old(&d))
}

/// The most tokens from the comma that closes a relative clause after a subject to the
/// verb it is the subject of (`, on Sunday offered`).
const ASIDE_TO_VERB: usize = 5;

/// A word that opens a relative clause: `which`, `who`, `that`.
fn is_relative_word(word: &str) -> bool {
    matches!(word, "which" | "who" | "whom" | "whose" | "where" | "when" | "that")
}

/// Whether a sentence reports sport, where countries are teams and `beat`, `attack` and
/// `shot` are no violence: a word only sport uses, or a score (`2-1`) with a result
/// verb (a vote count, `passed 13-0`, is politics).
fn sports_report(doc: &Doc, tokens: std::ops::Range<usize>) -> bool {
    let mut score = false;
    let mut result = false;
    for i in tokens.clone() {
        let word = doc.token_text(i);
        if SPORT_SHAPES.may_hold(word) && doc::with_lowercase(word, |w| SPORT_WORDS.contains(&w)) {
            return true;
        }
        score |= i + 2 < tokens.end && is_score(doc, i);
        result |= matches!(word, "beat" | "beats" | "defeated" | "defeats" | "thrashed" | "drew" | "won" | "lost");
    }
    score && result
}

/// The shapes of [`SPORT_WORDS`]: every word of a sentence with a trigger is asked.
static SPORT_SHAPES: std::sync::LazyLock<lexicon::Shapes> =
    std::sync::LazyLock::new(|| lexicon::Shapes::of(SPORT_WORDS.iter().copied()));

/// Words that name sport and nothing else in the news.
const SPORT_WORDS: &[&str] = &[
    "match",
    "matches",
    "tournament",
    "championship",
    "championships",
    "qualifier",
    "qualifiers",
    "semi-final",
    "semifinal",
    "quarter-final",
    "quarterfinal",
    "olympics",
    "footballer",
    "goalkeeper",
    "striker",
    "midfielder",
    "stoppage-time",
    "penalties",
];

/// A score at token `at`: two numbers of at most two digits joined by a hyphen, with no
/// space between (`2-1`, not `2020-21`).
fn is_score(doc: &Doc, at: usize) -> bool {
    let short_number = |i: usize| {
        let word = doc.token_text(i);
        (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
    };
    let joined = |i: usize| doc.tokens[i].span.end == doc.tokens[i + 1].span.start;
    short_number(at) && doc.token_text(at + 1) == "-" && short_number(at + 2) && joined(at) && joined(at + 1)
}

fn in_quote(doc: &Doc, span: Span) -> Option<&doc::Quote> {
    covering(&doc.quotes, span, |q| q.span)
}

/// Where an event was found: its sentence, the trigger token and the token after the
/// pattern's last word.
#[derive(Clone)]
struct Site {
    sentence: u32,
    /// Where the sentence's events happened ([`event_place`]).
    place: Option<u32>,
    /// The tokens read: the sentence, or its window.
    tokens: std::ops::Range<usize>,
    at: usize,
    pattern_end: usize,
    /// Done, or only announced or refused, and coded as such.
    stance: Stance,
}

/// How a trigger's sentence reports its act.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stance {
    Done,
    /// Announced (`will send`, `ready to`): coded as the intent to do it ([`intent_to`]).
    Intended,
    /// Refused (`refused to release`, `would not ease`): coded as the refusal of it
    /// ([`refusal_of`]).
    Refused,
}

impl Stance {
    /// The code of `act` reported so; `None` where CAMEO has none (an attack announced
    /// or refused is no event).
    fn code(self, act: EventCode) -> Option<EventCode> {
        match self {
            Stance::Done => Some(act),
            Stance::Intended => intent_to(act),
            Stance::Refused => refusal_of(act),
        }
    }
}

/// The events one matched entry reports; `tree`, when the trigger's sentence is parsed.
fn coded_events(
    doc: &Doc,
    context: &Context,
    mentions: &[Mention],
    entry: &Entry,
    site: Site,
    tree: Option<&Tree>,
    earlier: &Tally,
) -> Vec<Event> {
    let Site { sentence, place, ref tokens, at, pattern_end, stance } = site;
    let trigger = doc.tokens[at].span.cover(doc.tokens[pattern_end - 1].span);
    let end = clause_end(doc, pattern_end, tokens.end);
    // Forces sent to help or protect another are military protection given it, no show
    // of force: `deployed fighter jets and troops to help Benin's government`.
    let helped_at = (entry.code.root() == "15").then(|| help_purpose(doc, pattern_end, end)).flatten();
    let flat = || flat_reading(doc, context, mentions, entry, &site);
    // A participle that describes a noun (`67 Afghan men convicted of serious crimes`)
    // says what befell it: who did it is its agent or no one named, never the
    // sentence's subject.
    let described = tree.is_some_and(|tree| tree.describes_noun(doc, at, tokens));
    let (sources, targets) = if entry.flags.judge {
        // An evaluation is the speaker's, whatever the tree of the reported clause says.
        let (sources, targets) = judged(doc, context.codebook, mentions, at, tokens.start);
        (unread(sources), unread(targets))
    } else if let Some(tree) = tree.filter(|_| !between_sides(doc, entry, pattern_end)) {
        let reader = tree::Reader { doc, codebook: context.codebook, tree, window: tokens.start..end, mentions };
        prefer_tree(reader.read(entry, at, pattern_end), flat, !described)
    } else {
        let (sources, targets) = flat();
        (unread(sources), unread(targets))
    };
    // A statement that acts (`The statement warned that Japan would pay a dear price`)
    // is its author's: whoever the story's latest statement was.
    let sources = match sources.is_empty().then(|| statement_subject(doc, at, tokens.start)).flatten() {
        Some(statement) => latest_source(earlier, STATEMENTS, doc.tokens[statement].span),
        None => sources,
    };
    // A pronoun subject no name resolves continues the story's latest actor: `North
    // Korea's foreign ministry condemned the drills. It also accused Washington of …`.
    let continued = sources.is_empty() && !is_passive(doc, &context.codebook.lexicon, at, tokens.start);
    let sources = match continued.then(|| pronoun_subject(doc, at, tokens.start)).flatten() {
        Some(pronoun) => pronoun_source(earlier, sentence, doc.tokens[pronoun].span),
        None => sources,
    };
    // What a relative clause tells of an event noun is that event's, done by whoever did
    // it, not by the sentence's subject: `the UAE condemned the attack, which killed two
    // workers`.
    let sources = match told_of_event_noun(doc, at, tokens.start) {
        Some(roots) => latest_source(earlier, roots, doc.tokens[at].span),
        None => sources,
    };
    // An act inside an absolute phrase is of no one the clause before it names: `the
    // agency said the toll had risen, with thousands more killed in Syria`.
    let sources = match absolute_phrase_start(doc, at, tokens) {
        Some(comma) => sources.into_iter().filter(|(m, _)| m.first > comma).collect(),
        None => sources,
    };
    // Two sides act together only in what they do with each other (`the two countries
    // signed`); `let the two sides swap prisoners` says nothing of either alone.
    let sources = if entry.flags.mutual { both_of_pairs(sources) } else { without_pairs(sources) };
    let targets = both_of_pairs(targets);
    // A verb whose relative clause has a pronoun of its own for subject acts on the noun
    // the clause follows: `sanctions on eight officials it accused of persecution`.
    let subject_pronoun_before =
        !entry.pattern.starts_with('=') && at >= tokens.start + 2 && is_subject_pronoun(doc.token_text(at - 1));
    let relative_object = subject_pronoun_before.then(|| mentions.iter().find(|m| m.end == at - 1)).flatten();
    let (sources, targets) = match relative_object {
        // The pronoun is whoever acted last: the main clause's subject.
        Some(object) => {
            let pronoun = pronoun_source(earlier, sentence, doc.tokens[at - 1].span);
            (if pronoun.is_empty() { sources } else { pronoun }, vec![(*object, DepChain::default())])
        }
        None => (sources, targets),
    };
    // Protection is for whom the forces help (`to help Benin's government`), else for
    // where they go (`sent police to Haiti to help fight gangs`: the gangs are fought;
    // `to protect the government`: which one, only where they go says).
    let helped_object = |m: &&Mention| {
        let named = !m.borrowed_country;
        named && helped_at.is_some_and(|verb| m.end <= end && before_determiners(doc, m.first) == verb + 1)
    };
    let helped = mentions.iter().find(helped_object);
    let targets = match helped {
        Some(helped) => vec![(*helped, DepChain::default())],
        None if helped_at.is_some() => targets.into_iter().filter(|(m, _)| !m.borrowed_country).collect(),
        None => targets,
    };
    // What carries relief (`a convoy carrying food`, `landed with relief goods`): a
    // cargo entry codes nothing else, and an arrival carrying it is aid (below).
    let carried =
        sources.iter().any(|(m, _)| carries_aid(doc, m, tokens.start, at)) || brings_aid(doc, pattern_end, end);
    if entry.flags.cargo && !carried {
        return Vec::new();
    }
    // A protest at a state's seat abroad or outside a body's house is against that state
    // or body ([`protested_seat`]); an appeal is to the one its pattern addresses
    // (`pleaded with the United States for help against the gangs`), not to what the
    // help is against.
    let seat = entry.flags.place_government.then(|| protested_seat(doc, mentions, at, end)).flatten();
    let targets = if let Some(seat) = seat {
        vec![(*seat, DepChain::default())]
    } else if entry.code.root() == "02" && targets.iter().all(|(target, _)| target.first >= pattern_end) {
        let inside_pattern = |m: &&Mention| m.aimed && m.first > at && m.end < pattern_end;
        let addressed: Vec<Reading> =
            mentions.iter().filter(inside_pattern).map(|m| (*m, DepChain::default())).collect();
        if addressed.is_empty() {
            targets
        } else {
            addressed
        }
    } else {
        targets
    };
    // Talks a third party hosts (`talks in Moscow hosted by Russia`) are its mediation
    // between the story's two sides, as is a mediation that names no party (`the UAE
    // provided humanitarian mediation`, `Egypt and Qatar mediated the deal`).
    let trigger_span = doc.tokens[at].span;
    let hosts = matches!(entry.code.as_str(), HOST_A_VISIT | MEDIATE) || entry.flags.hosts;
    let mediates = entry.code.as_str() == MEDIATE && targets.is_empty();
    let mediated = (hosts && hosts_talks(doc, at, tokens.start) || mediates)
        .then(|| earlier.story_sides())
        .flatten()
        .filter(|&(one, other)| !sources.iter().any(|(s, _)| same_country(s.code, one) || same_country(s.code, other)));
    let targets = match mediated {
        Some((one, other)) => {
            [one, other].map(|side| (Mention::elsewhere(trigger_span, side), DepChain::default())).to_vec()
        }
        None => targets,
    };
    let sentence_span = doc.sentences[sentence as usize].span;
    // A side is read as the act is coded: what a refusal is aimed at in a country's name
    // is its government's, as for any rejection; protection, like any aid, goes to the
    // country itself.
    let protection = helped_at.and_then(|_| EventCode::new(MILITARY_PROTECTION));
    let coded_as = if stance == Stance::Refused { stance.code(entry.code) } else { protection }.unwrap_or(entry.code);
    let side = |(mention, chain): &Reading, role: Role| (actor(doc, mention, role, coded_as), *chain);
    let claim = entry.code.as_str() == CLAIM_RESPONSIBILITY;
    // Only a disapproval (11) or a rejection (12) is never of the state's own act.
    let critics = if matches!(entry.code.root(), "11" | "12") { sources.as_slice() } else { &[] };
    let passive = is_passive(doc, &context.codebook.lexicon, at, tokens.start);
    let window = reference_window(doc, entry, (at, pattern_end, passive), tokens.start..end);
    let referred = referred_event(doc, window, end, earlier, claim, critics);
    let targets = if referred.is_some_and(|referred| referred.decides) { Vec::new() } else { targets };
    // The weapons a show of force displays are the actor's own, not whom it is aimed at
    // (`fired ballistic missiles`): it is aimed at where it happens.
    let displayed = |(m, _): &Reading| {
        let own = m.borrowed_country || sources.iter().any(|(s, _)| same_country(s.code, m.code));
        own && doc::with_lowercase(doc.token_text(m.end.saturating_sub(1)), mentions::is_weapon)
    };
    let shown_where_it_happens = entry.code.root() == "15" && entry.flags.place_country;
    let targets =
        if shown_where_it_happens { targets.into_iter().filter(|t| !displayed(t)).collect() } else { targets };
    let mut pairs: Vec<((Actor, DepChain), (Actor, DepChain))> = Vec::new();
    if entry.flags.mutual && sources.len() >= 2 {
        // `Armenia and Azerbaijan agreed`: each acts with the first. Fire and prisoners
        // exchanged go both ways: `Thai and Cambodian troops exchanged fire`.
        let first = side(&sources[0], Role::Source);
        let both_ways = fights(entry.code) || entry.code.base() == "084";
        for other in &sources[1..] {
            let other = side(other, Role::Source);
            pairs.push((first, other));
            if both_ways {
                pairs.push((other, first));
            }
        }
    } else if targets.is_empty() {
        // A noun naming an earlier act names its actor first: `marched against the
        // arrest` is against the police, a plain protest against the government.
        let fallback = |source: &Mention| {
            // What is asked of a state's organ is asked of its government: `demanded the
            // release of the official` the French police arrested asks France.
            let referred = referred.map(|Referred { actor, .. }| match asks(entry.code).then(|| as_side(actor.code)) {
                Some(Some(government)) if is_state(actor.code) => Actor { code: government, ..actor },
                _ => actor,
            });
            referred.or_else(|| {
                if entry.code.as_str() == REPRESS {
                    // Force used with no one named (`police fired tear gas to break up a
                    // roadblock`) is used on the story's latest protesters.
                    earlier.latest_first(&["14"]).next().map(|protest| protest.source)
                } else if entry.code.as_str() == STEP_DOWN {
                    // A resignation accedes to whoever last demanded one (`demanded the
                    // resignation of the cabinet`, `marched to demand his resignation`).
                    let demands_resignation = |e: &&Event| LEADERSHIP_CHANGE_DEMANDS.contains(&e.code.as_str());
                    earlier.latest_first(&["02", "10", "14"]).find(demands_resignation).map(|demand| demand.source)
                } else if entry.flags.own_country {
                    country_of(source.code).map(|code| Actor { span: source.span, code })
                } else if entry.flags.place_country {
                    // Not where the source comes from: `North Korea fired a missile` falls
                    // where the story is filed from.
                    let own = place.is_some_and(|p| source.span.contains(doc.places[p as usize].span));
                    // Nor where another clause's act happens: `Saudi Arabia pledged aid,
                    // while China said it would provide relief supplies`.
                    let clause = doc.tokens[clause_start(doc, tokens.start, at)].span.start;
                    let other_clause = place.is_some_and(|p| doc.places[p as usize].span.start < clause);
                    let place = if own || other_clause { dateline_place(doc) } else { place };
                    place_country(context.gazetteer, doc, place, false)
                } else if entry.flags.place_government {
                    // A government is challenged at home: `Tunisia's union warned it could
                    // call a general strike`.
                    place_country(context.gazetteer, doc, place, true)
                } else if entry.code.root() == "13" {
                    // A threat that names no one is aimed at the story's other side:
                    // `Belarus denied the accusation and threatened to respond in kind`.
                    let (one, other) = earlier.story_sides()?;
                    let other_side = if same_country(source.code, one) {
                        other
                    } else if same_country(source.code, other) {
                        one
                    } else {
                        return None;
                    };
                    Some(Actor { span: doc.tokens[at].span, code: other_side })
                } else {
                    None
                }
            })
        };
        for source in &sources {
            if let Some(target) = fallback(&source.0) {
                pairs.push((side(source, Role::Source), (target, DepChain::default())));
            }
        }
    } else {
        for source in &sources {
            let source = side(source, Role::Source);
            for target in &targets {
                let (mut target_actor, chain) = side(target, Role::Target);
                // Forces the pattern itself names (`amassed troops`, `held military
                // exercises`) are the actor's own unless their words say whose, and so
                // are those a state arrests, represses or frees (`Venezuelan authorities
                // released 12 opposition activists`): a role that only borrowed the
                // story's country takes the source's.
                let held = matches!(entry.code.root(), "08" | "17") && !source.0.code.as_str().starts_with("IGO");
                if target.0.borrowed_country && (held || named_by_pattern(doc, entry, &target.0, at, pattern_end)) {
                    target_actor.code = own_role(source.0.code, target_actor.code).unwrap_or(target_actor.code);
                }
                pairs.push((source, (target_actor, chain)));
            }
        }
    }
    // An arrest reported with no one making it is the police's, where it happened:
    // `27 protesters were detained in Lima`.
    if sources.is_empty()
        && entry.code.as_str() == ARREST
        && (described || is_passive(doc, &context.codebook.lexicon, at, tokens.start))
    {
        let police = place_country(context.gazetteer, doc, place, false)
            .and_then(|country| ActorCode::new(&format!("{}{POLICE}", country.code.as_str())));
        if let Some(police) = police {
            let police = (Actor { span: doc.tokens[at].span, code: police }, DepChain::default());
            pairs.extend(targets.iter().map(|target| (police, side(target, Role::Target))));
        }
    }
    // A person or a delegation of another state received or welcomed is a visitor
    // hosted (043); `received aid from Qatar` hosts nobody.
    let hosted = entry.flags.hosts
        && mediated.is_none()
        && !targets.is_empty()
        && targets.iter().all(|(target, _)| visitor(doc, context.codebook, target, &sources));
    if entry.flags.hosts && !hosted && entry.code.as_str() == HOST_A_VISIT {
        return Vec::new();
    }
    // Aid a state brings to its own people is relief at home, no aid between actors:
    // `the Government of National Unity sent doctors and medicine to Benghazi`.
    if entry.code.root() == "07" || helped_at.is_some() {
        pairs.retain(|((source, _), (target, _))| {
            let country = country_of(source.code);
            country.is_none() || country != country_of(target.code)
        });
    }
    // The code, found only for an entry that reports an event.
    if pairs.is_empty() {
        return Vec::new();
    }
    // A request refused, promised or repeated is as specific as the request it refers to:
    // `Algeria rejected the call` after a call to lift trade restrictions (0254) refuses
    // to ease them (1244).
    let lexicon = &context.codebook.lexicon;
    let requested = referred.and_then(|referred| lexicon.parallel(referred.code, entry.code.root()));
    let refined = match refined_code(doc, context.codebook, entry, at, pattern_end, end) {
        own if own == entry.code => requested.filter(|code| descends(*code, own)).unwrap_or(own),
        refined => refined,
    };
    // An accusation rejected or judged (`rejected the accusation`, `said the accusations
    // were baseless`) is denied.
    let accusation_denied = matches!(entry.code.root(), "11" | "12")
        && referred.is_some_and(|referred| referred.of_kind && referred.code.base() == ACCUSE);
    let refined = if accusation_denied { EventCode::new(DENY).unwrap_or(refined) } else { refined };
    let refined = protection.unwrap_or(refined);
    // Talks hosted for one party named before them (`hosted To Lam for summit talks`)
    // host its visit (043); a mediation hosts two (`hosted talks between`).
    let guest = |(m, _): &Reading| m.first > at && m.end < pattern_end;
    let refined = if mediated.is_some() {
        EventCode::new(MEDIATE).unwrap_or(refined)
    } else if hosted || refined.as_str() == MEDIATE && targets.len() == 1 && targets.iter().all(guest) {
        EventCode::new(HOST_A_VISIT).unwrap_or(refined)
    } else {
        refined
    };
    let refined = stance.code(refined).unwrap_or(refined);
    // A meeting by phone or video is a call (041): `discussed the attack by phone with`.
    let called = refined.root() == "04" && (at..end).any(|i| doc::with_lowercase(doc.token_text(i), is_call_medium));
    let refined = if called { EventCode::new(PHONE_CALL).unwrap_or(refined) } else { refined };
    // Aid that arrives is aid given, not a visit: `a Turkish aid ship arrived in Tripoli`.
    let arrived_aid = refined.as_str() == ARRIVE && carried;
    let refined = if arrived_aid { EventCode::new(HUMANITARIAN_AID).unwrap_or(refined) } else { refined };
    // Talks between two states held in one of them are its hosting the other's visit
    // (043), the host acting: `Xi Jinping held talks with Marcos` in Beijing.
    // Where talks were held is a city or region the sentence or the dateline names, not a
    // country named as one of the sides (`Japan and South Korea held talks`).
    let located = place.is_some_and(|p| {
        let place = &doc.places[p as usize];
        let dateline = doc.dateline.is_some_and(|d| d.place == place.span);
        dateline || place.geo.as_ref().is_some_and(|g| g.kind != doc::PlaceKind::Country)
    });
    let host = (refined.as_str() == CONSULT && located)
        .then(|| place_country(context.gazetteer, doc, place, false))
        .flatten()
        .map(|country| country.code);
    // Whether the host is the pair's target (the sides swap) or its source; `None` where
    // neither government is the host's, or the guest is an envoy posted there.
    let hosted_by = |source: &Actor, target: &Actor| {
        let government = |a: &Actor| a.code.as_str().get(3..) == Some("GOV");
        let (host, from, to) = (host?, country_of(source.code)?, country_of(target.code)?);
        let guest = if to == host { source } else { target };
        let hosting = government(source) && government(target) && from != to && (from == host || to == host);
        (hosting && !resident_envoy(doc, guest)).then_some(to == host)
    };
    // The trigger's phrase, from its clause's start to the first comma after the pattern:
    // the weapons it names are those the act used (`attacked Zaporizhzhia with aerial
    // bombs and drones`, `A drone attack … struck a market`).
    let phrase_span = || {
        let phrase_end = (pattern_end..end).find(|&i| doc.token_text(i) == ",").unwrap_or(end);
        doc.tokens[clause_start(doc, tokens.start, at)].span.cover(doc.tokens[phrase_end - 1].span)
    };
    let make =
        |code: EventCode, (source, source_chain): (Actor, DepChain), (target, target_chain): (Actor, DepChain)| {
            // Force that aircraft use is aerial, whatever verb reports it: `warplanes struck`.
            let aerial = code.as_str() == "190" && (airborne(doc, source.span) || airborne(doc, phrase_span()));
            let code = if aerial { EventCode::new("195").unwrap_or(code) } else { code };
            // Force its sentence says was gunfire is a fight with small arms: `gunmen
            // attacked`, `killed five gang members in a shootout`.
            let gunfire = code.as_str() == "190" && small_arms(doc, tokens.clone());
            let code = if gunfire { EventCode::new("193").unwrap_or(code) } else { code };
            // Force the police use on protesters is repression, whatever verb reports it:
            // `beat demonstrators with batons`, `shot dead three marchers`.
            let policing = source.code.as_str().get(3..) == Some(POLICE);
            let repressed = matches!(code.root(), "18" | "19") && policing && names_protesters(doc, target.span);
            let code = if repressed { EventCode::new(REPRESS).unwrap_or(code) } else { code };
            Event {
                sentence,
                trigger,
                evidence: [source.span, target.span]
                    .into_iter()
                    .filter(|span| sentence_span.contains(*span))
                    .fold(trigger, Span::cover),
                source,
                target,
                code,
                goldstein: if code == entry.code { entry.goldstein } else { context.codebook.lexicon.goldstein(code) },
                quad: entry.quad,
                place,
                source_place: actor_place(doc, context, source, place),
                target_place: actor_place(doc, context, target, place),
                mentions: 1,
                rule: entry.pattern,
                lemma: doc::trigger_lemma(entry.trigger),
                rule_line: entry.line,
                path: (!source_chain.is_empty() || !target_chain.is_empty())
                    .then_some(DepPath { source: source_chain, target: target_chain }),
            }
        };
    // An actor acting on itself is no event, nor one aimed at its own bare country
    // (`the ministry denounced … interference in Venezuela`), unless the entry says so;
    // nor is a state fighting itself, whichever of its organs each side names.
    let fights = fights(refined);
    let own = |source: &Actor, target: &Actor| {
        source.code == target.code
            || country_of(source.code).is_some_and(|country| country == target.code)
            || fights && is_state(source.code) && is_state(target.code) && same_country(source.code, target.code)
    };
    let host_a_visit = EventCode::new(HOST_A_VISIT).unwrap_or(refined);
    pairs
        .into_iter()
        .filter(|(source, target)| !own(&source.0, &target.0) || (targets.is_empty() && entry.flags.own_country))
        .map(|(s, t)| match hosted_by(&s.0, &t.0) {
            Some(true) => make(host_a_visit, t, s),
            Some(false) => make(host_a_visit, s, t),
            None => make(refined, s, t),
        })
        .collect()
}

/// A visit made (CAMEO 042), and humanitarian aid given (073).
const ARRIVE: &str = "042";
const HUMANITARIAN_AID: &str = "073";

/// Whether the phrase of a mention before the trigger at `at` names aid on its way: `a
/// Turkish aid ship`, `the first shipment of Saudi humanitarian aid`, `a Kuwaiti relief
/// aircraft`.
fn carries_aid(doc: &Doc, mention: &Mention, sentence_start: usize, at: usize) -> bool {
    // Around the name, not in it: `the Humanitarian Aid and Relief Centre` carries nothing.
    let before = mention.first.saturating_sub(AID_PHRASE_WORDS).max(sentence_start)..mention.first;
    let after = mention.end..(mention.end + AID_PHRASE_WORDS).min(at);
    before.chain(after).any(|i| doc::with_lowercase(doc.token_text(i), names_aid))
}

/// Whether the clause after a trigger (from `after` to `end`) says what it brings is aid:
/// `landed in Karachi with relief goods`, `arrived carrying 40 tonnes of food`.
fn brings_aid(doc: &Doc, after: usize, end: usize) -> bool {
    let opens = (after..end).find(|&i| matches!(doc.token_text(i), "with" | "carrying" | "bringing"));
    opens.is_some_and(|open| {
        (open + 1..end.min(open + 1 + AID_PHRASE_WORDS)).any(|i| doc::with_lowercase(doc.token_text(i), names_aid))
    })
}

/// The most words either side of a name read for the aid its phrase names (`the first
/// shipment of Saudi`, `planes carrying tents, blankets and food`).
const AID_PHRASE_WORDS: usize = 5;

/// Whether a word names aid or the relief goods it comes in.
fn names_aid(word: &str) -> bool {
    word == "aid" || is_relief(word)
}

/// Words of relief and the goods it is given in (food, medicine, shelter), which make
/// aid humanitarian.
fn is_relief(word: &str) -> bool {
    matches!(
        word,
        "food"
            | "rice"
            | "wheat"
            | "flour"
            | "grain"
            | "medicine"
            | "medicines"
            | "medical"
            | "tents"
            | "blankets"
            | "vaccines"
            | "water"
            | "relief"
            | "emergency"
            | "humanitarian"
    )
}

/// Acceding to a demand for a change in leadership (a resignation), and the demands it
/// accedes to: appealed for, demanded, protested for (141 to 145).
const STEP_DOWN: &str = "0831";
const LEADERSHIP_CHANGE_DEMANDS: &[&str] = &["0241", "1041", "1411", "1421", "1431", "1441", "1451"];

/// CAMEO's arrest or detention, and the role of those who make one unnamed.
const ARREST: &str = "173";
/// Violent repression: tear gas, water cannon, live fire on a crowd.
const REPRESS: &str = "175";
const POLICE: &str = "COP";

/// Whether words (an actor's, an act's phrase) name aircraft (CAMEO 195, employ aerial
/// weapons): `Turkish warplanes`, `the Thai air force`, `with aerial bombs`.
fn airborne(doc: &Doc, span: Span) -> bool {
    let range = doc.token_range(span);
    range.clone().any(|i| {
        doc::with_lowercase(doc.token_text(i), |word| {
            AIRCRAFT.contains(&word) || (word == "air" && i + 1 < range.end && doc.token_text(i + 1) == "force")
        })
    })
}

/// Whether tokens name a fight with small arms (CAMEO 193): `in a shootout`, `a gun
/// battle`, `gunmen attacked`.
fn small_arms(doc: &Doc, tokens: std::ops::Range<usize>) -> bool {
    tokens.clone().any(|i| {
        doc::with_lowercase(doc.token_text(i), |word| {
            SMALL_ARMS_FIGHTS.contains(&word)
                || (word == "gun" && i + 1 < tokens.end && matches!(doc.token_text(i + 1), "battle" | "battles"))
                || (word == "exchange"
                    && i + 2 < tokens.end
                    && doc.token_text(i + 1) == "of"
                    && doc.token_text(i + 2) == "fire")
        })
    })
}

/// Words of fights with small arms.
const SMALL_ARMS_FIGHTS: &[&str] = &[
    "gunfight",
    "gunfights",
    "shootout",
    "shootouts",
    "shoot-out",
    "firefight",
    "firefights",
    "gunbattle",
    "gunmen",
    "gunman",
];

/// Nouns of aircraft that strike, and the adjective of what they drop (`aerial bombs`).
const AIRCRAFT: &[&str] = &[
    "aerial",
    "warplane",
    "warplanes",
    "jet",
    "jets",
    "aircraft",
    "helicopter",
    "helicopters",
    "gunships",
    "bombers",
    "drone",
    "drones",
];

/// The readings with each phrase that names two sides (`both sides`) read as each.
fn both_of_pairs(readings: Vec<Reading>) -> Vec<Reading> {
    if readings.iter().all(|(mention, _)| mention.other_side.is_none()) {
        return readings;
    }
    let mut both = Vec::with_capacity(readings.len() + 1);
    for (mention, chain) in readings {
        both.push((mention, chain));
        if let Some(code) = mention.other_side {
            both.push((Mention { code, other_side: None, ..mention }, chain));
        }
    }
    both
}

/// The readings less the phrases that name two sides.
fn without_pairs(mut readings: Vec<Reading>) -> Vec<Reading> {
    readings.retain(|(mention, _)| mention.other_side.is_none());
    readings
}

/// Actors of the flat reading, which follows no path in a tree.
fn unread(mentions: Vec<Mention>) -> Vec<Reading> {
    mentions.into_iter().map(|m| (m, DepChain::default())).collect()
}

/// Each side from the tree where the tree names an actor on it, else from the flat
/// reading: a parser error (a subject attached to the wrong verb, an object left as
/// `dep`) then costs no more than the sentence had before it was parsed. A mention the
/// tree put on one side is not taken from the flat reading for the other; without
/// `flat_sources`, the sources are the tree's alone.
fn prefer_tree(
    (sources, targets): (Vec<Reading>, Vec<Reading>),
    flat: impl FnOnce() -> (Vec<Mention>, Vec<Mention>),
    flat_sources: bool,
) -> (Vec<Reading>, Vec<Reading>) {
    if (!sources.is_empty() || !flat_sources) && !targets.is_empty() {
        return (sources, targets);
    }
    let (flat_sources_read, flat_targets) = flat();
    let fill = |read: Vec<Reading>, flat: Vec<Mention>, other: &[Reading]| {
        if !read.is_empty() {
            return read;
        }
        let taken = |m: &Mention| other.iter().any(|(o, _)| o.span == m.span);
        unread(flat.into_iter().filter(|m| !taken(m)).collect())
    };
    let sources = if flat_sources { fill(sources, flat_sources_read, &targets) } else { sources };
    let targets = fill(targets, flat_targets, &sources);
    (sources, targets)
}

/// Whether a mutual act's noun names its sides after `between` (`clashes between the
/// army and M23 rebels`): they are its sources, each acting with the first, whatever
/// verb the noun is the subject of.
fn between_sides(doc: &Doc, entry: &Entry, pattern_end: usize) -> bool {
    entry.flags.mutual && entry.pattern.starts_with('=') && doc.token_text(pattern_end - 1) == "between"
}

/// The flat reading of a trigger's source and target: the subject before the verb, the
/// first actor after its pattern, the agent after `by` or `from` in a passive.
fn flat_reading(
    doc: &Doc,
    context: &Context,
    mentions: &[Mention],
    entry: &Entry,
    site: &Site,
) -> (Vec<Mention>, Vec<Mention>) {
    let Site { ref tokens, at, pattern_end, .. } = *site;
    let trigger = doc.tokens[at].span.cover(doc.tokens[pattern_end - 1].span);
    let end = clause_end(doc, pattern_end, tokens.end);
    let literal = entry.pattern.starts_with('=');
    // A `by` the pattern names is the verb's own (`spoke by phone`), no agent.
    let names_by = matches!(entry.follows.first(), Some(Follow::Near(word)) if &**word == "by");
    let passive =
        entry.flags.undergo || (!literal && !names_by && is_passive(doc, &context.codebook.lexicon, at, tokens.start));
    if between_sides(doc, entry, pattern_end) {
        return (agents(doc, mentions, pattern_end, end), Vec::new());
    }
    if passive {
        let agent = (pattern_end..end).find(|&i| matches!(doc.token_text(i), "by" | "from"));
        let mut sources = agent.map(|a| agents(doc, mentions, a + 1, end)).unwrap_or_default();
        let targets = subject_group(doc, mentions, at, tokens.start, literal);
        // Whoever held those released frees them: `hostages held by Hamas were freed`.
        if sources.is_empty() && entry.code.base() == "084" {
            sources = holder(doc, &context.codebook.lexicon, mentions, &targets, at);
        }
        (sources, targets)
    } else {
        // Aid named by who brings it: `rescue teams from Egypt and Turkey`.
        let brought_by = |from: Option<usize>, end: usize| {
            from.filter(|_| entry.flags.place_country).map(|f| agents(doc, mentions, f + 1, end)).unwrap_or_default()
        };
        let from_after = (pattern_end < end && doc.token_text(pattern_end) == "from").then_some(pattern_end);
        let mut sources = brought_by(from_after, end);
        // A noun's own agent acts, wherever its `by` falls in the noun's phrase: `an
        // attack by al-Shabaab on the academy`, `the attack on the academy by al-Shabaab`;
        // whoever condemned it did not.
        let noun_agent =
            if literal { mentions.iter().position(|m| m.agent && m.first > at && m.end <= end) } else { None };
        if sources.is_empty() {
            if let Some(index) = noun_agent {
                sources = list_from(doc, mentions, index, end);
            }
        }
        if sources.is_empty() {
            sources = subject_group(doc, mentions, at, tokens.start, literal);
        }
        // A noun in the phrase a sentence opens with is the act of the sentence's
        // subject: `During a visit to Baghdad, Iranian Foreign Minister Abbas Araghchi
        // signed`.
        if sources.is_empty() && literal {
            sources = opening_phrase_subject(doc, mentions, at, tokens.clone());
        }
        if sources.is_empty() {
            sources.extend(first_person_speaker(doc, mentions, trigger));
        }
        // `aircraft from China … landed with relief goods`.
        if sources.is_empty() {
            sources = brought_by((tokens.start..at).rev().find(|&i| doc.token_text(i) == "from"), at);
        }
        // `mediated between Russia and Ukraine`: both parties, right after the pattern.
        let between = (pattern_end - 1..(pattern_end + 1).min(end)).find(|&i| doc.token_text(i) == "between");
        let object = at + 1..object_end(doc, context.codebook, pattern_end, end);
        let mut targets = match between {
            Some(between) => agents(doc, mentions, between + 1, end),
            // The noun's agent is no target of it: the target is what else its phrase names.
            None if noun_agent.is_some() => {
                let others: Vec<Mention> = mentions.iter().filter(|m| !(m.agent && m.first > at)).copied().collect();
                group_after(doc, &others, object, (entry, pattern_end))
            }
            None => group_after(doc, mentions, object, (entry, pattern_end)),
        };
        // A mediation names its parties wherever its clause says `between`: `mediating the
        // exchange of 410 captives between Russia and Ukraine`.
        if targets.is_empty() && entry.code.as_str() == MEDIATE {
            if let Some(between) = (pattern_end..end).find(|&i| doc.token_text(i) == "between") {
                targets = agents(doc, mentions, between + 1, end);
            }
        }
        // Who brings aid (`rescue teams from Egypt`) is not whom it reaches.
        targets.retain(|t| !sources.iter().any(|s| s.span == t.span));
        (sources, targets)
    }
}

/// The subject after the comma that closes the prepositional phrase a sentence opens
/// with, when token `at` is inside it (`During a visit to Baghdad, Araghchi signed`).
fn opening_phrase_subject(doc: &Doc, mentions: &[Mention], at: usize, tokens: std::ops::Range<usize>) -> Vec<Mention> {
    if !opens_with_preposition(doc, tokens.start) {
        return Vec::new();
    }
    let Some(comma) = (at + 1..tokens.end).find(|&i| doc.token_text(i) == ",") else {
        return Vec::new();
    };
    let subject_at = after_determiners(doc, comma + 1, tokens.end);
    match mentions.iter().position(|m| m.first <= subject_at && subject_at < m.end && m.first > comma) {
        Some(index) => list_from(doc, mentions, index, tokens.end),
        None => Vec::new(),
    }
}

#[derive(PartialEq)]
enum Role {
    Source,
    Target,
}

/// The event side of a mention: a country named as the one who acts (`Russia accused`,
/// `Pakistan's foreign office condemned`), or as the one a statement or a sanction is
/// aimed at, stands for its government, but for its military when it fights (`Russia
/// launched 40 missiles`); aid goes to the country itself, and `India's economy` is
/// India's.
fn actor(doc: &Doc, mention: &Mention, role: Role, code: EventCode) -> Actor {
    // A visit is to a country, whoever receives it (CAMEO 042).
    if role == Role::Target && code.base() == "042" {
        if let Some(country) = country_of(mention.code) {
            return Actor { span: mention.span, code: country };
        }
    }
    // A country's organ that names no role acts for its government too: `Pakistan's
    // foreign office condemned`; as a target, `India's economy` is India's, but what a
    // demand, a condemnation, a rejection or a threat is aimed at in a country's name is
    // its government's doing (`condemned Israel's aggression`, `Lithuania's decision`).
    // So is an act a nation's adjective names, whatever is done with it: `called the
    // Russian decision unjustified`, `dismissed the Indian allegations`, `welcomed the
    // Qatari proposal`.
    // A state that fights does it with its military: `Russia launched 40 missiles`, `an
    // Israeli drone strike`.
    if role == Role::Source && fights(code) && mention.code.as_str().len() == 3 {
        if let Some(military) = ActorCode::new(&format!("{}MIL", mention.code.as_str())) {
            return Actor { span: mention.span, code: military };
        }
    }
    let judged_act = matches!(code.root(), "10" | "11" | "12" | "13");
    // What is praised in a country's name is its government's help, as what is
    // condemned is its acts: `praised Kuwait's steadfast support`; `India's economy` is
    // India's.
    let praised_help = code.root() == "05" && mention.possessive && names_help(doc, mention);
    let government = mention.country_only
        && (role == Role::Source
            || (!mention.possessive || judged_act || praised_help) && !matches!(code.root(), "06" | "07" | "08"))
        || role == Role::Target && mention.code.as_str().len() == 3 && names_act(doc, mention);
    let code =
        government.then(|| ActorCode::new(&format!("{}GOV", mention.code.as_str()))).flatten().unwrap_or(mention.code);
    Actor { span: mention.span, code }
}

/// Whether a code is fighting (CAMEO 19, 20): what a state does with its military, with
/// weapons aimed at someone. It closes a border (191), shows force (15) and kills by
/// other means (18) as a state.
fn fights(code: EventCode) -> bool {
    matches!(code.root(), "19" | "20") && code.base() != "191"
}

/// Whether a mention is a nation's adjective before a noun that names a political act
/// (`the Russian decision`, `the French proposal`), which is its government's; an
/// attack (`the Ukrainian attack`) is its forces'.
fn names_act(doc: &Doc, mention: &Mention) -> bool {
    let roots = (mention.end < doc.tokens.len() && mention.end == doc.token_range(mention.span).end)
        .then(|| doc::with_lowercase(doc.token_text(mention.end), referred_roots))
        .flatten();
    roots.is_some_and(|roots| !roots.contains(&"19"))
}

/// Whether the noun after a country's name (`Kuwait's support`) is help or a stance its
/// government gives, a few words of description between (`'s "brotherly and steadfast"
/// support`).
fn names_help(doc: &Doc, mention: &Mention) -> bool {
    let after = doc.token_range(mention.span).end;
    (after..(after + HELP_WINDOW).min(doc.tokens.len())).any(|i| {
        doc::with_lowercase(doc.token_text(i), |w| {
            matches!(
                w,
                "support"
                    | "efforts"
                    | "role"
                    | "mediation"
                    | "help"
                    | "assistance"
                    | "cooperation"
                    | "stance"
                    | "position"
                    | "solidarity"
                    | "initiative"
                    | "leadership"
                    | "commitment"
                    | "hospitality"
            )
        })
    })
}

/// Tokens after a country's name looked through for the help it gives.
const HELP_WINDOW: usize = 7;

/// CAMEO's code for claiming responsibility for an act.
const CLAIM_RESPONSIBILITY: &str = "015";
/// A discussion by telephone or video.
const PHONE_CALL: &str = "041";

/// Words of the medium a call is held over.
fn is_call_medium(word: &str) -> bool {
    matches!(word, "phone" | "telephone" | "videoconference" | "video-conference" | "videolink")
}

/// An accusation (CAMEO 112, all its kinds) and its denial.
const ACCUSE: &str = "112";
const DENY: &str = "016";

/// Whether an actor is named as an envoy posted abroad (`Greek Ambassador Christos
/// Lazaridis`, `the Japanese envoy`): met where they serve, they pay no visit.
fn resident_envoy(doc: &Doc, actor: &Actor) -> bool {
    let tokens = doc.token_range(actor.span);
    (tokens.start.saturating_sub(3)..tokens.end).any(|i| {
        doc::with_lowercase(doc.token_text(i), |w| {
            matches!(w, "ambassador" | "envoy" | "chargé" | "charge" | "diplomat" | "embassy" | "consul")
        })
    })
}

/// CAMEO's code for mediating.
const MEDIATE: &str = "045";

/// Whether the participle at `at` says who hosted talks named just before it (`talks in
/// Moscow hosted by Russia`).
fn hosts_talks(doc: &Doc, at: usize, window_start: usize) -> bool {
    let by_after = at + 1 < doc.tokens.len() && doc.token_text(at + 1) == "by";
    by_after
        && (window_start.max(at.saturating_sub(4))..at)
            .any(|i| matches!(doc.token_text(i), "talks" | "negotiations" | "meeting" | "summit"))
}

/// CAMEO's code for consulting, not specified below.
const CONSULT: &str = "040";

/// CAMEO's code for hosting a visit.
const HOST_A_VISIT: &str = "043";

/// Whether a target is one who can be received as a visitor: a person or a delegation
/// (`Tunisian President Kais Saied`, `the Iraqi delegation`), not the agent of what the
/// object names, of a state none of the sources belongs to.
fn visitor(doc: &Doc, codebook: &Codebook, target: &Mention, sources: &[Reading]) -> bool {
    let person = within(&doc.entities, target.span, |e| e.span).iter().any(|e| e.label == EntityLabel::Person)
        || target.end > target.first && {
            let head = doc.token_text(target.end - 1);
            codebook.words.is_role_word(head)
                || doc::with_lowercase(head, |w| matches!(w, "delegation" | "delegations"))
        };
    let country = country_of(target.code);
    let foreign = sources.iter().all(|(source, _)| country.is_none() || country_of(source.code) != country);
    person && foreign && !target.agent
}

/// Whether the mention's words are all words of the matched pattern (`military
/// exercises` in `held military exercises`).
fn named_by_pattern(doc: &Doc, entry: &Entry, mention: &Mention, at: usize, pattern_end: usize) -> bool {
    let inside = mention.first >= at && mention.end <= pattern_end && mention.first < mention.end;
    inside
        && (mention.first..mention.end).all(|i| {
            let word = doc.token_text(i);
            entry.follows.iter().any(|f| matches!(f, Follow::Near(w) | Follow::Far(w) if word_matches(word, w)))
        })
}

/// The role of `target` held by the country of `source` (`RUSGOV`, `KORMIL` → `RUSMIL`).
fn own_role(source: ActorCode, target: ActorCode) -> Option<ActorCode> {
    let country = country_of(source)?;
    let role = target.as_str().get(3..).filter(|role| !role.is_empty())?;
    ActorCode::new(&format!("{}{role}", country.as_str()))
}

/// The country of a code, when it has one (`TURGOV` → `TUR`).
fn country_of(code: ActorCode) -> Option<ActorCode> {
    let text = code.as_str();
    (text.len() >= 3 && !text.starts_with("IGO")).then(|| ActorCode::new(&text[..3])).flatten()
}

/// A passive trigger: a form of `be` just before it (`were shelled`), or `by` just
/// after a participle (`talks hosted by Russia`).
fn is_passive(doc: &Doc, lexicon: &Lexicon, at: usize, sentence_start: usize) -> bool {
    if !doc::with_lowercase(doc.token_text(at), |w| lexicon.is_past_form(w)) {
        return false;
    }
    let be_before = (sentence_start.max(at.saturating_sub(3))..at).rev().any(|i| is_be(doc.token_text(i)));
    let by_after = at + 1 < doc.tokens.len() && doc.token_text(at + 1) == "by";
    be_before || by_after
}

/// The end of the object: the target is looked for up to a comma that opens an
/// attribution (`…, the ministry said`) or to the next verb that starts an event.
fn object_end(doc: &Doc, codebook: &Codebook, from: usize, end: usize) -> usize {
    for i in from..end {
        let word = doc.token_text(i);
        if word == "," {
            let attribution = (i + 1..end.min(i + 8)).any(|j| {
                let w = doc.token_text(j);
                codebook.words.speech_verb_lemma(w).is_some() || w == "according"
            });
            if attribution {
                return i;
            }
        }
        // `… and said Minsk would retaliate`: a second verb starts another predicate.
        if starts_predicate(doc, codebook, i, end) {
            return i;
        }
        // `…, while aircraft from China landed`: another clause begins; so does a
        // relative `that` whose clause has no subject of its own before its verb (`a
        // tour that will also take him to Algeria`; `warned that Moscow would` is the
        // verb's object).
        if matches!(word, "while" | "whereas" | "which" | "who" | "where")
            || (word == "," && i + 1 < end && matches!(doc.token_text(i + 1), "and" | "but" | "as" | "while"))
            || (word == "that" && i + 1 < end && is_auxiliary(doc.token_text(i + 1)))
        {
            return i;
        }
    }
    end
}

/// Whether an `and` at token `i` (before `end`) joins a second verb, which starts another
/// predicate: `… and said Minsk would retaliate`.
fn starts_predicate(doc: &Doc, codebook: &Codebook, i: usize, end: usize) -> bool {
    if doc.token_text(i) != "and" || i + 1 >= end {
        return false;
    }
    let next = doc.token_text(i + 1);
    // A compound in `-ed` describes a noun: `small arms and rocket-propelled grenades`.
    next.starts_with(|c: char| c.is_ascii_lowercase())
        && (codebook.lexicon.is_action_verb(next)
            || codebook.words.speech_verb_lemma(next).is_some()
            || (next.ends_with("ed") && !next.contains('-')))
}

/// The first token of the clause the token `at` stands in: after `…, while` or `;`.
fn clause_start(doc: &Doc, sentence_start: usize, at: usize) -> usize {
    (sentence_start..at)
        .rev()
        .find(|&i| matches!(doc.token_text(i), "while" | "whereas" | "but" | ";" | "although" | "though"))
        .map_or(sentence_start, |i| i + 1)
}

/// The subject of the trigger at `at`: the nearest mention before it that is neither
/// in a prepositional phrase nor a verb's object, with the mentions coordinated with it
/// (`Armenia and Azerbaijan`). A noun trigger takes its possessor (`Marcos's visit`);
/// a gerund after `for` or `of` takes the object before it (`thanked Greece for
/// rushing`).
fn subject_group(doc: &Doc, mentions: &[Mention], at: usize, sentence_start: usize, literal: bool) -> Vec<Mention> {
    let trigger_quote = in_quote(doc, doc.tokens[at].span).map(|q| q.span);
    let gerund =
        at > sentence_start && doc.token_text(at).ends_with("ing") && matches!(doc.token_text(at - 1), "for" | "of");
    // The subject stands in the verb's own clause: not before `…, while` or `;`.
    let clause_start = clause_start(doc, sentence_start, at);
    // A relative clause whose pronoun is its subject (no other actor stands before the
    // verb) acts for the name it follows, whatever governs that name: `talks with
    // Chadian Foreign Minister Abderaman Koulamallah, who is in Moscow on an official
    // visit`.
    let relative = (clause_start..at).rev().find(|&i| matches!(doc.token_text(i), "who" | "which"));
    let own_subject = |pronoun: usize| mentions.iter().any(|m| m.first > pronoun && m.end <= at);
    if let Some(pronoun) = relative.filter(|&p| !own_subject(p)) {
        let name_end = if pronoun > 0 && doc.token_text(pronoun - 1) == "," { pronoun - 1 } else { pronoun };
        if let Some(index) = mentions.iter().position(|m| m.end == name_end) {
            return vec![mentions[index]];
        }
    }
    // The dateline says where the story was filed; it is no one's subject.
    let dateline_end = doc.dateline.map_or(0, |d| d.span.end);
    let candidates = mentions
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| m.end <= at && m.first >= clause_start && m.span.start >= dateline_end);
    for (index, mention) in candidates {
        if gerund {
            if mention.end + 1 == at {
                return vec![*mention];
            }
            break;
        }
        if mention.after_preposition || mention.object || (mention.possessive && !literal) {
            continue;
        }
        // A verb in a quote has its subject in the same quote; outside quotes, a name
        // inside one is not the subject.
        if in_quote(doc, mention.span).map(|q| q.span) != trigger_quote {
            continue;
        }
        let mut previous = index;
        while previous > 0 && coordinated(doc, &mentions[previous - 1], &mentions[previous]) {
            previous -= 1;
        }
        return listed(doc, &mentions[previous..=index]);
    }
    Vec::new()
}

/// The first mention in `object` that is no mere place or time (`in Geneva`), with the
/// mentions coordinated with it; when the pattern names an event noun (`=massacre of`,
/// `expel ... aid agencies`), the object of `of` or `from` after it is its target. A
/// group that holds a word of the pattern is what the act moves or fires when a
/// recipient or an aim follows it (`sent police officers to Haiti`, `launched drones
/// and missiles against Ukraine`): that is the target then.
fn group_after(
    doc: &Doc,
    mentions: &[Mention],
    object: std::ops::Range<usize>,
    pattern: (&Entry, usize),
) -> Vec<Mention> {
    let (entry, pattern_end) = pattern;
    let std::ops::Range { start, end } = object;
    let noun = names_noun(entry);
    // Who did the act the object names is who an act on it is aimed at: `condemned the
    // sanctions announced by Washington`.
    let candidate = |m: &Mention| {
        m.first >= start && m.end <= end && (!m.after_preposition || m.aimed || m.agent || (noun && m.complement))
    };
    // The agent named in the object is preferred to what the act was done to: `condemned
    // the attack on Kenyan police by al-Shabaab` condemns al-Shabaab.
    let agent = mentions.iter().position(|m| candidate(m) && m.agent);
    let Some(index) = agent.or_else(|| mentions.iter().position(candidate)) else {
        return Vec::new();
    };
    let group = list_from(doc, mentions, index, end);
    if moves_what_it_names(entry) && group.iter().any(|m| holds_pattern_word(doc, entry, m, pattern_end)) {
        let after = index + group.len();
        // `sent police officers to Haiti`; weapons are fired at what is aimed at
        // (`launched attack drones and missiles against Ukraine`).
        let reached = |m: &Mention| m.recipient || (fights(entry.code) && m.aimed);
        if let Some(recipient) = mentions[after..].iter().position(|m| candidate(m) && reached(m)) {
            return list_from(doc, mentions, after + recipient, end);
        }
    }
    group
}

/// Whether what an entry's pattern names is moved to a recipient, who is the target
/// (`sent police to Haiti`); those released are freed, whoever they are handed to
/// (`released 60 soldiers to the Red Cross`).
pub(super) fn moves_what_it_names(entry: &Entry) -> bool {
    entry.code.base() != "084"
}

/// Whether a mention holds a word of the pattern that matched up to `pattern_end`
/// (`police` of `send police`): the thing the act is, or moves.
fn holds_pattern_word(doc: &Doc, entry: &Entry, mention: &Mention, pattern_end: usize) -> bool {
    (mention.first..mention.end.min(pattern_end)).any(|i| tree::is_pattern_word(doc, entry, i))
}

/// Whether an entry's pattern ends in a noun whose complement names the target: a noun
/// trigger (`=massacre of`) or a noun after the verb (`expel ... aid agencies`).
fn names_noun(entry: &Entry) -> bool {
    let last_word = entry.follows.iter().rev().find_map(|follow| match follow {
        Follow::Near(word) | Follow::Far(word) => Some(word),
        Follow::Not(_) => None,
    });
    entry.pattern.starts_with('=') || last_word.is_some_and(|word| !is_preposition(word))
}

/// The mention at `index` with those listed after it before `end`: all of a list
/// joined by `and`, else the mention alone.
fn list_from(doc: &Doc, mentions: &[Mention], index: usize, end: usize) -> Vec<Mention> {
    let mut next = index + 1;
    while next < mentions.len() && mentions[next].end <= end && coordinated(doc, &mentions[next - 1], &mentions[next]) {
        next += 1;
    }
    let run = &mentions[index..next];
    if listed(doc, run).len() == run.len() {
        run.to_vec()
    } else {
        vec![run[0]]
    }
}

/// A run of mentions as a list: all of them when an `and` joins the last two (`Egypt,
/// Turkey and the UAE`); a comma alone is an apposition (`In Baku, aide Guliyev`),
/// so only the mention nearest the verb counts. `run` is in text order.
fn listed(doc: &Doc, run: &[Mention]) -> Vec<Mention> {
    let [.., before_last, last] = run else {
        return run.to_vec();
    };
    if (before_last.end..last.first).any(|i| conjunction_length(doc, i, last.first).is_some()) {
        run.to_vec()
    } else {
        vec![*last]
    }
}

/// The agent of a participle between the released and the verb that releases them:
/// `Hamas` in `hostages held by Hamas were freed`.
fn holder(doc: &Doc, lexicon: &Lexicon, mentions: &[Mention], released: &[Mention], at: usize) -> Vec<Mention> {
    let Some(last) = released.last() else {
        return Vec::new();
    };
    let participle = |i: usize| doc::with_lowercase(doc.token_text(i), |w| lexicon.is_past_form(w));
    let by = (last.end + 1..at).find(|&i| doc.token_text(i) == "by" && participle(i - 1));
    by.map(|by| agents(doc, mentions, by + 1, at)).unwrap_or_default()
}

/// The agents of a passive: the mention right after `by` or `from` (past an article
/// or an adjective), with those listed with it.
fn agents(doc: &Doc, mentions: &[Mention], from: usize, end: usize) -> Vec<Mention> {
    let agent = |m: &Mention| m.first >= from && m.first <= from + MAX_AGENT_GAP && m.end <= end;
    mentions.iter().position(agent).map_or_else(Vec::new, |index| list_from(doc, mentions, index, end))
}

/// Conjunctions that join a list of actors, as token sequences: a phrase is compared
/// token by token, never as one token, which it never is.
const CONJUNCTIONS: &[&[&str]] = &[&["and"], &["as", "well", "as"]];

/// The number of tokens of the conjunction at token `at`, when one starts there and ends
/// before `end`.
fn conjunction_length(doc: &Doc, at: usize, end: usize) -> Option<usize> {
    CONJUNCTIONS
        .iter()
        .find(|words| at + words.len() <= end && words.iter().enumerate().all(|(i, w)| doc.token_text(at + i) == *w))
        .map(|words| words.len())
}

/// Whether only commas, conjunctions (`and`, `as well as`) and articles stand between
/// two mentions, with at least one comma or conjunction.
fn coordinated(doc: &Doc, left: &Mention, right: &Mention) -> bool {
    let (mut at, mut joined) = (left.end, false);
    while at < right.first {
        if let Some(length) = conjunction_length(doc, at, right.first) {
            (at, joined) = (at + length, true);
            continue;
        }
        match doc.token_text(at) {
            "," => joined = true,
            "the" | "both" => {}
            _ => return false,
        }
        at += 1;
    }
    joined
}

/// The speaker of the quote that holds the trigger, as a mention.
fn quote_speaker(doc: &Doc, mentions: &[Mention], trigger: Span) -> Option<Mention> {
    let speaker = in_quote(doc, trigger)?.speaker?;
    speaker_mention(doc, mentions, speaker)
}

/// The speaker of a quote in the first person before the trigger (`"We will respond"`):
/// the one who acts when the quote names nobody else.
fn first_person_speaker(doc: &Doc, mentions: &[Mention], trigger: Span) -> Option<Mention> {
    let quote = in_quote(doc, trigger)?;
    let last = doc.token_range(trigger).start;
    let first = doc.token_range(quote.span).start.max(last.saturating_sub(MAX_FIRST_PERSON_LOOKBACK));
    let first_person = (first..last).any(|i| matches!(doc.token_text(i), "We" | "we" | "I" | "Our" | "our" | "us"));
    speaker_mention(doc, mentions, quote.speaker?).filter(|_| first_person)
}

fn speaker_mention(doc: &Doc, mentions: &[Mention], speaker: doc::Speaker) -> Option<Mention> {
    let named = mentions.iter().find(|m| m.span == speaker.span).copied();
    named.or_else(|| Some(Mention::elsewhere(speaker.span, doc.actor_at(speaker.span)?)))
}

/// An evaluation in reported speech: the speaker (of the quote, or the subject of the
/// speech verb before it) judges the nearest other actor before it in the sentence
/// (`Baku valued Moscow's role and called it "fair"`).
fn judged(
    doc: &Doc,
    codebook: &Codebook,
    mentions: &[Mention],
    at: usize,
    sentence_start: usize,
) -> (Vec<Mention>, Vec<Mention>) {
    let trigger = doc.tokens[at].span;
    let speech = (sentence_start..at).rev().find(|&i| {
        let word = doc.token_text(i);
        codebook.words.speech_verb_lemma(word).is_some() || doc::with_lowercase(word, is_verb_of_evaluation)
    });
    let speaker = match (quote_speaker(doc, mentions, trigger), speech) {
        (Some(speaker), _) => Some(speaker),
        (None, Some(verb)) => subject_group(doc, mentions, verb, sentence_start, false).into_iter().next(),
        (None, None) => None,
    };
    let Some(speaker) = speaker else {
        return (Vec::new(), Vec::new());
    };
    let judged = mentions.iter().rev().find(|m| {
        m.first >= sentence_start && m.end <= at && m.span != speaker.span && !same_country(m.code, speaker.code)
    });
    (vec![speaker], judged.into_iter().copied().collect())
}

/// A verb that says what something is judged to be, as speech does: `called the
/// measures illegal`, `branded the vote a farce`.
fn is_verb_of_evaluation(word: &str) -> bool {
    matches!(
        word,
        "called"
            | "calls"
            | "calling"
            | "branded"
            | "brands"
            | "deemed"
            | "deems"
            | "termed"
            | "terms"
            | "labelled"
            | "labeled"
            | "described"
            | "describes"
    )
}

/// Where a noun that refers back to an earlier event may stand: right after the verb
/// (`denounced the sanctions`), or for an evaluation, just before it or the quote that
/// holds it (`called the move "illegal"`, `called the measures illegal`).
fn reference_window(
    doc: &Doc,
    entry: &Entry,
    (at, pattern_end, passive): (usize, usize, bool),
    clause: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let end = clause.end;
    // A passive's subject is what the act was done to: `The arrests were condemned by`.
    if passive && !entry.flags.judge {
        return clause.start.max(at.saturating_sub(REFERENCE_WINDOW + PASSIVE_AUXILIARIES))..at;
    }
    if !entry.flags.judge {
        // The pattern may name the noun itself: `denied the accusation`; `what it called`
        // puts a few words before it.
        let named_as = pattern_end < end && doc.token_text(pattern_end) == "what";
        let reach = if named_as { REFERENCE_WINDOW + NAMED_AS_WORDS } else { REFERENCE_WINDOW };
        return (at + 1).min(end)..end.min(pattern_end + reach);
    }
    let start = in_quote(doc, doc.tokens[at].span).map_or(at, |q| doc.token_range(q.span).start);
    start.saturating_sub(REFERENCE_WINDOW)..start
}

/// The most words between a passive's subject and its verb (`were also`).
const PASSIVE_AUXILIARIES: usize = 2;

/// The earlier event that a definite noun in `window` refers back to (`the sanctions`,
/// `the move`, `the ruling`), the latest before: the actor the noun names (its source;
/// for a claim of responsibility, whom the act was aimed at: `claimed responsibility
/// for the attack` on the police academy is towards the police), and its code.
fn referred_event(
    doc: &Doc,
    window: std::ops::Range<usize>,
    clause_end: usize,
    earlier: &Tally,
    claim: bool,
    critics: &[Reading],
) -> Option<Referred> {
    let object_at = window.start;
    let (determiner, noun, roots) = referring_noun(doc, window)?;
    // A state condemns or denies what others did, not its own forces' acts: `Somalia's
    // government condemned the attack` is not the army's reply to it.
    let critics_own = |e: &Event| {
        critics.iter().any(|(m, _)| same_country(m.code, e.source.code) && is_state(m.code) && is_state(e.source.code))
    };
    let open = || earlier.latest_first(roots).filter(|e| !critics_own(e));
    // `the attack on the camp` is the latest that named the camp, if one did; failing
    // that, the latest its own word reports (`the attack` is the one `attacked`
    // reported, not the army's reply that `killed dozens of the attackers`).
    let names = |e: &&Event, word: &str| {
        doc.slice(e.evidence).split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word))
    };
    let stem = noun_stem(doc.token_text(noun));
    let reports = |e: &&Event| {
        let word = doc.slice(e.trigger).split(' ').next().unwrap_or("");
        word.get(..stem.len()).is_some_and(|prefix| prefix.eq_ignore_ascii_case(stem))
    };
    let named = referred_object(doc, noun, clause_end)
        .and_then(|word| open().find(|e| names(e, word)))
        .or_else(|| open().find(reports));
    let event = named.or_else(|| open().next())?;
    let span = doc.tokens[determiner].span.cover(doc.tokens[noun].span);
    let code = if claim { event.target.code } else { event.source.code };
    // `condemned the attack`, `condemned what it called a "cowardly attack"`.
    let object = determiner == object_at || doc.token_text(object_at) == "what";
    Some(Referred {
        actor: Actor { span, code },
        code: event.code,
        decides: object && named.is_some(),
        of_kind: !roots.is_empty(),
    })
}

/// An earlier event a noun refers back to: the actor it names and its code, and whether
/// it decides whom the act is aimed at: the noun is the verb's object and names that
/// event, not only the latest of its kind (`condemned the attack` once `attacked` was
/// reported), so a later clause's actors (`that endangered Romanian citizens`) are not
/// the target.
#[derive(Clone, Copy)]
struct Referred {
    actor: Actor,
    code: EventCode,
    decides: bool,
    /// The noun names a kind of act (`the accusations`), not any (`the decision`).
    of_kind: bool,
}

/// Whether an actor is a state's: a bare country or its government, forces or police.
fn is_state(code: ActorCode) -> bool {
    matches!(code.as_str().get(3..), Some("" | "GOV" | "MIL" | "COP"))
}

/// The head word of what the event noun at `noun` was aimed at (`the attack on the
/// camp`: `camp`), where a preposition follows it.
fn referred_object(doc: &Doc, noun: usize, end: usize) -> Option<&str> {
    let preposition = noun + 1;
    if preposition >= end || !matches!(doc.token_text(preposition), "on" | "against" | "in" | "at" | "of") {
        return None;
    }
    let at = after_determiners(doc, preposition + 1, end);
    let word = doc.tokens.get(at).filter(|t| at < end && t.kind == TokenKind::Word).map(|t| doc.slice(t.span))?;
    (word.len() > 2).then_some(word)
}

/// The determiner and the noun of a definite noun in `window` that names what an actor
/// did (`the move`, `these sanctions`), a reference to an earlier event, with the roots
/// of the events it can name ([`referred_roots`]).
fn referring_noun(doc: &Doc, window: std::ops::Range<usize>) -> Option<(usize, usize, &'static [&'static str])> {
    let possessive = |i: usize| matches!(doc.token_text(i), "his" | "her" | "their");
    // `what it called a "cowardly attack"` names the act as `the attack` does, however
    // its words qualify it.
    let named_as = doc.token_text(window.start) == "what"
        && window.clone().take(4).any(|i| matches!(doc.token_text(i), "called" | "termed" | "described"));
    let determiner = window.clone().find(|&i| {
        doc::with_lowercase(doc.token_text(i), |w| matches!(w, "the" | "this" | "that" | "these" | "those"))
            || possessive(i)
            || named_as && matches!(doc.token_text(i), "a" | "an")
    })?;
    let reach = if named_as { NAMED_AS_WORDS } else { NOUN_WORDS };
    (determiner + 1..window.end.min(determiner + reach)).find_map(|i| {
        let roots = doc::with_lowercase(doc.token_text(i), referred_roots)?;
        // `his release` is from whoever holds him; `their attack` is their own. A
        // release may be qualified at length: `their immediate and unconditional release`.
        let near = i < determiner + 3 && !possessive(determiner);
        (near || named_as || roots == HELD).then_some((determiner, i, roots))
    })
}

/// The most tokens from a determiner to the noun it opens (`their immediate and
/// unconditional release`), and from `a` to the noun it names after `what ... called`
/// (`a "cowardly and barbaric" attack`).
const NOUN_WORDS: usize = 5;
const NAMED_AS_WORDS: usize = 7;

/// The roots of the acts that leave someone held (arrests and detentions, 17;
/// abductions and hostage-taking, 18), which a `release` ends.
const HELD: &[&str] = &["17", "18"];

/// For a noun that names what an actor did, so that `the …` refers to an earlier event,
/// the CAMEO roots of the events it can name (`the sanctions` are 16, `the order` is a
/// demand, 10), empty for a noun that can name any (`the move`); `None` for other nouns.
fn referred_roots(noun: &str) -> Option<&'static [&'static str]> {
    Some(match noun {
        "sanctions" | "ban" => &["16", "17"],
        "expulsion" | "expulsions" => &["16", "17"],
        "arrest" | "arrests" | "detention" | "detentions" | "crackdown" | "deportation" | "deportations" => &["17"],
        "order" | "ruling" | "verdict" => &["10", "11", "17"],
        "attack" | "attacks" | "strike" | "strikes" | "shelling" | "raid" | "raids" => &["18", "19", "20"],
        "kidnapping" | "abduction" | "bombing" | "killing" | "killings" => &["18", "19", "20"],
        "assault" | "offensive" | "incursion" | "invasion" | "massacre" => &["18", "19", "20"],
        "accusation" | "accusations" | "claims" | "allegations" => &["11", "12"],
        "protest" | "protests" | "complaint" | "complaints" => &["11", "14"],
        "blockade" | "blockades" | "roadblocks" | "rally" | "rallies" | "march" | "demonstration"
        | "demonstrations" | "riots" | "unrest" => &["14"],
        "violence" => &["14", "18", "19", "20"],
        "launch" | "launches" | "test" | "tests" | "drills" | "exercises" => &["15"],
        "demand" | "demands" => &["10"],
        "refusal" | "rejection" => &["12"],
        "release" | "freedom" => HELD,
        "call" | "calls" | "appeal" | "appeals" | "request" | "requests" => &["02", "10"],
        "offer" | "offers" => &["03"],
        "statement" | "remarks" | "comments" | "threat" | "threats" => &["01", "02", "03", "10", "11", "12", "13"],
        "move" | "moves" | "decision" | "vote" | "measures" | "decree" | "law" | "deal" | "step" | "action"
        | "actions" | "declaration" | "announcement" | "proposal" | "resolution" => &[],
        _ => return None,
    })
}

/// As the source of an act, whoever did the story's latest event under `roots` (none
/// where it told of none), standing at `span`.
fn latest_source(earlier: &Tally, roots: &[&str], span: Span) -> Vec<Reading> {
    let latest = earlier.latest_first(roots).next();
    latest.map(|e| vec![(Mention::elsewhere(span, e.source.code), DepChain::default())]).unwrap_or_default()
}

/// The roots of the events an event noun can name where the trigger at `at` opens a
/// relative clause on it: the nearest such noun of its sentence before `which` or `that`
/// (`the attack, which killed`, `the drone attack that targeted the gas field in the
/// Kurdistan Region on Friday, which killed`).
fn told_of_event_noun(doc: &Doc, at: usize, sentence_start: usize) -> Option<&'static [&'static str]> {
    if at < sentence_start + 2 || !matches!(doc.token_text(at - 1), "which" | "that") {
        return None;
    }
    (sentence_start..at - 1)
        .rev()
        .find_map(|i| doc::with_lowercase(doc.token_text(i), referred_roots))
        .filter(|roots| !roots.is_empty())
}

/// A noun's stem as its verb's forms begin with it: `attack` of `attacks`, `kill` of
/// `killings`, `abduct` of `abduction` (at least three letters).
fn noun_stem(noun: &str) -> &str {
    ["ings", "ing", "ions", "ion", "s"]
        .iter()
        .find_map(|suffix| noun.strip_suffix(suffix).filter(|stem| stem.len() >= 3))
        .unwrap_or(noun)
}

/// Whether two codes name the same country (`AZEGOV`, `AZE`), or the same organization.
fn same_country(a: ActorCode, b: ActorCode) -> bool {
    match (country_of(a), country_of(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a == b,
    }
}

/// Where the event of sentence `sentence` happened: a place below country level named
/// in it, else a country named in it, else the dateline's place.
fn event_place(doc: &Doc, sentence: u32) -> Option<u32> {
    let span = doc.sentences[sentence as usize].span;
    let first = doc.places.partition_point(|p| p.span.start < span.start);
    let in_sentence = within(&doc.places, span, |p| p.span);
    // The dateline opens the first sentence but says where it was filed, not where it happened.
    let in_dateline = |p: &doc::PlaceMention| doc.dateline.is_some_and(|d| d.span.contains(p.span));
    let named = |p: &&doc::PlaceMention| p.geo.is_some() && !in_dateline(p);
    let local =
        in_sentence.iter().position(|p| named(&p) && p.geo.as_ref().is_some_and(|g| g.kind != doc::PlaceKind::Country));
    let any = in_sentence.iter().position(|p| named(&p));
    if let Some(offset) = local.or(any) {
        return Some((first + offset) as u32);
    }
    dateline_place(doc)
}

/// The dateline's place, the first place of the article, where it is geocoded.
fn dateline_place(doc: &Doc) -> Option<u32> {
    let dateline = doc.dateline?;
    doc.places.first().filter(|p| p.span == dateline.place && p.geo.is_some()).map(|_| 0)
}

/// Where an actor is: the place that names it (`Moscow`), else the event's place when
/// that lies in the actor's country, else the actor's country as the article names it.
fn actor_place(doc: &Doc, context: &Context, actor: Actor, event_place: Option<u32>) -> Option<u32> {
    let named = covering_index(&doc.places, actor.span, |p| p.span)
        .filter(|&i| doc.places[i].span == actor.span && doc.places[i].geo.is_some());
    if let Some(index) = named {
        return Some(index as u32);
    }
    let alpha2 = context.gazetteer.country_of_alpha3(country_of(actor.code)?.as_str())?.alpha2;
    let in_country = |i: &u32| doc.places[*i as usize].geo.as_ref().is_some_and(|g| g.country == Some(alpha2));
    event_place.filter(in_country).or_else(|| context.country_places.get(&alpha2).copied())
}

/// The first place of the article that names each country itself (by ISO alpha-2):
/// found once per article, not once per event.
type CountryPlaces = FxHashMap<[u8; 2], u32>;

fn country_places(doc: &Doc) -> CountryPlaces {
    let mut first = CountryPlaces::default();
    for (index, place) in doc.places.iter().enumerate() {
        let country = place.geo.as_ref().filter(|g| g.kind == doc::PlaceKind::Country).and_then(|g| g.country);
        if let Some(country) = country {
            first.entry(country).or_insert(index as u32);
        }
    }
    first
}

/// The state whose seat abroad a protest is held at (`rallied outside the Russian
/// embassy in Vilnius` is against Russia, not Lithuania), or the body outside whose
/// house it is held (`outside parliament`): the first mention of the clause after the
/// trigger at `at` that ends with a seat noun (the pattern's words may stand around it:
/// `demonstrated outside the embassy in`), or that names a body right after `outside`
/// or `in front of`.
fn protested_seat<'m>(doc: &Doc, mentions: &'m [Mention], at: usize, end: usize) -> Option<&'m Mention> {
    mentions.iter().filter(|m| m.first > at && m.end <= end).find(|m| {
        // `High Commission` ends with a seat noun too.
        let seat = doc::with_lowercase(doc.token_text(m.end - 1), mentions::is_seat);
        // Or a body protested outside its house: `outside parliament`, `in front of the court`.
        let first = before_determiners(doc, m.first);
        let outside = first >= 1
            && (doc.token_text(first - 1) == "outside"
                || first >= 3 && doc.token_text(first - 1) == "of" && doc.token_text(first - 2) == "front");
        seat || outside && m.code.as_str().len() > 3
    })
}

/// The country of `place`, where an event happened, as a target; its government when
/// `government` (a protest is against it).
fn place_country(gazetteer: &Gazetteer, doc: &Doc, place: Option<u32>, government: bool) -> Option<Actor> {
    let place = &doc.places[place? as usize];
    let country = gazetteer.country(place.geo.as_ref()?.country?)?;
    let alpha3 = std::str::from_utf8(&country.alpha3).ok()?;
    let code = if government { ActorCode::new(&format!("{alpha3}GOV"))? } else { ActorCode::new(alpha3)? };
    Some(Actor { span: place.span, code })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(source, code, target)` of every event of `text`, filed on 2020-07-14.
    fn events(text: &str) -> Vec<(String, String, String)> {
        coded(text)
            .iter()
            .map(|e| (e.source.code.as_str().into(), e.code.as_str().into(), e.target.code.as_str().into()))
            .collect()
    }

    fn coded(text: &str) -> Vec<Event> {
        let mut doc = Doc::new("t", text.to_string());
        crate::testing::extract(&mut doc, &extract::Options { fallback_date: doc::CivilDate::parse_iso("2020-07-14") });
        let (codebook, gazetteer) = (crate::testing::codebook(), Gazetteer::embedded());
        crate::code_actors(&mut doc, codebook, gazetteer);
        let triggers = codebook.triggers(&doc, Gazetteer::embedded());
        code_events(&mut doc, codebook, gazetteer, &triggers);
        doc.events
    }

    fn event(source: &str, code: &str, target: &str) -> (String, String, String) {
        (source.into(), code.into(), target.into())
    }

    #[test]
    fn active_voice_reads_subject_verb_object() {
        let found = coded(
            "BAKU, July 14 (Xinhua) -- Armenian forces shelled several villages in the Tovuz district overnight.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let shelling = found[0];
        assert_eq!(
            (shelling.source.code.as_str(), shelling.code.as_str(), shelling.target.code.as_str()),
            ("ARMMIL", "194", "AZECVL")
        );
        assert_eq!((shelling.goldstein, shelling.quad), (-10.0, 4));
        assert_eq!(shelling.rule, "shell", "the lexicon entry that fired is recorded");
        assert_eq!(shelling.lemma, "shell");
    }

    #[test]
    fn an_entry_of_a_class_line_keeps_the_line_and_its_own_word() {
        let found = coded("MOSCOW, July 14 (TASS) -- Russia supplied 25,000 tonnes of wheat to Somalia.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].rule, found[0].lemma), ("@give_relief @relief_goods", "supply"));
    }

    #[test]
    fn passive_voice_swaps_source_and_target() {
        let found = events("Azerbaijani positions came under fire from Armenia overnight, the ministry said.");
        assert_eq!(found, [event("ARMMIL", "190", "AZEMIL")]);
        let found = events("Azerbaijani villages were shelled by Armenian forces on Monday.");
        assert_eq!(found, [event("ARMMIL", "194", "AZECVL")]);
        let found = events(
            "\"Our positions came under fire from the Azerbaijani side overnight,\" Armenia's Defense Ministry spokeswoman Shushan Stepanyan said.",
        );
        assert_eq!(found, [event("AZEMIL", "190", "ARMMIL")], "`our` in a quote is the speaker's side");
    }

    #[test]
    fn negated_and_hypothetical_events_are_not_coded() {
        assert_eq!(events("Armenian forces did not attack Azerbaijani villages, the ministry said."), []);
        assert_eq!(events("Russia will impose sanctions on Ukraine if the talks fail."), []);
    }

    #[test]
    fn verb_forms_used_as_nouns_are_not_events() {
        assert_eq!(events("Russia has used terror attacks to justify its ban on Ukrainian imports."), []);
        assert_eq!(events("Georgian activists in Atlanta held a solidarity rally outside the Georgian consulate."), []);
        assert_eq!(events("Turkey condemned Israel's attacks on the convoy."), [event("TURGOV", "111", "ISRGOV")]);
    }

    #[test]
    fn an_evaluation_in_reported_speech_is_the_speakers() {
        let found = events("Azerbaijan's foreign minister said Russia's role in the talks is fair.");
        assert_eq!(found, [event("AZEGOV", "051", "RUSGOV")]);
    }

    #[test]
    fn a_quote_acts_for_its_speaker_only_in_the_first_person() {
        let found = events(
            "\"Forcing down a civilian airliner to arrest a journalist is piracy,\" EU spokeswoman Marta Lindholm said.",
        );
        assert!(found.iter().all(|(_, code, _)| code != "173"), "{found:?}");
        let found =
            events("\"We will not hesitate. We shelled the Russian positions,\" Ukraine's army spokesman said.");
        assert_eq!(found, [event("UKRMIL", "194", "RUSMIL")]);
    }

    #[test]
    fn a_noun_naming_an_earlier_event_targets_its_actor() {
        let found = events(
            "The European Union imposed sanctions on Belarus on Thursday. Belarus's Foreign Ministry denounced the sanctions as economic warfare.",
        );
        assert!(found.contains(&event("BLRGOV", "111", "IGOEUREEC")), "{found:?}");
        let found = events("US troops attacked Syrian positions on Monday. Russia condemned the attack.");
        assert!(found.contains(&event("RUSGOV", "111", "USAMIL")), "{found:?}");
    }

    #[test]
    fn aid_is_brought_by_who_it_comes_from() {
        let found = events("Rescue teams from Egypt and Turkey dug through mud in Derna on Thursday.");
        assert_eq!(found, [event("EGYGOV", "073", "LBY"), event("TURGOV", "073", "LBY")]);
        let found = events(
            "The United States announced new funds, while aircraft from China landed in Karachi with relief goods.",
        );
        assert!(found.contains(&event("CHNGOV", "073", "PAK")), "{found:?}");
    }

    #[test]
    fn lists_give_one_event_per_actor_pair() {
        let found = events("The European Union and the United States imposed sanctions on Belarus on Thursday.");
        assert_eq!(found, [event("IGOEUREEC", "163", "BLRGOV"), event("USAGOV", "163", "BLRGOV")]);
        let found = events("Armenia and Azerbaijan signed a ceasefire agreement in Moscow.");
        assert_eq!(found, [event("ARMGOV", "057", "AZEGOV")]);
    }

    #[test]
    fn a_sentence_longer_than_a_window_is_read_in_windows_cut_at_commas() {
        let clause = "Armenia shelled villages near Tovuz and Azerbaijan accused Armenia of attacks";
        let text = vec![clause; 60].join(", ") + ".";
        let mut doc = Doc::new("w", text);
        segment::segment(&mut doc);
        let sentence = doc.sentences[0].tokens();
        assert!(sentence.len() > 5 * MAX_WINDOW_TOKENS);
        let windows: Vec<_> = windows(&doc, sentence.clone()).collect();
        assert_eq!(windows.first().unwrap().start, sentence.start);
        assert_eq!(windows.last().unwrap().end, sentence.end);
        for pair in windows.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "windows are contiguous");
            assert_eq!(doc.token_text(pair[0].end - 1), ",", "cut after a comma");
        }
        assert!(windows.iter().all(|w| w.len() <= MAX_WINDOW_TOKENS));
        // Every window is read: each reports the shelling again.
        let found = coded(&doc.text.clone());
        let shelling = found.iter().find(|e| e.code.as_str() == "194").expect("the shelling is coded");
        assert!(
            shelling.mentions as usize >= windows.len(),
            "{} mentions in {} windows",
            shelling.mentions,
            windows.len()
        );
    }

    #[test]
    fn the_flat_reading_finds_targets_by_the_patterns_nouns_and_prepositions() {
        assert_eq!(
            events("The United Nations mediated between Russia and Ukraine on Monday."),
            [event("IGOUNO", "045", "RUSGOV"), event("IGOUNO", "045", "UKRGOV")]
        );
        assert_eq!(
            events("Syrian troops carried out the massacre of Lebanese villagers."),
            [event("SYRMIL", "202", "LBNCVL")]
        );
        assert_eq!(events("Kenya sent police officers to Haiti on Monday."), [event("KENGOV", "153", "HTIGOV")]);
        assert_eq!(
            events("Russia expelled the Latvian delegation from the talks."),
            [event("RUSGOV", "166", "LVAGOV")],
            "with no recipient, the object the pattern names is the target"
        );
        assert_eq!(
            events("Indian and Pakistani troops exchanged fire across the border."),
            [event("INDMIL", "193", "PAKMIL"), event("PAKMIL", "193", "INDMIL")]
        );
        assert_eq!(
            events("Russia's president spoke by phone with Turkey's president on Monday."),
            [event("RUSGOV", "041", "TURGOV")],
            "a `by` the pattern names is no agent"
        );
        assert_eq!(events("The Kenyan team beat Uganda 2-1 in the final."), []);
    }

    #[test]
    fn as_well_as_joins_actors_like_and() {
        let found = events("Armenia as well as Azerbaijan signed a ceasefire agreement in Moscow.");
        assert_eq!(found, [event("ARMGOV", "057", "AZEGOV")]);
        let found = events("The European Union as well as the United States imposed sanctions on Belarus.");
        assert_eq!(found, [event("IGOEUREEC", "163", "BLRGOV"), event("USAGOV", "163", "BLRGOV")]);
    }

    #[test]
    fn repeated_events_count_as_mentions_of_the_first() {
        let found = coded(
            "Armenia accused Azerbaijan of shelling. Turkey accused Greece of spying. Armenia accused Azerbaijan \
             again. Armenia criticized Azerbaijan and denounced Azerbaijan.",
        );
        let summary: Vec<_> = found.iter().map(|e| (e.source.code.as_str(), e.code.as_str(), e.mentions)).collect();
        assert_eq!(summary, [("ARMGOV", "112", 2), ("TURGOV", "1125", 1), ("ARMGOV", "111", 1)], "{summary:?}");
    }

    #[test]
    fn background_and_repeated_reports() {
        assert_eq!(events("In 1994, Armenia and Azerbaijan signed a ceasefire agreement."), []);
        let found = coded(
            "Armenian forces shelled Azerbaijani villages. Later, Armenian forces shelled Azerbaijani villages again.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mentions, 2, "the same source, code and target is one event mentioned twice");
    }

    #[test]
    fn the_place_is_the_one_its_sentence_names() {
        let mut doc =
            Doc::new("t", "BAKU, July 14 (Xinhua) -- Armenian forces shelled villages near Tovuz.".to_string());
        crate::testing::extract(&mut doc, &extract::Options::default());
        let codebook = crate::testing::codebook();
        crate::code_actors(&mut doc, codebook, Gazetteer::embedded());
        let triggers = codebook.triggers(&doc, Gazetteer::embedded());
        code_events(&mut doc, codebook, Gazetteer::embedded(), &triggers);
        let name = |place: Option<u32>| place.map(|i| doc.slice(doc.places[i as usize].span));
        let shelling = doc.events[0];
        assert_eq!(name(shelling.place), Some("Tovuz"));
        assert_eq!(name(shelling.target_place), Some("Tovuz"), "the villages are where it happened, in their country");
        assert_eq!(name(shelling.source_place), None, "Armenia is not named");
    }
}
