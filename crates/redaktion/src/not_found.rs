//! An address below `/redaktion/` that the editor does not have.

use leptos::prelude::*;

/// "Seite nicht gefunden", with the way back to the overview.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1 tabindex="-1">"Seite nicht gefunden"</h1>
            <p>"Diese Adresse gibt es in der Redaktion nicht."</p>
            <p><a href="/redaktion/">"Zur Übersicht"</a></p>
        </section>
    }
}
