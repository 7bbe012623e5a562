//! Geocoding: every location entity resolved to a place with coordinates, with the
//! context a reader uses — a qualifier written after it (`Paris, Texas`), the dateline,
//! the other places of the article (`geo::resolve`).

use doc::{Doc, EntityLabel, Geo, PlaceKind, PlaceMention, Span};

/// Fills `doc.places`; needs entities and the dateline first.
pub fn extract_places(doc: &mut Doc, gazetteer: &geo::Gazetteer) {
    let locations: Vec<Span> =
        doc.entities.iter().filter(|e| e.label == EntityLabel::Location).map(|e| e.span).collect();
    let mut mentions: Vec<geo::Mention> = locations.iter().map(|&span| geo::Mention::new(doc.slice(span))).collect();
    // `Paris, Texas`: a location followed by a comma and another location.
    for (index, pair) in locations.windows(2).enumerate() {
        if doc.text[pair[0].end as usize..pair[1].start as usize].trim() == "," {
            mentions[index].qualifier = Some(doc.slice(pair[1]));
        }
    }
    let dateline = doc.dateline.and_then(|d| locations.iter().position(|&span| span == d.place));
    let resolved = geo::resolve(gazetteer, &mentions, dateline);
    doc.places = locations
        .iter()
        .zip(resolved)
        .map(|(&span, resolved)| PlaceMention { span, geo: resolved.map(|r| geo_of(gazetteer.place(r.id))) })
        .collect();
}

fn geo_of(place: &geo::Place) -> Geo {
    Geo {
        name: place.name.clone(),
        country: place.country,
        admin1: place.admin1.clone(),
        lat: place.lat,
        lon: place.lon,
        geonameid: place.geonameid,
        kind: match place.kind {
            geo::Kind::Country => PlaceKind::Country,
            geo::Kind::Admin1 => PlaceKind::Admin1,
            geo::Kind::Region => PlaceKind::Region,
            geo::Kind::City => PlaceKind::City,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, resolved name, country, kind)
    fn places(text: &str) -> Vec<(String, String, String, &'static str)> {
        let mut doc = Doc::new("t", text.to_string());
        crate::annotate(&mut doc, crate::testing::resources(), &crate::Options::default());
        doc.places
            .iter()
            .map(|p| {
                let geo = p.geo.as_ref();
                (
                    doc.slice(p.span).to_string(),
                    geo.map_or("-".into(), |g| g.name.clone()),
                    geo.and_then(|g| g.country).map_or("-".into(), |c| String::from_utf8_lossy(&c).into_owned()),
                    geo.map_or("-", |g| g.kind.as_str()),
                )
            })
            .collect()
    }

    fn has(found: &[(String, String, String, &str)], text: &str, country: &str, kind: &str) -> bool {
        found.iter().any(|(t, _, c, k)| t == text && c == country && *k == kind)
    }

    #[test]
    fn paris_texas_and_paris_france() {
        let found = places(
            "PARIS, Texas (AP) — Tornadoes damaged homes in Paris and across Texas. The city has a replica of the \
             Eiffel Tower, a wink at its namesake, Paris, France.",
        );
        assert_eq!(found[0].2, "US", "{found:?}");
        assert!(has(&found, "Texas", "US", "admin1"), "{found:?}");
        let parises: Vec<&str> =
            found.iter().filter(|f| f.0.eq_ignore_ascii_case("paris")).map(|f| f.2.as_str()).collect();
        assert_eq!(parises, ["US", "US", "FR"], "{found:?}");
    }

    #[test]
    fn georgia_the_country_and_the_state() {
        let caucasus = places("TBILISI, Georgia (AP) — Georgia's parliament passed the bill in Tbilisi.");
        assert!(caucasus.iter().all(|p| p.2 == "GE"), "{caucasus:?}");
        let american = places(
            "ATLANTA (AP) — Storms hit Atlanta and the rest of Georgia on Monday, the governor of Georgia said.",
        );
        assert!(has(&american, "Georgia", "US", "admin1"), "{american:?}");
    }

    #[test]
    fn a_dateline_city_named_like_its_country_is_the_city() {
        let found = places("DJIBOUTI, May 2 (Reuters) - Djibouti's president met envoys from Kuwait in Djibouti.");
        assert_eq!((found[0].0.as_str(), found[0].3), ("DJIBOUTI", "city"), "{found:?}");
        assert!(has(&found, "Kuwait", "KW", "country"), "{found:?}");
        let found = places("PANAMA CITY, Panama (AP) — Panama's government said.");
        assert_eq!((found[0].2.as_str(), found[0].3), ("PA", "city"), "{found:?}");
    }

    #[test]
    fn regions_countries_and_unknown_names() {
        let found = places(
            "KYIV, March 3. /UNIAN/. Militants shelled Shumy in Donetsk region, and Ukraine blamed Russia. \
             Fighting also hit Zzyzxgrad and Nagorno-Karabakh.",
        );
        assert!(has(&found, "Nagorno-Karabakh", "AZ", "region"), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "Zzyzxgrad" && f.1 == "-"), "unresolved names stay: {found:?}");
        assert!(has(&found, "Ukraine", "UA", "country"), "{found:?}");
        assert!(has(&found, "Russia", "RU", "country"), "{found:?}");
        assert!(has(&found, "KYIV", "UA", "city"), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "Donetsk" && f.2 == "UA"), "{found:?}");
    }
}
