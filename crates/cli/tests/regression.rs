//! Regression tests: each guards a defect found from outside (a review, a hostile input),
//! named after what it guards, written before its fix.

use crate::util::{dateline, lines, path_str, scratch};
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
