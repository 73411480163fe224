//! Moves keyboard and screen-reader focus to the new page's heading after an
//! in-app navigation, as a full page load would, so that nobody is left on a
//! link that no longer exists.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::browser::document;

/// Place once inside the router.
#[component]
pub fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        // Not on the first load: there the browser's own start is right.
        if previous.as_ref().is_some_and(|p| *p != path) {
            request_animation_frame(|| {
                document::focus("main h1", true);
            });
        }
        path
    });
}

/// Moves focus to the first element that matches `selector`, once the
/// next frame has it (it may be about to be rendered).
pub fn focus_soon(selector: String) {
    request_animation_frame(move || {
        document::focus(&selector, false);
    });
}
