//! The service worker (`/sw.js`, written by `scripts/post-build.mjs`).
//!
//! Release builds register it and watch for a new version waiting; the page
//! asks it to take over only when the person chooses "Jetzt laden", then
//! reloads, so a page never mixes files of two versions. Debug builds
//! unregister every worker, so `trunk serve` is never served stale files.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// Set by [`activate_waiting`]: the next change of controller reloads.
    static RELOAD_ON_TAKEOVER: Cell<bool> = const { Cell::new(false) };
}

/// The browser's service worker container, if it has one (only in secure
/// contexts: https, localhost, 127.0.0.1).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = super::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|has| *has)
        .map(|_| navigator.service_worker())
}

/// Registers `/sw.js` and calls `on_waiting` whenever a new version has
/// installed and waits (not on the first install, which simply takes over).
pub fn register(on_waiting: impl Fn() + 'static) {
    register_at("/sw.js", on_waiting);
}

/// [`register`] for the worker at `script` (the Redaktion's is
/// `/redaktion/sw.js`, whose scope is `/redaktion/`).
pub fn register_at(script: &str, on_waiting: impl Fn() + 'static) {
    let Some(container) = container() else { return };
    let on_waiting: Rc<dyn Fn()> = Rc::new(on_waiting);
    let takeover = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_ON_TAKEOVER.with(Cell::get) {
            super::address::reload();
        }
    });
    container.set_oncontrollerchange(Some(takeover.as_ref().unchecked_ref()));
    takeover.forget();

    let promise = container.register(script);
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A version may already wait (installed while another tab was open).
        if registration.waiting().is_some() && container.controller().is_some() {
            on_waiting();
        }
        let reg = registration.clone();
        let found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_waiting = on_waiting.clone();
            let container = container.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed
                    && container.controller().is_some()
                {
                    on_waiting();
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Asks the waiting version to take over; the page reloads when it has.
pub fn activate_waiting() {
    let Some(container) = container() else { return };
    RELOAD_ON_TAKEOVER.with(|r| r.set(true));
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(waiting) = registration.waiting() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
            let _ = waiting.post_message(&message);
        }
    });
}

/// Removes every registered worker (debug builds).
pub fn unregister_all() {
    let Some(container) = container() else { return };
    spawn_local(async move {
        let Ok(list) = JsFuture::from(container.get_registrations()).await else {
            return;
        };
        for registration in js_sys::Array::from(&list).iter() {
            if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
                if let Ok(promise) = registration.unregister() {
                    let _ = JsFuture::from(promise).await;
                }
            }
        }
    });
}
