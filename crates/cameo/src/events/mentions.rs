//! The actors a sentence names, for the event reader: coded entities, speakers and
//! references (`the ministry`, `he`, coded as what they refer to),
//! capitals standing for their governments, and role phrases coded from their words
//! (`Kenyan police`, `Russian-backed militants`, `the court` after the International
//! Court of Justice). Each mention knows what governs it: a preposition (`in Moscow`),
//! a verb (`forced an airliner`), a possessive (`India's economy`).

use super::{coordinated, country_of, covering, in_quote, is_be, listed, within};
use crate::actors::{capital_country, code_phrase, role_held};
use crate::Codebook;
use doc::{ActorCode, DepRel, Doc, EntityLabel, PosTag, Span, TokenKind};
use geo::Gazetteer;

/// An actor named in a sentence, by token range.
#[derive(Clone, Copy, Debug)]
pub(super) struct Mention {
    pub(super) first: usize,
    pub(super) end: usize,
    pub(super) span: Span,
    pub(super) code: ActorCode,
    /// Named only as a country (`Russia`): a subject stands for its government.
    pub(super) country_only: bool,
    /// Followed by `'s`: `India's economy` is about India, not its government.
    pub(super) possessive: bool,
    /// Inside a prepositional phrase: `in Moscow`, `of Azerbaijan`.
    pub(super) after_preposition: bool,
    /// After a preposition that points at a target: `sanctions on Belarus`, `aid to Pakistan`.
    pub(super) aimed: bool,
    /// After a preposition that names a noun's object (`of`, `from`): the target of an
    /// event noun (`the massacre of villagers`, `expelled aid agencies from Tigray`).
    pub(super) complement: bool,
    /// After a preposition of direction (`to`, `into`, `toward`): where a thing sent goes.
    pub(super) recipient: bool,
    /// After `by`: who did what the phrase before names (`the sanctions announced by
    /// Washington`).
    pub(super) agent: bool,
    /// After `between`: one of two sides (`mediate between Washington and Tehran`).
    pub(super) between: bool,
    /// A modifier coordinated with the next mention's, sharing its head noun: `Indian`
    /// in `Indian and Pakistani troops` is Indian troops.
    pub(super) shares_head: bool,
    /// Right after a verb: its object (`forced an airliner`).
    pub(super) object: bool,
    /// A role whose country is the story's, not one its words or place give it.
    pub(super) borrowed_country: bool,
    /// The other side a phrase of two names (`both sides`, `the two countries`): the
    /// mention acts as `code` and as this.
    pub(super) other_side: Option<ActorCode>,
}

impl Mention {
    /// An actor named outside the sentence (a quote's speaker, the person `he` is).
    pub(super) fn elsewhere(span: Span, code: ActorCode) -> Mention {
        Mention {
            first: 0,
            end: 0,
            span,
            code,
            country_only: false,
            possessive: false,
            after_preposition: false,
            aimed: false,
            complement: false,
            recipient: false,
            agent: false,
            between: false,
            shares_head: false,
            object: false,
            borrowed_country: false,
            other_side: None,
        }
    }
}

/// Words after which a name is the object of a preposition, not a subject or object.
pub(crate) fn is_preposition(word: &str) -> bool {
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
            | "via"
            | "along"
            | "beyond"
            | "toward"
            | "towards"
            | "against"
            | "upon"
            | "amid"
            | "alongside"
            | "around"
            | "behind"
            | "beside"
            | "throughout"
            | "without"
            | "off"
            | "onto"
            | "regarding"
            | "concerning"
            | "unlike"
            | "until"
    )
}

/// Whether a preposition points at who an act is aimed at (`sanctions on Belarus`, `aid
/// to Pakistan`, `talks with Kyiv`), unlike one that says where, when or whose (`in`,
/// `after`, `of`): its object is a target, in the flat reading and in the tree's.
pub(super) fn aims(preposition: &str) -> bool {
    matches!(preposition, "to" | "on" | "against" | "with" | "at" | "for" | "into" | "toward" | "towards" | "upon")
}

/// Whether the phrase at token `first` (past its articles) is the place after `in` of a
/// state's seat abroad (`closed its consulate in France`, `stormed the embassy in
/// Kabul`): the host is the one such an act is aimed at. A plain `in` says where
/// (`held talks in Geneva`), and so it does after any other noun.
pub(super) fn hosts_seat(doc: &Doc, first: usize) -> bool {
    let before = before_determiners(doc, first);
    before >= 2 && doc.token_text(before - 1) == "in" && doc::with_lowercase(doc.token_text(before - 2), is_seat)
}

/// Nouns that name a state's seat in another country: its embassy, consulate, mission
/// or base.
pub(super) fn is_seat(word: &str) -> bool {
    matches!(
        word,
        "embassy"
            | "embassies"
            | "consulate"
            | "consulates"
            | "mission"
            | "missions"
            | "base"
            | "bases"
            | "legation"
            | "commission"
    )
}

/// A currency's name, which a country's name or adjective before it qualifies.
pub(super) fn is_currency(word: &str) -> bool {
    matches!(
        word,
        "dollar"
            | "dollars"
            | "euro"
            | "euros"
            | "yuan"
            | "yen"
            | "won"
            | "pound"
            | "pounds"
            | "rupee"
            | "rupees"
            | "rouble"
            | "roubles"
            | "ruble"
            | "rubles"
            | "riyal"
            | "riyals"
            | "dirham"
            | "dirhams"
            | "lira"
            | "shekel"
            | "shekels"
            | "franc"
            | "francs"
            | "naira"
            | "rand"
            | "peso"
            | "pesos"
            | "hryvnia"
    )
}

/// Whether a preposition says where a thing sent or given goes (`sent police to Haiti`).
pub(super) fn directs(preposition: &str) -> bool {
    matches!(preposition, "to" | "into" | "toward" | "towards")
}

/// Whether a preposition after an event noun names its object (`the arrest of opposition
/// leaders`, `the extradition of X from Sweden`); after a verb, the same words say what
/// of or whence. `in` is left out: after a noun it is as often where the act happened
/// (`held talks in Turkey`) as whose the noun is (`closed its consulate in France`).
pub(super) fn completes_noun(preposition: &str) -> bool {
    matches!(preposition, "of" | "from")
}

/// The most words of a noun phrase read for a role actor (`the Kenyan riot police`,
/// `Venezuela 's state oil company`).
const MAX_PHRASE_WORDS: usize = 6;
/// The most tokens of a list of names looked through for the preposition that governs it.
const MAX_LIST_TOKENS: usize = 16;

