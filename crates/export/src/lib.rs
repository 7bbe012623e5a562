//! Export: the output contract as flat records, and a human-readable summary.
//!
//! Core types in `doc` know nothing of serde; this crate maps a [`Doc`] to its own
//! record structs so that a change in the core never silently changes the output.
//! Every record carries byte offsets `start`/`end` into the article `text`.
//!
//! ```
//! let mut doc = doc::Doc::new("a", "Hello.".to_string());
//! let json = serde_json::to_string(&export::ArticleRecord::new(&doc)).unwrap();
//! assert!(json.starts_with(r#"{"schema_version":1,"id":"a","date":null,"#));
//! ```
#![warn(missing_docs)]

pub mod gdelt;
mod pretty;

pub use pretty::write_pretty;

use doc::{ActorCode, DepRel, Doc, Entity, Span, SpeakerKind};
use serde::Serialize;

/// Version of the JSON contract; bumped when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// A layer of the document written as a JSON array record by record, straight from the
/// document: collecting the records of a long article first cost more than writing them,
/// and more per record the longer the article.
pub struct Layer<'a, T> {
    doc: &'a Doc,
    records: fn(&'a Doc) -> Box<dyn Iterator<Item = T> + 'a>,
}

impl<'a, T: 'a> Layer<'a, T> {
    fn new(doc: &'a Doc, records: fn(&'a Doc) -> Box<dyn Iterator<Item = T> + 'a>) -> Layer<'a, T> {
        Layer { doc, records }
    }

    /// The records, in text order.
    pub fn iter(&self) -> impl Iterator<Item = T> + 'a {
        (self.records)(self.doc)
    }
}

impl<'a, T: Serialize + 'a> Serialize for Layer<'a, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// One article in the JSON contract.
#[derive(Serialize)]
pub struct ArticleRecord<'a> {
    /// Contract version.
    pub schema_version: u32,
    /// Article id.
    pub id: &'a str,
    /// Publication date, `YYYY-MM-DD`, or null when unknown.
    pub date: Option<String>,
    /// Headline, when the input had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    /// Address of the original, when the input had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    /// Publisher, when the input had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a str>,
    /// The body text all offsets point into.
    pub text: &'a str,
    /// The opening dateline; all fields null when the article has none.
    pub dateline: DatelineRecord<'a>,
    /// Sentences as `[start, end]` byte pairs.
    pub sentences: Layer<'a, [u32; 2]>,
    /// Direct quotations.
    pub quotes: Layer<'a, QuoteRecord<'a>>,
    /// Temporal expressions.
    pub dates: Layer<'a, DateRecord<'a>>,
    /// Named entities.
    pub entities: Layer<'a, EntityRecord<'a>>,
    /// Location mentions with their places.
    pub places: Layer<'a, PlaceRecord<'a>>,
    /// Pronouns and definite descriptions with what they refer to.
    pub references: Layer<'a, ReferenceRecord<'a>>,
    /// CAMEO-coded events.
    pub events: Layer<'a, EventRecord<'a>>,
    /// GDELT-style tone of the whole article.
    pub tone: ToneRecord,
    /// Themes the article touches, at each evoking phrase.
    pub themes: Layer<'a, ThemeRecord<'a>>,
    /// The tokens of every parsed sentence with their tags and dependencies; only with
    /// [`ArticleRecord::with_tokens`] (`--tokens`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Layer<'a, TokenRecord>>,
}

/// A token of a parsed sentence, as spaCy's users inspect one.
#[derive(Serialize)]
pub struct TokenRecord {
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// Penn Treebank tag.
    pub pos: &'static str,
    /// Index into `tokens` of its head; -1 for its sentence's root.
    pub head: i64,
    /// Relation to its head (`ROOT` for the root).
    pub dep: &'static str,
}

