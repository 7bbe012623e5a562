//! Helpers: run the binary, make scratch folders.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The output of one run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn dateline(args: &[&str], stdin: Option<&[u8]>) -> Run {
    dateline_with_env(args, stdin, &[])
}

/// Runs the binary with extra environment variables.
pub fn dateline_with_env(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the dateline binary runs");
    if let Some(bytes) = stdin {
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    let Output { status, stdout, stderr } = child.wait_with_output().unwrap();
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

/// A fresh scratch folder named after the test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout.lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Whether a test may run, given whether what it needs (`what`) is `available`. A
/// missing tool skips the test with a note on a developer's machine, and fails it in CI
/// (`CI=true`), where a skip would pass silently.
pub fn available(available: bool, what: &str) -> bool {
    let in_ci = std::env::var("CI").is_ok_and(|value| value == "true");
    assert!(available || !in_ci, "{what} is missing, and CI must run this test");
    if !available {
        eprintln!("note: {what} not found; test skipped");
    }
    available
}