/// The actors named in a sentence: coded entities and speakers, capitals standing for
/// their governments, role phrases (`Kenyan police`, `Russian-backed militants`,
/// `opposition supporters`) coded from their words, and the two `sides` of the story's
/// latest event where a phrase names both (`both sides`, `the two countries`), in text
/// order.
pub(super) fn sentence_mentions(
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    codebook: &Codebook,
    gazetteer: &Gazetteer,
    story: Option<&str>,
    sides: Option<(ActorCode, ActorCode)>,
) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = Vec::new();
    let sentence_span = doc.tokens[tokens.start].span.cover(doc.tokens[tokens.end - 1].span);
    if let Some((one, other)) = sides {
        for first in tokens.clone() {
            if let Some(end) = both_sides(doc, first, tokens.end) {
                mentions.push(Mention { other_side: Some(other), ..mention(doc, codebook, first, end, one, false) });
            }
        }
    }
    // `the two foreign ministers` are the two sides, not ministers of the story's country.
    let sides_end = mentions.len();
    for role_at in tokens.clone() {
        if mentions[..sides_end].iter().any(|m| (m.first..m.end).contains(&role_at)) {
            continue;
        }
        if let Some(found) = role_phrase(doc, role_at, tokens.clone(), codebook, gazetteer, story) {
            mentions.push(found);
        }
    }
    for first in tokens.clone() {
        if let Some(found) = crowd(doc, codebook, gazetteer, first, tokens.end) {
            mentions.push(found);
        }
    }
    let covered = |span: Span, mentions: &[Mention]| mentions.iter().any(|m| m.span.contains(span));
    for actor in within(&doc.actors, sentence_span, |a| a.span) {
        if covered(actor.span, &mentions) {
            continue;
        }
        let std::ops::Range { start: first, end } = doc.token_range(actor.span);
        // A country that names a currency is no actor: `14.2 million U.S. dollars`.
        if end < tokens.end && doc::with_lowercase(doc.token_text(end), is_currency) {
            continue;
        }
        // Media that carry what someone said take no part in it: `told TASS`, `a
        // statement carried by KCNA`, `Xinhua reported`.
        if actor.code.as_str().ends_with("MED") && carries_news(doc, first, end, tokens.clone()) {
            continue;
        }
        // Who asked for an act is not whom it is done to: `held a meeting at the request
        // of the United States, Britain and France`, `at Nicosia's request`.
        if requested_it(doc, first, end, tokens.clone()) {
            continue;
        }
        let label = covering(&doc.entities, actor.span, |e| e.span).filter(|e| e.span == actor.span).map(|e| e.label);
        // A country's formal name is its country whatever the tagger took it for: `the
        // Russian Federation`, `the Hashemite Kingdom of Jordan` (tagged organizations).
        let names_country = || {
            let (named, _) = gazetteer.lookup_split(doc.slice(actor.span));
            named.iter().any(|&id| gazetteer.place(id).kind == geo::Kind::Country)
        };
        let country_only = actor.code.as_str().len() == 3 && (label == Some(EntityLabel::Location) || names_country());
        // A person's titles stand in the subject with the name: `presidential aide Teymur Guliyev`.
        let phrase_first =
            if label == Some(EntityLabel::Person) { phrase_start(doc, codebook, first, tokens.start) } else { first };
        // Those who follow a person or a body are theirs: `supporters of former prime
        // minister Imran Khan`.
        let follows = phrase_first >= tokens.start + 2
            && doc.token_text(phrase_first - 1) == "of"
            && doc::with_lowercase(doc.token_text(phrase_first - 2), is_follower_noun);
        let phrase_first = if follows { phrase_first - 2 } else { phrase_first };
        let mut found = mention(doc, codebook, phrase_first, end, actor.code, country_only);
        found.span = actor.span;
        // A demonym among a person's titles is the person's: `his Iranian counterpart
        // Abbas Araghchi` is one actor, Araghchi.
        mentions.retain(|m| m.first < phrase_first || m.end > first);
        mentions.push(found);
    }
    for place in within(&doc.places, sentence_span, |p| p.span) {
        if covered(place.span, &mentions) || place.geo.as_ref().is_none_or(|g| g.kind == doc::PlaceKind::Country) {
            continue;
        }
        let std::ops::Range { start: first, end } = doc.token_range(place.span);
        // A capital acting or addressed is its government: `praised Beijing's openness`;
        // so is any place that hosts a state's seat abroad: `its consulate in Shenyang`.
        let hosted = || {
            let country = gazetteer.country(place.geo.as_ref()?.country?)?;
            hosts_seat(doc, first).then(|| country.cameo_code())
        };
        let country = capital_country(doc.slice(place.span), gazetteer).or_else(hosted);
        let Some(code) = country.and_then(|c| ActorCode::new(&format!("{c}GOV"))) else {
            continue;
        };
        let placed = mention(doc, codebook, first, end, code, false);
        // `in Moscow` is where, not who, unless the phrase aims (`its embassy in Moscow`),
        // names who acted (`sanctions announced by Washington`) or names two sides
        // (`mediate between Washington and Tehran`).
        if !placed.after_preposition || placed.aimed || placed.agent || placed.between {
            mentions.push(placed);
        }
    }
    // `the group` is the armed group or gang the story named last (`launched an offensive
    // against the group`), unless the sentence names it (`Al Shabaab … in a statement
    // carried by a website linked to the group`); its posts and men are a role phrase's.
    for first in tokens.start..tokens.end.saturating_sub(1) {
        let possessed = first + 2 < tokens.end && matches!(doc.token_text(first + 2), "'s" | "’s");
        let Some(code) = the_group(doc, first).and_then(|code| ActorCode::new(&code)).filter(|_| !possessed) else {
            continue;
        };
        // A reference the references layer resolved is an actor's mention already.
        let covered = mentions.iter().any(|m| (m.first..m.end).contains(&(first + 1)) || m.code == code);
        if !covered {
            mentions.push(mention(doc, codebook, first, first + 2, code, false));
        }
    }
    mentions.sort_by_key(|m| m.first);
    // `in China, Hong Kong and Singapore`: the whole list is in the phrase. Names joined
    // by commas alone are an apposition (`the head of the delegation, Mohammed
    // al-Hadhri,`): the second is not in the first's phrase.
    let mut run_start = 0;
    for i in 1..=mentions.len() {
        if i < mentions.len() && coordinated(doc, &mentions[i - 1], &mentions[i]) {
            continue;
        }
        let run = run_start..i;
        run_start = i;
        if run.len() < 2 || listed(doc, &mentions[run.clone()]).len() < run.len() {
            continue;
        }
        for j in run.start + 1..run.end {
            mentions[j].after_preposition |= mentions[j - 1].after_preposition;
            mentions[j].aimed |= mentions[j - 1].aimed;
            mentions[j].complement |= mentions[j - 1].complement;
            mentions[j].recipient |= mentions[j - 1].recipient;
            mentions[j].agent |= mentions[j - 1].agent;
            mentions[j].object |= mentions[j - 1].object;
        }
    }
    // `Indian and Pakistani troops`: from the head backwards, each demonym coordinated
    // with the next phrase's shares its role.
    for i in (1..mentions.len()).rev() {
        if let Some(code) = shared_role(doc, &mentions[i - 1], &mentions[i]) {
            mentions[i - 1].code = code;
            mentions[i - 1].shares_head = true;
            // Coded with its role now, no longer a country alone (`U.S.` of `U.S. and
            // Japanese counterparts`).
            mentions[i - 1].country_only = false;
        }
    }
    mentions
}