/// The tokens of the parsed sentences (past the dateline, which is not parsed), heads
/// indexing this same sequence.
fn parsed_tokens(doc: &Doc) -> impl Iterator<Item = TokenRecord> + '_ {
    let after_dateline = doc.sentences.iter().map(|s| doc.after_dateline(s.tokens())..s.tokens().end);
    let parsed = after_dateline.filter(|t| doc.deps.get(t.start).is_some_and(|d| d.rel != DepRel::NONE));
    let numbered = parsed.scan(0usize, |emitted, tokens| {
        let first_index = *emitted;
        *emitted += tokens.len();
        Some((first_index, tokens))
    });
    numbered.flat_map(move |(first_index, tokens)| {
        let first = tokens.start;
        tokens.map(move |t| {
            let (token, dep) = (doc.tokens[t], doc.deps[t]);
            let head = dep.head as usize;
            TokenRecord {
                start: token.span.start,
                end: token.span.end,
                pos: doc.pos[t].label(),
                head: if head == t { -1 } else { (first_index + head - first) as i64 },
                dep: dep.rel.label(),
            }
        })
    })
}

/// Tone scores, as percentages of the article's words.
#[derive(Serialize)]
pub struct ToneRecord {
    /// Positive minus negative score (GDELT's AvgTone).
    pub tone: f32,
    /// Share of positive words, %.
    pub positive: f32,
    /// Share of negative words, %.
    pub negative: f32,
    /// Positive plus negative score.
    pub polarity: f32,
    /// Share of words that name actions, %.
    pub activity_density: f32,
    /// Share of first-person pronouns, %.
    pub self_reference_density: f32,
    /// Words counted.
    pub words: u32,
}

/// A theme at the words that evoke it.
#[derive(Serialize)]
pub struct ThemeRecord<'a> {
    /// Theme code (`ARMED_CONFLICT`).
    pub theme: &'static str,
    /// The evoking words.
    pub text: &'a str,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
}

/// A CAMEO-coded event.
#[derive(Serialize)]
pub struct EventRecord<'a> {
    /// Source actor code (`ARMMIL`).
    pub source: &'a str,
    /// Target actor code (`AZECVL`).
    pub target: &'a str,
    /// CAMEO event code (`194`).
    pub code: &'a str,
    /// Root category, the code's first two digits (`19`).
    pub root: &'a str,
    /// Goldstein scale value, −10 to +10.
    pub goldstein: f32,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad: u8,
    /// Index of the first sentence that reports it (into `sentences`).
    pub sentence: u32,
    /// How many times the article reports the same source, code and target.
    pub mentions: u32,
    /// Start of the evidence: the words from source to target.
    pub start: u32,
    /// End of the evidence.
    pub end: u32,
    /// Where it happened: the place named in its sentence, else the dateline's.
    pub location: Option<EventPlaceRecord<'a>>,
    /// The evidence text (`start`..`end`).
    pub evidence: &'a str,
    /// How the source is named (`Armenian forces`).
    pub source_text: &'a str,
    /// How the target is named.
    pub target_text: &'a str,
    /// The words that fired the rule (`shelled`).
    pub trigger: &'a str,
    /// The lexicon entry that fired, as `pattern (event_verbs.tsv:LINE)`.
    pub rule: String,
    /// The dependency path it was read along (`nsubj←shell→dobj`); absent where the
    /// sentence was not parsed or the tree named neither actor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<PathRecord>,
}

/// An event's dependency path with its trigger's lemma, written as one string
/// (`agent>pobj←ambush→nsubjpass`) straight into the output, never built first.
pub struct PathRecord {
    /// The path.
    pub path: doc::DepPath,
    /// The trigger's lemma.
    pub lemma: &'static str,
}

impl Serialize for PathRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.path.display(self.lemma))
    }
}

/// The place of an event.
#[derive(Serialize)]
pub struct EventPlaceRecord<'a> {
    /// The name as written.
    pub text: &'a str,
    /// The gazetteer's name.
    pub name: &'a str,
    /// ISO 3166 alpha-2 country code; none for a region of the world.
    pub country: Option<&'a str>,
    /// Latitude.
    pub lat: f32,
    /// Longitude.
    pub lon: f32,
}

/// The dateline: place, agency and date.
#[derive(Serialize)]
pub struct DatelineRecord<'a> {
    /// Place, as written (`MOSCOW`).
    pub place: Option<&'a str>,
    /// Country or state after the place (`Kenya` in `NAIROBI, Kenya`).
    pub region: Option<&'a str>,
    /// News agency (`TASS`).
    pub agency: Option<&'a str>,
    /// The dateline's date resolved to `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Start of the dateline.
    pub start: Option<u32>,
    /// End of the dateline.
    pub end: Option<u32>,
}

