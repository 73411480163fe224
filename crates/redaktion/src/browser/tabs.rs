//! Other tabs: a random id for this one, and word when another tab writes
//! to storage (the `storage` event fires only in the other tabs).

use leptos::prelude::*;

/// A random id for this tab, to tell its writes from another tab's.
pub fn new_tab_id() -> String {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        let now = js_sys::Date::now() as u64;
        bytes = now.to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Calls `f(new value)` whenever another tab changes storage key `key`.
pub fn on_other_tab_write(key: &'static str, f: impl Fn(Option<String>) + 'static) {
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(key) {
            f(event.new_value());
        }
    });
    // The editor lives as long as the page.
    std::mem::forget(handle);
}
