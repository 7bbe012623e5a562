//! GDELT-compatible output: the Event 2.0 table (61 tab-separated columns, one row per
//! event) and the GKG 2.1 table (27 columns, one row per article), in the codebooks'
//! column order, so that tools written for GDELT's files read dateline's.
//!
//! Columns dateline has no data for stay empty; `docs/gdelt.md` lists which are filled.
//! Two deliberate differences: geographic country codes are ISO 3166 alpha-2 (GDELT
//! writes FIPS 10-4), and a month-day date GDELT would leave with year 0 is written
//! with the year dateline resolved.

use doc::{Actor, CivilDate, Doc, EntityLabel, Event, Geo, PlaceKind, TimePoint};
use rustc_hash::FxHashSet;
use std::fmt::Write as _;
use std::io::{self, Write};

/// The 61 column names of GDELT 2.0's Event table, in order.
pub const EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The 27 column names of GDELT's GKG 2.1 table, in order.
pub const GKG_COLUMNS: [&str; 27] = [
    "GKGRECORDID",
    "V2.1DATE",
    "V2SOURCECOLLECTIONIDENTIFIER",
    "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER",
    "V1COUNTS",
    "V2.1COUNTS",
    "V1THEMES",
    "V2ENHANCEDTHEMES",
    "V1LOCATIONS",
    "V2ENHANCEDLOCATIONS",
    "V1PERSONS",
    "V2ENHANCEDPERSONS",
    "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS",
    "V1.5TONE",
    "V2.1ENHANCEDDATES",
    "V2GCAM",
    "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES",
    "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS",
    "V2.1QUOTATIONS",
    "V2.1ALLNAMES",
    "V2.1AMOUNTS",
    "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
];

/// GKG's source collection for web news.
const WEB_COLLECTION: u8 = 1;
/// Sentences at the start of an article whose events count as its root events.
const LEAD_SENTENCES: u32 = 2;

/// Whether an event first reported in sentence `sentence` is a root event (GDELT's
/// IsRootEvent): one the article leads with.
pub fn is_root_event(sentence: u32) -> bool {
    sentence < LEAD_SENTENCES
}

/// Writes one Event row per event of `doc`.
pub fn write_events(out: &mut impl Write, doc: &Doc) -> io::Result<()> {
    write_events_at(out, doc, 0..doc.events.len())
}

/// Writes the Event rows of the events of `doc` at `indexes` (the server's export of
/// the events a filter chose); an index past the last event writes nothing.
pub fn write_events_at(out: &mut impl Write, doc: &Doc, indexes: impl IntoIterator<Item = usize>) -> io::Result<()> {
    let mut row = String::new();
    for index in indexes {
        let Some(event) = doc.events.get(index) else { continue };
        row.clear();
        event_row(&mut row, doc, index, event);
        debug_assert_eq!(row.matches('\t').count(), EVENT_COLUMNS.len() - 1);
        out.write_all(row.as_bytes())?;
    }
    Ok(())
}

/// Writes the GKG row of `doc`.
pub fn write_gkg(out: &mut impl Write, doc: &Doc) -> io::Result<()> {
    let mut row = String::new();
    gkg_row(&mut row, doc);
    debug_assert_eq!(row.matches('\t').count(), GKG_COLUMNS.len() - 1);
    out.write_all(row.as_bytes())
}

/// A stable positive id for an event: a hash of the article id and the event's index,
/// so that rerunning an article gives the same ids.
fn event_id(doc: &Doc, index: usize) -> u64 {
    const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const FNV_PRIME: u64 = 0x0100_0000_01b3;
    let mut hash = FNV_OFFSET;
    for byte in doc.id.bytes().chain((index as u64).to_le_bytes()) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
    }
    hash >> 11 // 53 bits: exact in every reader's float, positive in every reader's int.
}

