//! Kiosk mode in the app (see the core's `kiosk`): the setting read from the
//! address and the device, larger touch targets (the `kiosk` class on the
//! document), and the idle reset: after the idle time with no touch, key or
//! pointer, "Noch da?" counts down; any input cancels it; at zero the visit's
//! Merkliste is deleted and the app starts anew at `/`, a full reload, so
//! that nothing of the visit (search, filters, open panels, scroll, undo) is
//! left for the next visitor.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::bookmarks::use_bookmarks;
use crate::browser::{address, clock, document, storage};
use crate::focus::focus_soon;
use crate::i18n::{t, td_string, use_i18n};
use crate::notices::{use_notices, Notice};
use crate::texts::{tr, use_language};
use stadtteilnetz_core::kiosk::{apply, change_from_address, Change, Kiosk, COUNTDOWN, KEY};

/// The device's kiosk setting, as the app started.
#[derive(Debug, Clone, Copy)]
struct KioskState(Option<Kiosk>);

/// Whether the app runs as a kiosk, and with which idle time.
pub fn use_kiosk() -> Option<Kiosk> {
    use_context::<KioskState>().and_then(|k| k.0)
}

/// Reads the setting from the address the app was opened with and from the
/// device, stores a change, marks the document, and provides the setting.
/// Call once in the app, after `provide_notices` (messages go there).
pub fn provide_kiosk() {
    let notices = use_notices();
    let (kiosk, idle) = (address::query_param("kiosk"), address::query_param("idle"));
    let (change, problem) = change_from_address(kiosk.as_deref(), idle.as_deref());
    let stored = storage::read(KEY)
        .ok()
        .flatten()
        .as_deref()
        .and_then(Kiosk::decode);
    let setting = apply(stored, &change);
    let saved = match (&change, setting) {
        (Change::Keep, _) => Ok(()),
        (_, Some(k)) => storage::write(KEY, &k.encode()),
        (_, None) => storage::remove(KEY),
    };
    if let Some(problem) = problem {
        notices.show(Notice::Kiosk(problem));
    } else if saved.is_err() {
        notices.show(Notice::KioskNotSaved);
    }
    document::set_root_class("kiosk", setting.is_some());
    provide_context(KioskState(setting));
}

/// The idle reset, on kiosk screens only. Place once in the app.
#[component]
pub fn KioskMode() -> impl IntoView {
    use_kiosk().map(|kiosk| view! { <IdleReset kiosk/> })
}

/// The countdown overlay and the timer behind it.
#[component]
fn IdleReset(kiosk: Kiosk) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let bookmarks = use_bookmarks();
    // Seconds left of "Noch da?", when it shows.
    let countdown = RwSignal::new(None::<u32>);
    let idle_since = Rc::new(Cell::new(clock::now_ms()));
    let touched = {
        let idle_since = idle_since.clone();
        move || {
            idle_since.set(clock::now_ms());
            if countdown.get_untracked().is_some() {
                countdown.set(None);
            }
        }
    };
    let mut handles = Vec::new();
    for name in ["pointerdown", "keydown", "touchstart", "wheel", "input"] {
        let touched = touched.clone();
        handles.push(window_event_listener_untyped(name, move |_| touched()));
    }
    let reset = move || {
        bookmarks.forget();
        // The next visitor starts in the screen's own language, not in the
        // one this visitor chose.
        let _ = storage::remove(crate::language::KEY);
        address::replace_location("/");
    };
    let tick = set_interval_with_handle(
        move || match countdown.get_untracked() {
            // Reset once: a second `location.replace` while the first is
            // under way would abort it.
            Some(0) => {}
            Some(1) => {
                countdown.set(Some(0));
                reset();
            }
            Some(n) => countdown.set(Some(n - 1)),
            None => {
                let quiet = clock::now_ms() - idle_since.get();
                if quiet >= f64::from(kiosk.idle) * 1000.0 {
                    countdown.set(Some(COUNTDOWN));
                }
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        for h in handles {
            h.remove();
        }
        if let Some(t) = tick {
            t.clear();
        }
    });
    // The dialog takes focus when it opens, as a modal dialog should.
    Effect::new(move |was_open: Option<bool>| {
        let open = countdown.with(Option::is_some);
        if open && was_open != Some(true) {
            focus_soon("[data-testid=kiosk-stay]".to_owned());
        }
        open
    });
    // The dialog is drawn once when it opens; only the seconds change, so
    // that focus stays on "Ich bin noch da".
    let open = Memo::new(move |_| countdown.with(Option::is_some));
    let seconds = move || countdown.get().unwrap_or(0);
    move || {
        open.get().then(|| {
            view! {
                <div class="kiosk-overlay" data-testid="kiosk-overlay">
                    <div
                        class="kiosk-overlay__box"
                        role="alertdialog"
                        aria-modal="true"
                        aria-labelledby="kiosk-overlay-title"
                        aria-describedby="kiosk-overlay-text"
                    >
                        <h2 id="kiosk-overlay-title">{tr(|l| td_string!(l, kiosk.overlay.title))}</h2>
                        <p id="kiosk-overlay-text">
                            {t!(
                                i18n,
                                kiosk.overlay.countdown,
                                count = seconds,
                                n = move || lang.get().number(seconds() as usize)
                            )}
                        </p>
                        <button type="button" class="button" data-testid="kiosk-stay">
                            {tr(|l| td_string!(l, kiosk.overlay.stay))}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
