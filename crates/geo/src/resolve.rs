//! Disambiguation: which place a name means, the way a reader decides — by an explicit
//! qualifier (`Paris, Texas`), the dateline's country, the other places in the article,
//! and, last, population; a name a place is only called by in other languages or other
//! times gives way to a place of that name.

use crate::gazetteer::{Gazetteer, Kind, Place, PlaceId};
use rustc_hash::FxHashMap;

/// A place name in an article, with what the text says next to it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Mention<'a> {
    /// The name as written.
    pub text: &'a str,
    /// A region or country written right after it (`Texas` in `Paris, Texas`).
    pub qualifier: Option<&'a str>,
}

impl<'a> Mention<'a> {
    /// A mention without qualifier.
    pub fn new(text: &'a str) -> Mention<'a> {
        Mention { text, qualifier: None }
    }
}

/// The place chosen for a mention.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Resolved {
    /// The place.
    pub id: PlaceId,
    /// Its country, ISO alpha-2; none for a region of the world.
    pub country: Option<[u8; 2]>,
}

/// Candidates considered per name, most populous first.
const MAX_CANDIDATES: usize = 64;

/// Resolves every mention; `dateline` is the index of the dateline's place among them.
pub fn resolve(gazetteer: &Gazetteer, mentions: &[Mention], dateline: Option<usize>) -> Vec<Option<Resolved>> {
    let candidates: Vec<Vec<Candidate>> = mentions.iter().map(|m| candidates(gazetteer, m.text)).collect();
    // First pass: each mention alone (qualifier and population), for the context. A
    // dateline names the city a story is filed from, even when a country shares its
    // name (`DJIBOUTI`, `KUWAIT`).
    let alone: Vec<Option<PlaceId>> = (0..mentions.len())
        .map(|i| {
            let context = Context { dateline_is_city: dateline == Some(i), ..Context::default() };
            best(gazetteer, &mentions[i], &candidates[i], &context)
        })
        .collect();
    let mut context = Context::default();
    if let Some(place) = dateline.and_then(|d| alone.get(d).copied().flatten()) {
        context.dateline = Some(place);
        context.dateline_name = dateline.map(|d| crate::gazetteer::name_key(mentions[d].text));
    }
    for country in alone.iter().flatten().filter_map(|&place| gazetteer.place(place).country) {
        *context.country_votes.entry(country).or_default() += 1;
    }
    let mut chosen: Vec<Option<PlaceId>> = (0..mentions.len())
        .map(|i| {
            if dateline == Some(i) {
                return alone[i];
            }
            // A mention does not vote for itself.
            let own = alone[i].and_then(|p| gazetteer.place(p).country);
            best(gazetteer, &mentions[i], &candidates[i], &context.without(own))
        })
        .collect();
    // A qualifier names what contains the place it qualifies: `Atlanta, Georgia` is
    // the state of Georgia.
    for (index, mention) in mentions.iter().enumerate() {
        let (Some(qualifier), Some(place)) = (mention.qualifier, chosen[index]) else {
            continue;
        };
        let place = gazetteer.place(place);
        let container = (index + 1..mentions.len())
            .find(|&j| mentions[j].text == qualifier)
            .and_then(|j| candidates[j].iter().find(|c| contains(gazetteer.place(c.id), place)).map(|c| (j, c.id)));
        if let Some((j, container)) = container {
            chosen[j] = Some(container);
        }
    }
    chosen.into_iter().map(|c| c.map(|id| Resolved { id, country: gazetteer.place(id).country })).collect()
}

/// Population from which a place's name is known to a reader, before the alternate names
/// of other places: a town, not a village.
const TOWN_POPULATION: u32 = 10_000;

/// A place a mention's name may refer to.
#[derive(Clone, Copy)]
struct Candidate {
    id: PlaceId,
    /// Whether the name is only one of its alternate names and a town's own name
    /// (`Salisbury` for Harare), which it gives way to.
    alternate: bool,
}

