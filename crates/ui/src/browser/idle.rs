//! Work that can wait until the browser has painted and has nothing else to
//! do: `requestIdleCallback` with a deadline, or, where a browser lacks it
//! (Safari), a task after the next frame.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` once the browser is idle, at the latest after `deadline`.
pub fn when_idle(deadline: Duration, f: impl FnOnce() + 'static) {
    let slot = Rc::new(Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = slot.take() {
            f();
        }
    };
    // Outside a browser (the page renderer) nothing waits for idle time.
    let Some(window) = super::window() else {
        return;
    };
    let scheduled = {
        let has_idle =
            js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
        has_idle && {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(deadline.as_millis() as u32);
            let callback = Closure::once_into_js(run.clone());
            window
                .request_idle_callback_with_options(callback.unchecked_ref(), &options)
                .is_ok()
        }
    };
    if !scheduled {
        request_animation_frame(move || set_timeout(run, Duration::ZERO));
    }
}
