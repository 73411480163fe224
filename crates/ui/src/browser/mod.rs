//! Small wrappers around browser APIs, so that pages and components never
//! touch them directly and every failure becomes a value.
//!
//! Everything here reaches the browser through [`window`], which outside a
//! browser (the build's page renderer, `crates/prerender`) is `None`: the
//! same components then render as a first visit with nothing stored.

pub mod address;
pub mod clock;
pub mod connection;
pub mod document;
pub mod download;
pub mod events;
pub mod idle;
pub mod locale;
pub mod paint;
pub mod service_worker;
pub mod share;
pub mod storage;
pub mod takeover;
pub mod touch;

/// The browser window, if there is one.
#[cfg(target_arch = "wasm32")]
pub(crate) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Natively there is no browser (calling into one would panic).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn window() -> Option<web_sys::Window> {
    None
}
