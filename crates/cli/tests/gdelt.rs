//! GDELT output read by an independent reader: `gdelt_reader.py` loads dateline's Event
//! and GKG files with pandas and the codebooks' column lists and types. Skipped, with a
//! note, where python3 with pandas is absent; failed in CI (`CI=true`), which installs it.

use crate::util::{available, dateline, path_str, repo_root, scratch};
use std::process::Command;

#[test]
fn gdelt_files_read_with_pandas_and_the_codebook_columns() {
    let has_pandas = Command::new("python3").args(["-c", "import pandas"]).output().is_ok_and(|o| o.status.success());
    if !available(has_pandas, "python3 with pandas") {
        return;
    }
    let dir = scratch("gdelt");
    let mut inputs = vec![repo_root().join("examples")];
    let dev = repo_root().join("../shared/eval/dev/articles");
    if dev.exists() {
        inputs.push(dev);
    }
    let mut files = Vec::new();
    for format in ["gdelt-events", "gdelt-gkg"] {
        let out = dir.join(format!("{format}.tsv"));
        let mut args = vec!["extract", "--format", format, "--out", path_str(&out)];
        args.extend(inputs.iter().map(|p| path_str(p)));
        let run = dateline(&args, None);
        assert_eq!(run.code, 0, "{}", run.stderr);
        files.push(out);
    }
    let script = repo_root().join("crates/cli/tests/gdelt_reader.py");
    let read = Command::new("python3").arg(script).args(&files).output().unwrap();
    assert!(
        read.status.success(),
        "{}{}",
        String::from_utf8_lossy(&read.stdout),
        String::from_utf8_lossy(&read.stderr)
    );
    eprintln!("{}", String::from_utf8_lossy(&read.stdout));
    std::fs::remove_dir_all(dir).unwrap();
}
