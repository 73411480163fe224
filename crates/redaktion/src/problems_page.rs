//! Every problem of the draft in one list; each jumps to its field.

use std::time::Duration;

use leptos::prelude::*;

use stadtteilnetz_core::editing::kinds::entry_of_path;
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::validate::Problem;
use stadtteilnetz_ui::browser::document;

use crate::navigation::entry_href;
use crate::problems::field_ids_for;
use crate::state::use_editor;

/// Where a problem's field is: its entry's page, the publisher's form for
/// its details, or the overview for the dataset's other fields.
fn page_of(path: &str) -> String {
    match entry_of_path(path) {
        Some((kind, index)) => entry_href(kind, index),
        None if path.starts_with("publisher.") => "/redaktion/herausgeber".to_owned(),
        None => "/redaktion/".to_owned(),
    }
}

/// Problems as a list of links that put focus on their field.
#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    let navigate = crate::navigation::use_go();
    view! {
        <ul class="problems">
            {problems.into_iter().map(|p| {
                let href = page_of(&p.path);
                let navigate = navigate.clone();
                let path = p.path.clone();
                let field = if p.field.is_empty() { String::new() } else { format!(", Feld „{}“", p.field) };
                view! {
                    <li class="problem">
                        <a href=href.clone() class="problem__link" on:click=move |ev| {
                            ev.prevent_default();
                            navigate(&href, false);
                            let ids = field_ids_for(&path);
                            // The page draws after the navigation; then focus.
                            set_timeout(move || {
                                for id in ids {
                                    if document::focus(&format!("#{id}"), true) {
                                        break;
                                    }
                                }
                            }, Duration::from_millis(60));
                        }>
                            <span class="problem__where">{format!("{}{field}", p.entry)}</span>
                            ": "
                            <span class="problem__what">{p.message.clone()}</span>
                        </a>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// `/redaktion/probleme`.
#[component]
pub fn ProblemsPage() -> impl IntoView {
    let ed = use_editor();
    view! {
        <section class="page">
            <h1 tabindex="-1">"Probleme"</h1>
            {move || {
                let list = ed.problems.with(|p| p.list.clone());
                if list.is_empty() {
                    view! { <p class="notice notice--ok" data-testid="no-problems">"Keine Probleme: Der Entwurf erfüllt alle Regeln und kann gespeichert werden."</p> }.into_any()
                } else {
                    let by_kind: Vec<(String, Vec<Problem>)> = {
                        let mut groups: Vec<(String, Vec<Problem>)> = Vec::new();
                        for p in list {
                            let name = entry_of_path(&p.path).map_or("Datensatz".to_owned(), |(k, _): (EntryKind, usize)| k.plural().to_owned());
                            match groups.iter_mut().find(|(n, _)| *n == name) {
                                Some((_, v)) => v.push(p),
                                None => groups.push((name, vec![p])),
                            }
                        }
                        groups
                    };
                    let total: usize = by_kind.iter().map(|(_, v)| v.len()).sum();
                    view! {
                        <p>{format!("{total} Probleme. Ein Entwurf darf Probleme haben; gespeichert werden kann die Datei erst, wenn alle behoben sind. Jeder Eintrag führt zu seinem Feld.")}</p>
                        {by_kind.into_iter().map(|(name, list)| view! {
                            <h2>{name}</h2>
                            <ProblemList problems=list/>
                        }).collect_view()}
                    }.into_any()
                }
            }}
        </section>
    }
}
