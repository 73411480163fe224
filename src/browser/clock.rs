//! The clock, in one place, so that timing code reads it the same way.

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