/// A field's text with the characters that would break a row or a list replaced.
fn clean(text: &str) -> String {
    text.chars().map(|c| if matches!(c, '\t' | '\n' | '\r' | ';' | '#' | '|') { ' ' } else { c }).collect()
}

fn compact_date(date: CivilDate) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

fn event_row(row: &mut String, doc: &Doc, index: usize, event: &Event) {
    let date = doc.date;
    let day = date.map(compact_date).unwrap_or_default();
    let month_year = date.map(|d| format!("{:04}{:02}", d.year, d.month)).unwrap_or_default();
    let year = date.map(|d| d.year.to_string()).unwrap_or_default();
    let fraction = date.map(|d| format!("{:.4}", fraction_of_year(d))).unwrap_or_default();
    let _ = write!(row, "{}\t{day}\t{month_year}\t{year}\t{fraction}\t", event_id(doc, index));
    actor_columns(row, doc, &event.source);
    actor_columns(row, doc, &event.target);
    let root = u8::from(is_root_event(event.sentence));
    let _ = write!(
        row,
        "{root}\t{}\t{}\t{}\t{}\t{:.1}\t{}\t1\t1\t{:.4}\t",
        event.code.as_str(),
        event.code.base(),
        event.code.root(),
        event.quad,
        event.goldstein,
        event.mentions,
        doc.tone.tone()
    );
    let geo = |place: Option<u32>| place.and_then(|i| doc.places[i as usize].geo.as_ref());
    geo_columns(row, geo(event.source_place));
    geo_columns(row, geo(event.target_place));
    geo_columns(row, geo(event.place));
    let added = date.map(|d| format!("{}000000", compact_date(d))).unwrap_or_default();
    let _ = writeln!(row, "{added}\t{}", clean(source_url(doc)));
}

/// The year with the day as a fraction, GDELT's FractionDate (`2020.5342`): the days
/// before `date` over the days of its year, so that December 31 stays in its year.
fn fraction_of_year(date: CivilDate) -> f64 {
    let day_of = |year: i32| CivilDate::new(year, 1, 1).map_or(0, CivilDate::to_days);
    let (first, next) = (day_of(date.year), day_of(date.year + 1));
    f64::from(date.year) + (date.to_days() - first) as f64 / (next - first) as f64
}

fn source_url(doc: &Doc) -> &str {
    doc.meta.url.as_deref().unwrap_or(&doc.id)
}

/// Code, name, country, known group, ethnic, two religions, three types: ten columns.
fn actor_columns(row: &mut String, doc: &Doc, actor: &Actor) {
    let code = actor.code.as_str();
    let (country, group, role) = match code.strip_prefix("IGO") {
        Some(rest) => ("", rest.get(..3).unwrap_or(rest), rest.get(3..).unwrap_or("")),
        None => (code.get(..3).unwrap_or(code), "", code.get(3..6).unwrap_or("")),
    };
    let name = clean(doc.slice(actor.span)).to_uppercase();
    let _ = write!(row, "{code}\t{name}\t{country}\t{group}\t\t\t\t{role}\t\t\t");
}

/// Type, full name, country, ADM1, ADM2, latitude, longitude, feature id: eight columns.
fn geo_columns(row: &mut String, geo: Option<&Geo>) {
    match geo {
        Some(geo) => {
            let country = geo.country_code().unwrap_or("");
            let _ = write!(
                row,
                "{}\t{}\t{country}\t{}\t\t{:.4}\t{:.4}\t{}\t",
                geo_type(geo),
                clean(&full_name(geo)),
                adm1_code(geo),
                geo.lat,
                geo.lon,
                geo.geonameid.map(|id| id.to_string()).unwrap_or_default()
            );
        }
        None => row.push_str("\t\t\t\t\t\t\t\t"),
    }
}

/// GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
fn geo_type(geo: &Geo) -> u8 {
    let us = geo.country == Some(*b"US");
    match geo.kind {
        PlaceKind::Country => 1,
        PlaceKind::Admin1 | PlaceKind::Region if us => 2,
        PlaceKind::Admin1 | PlaceKind::Region => 5,
        PlaceKind::City if us => 3,
        PlaceKind::City => 4,
    }
}

