//! Golden files: the JSON of every bundled example, pinned under `tests/golden/`.
//! Refresh with `UPDATE_EXPECT=1 cargo test`, then review the diff.

use crate::util::{dateline, lines, path_str, repo_root};
use std::path::Path;

#[test]
fn examples_match_their_golden_output() {
    let examples = repo_root().join("examples");
    let run = dateline(&["extract", path_str(&examples)], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let articles = lines(&run.stdout);
    assert!(articles.len() >= 5, "the examples hold at least five articles");
    for article in articles {
        let id = article["id"].as_str().unwrap();
        let path = golden_dir.join(format!("{id}.json"));
        let actual = serde_json::to_string_pretty(&article).unwrap() + "\n";
        if update {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{} is missing: run UPDATE_EXPECT=1 cargo test", path.display()));
        // A line diff of the two, so that a failure shows what changed.
        similar_asserts::assert_eq!(
            expected: expected,
            actual: actual,
            "{id} differs from {}; if the change is intended, run UPDATE_EXPECT=1 cargo test and review the diff",
            path.display()
        );
    }
}
