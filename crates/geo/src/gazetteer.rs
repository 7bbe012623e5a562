//! The place table and its name index.
//!
//! Source lines (tab-separated, gzip-compressed):
//! `C  alpha2  alpha3  name  lat  lon  population  geonameid  capital  demonym  names…` for
//! countries, `A  alpha2  name  lat  lon  population` for regions, and
//! `P  geonameid  name  alpha2  region  lat  lon  population  news names  alternate names`
//! for places, and `W  name  lat  lon  names` for regions of the world that belong to no
//! country (`Middle East`, `Sahel`), where names are `|`-separated; `R` lines are `A`
//! lines of other regions (districts) and `N` lines of regions news names that no
//! administrative list does (`data/regions.tsv`). A country's other spellings and a place's news names
//! (`Kiev`, `Bombay`) are names as good as its own; a place's alternate names (GeoNames'
//! other spellings) are weaker: see [`Gazetteer::lookup_split`]. [`crate::build`] writes
//! them.

use crate::Error;
use rustc_hash::FxHashMap;
use std::io::Read;
use std::sync::OnceLock;

/// What kind of place an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A sovereign country or territory.
    Country,
    /// A first-level administrative region (state, province, oblast).
    Admin1,
    /// A second-level region (county, district), or a region of the world (`the
    /// Sahel`, `the Middle East`).
    Region,
    /// A region of a country that news names and no administrative list does
    /// (`Donbas`, `Gaza`, `Kashmir`): a region to the contract.
    NewsRegion,
    /// A populated place.
    City,
}

impl Kind {
    /// The contract's name: `country`, `admin1`, `city`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Admin1 => "admin1",
            Kind::Region | Kind::NewsRegion => "region",
            Kind::City => "city",
        }
    }
}

/// Index of a place in the gazetteer.
pub type PlaceId = u32;

/// One place.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Preferred name.
    pub name: String,
    /// ISO 3166 alpha-2 country code; none for a region of the world (`Middle East`).
    pub country: Option<[u8; 2]>,
    /// Region name, when known.
    pub admin1: Option<String>,
    /// Latitude, degrees.
    pub lat: f32,
    /// Longitude, degrees.
    pub lon: f32,
    /// Population, 0 when unknown.
    pub population: u32,
    /// GeoNames id, when it has one.
    pub geonameid: Option<u32>,
    /// Country, region or city.
    pub kind: Kind,
}

/// A country's facts for actor coding.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO alpha-2.
    pub alpha2: [u8; 2],
    /// ISO alpha-3, the CAMEO country code.
    pub alpha3: [u8; 3],
    /// The place entry of the country.
    pub place: PlaceId,
    /// Its capital's name.
    pub capital: String,
    /// The demonym (`Ukrainian`).
    pub demonym: String,
}

impl Country {
    /// Its ISO alpha-3 code as text: the country part of a CAMEO actor code (`AZE`).
    pub fn cameo_code(&self) -> String {
        String::from_utf8_lossy(&self.alpha3).into_owned()
    }
}

/// The places of one name key: those it is a name of first, then those it is only an
/// alternate name of.
#[derive(Default)]
struct Named {
    ids: Vec<PlaceId>,
    /// How many of `ids` the key is a name of.
    n_names: u32,
}

/// Places with a lowercase-name index.
#[derive(Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    names: FxHashMap<String, Named>,
    countries: Vec<Country>,
    by_alpha2: FxHashMap<[u8; 2], usize>,
    demonyms: FxHashMap<String, usize>,
}

/// The key of a name in the index: lowercase, single spaces, no dots (`U.S.` is `us`).
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    push_name_key(&mut key, name);
    key
}

/// Appends the key of `name` to `key`, a space between them when `key` holds one
/// already: a key of several words is built word by word in one buffer.
pub fn push_name_key(key: &mut String, name: &str) {
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        // Most words are ASCII without dots: copied whole, then lowercased in place.
        if word.bytes().all(|b| b.is_ascii() && b != b'.') {
            let start = key.len();
            key.push_str(word);
            key[start..].make_ascii_lowercase();
            continue;
        }
        for c in word.chars().filter(|c| *c != '.') {
            // Most letters are ASCII: lowercased in place, without the general mapping.
            match c {
                _ if c.is_ascii() => key.push(c.to_ascii_lowercase()),
                '’' => key.push('\''),
                _ => key.extend(c.to_lowercase()),
            }
        }
    }
}

