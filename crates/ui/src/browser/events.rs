//! Listening to the window's events (storage in other tabs, going on- and
//! offline), until the component that listens is gone. Outside a browser
//! (the page renderer) nothing is listened to.

use leptos::ev::EventDescriptor;
use leptos::prelude::{on_cleanup, window_event_listener};
use wasm_bindgen::JsCast;

/// Calls `f` on each `event` of the window while the current owner lives.
pub fn on_window<E: EventDescriptor + 'static>(event: E, f: impl Fn(E::EventType) + 'static)
where
    E::EventType: JsCast,
{
    if super::window().is_none() {
        return;
    }
    let handle = window_event_listener(event, f);
    on_cleanup(move || handle.remove());
}