/// Whether a lowercase noun names weapons a force fights with.
pub(super) fn is_weapon(word: &str) -> bool {
    matches!(
        word,
        "drone"
            | "drones"
            | "warplanes"
            | "jets"
            | "helicopters"
            | "gunships"
            | "bombers"
            | "warships"
            | "gunboats"
            | "artillery"
            | "missiles"
            | "rockets"
            | "tanks"
    )
}

/// Whether the noun at `noun` is what an act used, not whom it struck: `with` opens its
/// phrase (`attacked Izmail with attack drones`, `with heavy artillery`).
fn used_with(doc: &Doc, noun: usize, sentence_start: usize) -> bool {
    (sentence_start.max(noun.saturating_sub(INSTRUMENT_WORDS))..noun)
        .rev()
        .map(|i| doc.token_text(i))
        .take_while(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        .any(|w| w == "with")
}

/// The most words from `with` to the weapon it names (`with long-range attack drones`).
const INSTRUMENT_WORDS: usize = 4;

/// Whether the media named at `first..end` only carry the news: the object of `told`,
/// after `according to` or `carried`, `quoted` or `cited by`, or the subject of
/// `reported`, `said`, `quoted` or `cited`.
fn carries_news(doc: &Doc, first: usize, end: usize, sentence: std::ops::Range<usize>) -> bool {
    let before = before_determiners(doc, first);
    let word = |i: usize| if sentence.contains(&i) { doc.token_text(i) } else { "" };
    let told = before > sentence.start && matches!(word(before - 1), "told" | "tells");
    let through = before > sentence.start + 1
        && (matches!((word(before - 2), word(before - 1)), ("according", "to"))
            || word(before - 1) == "by" && matches!(word(before - 2), "carried" | "quoted" | "cited" | "published"));
    let reports = matches!(word(end), "reported" | "reports" | "said" | "says" | "quoted" | "cited");
    told || through || reports
}

/// Whether the actor at `first..end` is named as the one at whose request the sentence's
/// act is done: `at the request of`, in a list that follows it, or `at …'s request` (a
/// request refused, `rejected Egypt's request`, is aimed at whoever made it).
fn requested_it(doc: &Doc, first: usize, end: usize, sentence: std::ops::Range<usize>) -> bool {
    let word = |i: usize| if sentence.contains(&i) { doc.token_text(i) } else { "" };
    let after_at = |phrase: usize| {
        let before = before_determiners(doc, phrase);
        before > sentence.start && matches!(word(before - 1), "at" | "on" | "upon")
    };
    if matches!(word(end), "'s" | "’s") && word(end + 1) == "request" && after_at(first) {
        return true;
    }
    // Back over the list the actor ends (`the United States, Britain and`) to its `of`.
    let list = (sentence.start.max(first.saturating_sub(REQUESTERS_WORDS))..first).rev().map(|i| (i, word(i)));
    let of = list
        .take_while(|&(_, w)| matches!(w, "," | "and" | "the" | "of") || w.starts_with(char::is_uppercase))
        .find(|&(_, w)| w == "of");
    of.is_some_and(|(i, _)| i > sentence.start && word(i - 1) == "request" && after_at(i - 1))
}

/// The most words from `request of` to the last of the actors it lists.
const REQUESTERS_WORDS: usize = 12;

/// Whether `opposition` names a stance, not the opposition: `voiced opposition`, `their
/// opposition to the deal`, `strong opposition`.
fn names_a_stance(word: &str, previous: &str, next: &str) -> bool {
    word.eq_ignore_ascii_case("opposition")
        && (next == "to"
            || doc::with_lowercase(previous, |w| {
                matches!(
                    w,
                    "voiced"
                        | "voice"
                        | "voices"
                        | "voicing"
                        | "expressed"
                        | "express"
                        | "expresses"
                        | "expressing"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "strong"
                        | "fierce"
                        | "firm"
                        | "stiff"
                        | "growing"
                )
            }))
}

/// A verb of what two sides do together, in the past: `signed`, `agreed`.
fn is_joint_verb(word: &str) -> bool {
    matches!(word, "signed" | "agreed" | "discussed" | "pledged" | "vowed" | "exchanged" | "held" | "met")
}

/// The end of a phrase at token `first` that names the two sides of a dispute or a deal:
/// `both sides`, `the two countries`, `the warring parties`, `the parties`, `all sides`.
pub(super) fn both_sides(doc: &Doc, first: usize, end: usize) -> Option<usize> {
    let word = |i: usize| (i < end).then(|| doc.token_text(i));
    let noun_at = match doc.token_text(first) {
        "both" | "Both" => first + 1,
        "all" | "All" if word(first + 1).is_some_and(|w| matches!(w, "sides" | "parties")) => first + 1,
        "the" | "The" if word(first + 1).is_some_and(|w| matches!(w, "two" | "warring")) => first + 2,
        // `the parties` of a dispute; `the parties` of a vote have their names.
        "the" | "The" if word(first + 1) == Some("parties") => first + 1,
        // `They signed an agreement`: a pronoun doing what two do together.
        "they" | "They" if word(first + 1).is_some_and(is_joint_verb) => return Some(first + 1),
        _ => return None,
    };
    let sides_noun = |w: &str| {
        matches!(
            w,
            "sides"
                | "countries"
                | "parties"
                | "governments"
                | "neighbours"
                | "neighbors"
                | "leaders"
                | "ministers"
                | "presidents"
                | "delegations"
        )
    };
    // One modifier may stand before the noun: `the two foreign ministers`.
    let noun_at = if word(noun_at).is_some_and(|w| !sides_noun(w) && w.starts_with(|c: char| c.is_ascii_lowercase()))
        && word(noun_at + 1).is_some_and(sides_noun)
    {
        noun_at + 1
    } else {
        noun_at
    };
    word(noun_at).is_some_and(sides_noun).then_some(noun_at + 1)
}

/// The code of a bare demonym (`Indian`) coordinated with the demonym that opens a role
/// phrase (`and Pakistani troops`): its country with the phrase's role.
fn shared_role(doc: &Doc, demonym: &Mention, phrase: &Mention) -> Option<ActorCode> {
    // A country's initials stand as its adjective: `his U.S. and Japanese counterparts`.
    let initials = doc.token_text(demonym.first).bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
    let bare = demonym.end == demonym.first + 1 && (!demonym.country_only || initials) && !demonym.possessive;
    let opens_with_modifier =
        phrase.end > phrase.first + 1 && doc.token_text(phrase.first).starts_with(char::is_uppercase);
    if !bare || !opens_with_modifier || !coordinated(doc, demonym, phrase) {
        return None;
    }
    let (country, phrase_country) = (demonym.code.as_str(), country_of(phrase.code)?);
    let role = phrase.code.as_str().strip_prefix(phrase_country.as_str()).filter(|r| !r.is_empty())?;
    (country.len() == 3 && country != phrase_country.as_str()).then(|| ActorCode::new(&format!("{country}{role}")))?
}

/// The role phrase whose head is the role word at `role_at`, coded: its country from
/// a modifier (`Kenyan police`), a place after it (`companies based in China`), or the
/// dateline (an earlier actor it refers back to, `the court`, is the references
/// layer's: `doc.references`, coded by `actors`).
fn role_phrase(
    doc: &Doc,
    role_at: usize,
    tokens: std::ops::Range<usize>,
    codebook: &Codebook,
    gazetteer: &Gazetteer,
    story: Option<&str>,
) -> Option<Mention> {
    let token = doc.tokens[role_at];
    let word = doc.slice(token.span);
    let previous = if role_at > tokens.start { doc.token_text(role_at - 1) } else { "" };
    // A possessor names the body too: `the rebels' positions`.
    let modifier = if matches!(previous, "'" | "'s" | "’" | "’s") && role_at >= tokens.start + 2 {
        doc.token_text(role_at - 2)
    } else {
        previous
    };
    let role = (token.kind == TokenKind::Word).then(|| codebook.actors.head_role(modifier, word)).flatten()?;
    // Inside a name (`Great Hall of the People`) or capitalized mid-sentence, a role
    // word belongs to the name; before a name it is a title (`President Xi`).
    let in_entity = covering(&doc.entities, token.span, |e| e.span)
        .is_some_and(|e| e.span != token.span || doc.actor_at(e.span).is_some());
    let next = (role_at + 1 < tokens.end).then(|| doc.tokens[role_at + 1]);
    let next_text = next.map_or("", |t| doc.slice(t.span));
    let next_is_name =
        next.is_some_and(|t| covering(&doc.entities, t.span, |e| e.span).is_some_and(|e| e.span.start == t.span.start));
    // A reference (`the ministry`) is coded as what it refers to, among the actors.
    let referring = covering(&doc.references, token.span, |r| r.span).is_some_and(|r| doc.actor_at(r.span).is_some());
    if in_entity || next_is_name || referring || names_a_stance(word, previous, next_text) {
        return None;
    }
    // One of a seat named after `of` is its state's: `a diplomat of the Estonian embassy`;
    // a title with its `of` before a person's name, and no name of its own before it, is
    // the person's: `with President of Uzbekistan Shavkat Mirziyoyev`.
    let bare_title = !previous.starts_with(char::is_uppercase);
    let titles = || bare_title && titles_a_name(doc, role_at + 2, tokens.end);
    if next_text == "of" && (owned_by_actor(doc, role_at + 2, tokens.end) || titles()) {
        return None;
    }
    // A role word the parse tags an adjective before a singular noun modifies it, even
    // a noun that could be a verb: a `general strike` is no army's (`military
    // targets` are the army's, as below). A post or a vehicle of the body is the
    // body's: an attack on a `military base` or a `police station` is on the forces.
    let facility = doc::with_lowercase(next_text, is_facility_noun);
    let adjective = tagged(doc, role_at) == Some(PosTag::JJ) && tagged(doc, role_at + 1) == Some(PosTag::NN);
    if codebook.actors.role_of(next_text).is_some() || adjective && !facility {
        return None;
    }
    // A role word before a noun modifies it: `opposition supporters` are opposition,
    // a `civilian airliner` is no actor.
    let mut end = role_at + 1;
    // A plural role word heads its phrase (`villages again`, `troops today`).
    let plural = word.ends_with('s') && word.len() > 3;
    if !plural && next.is_some_and(|t| t.kind == TokenKind::Word) && is_content_word(codebook, next_text) {
        // A group's name heads its own phrase (`the Houthi movement`), and so does a
        // body whose member or head follows (`army chief`, `police spokesman`).
        if next_text.ends_with('s')
            || word.starts_with(char::is_uppercase)
            || is_member_noun(next_text)
            || is_body_noun(next_text)
            || facility
        {
            end += 1;
        } else {
            return None;
        }
    }
    let first = phrase_start(doc, codebook, role_at, tokens.start);
    if doc::with_lowercase(word, is_weapon) && used_with(doc, role_at, tokens.start) {
        return None;
    }
    let words: Vec<&str> = (first..=role_at).map(|i| doc.token_text(i)).collect();
    // A government's armed men are its military: `Taliban forces` (in power since 2021).
    let own = code_phrase(&words, &[], doc.date, codebook, gazetteer).filter(|c| c.len() > 3).map(|code| {
        match code.strip_suffix("GOV") {
            Some(country) if matches!(role, "MIL" | "REB") && country.len() == 3 => format!("{country}MIL"),
            _ => code,
        }
    });
    if own.is_none() && codebook.actors.is_country_bound(word) {
        return None;
    }
    let role = role_held(&words, role);
    // Civilians, police and the rest of a society with no country of their own are
    // those of where the sentence's event happened (`a strike on a school in Gaza killed
    // 15 people`, `police arrested 20 protesters in Lima`), not the dateline's; a
    // state's organs and rebels may act abroad (`talks in Jeddah between the army and
    // the rebels`), and stay the story's.
    let local = || {
        let abroad = matches!(role, "GOV" | "MIL" | "SPY" | "JUD" | "LEG" | "REB");
        (!abroad).then(|| sentence_place_country(doc, tokens.clone(), gazetteer)).flatten()
    };
    // Gunmen are of whichever armed group or gang the story names, before or after.
    let gunmen = doc::with_lowercase(word, |w| matches!(w, "gunmen" | "gunman"));
    let own = if gunmen { Some(own.or_else(|| armed_group_named(doc, token.span, ARMED, true))?) } else { own };
    // The group's posts or men are the group's: `struck the group's positions`.
    let group_possessor = || {
        let possessive = first >= 2 && matches!(doc.token_text(first), "'s" | "’s");
        possessive.then(|| the_group(doc, first - 2)).flatten()
    };
    let own = own
        .or_else(group_possessor)
        .or_else(|| named_before(doc, first, role_at, role))
        .or_else(|| speakers_own(doc, first, role_at).map(|c| format!("{c}{role}")))
        .or_else(|| referred_country(doc, first, role_at, gazetteer).map(|c| format!("{c}{role}")))
        .or_else(|| opening_place_country(doc, tokens.clone(), first, gazetteer).map(|c| format!("{c}{role}")))
        .or_else(|| {
            let site = doc::with_lowercase(doc.token_text(end - 1), is_site);
            located_country(doc, end, tokens.end, site, gazetteer).map(|c| format!("{c}{role}"))
        })
        .or_else(|| local().map(|c| format!("{c}{role}")));
    let borrowed_country = own.is_none();
    let code = own.or_else(|| story.map(|c| format!("{c}{role}")))?;
    Some(Mention { borrowed_country, ..mention(doc, codebook, first, end, ActorCode::new(&code)?, false) })
}

/// The code of the armed group or gang named last before `the group` at `the` (`the
/// organisation`): a general word for a group refers to the one the story told of.
fn the_group(doc: &Doc, the: usize) -> Option<String> {
    let general = the + 1 < doc.tokens.len()
        && doc.token_text(the).eq_ignore_ascii_case("the")
        && doc::with_lowercase(doc.token_text(the + 1), |w| lexicon::GENERAL_GROUPS.contains(&w));
    general.then(|| armed_group_named(doc, doc.tokens[the].span, ARMED, false)).flatten()
}

/// The code of the armed group or gang a definite phrase of its role alone (its word at
/// `role_at`) refers to (`the militants`, `the fighters`, `the gang` after al-Shabaab or
/// Viv Ansanm was named): the latest actor of that role before it, or for `the
/// attackers` of either. Any country's: they are named once and referred to after,
/// wherever the story is filed.
fn named_before(doc: &Doc, first: usize, role_at: usize, role: &str) -> Option<String> {
    // `the militants` (a capitalized `The` may open the phrase).
    let definite = first + 1 >= role_at && role_at > 0 && doc.token_text(role_at - 1).eq_ignore_ascii_case("the");
    if !ARMED.contains(&role) || !definite {
        return None;
    }
    // Those who attacked are whichever armed group or gang was named: `the attackers`.
    let roles = if doc::with_lowercase(doc.token_text(role_at), is_unnamed_attacker) { ARMED } else { &[role] };
    armed_group_named(doc, doc.tokens[first].span, roles, false)
}

/// The roles of armed groups and gangs.
const ARMED: &[&str] = &["REB", "CRM"];

/// The code of the latest actor of one of `roles` named before `at` (any country's), or,
/// with `after`, failing one, the first named after it.
fn armed_group_named(doc: &Doc, at: Span, roles: &[&str], after: bool) -> Option<String> {
    let armed = |a: &&doc::Actor| a.code.as_str().get(3..).is_some_and(|role| roles.contains(&role));
    let before = doc.actors.partition_point(|a| a.span.start < at.start);
    let named = doc.actors[..before].iter().rev().find(armed);
    let named = named.or_else(|| if after { doc.actors[before..].iter().find(armed) } else { None });
    named.map(|a| a.code.as_str().to_string())
}

/// Whether the phrase at `first` (a few words) names a state's seat abroad with its
/// owner: `the Estonian embassy`, `Russia's embassy`.
fn owned_by_actor(doc: &Doc, first: usize, end: usize) -> bool {
    let words = first..end.min(first + OWNER_WORDS);
    let Some(seat) = words.clone().find(|&i| doc::with_lowercase(doc.token_text(i), is_seat)) else {
        return false;
    };
    let span = doc.tokens[first].span.cover(doc.tokens[seat].span);
    !within(&doc.actors, span, |a| a.span).is_empty()
}

/// The most words after `of` read for the seat that owns a role (`of the Estonian
/// embassy`).
const OWNER_WORDS: usize = 4;

/// Whether the capitalized words from `first` (after a title's `of`) run on into a
/// coded person's name: `of Uzbekistan Shavkat Mirziyoyev`.
fn titles_a_name(doc: &Doc, first: usize, end: usize) -> bool {
    let title_word = |i: usize| {
        let word = doc.token_text(i);
        word.starts_with(char::is_uppercase) || matches!(word, "of" | "and" | "for" | "the")
    };
    // A coded person: one the actors know nothing of leaves the title to say whose it is.
    let person_at = |i: usize| {
        covering(&doc.entities, doc.tokens[i].span, |e| e.span).is_some_and(|e| {
            e.label == EntityLabel::Person && e.span.start == doc.tokens[i].span.start && doc.actor_at(e.span).is_some()
        })
    };
    (first..end.min(first + TITLE_WORDS)).take_while(|&i| title_word(i)).any(person_at)
}

/// The most words from a title's `of` to the name it titles (`of Foreign Affairs of the
/// Kingdom`).
const TITLE_WORDS: usize = 6;

/// Whether a lowercase noun names those who attacked, whoever they are: `the attackers`.
fn is_unnamed_attacker(word: &str) -> bool {
    matches!(word, "attackers" | "assailants")
}

/// A noun for one who heads, speaks for or belongs to a body: the body's role is theirs
/// (`army chief` is the army's, `opposition leader` the opposition's).
fn is_member_noun(word: &str) -> bool {
    matches!(
        word,
        "chief"
            | "head"
            | "commander"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "officer"
            | "leader"
            | "boss"
            | "member"
            | "employee"
            | "employees"
            | "staffer"
            | "staffers"
            | "personnel"
            | "staff"
    )
}

/// A noun for a body that a role word before it names (`the opposition party`, `the
/// rebel movement`).
fn is_body_noun(word: &str) -> bool {
    matches!(word, "party" | "movement" | "coalition" | "alliance" | "bloc" | "group")
}

/// A noun for those who follow a person or a body (`supporters of Imran Khan`).
fn is_follower_noun(word: &str) -> bool {
    matches!(word, "supporters" | "followers" | "loyalists" | "members" | "activists" | "partisans")
}

/// A crowd of a nation's people, or a count of them: `Thousands of Serbians` and
/// `killed 12 Ukrainians` are civilians of the nation (a demonym alone names no one the
/// reader can place: `Palestinians say`).
fn crowd(doc: &Doc, codebook: &Codebook, gazetteer: &Gazetteer, first: usize, end: usize) -> Option<Mention> {
    // A count opens with a digit or with the letter of a number word from two to twenty
    // or of `thousands`, `hundreds`, `tens`, `dozens`: most words are ruled out unread.
    let opening = doc.token_text(first).as_bytes().first().map(u8::to_ascii_lowercase);
    if first + 1 >= end || !opening.is_some_and(|b| b.is_ascii_digit() || b"tfsenhd".contains(&b)) {
        return None;
    }
    let counted = is_count(doc.token_text(first));
    let crowd_of = first + 2 < end
        && doc.token_text(first + 1) == "of"
        && doc::with_lowercase(doc.token_text(first), |w| matches!(w, "thousands" | "hundreds" | "tens" | "dozens"));
    let people_at = if !crowd_of {
        first + 1
    } else if doc.token_text(first + 2) == "thousands" && doc.token_text(first + 3) == "of" {
        // `tens of thousands of Serbians`.
        first + 4
    } else {
        first + 2
    };
    if !counted && !crowd_of {
        return None;
    }
    let people = doc.tokens.get(people_at).filter(|_| people_at < end).map(|t| doc.slice(t.span))?;
    let singular = people.strip_suffix('s').filter(|s| s.starts_with(char::is_uppercase))?;
    let country = gazetteer.country_of_demonym(singular)?;
    let code = ActorCode::new(&format!("{}CVL", country.cameo_code()))?;
    Some(mention(doc, codebook, first, people_at + 1, code, false))
}

/// A number of people: digits (`12`, `1,200`) or a number word from two to twenty.
fn is_count(word: &str) -> bool {
    is_digits(word) || doc::with_lowercase(word, is_number_word)
}

/// Digits, with thousands separated by commas: `12`, `1,200`.
fn is_digits(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit()) && word.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// A lowercase number word from two to twenty.
fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "fifteen"
            | "twenty"
    )
}

