//! `dateline places build`: run the builder beside the file's reader (`geo::build`),
//! write its lines.

use std::path::Path;
use std::process::ExitCode;

/// Writes `data/places.tsv.gz` (see [`geo::build::places_file`]).
pub fn places(
    geonames: &Path,
    countryinfo: &Path,
    regions: &Path,
    centroids: Option<&Path>,
    out: &Path,
) -> anyhow::Result<ExitCode> {
    let places = geo::build::places_file(geonames, countryinfo, regions, centroids)?;
    crate::write_gzip_lines(out, &places.lines)?;
    eprintln!(
        "wrote {} ({} countries, {} regions, {} districts, {} places)",
        out.display(),
        places.n_countries,
        places.n_regions,
        places.n_districts,
        places.n_places
    );
    Ok(ExitCode::SUCCESS)
}
