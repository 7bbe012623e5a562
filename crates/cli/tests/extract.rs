//! `dateline extract` on good input: formats, stdin, gzip, directories, options.

use crate::util::{dateline, lines, path_str, scratch};
use std::io::Write;

const WIRE: &str = "date 2020-10-07 BAKU, October 7. /AZERTAC/. \"The talks must resume soon,\" \
                    Foreign Minister Jeyhun Bayramov said on Tuesday.";

#[test]
fn wire_story_from_stdin_has_the_contract_fields() {
    let run = dateline(&["extract", "-"], Some(WIRE.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let articles = lines(&run.stdout);
    let article = &articles[0];
    for field in ["id", "date", "text", "dateline", "sentences", "quotes", "dates", "entities", "places", "events"] {
        assert!(article.get(field).is_some(), "missing {field}");
    }
    assert_eq!(article["id"], "stdin");
    assert_eq!(article["date"], "2020-10-07");
    assert_eq!(article["dateline"]["place"], "BAKU");
    assert_eq!(article["dateline"]["agency"], "AZERTAC");
    assert_eq!(article["quotes"][0]["speaker"], "Jeyhun Bayramov");
    assert_eq!(article["dates"][1]["text"], "Tuesday");
    assert_eq!(article["dates"][1]["value"], "2020-10-06");
    // Offsets slice the text.
    let text = article["text"].as_str().unwrap();
    let quote = &article["quotes"][0];
    let (start, end) = (quote["start"].as_u64().unwrap() as usize, quote["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], quote["text"].as_str().unwrap());
}

#[test]
fn jsonl_gzip_and_directories() {
    let dir = scratch("formats");
    std::fs::write(dir.join("a.txt"), WIRE).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"{\"id\":\"j1\",\"text\":\"KYIV (UNIAN) - Shelling resumed on Monday.\",\"date\":\"2021-03-03\",\"url\":\"http://example.org/1\"}\n{\"id\":\"j2\",\"text\":\"Quiet day.\"}\n").unwrap();
    std::fs::create_dir(dir.join("feeds")).unwrap();
    std::fs::write(dir.join("feeds/b.jsonl.gz"), gz.finish().unwrap()).unwrap();
    let run = dateline(&["extract", path_str(&dir)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let articles = lines(&run.stdout);
    let ids: Vec<&str> = articles.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "j1", "j2"]);
    assert_eq!(articles[1]["url"], "http://example.org/1");
    assert_eq!(articles[1]["dates"][0]["value"], "2021-03-01");
    assert_eq!(articles[2]["date"], serde_json::Value::Null);
}

#[test]
fn date_option_dates_undated_articles_and_the_dateline_wins_over_it() {
    let run = dateline(&["extract", "--date", "2024-05-16", "-"], Some(b"Talks ended on Tuesday."));
    assert_eq!(lines(&run.stdout)[0]["dates"][0]["value"], "2024-05-14");
    let run = dateline(&["extract", "--date", "2024-05-16", "-"], Some(b"TBILISI, May 14 (AP) - Talks ended."));
    assert_eq!(lines(&run.stdout)[0]["date"], "2024-05-14");
}

#[test]
fn out_file_and_pretty_format() {
    let dir = scratch("out");
    let out = dir.join("out.txt");
    let run = dateline(&["extract", "-", "--format", "pretty", "--out", path_str(&out)], Some(WIRE.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let pretty = std::fs::read_to_string(&out).unwrap();
    assert!(pretty.contains("dateline  BAKU · AZERTAC · 2020-10-07"), "{pretty}");
    assert!(pretty.contains("— Jeyhun Bayramov [said]"), "{pretty}");
    assert!(pretty.contains("Tuesday                  → 2020-10-06"), "{pretty}");
}

#[test]
fn help_names_what_dateline_finds_and_usage_after_an_error_marks_options_optional() {
    let help = dateline(&["--help"], None);
    let first = help.stdout.lines().next().unwrap_or_default();
    for finding in ["CAMEO", "events", "quotes", "dates", "places", "entities", "tone", "themes"] {
        assert!(first.contains(finding), "{first}");
    }
    let run = dateline(&["extract", "-", "--format", "pretty", "--bogus"], None);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("Usage: dateline extract [OPTIONS] <PATHS>..."), "{}", run.stderr);
    assert!(!run.stderr.contains("--format <FORMAT>"), "{}", run.stderr);
}

#[test]
fn pretty_headings_count_distinct_names_and_their_mentions() {
    let wire = "date 2020-10-07 BAKU, October 7. /AZERTAC/. Azerbaijan said talks with Armenia must \
                resume. Azerbaijan and Armenia met in Geneva.";
    let run = dateline(&["extract", "-", "--format", "pretty"], Some(wire.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("places    4 (6 mentions)"), "{}", run.stdout);
}
