//! The start page: the search field and filters, then every network, or
//! what the search and filters in the address (`/?q=…&thema=…`) find.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use std::time::Duration;

use crate::browser::document;
use crate::browser::idle::when_idle;
use crate::card::{ActorCard, NetworkCard};
use crate::catalogue::use_catalogue;
use crate::filters::FilterPanel;
use crate::focus::focus_soon;
use crate::i18n::{t, t_string, td_string, use_i18n};
use crate::localized::isolate;
use crate::page_title;
use crate::search_box::SearchBox;
use crate::texts::{tr, use_language};
use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::facets::Filters;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::{home_href, search_href};
use stadtteilnetz_core::search::{DocRef, FieldMatch, Results};

/// Cards made in the frame of a keystroke: as many as a screen shows below
/// the search field, two or three cards in the one column of a phone, six
/// side by side on a wide kiosk screen (the column breakpoint of
/// style/main.css). The rest follow once the browser is idle.
fn first_cards() -> usize {
    match document::matches_media("(min-width: 40rem)") {
        Some(false) => 3,
        _ => 6,
    }
}

/// The rest of a page's cards follow at the latest this long after.
const REST_DEADLINE: Duration = Duration::from_millis(200);

/// How many entries a list shows at first, and how many more each press of
/// "Weitere anzeigen" adds: a long list would cost old phones seconds.
const PAGE: usize = 50;

