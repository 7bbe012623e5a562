//! Regression tests: each guards a defect found from outside (a review, a hostile input),
//! named after what it guards, written before its fix.

use crate::util::{dateline, lines, path_str, scratch};

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
