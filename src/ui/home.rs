//! The start page: the search field, then every network, or what the
//! search in the address (`/?q=…`) finds.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::card::{ActorCard, NetworkCard};
use super::page_title;
use super::search_box::SearchBox;
use crate::directory::shipped;
use crate::links::search_href;
use crate::search::{shipped_index, DocRef, Results};

/// How many results are shown at most; the count says how many there are.
const SHOWN: usize = 50;

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.read().get("q").unwrap_or_default());
    let results = Memo::new(move |_| {
        let q = query.get();
        (!q.trim().is_empty()).then(|| shipped_index().search(&q, SHOWN))
    });
    let title = move || match query.get().trim() {
        "" => page_title("Netzwerke im Stadtteil"),
        q => page_title(&format!("Suche: {q}")),
    };
    let status = move || {
        let n = shipped().networks().len();
        match results.get() {
            None => format!("{n} Netzwerke"),
            Some(r) if r.total == 0 => format!("Keine Treffer für „{}“", query.get().trim()),
            Some(r) if r.total == 1 => format!("1 Treffer für „{}“", query.get().trim()),
            Some(r) if r.total > r.hits.len() => {
                format!(
                    "{} Treffer für „{}“, die besten {} stehen hier",
                    r.total,
                    query.get().trim(),
                    r.hits.len()
                )
            }
            Some(r) => format!("{} Treffer für „{}“", r.total, query.get().trim()),
        }
    };
    view! {
        <Title text=title/>
        <div class="page page--home">
            <h1>"Netzwerke in Lobeda"</h1>
            <p class="lead">
                "Arbeitskreise, Netzwerke und Bündnisse in Jena-Lobeda: wer woran arbeitet und an wen Sie sich wenden können."
            </p>
            <SearchBox query/>
            // Announced to screen readers; shown too, except when the
            // empty state below says the same as a heading.
            <p
                class="count"
                class:visually-hidden=move || results.get().is_some_and(|r| r.total == 0)
                role="status"
                aria-live="polite"
                data-testid="count"
            >
                {status}
            </p>
            {move || match results.get() {
                None => view! { <AllNetworks/> }.into_any(),
                Some(r) if r.total == 0 => view! { <NoResults query=query.get() results=r/> }.into_any(),
                Some(r) => view! { <Hits results=r/> }.into_any(),
            }}
        </div>
    }
}

/// Every network, in dataset order.
#[component]
fn AllNetworks() -> impl IntoView {
    view! {
        <ul class="cards" data-testid="results">
            {shipped().networks().iter().map(|n| view! { <NetworkCard network=n/> }).collect_view()}
        </ul>
    }
}

/// The results of a search, best first, with the matched words marked.
#[component]
fn Hits(results: Results) -> impl IntoView {
    let dir = shipped();
    let index = shipped_index();
    view! {
        <ul class="cards" data-testid="results">
            {results
                .hits
                .iter()
                .map(|hit| {
                    let marks = index.highlights(dir, hit.doc, &results);
                    match hit.doc {
                        DocRef::Network(i) => view! { <NetworkCard network=&dir.networks()[i] marks/> }.into_any(),
                        DocRef::Actor(i) => view! { <ActorCard actor=&dir.actors()[i] marks/> }.into_any(),
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Nothing found: a near word if there is one, tips, and a way back.
#[component]
fn NoResults(query: String, results: Results) -> impl IntoView {
    view! {
        <div class="empty" data-testid="empty">
            <h2>{format!("Keine Treffer für „{}“", query.trim())}</h2>
            {results.suggestion.map(|s| {
                view! {
                    <p class="empty__suggestion">
                        "Meinten Sie "
                        <a href=search_href(&s) data-testid="suggestion">{format!("„{s}“")}</a>
                        "?"
                    </p>
                }
            })}
            <p>"Versuchen Sie ein anderes oder kürzeres Wort, zum Beispiel „Jugend“, „Integration“ oder „Generationen“."</p>
            <p><a class="button" href="/">"Suche leeren und alle Netzwerke zeigen"</a></p>
        </div>
    }
}