/// Whether a lowercase noun names a post that stands in one place: a base, a camp, a
/// station (not a convoy or a jet).
fn is_site(word: &str) -> bool {
    matches!(
        word,
        "base"
            | "bases"
            | "airbase"
            | "airbases"
            | "post"
            | "outpost"
            | "checkpoint"
            | "camp"
            | "barracks"
            | "station"
            | "academy"
            | "headquarters"
    )
}

/// A noun for a post, a building or a vehicle of a body: an act against it is against
/// the body (`army post`, `police academy`, `military convoy`).
fn is_facility_noun(word: &str) -> bool {
    is_site(word) || matches!(word, "convoy" | "patrol" | "vehicle" | "helicopter" | "jet")
}

/// The part of speech of token `at`, where its sentence is parsed.
fn tagged(doc: &Doc, at: usize) -> Option<PosTag> {
    doc.deps.get(at).filter(|d| d.rel != DepRel::NONE).and(doc.pos.get(at).copied())
}

/// The first token of the noun phrase whose head is at `head`: the modifiers and
/// titles before it (`Yemen's internationally recognised government`).
pub(super) fn phrase_start(doc: &Doc, codebook: &Codebook, head: usize, sentence_start: usize) -> usize {
    let mut first = head;
    while first > sentence_start && head - first + 1 < MAX_PHRASE_WORDS {
        let previous = doc.tokens[first - 1];
        let text = doc.slice(previous.span);
        let before = if first >= 2 { doc.token_text(first - 2) } else { "" };
        // A noun between a name and the head: `Armenian border post`, `Russian air force`,
        // or two after a possessive: `Venezuela's state oil company`.
        let owned = |i: usize| i > sentence_start && matches!(doc.token_text(i - 1), "'s" | "’s");
        let compound = is_content_word(codebook, before) && first >= 2 && owned(first - 2);
        let noun_after_name = first - 1 > sentence_start
            && is_content_word(codebook, text)
            && (before.starts_with(char::is_uppercase) || owned(first - 1) || compound);
        // A verb the parse tags finite ends the phrase, hyphenated or not (`soldiers
        // gang-raped Ukrainian women`).
        let finite = tagged(doc, first - 1).is_some_and(|t| matches!(t, PosTag::VBD | PosTag::VBZ | PosTag::VBP));
        let modifier = !finite
            && previous.kind == TokenKind::Word
            && (text.starts_with(char::is_uppercase)
                || codebook.actors.role_of(text).is_some()
                || text.contains('-')
                || is_adjective(text, before)
                || noun_after_name)
            || matches!(text, "'s" | "’s" | "'" | "’");
        if !modifier {
            break;
        }
        first -= 1;
    }
    first
}

