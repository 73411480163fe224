//! A network as a card in the list on the start page.

use leptos::prelude::*;

use super::terms::{levels_text, TagList};
use crate::directory::shipped;
use crate::model::Network;

/// One network card; the whole card is a touch target for its link.
#[component]
pub fn NetworkCard(network: &'static Network) -> impl IntoView {
    let dir = shipped();
    let href = format!("/netzwerk/{}", network.slug);
    let topics: Vec<_> = dir.topics_of(network).collect();
    view! {
        <li class="card-item">
            <article class="card" data-testid="card">
                <h2 class="card__name">
                    <a data-testid="card-name" href=href>{network.name.as_str()}</a>
                </h2>
                {network.caption.as_deref().map(|c| view! { <p class="card__caption">{c}</p> })}
                <p class="card__summary">{network.summary.as_str()}</p>
                <dl class="card__meta">
                    <div class="card__meta-row">
                        <dt>"Ebene"</dt>
                        <dd>{levels_text(&network.levels)}</dd>
                    </div>
                    <div class="card__meta-row">
                        <dt>"Themen"</dt>
                        <dd><TagList terms=topics/></dd>
                    </div>
                </dl>
            </article>
        </li>
    }
}
