//! The start page: what is open, opening another dataset (the shipped one,
//! or a file by picker or drag and drop), the dataset's source, counts and
//! attention per kind, and "Entwurf verwerfen".

use leptos::prelude::*;

use stadtteilnetz_core::editing::attention::reasons;
use stadtteilnetz_core::editing::draft::SHIPPED;
use stadtteilnetz_core::editing::open::check_size;
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::labels::number;
use stadtteilnetz_core::model::Dataset;

use crate::browser::files::{self, Chosen};
use crate::fields::TextField;
use crate::state::{use_editor, Editor, FILE_NAME};
use crate::store::Kept;

/// A dataset waiting for the person's word before it replaces the draft.
#[derive(Clone)]
struct Pending {
    name: String,
    data: Dataset,
    problems: usize,
    note: String,
}

/// Replaces the draft with `p`, and says so.
fn take(ed: Editor, p: Pending) {
    let shipped = p.name == SHIPPED;
    let what = if shipped {
        "Die mitgelieferten Daten".to_owned()
    } else {
        format!("„{}“", p.name)
    };
    ed.replace(p.data, p.name.clone());
    let said = if p.problems == 0 {
        format!("{what} geöffnet: keine Probleme.{}", p.note)
    } else {
        format!("{what} geöffnet, mit {} Problemen (siehe „Probleme“). Gespeichert werden kann die Datei erst, wenn alle behoben sind.{}", p.problems, p.note)
    };
    ed.say(p.problems > 0, said, None);
}

/// Opens `p` at once if nothing would be lost and it has no problems;
/// otherwise asks first (the draft stays as it is until then).
fn offer(ed: Editor, pending: RwSignal<Option<Pending>>, p: Pending) {
    let touched = ed.store.kept.get_untracked() != Kept::Untouched;
    if !touched && p.problems == 0 {
        take(ed, p);
    } else {
        ed.messages.set(Vec::new());
        pending.set(Some(p));
    }
}

/// Opens a chosen file, or says why not; the draft stays unless it is one.
fn open_chosen(ed: Editor, pending: RwSignal<Option<Pending>>, chosen: Chosen) {
    if let Err(refused) = check_size(chosen.size) {
        ed.say(
            true,
            refused.message(&chosen.name),
            Some("Ihr Entwurf ist unverändert.".to_owned()),
        );
        return;
    }
    leptos::task::spawn_local(async move {
        let Some(text) = chosen.text().await else {
            ed.say(true, format!("„{}“ konnte nicht gelesen werden (keine Textdatei?). Ihr Entwurf ist unverändert.", chosen.name), None);
            return;
        };
        match ed.open_file(&chosen.name, &text) {
            Err(refused) => ed.say(
                true,
                refused.message(&chosen.name),
                Some("Ihr Entwurf ist unverändert.".to_owned()),
            ),
            Ok(opened) => {
                let note = opened
                    .migration
                    .map(|m| {
                        format!(
                            " Sie war im älteren Format {} und wurde auf das aktuelle gebracht.",
                            m.from
                        )
                    })
                    .unwrap_or_default();
                let problems = opened.problems.len();
                offer(
                    ed,
                    pending,
                    Pending {
                        name: chosen.name.clone(),
                        problems,
                        data: opened.data,
                        note,
                    },
                );
            }
        }
    });
}

