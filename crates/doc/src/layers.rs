//! The annotation records each layer holds.

use crate::{CivilDate, Span, TimeValue};

/// What kind of token a span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens or apostrophes, or an abbreviation with its
    /// period (`Gen.`, `U.S.`).
    Word,
    /// Digits, possibly with inner `,` or `.` (`1,400`, `3.5`).
    Number,
    /// A quotation mark that opens a quotation.
    OpenQuote,
    /// A quotation mark that closes a quotation.
    CloseQuote,
    /// A dash used as punctuation (`-`, `--`, `–`, `—`) between spaces.
    Dash,
    /// Any other punctuation or symbol, one char.
    Punct,
}

/// One token: a span and its kind. Tokens never own text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the token.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
    /// Whether a line break stands between this token and the one before.
    pub newline_before: bool,
    /// Whether any whitespace stands between this token and the one before.
    pub space_before: bool,
}

/// A sentence: its span and the tokens it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the sentence, first token to last.
    pub span: Span,
    /// Index of the first token.
    pub first_token: u32,
    /// One past the index of the last token.
    pub end_token: u32,
    /// Whether the sentence opens a paragraph.
    pub starts_paragraph: bool,
}

impl Sentence {
    /// The token indices of the sentence.
    #[inline]
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first_token as usize..self.end_token as usize
    }
}

/// The opening dateline of a wire story: `MOSCOW, October 7. /TASS/.`
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline, separator included.
    pub span: Span,
    /// The place, e.g. `MOSCOW` or `New Delhi`.
    pub place: Span,
    /// A country or state after the place (`NAIROBI, Kenya`), when given.
    pub region: Option<Span>,
    /// The agency, e.g. `TASS`, when given.
    pub agency: Option<Span>,
    /// The date text, e.g. `October 7`, when given.
    pub date_text: Option<Span>,
    /// The date resolved against the publication date, when it could be.
    pub date: Option<CivilDate>,
}

/// A temporal expression and its resolved value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// The expression, without a leading preposition (`Tuesday`, not `on Tuesday`).
    pub span: Span,
    /// Its value; `None` when the article date it needs is unknown.
    pub value: Option<TimeValue>,
}

/// Who a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organization, a state, or an unnamed official (`the ministry`, `a spokesman`).
    Group,
}

/// The speaker of a quotation: a span naming them, which may lie before the quote
/// when the quote itself says only `he said`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The name or noun phrase.
    pub span: Span,
    /// Person or group.
    pub kind: SpeakerKind,
}

/// A direct quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, between (not including) the quotation marks.
    pub span: Span,
    /// Who said it, when found.
    pub speaker: Option<Speaker>,
    /// The speech verb that attributes it (`said`, `told`), when found.
    pub verb: Option<Span>,
}

/// What kind of words refer back to an earlier mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceKind {
    /// A personal pronoun: `he`, `she`, `it`, `they`.
    Pronoun,
    /// A person by role: `the ambassador`, `the Azerbaijani diplomat`.
    Role,
    /// An organization by its head noun: `the ministry`, `the group`.
    Group,
    /// A place by its kind: `the country`, `the capital`.
    Place,
}

impl ReferenceKind {
    /// The contract's name: `pronoun`, `role`, `group`, `place`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferenceKind::Pronoun => "pronoun",
            ReferenceKind::Role => "role",
            ReferenceKind::Group => "group",
            ReferenceKind::Place => "place",
        }
    }
}

/// Words that refer to an entity named earlier in the article: `the ambassador` to
/// `Polad Bulbuloglu`, `it` to `the Defence Ministry`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The referring words (`the ambassador`, `he`).
    pub span: Span,
    /// The fullest name of what they refer to: a person, organization or place mention
    /// that lies before them.
    pub antecedent: Span,
    /// Pronoun, role, group or place.
    pub kind: ReferenceKind,
}

/// A note from a stage about input it could only partly understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What happened, lowercase, no trailing period.
    pub message: String,
}

/// What kind of thing a named entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityLabel {
    /// A person.
    Person,
    /// An organization: government body, company, armed group, agency.
    Organization,
    /// A location: country, city, region, geographic feature.
    Location,
    /// Another name: nationalities, events, laws, works.
    Misc,
}

impl EntityLabel {
    /// The label as the output contract writes it: `PERSON`, `ORG`, `LOC`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Organization => "ORG",
            EntityLabel::Location => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }
}

/// A named entity mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The name as written.
    pub span: Span,
    /// Its kind.
    pub label: EntityLabel,
}

/// What kind of place a location is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A first-level region: state, province, oblast.
    Admin1,
    /// A second-level region (county, district), or a region news names (`Donbas`, the
    /// `Middle East`).
    Region,
    /// A populated place.
    City,
}

impl PlaceKind {
    /// The contract's name: `country`, `admin1`, `city`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Region => "region",
            PlaceKind::City => "city",
        }
    }
}

/// Where a place is, as the gazetteer knows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Geo {
    /// The gazetteer's name for it.
    pub name: String,
    /// ISO 3166 alpha-2 country code; none for a region of the world (`Middle East`).
    pub country: Option<[u8; 2]>,
    /// Region name, when known.
    pub admin1: Option<String>,
    /// Latitude in degrees.
    pub lat: f32,
    /// Longitude in degrees.
    pub lon: f32,
    /// GeoNames id, when it has one.
    pub geonameid: Option<u32>,
    /// Country, region or city.
    pub kind: PlaceKind,
}

impl Geo {
    /// The country code as text (`AZ`); none for a region of the world.
    pub fn country_code(&self) -> Option<&str> {
        self.country.as_ref().and_then(|c| std::str::from_utf8(c).ok())
    }
}