/// `Tovuz, Tovuz, Azerbaijan`-style name: the place, its region, its country code.
fn full_name(geo: &Geo) -> String {
    let country = geo.country_code().unwrap_or("");
    match (&geo.admin1, geo.kind) {
        // A country, or a region of the world (`Middle East`): no country after it.
        _ if geo.kind == PlaceKind::Country || geo.country.is_none() => geo.name.clone(),
        (Some(admin1), _) if admin1 != &geo.name => format!("{}, {admin1}, {country}", geo.name),
        _ => format!("{}, {country}", geo.name),
    }
}

/// The country code, with nothing for the region: dateline knows region names, not
/// their codes, and GDELT's ADM1 code always starts with the country's.
fn adm1_code(geo: &Geo) -> &str {
    if geo.kind == PlaceKind::Country {
        ""
    } else {
        geo.country_code().unwrap_or("")
    }
}

fn gkg_row(row: &mut String, doc: &Doc) {
    let date = doc.date.map(|d| format!("{}000000", compact_date(d))).unwrap_or_default();
    let source = doc.meta.source.as_deref().or_else(|| doc.dateline.and_then(|d| d.agency).map(|s| doc.slice(s)));
    let _ = write!(
        row,
        "{date}-{}\t{date}\t{WEB_COLLECTION}\t{}\t{}\t\t\t",
        clean(&doc.id),
        clean(source.unwrap_or("")),
        clean(source_url(doc))
    );
    // Themes: V1 unique names, V2 every mention with its offset.
    let mut names = FxHashSet::default();
    for theme in doc.themes.iter().filter(|t| names.insert(t.theme)) {
        let _ = write!(row, "{};", theme.theme);
    }
    row.push('\t');
    doc.themes.iter().for_each(|t| {
        let _ = write!(row, "{},{};", t.theme, t.span.start);
    });
    row.push('\t');
    // Locations: V1 `type#name#country#adm1#lat#lon#id`, V2 adds ADM2 and the offset.
    let mut seen = FxHashSet::default();
    for geo in doc.places.iter().filter_map(|p| p.geo.as_ref()).filter(|g| seen.insert(g.name.as_str())) {
        location_item(row, geo, None);
    }
    row.push('\t');
    for place in &doc.places {
        if let Some(geo) = &place.geo {
            location_item(row, geo, Some(place.span.start));
        }
    }
    row.push('\t');
    for label in [EntityLabel::Person, EntityLabel::Organization] {
        names_columns(row, doc, label);
    }
    let tone = doc.tone;
    let _ = write!(
        row,
        "{:.4},{:.4},{:.4},{:.4},{:.4},{:.4},{}\t",
        tone.tone(),
        tone.positive_score(),
        tone.negative_score(),
        tone.polarity(),
        tone.activity_density(),
        tone.self_reference_density(),
        tone.words
    );
    // Dates: `resolution#month#day#year#offset`, resolution 4 for a full date (the
    // year resolved by dateline where GDELT would write 0), 2 a month, 1 a year. GKG
    // has no ranges: a range (`1992-1994`, `last week`) is its start and its end, both
    // at the expression's offset.
    for date in &doc.dates {
        let Some(value) = date.value else {
            continue;
        };
        for point in std::iter::once(value.start).chain(value.end) {
            let (resolution, month, day, year) = match point {
                TimePoint::Day(d) => (4, d.month, d.day, d.year),
                TimePoint::Month { year, month } => (2, month, 0, year),
                TimePoint::Year(year) => (1, 0, 0, year),
            };
            let _ = write!(row, "{resolution}#{month}#{day}#{year}#{};", date.span.start);
        }
    }
    row.push_str("\t\t\t\t\t\t");
    // Quotations: `offset|length|verb|quote`, separated by `#`.
    for (i, quote) in doc.quotes.iter().enumerate() {
        if i > 0 {
            row.push('#');
        }
        let verb = quote.verb.map_or("", |v| doc.slice(v));
        let _ =
            write!(row, "{}|{}|{}|{}", quote.span.start, quote.span.len(), clean(verb), clean(doc.slice(quote.span)));
    }
    row.push('\t');
    for entity in doc.entities.iter().filter(|e| e.label != EntityLabel::Location) {
        let _ = write!(row, "{},{};", clean(doc.slice(entity.span)).replace(',', " "), entity.span.start);
    }
    row.push_str("\t\t\t");
    if let Some(title) = &doc.meta.title {
        let _ = write!(row, "<PAGE_TITLE>{}</PAGE_TITLE>", clean(title).replace(['<', '>'], " "));
    }
    row.push('\n');
}

