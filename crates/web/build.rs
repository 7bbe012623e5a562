//! Bundles the page: `npm ci` when `web/node_modules` is missing, then `npm run build`
//! (esbuild) into `web/dist`, which `src/lib.rs` embeds. Cargo reruns this only when the
//! page's sources, its build script or the pinned packages change, so a machine that has
//! built the bundle once builds the workspace without node.

use std::path::Path;
use std::process::Command;

fn main() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web");
    for input in ["src", "build.mjs", "package.json", "package-lock.json"] {
        println!("cargo:rerun-if-changed={}", web.join(input).display());
    }
    if !web.join("node_modules").is_dir() {
        npm(&web, &["ci", "--no-audit", "--no-fund"]);
    }
    npm(&web, &["run", "build"]);
}

/// Runs npm in `web/`; a missing npm or a failed step stops the build with what to do.
fn npm(web: &Path, args: &[&str]) {
    let command = format!("npm {}", args.join(" "));
    let status = Command::new("npm").args(args).current_dir(web).status().unwrap_or_else(|error| {
        panic!(
            "dateline-web: cannot run `{command}` in {}: {error}. The web page is bundled from \
             npm packages at build time: install Node.js 20 and npm (Debian: apt-get install -y nodejs npm).",
            web.display()
        )
    });
    assert!(status.success(), "dateline-web: `{command}` in {} failed ({status}); its output is above", web.display());
}
