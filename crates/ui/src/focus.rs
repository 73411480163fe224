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

/// How many frames [`focus_soon`] waits for its element: a list grown by
/// "Weitere anzeigen" right after a keystroke may take a few frames to draw
/// the card that is to get focus, and the cards below the first screen come
/// when the browser is idle, which on a loaded machine took longer than
/// half a second (CI, 1 run in 4). Two seconds at 60 frames a second.
const FOCUS_FRAMES: u32 = 120;

/// Moves focus to the first element that matches `selector`, as soon as a
/// frame has it (it may be about to be rendered), trying for at most
/// [`FOCUS_FRAMES`] frames. For the rest of those frames it keeps it there
/// if the element was moved while the list around it was still being drawn
/// (a keyed list moves its cards into order, and a moved element loses
/// focus to `<body>`); once the reader has moved focus, it leaves it.
pub fn focus_soon(selector: String) {
    focus_within(selector, FOCUS_FRAMES, false);
}

fn focus_within(selector: String, frames: u32, focused: bool) {
    request_animation_frame(move || {
        // Before the first success: try. After it: only if focus fell to
        // `<body>` (the element was moved), never away from where the
        // reader put it.
        let focused = if !focused || document::focus_is_lost() {
            document::focus(&selector, false) || focused
        } else {
            true
        };
        if frames > 1 {
            focus_within(selector, frames - 1, focused);
        }
    });
}
