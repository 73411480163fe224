//! The list of one kind of entry, searchable by name and id, with the
//! "needs attention" view. The search and the view are in the address
//! (`?q=…&achtung=1`), so that a list can be reloaded and shared.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use stadtteilnetz_core::editing::attention::reasons;
use stadtteilnetz_core::editing::entries::create;
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::labels::number as german_count;

use crate::fields::matches;
use crate::navigation::entry_href;
use crate::not_found::NotFound;
use crate::state::use_editor;

/// How many rows a list shows at first, and adds per "Weitere".
const PAGE: usize = 100;

/// One row of a list.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    index: usize,
    id: String,
    name: String,
    reasons: Vec<String>,
}

/// `/redaktion/netzwerke` and the other lists.
#[component]
pub fn ListPage() -> impl IntoView {
    let params = use_params_map();
    move || match params
        .with(|p| p.get("kind"))
        .and_then(|k| EntryKind::from_segment(&k))
    {
        Some(kind) => view! { <KindList kind/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn KindList(kind: EntryKind) -> impl IntoView {
    let ed = use_editor();
    let query = use_query_map();
    let navigate = crate::navigation::use_go();
    let q = Memo::new(move |_| query.with(|m| m.get("q")).unwrap_or_default());
    let attention = Memo::new(move |_| query.with(|m| m.get("achtung")).as_deref() == Some("1"));
    let shown = RwSignal::new(PAGE);
    let rows = Memo::new(move |_| {
        let q = q.get();
        let only = attention.get();
        ed.problems.with(|problems| {
            ed.data.with(|d| {
                (0..kind.len(d))
                    .filter_map(|i| {
                        let id = kind.id_at(d, i).unwrap_or_default();
                        let name = kind.name_at(d, i).unwrap_or_default();
                        if !(matches(name, &q) || matches(id, &q)) {
                            return None;
                        }
                        let why = reasons(d, kind, i, problems.count_of(kind, i), ed.today);
                        if only && why.is_empty() {
                            return None;
                        }
                        Some(Row {
                            index: i,
                            id: id.to_owned(),
                            name: name.to_owned(),
                            reasons: why.iter().map(|r| r.text()).collect(),
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let set_query = {
        let navigate = navigate.clone();
        move |q: String, only: bool| {
            let mut parts = Vec::new();
            if !q.is_empty() {
                parts.push(format!("q={}", js_sys::encode_uri_component(&q)));
            }
            if only {
                parts.push("achtung=1".to_owned());
            }
            let href = if parts.is_empty() {
                format!("/redaktion/{}", kind.segment())
            } else {
                format!("/redaktion/{}?{}", kind.segment(), parts.join("&"))
            };
            navigate(&href, true);
        }
    };
    let set_q = set_query.clone();
    let set_only = set_query.clone();
    let new_name = RwSignal::new(String::new());
    let create_it = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let name = new_name.get_untracked();
            if name.trim().is_empty() {
                return;
            }
            let mut at = 0;
            ed.edit(None, |d| at = create(d, kind, &name));
            new_name.set(String::new());
            ed.say(
                false,
                format!(
                    "{} „{}“ angelegt. Die Hinweise zeigen, was noch fehlt.",
                    kind.singular(),
                    name.trim()
                ),
                None,
            );
            navigate(&entry_href(kind, at), false);
        }
    };
    view! {
        <section class="page">
            <h1 tabindex="-1">{kind.plural()}</h1>
            <form class="new-entry" on:submit=create_it>
                <label class="field__label" for="neu-name">{format!("{}: Name", kind.a_new())}</label>
                <div class="new-entry__row">
                    <input id="neu-name" class="field__input" type="text" autocomplete="off" data-testid="new-name"
                        prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/>
                    <button type="submit" class="button button--primary" data-testid="create">"Anlegen"</button>
                </div>
            </form>
            <div class="list-tools" role="search">
                <label class="field__label" for="liste-suche">{format!("{} durchsuchen (Name oder Kennung)", kind.plural())}</label>
                <input id="liste-suche" class="field__input" type="search" autocomplete="off"
                    prop:value=move || q.get()
                    on:input=move |ev| set_q(event_target_value(&ev), attention.get_untracked())/>
                <div class="check">
                    <input id="liste-achtung" type="checkbox" prop:checked=move || attention.get()
                        on:change=move |ev| set_only(q.get_untracked(), event_target_checked(&ev))/>
                    <label for="liste-achtung">"Nur, was Aufmerksamkeit braucht (Probleme, Prüfung fällig, Übersetzung fehlt oder veraltet)"</label>
                </div>
            </div>
            <p role="status" class="list-count">
                {move || {
                    let n = rows.with(Vec::len);
                    let all = ed.data.with(|d| kind.len(d));
                    format!("{} von {} {}", german_count(n), german_count(all), kind.plural())
                }}
            </p>
            <ul class="entry-list">
                {move || rows.with(|rows| rows.iter().take(shown.get()).map(|r| view! {
                    <li class="entry-list__item">
                        <a href=entry_href(kind, r.index) class="entry-list__name">{if r.name.trim().is_empty() { format!("({} ohne Namen)", kind.singular()) } else { r.name.clone() }}</a>
                        " "
                        <span class="entry-list__id">{r.id.clone()}</span>
                        {(!r.reasons.is_empty()).then(|| view! {
                            <ul class="reasons">{r.reasons.iter().map(|t| view! { <li class="reason">{t.clone()}</li> }).collect_view()}</ul>
                        })}
                    </li>
                }).collect_view())}
            </ul>
            {move || (rows.with(Vec::len) > shown.get()).then(|| view! {
                <button type="button" class="button" on:click=move |_| shown.update(|s| *s += PAGE)>{format!("Weitere {PAGE} anzeigen")}</button>
            })}
        </section>
    }
}
