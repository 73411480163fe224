//! One entry: its name and id, its form, its translations and its preview
//! side by side, what is wrong with it, and duplicating and deleting.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use stadtteilnetz_core::editing::attention::reasons;
use stadtteilnetz_core::editing::entries::{delete, duplicate};
use stadtteilnetz_core::editing::ids::{is_published, rename, set_name, what_breaks};
use stadtteilnetz_core::editing::references::{referrers, remove_references};
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::model::{Actor, Network, Project};

use crate::bind::Bind;
use crate::fields::TextField;
use crate::navigation::entry_href;
use crate::network_form::NetworkForm;
use crate::other_forms::{ActorForm, ProjectForm};
use crate::preview::PreviewPane;
use crate::problems_page::ProblemList;
use crate::state::{use_editor, Editor};
use crate::translations::TranslationPanel;

/// The page of one entry (`/redaktion/netzwerke/3`).
#[component]
pub fn EntryPage() -> impl IntoView {
    let ed = use_editor();
    let params = use_params_map();
    let target = Memo::new(move |_| {
        let p = params.get();
        let kind = p.get("kind").and_then(|k| EntryKind::from_segment(&k))?;
        let index: usize = p.get("index")?.parse().ok()?;
        Some((kind, index))
    });
    let exists = Memo::new(move |_| {
        target
            .get()
            .is_some_and(|(k, i)| ed.data.with(|d| i < k.len(d)))
    });
    move || {
        match (target.get(), exists.get()) {
        (Some((kind, index)), true) => view! { <Entry kind index/> }.into_any(),
        _ => view! {
            <section class="page">
                <h1 tabindex="-1">"Eintrag nicht gefunden"</h1>
                <p>"Diesen Eintrag gibt es im Entwurf nicht (mehr). Vielleicht wurde er gelöscht oder die Adresse ist unvollständig."</p>
                <p><a href="/redaktion/">"Zur Übersicht"</a></p>
            </section>
        }.into_any(),
    }
    }
}