/// A direct quotation.
#[derive(Serialize)]
pub struct QuoteRecord<'a> {
    /// The words between the quotation marks.
    pub text: &'a str,
    /// Start of the quoted words.
    pub start: u32,
    /// End of the quoted words.
    pub end: u32,
    /// Who said it.
    pub speaker: Option<&'a str>,
    /// Start of the speaker's name (possibly before the quote, for `he said`).
    pub speaker_start: Option<u32>,
    /// End of the speaker's name.
    pub speaker_end: Option<u32>,
    /// `person` or `group`.
    pub speaker_kind: Option<&'static str>,
    /// The speaker's CAMEO actor code.
    pub speaker_actor: Option<String>,
    /// The attributing speech verb.
    pub verb: Option<&'a str>,
}

/// A named entity.
#[derive(Serialize)]
pub struct EntityRecord<'a> {
    /// The name as written.
    pub text: &'a str,
    /// `PERSON`, `ORG`, `LOC` or `MISC`.
    pub label: &'static str,
    /// CAMEO actor code (`AZEGOV`, `IGOUNO`), when the entity is an actor.
    pub actor: Option<&'a str>,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
}

/// A location mention and its place; the place fields are null when unresolved.
#[derive(Serialize)]
pub struct PlaceRecord<'a> {
    /// The name as written.
    pub text: &'a str,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// The gazetteer's name.
    pub name: Option<&'a str>,
    /// ISO 3166 alpha-2 country code.
    pub country: Option<&'a str>,
    /// Region name.
    pub admin1: Option<&'a str>,
    /// Latitude.
    pub lat: Option<f32>,
    /// Longitude.
    pub lon: Option<f32>,
    /// GeoNames id.
    pub geonameid: Option<u32>,
    /// `country`, `admin1` or `city`.
    pub kind: Option<&'static str>,
}

/// Words that refer back (`the ambassador`, `he`) and what they refer to.
#[derive(Serialize)]
pub struct ReferenceRecord<'a> {
    /// The referring words.
    pub text: &'a str,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// `pronoun`, `role`, `group` or `place`.
    pub kind: &'static str,
    /// The earlier name they refer to.
    pub antecedent: AntecedentRecord<'a>,
}

/// The name a reference refers to, where it stands in the text.
#[derive(Serialize)]
pub struct AntecedentRecord<'a> {
    /// The name as written.
    pub text: &'a str,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
}

/// A temporal expression.
#[derive(Serialize)]
pub struct DateRecord<'a> {
    /// The expression as written.
    pub text: &'a str,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
    /// ISO 8601 value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `A/B`), null when unresolvable.
    pub value: Option<String>,
}

