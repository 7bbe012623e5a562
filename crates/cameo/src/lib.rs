//! CAMEO coding. This crate now codes actors: who an entity or a speaker is, as a
//! country code with a role (`AZEGOV`, `ARMMIL`, `KENCOP`) or an international
//! organization (`IGOUNO`, `IGOEUROSC`).
//!
//! Countries come from the places gazetteer (names, other spellings, demonyms, and
//! capitals speaking for their state); roles from `data/cameo_roles.tsv`; organizations
//! from `data/igos.tsv`. A person is coded from the words around the name: the titles
//! before it (`Azerbaijan's Ambassador to Russia Polad Bulbuloglu` is `AZEGOV`, Russia
//! being where he serves) and an apposition after it.
//!
//! ```
//! let mut doc = doc::Doc::new("a", "The Armenian army shelled villages, Azerbaijan's Defense Ministry said.".into());
//! extract::annotate(&mut doc, &extract::Options::default());
//! cameo::code_actors(&mut doc, geo::Gazetteer::embedded());
//! let codes: Vec<&str> = doc.actors.iter().map(|a| a.code.as_str()).collect();
//! assert!(codes.contains(&"AZEGOV"), "{codes:?}");
//! ```
#![warn(missing_docs)]

mod actors;
mod events;
mod lexicon;
mod themes;
mod tone;

pub use actors::{code_actors, code_phrase};
pub use events::code_events;
pub use lexicon::{goldstein, quad_class};
pub use themes::code_themes;
pub use tone::score_tone;
