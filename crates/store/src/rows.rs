//! An annotated article as the rows of the store's tables, made on the annotating
//! threads (JSON and deflate cost CPU), so that the writer only inserts.

use crate::ContentHash;
use doc::Doc;
use export::{ArticleRecord, EventRecord};
use flate2::write::DeflateEncoder;
use rusqlite::{params, Transaction};
use std::collections::BTreeSet;

/// The stored record's stand-in for the text, which is stored once, in its own column;
/// the first occurrence is the record's own `text` field, as that field follows only
/// numbers and JSON strings (whose quotes are escaped).
const EMPTY_TEXT_FIELD: &str = r#""text":"""#;

/// An article's rows, ready to insert.
pub struct ArticleRows {
    /// The content hash.
    pub hash: ContentHash,
    /// The id the input gave it.
    pub input_id: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Address of the original.
    pub url: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// The dateline's place as written.
    pub dateline_place: Option<String>,
    /// The dateline's agency.
    pub dateline_agency: Option<String>,
    /// The article's tone.
    pub tone: f32,
    /// The body text.
    pub text: String,
    /// The contract JSON with an empty text, deflated.
    pub record: Vec<u8>,
    /// Its events.
    pub events: Vec<EventRow>,
    /// Its quotations.
    pub quotes: Vec<QuoteRow>,
    /// Distinct actor codes of its entities, speakers and events.
    pub actors: BTreeSet<String>,
    /// Distinct countries (ISO alpha-2) of its places.
    pub countries: BTreeSet<String>,
    /// Distinct themes.
    pub themes: BTreeSet<&'static str>,
}

/// A row of `events`.
pub struct EventRow {
    /// Source actor code.
    pub source: Option<String>,
    /// How the source is named.
    pub source_text: String,
    /// Target actor code.
    pub target: Option<String>,
    /// How the target is named.
    pub target_text: String,
    /// CAMEO code.
    pub code: String,
    /// QuadClass.
    pub quad: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// Place name, country, latitude and longitude.
    pub place: Option<(String, Option<String>, f32, f32)>,
    /// Evidence span.
    pub start: u32,
    /// End of the evidence.
    pub end: u32,
    /// The lexicon entry.
    pub rule: String,
    /// Reported in the lead.
    pub is_root: bool,
    /// Times reported.
    pub mentions: u32,
}

/// A row of `quotes`.
pub struct QuoteRow {
    /// The speaker's name as written.
    pub speaker: Option<String>,
    /// The speaker's actor code.
    pub speaker_actor: Option<String>,
    /// Start of the quoted words.
    pub start: u32,
    /// End of the quoted words.
    pub end: u32,
}

fn non_empty(code: &str) -> Option<String> {
    (!code.is_empty()).then(|| code.to_string())
}

impl ArticleRows {
    /// The rows of an annotated article whose text hashes to `hash`.
    pub fn new(doc: Doc, hash: ContentHash) -> ArticleRows {
        let record = ArticleRecord::new(&doc);
        let mut actors = BTreeSet::new();
        let events: Vec<EventRow> = record.events.iter().map(|event| event_row(event, &mut actors)).collect();
        let quotes = record
            .quotes
            .iter()
            .map(|quote| QuoteRow {
                speaker: quote.speaker.map(str::to_string),
                speaker_actor: quote.speaker_actor,
                start: quote.start,
                end: quote.end,
            })
            .collect::<Vec<_>>();
        actors.extend(quotes.iter().filter_map(|quote| quote.speaker_actor.clone()));
        actors.extend(record.entities.iter().filter_map(|entity| entity.actor.and_then(non_empty)));
        let countries = record.places.iter().filter_map(|place| place.country.and_then(non_empty)).collect();
        let themes = record.themes.iter().map(|theme| theme.theme).collect();
        let mut deflated = DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        serde_json::to_writer(&mut deflated, &ArticleRecord { text: "", ..record })
            .expect("a record serializes to memory");
        let record = deflated.finish().expect("deflating to memory cannot fail");
        ArticleRows {
            hash,
            input_id: doc.id.to_string(),
            date: doc.date.map(|date| date.to_string()),
            dateline_place: doc.dateline.map(|d| doc.slice(d.place).to_string()),
            dateline_agency: doc.dateline.and_then(|d| d.agency).map(|agency| doc.slice(agency).to_string()),
            tone: doc.tone.tone(),
            title: doc.meta.title,
            url: doc.meta.url,
            source: doc.meta.source,
            text: doc.text,
            record,
            events,
            quotes,
            actors,
            countries,
            themes,
        }
    }
}

