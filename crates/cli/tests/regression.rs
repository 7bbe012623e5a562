//! Regression tests: each guards a defect found from outside (a review, a hostile input),
//! named after what it guards, written before its fix.

use crate::util::{dateline, dateline_with_env, lines, path_str, scratch};
use std::io::Write;

#[cfg(unix)]
#[test]
fn a_directory_symlink_loop_reads_each_file_once() {
    let dir = scratch("symlink-loop");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("a.txt"), "date 2020-10-07 BAKU, Oct. 7. Text.").unwrap();
    std::fs::write(dir.join("sub/b.txt"), "date 2020-10-07 BAKU, Oct. 7. More text.").unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(dir.join("a.txt"), dir.join("sub/also-a.txt")).unwrap();
    let run = dateline(&["extract", path_str(&dir)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids: Vec<String> = lines(&run.stdout).iter().map(|a| a["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(run.stderr, "", "a loop is skipped quietly");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_gzip_bomb_is_cut_at_the_article_cap() {
    let dir = scratch("gzip-bomb");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    for _ in 0..(20 << 20) / 16 {
        encoder.write_all(b"talks must go on").unwrap();
    }
    let mut bomb = encoder.finish().unwrap();
    // A corrupt second member: a reader that inflated the whole input would fail on it.
    bomb.extend_from_within(..12);
    let path = dir.join("bomb.txt.gz");
    std::fs::write(&path, bomb).unwrap();
    let run = dateline(&["extract", path_str(&path), "--max-article-bytes", "100000"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let articles = lines(&run.stdout);
    let kept = articles[0]["text"].as_str().unwrap().len();
    assert!((99_000..=100_000).contains(&kept), "{kept} bytes kept");
    let warning = format!(
        "dateline: warning: {}: article cut to its first {kept} bytes of over 100000 (--max-article-bytes)\n",
        path.display()
    );
    assert_eq!(run.stderr, warning);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn max_article_bytes_cuts_and_names_what_was_cut() {
    let dir = scratch("max-article-bytes");
    let sentence = "Minister Ann Lee said \"the talks must resume.\" ";
    let text = format!("date 2020-10-07 {}", sentence.repeat(100));
    let path = dir.join("long.txt");
    std::fs::write(&path, &text).unwrap();
    let run = dateline(&["extract", path_str(&path), "--max-article-bytes", "1000"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let article = &lines(&run.stdout)[0];
    let kept_text = article["text"].as_str().unwrap();
    let kept_input = "date 2020-10-07 ".len() + kept_text.len();
    assert!(text[..kept_input].ends_with(kept_text), "{kept_text:?}");
    assert!(text[kept_input..].starts_with(' '), "cut at whitespace: {kept_text:?}");
    let warning = format!(
        "dateline: warning: {}: article cut to its first {kept_input} bytes of {} (--max-article-bytes)\n",
        path.display(),
        text.len()
    );
    assert_eq!(run.stderr, warning);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_json_line_too_long_for_the_cap_is_skipped_and_the_next_line_read() {
    let dir = scratch("long-json-line");
    let long_text = "word ".repeat(100_000);
    let feed =
        format!("{{\"id\":\"long\",\"text\":\"{long_text}\"}}\n{{\"id\":\"next\",\"text\":\"Talks resumed.\"}}\n");
    let path = dir.join("feed.jsonl");
    std::fs::write(&path, &feed).unwrap();
    let run = dateline(&["extract", path_str(&path), "--max-article-bytes", "1000"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids: Vec<String> = lines(&run.stdout).iter().map(|a| a["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["next"]);
    let stderr = &run.stderr;
    let skipped = format!("dateline: {}: line 1: {} bytes long, over the ", path.display(), feed.find('\n').unwrap());
    assert!(stderr.starts_with(&skipped) && stderr.lines().next().unwrap().ends_with("; skipped"), "{stderr}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// A JSON Lines batch of `texts`, with ids `a0`, `a1`, ….
fn batch(texts: &[&str]) -> String {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            serde_json::json!({ "id": format!("a{i}"), "text": text, "date": "2020-10-07" }).to_string() + "\n"
        })
        .collect()
}

fn ids(stdout: &str) -> Vec<String> {
    lines(stdout).iter().map(|a| a["id"].as_str().unwrap().to_string()).collect()
}

const GOOD: &str = "BAKU, Oct. 7 (AP) -- \"The talks must resume,\" Foreign Minister Jeyhun Bayramov said.";

#[test]
fn a_flood_of_dashes_before_a_quote_costs_no_article_of_its_batch() {
    // Once recursion per pair of dashes: the stack overflowed and the process aborted.
    let flood = format!("The minister {}said: \"the talks will resume.\"", "-- ".repeat(200_000));
    let run = dateline(&["extract", "-"], Some(batch(&[GOOD, &flood, GOOD]).as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.stdout), ["a0", "a1", "a2"]);
    let flooded = &lines(&run.stdout)[1];
    assert_eq!(flooded["quotes"][0]["text"], "the talks will resume.");
}

#[test]
fn an_article_that_trips_a_bug_is_reported_and_the_rest_of_its_batch_written() {
    let input = batch(&[GOOD, GOOD, GOOD, GOOD]);
    let run = dateline_with_env(
        &["extract", "-"],
        Some(input.as_bytes()),
        &[("DATELINE_DEBUG_PANIC_ON_ARTICLE", "a2"), ("RUST_BACKTRACE", "0")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(ids(&run.stdout), ["a0", "a1", "a3"]);
    assert!(run.stderr.contains("dateline: a2: internal error while annotating; article skipped"), "{}", run.stderr);
    assert!(run.stderr.contains("3 articles written, 1 input or line skipped"), "{}", run.stderr);
}

#[test]
fn as_well_as_joins_actors_like_and() {
    // `as well as` was compared with one token, so it never matched.
    let run = dateline(
        &["extract", "-"],
        Some(
            batch(&[
                "Armenia and Azerbaijan signed a ceasefire agreement in Moscow.",
                "Armenia as well as Azerbaijan signed a ceasefire agreement in Moscow.",
            ])
            .as_bytes(),
        ),
    );
    let events: Vec<String> = lines(&run.stdout).iter().map(|a| a["events"].to_string()).collect();
    assert!(events[0].contains("\"ARMGOV\""), "{}", events[0]);
    let codes = |json: &str| -> Vec<(String, String, String)> {
        let events: serde_json::Value = serde_json::from_str(json).unwrap();
        let field = |e: &serde_json::Value, k: &str| e[k].as_str().unwrap().to_string();
        events.as_array().unwrap().iter().map(|e| (field(e, "source"), field(e, "code"), field(e, "target"))).collect()
    };
    assert_eq!(codes(&events[0]), codes(&events[1]));
}

#[test]
fn a_speech_verb_after_had_been_keeps_its_speaker() {
    // `had been` was one entry of a list compared with single tokens.
    let text = "Engineers had been saying: \"the dam could fail at any moment.\"";
    let run = dateline(&["extract", "-"], Some(batch(&[text]).as_bytes()));
    assert_eq!(lines(&run.stdout)[0]["quotes"][0]["speaker"], "Engineers");
}

#[test]
fn fraction_date_of_the_last_day_of_a_leap_year_stays_in_its_year() {
    let story = "date 2020-12-31 BAKU, Dec. 31 (AP) -- Armenian forces shelled Azerbaijani villages on Thursday.";
    let run = dateline(&["extract", "--format", "gdelt-events", "-"], Some(story.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let row: Vec<&str> = run.stdout.lines().next().expect("one event").split('\t').collect();
    assert_eq!((row[1], row[4]), ("20201231", "2020.9973"));
}