/// A location mention and the place it was resolved to, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceMention {
    /// The name as written.
    pub span: Span,
    /// The place; `None` when the gazetteer does not know the name.
    pub geo: Option<Geo>,
}

/// A CAMEO actor code (`AZEGOV`, `IGOEUROSC`), stored inline: at most 15 ASCII bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActorCode {
    bytes: [u8; 15],
    len: u8,
}

impl ActorCode {
    /// A code from its text; `None` when it is longer than 15 bytes or not ASCII.
    pub fn new(code: &str) -> Option<ActorCode> {
        let mut bytes = [0u8; 15];
        if code.len() > bytes.len() || !code.is_ascii() {
            return None;
        }
        bytes[..code.len()].copy_from_slice(code.as_bytes());
        Some(ActorCode { bytes, len: code.len() as u8 })
    }

    /// The code's text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl std::fmt::Debug for ActorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An actor: a span (an entity, a speaker, a side of an event) and its CAMEO code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor {
    /// What names the actor.
    pub span: Span,
    /// Its code.
    pub code: ActorCode,
}

/// A CAMEO event code (`190`, `0871`): two to four ASCII digits, stored inline.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct EventCode {
    digits: [u8; 4],
    len: u8,
}

impl EventCode {
    /// A code from its digits; `None` unless it is two to four ASCII digits.
    pub fn new(code: &str) -> Option<EventCode> {
        if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut digits = [0u8; 4];
        digits[..code.len()].copy_from_slice(code.as_bytes());
        Some(EventCode { digits, len: code.len() as u8 })
    }

    /// The code's digits as bytes, for comparisons that need no `str` (no validation).
    pub fn digits(&self) -> &[u8] {
        &self.digits[..usize::from(self.len)]
    }

    /// The code's digits.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[..usize::from(self.len)]).unwrap_or("")
    }

    /// The root category, the first two digits (`19` for `194`).
    pub fn root(&self) -> &str {
        &self.as_str()[..2]
    }

    /// The base code, the first three digits (`087` for `0871`); the root for a root code.
    pub fn base(&self) -> &str {
        &self.as_str()[..usize::from(self.len.min(3))]
    }
}

impl std::fmt::Debug for EventCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A CAMEO-coded event: who did what to whom, in which sentence, and why it was coded so.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    /// Index of the sentence that reports it.
    pub sentence: u32,
    /// The words that fired the rule (`shelled`, `imposed … sanctions`).
    pub trigger: Span,
    /// The words the event was read from: the trigger with the source and target
    /// named in its sentence.
    pub evidence: Span,
    /// Who acts.
    pub source: Actor,
    /// Who is acted upon.
    pub target: Actor,
    /// The CAMEO event code.
    pub code: EventCode,
    /// Goldstein scale value of the code, −10 (most conflictual) to +10.
    pub goldstein: f32,
    /// GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal
    /// conflict, 4 material conflict.
    pub quad: u8,
    /// Where it happened: index into [`crate::Doc::places`], when known.
    pub place: Option<u32>,
    /// The place of the source: where it is named by a place (`Moscow said`), else its
    /// country, as named in the article (index into [`crate::Doc::places`]).
    pub source_place: Option<u32>,
    /// The place of the target, the same way.
    pub target_place: Option<u32>,
    /// How many times the article reports it (GDELT's NumMentions).
    pub mentions: u32,
    /// The lexicon entry that fired, as written in the lexicon.
    pub rule: &'static str,
    /// The trigger's lemma: the entry's trigger without the irregular forms written
    /// after `|` (`hold|held`) or the mark of a literal (`=phone`), the word of its
    /// class for a line that opens with one (`deliver` of `@give_relief`).
    pub lemma: &'static str,
    /// The entry's line in the lexicon file.
    pub rule_line: u32,
    /// The dependency path the source and target were read along, when the trigger's
    /// sentence was parsed and the tree named at least one of them.
    pub path: Option<crate::DepPath>,
}

/// The lemma of a lexicon entry's trigger as written (see [`Event::lemma`]).
pub fn trigger_lemma(trigger: &str) -> &str {
    trigger.split([' ', '|']).next().unwrap_or_default().trim_start_matches('=')
}

/// GDELT-style tone counts of an article; the percentages derive from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tone {
    /// Words in the article.
    pub words: u32,
    /// Words of positive tone.
    pub positive: u32,
    /// Words of negative tone.
    pub negative: u32,
    /// Words that name an action (event verbs).
    pub active: u32,
    /// First-person pronouns (`I`, `we`, `our`).
    pub self_reference: u32,
}

impl Tone {
    fn percent(&self, count: u32) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            100.0 * count as f32 / self.words as f32
        }
    }

    /// Positive words as a percentage of all words.
    pub fn positive_score(&self) -> f32 {
        self.percent(self.positive)
    }

    /// Negative words as a percentage of all words.
    pub fn negative_score(&self) -> f32 {
        self.percent(self.negative)
    }

    /// Positive minus negative score: GDELT's average tone.
    pub fn tone(&self) -> f32 {
        self.positive_score() - self.negative_score()
    }

    /// Positive plus negative score: how emotionally charged the text is.
    pub fn polarity(&self) -> f32 {
        self.positive_score() + self.negative_score()
    }

    /// Action words as a percentage of all words.
    pub fn activity_density(&self) -> f32 {
        self.percent(self.active)
    }

    /// First-person pronouns as a percentage of all words.
    pub fn self_reference_density(&self) -> f32 {
        self.percent(self.self_reference)
    }
}

/// A theme an article touches, at the words that evoke it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThemeMention {
    /// The theme's code (`ARMEDCONFLICT`, `CEASEFIRE`).
    pub theme: &'static str,
    /// The keyword that evoked it.
    pub span: Span,
}