/// `/`
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let catalogue = use_catalogue();
    // Each closure below holds its own handle on the catalogue.
    let cat = move || catalogue.clone();
    let params = use_query_map();
    let address_query = Memo::new(move |_| params.read().get("q").unwrap_or_default());
    // What is being typed, for the moment until the address has caught up
    // (see `SearchBox`); any change of the address ends it.
    let typing = RwSignal::new(None::<String>);
    Effect::watch(
        move || address_query.track(),
        move |_, _, _| typing.set(None),
        false,
    );
    // The query the page shows results for.
    let query = Memo::new(move |_| typing.get().unwrap_or_else(|| address_query.get()));
    let filters = {
        let c = cat();
        Memo::new(move |_| {
            Filters::known(c.facets(), |f| {
                params.read().get_all(f.key()).unwrap_or_default()
            })
        })
    };
    // Pages added with "Weitere anzeigen", for the search and filters they
    // were added under: a new search starts with one page again, derived
    // here rather than reset by an effect after a first, too long render.
    let current = move |q: &String, f: &Filters| query.with(|c| c == q) && filters.with(|c| c == f);
    let more = RwSignal::new((String::new(), Filters::default(), 0usize));
    let limit = Memo::new(move |_| {
        more.with(|(q, f, pages)| PAGE * (1 + if current(q, f) { *pages } else { 0 }))
    });
    // How many of the page's cards exist: on a keystroke only the first few,
    // the rest once the browser is idle, so that the new results are on
    // screen in the keystroke's frame (BENCHMARKS.md, keystroke to paint).
    // `whole_for` names the search and filters being typed whose page is
    // complete (see `rendered`).
    let whole_for = RwSignal::new(None::<(String, Filters)>);
    let show_more = move || {
        let pages = limit.get_untracked() / PAGE;
        let view = (query.get_untracked(), filters.get_untracked());
        more.set((view.0.clone(), view.1.clone(), pages));
        // The next page at once, with focus on its first card.
        whole_for.set(Some(view));
    };
    // One pass of the search per change: the best hits that pass the
    // filters (actors have no topics or levels, so filters leave only
    // networks), and every network the search found, for the facet counts.
    let searched = {
        let c = cat();
        Memo::new(move |_| {
            let q = query.get();
            if q.trim().is_empty() {
                return None;
            }
            let facets = c.facets();
            let selection = facets.selection(&filters.get());
            let unfiltered = filters.with(Filters::is_empty);
            let mut found = Vec::new();
            let results = c.index().search_where(&q, limit.get(), |doc| match doc {
                DocRef::Network(i) => {
                    found.push(i);
                    facets.matches(&selection, i)
                }
                DocRef::Actor(_) => unfiltered,
            });
            Some((results, found))
        })
    };
    // Counts for the filter panel: worked out and shown once the browser is
    // idle, so that a keystroke's results are painted first. The effect only
    // tracks what they depend on; the counting runs in the idle callback.
    let facet_counts = {
        let c = cat();
        Memo::new(move |_| {
            let f = filters.get();
            searched.with(|s| match s {
                None => c.facets().tally(0..c.directory().networks().len(), &f),
                Some((_, found)) => c.facets().tally(found.iter().copied(), &f),
            })
        })
    };
    let idle_counts = RwSignal::new(facet_counts.get_untracked());
    Effect::new(move |_| {
        searched.track();
        filters.track();
        when_idle(REST_DEADLINE, move || {
            if let Some(tally) = facet_counts.try_get_untracked() {
                idle_counts.try_set(tally);
            }
        });
    });
    let shown = Memo::new(move |_| searched.with(|s| s.as_ref().map(|(r, _)| r.clone())));
    let networks_shown = {
        let c = cat();
        Memo::new(move |_| {
            let selection = c.facets().selection(&filters.get());
            (0..c.directory().networks().len())
                .filter(|&i| c.facets().matches(&selection, i))
                .collect::<Vec<usize>>()
        })
    };

    let listing = Memo::new(move |_| match shown.get() {
        None if networks_shown.with(Vec::is_empty) => Listing::NoNetworks,
        Some(r) if r.total == 0 => {
            Listing::NoResults(query.get(), filters.with(|f| !f.is_empty()), r)
        }
        _ => Listing::Cards,
    });
    Effect::new(move |_| {
        let current = (query.get(), filters.get());
        when_idle(REST_DEADLINE, move || {
            whole_for.try_set(Some(current));
        });
    });
    // Only a keystroke's frame is drawn in part: a view the address gives
    // (a link, Back, a filter, the search once the address has caught up)
    // is drawn whole at once, so nobody reads a list that is still short.
    let rendered = Memo::new(move |_| {
        let whole = typing.with(Option::is_none)
            || whole_for.with(|w| w.as_ref().is_some_and(|(q, f)| current(q, f)));
        if whole {
            limit.get()
        } else {
            limit.get().min(first_cards())
        }
    });
    let cards = {
        let c = cat();
        Memo::new(move |previous: Option<&Vec<CardItem>>| {
            let n = rendered.get();
            // Marks already worked out for this query are reused when the
            // page grows.
            let made = |q: &str, doc: DocRef| {
                previous
                    .and_then(|p| p.iter().find(|c| c.doc == doc && c.query == q))
                    .map(|c| c.marks.clone())
            };
            shown.with(|r| match r {
                None => networks_shown.with(|all| {
                    all.iter()
                        .take(n)
                        .map(|&i| CardItem {
                            doc: DocRef::Network(i),
                            query: String::new(),
                            marks: Vec::new(),
                        })
                        .collect::<Vec<_>>()
                }),
                Some(r) => {
                    let q = query.get();
                    r.hits
                        .iter()
                        .take(n)
                        .map(|hit| {
                            let marks = made(&q, hit.doc)
                                .unwrap_or_else(|| c.index().highlights(c.directory(), hit.doc, r));
                            CardItem {
                                doc: hit.doc,
                                query: q.clone(),
                                marks,
                            }
                        })
                        .collect()
                }
            })
        })
    };
    // The marks of each card on the page, by language and entry (a page
    // holds at most a few hundred, so a list will do): a card is
    // kept while the search changes, and its signal is set when its marks
    // do. (One memo per card reading the whole list would make the list's
    // subscribers many, and Leptos copies them on every change.)
    let live = StoredValue::new(Vec::<((Language, DocRef), RwSignal<Vec<FieldMatch>>)>::new());
    // (shown, total) for "Weitere anzeigen".
    let page_size = Memo::new(move |_| match shown.get() {
        None => {
            let total = networks_shown.with(Vec::len);
            (limit.get().min(total), total)
        }
        Some(r) => (r.hits.len(), r.total),
    });

    // The address's query (written once the browser is idle, see
    // `SearchBox`) and the language are read in the same closure, so that
    // the title follows both.
    let title = move || match address_query.get().trim() {
        "" => page_title(t_string!(i18n, home.title)),
        q => page_title(&t_string!(i18n, home.search_title, q = q).to_string()),
    };
    let status = move || {
        let q = query.get();
        let lang = lang.get();
        let q = isolate(q.trim(), lang);
        let q = q.as_ref();
        match shown.get() {
            None => {
                let n = networks_shown.with(Vec::len);
                t_string!(i18n, home.status.networks, count = n, n = lang.number(n)).to_string()
            }
            Some(r) if r.total == 0 => t_string!(i18n, home.status.no_results, q = q).to_string(),
            Some(r) if r.total > r.hits.len() => t_string!(
                i18n,
                home.status.best,
                count = r.total,
                n = lang.number(r.total),
                q = q,
                best = lang.number(r.hits.len())
            )
            .to_string(),
            Some(r) => t_string!(
                i18n,
                home.status.results,
                count = r.total,
                n = lang.number(r.total),
                q = q
            )
            .to_string(),
        }
    };
    let nothing = move || match shown.get() {
        Some(r) => r.total == 0,
        None => networks_shown.get().is_empty(),
    };
    view! {
        <Title text=title/>
        <div class="page page--home">
            <h1>{tr(|l| td_string!(l, home.heading))}</h1>
            <p class="lead">{tr(|l| td_string!(l, home.lead))}</p>
            <SearchBox query address_query typing filters/>
            <div class="home-layout">
                <FilterPanel query filters counts=idle_counts/>
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
                    {move || match listing.get() {
                        Listing::NoNetworks => view! { <NoNetworks/> }.into_any(),
                        Listing::NoResults(query, filtered, results) => {
                            view! { <NoResults query filtered results/> }.into_any()
                        }
                        Listing::Cards => view! {
                            <ul class="cards" data-testid="results">
                                // Cards are drawn for one language: a new language makes them
                                // anew. Across keystrokes an entry keeps its card, and only
                                // its marks are set (see `live`).
                                <For
                                    each=move || {
                                        let ui = lang.get();
                                        let list = cards.get();
                                        live.with_value(|live| {
                                            for card in &list {
                                                if let Some((_, marks)) = live.iter().find(|(k, _)| *k == (ui, card.doc)) {
                                                    if marks.with_untracked(|m| m != &card.marks) {
                                                        marks.try_set(card.marks.clone());
                                                    }
                                                }
                                            }
                                        });
                                        list.into_iter().map(move |card| (ui, card.doc))
                                    }
                                    key=|key| *key
                                    children={
                                        let c = cat();
                                        move |(ui, doc)| {
                                            let marks = RwSignal::new(cards.with_untracked(|all| {
                                                all.iter()
                                                    .find(|card| card.doc == doc)
                                                    .map(|card| card.marks.clone())
                                                    .unwrap_or_default()
                                            }));
                                            live.update_value(|live| live.push(((ui, doc), marks)));
                                            on_cleanup(move || {
                                                live.try_update_value(|live| live.retain(|(k, _)| *k != (ui, doc)));
                                            });
                                            card_view(&c, doc, marks.into(), ui)
                                        }
                                    }
                                />
                            </ul>
                        }
                            .into_any(),
                    }}
                    {move || {
                        let (shown, total) = page_size.get();
                        view! { <ShowMore shown total on_more=show_more/> }
                    }}
                </div>
            </div>
        </div>
    }
}

