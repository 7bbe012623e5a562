//! The web page in a real browser: a store built from `examples/` and one crafted article
//! (markup and non-ASCII text in it), `dateline serve` on a free port, and
//! `web/tests/e2e.mjs` driving Debian's headless chromium through playwright-core.
//! Screenshots are left in `target/e2e/`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use crate::util::{available, dateline, path_str, repo_root, scratch};

const CHROMIUM: &str = "/usr/bin/chromium";

/// A story whose title and text carry markup that would run if the page parsed it as HTML,
/// and spans after multi-byte characters; `marzipan` finds it.
const CRAFTED_ARTICLE: &str = r#"{"id":"crafted-markup","date":"2024-05-14","title":"Markup <script>window.datelineInjected = 1</script> in a title","text":"ZÜRICH, May 14 (Reuters) - <script>window.datelineInjected = 1</script><img src=x onerror=\"window.datelineInjected = 2\"> Swiss President Viola Amherd met Ukrainian officials in Zürich on Tuesday. “We are ready to host the summit in Bürgenstock,” Amherd said, as Russian forces shelled Kharkiv and Dnipro. The marzipan makers of Genève said on Monday that “prices will rise.”"}
"#;

/// `dateline serve`, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `dateline serve` on a free port and returns it with its address once it listens.
fn serve(db: &Path) -> (Server, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["serve", "--db", path_str(db), "--addr", &addr])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dateline serve starts");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let server = Server(child);
    let mut line = String::new();
    while !line.contains("serving") {
        line.clear();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "dateline serve stopped before listening");
    }
    (server, format!("http://{addr}/"))
}

fn node_runs() -> bool {
    Command::new("node").arg("--version").output().is_ok_and(|output| output.status.success())
}

#[test]
fn the_page_searches_draws_and_shows_articles_in_chromium() {
    let web = repo_root().join("web");
    let ready = node_runs() && Path::new(CHROMIUM).exists() && web.join("node_modules/playwright-core").is_dir();
    if !available(ready, "node, /usr/bin/chromium (apt-get install -y chromium) and web/node_modules (npm ci in web/)")
    {
        return;
    }
    let dir = scratch("browser");
    let crafted = dir.join("crafted.jsonl");
    std::fs::write(&crafted, CRAFTED_ARTICLE).unwrap();
    let db = dir.join("store.db");
    let examples = repo_root().join("examples");
    let ingest = dateline(&["ingest", path_str(&examples), path_str(&crafted), "--db", path_str(&db)], None);
    assert_eq!(ingest.code, 0, "ingest: {}", ingest.stderr);

    let (_server, url) = serve(&db);
    let screenshots = repo_root().join("target/e2e");
    let status = Command::new("node")
        .args(["tests/e2e.mjs", &url, path_str(&screenshots), "talks", "marzipan"])
        .current_dir(&web)
        .status()
        .expect("node runs the browser test");
    assert!(
        status.success(),
        "the browser test failed (its output is above; screenshots in {})",
        screenshots.display()
    );
}

#[test]
fn the_page_maps_byte_offsets_to_string_indices() {
    if !available(node_runs(), "node") {
        return;
    }
    let status = Command::new("node")
        .args(["--test", "tests/offsets.test.mjs"])
        .current_dir(repo_root().join("web"))
        .status()
        .expect("node runs");
    assert!(status.success(), "web/tests/offsets.test.mjs failed (its output is above)");
}
