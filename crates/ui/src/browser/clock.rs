//! The clock, in one place, so that timing code reads it the same way.

use stadtteilnetz_core::date::Date;

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date where the device is (its local calendar day).
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// Now, as ISO 8601 in UTC (`2026-12-01T10:04:16.000Z`).
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}