/// One location of V1LOCATIONS (`type#name#country#adm1#lat#lon#id;`), or with the
/// mention's `offset` one of V2ENHANCEDLOCATIONS, which also has an (empty) ADM2 code.
fn location_item(row: &mut String, geo: &Geo, offset: Option<u32>) {
    let (country, id) = (geo.country_code().unwrap_or(""), geo.geonameid.unwrap_or(0));
    let _ = write!(row, "{}#{}#{country}#{}#", geo_type(geo), clean(&full_name(geo)), adm1_code(geo));
    if offset.is_some() {
        row.push('#');
    }
    let _ = write!(row, "{:.4}#{:.4}#{id}", geo.lat, geo.lon);
    if let Some(offset) = offset {
        let _ = write!(row, "#{offset}");
    }
    row.push(';');
}

/// V1 (unique names) and V2 (`name,offset` per mention) columns of one entity label.
fn names_columns(row: &mut String, doc: &Doc, label: EntityLabel) {
    let mentions: Vec<(String, u32)> = doc
        .entities
        .iter()
        .filter(|e| e.label == label)
        .map(|e| (clean(doc.slice(e.span)).replace(',', " "), e.span.start))
        .collect();
    let mut unique = FxHashSet::default();
    for (name, _) in mentions.iter().filter(|(name, _)| unique.insert(name.as_str())) {
        let _ = write!(row, "{name};");
    }
    row.push('\t');
    for (name, offset) in &mentions {
        let _ = write!(row, "{name},{offset};");
    }
    row.push('\t');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_date_stays_in_its_year() {
        let fraction = |iso| format!("{:.4}", fraction_of_year(CivilDate::parse_iso(iso).unwrap()));
        assert_eq!(fraction("2020-12-31"), "2020.9973");
        assert_eq!(fraction("2021-12-31"), "2021.9973");
        assert_eq!(fraction("2020-01-01"), "2020.0000");
        assert_eq!(fraction("2020-07-02"), "2020.5000");
    }

    #[test]
    fn an_article_without_annotations_still_fills_every_column() {
        let mut doc = Doc::new("a1", "Nothing happened.".to_string());
        doc.date = CivilDate::parse_iso("2020-07-14");
        let mut out = Vec::new();
        write_gkg(&mut out, &doc).unwrap();
        let row = String::from_utf8(out).unwrap();
        assert_eq!(row.trim_end_matches('\n').split('\t').count(), GKG_COLUMNS.len());
        assert!(row.starts_with("20200714000000-a1\t20200714000000\t1\t"), "{row}");
        let mut out = Vec::new();
        write_events(&mut out, &doc).unwrap();
        assert!(out.is_empty(), "no events, no rows");
    }

    #[test]
    fn an_event_row_puts_each_value_in_its_codebook_column() {
        use doc::{Actor, ActorCode, EventCode, PlaceMention, Span};
        let text = "Armenian forces shelled villages near Tovuz.";
        let mut doc = Doc::new("a1", text.to_string());
        doc.date = CivilDate::parse_iso("2020-07-14");
        doc.places.push(PlaceMention {
            span: Span::new(38, 43),
            geo: Some(Geo {
                name: "Tovuz".into(),
                country: Some(*b"AZ"),
                admin1: Some("Tovuz".into()),
                lat: 40.88,
                lon: 45.63,
                geonameid: Some(147622),
                kind: PlaceKind::City,
            }),
        });
        let actor = |start, end, code| Actor { span: Span::new(start, end), code: ActorCode::new(code).unwrap() };
        doc.events.push(doc::Event {
            sentence: 0,
            trigger: Span::new(16, 23),
            evidence: Span::new(0, 32),
            source: actor(0, 15, "ARMMIL"),
            target: actor(24, 32, "AZECVL"),
            code: EventCode::new("194").unwrap(),
            goldstein: -10.0,
            quad: 4,
            place: Some(0),
            source_place: None,
            target_place: Some(0),
            mentions: 2,
            rule: "shell",
            lemma: "shell",
            rule_line: 1,
            path: None,
        });
        let mut out = Vec::new();
        write_events(&mut out, &doc).unwrap();
        let row = String::from_utf8(out).unwrap();
        let fields: Vec<&str> = row.trim_end_matches('\n').split('\t').collect();
        let column = |name: &str| fields[EVENT_COLUMNS.iter().position(|c| *c == name).unwrap()];
        assert_eq!(fields.len(), 61);
        assert_eq!(column("SQLDATE"), "20200714");
        assert_eq!(column("Actor1Code"), "ARMMIL");
        assert_eq!(column("Actor1Name"), "ARMENIAN FORCES");
        assert_eq!(column("Actor1CountryCode"), "ARM");
        assert_eq!(column("Actor1Type1Code"), "MIL");
        assert_eq!(column("Actor2Code"), "AZECVL");
        assert_eq!((column("EventCode"), column("EventBaseCode"), column("EventRootCode")), ("194", "194", "19"));
        assert_eq!((column("QuadClass"), column("GoldsteinScale"), column("NumMentions")), ("4", "-10.0", "2"));
        assert_eq!(column("IsRootEvent"), "1");
        assert_eq!(column("Actor1Geo_Type"), "", "Armenia is not named");
        assert_eq!((column("Actor2Geo_FullName"), column("ActionGeo_Type")), ("Tovuz, AZ", "4"));
        assert_eq!((column("ActionGeo_Lat"), column("ActionGeo_FeatureID")), ("40.8800", "147622"));
        assert_eq!((column("DATEADDED"), column("SOURCEURL")), ("20200714000000", "a1"));
    }

    #[test]
    fn a_date_range_keeps_both_its_ends_in_the_dates_column() {
        use doc::{DateMention, Span, TimeValue};
        let mut doc = Doc::new("a1", "He ruled from 1992-1994 and left on Tuesday.".to_string());
        doc.date = CivilDate::parse_iso("2020-07-14");
        let range = TimeValue { start: TimePoint::Year(1992), end: Some(TimePoint::Year(1994)) };
        let tuesday = TimeValue::point(TimePoint::Day(CivilDate::parse_iso("2020-07-14").unwrap()));
        doc.dates.push(DateMention { span: Span::new(14, 23), value: Some(range) });
        doc.dates.push(DateMention { span: Span::new(36, 43), value: Some(tuesday) });
        let mut out = Vec::new();
        write_gkg(&mut out, &doc).unwrap();
        let row = String::from_utf8(out).unwrap();
        let dates = row.split('\t').nth(GKG_COLUMNS.iter().position(|c| *c == "V2.1ENHANCEDDATES").unwrap()).unwrap();
        assert_eq!(dates, "1#0#0#1992#14;1#0#0#1994#14;4#7#14#2020#36;");
    }

    #[test]
    fn fields_never_carry_separators() {
        assert_eq!(clean("a\tb;c#d|e\nf"), "a b c d e f");
    }
}
