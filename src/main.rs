//! Browser entry point: mounts the app into `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(feature = "synthetic")]
    synthetic_data();
    leptos::mount::mount_to_body(stadtteilnetz::ui::App);
    // The static "wird geladen" note in index.html covers slow connections
    // until the app runs; now it has done its job.
    if let Some(note) = leptos::prelude::document().get_element_by_id("laden") {
        note.remove();
    }
    // The search index is built on first use; building it while the browser
    // is idle after the first paint keeps that cost out of the first
    // keystroke (a few ms for the shipped data, ~100 ms for 10,000 entries).
    stadtteilnetz::browser::idle::when_idle(std::time::Duration::from_secs(2), || {
        stadtteilnetz::search::shipped_index();
    });
}

/// Benchmark builds only (`scripts/build.sh --features synthetic`): the app
/// runs on a generated dataset of `STADTTEILNETZ_SYNTHETIC` networks
/// (default 10,000) instead of the shipped one, so that keystroke-to-paint
/// can be measured at that size. The header says so on every page.
#[cfg(feature = "synthetic")]
fn synthetic_data() {
    let networks = option_env!("STADTTEILNETZ_SYNTHETIC")
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let data = stadtteilnetz::synthetic::dataset(networks, 42);
    if !stadtteilnetz::directory::install(stadtteilnetz::directory::Directory::new(data)) {
        leptos::logging::error!("synthetic data came too late: the shipped data is in use");
    }
}
