//! Browser entry point: mounts the app into `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(stadtteilnetz::ui::App);
    // The static "wird geladen" note in index.html covers slow connections
    // until the app runs; now it has done its job.
    if let Some(note) = leptos::prelude::document().get_element_by_id("laden") {
        note.remove();
    }
}
