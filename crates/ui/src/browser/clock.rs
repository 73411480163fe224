//! The clock, in one place, so that timing code reads it the same way.

use stadtteilnetz_core::date::Date;

/// Milliseconds since the epoch, from the browser's clock.
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date where the device is (its local calendar day).
#[cfg(target_arch = "wasm32")]
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// Now, as ISO 8601 in UTC (`2026-12-01T10:04:16.000Z`).
#[cfg(target_arch = "wasm32")]
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Natively (the page renderer): the system clock.
#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Natively: the day of the build, in UTC.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Option<Date> {
    Some(Date::from_unix_days((now_ms() / 86_400_000.0) as i64))
}

/// Natively: now, as ISO 8601 in UTC (to the second).
#[cfg(not(target_arch = "wasm32"))]
pub fn now_iso() -> String {
    let seconds = (now_ms() / 1000.0) as i64;
    let day = Date::from_unix_days(seconds.div_euclid(86_400));
    let s = seconds.rem_euclid(86_400);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.000Z",
        day.year(),
        day.month(),
        day.day(),
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}