impl<'a> ArticleRecord<'a> {
    /// Adds the tokens of `doc`'s parsed sentences with their tags and dependencies.
    pub fn with_tokens(self, doc: &'a Doc) -> ArticleRecord<'a> {
        ArticleRecord { tokens: Some(Layer::new(doc, |doc| Box::new(parsed_tokens(doc)))), ..self }
    }
}

impl<'a> ArticleRecord<'a> {
    /// The record of an annotated document.
    pub fn new(doc: &'a Doc) -> ArticleRecord<'a> {
        let text = |span: Span| doc.slice(span);
        let dateline = doc.dateline;
        ArticleRecord {
            schema_version: SCHEMA_VERSION,
            id: &doc.id,
            date: doc.date.map(|d| d.to_string()),
            title: doc.meta.title.as_deref(),
            url: doc.meta.url.as_deref(),
            source: doc.meta.source.as_deref(),
            text: &doc.text,
            dateline: DatelineRecord {
                place: dateline.map(|d| text(d.place)),
                region: dateline.and_then(|d| d.region).map(text),
                agency: dateline.and_then(|d| d.agency).map(text),
                date: dateline.and_then(|d| d.date).map(|d| d.to_string()),
                start: dateline.map(|d| d.span.start),
                end: dateline.map(|d| d.span.end),
            },
            sentences: Layer::new(doc, |doc| Box::new(doc.sentences.iter().map(|s| [s.span.start, s.span.end]))),
            quotes: Layer::new(doc, |doc| {
                Box::new(doc.quotes.iter().map(|q| QuoteRecord {
                    text: doc.slice(q.span),
                    start: q.span.start,
                    end: q.span.end,
                    speaker: q.speaker.map(|s| doc.slice(s.span)),
                    speaker_start: q.speaker.map(|s| s.span.start),
                    speaker_end: q.speaker.map(|s| s.span.end),
                    speaker_kind: q.speaker.map(|s| match s.kind {
                        SpeakerKind::Person => "person",
                        SpeakerKind::Group => "group",
                    }),
                    speaker_actor: q.speaker.and_then(|s| doc.actor_at(s.span)).map(|a| a.as_str().to_string()),
                    verb: q.verb.map(|span| doc.slice(span)),
                }))
            }),
            dates: Layer::new(doc, |doc| {
                Box::new(doc.dates.iter().map(|d| DateRecord {
                    text: doc.slice(d.span),
                    start: d.span.start,
                    end: d.span.end,
                    value: d.value.map(|v| v.to_string()),
                }))
            }),
            entities: Layer::new(doc, |doc| {
                Box::new(entities_with_actors(doc).map(|(e, actor)| EntityRecord {
                    text: doc.slice(e.span),
                    label: e.label.as_str(),
                    actor: actor.map(ActorCode::as_str),
                    start: e.span.start,
                    end: e.span.end,
                }))
            }),
            places: Layer::new(doc, |doc| {
                Box::new(doc.places.iter().map(|p| {
                    let geo = p.geo.as_ref();
                    PlaceRecord {
                        text: doc.slice(p.span),
                        start: p.span.start,
                        end: p.span.end,
                        name: geo.map(|g| g.name.as_str()),
                        country: geo.and_then(|g| g.country_code()),
                        admin1: geo.and_then(|g| g.admin1.as_deref()),
                        lat: geo.map(|g| g.lat),
                        lon: geo.map(|g| g.lon),
                        geonameid: geo.and_then(|g| g.geonameid),
                        kind: geo.map(|g| g.kind.as_str()),
                    }
                }))
            }),
            references: Layer::new(doc, |doc| {
                Box::new(doc.references.iter().map(|r| ReferenceRecord {
                    text: doc.slice(r.span),
                    start: r.span.start,
                    end: r.span.end,
                    kind: r.kind.as_str(),
                    antecedent: AntecedentRecord {
                        text: doc.slice(r.antecedent),
                        start: r.antecedent.start,
                        end: r.antecedent.end,
                    },
                }))
            }),
            events: Layer::new(doc, |doc| {
                Box::new(doc.events.iter().map(|e| {
                    let evidence = e.evidence;
                    EventRecord {
                        source: e.source.code.as_str(),
                        target: e.target.code.as_str(),
                        code: e.code.as_str(),
                        root: e.code.root(),
                        goldstein: e.goldstein,
                        quad: e.quad,
                        sentence: e.sentence,
                        mentions: e.mentions,
                        start: evidence.start,
                        end: evidence.end,
                        location: e.place.and_then(|i| {
                            let place = &doc.places[i as usize];
                            let geo = place.geo.as_ref()?;
                            Some(EventPlaceRecord {
                                text: doc.slice(place.span),
                                name: &geo.name,
                                country: geo.country_code(),
                                lat: geo.lat,
                                lon: geo.lon,
                            })
                        }),
                        evidence: doc.slice(evidence),
                        source_text: doc.slice(e.source.span),
                        target_text: doc.slice(e.target.span),
                        trigger: doc.slice(e.trigger),
                        rule: format!("{} (event_verbs.tsv:{})", e.rule, e.rule_line),
                        path: e.path.map(|path| PathRecord { path, lemma: e.lemma }),
                    }
                }))
            }),
            tone: ToneRecord {
                tone: doc.tone.tone(),
                positive: doc.tone.positive_score(),
                negative: doc.tone.negative_score(),
                polarity: doc.tone.polarity(),
                activity_density: doc.tone.activity_density(),
                self_reference_density: doc.tone.self_reference_density(),
                words: doc.tone.words,
            },
            themes: Layer::new(doc, |doc| {
                Box::new(doc.themes.iter().map(|t| ThemeRecord {
                    theme: t.theme,
                    text: doc.slice(t.span),
                    start: t.span.start,
                    end: t.span.end,
                }))
            }),
            tokens: None,
        }
    }
}

/// Each entity with its actor code, when it has one. Entities and actors are both in
/// text order: one walk pairs them, where a binary search per entity would slow down as
/// the article grows.
pub(crate) fn entities_with_actors(doc: &Doc) -> impl Iterator<Item = (&Entity, Option<&ActorCode>)> {
    let mut actors = doc.actors.iter().peekable();
    doc.entities.iter().map(move |entity| {
        let last = std::iter::from_fn(|| actors.next_if(|a| a.span <= entity.span)).last();
        (entity, last.filter(|a| a.span == entity.span).map(|a| &a.code))
    })
}

/// Writes one JSON Lines line for `doc`.
/// With `tokens`, the record holds the parsed sentences' tokens (`--tokens`).
pub fn write_json_line(out: &mut impl std::io::Write, doc: &Doc, tokens: bool) -> std::io::Result<()> {
    let record = ArticleRecord::new(doc);
    let record = if tokens { record.with_tokens(doc) } else { record };
    serde_json::to_writer(&mut *out, &record)?;
    out.write_all(b"\n")
}

/// One sentence as `dateline segment` writes it: dateline's own tokens, in the form of
/// spaCy's `Doc(words=, spaces=)`, so a model trained on other tools' output (a parser
/// distilled from spaCy) sees at training time the tokens it will meet at run time.
#[derive(Serialize)]
pub struct SentenceRecord<'a> {
    /// Article id.
    pub doc: &'a str,
    /// Index of the sentence in the article.
    pub sentence: usize,
    /// The token texts.
    pub words: Vec<&'a str>,
    /// Whether whitespace follows each token (after the last token of a sentence: before
    /// the next sentence, or at the end of the text).
    pub spaces: Vec<bool>,
}

impl<'a> SentenceRecord<'a> {
    /// The record of sentence `index` of a segmented `doc`.
    pub fn new(doc: &'a Doc, index: usize) -> SentenceRecord<'a> {
        let tokens = doc.sentences[index].tokens();
        let spaces = tokens
            .clone()
            .map(|i| match doc.tokens.get(i + 1) {
                Some(next) => next.space_before,
                None => doc.text[doc.tokens[i].span.range().end..].starts_with(char::is_whitespace),
            })
            .collect();
        SentenceRecord { doc: &doc.id, sentence: index, words: tokens.map(|i| doc.token_text(i)).collect(), spaces }
    }
}

/// Writes one JSON Lines line per sentence of a segmented `doc` ([`SentenceRecord`]).
pub fn write_sentence_lines(out: &mut impl std::io::Write, doc: &Doc) -> std::io::Result<()> {
    for index in 0..doc.sentences.len() {
        serde_json::to_writer(&mut *out, &SentenceRecord::new(doc, index))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use doc::{CivilDate, DateMention, Dateline, Quote, Speaker, TimeValue};

    #[test]
    fn records_carry_offsets_and_resolved_values() {
        let mut doc = Doc::new("x", "BAKU (AP) - \"Go now,\" he said on Tuesday.".to_string());
        doc.date = CivilDate::parse_iso("2020-07-14");
        doc.dateline = Some(Dateline {
            span: Span::new(0, 11),
            place: Span::new(0, 4),
            region: None,
            agency: Some(Span::new(6, 8)),
            date_text: None,
            date: None,
        });
        doc.quotes.push(Quote {
            span: Span::new(13, 20),
            speaker: Some(Speaker { span: Span::new(22, 24), kind: SpeakerKind::Person }),
            verb: Some(Span::new(25, 29)),
        });
        doc.dates.push(DateMention {
            span: Span::new(33, 40),
            value: Some(TimeValue::day(CivilDate::parse_iso("2020-07-14").unwrap())),
        });
        let json: serde_json::Value = serde_json::to_value(ArticleRecord::new(&doc)).unwrap();
        assert_eq!(json["dateline"]["agency"], "AP");
        assert_eq!(json["quotes"][0]["text"], "Go now,");
        assert_eq!(json["quotes"][0]["speaker"], "he");
        assert_eq!(json["quotes"][0]["verb"], "said");
        assert_eq!(json["dates"][0]["text"], "Tuesday");
        assert_eq!(json["dates"][0]["value"], "2020-07-14");
        assert_eq!(json["entities"], serde_json::json!([]));
    }
}