/// A lowercase word that can be a noun: not a verb form the lexicons know, not a
/// function word, not an adverb.
pub(super) fn is_content_word(codebook: &Codebook, word: &str) -> bool {
    let lexicon = &codebook.lexicon;
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !word.ends_with("ed")
        && !word.ends_with("ly")
        && codebook.words.speech_verb_lemma(word).is_none()
        && !lexicon.is_action_verb(word)
        && !is_preposition(word)
        && !is_be(word)
        && !matches!(
            word,
            "and"
                | "or"
                | "but"
                | "who"
                | "which"
                | "that"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "also"
                | "said"
                | "says"
                | "did"
                | "do"
                | "does"
                | "not"
                | "were"
                | "as"
                | "than"
                | "then"
                | "if"
                | "while"
                | "whose"
                // Adverbs that stand between a subject and its verb: `the government
                // again asked`.
                | "again"
                | "now"
                | "already"
                | "still"
                | "later"
                | "earlier"
                | "once"
                | "too"
                | "even"
                | "never"
                | "often"
                | "soon"
                | "just"
                | "today"
                | "yesterday"
                | "tonight"
                | "itself"
        )
}

/// A lowercase word shaped like an adjective (`federal`, `presidential`), given the
/// word before it: a participle or an adverb only after a possessive or an adverb
/// (`Yemen's internationally recognised government`), since elsewhere it is a verb.
fn is_adjective(word: &str, before: &str) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    if word.ends_with("ed") || word.ends_with("ly") {
        return matches!(before, "'s" | "’s") || (before.ends_with("ly") && word.ends_with("ed"));
    }
    ["al", "ian", "ese", "ish", "ern"].iter().any(|suffix| word.ends_with(suffix)) || TITLE_ADJECTIVES.contains(&word)
}

