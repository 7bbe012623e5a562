//! Expanding command-line paths: files as given, directories walked recursively.

use crate::{Error, Source};
use std::path::{Path, PathBuf};

/// Extensions read when walking a directory (explicit file paths are always read).
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "jsonl", "ndjson", "gz"];

/// Turns paths into sources: `-` is stdin, a directory yields its article files in
/// sorted order (hidden entries skipped), anything else is a file. Unreadable
/// directories come back as errors beside the sources that could be listed.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if path.is_dir() {
            walk(path, &mut sources, &mut errors);
        } else {
            sources.push(Source::File(path.clone()));
        }
    }
    (sources, errors)
}

fn walk(dir: &Path, sources: &mut Vec<Source>, errors: &mut Vec<Error>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(Error::Io { input: dir.display().to_string(), source });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, sources, errors);
        } else if is_article_file(&path) {
            sources.push(Source::File(path));
        }
    }
}

fn is_article_file(path: &Path) -> bool {
    match path.extension() {
        None => true,
        Some(ext) => ARTICLE_EXTENSIONS.contains(&ext.to_string_lossy().as_ref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_walked_in_order() {
        let dir = std::env::temp_dir().join(format!("dateline-walk-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["b.txt", "a.jsonl", "sub/c.txt.gz", "notes.md", ".hidden.txt"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let (sources, errors) = expand_paths(&[dir.clone(), PathBuf::from("-")]);
        let names: Vec<String> =
            sources.iter().map(|s| s.to_string().replace(&dir.display().to_string(), "")).collect();
        assert_eq!(names, ["/a.jsonl", "/b.txt", "/sub/c.txt.gz", "<stdin>"]);
        assert!(errors.is_empty());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
