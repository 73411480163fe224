//! The document around the app: `lang`, `dir` and classes on `<html>`,
//! elements found by selector for focus, printing.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

fn root() -> Option<web_sys::Element> {
    super::window()?.document()?.document_element()
}

/// `lang` and `dir` on `<html>`.
pub fn set_language(code: &str, dir: &str) {
    if let Some(root) = root() {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", dir);
    }
}

/// Adds or removes a class on `<html>` (e.g. `kiosk`).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = root() {
        let _ = root.class_list().toggle_with_force(class, on);
    }
}

/// Whether the media query `query` matches now; `None` outside a browser.
pub fn matches_media(query: &str) -> Option<bool> {
    Some(super::window()?.match_media(query).ok()??.matches())
}

/// The width of the window's viewport in CSS pixels; `None` outside a
/// browser (the build draws pages for a phone's width then).
pub fn viewport_width() -> Option<f64> {
    super::window()?.inner_width().ok()?.as_f64()
}

/// The inner width (CSS pixels, padding included) of the first element that
/// matches `selector`; `None` outside a browser or without one.
pub fn client_width(selector: &str) -> Option<f64> {
    let e = super::window()?
        .document()?
        .query_selector(selector)
        .ok()??;
    Some(f64::from(e.client_width())).filter(|w| *w > 0.0)
}

/// The first element that matches `selector`, if it can take focus.
pub fn element(selector: &str) -> Option<HtmlElement> {
    super::window()?
        .document()?
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// Moves focus to the first element that matches `selector`; with
/// `programmatic`, the element is made focusable first (a heading).
/// Returns whether there was one.
pub fn focus(selector: &str, programmatic: bool) -> bool {
    let Some(e) = element(selector) else {
        return false;
    };
    if programmatic {
        let _ = e.set_attribute("tabindex", "-1");
    }
    e.focus().is_ok()
}

/// Whether focus is on nothing in particular (`<body>`, or no element):
/// where it lands when the focused element is moved or removed.
pub fn focus_is_lost() -> bool {
    let Some(doc) = super::window().and_then(|w| w.document()) else {
        return false;
    };
    match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    }
}

/// Removes the element with this id, if there is one (the static loading note).
pub fn remove_by_id(id: &str) {
    if let Some(e) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        e.remove();
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = super::window() {
        let _ = w.print();
    }
}