/// Adjectives of titles and bodies that no suffix marks: `foreign minister`, `top court`.
const TITLE_ADJECTIVES: &[&str] =
    &["foreign", "prime", "deputy", "senior", "top", "former", "chief", "interior", "acting", "vice", "new", "first"];

/// The speaker's country for `our` in a quote: `"Our positions came under fire"`.
fn speakers_own(doc: &Doc, first: usize, role_at: usize) -> Option<String> {
    let owner = (first..role_at).find(|&i| matches!(doc.token_text(i), "our" | "Our"))?;
    let speaker = in_quote(doc, doc.tokens[owner].span)?.speaker?;
    let code = doc.actor_at(speaker.span)?;
    country_of(code).map(|c| c.as_str().to_string())
}

/// The country a phrase's possessor refers to: `the country's ethnic armed groups` after
/// Myanmar was named are Myanmar's.
fn referred_country(doc: &Doc, first: usize, role_at: usize, gazetteer: &Gazetteer) -> Option<String> {
    let start = first.saturating_sub(2);
    let owner = (start..role_at).find(|&i| matches!(doc.token_text(i), "'s" | "’s"))?;
    let reference = covering(&doc.references, doc.tokens[owner - 1].span, |r| r.span)?;
    country_code(gazetteer, covering(&doc.places, reference.antecedent, |p| p.span)?)
}