#[component]
fn Entry(kind: EntryKind, index: usize) -> impl IntoView {
    let ed = use_editor();
    let name = Signal::derive(move || {
        ed.data
            .with(|d| kind.name_at(d, index).unwrap_or_default().to_owned())
    });
    let why = Memo::new(move |_| {
        let problems = ed.problems.with(|p| p.count_of(kind, index));
        ed.data
            .with(|d| reasons(d, kind, index, problems, ed.today))
    });
    let form = match kind {
        EntryKind::Network => {
            view! { <NetworkForm b={Bind::<Network>::new(ed, kind, index)}/> }.into_any()
        }
        EntryKind::Actor => {
            view! { <ActorForm b={Bind::<Actor>::new(ed, kind, index)}/> }.into_any()
        }
        EntryKind::Project => {
            view! { <ProjectForm b={Bind::<Project>::new(ed, kind, index)}/> }.into_any()
        }
        // A topic or target group is its label and id (above) and its
        // translations (below).
        EntryKind::Topic | EntryKind::TargetGroup => ().into_any(),
    };
    let name_label = if matches!(kind, EntryKind::Topic | EntryKind::TargetGroup) {
        "Bezeichnung"
    } else {
        "Name"
    };
    let name_field = if matches!(kind, EntryKind::Topic | EntryKind::TargetGroup) {
        "label"
    } else {
        "name"
    };
    let path = kind.path(index);
    let set_name_cb = Callback::new(move |v: String| {
        let published = ed.data.with_untracked(|d| {
            let id = kind.id_at(d, index).unwrap_or_default().to_owned();
            ed.base.with_untracked(|b| is_published(b, kind, &id))
        });
        ed.edit(Some(&format!("{}.name", kind.path(index))), |d| {
            set_name(d, kind, index, &v, published)
        });
    });
    let entry_problems = Memo::new(move |_| {
        ed.problems.with(|p| {
            p.of_entry(kind, index)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="editor-entry">
            <div class="editor-entry__main">
                <p class="editor-entry__kind"><a href=format!("/redaktion/{}", kind.segment())>{kind.plural()}</a>" › "{kind.singular()}</p>
                <h1 tabindex="-1" data-testid="entry-title" id=crate::problems::field_id(&kind.path(index))>{move || { let n = name.get(); if n.trim().is_empty() { format!("{} ohne Namen", kind.singular()) } else { n } }}</h1>
                {move || {
                    let list = why.get();
                    (!list.is_empty()).then(|| view! {
                        <ul class="reasons" aria-label="Braucht Aufmerksamkeit">
                            {list.into_iter().map(|r| view! { <li class="reason">{r.text()}</li> }).collect_view()}
                        </ul>
                    })
                }}
                {move || {
                    let list = entry_problems.get();
                    (!list.is_empty()).then(|| view! {
                        <section class="editor-entry__problems" aria-labelledby="eintrag-probleme">
                            <h2 id="eintrag-probleme">{if list.len() == 1 { "1 Problem in diesem Eintrag".to_owned() } else { format!("{} Probleme in diesem Eintrag", list.len()) }}</h2>
                            <ProblemList problems=list/>
                        </section>
                    })
                }}
                <section class="form-section" aria-labelledby="abschnitt-grund">
                    <h2 id="abschnitt-grund">"Name und Kennung"</h2>
                    <TextField label=name_label path=format!("{path}.{name_field}") value=name on_input=set_name_cb/>
                    <IdField ed kind index/>
                </section>
                {form}
                <TranslationPanel kind index/>
                <Actions ed kind index/>
            </div>
            <aside class="editor-entry__preview" aria-label="Vorschau">
                <PreviewPane kind index/>
            </aside>
        </div>
    }
}

/// The id (or slug), and what changing a published one means.
#[component]
fn IdField(ed: Editor, kind: EntryKind, index: usize) -> impl IntoView {
    let id = Signal::derive(move || {
        ed.data
            .with(|d| kind.id_at(d, index).unwrap_or_default().to_owned())
    });
    let published = Memo::new(move |_| {
        let id = id.get();
        ed.base.with(|b| is_published(b, kind, &id))
    });
    let aliases = Signal::derive(move || ed.data.with(|d| kind.aliases_at(d, index).to_vec()));
    let path = format!("{}.{}", kind.path(index), kind.id_field());
    let hint = match kind {
        EntryKind::Network => {
            "Steht in der Adresse: /netzwerk/<Kennung>. Kleinbuchstaben, Ziffern und Bindestriche."
        }
        EntryKind::Actor => {
            "Steht in der Adresse: /akteur/<Kennung>. Kleinbuchstaben, Ziffern und Bindestriche."
        }
        _ => "Kleinbuchstaben, Ziffern und Bindestriche.",
    };
    let on_change = Callback::new(move |v: String| {
        let v = v.trim().to_owned();
        let keep = published.get_untracked();
        ed.edit(None, |d| rename(d, kind, index, &v, keep));
    });
    view! {
        <TextField label="Kennung" path hint value=id on_input=Callback::new(|_| {}) on_change/>
        {move || published.get().then(|| view! {
            <p class="notice notice--info">"Diese Kennung ist veröffentlicht. " {what_breaks(kind)}</p>
        })}
        {move || {
            let list = aliases.get();
            (!list.is_empty()).then(|| view! {
                <p class="field__hint">"Frühere Kennungen (leiten weiter): " {list.join(", ")}</p>
            })
        }}
    }
}

/// Duplicate and delete.
#[component]
fn Actions(ed: Editor, kind: EntryKind, index: usize) -> impl IntoView {
    let navigate = crate::navigation::use_go();
    let asking = RwSignal::new(false);
    let users = Memo::new(move |_| {
        ed.data.with(|d| {
            let id = kind.id_at(d, index).unwrap_or_default().to_owned();
            referrers(d, kind, &id)
        })
    });
    let nav = navigate.clone();
    let duplicate_it = move |_| {
        let mut at = None;
        ed.edit(None, |d| at = duplicate(d, kind, index));
        if let Some(at) = at {
            ed.say(
                false,
                "Kopie angelegt. Sie bearbeiten jetzt die Kopie.",
                None,
            );
            nav(&entry_href(kind, at), false);
        }
    };
    let nav = navigate.clone();
    let delete_it = move |remove_refs: bool| {
        let name = ed
            .data
            .with_untracked(|d| kind.name_at(d, index).unwrap_or_default().to_owned());
        ed.edit(None, |d| {
            if remove_refs {
                let id = kind.id_at(d, index).unwrap_or_default().to_owned();
                remove_references(d, kind, &id);
            }
            delete(d, kind, index);
        });
        ed.say(
            false,
            format!("„{name}“ wurde gelöscht. „Rückgängig“ holt es zurück."),
            None,
        );
        nav(&format!("/redaktion/{}", kind.segment()), false);
    };
    let delete_plain = delete_it.clone();
    view! {
        <section class="form-section" aria-labelledby="abschnitt-aktionen">
            <h2 id="abschnitt-aktionen">"Kopieren und Löschen"</h2>
            <div class="actions">
                <button type="button" class="button" on:click=duplicate_it>"Duplizieren"</button>
                <button type="button" class="button button--danger" data-testid="delete"
                    on:click=move |_| asking.set(true)>"Löschen …"</button>
            </div>
            {move || asking.get().then(|| {
                let list = users.get();
                let delete_refs = delete_it.clone();
                let delete_plain = delete_plain.clone();
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="loeschen-frage">
                        {if list.is_empty() {
                            view! { <p id="loeschen-frage">"Diesen Eintrag wirklich löschen? Niemand verweist auf ihn."</p> }.into_any()
                        } else {
                            view! {
                                <p id="loeschen-frage">{format!("Auf diesen Eintrag verweisen {} andere:", list.len())}</p>
                                <ul>{list.iter().map(|r| view! {
                                    <li><a href=entry_href(r.kind, r.index)>{format!("{} „{}“", r.kind.singular(), r.name)}</a>{format!(" (im Feld „{}“)", r.field)}</li>
                                }).collect_view()}</ul>
                                <p>"Beim Löschen werden diese Verweise mit entfernt."</p>
                            }.into_any()
                        }}
                        <div class="actions">
                            <button type="button" class="button button--danger" data-testid="confirm-delete"
                                on:click=move |_| if list.is_empty() { delete_plain(false) } else { delete_refs(true) }>
                                {if users.get_untracked().is_empty() { "Ja, löschen" } else { "Verweise entfernen und löschen" }}
                            </button>
                            <button type="button" class="button" on:click=move |_| asking.set(false)>"Abbrechen"</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}
