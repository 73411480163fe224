//! Moves keyboard and screen-reader focus to the new page's heading after an
//! in-app navigation, as a full page load would, so that nobody is left on a
//! link that no longer exists.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_location;

/// Place once inside the router.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        // Not on the first load: there the browser's own start is right.
        if previous.as_ref().is_some_and(|p| *p != path) {
            request_animation_frame(|| {
                if let Some(h1) = element("main h1") {
                    let _ = h1.set_attribute("tabindex", "-1");
                    let _ = h1.focus();
                }
            });
        }
        path
    });
}

/// The first element that matches `selector`, if it can take focus.
pub fn element(selector: &str) -> Option<leptos::web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// Moves focus to the first element that matches `selector`, once the
/// next frame has it (it may be about to be rendered).
pub fn focus_soon(selector: String) {
    request_animation_frame(move || {
        if let Some(e) = element(&selector) {
            let _ = e.focus();
        }
    });
}
