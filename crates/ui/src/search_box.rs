//! The search field on the start page. It writes what is typed into the
//! address (`/?q=…`), and the results follow the address.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use std::time::Duration;

use crate::browser::idle::when_idle;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::texts::tr;
use stadtteilnetz_core::facets::Filters;
use stadtteilnetz_core::links::home_href;

/// The address is written at the latest this long after a keystroke.
const ADDRESS_DEADLINE: Duration = Duration::from_millis(300);

/// Search field with label and clear button. `query` is what the page
/// shows results for, `address_query` the query in the URL; the filters
/// there are kept while typing and clearing.
///
/// A keystroke first sets `typing`, so that the results follow at once;
/// the address follows right after that frame is painted. Browsers take
/// several milliseconds to write a history entry and the title (measured in
/// BENCHMARKS.md), time that would otherwise pass before anything changes
/// on screen. The address stays the source of truth: it is written as soon
/// as the browser is idle (at most 300 ms later, with all keys typed until
/// then), and every change of it ends `typing`.
#[component]
pub fn SearchBox(
    #[prop(into)] query: Signal<String>,
    #[prop(into)] address_query: Signal<String>,
    typing: RwSignal<Option<String>>,
    #[prop(into)] filters: Signal<Filters>,
) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let input: NodeRef<html::Input> = NodeRef::new();
    // Typing replaces the history entry, so that Back leaves the search
    // instead of stepping through every letter; the first letter adds one.
    let write_address = {
        let navigate = navigate.clone();
        move || {
            // Nothing pending: written already, cleared, or the page is gone.
            let Some(value) = typing.try_get_untracked().flatten() else {
                return;
            };
            let replace = !address_query.get_untracked().is_empty();
            navigate(
                &home_href(&value, &filters.get_untracked()),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
            // The router has the new address now (it sets it synchronously),
            // so the page's query stays the same value.
            typing.set(None);
        }
    };
    let on_input = move |event: ev::Event| {
        let pending = typing.get_untracked().is_some();
        typing.set(Some(event_target_value(&event)));
        // Once the results are painted; one write for keys typed meanwhile.
        if !pending {
            when_idle(ADDRESS_DEADLINE, write_address.clone());
        }
    };
    let clear = move || {
        typing.set(None);
        navigate(
            &home_href("", &filters.get_untracked()),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
        if let Some(input) = input.get() {
            let _ = input.focus();
        }
    };
    let clear_on_escape = {
        let clear = clear.clone();
        move |event: ev::KeyboardEvent| {
            if event.key() == "Escape" && !query.get_untracked().is_empty() {
                event.prevent_default();
                clear();
            }
        }
    };
    // Enter closes the phone keyboard; the results are already there.
    let on_submit = move |event: ev::SubmitEvent| {
        event.prevent_default();
        if let Some(input) = input.get() {
            let _ = input.blur();
        }
    };
    // The field shows the query, written only when it differs from what is
    // in it: writing a focused field moves its caret and costs the browser
    // a layout, on every keystroke.
    Effect::new(move |_| {
        let q = query.get();
        if let Some(field) = input.get() {
            if field.value() != q {
                field.set_value(&q);
            }
        }
    });
    view! {
        // A plain GET form to `/?q=`, so that it works before the app runs
        // (the app then searches what the address says).
        <form class="search" role="search" action="/" method="get" on:submit=on_submit>
            <label class="search__label" for="suche">{tr(|l| td_string!(l, home.search.label))}</label>
            <div class="search__row">
                <input
                    id="suche"
                    class="search__input"
                    type="search"
                    name="q"
                    node_ref=input
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    placeholder=move || t_string!(i18n, home.search.placeholder).to_string()
                    on:input=on_input
                    on:keydown=clear_on_escape
                />
                <button
                    type="button"
                    class="search__clear"
                    hidden=move || query.get().is_empty()
                    on:click=move |_| clear()
                >
                    {tr(|l| td_string!(l, home.search.clear))}
                </button>
            </div>
            <p class="js-off-only" data-testid="search-needs-js">{tr(|l| td_string!(l, home.search.needs_js))}</p>
        </form>
    }
}
