//! Stadtteilnetz for residents: the browser entry point. Takes over the
//! page the build drew (`takeover`) with the app and the shipped dataset.

use stadtteilnetz::{app, catalogue, SYNTHETIC};
use stadtteilnetz_ui::browser::{idle, takeover};

fn main() {
    console_error_panic_hook::set_once();
    let catalogue = catalogue();
    let indexed = catalogue.clone();
    takeover::mount(move || {
        leptos::view! { <app::App catalogue test_data=SYNTHETIC/> }
    });
    // The search index is built on first use; building it while the browser
    // is idle after the first paint keeps that cost out of the first
    // keystroke (a few ms for the shipped data, ~100 ms for 10,000 entries).
    idle::when_idle(std::time::Duration::from_secs(2), move || {
        indexed.index();
    });
}
