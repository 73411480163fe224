//! The page's address beyond what the router handles: parameters read once
//! at start-up (`?lang=`, `?kiosk=`), and full loads (the kiosk reset).

/// The value of the query parameter `name` in the current address.
pub fn query_param(name: &str) -> Option<String> {
    let search = super::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Takes the query parameter `name` out of the address without a new
/// history entry (the rest of the address stays); returns its value.
pub fn take_query_param(name: &str) -> Option<String> {
    let window = super::window()?;
    let location = window.location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    let value = params.get(name)?;
    params.delete(name);
    let rest = String::from(params.to_string());
    let path = location.pathname().ok()?;
    let hash = location.hash().unwrap_or_default();
    let address = if rest.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{rest}{hash}")
    };
    replace_address(&address);
    Some(value)
}

/// Puts `address` (path, query, fragment) in place of the current one,
/// without a new history entry and without loading anything.
pub fn replace_address(address: &str) {
    if let Some(history) = super::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    }
}

/// The query and fragment of the current address (`?q=x#top`), to keep
/// when moving to another path.
pub fn search_and_hash() -> String {
    super::window().map_or_else(String::new, |w| {
        let l = w.location();
        format!(
            "{}{}",
            l.search().unwrap_or_default(),
            l.hash().unwrap_or_default()
        )
    })
}

/// Loads `path` afresh, in place of the current history entry: nothing of
/// the page's state survives.
pub fn replace_location(path: &str) {
    if let Some(w) = super::window() {
        let _ = w.location().replace(path);
    }
}

/// Reloads the page.
pub fn reload() {
    if let Some(w) = super::window() {
        let _ = w.location().reload();
    }
}

/// The app's origin, e.g. `https://stadtteilnetz.example`.
pub fn origin() -> String {
    super::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}
