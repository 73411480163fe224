//! The in-app page for unknown addresses and unknown slugs.

use leptos::prelude::*;
use leptos_meta::Title;

use super::page_title;

/// Shown for any path the app does not know, or an id not in the dataset.
#[component]
pub fn NotFound(
    /// What was looked for, e.g. "Ein Netzwerk „xyz“", if the path named one.
    #[prop(optional, into)]
    missing: Option<String>,
) -> impl IntoView {
    view! {
        <Title text=page_title("Seite nicht gefunden")/>
        <div class="page page--not-found" data-testid="not-found">
            <h1>"Seite nicht gefunden"</h1>
            <p class="lead">
                {match missing {
                    Some(what) => format!("{what} gibt es in diesem Verzeichnis nicht (mehr)."),
                    None => "Unter dieser Adresse gibt es keine Seite.".to_owned(),
                }}
                " Vielleicht ist der Link veraltet oder vertippt."
            </p>
            <p>
                <a class="button" href="/">"Zur Startseite mit allen Netzwerken"</a>
            </p>
        </div>
    }
}
