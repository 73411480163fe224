//! The start page: every network as a card.

use leptos::prelude::*;
use leptos_meta::Title;

use super::card::NetworkCard;
use super::page_title;
use crate::directory::shipped;

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let networks = shipped().networks();
    view! {
        <Title text=page_title("Netzwerke im Stadtteil")/>
        <div class="page page--home">
            <h1>"Netzwerke in Lobeda"</h1>
            <p class="lead">
                "Arbeitskreise, Netzwerke und Bündnisse in Jena-Lobeda: wer woran arbeitet und an wen Sie sich wenden können."
            </p>
            <p class="count">{format!("{} Netzwerke", networks.len())}</p>
            <ul class="cards" data-testid="results">
                {networks.iter().map(|n| view! { <NetworkCard network=n/> }).collect_view()}
            </ul>
        </div>
    }
}
