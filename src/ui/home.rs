//! The start page: the search field and filters, then every network, or
//! what the search and filters in the address (`/?q=…&thema=…`) find.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::card::{ActorCard, NetworkCard};
use super::filters::FilterPanel;
use super::page_title;
use super::search_box::SearchBox;
use crate::directory::shipped;
use crate::facets::{counts, Filters};
use crate::links::{home_href, search_href};
use crate::search::{shipped_index, DocRef, Results};

/// How many results are shown at most; the count says how many there are.
const SHOWN: usize = 50;

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let dir = shipped();
    let params = use_query_map();
    let query = Memo::new(move |_| params.read().get("q").unwrap_or_default());
    let filters = Memo::new(move |_| {
        Filters::known(dir, |f| params.read().get_all(f.key()).unwrap_or_default())
    });
    // Every entry the search finds (all of them, for the counts).
    let found = Memo::new(move |_| {
        let q = query.get();
        (!q.trim().is_empty()).then(|| shipped_index().search(&q, shipped_index().len()))
    });
    // The networks the search found, or all: what the facet counts count.
    let searched_networks = Memo::new(move |_| match found.get() {
        None => (0..dir.networks().len()).collect::<Vec<usize>>(),
        Some(r) => r
            .hits
            .iter()
            .filter_map(|h| match h.doc {
                DocRef::Network(i) => Some(i),
                DocRef::Actor(_) => None,
            })
            .collect(),
    });
    // A memo: every checkbox reads its count from it.
    let facet_counts = Memo::new(move |_| {
        let nets = searched_networks.get();
        counts(
            dir,
            nets.iter().map(|&i| &dir.networks()[i]),
            &filters.get(),
        )
    });
    // What is shown: the search's hits that pass the filters (actors have no
    // topics or levels, so filters leave only networks), best first.
    let shown = Memo::new(move |_| {
        let f = filters.get();
        found.get().map(|mut r| {
            if !f.is_empty() {
                r.hits.retain(
                    |h| matches!(h.doc, DocRef::Network(i) if f.matches(dir, &dir.networks()[i])),
                );
            }
            r.total = r.hits.len();
            r.hits.truncate(SHOWN);
            r
        })
    });
    let networks_shown = Memo::new(move |_| {
        let f = filters.get();
        (0..dir.networks().len())
            .filter(|&i| f.matches(dir, &dir.networks()[i]))
            .collect::<Vec<usize>>()
    });

    let title = move || match query.get().trim() {
        "" => page_title("Netzwerke im Stadtteil"),
        q => page_title(&format!("Suche: {q}")),
    };
    let status = move || {
        let q = query.get();
        let q = q.trim();
        match shown.get() {
            None => match networks_shown.get().len() {
                1 => "1 Netzwerk".to_owned(),
                n => format!("{n} Netzwerke"),
            },
            Some(r) if r.total == 0 => format!("Keine Treffer für „{q}“"),
            Some(r) if r.total == 1 => format!("1 Treffer für „{q}“"),
            Some(r) if r.total > r.hits.len() => {
                format!(
                    "{} Treffer für „{q}“, die besten {} stehen hier",
                    r.total,
                    r.hits.len()
                )
            }
            Some(r) => format!("{} Treffer für „{q}“", r.total),
        }
    };
    let nothing = move || match shown.get() {
        Some(r) => r.total == 0,
        None => networks_shown.get().is_empty(),
    };
    view! {
        <Title text=title/>
        <div class="page page--home">
            <h1>"Netzwerke in Lobeda"</h1>
            <p class="lead">
                "Arbeitskreise, Netzwerke und Bündnisse in Jena-Lobeda: wer woran arbeitet und an wen Sie sich wenden können."
            </p>
            <SearchBox query filters/>
            <div class="home-layout">
                <FilterPanel query filters counts=facet_counts/>
                <div class="home-results">
                    // Announced to screen readers; shown too, except when the
                    // empty state below says the same as a heading.
                    <p
                        class="count"
                        class:visually-hidden=nothing
                        role="status"
                        aria-live="polite"
                        data-testid="count"
                    >
                        {status}
                    </p>
                    {move || match shown.get() {
                        None if networks_shown.get().is_empty() => view! { <NoNetworks/> }.into_any(),
                        None => view! { <NetworkList networks=networks_shown.get()/> }.into_any(),
                        Some(r) if r.total == 0 => {
                            view! { <NoResults query=query.get() filtered=!filters.get().is_empty() results=r/> }.into_any()
                        }
                        Some(r) => view! { <Hits results=r/> }.into_any(),
                    }}
                </div>
            </div>
        </div>
    }
}

/// Networks by position in the dataset, in that order.
#[component]
fn NetworkList(networks: Vec<usize>) -> impl IntoView {
    let dir = shipped();
    view! {
        <ul class="cards" data-testid="results">
            {networks.into_iter().map(|i| view! { <NetworkCard network=&dir.networks()[i]/> }).collect_view()}
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

/// No network passes the filters (and there is no search).
#[component]
fn NoNetworks() -> impl IntoView {
    view! {
        <div class="empty" data-testid="empty">
            <h2>"Kein Netzwerk passt zu diesen Filtern"</h2>
            <p><a class="button" href="/">"Filter zurücksetzen"</a></p>
        </div>
    }
}

/// Nothing found: a near word if there is one, tips, and a way back.
#[component]
fn NoResults(query: String, filtered: bool, results: Results) -> impl IntoView {
    let q = query.trim().to_owned();
    view! {
        <div class="empty" data-testid="empty">
            <h2>{format!("Keine Treffer für „{q}“")}</h2>
            {filtered.then(|| view! {
                <p>
                    "Mit den gewählten Filtern gibt es nichts. "
                    <a href=search_href(&q)>"Ohne Filter suchen"</a>
                </p>
            })}
            {results.suggestion.map(|s| {
                view! {
                    <p class="empty__suggestion">
                        "Meinten Sie "
                        <a href=home_href(&s, &Filters::default()) data-testid="suggestion">{format!("„{s}“")}</a>
                        "?"
                    </p>
                }
            })}
            <p>"Versuchen Sie ein anderes oder kürzeres Wort, zum Beispiel „Jugend“, „Integration“ oder „Generationen“."</p>
            <p><a class="button" href="/">"Suche leeren und alle Netzwerke zeigen"</a></p>
        </div>
    }
}