/// The country of the place a sentence opens with, for the role of the subject after
/// it: `In Dushanbe, the foreign ministry rejected the accusation` is Tajikistan's.
fn opening_place_country(
    doc: &Doc,
    tokens: std::ops::Range<usize>,
    first: usize,
    gazetteer: &Gazetteer,
) -> Option<String> {
    if tokens.len() < 4 || doc.token_text(tokens.start) != "In" {
        return None;
    }
    let place = place_at(doc, tokens.start + 1)?;
    // The subject right after it (`the`, `Tajik` before the role), not any role later
    // in the sentence (`In Geneva, the UN office urged the authorities`).
    let comma = doc.token_range(place.span).end;
    if comma >= first || first > comma + OPENING_SUBJECT_WORDS || doc.token_text(comma) != "," {
        return None;
    }
    country_code(gazetteer, place)
}

/// The place mention that starts at token `at`, if one does.
fn place_at(doc: &Doc, at: usize) -> Option<&doc::PlaceMention> {
    let span = doc.tokens.get(at)?.span;
    covering(&doc.places, span, |p| p.span).filter(|p| p.span.start == span.start)
}

/// The CAMEO code of the country a geocoded place lies in.
fn country_code(gazetteer: &Gazetteer, place: &doc::PlaceMention) -> Option<String> {
    Some(gazetteer.country(place.geo.as_ref()?.country?)?.cameo_code())
}

/// The most words from the comma after an opening place to the role word's phrase.
const OPENING_SUBJECT_WORDS: usize = 2;

/// The country of a place that follows a phrase: `based in China`, `from Egypt`, `in
/// Georgia`, `in northern Ethiopia`, `in the Gaza Strip`; for a `site`, a place it
/// stands by too (`an airbase near Homs`; `warships near Taiwan` are not Taiwan's).
fn located_country(doc: &Doc, after: usize, end: usize, site: bool, gazetteer: &Gazetteer) -> Option<String> {
    let mut at = after;
    if at < end && doc.token_text(at) == "based" {
        at += 1;
    }
    let by = site && at < end && matches!(doc.token_text(at), "near" | "outside");
    if at >= end || !(by || matches!(doc.token_text(at), "in" | "from")) {
        return None;
    }
    at += 1;
    // What only narrows the place down: `the`, and a compass point.
    while at + 1 < end && (doc.token_text(at) == "the" || is_compass_point(doc.token_text(at))) {
        at += 1;
    }
    country_code(gazetteer, place_at(doc, at)?)
}

/// The country of the first place below country level that `tokens` say something
/// happened in (`in Gaza`, `near Gao`; not `orders from Moscow`).
fn sentence_place_country(doc: &Doc, tokens: std::ops::Range<usize>, gazetteer: &Gazetteer) -> Option<String> {
    let span = doc.tokens[tokens.start].span.cover(doc.tokens[tokens.end - 1].span);
    let located = |p: &&doc::PlaceMention| {
        let mut before = doc.token_range(p.span).start;
        while before > tokens.start
            && (doc.token_text(before - 1) == "the" || is_compass_point(doc.token_text(before - 1)))
        {
            before -= 1;
        }
        before > tokens.start
            && matches!(doc.token_text(before - 1), "in" | "near" | "at" | "outside" | "across" | "of" | "on")
    };
    let geo = within(&doc.places, span, |p| p.span)
        .iter()
        .filter(located)
        .find_map(|p| p.geo.as_ref().filter(|g| g.kind != doc::PlaceKind::Country))?;
    Some(gazetteer.country(geo.country?)?.cameo_code())
}

/// A word that places a thing within a region: `northern`, `south-eastern`, `central`.
fn is_compass_point(word: &str) -> bool {
    match word.strip_prefix("north").or_else(|| word.strip_prefix("south")) {
        Some(rest) => {
            matches!(rest.strip_prefix('-').unwrap_or(rest), "" | "ern" | "east" | "west" | "eastern" | "western")
        }
        None => matches!(word, "east" | "west" | "eastern" | "western" | "central"),
    }
}