/// The places a name may refer to, most populous first. An alternate name never takes a
/// place that is smaller than one whose own name it is: `Paris` is never a village that
/// GeoNames also calls Paris when Paris, Texas is an alternative.
fn candidates(gazetteer: &Gazetteer, name: &str) -> Vec<Candidate> {
    let (names, alternates) = gazetteer.lookup_split(name);
    let largest_named = names.iter().map(|&id| gazetteer.place(id).population).max();
    // `Derna` is the Libyan city, though it is a Romanian village's name.
    let names_a_town = largest_named.is_some_and(|largest| largest >= TOWN_POPULATION);
    let mut candidates: Vec<Candidate> = names
        .iter()
        .map(|&id| Candidate { id, alternate: false })
        .chain(
            alternates
                .iter()
                .filter(|&&id| largest_named.is_none_or(|largest| gazetteer.place(id).population > largest))
                .map(|&id| Candidate { id, alternate: names_a_town }),
        )
        .collect();
    candidates.sort_by_key(|c| std::cmp::Reverse(gazetteer.place(c.id).population));
    candidates.truncate(MAX_CANDIDATES);
    candidates
}

/// Whether `outer` is the country or region `inner` lies in.
fn contains(outer: &Place, inner: &Place) -> bool {
    outer.country.is_some()
        && outer.country == inner.country
        && match outer.kind {
            Kind::Country => true,
            Kind::Admin1 => outer.admin1.is_some() && outer.admin1 == inner.admin1,
            _ => false,
        }
}

#[derive(Clone, Default)]
struct Context {
    /// Whether the mention being scored is the dateline's place.
    dateline_is_city: bool,
    dateline: Option<PlaceId>,
    dateline_name: Option<String>,
    country_votes: FxHashMap<[u8; 2], u32>,
}

impl Context {
    fn without(&self, country: Option<[u8; 2]>) -> Context {
        let mut context = self.clone();
        if let Some(votes) = country.and_then(|c| context.country_votes.get_mut(&c)) {
            *votes = votes.saturating_sub(1);
        }
        context
    }
}

