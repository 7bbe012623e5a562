//! Expanding command-line paths: files as given, directories walked recursively.

use crate::{Error, Source};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Extensions read when walking a directory (explicit file paths are always read).
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "jsonl", "ndjson", "gz"];

/// Turns paths into sources: `-` is stdin, a directory yields its article files in
/// sorted order (hidden entries skipped), anything else is a file. Each file comes
/// once and each directory is walked once, however many links or named paths lead
/// to it, so a symlink loop ends where it meets a directory already walked. Unreadable
/// directories come back as errors beside the sources that could be listed.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<Error>) {
    let mut walk = Walk::default();
    for path in paths {
        if path.as_os_str() == "-" {
            walk.sources.push(Source::Stdin);
        } else if path.is_dir() {
            walk.directory(path);
        } else {
            walk.file(path.clone());
        }
    }
    (walk.sources, walk.errors)
}

/// The sources found so far, and the canonical paths of the files and directories
/// they came from.
#[derive(Default)]
struct Walk {
    sources: Vec<Source>,
    errors: Vec<Error>,
    seen: HashSet<PathBuf>,
}

impl Walk {
    /// Adds `path` unless the same file was added under another name.
    fn file(&mut self, path: PathBuf) {
        // A path that does not resolve (missing, a dangling link) is kept: reading it
        // reports why.
        let first_time = path.canonicalize().map_or(true, |canonical| self.seen.insert(canonical));
        if first_time {
            self.sources.push(Source::File(path));
        }
    }

    /// Walks `root` depth-first in sorted order, with a stack of paths still to visit
    /// instead of recursion: however deep the tree, the walk needs no deeper stack.
    fn directory(&mut self, root: &Path) {
        let mut pending = vec![root.to_path_buf()];
        while let Some(path) = pending.pop() {
            if !path.is_dir() {
                if is_article_file(&path) {
                    self.file(path);
                }
                continue;
            }
            // A directory met again (a symlink loop, two links to one folder) was
            // walked already: skipping it quietly loses nothing.
            if path.canonicalize().is_ok_and(|canonical| !self.seen.insert(canonical)) {
                continue;
            }
            let entries = match std::fs::read_dir(&path) {
                Ok(entries) => entries,
                Err(source) => {
                    self.errors.push(Error::Io { input: path.display().to_string(), source });
                    continue;
                }
            };
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
                .collect();
            paths.sort();
            // Reversed, so that the first in sorted order is visited first.
            pending.extend(paths.into_iter().rev());
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

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dateline-walk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// The sources of `paths`, with `dir` cut from their names.
    fn expand_names(dir: &Path, paths: &[PathBuf]) -> Vec<String> {
        let (sources, errors) = expand_paths(paths);
        assert!(errors.is_empty(), "{errors:?}");
        sources.iter().map(|s| s.to_string().replace(&dir.display().to_string(), "")).collect()
    }

    #[test]
    fn directories_are_walked_in_order() {
        let dir = scratch("order");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for name in ["b.txt", "a.jsonl", "sub/c.txt.gz", "notes.md", ".hidden.txt"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let names = expand_names(&dir, &[dir.clone(), PathBuf::from("-")]);
        assert_eq!(names, ["/a.jsonl", "/b.txt", "/sub/c.txt.gz", "<stdin>"]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_walked_once() {
        let dir = scratch("loop");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("a.txt"), "x").unwrap();
        std::fs::write(dir.join("sub/b.txt"), "x").unwrap();
        std::os::unix::fs::symlink(&dir, dir.join("sub/back")).unwrap();
        assert_eq!(expand_names(&dir, std::slice::from_ref(&dir)), ["/a.txt", "/sub/b.txt"]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_file_reached_by_two_links_and_its_own_name_comes_once() {
        let dir = scratch("links");
        std::fs::write(dir.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(dir.join("a.txt"), dir.join("b.txt")).unwrap();
        std::os::unix::fs::symlink(dir.join("a.txt"), dir.join("c.txt")).unwrap();
        let named_again = dir.join("c.txt");
        assert_eq!(expand_names(&dir, &[dir.clone(), named_again, dir.clone()]), ["/a.txt"]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_missing_path_is_kept_for_the_reader_to_report() {
        let missing = PathBuf::from("/nonexistent/x.txt");
        let (sources, _) = expand_paths(&[missing.clone(), missing.clone()]);
        assert_eq!(sources, [Source::File(missing.clone()), Source::File(missing)]);
    }
}
