//! The lexicon builders end to end: each command writes a gzip file its crate loads.

use crate::util::{dateline, path_str, scratch};

#[test]
fn places_build_writes_a_file_geo_loads() {
    let dir = scratch("places-build");
    std::fs::create_dir(dir.join("countryinfo")).unwrap();
    let countries = r#"{"GE": {"geonameid": 614540, "name": "Georgia", "iso": "GE", "iso3": "GEO", "capital": "Tbilisi", "population": 3731000}}"#;
    std::fs::write(dir.join("countries.json"), countries).unwrap();
    let facts = r#"{"name": "Georgia", "ISO": {"alpha2": "GE"}, "latlng": [42, 43.5], "demonym": "Georgian"}"#;
    std::fs::write(dir.join("countryinfo/georgia.json"), facts).unwrap();
    let cities = r#"{"611717": {"geonameid": 611717, "name": "Tbilisi", "latitude": 41.69411, "longitude": 44.83368, "countrycode": "GE", "population": 1049498, "admin1code": "TB"}}"#;
    std::fs::write(dir.join("cities500.json"), cities).unwrap();
    std::fs::write(dir.join("towns.csv"), "lat,lon,name,admin1,admin2,cc\n41.69411,44.83368,Tbilisi,Tbilisi,,GE\n")
        .unwrap();
    let out = dir.join("places.tsv.gz");
    std::fs::write(dir.join("words"), "union\n").unwrap();
    let (countryinfo, regions, words) = (dir.join("countryinfo"), dir.join("towns.csv"), dir.join("words"));
    let run = dateline(
        &[
            "places",
            "build",
            "--geonames",
            path_str(&dir),
            "--countryinfo",
            path_str(&countryinfo),
            "--regions",
            path_str(&regions),
            "--words",
            path_str(&words),
            "--out",
            path_str(&out),
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("(1 countries, 1 regions, 0 districts, 1 places)"), "{}", run.stderr);

    let gazetteer = geo::Gazetteer::from_gzip(&std::fs::read(&out).unwrap()).unwrap();
    let tbilisi: Vec<_> = gazetteer.lookup("Tbilisi").iter().map(|&id| gazetteer.place(id).kind).collect();
    assert_eq!(tbilisi, [geo::Kind::Admin1, geo::Kind::City]);
    assert_eq!(gazetteer.country_of_demonym("Georgian").unwrap().alpha3, *b"GEO");
}

#[test]
fn clusters_paths_writes_a_file_ner_loads() {
    use std::io::Write;
    let dir = scratch("clusters-paths");
    let lexemes = dir.join("en_lexeme_cluster.json.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(br#"{"newmont": 294, "Bush": 86, "bush": 7}"#).unwrap();
    std::fs::write(&lexemes, gz.finish().unwrap()).unwrap();
    let out = dir.join("word_paths.tsv.gz");
    let run = dateline(&["clusters", "paths", "--lexemes", path_str(&lexemes), "--out", path_str(&out)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let paths = ner::WordPaths::from_gzip(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(paths.len(), 3);
    assert_eq!(paths.path_of("Bush", 0), 86);
}
