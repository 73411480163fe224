//! What the app says about itself: offline, and a new version to load.

use leptos::prelude::*;

use crate::browser::{connection, events, service_worker};
use crate::i18n::td_string;
use crate::texts::tr;

/// Starts watching the connection and the service worker; call once.
fn watch(online: RwSignal<bool>, update: RwSignal<bool>) {
    online.set(connection::is_online());
    events::on_window(leptos::ev::online, move |_| online.set(true));
    events::on_window(leptos::ev::offline, move |_| online.set(false));
    if cfg!(debug_assertions) {
        service_worker::unregister_all();
    } else {
        service_worker::register(move || update.set(true));
    }
}

/// The offline note and the update banner, both polite.
#[component]
pub fn AppStatus() -> impl IntoView {
    let online = RwSignal::new(true);
    let update = RwSignal::new(false);
    watch(online, update);
    view! {
        <div class="app-status" role="status" aria-live="polite">
            {move || (!online.get()).then(|| view! {
                <p class="offline" data-testid="offline">
                    {tr(|l| td_string!(l, common.status.offline))}
                </p>
            })}
            {move || update.get().then(|| view! {
                <div class="update" data-testid="update">
                    <p>{tr(|l| td_string!(l, common.status.update))}</p>
                    <button type="button" class="button" on:click=move |_| service_worker::activate_waiting()>
                        {tr(|l| td_string!(l, common.status.reload))}
                    </button>
                </div>
            })}
        </div>
    }
}