fn best(gazetteer: &Gazetteer, mention: &Mention, candidates: &[Candidate], context: &Context) -> Option<PlaceId> {
    let qualifier_places: Vec<&Place> = mention
        .qualifier
        .map(|q| gazetteer.lookup(q).iter().map(|&id| gazetteer.place(id)).collect())
        .unwrap_or_default();
    // The dateline's own name elsewhere in the story is the dateline's place.
    let is_dateline_name = context.dateline_name.as_deref() == Some(crate::gazetteer::name_key(mention.text).as_str());
    candidates
        .iter()
        .map(|&candidate| {
            let mut score = score(gazetteer, candidate, &qualifier_places, context);
            if is_dateline_name && context.dateline == Some(candidate.id) {
                score += 10.0;
            }
            (candidate.id, score)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id)
}

/// The weights: population counts most (a reader knows Vienna is in Austria), then the
/// kind of place, then what the article says around the name.
mod weight {
    pub const POPULATION: f32 = 1.0 / 3.0;
    pub const COUNTRY: f32 = 4.0;
    /// A region of the world (`Middle East`, `Sahel`) is what its name means in news,
    /// before any town of the name (`Asia`, the Philippines) and any capital.
    pub const WORLD_REGION: f32 = 8.0;
    /// A region of a country that news names (`Gaza`, `Crimea`, `Kashmir`) is what its
    /// name means in news too, before a province or a town elsewhere that bears it
    /// (`Gaza`, a Mozambican province whose population sums its towns', outweighs the
    /// city of Gaza by the admin1 weight); it has no population of its own, and this
    /// stands for one. A story from the other place's country still means that one.
    pub const NEWS_REGION: f32 = 4.5;
    /// A place called by an alternate name loses to a town of that name unless it is
    /// some 400 times larger (2 / POPULATION in log population) or the story is about
    /// its country: `White House` is not Casablanca, `Salisbury` is Harare only in a
    /// story from Zimbabwe; names news uses of a place (`Kiev`, `Bombay`) are its
    /// names, not alternates.
    pub const ALTERNATE_NAME: f32 = 2.0;
    pub const DATELINE_CITY: f32 = 6.0;
    pub const ADMIN1: f32 = 0.3;
    pub const CAPITAL: f32 = 1.5;
    pub const QUALIFIED: f32 = 10.0;
    pub const DATELINE_COUNTRY: f32 = 0.8;
    pub const DATELINE_REGION: f32 = 4.0;
    pub const VOTE: f32 = 0.15;
    pub const MAX_VOTES: u32 = 4;
}

fn score(gazetteer: &Gazetteer, candidate: Candidate, qualifiers: &[&Place], context: &Context) -> f32 {
    let place = gazetteer.place(candidate.id);
    let mut score = (place.population as f32 + 10.0).ln() * weight::POPULATION;
    if candidate.alternate {
        score -= weight::ALTERNATE_NAME;
    }
    if context.dateline_is_city && place.kind == Kind::City {
        score += weight::DATELINE_CITY;
    }
    score += match place.kind {
        // A country's name is the country unless the article insists otherwise.
        Kind::Country => weight::COUNTRY,
        Kind::Admin1 => weight::ADMIN1,
        Kind::Region if place.country.is_none() => weight::WORLD_REGION,
        Kind::NewsRegion => weight::NEWS_REGION,
        Kind::Region | Kind::City => 0.0,
    };
    // A reader knows a capital by its name, not by its old or foreign ones: `Salisbury`
    // is the English city before it is Harare.
    if gazetteer.is_capital(place) && !candidate.alternate {
        score += weight::CAPITAL;
    }
    if qualifiers.iter().any(|q| contains(q, place)) {
        score += weight::QUALIFIED;
    }
    if let Some(dateline) = context.dateline.map(|d| gazetteer.place(d)) {
        if dateline.country.is_some() && dateline.country == place.country {
            score += weight::DATELINE_COUNTRY;
            // The region the dateline lies in: `ATLANTA` makes `Georgia` the state.
            if place.kind == Kind::Admin1 && dateline.admin1 == place.admin1 {
                score += weight::DATELINE_REGION;
            }
        }
    }
    let votes = place.country.and_then(|c| context.country_votes.get(&c)).copied().unwrap_or(0).min(weight::MAX_VOTES);
    score + weight::VOTE * votes as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::tests::SAMPLE;

    fn names(gazetteer: &Gazetteer, mentions: &[Mention], dateline: Option<usize>) -> Vec<String> {
        resolve(gazetteer, mentions, dateline)
            .iter()
            .map(|r| {
                r.map_or("-".to_string(), |r| {
                    let p = gazetteer.place(r.id);
                    let country = p.country.map_or("-".into(), |c| String::from_utf8_lossy(&c).into_owned());
                    format!("{} {country} {}", p.name, p.kind.as_str())
                })
            })
            .collect()
    }

    #[test]
    fn a_news_region_is_what_its_name_means_before_a_province_elsewhere() {
        let g = Gazetteer::from_tsv(&format!(
            "{SAMPLE}C\tMZ\tMOZ\tMozambique\t-18.67\t35.53\t30000000\t1036973\tMaputo\tMozambican\t\n\
             C\tPS\tPSE\tPalestine\t31.95\t35.23\t5000000\t6254930\tEast Jerusalem\tPalestinian\t\n\
             A\tMZ\tGaza\t-24.79\t33.43\t384964\n\
             R\tMZ\tChibuto\t-24.69\t33.53\t0\n\
             N\tPS\tGaza\t31.42\t34.36\t0\n\
             P\t281133\tGaza\tPS\tGaza Strip\t31.50\t34.47\t410000\tGaza City\t\n\
             P\t1024552\tXai-Xai\tMZ\tGaza\t-25.05\t33.64\t154356\t\t\n\
             P\t1049861\tChibuto\tMZ\tGaza\t-24.69\t33.53\t73393\t\t\n\
             P\t1040652\tMaputo\tMZ\tMaputo City\t-25.97\t32.58\t1191613\t\t\n"
        ))
        .unwrap();
        assert_eq!(names(&g, &[Mention::new("Gaza")], None), ["Gaza PS region"]);
        assert_eq!(
            names(&g, &[Mention::new("XAI-XAI"), Mention::new("Gaza")], Some(0)),
            ["Xai-Xai MZ city", "Gaza MZ admin1"],
            "a story from the province's own town"
        );
        assert_eq!(
            names(&g, &[Mention::new("MAPUTO"), Mention::new("Gaza")], Some(0)),
            ["Maputo MZ city", "Gaza MZ admin1"],
            "a story from the province's country"
        );
        assert_eq!(names(&g, &[Mention::new("Chibuto")], None), ["Chibuto MZ city"], "a district is no news region");
    }

    #[test]
    fn paris_texas_and_paris_france() {
        let g = Gazetteer::from_tsv(SAMPLE).unwrap();
        let mentions = [
            Mention { text: "PARIS", qualifier: Some("Texas") },
            Mention::new("Paris"),
            Mention { text: "Paris", qualifier: Some("France") },
        ];
        assert_eq!(names(&g, &mentions, Some(0)), ["Paris US city", "Paris US city", "Paris FR city"]);
        assert_eq!(names(&g, &[Mention::new("Paris")], None), ["Paris FR city"]);
    }

    #[test]
    fn georgia_the_country_or_the_state() {
        let g = Gazetteer::from_tsv(SAMPLE).unwrap();
        let caucasus = [Mention::new("TBILISI"), Mention::new("Georgia")];
        assert_eq!(names(&g, &caucasus, Some(0)), ["Tbilisi GE city", "Georgia GE country"]);
        let american = [Mention::new("ATLANTA"), Mention::new("Georgia"), Mention::new("United States")];
        assert_eq!(names(&g, &american, Some(0)), ["Atlanta US city", "Georgia US admin1", "United States US country"]);
        let qualified =
            [Mention::new("TBILISI"), Mention { text: "Atlanta", qualifier: Some("Georgia") }, Mention::new("Georgia")];
        assert_eq!(names(&g, &qualified, Some(0)), ["Tbilisi GE city", "Atlanta US city", "Georgia US admin1"]);
        assert_eq!(names(&g, &[Mention::new("Atlantis")], None), ["-"]);
    }

    #[test]
    fn an_alternate_name_gives_way_to_a_place_of_that_name() {
        let g = Gazetteer::from_tsv(SAMPLE).unwrap();
        assert_eq!(
            names(&g, &[Mention::new("Salisbury")], None),
            ["Salisbury GB city"],
            "not the capital 34 times larger"
        );
        let zimbabwean = [Mention::new("HARARE"), Mention::new("Salisbury"), Mention::new("Zimbabwe")];
        assert_eq!(names(&g, &zimbabwean, Some(0)), ["Harare ZW city", "Harare ZW city", "Zimbabwe ZW country"]);
        assert_eq!(
            names(&g, &[Mention::new("Harare City")], None),
            ["Harare ZW city"],
            "an alternate alone is the place"
        );
        assert_eq!(names(&g, &[Mention::new("Tbilisi City")], None), ["Tbilisi GE city"], "not a village's name");
        let in_georgia = Mention { text: "Paris", qualifier: Some("Georgia") };
        assert_eq!(
            names(&g, &[in_georgia], None),
            ["Paris FR city"],
            "not Cordele, Georgia, also called Paris: smaller than a place whose name it is"
        );
    }

    #[test]
    fn a_region_of_the_world_has_no_country_and_gives_no_vote() {
        let g = Gazetteer::from_tsv(SAMPLE).unwrap();
        let mentions = [Mention::new("Middle East"), Mention::new("the Mideast"), Mention::new("Georgia")];
        assert_eq!(names(&g, &mentions, None), ["Middle East - region", "Middle East - region", "Georgia GE country"]);
        assert_eq!(resolve(&g, &mentions, None)[0].unwrap().country, None);
    }
}
