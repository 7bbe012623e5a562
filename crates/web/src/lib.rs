//! The web page `dateline serve` shows at `/`: `web/` (the page's sources, bundled by
//! esbuild from pinned npm packages; see `build.rs`) embedded in the binary, so the page
//! and its libraries and world map work offline.
//!
//! The server mounts [`asset`] as its fallback for every path outside `/api/`.

use std::borrow::Cow;

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../web/dist"]
struct Dist;

/// One file of the page.
pub struct Asset {
    pub bytes: Cow<'static, [u8]>,
    /// The `Content-Type` to serve it with.
    pub mime: &'static str,
}

/// The file at a request path (`/` and `` are the page itself), or `None`.
pub fn asset(path: &str) -> Option<Asset> {
    let path = path.trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    let file = Dist::get(path)?;
    Some(Asset { bytes: file.data, mime: mime(path) })
}

/// The types of what `web/build.mjs` writes: the page, its bundle and Leaflet's images.
fn mime(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, extension)| extension) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_the_page_and_names_its_bundle() {
        let page = asset("/").expect("the page is embedded");
        assert_eq!(page.mime, "text/html; charset=utf-8");
        let html = std::str::from_utf8(&page.bytes).unwrap();
        for file in ["main.js", "main.css"] {
            assert!(html.contains(file), "the page loads {file}");
            assert!(asset(&format!("/{file}")).is_some_and(|bundle| !bundle.bytes.is_empty()), "{file} is embedded");
        }
        assert_eq!(asset("/main.js").unwrap().mime, "text/javascript; charset=utf-8");
    }

    #[test]
    fn the_images_leaflet_css_names_are_embedded() {
        let css = asset("/main.css").unwrap();
        let css = std::str::from_utf8(&css.bytes).unwrap();
        let images: Vec<&str> = css
            .split("url(")
            .skip(1)
            .filter_map(|rest| rest.split(')').next())
            .map(|url| url.trim_matches(|c| c == '"' || c == '\'').trim_start_matches("./"))
            .filter(|url| url.ends_with(".png"))
            .collect();
        assert!(!images.is_empty(), "Leaflet's CSS names its images");
        for image in images {
            assert_eq!(asset(image).map(|found| found.mime), Some("image/png"), "{image} is embedded");
        }
    }

    #[test]
    fn unknown_paths_are_none() {
        assert!(asset("/nothing-here.js").is_none());
        assert!(asset("/../Cargo.toml").is_none());
    }
}