fn event_row(event: EventRecord, actors: &mut BTreeSet<String>) -> EventRow {
    let (source, target) = (non_empty(event.source), non_empty(event.target));
    actors.extend(source.iter().chain(&target).cloned());
    EventRow {
        source,
        source_text: event.source_text.to_string(),
        target,
        target_text: event.target_text.to_string(),
        code: event.code.to_string(),
        quad: event.quad,
        goldstein: event.goldstein,
        place: event.location.map(|place| (place.name.to_string(), non_empty(place.country), place.lat, place.lon)),
        start: event.start,
        end: event.end,
        rule: event.rule,
        is_root: export::gdelt::is_root_event(event.sentence),
        mentions: event.mentions,
    }
}

/// Inserts one article and its rows; false when its content is stored already.
pub(crate) fn insert_article(transaction: &Transaction, article: &ArticleRows) -> rusqlite::Result<bool> {
    let inserted = transaction
        .prepare_cached(
            "INSERT INTO articles (hash, input_id, date, title, url, source, dateline_place, dateline_agency, \
             tone, text, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (hash) DO NOTHING",
        )?
        .execute(params![
            &article.hash[..],
            article.input_id,
            article.date,
            article.title,
            article.url,
            article.source,
            article.dateline_place,
            article.dateline_agency,
            article.tone,
            article.text,
            article.record,
        ])?;
    if inserted == 0 {
        return Ok(false);
    }
    let id = transaction.last_insert_rowid();
    transaction
        .prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![id, article.title, article.text])?;
    let text = |start: u32, end: u32| article.text.get(start as usize..end as usize).unwrap_or("");
    let mut insert_event = transaction.prepare_cached(
        "INSERT INTO events (article, date, source, source_text, target, target_text, code, root, quad, goldstein, \
         tone, place_name, place_country, lat, lon, start, end, evidence, rule, is_root, mentions) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
    )?;
    for event in &article.events {
        let place = event.place.as_ref();
        insert_event.execute(params![
            id,
            article.date,
            event.source,
            event.source_text,
            event.target,
            event.target_text,
            event.code,
            event.code.get(..2).unwrap_or(&event.code),
            event.quad,
            event.goldstein,
            article.tone,
            place.map(|p| &p.0),
            place.and_then(|p| p.1.as_ref()),
            place.map(|p| p.2),
            place.map(|p| p.3),
            event.start,
            event.end,
            text(event.start, event.end),
            event.rule,
            event.is_root,
            event.mentions,
        ])?;
    }
    let mut insert_quote = transaction.prepare_cached(
        "INSERT INTO quotes (article, date, speaker, speaker_actor, text, start, end) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut index_quote =
        transaction.prepare_cached("INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?1, ?2, ?3)")?;
    for quote in &article.quotes {
        let words = text(quote.start, quote.end);
        insert_quote.execute(params![
            id,
            article.date,
            quote.speaker,
            quote.speaker_actor,
            words,
            quote.start,
            quote.end
        ])?;
        index_quote.execute(params![transaction.last_insert_rowid(), words, quote.speaker])?;
    }
    let facets: [(&str, &mut dyn Iterator<Item = &str>); 3] = [
        ("INSERT INTO article_actors (article, actor) VALUES (?1, ?2)", &mut article.actors.iter().map(String::as_str)),
        (
            "INSERT INTO article_countries (article, country) VALUES (?1, ?2)",
            &mut article.countries.iter().map(String::as_str),
        ),
        ("INSERT INTO article_themes (article, theme) VALUES (?1, ?2)", &mut article.themes.iter().copied()),
    ];
    for (sql, values) in facets {
        let mut statement = transaction.prepare_cached(sql)?;
        for value in values {
            statement.execute(params![id, value])?;
        }
    }
    Ok(true)
}

/// The contract JSON of a stored record: its empty text filled with `text`, and
/// `store_id` added; `None` when the record has no text field.
pub(crate) fn with_text_and_store_id(record: &str, text: &str, store_id: i64) -> Option<String> {
    let at = record.find(EMPTY_TEXT_FIELD)?;
    let body = record.strip_suffix('}')?;
    let text = serde_json::to_string(text).expect("a string serializes");
    let mut json = String::with_capacity(record.len() + text.len() + 32);
    json.push_str(&body[..at]);
    json.push_str(r#""text":"#);
    json.push_str(&text);
    json.push_str(&body[at + EMPTY_TEXT_FIELD.len()..]);
    json.push_str(&format!(",\"store_id\":{store_id}}}"));
    Some(json)
}