/// The parts of `text` between its `separator` bytes (an ASCII character), as
/// `str::split` makes them: a plain byte scan, where `split` calls `memchr` per part,
/// a cost the million short fields of the places file feel.
fn split_at_byte(text: &str, separator: u8) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start > bytes.len() {
            return None;
        }
        let end = bytes[start..].iter().position(|&b| b == separator).map_or(bytes.len(), |at| start + at);
        let part = &text[start..end];
        start = end + 1;
        Some(part)
    })
}

/// Calls `f` with the key of `name` ([`name_key`]), without allocating for the usual
/// name: short ASCII with single spaces, lowercased in a buffer on the stack.
fn with_name_key<T>(name: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buffer = [0u8; 64];
    let simple = name.len() <= buffer.len()
        && name.bytes().all(|b| b.is_ascii() && b != b'.' && !(b'\t'..=b'\r').contains(&b))
        && !name.contains("  ")
        && !name.starts_with(' ')
        && !name.ends_with(' ');
    if !simple {
        return f(&name_key(name));
    }
    buffer[..name.len()].copy_from_slice(name.as_bytes());
    buffer[..name.len()].make_ascii_lowercase();
    // ASCII lowercased is still UTF-8.
    f(std::str::from_utf8(&buffer[..name.len()]).unwrap_or_default())
}

/// The distinct non-empty keys of some names, sorted.
fn sorted_keys<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut keys: Vec<String> = names.map(name_key).filter(|k| !k.is_empty()).collect();
    keys.sort();
    keys.dedup();
    keys
}

fn place_population(places: &[Place], id: PlaceId) -> u64 {
    u64::from(places[id as usize].population)
}

fn code<const N: usize>(text: &str) -> Option<[u8; N]> {
    text.as_bytes().try_into().ok()
}

/// A country code field, or why it is none.
fn country_code<const N: usize>(field: &str) -> Result<[u8; N], String> {
    code(field).ok_or_else(|| format!("country code {field:?} is not {N} letters"))
}

/// A number field, or why it is none.
fn number<T: std::str::FromStr>(field: &str, what: &str) -> Result<T, String> {
    field.parse().map_err(|_| format!("{what} {field:?} is not a number"))
}

/// Adds the place of one line's fields to the gazetteer, or says why it cannot.
type AddLine = fn(&mut Gazetteer, &[&str]) -> Result<(), String>;

impl Gazetteer {
    /// Parses the source lines. A line of unknown kind, with the wrong number of fields,
    /// or with a number or country code that does not parse is an error, except that a
    /// region line whose country is no two-letter code is skipped: the builder makes some
    /// from town rows it cannot split (see [`crate::build`]).
    pub fn from_tsv(text: &str) -> Result<Gazetteer, Error> {
        let mut gazetteer = Gazetteer::default();
        let mut fields = Vec::new();
        for (index, line) in text.lines().enumerate() {
            fields.clear();
            fields.extend(split_at_byte(line, b'\t'));
            gazetteer.add_line(&fields).map_err(|reason| Error::Malformed { line: index + 1, reason })?;
        }
        gazetteer.add_demonyms(include_str!("../../../data/demonyms.tsv"));
        Ok(gazetteer)
    }

    fn add_line(&mut self, fields: &[&str]) -> Result<(), String> {
        let (n_fields, add): (usize, AddLine) = match fields[0] {
            "C" => (11, Gazetteer::add_country),
            "A" => (6, |gazetteer, fields| gazetteer.add_region(fields, Kind::Admin1)),
            "R" => (6, |gazetteer, fields| gazetteer.add_region(fields, Kind::Region)),
            "N" => (6, |gazetteer, fields| gazetteer.add_region(fields, Kind::NewsRegion)),
            "P" => (10, Gazetteer::add_city),
            "W" => (5, Gazetteer::add_world_region),
            kind => return Err(format!("unknown kind {kind:?}, not C, A, R, N, W or P")),
        };
        if fields.len() != n_fields {
            return Err(format!("{} fields in a {} line, not {n_fields}", fields.len(), fields[0]));
        }
        add(self, fields)
    }

