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
            geo::Kind::Region | geo::Kind::NewsRegion => PlaceKind::Region,
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

    /// Great-circle distance in km.
    fn km(lat1: f32, lon1: f32, lat2: f32, lon2: f32) -> f32 {
        let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
        let a =
            ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
        6371.0 * 2.0 * a.sqrt().min(1.0).asin()
    }

    /// The place a name is resolved to in `doc`, by its text.
    fn geo_of_text<'a>(doc: &'a Doc, text: &str) -> Option<&'a Geo> {
        doc.places.iter().find(|p| doc.slice(p.span) == text).and_then(|p| p.geo.as_ref())
    }

    fn annotated(text: &str) -> Doc {
        let mut doc = Doc::new("t", text.to_string());
        crate::annotate(&mut doc, crate::testing::resources(), &crate::Options::default());
        doc
    }

    #[test]
    fn cities_by_their_old_and_other_names() {
        // (name, sentence, latitude, longitude of the city)
        let cities = [
            ("Bombay", "Floods hit Bombay on Monday.", 19.08, 72.88),
            ("Madras", "The court in Madras ruled on Monday.", 13.08, 80.27),
            ("Calcutta", "Thousands marched in Calcutta on Monday.", 22.57, 88.36),
            ("Peking", "Students at a university in Peking protested.", 39.90, 116.41),
            ("Rangoon", "Troops patrolled Rangoon on Monday.", 16.84, 96.17),
            ("Saigon", "He fled Saigon in 1975.", 10.82, 106.63),
            ("Kiev", "Air raid sirens sounded in Kiev on Monday.", 50.45, 30.52),
            ("Kharkov", "Shelling hit Kharkov overnight.", 49.99, 36.23),
            ("Stepanakert", "Refugees left Stepanakert on Monday.", 39.82, 46.75),
            ("Khankendi", "Azerbaijan raised its flag in Khankendi on Monday.", 39.82, 46.75),
            ("Leningrad", "He was born in Leningrad in 1952.", 59.94, 30.31),
            ("Mecca", "Pilgrims gathered in Mecca on Monday.", 21.42, 39.83),
            ("Kyiv", "Air raid sirens sounded in Kyiv on Monday.", 50.45, 30.52),
            ("Mumbai", "Floods hit Mumbai on Monday.", 19.08, 72.88),
            ("Derna", "Floods swept through Derna in eastern Libya.", 32.77, 22.64),
        ];
        for (name, sentence, lat, lon) in cities {
            let doc = annotated(sentence);
            let geo = geo_of_text(&doc, name).unwrap_or_else(|| panic!("{name} is no place: {:?}", doc.places));
            let off = km(geo.lat, geo.lon, lat, lon);
            assert!(off < 50.0, "{name} is {} ({}, {}), {off:.0} km off", geo.name, geo.lat, geo.lon);
        }
        let english = annotated("LONDON (Reuters) - Police in Salisbury, in southern England, cordoned off a street.");
        assert_eq!(geo_of_text(&english, "Salisbury").unwrap().country, Some(*b"GB"), "not Harare's old name");
    }

    #[test]
    fn continents_and_news_regions_have_no_country() {
        // (name, sentence, bounds: south, north, west, east)
        let regions = [
            ("Europe", "Gas prices rose across Europe.", 35.0, 72.0, -25.0, 45.0),
            ("Asia", "Markets fell in Asia.", -10.0, 80.0, 25.0, 180.0),
            ("Africa", "Leaders from Africa met.", -35.0, 37.0, -18.0, 52.0),
            ("Americas", "Trade with the Americas grew.", -56.0, 72.0, -170.0, -34.0),
            ("North America", "Sales in North America fell.", 7.0, 84.0, -170.0, -52.0),
            ("South America", "Drought hit South America.", -56.0, 13.0, -82.0, -34.0),
            ("Latin America", "Inflation rose in Latin America.", -56.0, 33.0, -118.0, -34.0),
            ("Middle East", "Tensions rose in the Middle East.", 12.0, 42.0, 25.0, 63.0),
            ("Sahel", "Drought gripped the Sahel.", 10.0, 20.0, -18.0, 39.0),
            ("Horn of Africa", "Famine threatens the Horn of Africa.", -2.0, 18.0, 36.0, 52.0),
            ("Balkans", "Floods hit the Balkans.", 39.0, 47.0, 13.0, 30.0),
            ("Caucasus", "Fighting flared in the Caucasus.", 38.0, 45.0, 37.0, 50.0),
            ("Central Asia", "Gas flows from Central Asia.", 35.0, 56.0, 46.0, 88.0),
            ("Southeast Asia", "Tourism returned to Southeast Asia.", -11.0, 29.0, 92.0, 141.0),
            ("Gulf", "Tankers sailed through the Gulf.", 23.0, 31.0, 47.0, 57.0),
            ("Levant", "Drought hit the Levant.", 29.0, 38.0, 34.0, 43.0),
            ("Scandinavia", "Snow fell across Scandinavia.", 54.0, 72.0, 4.0, 32.0),
            ("Baltics", "Troops were sent to the Baltics.", 53.0, 60.0, 20.0, 29.0),
            ("West Africa", "Ebola spread in West Africa.", 4.0, 25.0, -18.0, 16.0),
            ("East Africa", "Locusts swarmed over East Africa.", -12.0, 13.0, 28.0, 52.0),
            ("Southern Africa", "Drought hit Southern Africa.", -35.0, -8.0, 11.0, 41.0),
            ("North Africa", "Migrants left North Africa.", 19.0, 38.0, -18.0, 37.0),
            ("Korean Peninsula", "Tension rose on the Korean Peninsula.", 33.0, 43.0, 124.0, 131.0),
            ("Arctic", "Ice melted in the Arctic.", 66.0, 90.0, -180.0, 180.0),
        ];
        for (name, sentence, south, north, west, east) in regions {
            let doc = annotated(sentence);
            let geo = geo_of_text(&doc, name).unwrap_or_else(|| panic!("{name} is no place: {:?}", doc.places));
            assert_eq!((geo.kind, geo.country), (PlaceKind::Region, None), "{name}: {geo:?}");
            let inside = (south..=north).contains(&geo.lat) && (west..=east).contains(&geo.lon);
            assert!(inside, "{name} at ({}, {}) is outside its region", geo.lat, geo.lon);
        }
    }

    #[test]
    fn ordinary_words_and_names_are_no_places() {
        let doc = annotated(
            "Police said the Union and the Taliban met Hamas officials. Merkel called for peace, the minister \
             said at the station on Monday, as Google executives watched. Union-backed and Police-led groups \
             marched in August.",
        );
        for word in
            ["Police", "Union", "Taliban", "Hamas", "Merkel", "peace", "minister", "station", "Google", "August"]
        {
            assert!(geo_of_text(&doc, word).is_none(), "{word} became a place: {:?}", doc.places);
        }
    }
}
