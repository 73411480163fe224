//! The search field on the start page. It writes what is typed into the
//! address (`/?q=…`), and the results follow the address.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::facets::Filters;
use crate::links::home_href;

/// Search field with label and clear button. `query` is the query in the
/// URL; the filters there are kept while typing and clearing.
#[component]
pub fn SearchBox(
    #[prop(into)] query: Signal<String>,
    #[prop(into)] filters: Signal<Filters>,
) -> impl IntoView {
    let navigate = use_navigate();
    let input: NodeRef<html::Input> = NodeRef::new();
    // Typing replaces the history entry, so that Back leaves the search
    // instead of stepping through every letter; the first letter adds one.
    let go = {
        let navigate = navigate.clone();
        move |value: String| {
            let replace = !query.get_untracked().is_empty();
            navigate(
                &home_href(&value, &filters.get_untracked()),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let on_input = {
        let go = go.clone();
        move |event: ev::Event| go(event_target_value(&event))
    };
    let clear = move || {
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
    view! {
        <form class="search" role="search" on:submit=on_submit>
            <label class="search__label" for="suche">"Netzwerke und Akteure durchsuchen"</label>
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
                    placeholder="z. B. Jugend, Integration, KuBuS"
                    prop:value=move || query.get()
                    on:input=on_input
                    on:keydown=clear_on_escape
                />
                <button
                    type="button"
                    class="search__clear"
                    hidden=move || query.get().is_empty()
                    on:click=move |_| clear()
                >
                    "Leeren"
                </button>
            </div>
        </form>
    }
}