/// One card of the list: the entry, and its marks for the query they were
/// worked out for.
#[derive(Debug, Clone, PartialEq)]
struct CardItem {
    doc: DocRef,
    query: String,
    marks: Vec<FieldMatch>,
}

/// The card of `doc` in language `ui`, with marks that follow the search.
fn card_view(
    catalogue: &Catalogue,
    doc: DocRef,
    marks: Signal<Vec<FieldMatch>>,
    ui: Language,
) -> AnyView {
    match doc {
        DocRef::Network(i) => {
            view! { <NetworkCard network=catalogue.entry(i) marks ui/> }.into_any()
        }
        DocRef::Actor(i) => view! { <ActorCard actor=catalogue.entry(i) marks ui/> }.into_any(),
    }
}

/// What the list area shows.
#[derive(Debug, Clone, PartialEq)]
enum Listing {
    /// No network passes the filters (and there is no search).
    NoNetworks,
    /// The search (query, whether filtered) found nothing.
    NoResults(String, bool, Results),
    /// Cards (see `cards`).
    Cards,
}

/// "Weitere anzeigen" under a list that shows `shown` of `total` entries.
/// Focus moves to the first entry added, so that keyboard and screen reader
/// users go on reading where the list grew.
#[component]
fn ShowMore(shown: usize, total: usize, on_more: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let next = (total - shown).min(PAGE);
    let click = move |_| {
        on_more();
        focus_soon(format!(
            "[data-testid=results] > li:nth-child({}) a",
            shown + 1
        ));
    };
    (shown < total).then(|| {
        view! {
            <div class="more">
                <p class="more__count">
                    {move || {
                        let lang = lang.get();
                        t_string!(
                            i18n,
                            home.more.shown,
                            count = total,
                            shown = lang.number(shown),
                            total = lang.number(total)
                        )
                        .to_string()
                    }}
                </p>
                <button type="button" class="button" data-testid="more" on:click=click>
                    {move || t_string!(i18n, home.more.button, count = next, n = lang.get().number(next)).to_string()}
                </button>
            </div>
        }
    })
}

