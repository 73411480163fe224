//! Whether the browser believes it is online (`navigator.onLine`).

/// Online, as far as the browser knows; `true` where it cannot say.
pub fn is_online() -> bool {
    super::window().is_none_or(|w| w.navigator().on_line())
}
