//! Stadtteilnetz for residents: the browser entry point. Mounts the app
//! with the shipped dataset, which build.rs checked and embedded.

mod app;

use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_ui::browser::{document, idle};

/// The shipped dataset in the current format, without whitespace: build.rs
/// read `data/netzwerke.json`, checked it with the validator's rules (a
/// broken file stops the build with its messages) and migrated it if it
/// was in an older format. The browser therefore only parses it, which
/// keeps the validator and its German messages out of the bundle.
#[cfg_attr(feature = "synthetic", allow(dead_code))]
const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/netzwerke.json"));

fn main() {
    console_error_panic_hook::set_once();
    let (catalogue, test_data) = catalogue();
    let indexed = catalogue.clone();
    leptos::mount::mount_to_body(move || {
        leptos::view! { <app::App catalogue test_data/> }
    });
    // The static "wird geladen" note in index.html covers slow connections
    // until the app runs; now it has done its job.
    document::remove_by_id("laden");
    // The search index is built on first use; building it while the browser
    // is idle after the first paint keeps that cost out of the first
    // keystroke (a few ms for the shipped data, ~100 ms for 10,000 entries).
    idle::when_idle(std::time::Duration::from_secs(2), move || {
        indexed.index();
    });
}

/// The catalogue the app shows, and whether its entries are made up.
#[cfg(not(feature = "synthetic"))]
fn catalogue() -> (Catalogue, bool) {
    let data: stadtteilnetz_core::model::Dataset =
        serde_json::from_str(DATA).expect("build.rs embedded a valid dataset");
    (Catalogue::new(Directory::new(data)), false)
}

/// Benchmark builds only (`scripts/build.sh --features synthetic`): the app
/// runs on a generated dataset of `STADTTEILNETZ_SYNTHETIC` networks
/// (default 10,000) instead of the shipped one, so that keystroke-to-paint
/// can be measured at that size. The header says so on every page.
#[cfg(feature = "synthetic")]
fn catalogue() -> (Catalogue, bool) {
    let networks = option_env!("STADTTEILNETZ_SYNTHETIC")
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let data = stadtteilnetz_core::synthetic::dataset(networks, 42);
    let data = stadtteilnetz_core::synthetic::with_translations(data);
    (Catalogue::new(Directory::new(data)), true)
}