fn mention(doc: &Doc, codebook: &Codebook, first: usize, end: usize, code: ActorCode, country_only: bool) -> Mention {
    let span = doc.tokens[first].span.cover(doc.tokens[end - 1].span);
    let possessive = doc.tokens.get(end).is_some_and(|t| matches!(doc.slice(t.span), "'s" | "’s"));
    // Look past articles and numbers for what governs the phrase: `of the Armenian army`;
    // a quantity and its `of` are one determiner (`arrested dozens of opposition members`).
    let mut before = first;
    loop {
        before = before_determiners(doc, before);
        if before < first {
            before = before_approximation(doc, before);
        }
        if before < 2 || doc.token_text(before - 1) != "of" || !is_quantity(doc.token_text(before - 2)) {
            break;
        }
        before -= 2;
    }
    let governor = (before > 0).then(|| doc.tokens[before - 1]);
    let governor_text = governor.map_or("", |t| doc.slice(t.span));
    let preposition = if is_preposition(governor_text) { Some(governor_text) } else { listed_preposition(doc, before) };
    let after_preposition = preposition.is_some();
    // `near the border with Bangladesh` says where, as `in` does: a country a border is
    // shared with is no partner of the act.
    let shares_border = governor_text == "with"
        && before >= 2
        && doc::with_lowercase(doc.token_text(before - 2), |w| matches!(w, "border" | "frontier" | "boundary"));
    let aimed = (preposition.is_some_and(aims) && !shares_border) || hosts_seat(doc, before);
    let complement = preposition.is_some_and(completes_noun);
    let recipient = preposition.is_some_and(directs);
    let agent = preposition == Some("by");
    let between = preposition == Some("between");
    // A phrase right after a verb is its object, not a subject: `forced an airliner`.
    let object = governor.is_some_and(|t| t.kind == TokenKind::Word)
        && governor_text.starts_with(|c: char| c.is_ascii_lowercase())
        && !after_preposition
        && !is_conjunction(governor_text)
        // After a speech verb a phrase opens the reported clause: `said Azerbaijani troops had`.
        && codebook.words.speech_verb_lemma(governor_text).is_none();
    Mention {
        first,
        end,
        span,
        code,
        country_only,
        possessive,
        after_preposition,
        aimed,
        complement,
        recipient,
        agent,
        between,
        shares_head: false,
        object,
        borrowed_country: false,
        other_side: None,
    }
}

/// The preposition that governs a list of names the phrase at token `first`
/// continues: `in` for `airports in Karachi and Islamabad`. A comma closes the phrase
/// a sentence opens with: in `After talks in Doha, Hamas and Israel agreed`, Hamas is
/// no place of the talks.
fn listed_preposition(doc: &Doc, first: usize) -> Option<&str> {
    let mut at = first;
    if at == 0 || !matches!(doc.token_text(at - 1), "and" | ",") {
        return None;
    }
    let mut comma = false;
    while at > 0 && first - at < MAX_LIST_TOKENS {
        let word = doc.token_text(at - 1);
        if is_preposition(word) {
            let sentence = doc.sentences.partition_point(|s| (s.end_token as usize) < at);
            let opens_sentence =
                doc.sentences.get(sentence).is_some_and(|s| opens_with_preposition(doc, s.first_token as usize));
            return (!(comma && opens_sentence)).then_some(word);
        }
        comma |= word == ",";
        if !(matches!(word, "and" | "," | "the") || word.starts_with(char::is_uppercase)) {
            return None;
        }
        at -= 1;
    }
    None
}

/// Whether the sentence whose first token is `first` opens with a prepositional phrase
/// (`After talks in Doha, …`, `During a visit to Baghdad, …`).
pub(super) fn opens_with_preposition(doc: &Doc, first: usize) -> bool {
    let opener = doc.token_text(first);
    opener.starts_with(char::is_uppercase) && doc::with_lowercase(opener, is_preposition)
}

/// Whether a word stands for how many of the `of` phrase after it: a determiner, or a
/// noun for a band of them (`a group of Bangladeshi smugglers` are smugglers).
pub(super) fn is_quantity(word: &str) -> bool {
    is_determiner(word) || doc::with_lowercase(word, |w| matches!(w, "group" | "band" | "handful" | "number"))
}

/// The first of the articles, possessives and numbers right before token `first` (or
/// `first` itself where none stand there): `the` of `the Russian embassy`.
pub(super) fn before_determiners(doc: &Doc, first: usize) -> usize {
    let mut before = first;
    while before > 0 && is_determiner(doc.token_text(before - 1)) {
        before -= 1;
    }
    before
}

/// The first token of the words that make the number at `number` approximate or a bound
/// (`at least`, `more than`, `nearly`), or `number` where none stand before it: in `in at
/// least nine of Ecuador's provinces` the phrase is governed by `in`.
fn before_approximation(doc: &Doc, number: usize) -> usize {
    let is = |i: usize, words: &[&str]| words.iter().any(|w| doc.token_text(i).eq_ignore_ascii_case(w));
    match number {
        2.. if is(number - 1, &["least", "most"]) && is(number - 2, &["at"]) => number - 2,
        2.. if is(number - 1, &["than"]) && is(number - 2, &["more", "fewer", "less"]) => number - 2,
        2.. if is(number - 1, &["to"]) && is(number - 2, &["up"]) => number - 2,
        1.. if is(number - 1, &["nearly", "almost", "about", "around", "roughly", "approximately", "some", "over"]) => {
            number - 1
        }
        _ => number,
    }
}

/// The first token from `at` on, before `end`, past articles, possessives and numbers.
pub(super) fn after_determiners(doc: &Doc, mut at: usize, end: usize) -> usize {
    while at < end && is_determiner(doc.token_text(at)) {
        at += 1;
    }
    at
}

/// Whether a word, in any case (`Hundreds of protesters` opens a sentence), is an
/// article, a possessive pronoun, a quantity or a number.
pub(super) fn is_determiner(word: &str) -> bool {
    doc::with_lowercase(word, is_lowercase_determiner)
}

fn is_lowercase_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "several"
            | "some"
            | "all"
            | "both"
            | "many"
            | "dozens"
            | "hundreds"
            | "thousands"
    ) || is_number_word(word)
        || is_digits(word)
}

pub(crate) fn is_conjunction(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "but"
            | "or"
            | "while"
            | "as"
            | "that"
            | "when"
            | "where"
            | "because"
            | "although"
            | "though"
            | "if"
            | "whereas"
            | "which"
            | "who"
            | "then"
            | "meanwhile"
            | "also"
            | "earlier"
            | "later"
            | "yesterday"
            | "today"
    )
}
