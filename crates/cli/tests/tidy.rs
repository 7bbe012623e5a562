//! Tidy checks: the workspace keeps the promises ARCHITECTURE.md and the messages make.

use crate::util::repo_root;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// The crates of the workspace, by folder name under `crates/`.
fn crate_folders() -> BTreeSet<String> {
    std::fs::read_dir(repo_root().join("crates"))
        .unwrap()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join("Cargo.toml").exists())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The workspace crates a manifest lists under `[dependencies]` (not dev or build).
fn internal_dependencies(manifest: &str, crates: &BTreeSet<String>) -> BTreeSet<String> {
    let mut in_dependencies = false;
    let mut found = BTreeSet::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line == "[dependencies]";
            continue;
        }
        let key = line.split(['.', '=', ' ']).next().unwrap_or("");
        if in_dependencies && crates.contains(key) {
            found.insert(key.to_string());
        }
    }
    found
}

/// The graph ARCHITECTURE.md states: the indented `crate: dependencies` lines under its
/// `## Dependencies` heading.
fn stated_graph() -> BTreeMap<String, BTreeSet<String>> {
    let architecture = std::fs::read_to_string(repo_root().join("ARCHITECTURE.md")).unwrap();
    let section = architecture.split("\n## Dependencies\n").nth(1).expect("ARCHITECTURE.md has a Dependencies section");
    let section = section.split("\n## ").next().unwrap();
    section
        .lines()
        .filter(|line| line.starts_with("    "))
        .filter_map(|line| line.trim().split_once(':'))
        .map(|(name, dependencies)| {
            let dependencies = dependencies.split(',').map(str::trim).filter(|d| !d.is_empty()).map(String::from);
            (name.to_string(), dependencies.collect())
        })
        .collect()
}

#[test]
fn crate_dependencies_are_the_ones_architecture_md_states() {
    let crates = crate_folders();
    let stated = stated_graph();
    assert_eq!(stated.keys().cloned().collect::<BTreeSet<_>>(), crates, "every crate has one line in ARCHITECTURE.md");
    for name in &crates {
        let manifest = std::fs::read_to_string(repo_root().join("crates").join(name).join("Cargo.toml")).unwrap();
        let actual = internal_dependencies(&manifest, &crates);
        assert_eq!(&actual, &stated[name], "crates/{name}/Cargo.toml against ARCHITECTURE.md");
    }
}

#[test]
fn scripts_named_in_sources_and_docs_exist() {
    let root = repo_root();
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md"), root.join(".ci/run")];
    let folders = ["crates", "scripts", "benchsuite", "docs"].map(|folder| root.join(folder));
    files.extend(files_under(&folders, &["rs", "sh", "md", "py"]));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("scripts/").chain(text.match_indices("benchsuite/")) {
            let named: String = text[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'))
                .collect();
            if named.ends_with(".sh") || named.ends_with(".py") {
                assert!(root.join(&named).exists(), "{} names {named}, which does not exist", file.display());
            }
        }
    }
}

#[test]
fn stages_take_their_resources_as_arguments() {
    // The loaders of the resources compiled in are for the engine, tests and examples: a
    // stage that called one would load its own copy and ignore the caller's.
    const LOADERS: &[&str] = &[
        "Tagger::embedded(",
        "Gazetteer::embedded(",
        "Codebook::embedded(",
        "Resources::embedded(",
        "Parser::embedded(",
        "WordLists::embedded(",
    ];
    let stages = ["segment", "extract", "cameo", "export", "ingest"]
        .map(|stage| repo_root().join("crates").join(stage).join("src"));
    for path in files_under(&stages, &["rs"]) {
        let source = std::fs::read_to_string(&path).unwrap();
        // Unit tests sit at the end of a file, after `#[cfg(test)]`.
        let code = source.split("#[cfg(test)]").next().unwrap();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let loader = LOADERS.iter().find(|loader| line.contains(*loader));
            assert!(loader.is_none(), "{} calls {}: {line}", path.display(), loader.unwrap());
        }
    }
}

/// The files under `folders` whose extension is one of `extensions`, leaving out
/// benchmark runs (`benchsuite/runs`: recorded output, not sources).
fn files_under(folders: &[PathBuf], extensions: &[&str]) -> Vec<PathBuf> {
    let mut pending = folders.to_vec();
    let mut files = Vec::new();
    while let Some(folder) = pending.pop() {
        for path in std::fs::read_dir(&folder).unwrap().filter_map(|e| e.ok()).map(|e| e.path()) {
            if path.is_dir() && !path.ends_with("runs") {
                pending.push(path);
            } else if path.extension().is_some_and(|e| extensions.iter().any(|wanted| e == *wanted)) {
                files.push(path);
            }
        }
    }
    files
}
