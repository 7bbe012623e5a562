//! `--format pretty`: what dateline understood of an article, for a person to read.

use doc::{Doc, EntityLabel, SpeakerKind};
use rustc_hash::FxHashSet;
use std::io::{self, Write};

/// The longest quotation shown in full; longer ones are cut with an ellipsis.
const MAX_QUOTE_CHARS: usize = 100;

/// Writes the summary of `doc`: its dateline, then each quote with its speaker, then
/// each date with its resolved value.
pub fn write_pretty(out: &mut impl Write, doc: &Doc) -> io::Result<()> {
    let date = doc.date.map_or_else(|| "date unknown".to_string(), |d| d.to_string());
    writeln!(out, "== {}  ({date}, {} sentences)", doc.id, doc.sentences.len())?;
    match doc.dateline {
        Some(dateline) => {
            let mut parts = vec![doc.slice(dateline.place).to_string()];
            parts.extend(dateline.region.map(|s| doc.slice(s).to_string()));
            let agency = dateline.agency.map_or("no agency", |s| doc.slice(s));
            let date = dateline.date.map_or_else(|| "no date".to_string(), |d| d.to_string());
            writeln!(out, "dateline  {} · {agency} · {date}", parts.join(", "))?;
        }
        None => writeln!(out, "dateline  none")?,
    }
    writeln!(out, "quotes    {}", doc.quotes.len())?;
    for quote in &doc.quotes {
        let text = doc.slice(quote.span);
        let shown: String = text.chars().take(MAX_QUOTE_CHARS).collect();
        let ellipsis = if shown.len() < text.len() { "…" } else { "" };
        let speaker = match quote.speaker {
            Some(s) => {
                let kind = if s.kind == SpeakerKind::Person { "" } else { " (group)" };
                format!("{}{kind}", doc.slice(s.span))
            }
            None => "unknown speaker".to_string(),
        };
        let verb = quote.verb.map_or(String::new(), |v| format!(" [{}]", doc.slice(v)));
        writeln!(out, "  “{shown}{ellipsis}”\n      — {speaker}{verb}")?;
    }
    // Lists show each name once; their headings say how many names and how many mentions.
    let mut entity_lines = Vec::new();
    let mut distinct_entities = 0;
    for label in [EntityLabel::Person, EntityLabel::Organization, EntityLabel::Location, EntityLabel::Misc] {
        // Distinct names first, then only those formatted and sorted.
        let distinct: FxHashSet<(&str, Option<&str>)> = crate::entities_with_actors(doc)
            .filter(|(e, _)| e.label == label)
            .map(|(e, actor)| (doc.slice(e.span), actor.map(doc::ActorCode::as_str)))
            .collect();
        distinct_entities += distinct.len();
        let mut names: Vec<String> = distinct
            .into_iter()
            .map(|(name, actor)| match actor {
                Some(actor) => format!("{name} [{actor}]"),
                None => name.to_string(),
            })
            .collect();
        names.sort();
        if !names.is_empty() {
            entity_lines.push(format!("  {:<7} {}", label.as_str(), names.join(" · ")));
        }
    }
    writeln!(out, "entities  {}", counted(distinct_entities, doc.entities.len()))?;
    for line in entity_lines {
        writeln!(out, "{line}")?;
    }
    let mut seen = FxHashSet::default();
    let places: Vec<_> = doc.places.iter().filter(|p| seen.insert(doc.slice(p.span))).collect();
    writeln!(out, "places    {}", counted(places.len(), doc.places.len()))?;
    for place in places {
        let text = doc.slice(place.span);
        match &place.geo {
            Some(geo) => writeln!(
                out,
                "  {:<24} → {}, {} ({}) {:.2}, {:.2}",
                text,
                geo.name,
                geo.country_code().unwrap_or("no country"),
                geo.kind.as_str(),
                geo.lat,
                geo.lon
            )?,
            None => writeln!(out, "  {text:<24} → not in the gazetteer")?,
        }
    }
    writeln!(out, "events    {}", doc.events.len())?;
    for event in &doc.events {
        let mentions = if event.mentions > 1 { format!(" ×{}", event.mentions) } else { String::new() };
        let place = event
            .place
            .and_then(|i| doc.places[i as usize].geo.as_ref())
            .map_or(String::new(), |g| format!(" @ {}", g.name));
        writeln!(
            out,
            "  {} {} {}  ({} → {}) goldstein {:+.1} quad {}{place}{mentions}",
            event.source.code.as_str(),
            event.code.as_str(),
            event.target.code.as_str(),
            doc.slice(event.source.span),
            doc.slice(event.target.span),
            event.goldstein,
            event.quad,
        )?;
        writeln!(
            out,
            "      “{}”\n      rule: {} (event_verbs.tsv:{})",
            doc.slice(event.evidence),
            event.rule,
            event.rule_line
        )?;
    }
    let tone = doc.tone;
    writeln!(
        out,
        "tone      {:+.2} (positive {:.2}%, negative {:.2}%, activity {:.2}%, {} words)",
        tone.tone(),
        tone.positive_score(),
        tone.negative_score(),
        tone.activity_density(),
        tone.words
    )?;
    let mut themes: Vec<&str> = doc.themes.iter().map(|t| t.theme).collect();
    themes.sort_unstable();
    themes.dedup();
    writeln!(out, "themes    {}", themes.join(" · "))?;
    writeln!(out, "dates     {}", doc.dates.len())?;
    for date in &doc.dates {
        let value = date.value.map_or_else(|| "unresolved".to_string(), |v| v.to_string());
        writeln!(out, "  {:<24} → {value}", doc.slice(date.span))?;
    }
    writeln!(out)
}

/// A list heading's count: the distinct items listed, and the mentions when there are more.
fn counted(distinct: usize, mentions: usize) -> String {
    if mentions == distinct {
        distinct.to_string()
    } else {
        format!("{distinct} ({mentions} mentions)")
    }
}