/// No network passes the filters (and there is no search).
#[component]
fn NoNetworks() -> impl IntoView {
    view! {
        <div class="empty" data-testid="empty">
            <h2>{tr(|l| td_string!(l, home.empty.no_networks))}</h2>
            <p><a class="button" href="/">{tr(|l| td_string!(l, home.empty.reset_filters))}</a></p>
        </div>
    }
}

/// Nothing found: a near word if there is one, tips, and a way back.
#[component]
fn NoResults(query: String, filtered: bool, results: Results) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let q = query.trim().to_owned();
    let heading = {
        let q = q.clone();
        move || {
            let q = isolate(&q, lang.get());
            t_string!(i18n, home.status.no_results, q = q.as_ref()).to_string()
        }
    };
    view! {
        <div class="empty" data-testid="empty">
            <h2>{heading}</h2>
            {filtered.then(|| view! {
                <p>
                    {tr(|l| td_string!(l, home.empty.filtered))}
                    " "
                    <a href=search_href(&q)>{tr(|l| td_string!(l, home.empty.without_filters))}</a>
                </p>
            })}
            {results.suggestion.map(|s| {
                let href = home_href(&s, &Filters::default());
                let link = move || {
                    let s = s.clone();
                    view! {
                        <a href=href.clone() data-testid="suggestion">
                            {move || {
                                let s = isolate(&s, lang.get());
                                t_string!(i18n, home.empty.quoted, text = s.as_ref()).to_string()
                            }}
                        </a>
                    }
                };
                view! {
                    <p class="empty__suggestion">{t!(i18n, home.empty.did_you_mean, suggestion = link)}</p>
                }
            })}
            <p>{tr(|l| td_string!(l, home.empty.tip))}</p>
            <p><a class="button" href="/">{tr(|l| td_string!(l, home.empty.clear))}</a></p>
        </div>
    }
}
