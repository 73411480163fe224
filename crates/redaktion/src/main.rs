//! The Redaktion: the district office's editor, at `/redaktion/`. Its own
//! page and WASM, so that residents never download it; it works offline
//! after its first visit (its own service worker, scope `/redaktion/`).
//! Architecture: ARCHITECTURE.md, "An edit".
// The entry page's view type is deep; its layout needs more than the
// default query depth of 128 since the fifth language.
#![recursion_limit = "256"]

mod app;
mod bind;
mod browser;
mod choices;
mod entry_page;
mod fields;
mod list_page;
mod navigation;
mod network_form;
mod not_found;
mod other_forms;
mod overview;
mod preview;
mod problems;
mod problems_page;
mod publisher_page;
mod save_page;
mod shared_fields;
mod state;
mod store;
mod translations;

use stadtteilnetz_ui::browser::{document, service_worker};

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    document::remove_by_id("laden");
    if cfg!(debug_assertions) {
        service_worker::unregister_all();
    } else {
        // A new version simply takes over on the next visit: drafts are on
        // the device, not in the page.
        service_worker::register_at("/redaktion/sw.js", || {});
    }
}
