//! Stadtteilnetz for residents: the app (`app`) and the data it ships
//! with. The browser entry point (`main.rs`) mounts it; the build's page
//! renderer (`crates/prerender`) draws the same app as static HTML, so
//! that every page can be read before the WASM has arrived, or without
//! JavaScript.

pub mod app;

use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::directory::Directory;

/// The shipped dataset in the current format, without whitespace: build.rs
/// read `data/netzwerke.json`, checked it with the validator's rules (a
/// broken file stops the build with its messages) and migrated it if it
/// was in an older format. The browser therefore only parses it, which
/// keeps the validator and its German messages out of the bundle.
#[cfg_attr(feature = "synthetic", allow(dead_code))]
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/netzwerke.json"));

/// Whether this build shows generated data (benchmark builds).
pub const SYNTHETIC: bool = cfg!(feature = "synthetic");

/// The catalogue the app shows.
#[cfg(not(feature = "synthetic"))]
pub fn catalogue() -> Catalogue {
    let data: stadtteilnetz_core::model::Dataset =
        serde_json::from_str(DATA).expect("build.rs embedded a valid dataset");
    Catalogue::new(Directory::new(data))
}

/// Benchmark builds only (`scripts/build.sh --features synthetic`): the app
/// runs on a generated dataset of `STADTTEILNETZ_SYNTHETIC` networks
/// (default 10,000) instead of the shipped one, so that keystroke-to-paint
/// can be measured at that size. The header says so on every page.
#[cfg(feature = "synthetic")]
pub fn catalogue() -> Catalogue {
    let networks = option_env!("STADTTEILNETZ_SYNTHETIC")
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let data = stadtteilnetz_core::synthetic::dataset(networks, 42);
    let data = stadtteilnetz_core::synthetic::with_translations(data);
    Catalogue::new(Directory::new(data))
}
