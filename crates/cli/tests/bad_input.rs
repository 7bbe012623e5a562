//! Bad input: one clear line naming the input and the reason; the run goes on.

use crate::util::{dateline, lines, path_str, scratch};
use serde::de::IgnoredAny;
use serde::Deserialize;
use std::fs::File;
use std::io::BufReader;

#[test]
fn each_bad_file_is_reported_and_the_rest_processed() {
    let dir = scratch("bad");
    std::fs::write(dir.join("1-empty.txt"), "").unwrap();
    std::fs::write(dir.join("2-binary.txt"), b"\x7fELF\x02\x01\x00\x00\x00binary").unwrap();
    std::fs::write(dir.join("3-latin1.txt"), b"date 2021-03-03 KYIV (UNIAN) - Caf\xe9 shelled on Tuesday.").unwrap();
    std::fs::write(
        dir.join("4-feed.jsonl"),
        "{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\": broken\n{\"text\":\"Also fine.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("5-good.txt"), "date 2020-01-01 Good text.").unwrap();
    let missing = dir.join("missing.txt");
    let run = dateline(&["extract", path_str(&dir), path_str(&missing)], None);
    assert_eq!(run.code, 0, "some articles were read: {}", run.stderr);
    let ids: Vec<String> = lines(&run.stdout).iter().map(|a| a["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["3-latin1", "ok", "4-feed-3", "5-good"]);
    let stderr = &run.stderr;
    assert!(stderr.contains("1-empty.txt: empty input"), "{stderr}");
    assert!(stderr.contains("2-binary.txt: binary file"), "{stderr}");
    assert!(stderr.contains("3-latin1.txt: invalid UTF-8 at byte 34, decoded lossily"), "{stderr}");
    assert!(stderr.contains("4-feed.jsonl: line 2: invalid JSON"), "{stderr}");
    assert!(stderr.contains("missing.txt: No such file"), "{stderr}");
    for line in stderr.lines() {
        assert!(line.starts_with("dateline: "), "one prefixed line per problem: {line}");
    }
}

#[test]
fn nothing_readable_exits_non_zero_and_keeps_the_previous_output() {
    let dir = scratch("nothing");
    let out = dir.join("kept.jsonl");
    std::fs::write(&out, "previous results\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let run = dateline(&["extract", path_str(&dir.join("empty.txt")), "--out", path_str(&out)], None);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no article could be read"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous results\n");
}

#[test]
fn unknown_options_and_bad_dates_are_usage_errors() {
    let run = dateline(&["extract", "--frobnicate", "x.txt"], None);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unexpected argument '--frobnicate'"), "{}", run.stderr);
    let run = dateline(&["extract", "--date", "2021-02-30", "x.txt"], None);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a date in YYYY-MM-DD form"), "{}", run.stderr);
}

/// What the fifty-megabyte test checks of its article; the rest of the output is
/// skipped unparsed, which keeps the check fast and small.
#[derive(Deserialize)]
struct QuotesAndDates {
    quotes: Vec<Quote>,
    dates: Vec<IgnoredAny>,
}

#[derive(Deserialize)]
struct Quote {
    speaker: Option<String>,
}

#[test]
fn a_fifty_megabyte_single_line_article_is_processed() {
    let dir = scratch("huge");
    // Names, quotes, pronouns and dates on every line: any attribution step that
    // looks back over the whole article would make this quadratic. (`she`: `Ann` is a
    // woman's first name, so `he` would refer to nobody.)
    let sentence = "On Tuesday, Minister Ann Lee said \"the talks must resume,\" and she said \"we will see.\" ";
    let repeats = 50 * 1024 * 1024 / sentence.len();
    let text = format!("date 2020-10-07 {}", sentence.repeat(repeats));
    let path = dir.join("huge.txt");
    std::fs::write(&path, text).unwrap();
    let out = dir.join("huge.jsonl");
    let run = dateline(&["extract", path_str(&path), "--out", path_str(&out), "--max-article-bytes", "64000000"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "the whole article is read, uncut");
    let output = BufReader::new(File::open(&out).unwrap());
    let article: QuotesAndDates = serde_json::from_reader(output).unwrap();
    assert_eq!(article.quotes.len(), 2 * repeats);
    let other_speaker = article.quotes.iter().find(|q| q.speaker.as_deref() != Some("Ann Lee"));
    assert!(other_speaker.is_none(), "{:?}", other_speaker.map(|q| &q.speaker));
    assert_eq!(article.dates.len(), repeats);
    std::fs::remove_dir_all(dir).unwrap();
}