    /// Adds a place with its `names` and its `alternates`, a name being indexed once per
    /// place, as a name where it is both.
    fn push<'a>(
        &mut self,
        place: Place,
        names: impl Iterator<Item = &'a str>,
        alternates: impl Iterator<Item = &'a str>,
    ) -> PlaceId {
        let id = self.places.len() as PlaceId;
        // The place's own name among the others, sorted and once, as `sorted_keys` has them.
        let mut name_keys = sorted_keys(names);
        let own_key = name_key(&place.name);
        if !own_key.is_empty() {
            if let Err(at) = name_keys.binary_search(&own_key) {
                name_keys.insert(at, own_key);
            }
        }
        for key in sorted_keys(alternates) {
            if name_keys.binary_search(&key).is_err() {
                self.names.entry(key).or_default().ids.push(id);
            }
        }
        for key in name_keys {
            let named = self.names.entry(key).or_default();
            named.ids.insert(named.n_names as usize, id);
            named.n_names += 1;
        }
        self.places.push(place);
        id
    }

    fn add_country(&mut self, f: &[&str]) -> Result<(), String> {
        let alpha2 = country_code(f[1])?;
        let alpha3 = country_code(f[2])?;
        let place = Place {
            name: f[3].to_string(),
            country: Some(alpha2),
            admin1: None,
            lat: number(f[4], "latitude")?,
            lon: number(f[5], "longitude")?,
            population: number(f[6], "population")?,
            geonameid: Some(number(f[7], "geonameid")?),
            kind: Kind::Country,
        };
        let id = self.push(place, split_at_byte(f[10], b'|'), std::iter::empty());
        let country = Country { alpha2, alpha3, place: id, capital: f[8].to_string(), demonym: f[9].to_string() };
        self.by_alpha2.insert(alpha2, self.countries.len());
        let population = place_population(&self.places, id);
        for demonym in split_at_byte(f[9], b'|').filter(|d| !d.is_empty()) {
            // `Chinese` is China's before Macao's: the larger country keeps a shared demonym.
            let key = name_key(demonym);
            let keep = self
                .demonyms
                .get(&key)
                .is_some_and(|&i| place_population(&self.places, self.countries[i].place) >= population);
            if !keep {
                self.demonyms.insert(key, self.countries.len());
            }
        }
        self.countries.push(country);
        Ok(())
    }

    /// Adds the adjectives of `data/demonyms.tsv` (`Philippine`, `Saudi`); they win over
    /// the source's demonyms, being the usage of news text.
    fn add_demonyms(&mut self, text: &str) {
        for line in doc::data_lines(text) {
            let Some((demonym, alpha2)) = line.split_once('\t') else {
                continue;
            };
            if let Some(&index) = code(alpha2).and_then(|a: [u8; 2]| self.by_alpha2.get(&a)) {
                self.demonyms.insert(name_key(demonym), index);
            }
        }
    }

    fn add_region(&mut self, f: &[&str], kind: Kind) -> Result<(), String> {
        let Some(country) = code(f[1]) else {
            return Ok(());
        };
        let place = Place {
            name: f[2].to_string(),
            country: Some(country),
            admin1: (kind == Kind::Admin1).then(|| f[2].to_string()),
            lat: number(f[3], "latitude")?,
            lon: number(f[4], "longitude")?,
            population: number(f[5], "population")?,
            geonameid: None,
            kind,
        };
        self.push(place, std::iter::empty(), std::iter::empty());
        Ok(())
    }

    fn add_world_region(&mut self, f: &[&str]) -> Result<(), String> {
        let place = Place {
            name: f[1].to_string(),
            country: None,
            admin1: None,
            lat: number(f[2], "latitude")?,
            lon: number(f[3], "longitude")?,
            population: 0,
            geonameid: None,
            kind: Kind::Region,
        };
        self.push(place, split_at_byte(f[4], b'|'), std::iter::empty());
        Ok(())
    }

    fn add_city(&mut self, f: &[&str]) -> Result<(), String> {
        let place = Place {
            name: f[2].to_string(),
            country: Some(country_code(f[3])?),
            admin1: (!f[4].is_empty()).then(|| f[4].to_string()),
            lat: number(f[5], "latitude")?,
            lon: number(f[6], "longitude")?,
            population: number(f[7], "population")?,
            geonameid: Some(number(f[1], "geonameid")?),
            kind: Kind::City,
        };
        self.push(place, split_at_byte(f[8], b'|'), split_at_byte(f[9], b'|'));
        Ok(())
    }

    /// Reads the gzip-compressed source.
    pub fn from_gzip(bytes: &[u8]) -> Result<Gazetteer, Error> {
        // The gzip trailer's last four bytes are the text's length (modulo 4 GiB): one
        // allocation of the right size, where growing by doubling copies the text over.
        let length = bytes.len().checked_sub(4).and_then(|at| bytes[at..].try_into().ok()).map(u32::from_le_bytes);
        let mut text = String::with_capacity(length.unwrap_or(0) as usize);
        flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).map_err(Error::NotGzipText)?;
        Gazetteer::from_tsv(&text)
    }

    /// The gazetteer compiled into the binary, loaded anew (~0.55 s): callers load it once.
    pub fn load_embedded() -> Result<Gazetteer, Error> {
        Gazetteer::from_gzip(include_bytes!("../../../data/places.tsv.gz"))
    }

    /// The embedded gazetteer, loaded on first use, for tests and examples.
    pub fn embedded() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| Gazetteer::load_embedded().expect("the embedded places are valid"))
    }

    /// The places a name may refer to: those it is a name of, then those it is only an
    /// alternate name of.
    pub fn lookup(&self, name: &str) -> &[PlaceId] {
        self.named(name).map_or(&[], |named| named.ids.as_slice())
    }

    /// The places a name may refer to, split: those it is a name of (`Kyiv`, `Kiev`,
    /// `USA`), and those it is only an alternate name of (`Salisbury` for Harare).
    pub fn lookup_split(&self, name: &str) -> (&[PlaceId], &[PlaceId]) {
        self.named(name).map_or((&[], &[]), |named| named.ids.split_at(named.n_names as usize))
    }

    /// The index entry of a name, or of the name after a leading `the` (`the Sahel`,
    /// where `The Hague` is a name with it).
    fn named(&self, name: &str) -> Option<&Named> {
        with_name_key(name, |key| self.names.get(key).or_else(|| self.names.get(key.strip_prefix("the ")?)))
    }

    /// A place by id.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id as usize]
    }

    /// The country with this alpha-2 code.
    pub fn country(&self, alpha2: [u8; 2]) -> Option<&Country> {
        self.by_alpha2.get(&alpha2).map(|&i| &self.countries[i])
    }

    /// The country of an ISO alpha-3 code (`AZE`), the country part of CAMEO codes.
    pub fn country_of_alpha3(&self, alpha3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.alpha3 == alpha3.as_bytes())
    }

    /// Whether the place is its country's capital.
    pub fn is_capital(&self, place: &Place) -> bool {
        place.kind == Kind::City && place.country.and_then(|c| self.country(c)).is_some_and(|c| c.capital == place.name)
    }

    /// The country a demonym belongs to (`Armenian` → Armenia).
    pub fn country_of_demonym(&self, word: &str) -> Option<&Country> {
        with_name_key(word, |key| self.demonyms.get(key)).map(|&i| &self.countries[i])
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether it holds no place.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const SAMPLE: &str = "C\tGE\tGEO\tGeorgia\t42.32\t43.36\t3700000\t614540\tTbilisi\tGeorgian\tSakartvelo\n\
        C\tUS\tUSA\tUnited States\t37.09\t-95.71\t327000000\t6252001\tWashington\tAmerican\tUSA|U.S.|United States of America\n\
        C\tFR\tFRA\tFrance\t46.23\t2.21\t67000000\t3017382\tParis\tFrench\t\n\
        C\tZW\tZWE\tZimbabwe\t-19.02\t29.15\t14400000\t878675\tHarare\tZimbabwean\t\n\
        C\tGB\tGBR\tUnited Kingdom\t54.0\t-2.0\t66000000\t2635167\tLondon\tBritish\tUK\n\
        A\tUS\tGeorgia\t32.17\t-82.9\t10000000\n\
        A\tUS\tTexas\t31.97\t-99.9\t28000000\n\
        P\t2988507\tParis\tFR\tIle-de-France\t48.85\t2.35\t2138551\t\t\n\
        P\t4717560\tParis\tUS\tTexas\t33.66\t-95.56\t24782\t\t\n\
        P\t611717\tTbilisi\tGE\tTbilisi\t41.69\t44.83\t1049498\tTiflis\tTbilisi City\n\
        P\t4180439\tAtlanta\tUS\tGeorgia\t33.75\t-84.39\t463878\t\t\n\
        P\t890299\tHarare\tZW\tHarare\t-17.83\t31.05\t1542813\t\tSalisbury|Harare City\n\
        P\t2638664\tSalisbury\tGB\tEngland\t51.07\t-1.79\t44748\t\t\n\
        P\t4184845\tCordele\tUS\tGeorgia\t31.96\t-83.78\t9000\t\tParis\n\
        P\t4184846\tTbilisi City\tUS\tGeorgia\t31.9\t-83.7\t900\t\t\n\
        W\tMiddle East\t29.0\t42.0\tMideast\n";

    #[test]
    fn names_index_every_form() {
        let gazetteer = Gazetteer::from_tsv(SAMPLE).unwrap();
        assert_eq!(gazetteer.lookup("PARIS").len(), 3);
        assert_eq!(gazetteer.lookup("U.S.").len(), 1);
        assert_eq!(gazetteer.lookup("Tiflis").len(), 1);
        let (names, alternates) = gazetteer.lookup_split("Paris");
        assert_eq!((names.len(), alternates.len()), (2, 1), "a name's places before its alternates'");
        assert_eq!(gazetteer.place(alternates[0]).name, "Cordele");
        assert_eq!(gazetteer.lookup_split("Salisbury").1.len(), 1);
        let middle_east = gazetteer.place(gazetteer.lookup("the Mideast")[0]);
        assert_eq!(
            (middle_east.name.as_str(), middle_east.country, middle_east.kind),
            ("Middle East", None, Kind::Region)
        );
        assert_eq!(gazetteer.lookup("The Middle East"), gazetteer.lookup("Middle East"), "with or without `the`");
        assert!(gazetteer.lookup("the").is_empty() && gazetteer.lookup("the ").is_empty());
        assert_eq!(gazetteer.lookup("Georgia").len(), 2);
        assert_eq!(gazetteer.country_of_demonym("Georgian").unwrap().alpha3, *b"GEO");
        assert_eq!(gazetteer.country(*b"US").unwrap().capital, "Washington");
    }

    #[test]
    fn a_malformed_line_is_an_error_that_names_the_file_and_the_rebuild_command() {
        for (line, reason) in [
            ("P\t611717\tTbilisi\tGE\tTbilisi\t41.69", "6 fields in a P line, not 10"),
            ("P\t611717\tTbilisi\tGE\tTbilisi\tnorth\t44.83\t1049498\t\t", "latitude \"north\" is not a number"),
            (
                "P\t611717\tTbilisi\tGeorgia\tTbilisi\t41.69\t44.83\t1049498\t\t",
                "country code \"Georgia\" is not 2 letters",
            ),
            ("X\tsomething", "unknown kind \"X\", not C, A, R, N, W or P"),
            ("W\tSahel\t15.0\t0.0", "4 fields in a W line, not 5"),
        ] {
            let error = Gazetteer::from_tsv(&format!("{SAMPLE}{line}\n")).err().expect(line);
            let line_number = SAMPLE.lines().count() + 1;
            assert_eq!(
                error.to_string(),
                format!("data/places.tsv.gz line {line_number}: {reason}; rebuild it with `dateline places build`")
            );
        }
        let error = Gazetteer::from_gzip(b"not gzip").err().unwrap().to_string();
        assert!(
            error.starts_with("data/places.tsv.gz: ") && error.ends_with("rebuild it with `dateline places build`")
        );
    }

    #[test]
    fn fields_split_as_str_split_does() {
        for text in ["", "a", "a\tb", "\t", "a\t\tb\t", "Kyiv|Kiev|Київ", "é\tü|x"] {
            for separator in [b'\t', b'|'] {
                let ours: Vec<&str> = split_at_byte(text, separator).collect();
                let std: Vec<&str> = text.split(char::from(separator)).collect();
                assert_eq!(ours, std, "{text:?}");
            }
        }
    }

    #[test]
    fn a_region_line_without_a_country_code_is_skipped() {
        let gazetteer = Gazetteer::from_tsv(&format!("{SAMPLE}A\t Chile\"\t Nunoa\t-33.4607\t-70.5802\t0\n")).unwrap();
        assert_eq!(gazetteer.len(), Gazetteer::from_tsv(SAMPLE).unwrap().len());
    }
}
