//! When the browser has shown (and recorded) the page's first paint.
//!
//! A browser notes what it painted, and when, only once the frame is on
//! screen, which can be a frame or two after the frame callback. If the
//! elements of that paint are taken out of the page before then, the paint
//! is forgotten: the drawn page's text, shown at once, would then not count
//! as the page's largest contentful paint, and the app's copy of it would,
//! drawn seconds later on a slow phone. So the takeover waits for the
//! browser's own record of the paint.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The longest the takeover waits for the record (a page opened in a
/// background tab is not painted, so none comes until it is shown).
const AT_MOST: Duration = Duration::from_millis(1500);

/// Entry types that are recorded once a paint is on screen, the most
/// telling first (the largest contentful paint, then the first).
const RECORDS: [&str; 2] = ["largest-contentful-paint", "paint"];

/// Runs `then` once, in a task of its own, after the browser has recorded
/// the page's first contentful paint; where it keeps no such record, after
/// the next frame; and at the latest after [`AT_MOST`].
pub fn after_first_paint(then: impl FnOnce() + 'static) {
    let once = Rc::new(Cell::new(Some(then)));
    let run = move || {
        if let Some(then) = once.take() {
            set_timeout(then, Duration::ZERO);
        }
    };
    match observe(run.clone()) {
        Some(observer) => {
            set_timeout(
                move || {
                    observer.disconnect();
                    run();
                },
                AT_MOST,
            );
        }
        // The frame callback runs before the next paint; the task after
        // it, once that is done.
        None => request_animation_frame(run),
    }
}

/// Watches for the first record of a paint (including one made before the
/// watch began); `None` where the browser keeps no such records.
fn observe(run: impl Fn() + Clone + 'static) -> Option<web_sys::PerformanceObserver> {
    super::window()?;
    let class = js_sys::Reflect::get(&js_sys::global(), &"PerformanceObserver".into()).ok()?;
    let supported = js_sys::Reflect::get(&class, &"supportedEntryTypes".into()).ok()?;
    let supported: js_sys::Array = supported.dyn_into().ok()?;
    let kind = RECORDS
        .into_iter()
        .find(|kind| supported.includes(&JsValue::from_str(kind), 0))?;
    let callback = Closure::<dyn Fn(JsValue, web_sys::PerformanceObserver)>::new(
        move |_entries, observer: web_sys::PerformanceObserver| {
            observer.disconnect();
            run();
        },
    );
    let observer = web_sys::PerformanceObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // It lives as long as the page; it is called once.
    callback.forget();
    // `type` with `buffered` (the older `entryTypes` ignores `buffered`),
    // set by hand since web-sys's dictionary predates it.
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"type".into(), &kind.into()).ok()?;
    js_sys::Reflect::set(&options, &"buffered".into(), &true.into()).ok()?;
    observer.observe(options.unchecked_ref());
    Some(observer)
}