/// `/redaktion/`.
#[component]
pub fn Overview() -> impl IntoView {
    let ed = use_editor();
    let dragging = RwSignal::new(false);
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let confirm_discard = RwSignal::new(false);
    let counts = Memo::new(move |_| {
        ed.problems.with(|p| {
            ed.data.with(|d| {
                EntryKind::ALL
                    .into_iter()
                    .map(|k| {
                        let n = k.len(d);
                        let attention = (0..n)
                            .filter(|&i| !reasons(d, k, i, p.count_of(k, i), ed.today).is_empty())
                            .count();
                        (k, n, attention)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let open_shipped = move |_| {
        offer(
            ed,
            pending,
            Pending {
                name: SHIPPED.to_owned(),
                data: ed.shipped.get_value(),
                problems: 0,
                note: String::new(),
            },
        );
    };
    let discard = move |_| {
        ed.store.discard();
        let shipped: Dataset = ed.shipped.get_value();
        ed.replace_quietly(shipped, SHIPPED.to_owned(), None);
        confirm_discard.set(false);
        ed.say(
            false,
            "Der Entwurf wurde verworfen. Geöffnet sind wieder die mitgelieferten Daten.",
            None,
        );
    };
    let source_path = |f: &str| format!("source.{f}");
    view! {
        <section class="page overview">
            <h1 tabindex="-1">"Redaktion"</h1>
            <p class="lead">{move || format!("Geöffnet: {}. ", ed.origin_text())}
                {move || match ed.store.kept.get() {
                    Kept::Untouched => "Noch keine Änderungen.",
                    Kept::Pending | Kept::Saved => "Jede Änderung wird sofort als Entwurf auf diesem Gerät gehalten.",
                    Kept::Refused => "Der Entwurf wird nicht auf dem Gerät gehalten (Speicher gesperrt oder voll).",
                    Kept::Conflict => "Ein anderer Tab hat den Entwurf geändert.",
                }}
            </p>

            <section class="form-section" aria-labelledby="oeffnen">
                <h2 id="oeffnen">"Öffnen"</h2>
                <p>"Öffnen ersetzt den Entwurf. Eine Datei, die kein Datenbestand ist, wird nicht geöffnet; Ihr Entwurf bleibt dann, wie er ist."</p>
                <div class="actions">
                    <button type="button" class="button" on:click=open_shipped>"Mitgelieferte Daten öffnen"</button>
                    <label class="button" for="datei">"Datei vom Gerät öffnen …"</label>
                    <input id="datei" class="visually-hidden" type="file" accept=".json,application/json" data-testid="file-input"
                        on:change=move |ev| if let Some(chosen) = files::from_input(&ev) { open_chosen(ed, pending, chosen) }/>
                </div>
                {move || pending.get().map(|p| {
                    let what = if p.name == SHIPPED { "Die mitgelieferten Daten".to_owned() } else { format!("„{}“", p.name) };
                    let problems = if p.problems == 0 {
                        "Sie hat keine Probleme.".to_owned()
                    } else {
                        format!("Sie hat {} Probleme (ein Entwurf darf Probleme haben; gespeichert werden kann erst, wenn alle behoben sind).", p.problems)
                    };
                    let touched = ed.store.kept.get_untracked() != Kept::Untouched;
                    view! {
                        <div class="confirm" role="alertdialog" aria-labelledby="oeffnen-frage" data-testid="open-confirm">
                            <p id="oeffnen-frage">{format!("{what} lässt sich öffnen. {problems}")}</p>
                            {touched.then(|| view! { <p>"Öffnen ersetzt Ihren jetzigen Entwurf mit allen Änderungen. Speichern Sie ihn vorher als Datei, wenn Sie ihn behalten wollen."</p> })}
                            <div class="actions">
                                <button type="button" class="button button--danger" data-testid="open-anyway"
                                    on:click=move |_| if let Some(p) = pending.get_untracked() { pending.set(None); take(ed, p); }>"Öffnen und Entwurf ersetzen"</button>
                                <button type="button" class="button" on:click=move |_| {
                                    pending.set(None);
                                    ed.say(false, "Nicht geöffnet. Ihr Entwurf ist unverändert.", None);
                                }>"Abbrechen, Entwurf behalten"</button>
                            </div>
                        </div>
                    }
                })}
                <div class="dropzone" class:dropzone--active=move || dragging.get() data-testid="dropzone"
                    on:dragover=move |ev| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=move |ev| {
                        ev.prevent_default();
                        dragging.set(false);
                        if let Some(chosen) = files::from_drop(&ev) { open_chosen(ed, pending, chosen) }
                    }>
                    <p>{format!("Oder eine Datei (z. B. {FILE_NAME}) hierher ziehen.")}</p>
                </div>
            </section>

            <section class="form-section" aria-labelledby="bestand">
                <h2 id="bestand">"Einträge"</h2>
                <ul class="kind-list">
                    {move || counts.get().into_iter().map(|(k, n, attention)| view! {
                        <li>
                            <a href=format!("/redaktion/{}", k.segment())>{format!("{}: {}", k.plural(), number(n))}</a>
                            {(attention > 0).then(|| view! {
                                " – "<a href=format!("/redaktion/{}?achtung=1", k.segment())>{format!("{} brauchen Aufmerksamkeit", number(attention))}</a>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section class="form-section" aria-labelledby="quelle">
                <h2 id="quelle">"Quelle des Datenbestands"</h2>
                <TextField label="Titel der Quelle" path=source_path("title")
                    value=Signal::derive(move || ed.data.with(|d| d.source.title.clone()))
                    on_input=Callback::new(move |v: String| ed.edit(Some("source.title"), |d| d.source.title = v))/>
                <TextField label="Herausgegeben von" path=source_path("publisher")
                    value=Signal::derive(move || ed.data.with(|d| d.source.publisher.clone()))
                    on_input=Callback::new(move |v: String| ed.edit(Some("source.publisher"), |d| d.source.publisher = v))/>
            </section>

            <section class="form-section" aria-labelledby="verwerfen">
                <h2 id="verwerfen">"Entwurf verwerfen"</h2>
                <p>"Verwirft alle Änderungen, die nicht als Datei gespeichert sind, und öffnet wieder die mitgelieferten Daten."</p>
                <button type="button" class="button button--danger" data-testid="discard" on:click=move |_| confirm_discard.set(true)>"Entwurf verwerfen …"</button>
                {move || confirm_discard.get().then(|| view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="verwerfen-frage">
                        <p id="verwerfen-frage">"Wirklich alle Änderungen verwerfen? Das lässt sich nicht rückgängig machen."</p>
                        <div class="actions">
                            <button type="button" class="button button--danger" data-testid="confirm-discard" on:click=discard>"Ja, verwerfen"</button>
                            <button type="button" class="button" on:click=move |_| confirm_discard.set(false)>"Abbrechen"</button>
                        </div>
                    </div>
                })}
            </section>
        </section>
    }
}
