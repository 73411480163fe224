//! The form of a network: every field of the format, in the order of the
//! residents' page.

use leptos::prelude::*;

use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::model::{Level, Network, Participation, Role};

use crate::bind::{optional, Bind};
use crate::choices::{role_code, role_of, role_options};
use crate::fields::{
    errors_at, name_in, AddByName, FieldErrors, ListField, Picker, SelectField, TextField,
};
use crate::problems::field_id;
use crate::shared_fields::{contact_fields, image_fields, upkeep_fields};
use crate::state::Editor;

/// (id, name) of every entry of `kind`, following the draft.
pub fn options(ed: Editor, kind: EntryKind) -> Signal<Vec<(String, String)>> {
    Memo::new(move |_| {
        ed.data.with(|d| {
            (0..kind.len(d))
                .map(|i| {
                    (
                        kind.id_at(d, i).unwrap_or_default().to_owned(),
                        kind.name_at(d, i).unwrap_or_default().to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
    })
    .into()
}

/// The network form.
#[component]
pub fn NetworkForm(b: Bind<Network>) -> impl IntoView {
    let ed = b.ed;
    view! {
        <section class="form-section" aria-labelledby="abschnitt-texte">
            <h2 id="abschnitt-texte">"Beschreibung"</h2>
            <TextField label="Kurzbeschreibung (ein Satz)" path=b.path("summary")
                hint="Erscheint auf der Karte in der Liste."
                value=b.read(|n| n.summary.clone()) on_input=b.write("summary", |n, v| n.summary = v)/>
            <TextField label="Bildunterschrift" path=b.path("caption") optional=true
                value=b.read(|n| n.caption.clone().unwrap_or_default())
                on_input=b.write("caption", |n, v| n.caption = optional(v))/>
            <ListField label="Beschreibung" path=b.path("description") item_label="Absatz"
                items=b.read(|n| n.description.clone()) on_change=b.write_list(|n, v| n.description = v)/>
            <ListField label="Ziele" path=b.path("goals") item_label="Ziel" optional=true
                items=b.read(|n| n.goals.clone()) on_change=b.write_list(|n, v| n.goals = v)/>
            <ListField label="Weitere Fakten" path=b.path("facts") item_label="Fakt" optional=true
                hint="Nur, was die Quelle sagt (Gründung, Form, …)."
                items=b.read(|n| n.facts.clone()) on_change=b.write_list(|n, v| n.facts = v)/>
        </section>
        <section class="form-section" aria-labelledby="abschnitt-einordnung">
            <h2 id="abschnitt-einordnung">"Einordnung"</h2>
            <Picker label="Themen" path=b.path("topics") options=options(ed, EntryKind::Topic)
                chosen=b.read(|n| n.topics.clone()) on_change=b.write("topics", |n, v| n.topics = v)/>
            <Picker label="Zielgruppen" path=b.path("target_groups") options=options(ed, EntryKind::TargetGroup) optional=true
                chosen=b.read(|n| n.target_groups.clone()) on_change=b.write("target_groups", |n, v| n.target_groups = v)/>
            <Levels b/>
            <Picker label="Projekte" path=b.path("projects") options=options(ed, EntryKind::Project) optional=true
                chosen=b.read(|n| n.projects.clone()) on_change=b.write("projects", |n, v| n.projects = v)/>
        </section>
        <section class="form-section" aria-labelledby="abschnitt-beteiligte">
            <h2 id="abschnitt-beteiligte">"Beteiligte"</h2>
            <Participants b/>
        </section>
        <section class="form-section" aria-labelledby="abschnitt-kontakt">
            <h2 id="abschnitt-kontakt">"Kontakt und Treffen"</h2>
            <TextField label="Gründungsjahr" path=b.path("founded") optional=true kind="number"
                value=b.read(|n| n.founded.map(|y| y.to_string()).unwrap_or_default())
                on_input=b.write("founded", |n, v: String| n.founded = v.trim().parse().ok())/>
            <TextField label="Treffen (wie oft)" path=b.path("meeting_rhythm") optional=true hint="z. B. „monatlich“"
                value=b.read(|n| n.meeting_rhythm.clone().unwrap_or_default())
                on_input=b.write("meeting_rhythm", |n, v| n.meeting_rhythm = optional(v))/>
            {contact_fields(b, |n| &n.contact, |n| &mut n.contact, (|n| &n.address, |n| &mut n.address), (|n| &n.website, |n| &mut n.website))}
            {image_fields(b, |n| &n.image, |n| &mut n.image)}
        </section>
        <section class="form-section" aria-labelledby="abschnitt-pflege">
            <h2 id="abschnitt-pflege">"Pflege"</h2>
            {upkeep_fields(b, |n| n.reviewed, (|n| &n.maintainer, |n| &mut n.maintainer))}
        </section>
    }
}

/// The levels as checkboxes.
#[component]
fn Levels(b: Bind<Network>) -> impl IntoView {
    let path = b.path("levels");
    let id = field_id(&path);
    let errors = errors_at(path, true);
    view! {
        <fieldset class="field" id=id.clone() tabindex="-1" aria-describedby=format!("{id}-fehler")>
            <legend class="field__label">"Ebenen"</legend>
            <FieldErrors id=id.clone() errors/>
            {Level::ALL.into_iter().map(|level| {
                let box_id = format!("{id}-{}", level.code());
                view! {
                    <div class="check">
                        <input type="checkbox" id=box_id.clone()
                            prop:checked=b.read(move |n| n.levels.contains(&level))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                b.write("levels", move |n: &mut Network, _: ()| {
                                    n.levels.retain(|l| *l != level);
                                    if on {
                                        n.levels.push(level);
                                        n.levels.sort();
                                    }
                                }).run(());
                            }/>
                        <label for=box_id>{level.label()}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// A change to a network's list of participants.
type PartsChange = Box<dyn Fn(&mut Vec<Participation>)>;

/// The network's actors, each with its role and an optional note.
#[component]
fn Participants(b: Bind<Network>) -> impl IntoView {
    let ed = b.ed;
    let path = b.path("actors");
    let id = field_id(&path);
    let errors = errors_at(path.clone(), false);
    let actors = options(ed, EntryKind::Actor);
    let len = Memo::new(move |_| b.read(|n| n.actors.len()).get());
    let taken = b.read(|n| n.actors.iter().map(|p| p.actor.clone()).collect::<Vec<_>>());
    let change = move |f: PartsChange| {
        ed.edit(None, |d| {
            if let Some(n) = d.networks.get_mut(b.index) {
                f(&mut n.actors);
            }
        });
    };
    let search_id = format!("{id}-suche");
    view! {
        <div class="field" id=id.clone() tabindex="-1">
            <FieldErrors id=id.clone() errors/>
            <ol class="participants">
                <For each=move || 0..len.get() key=|i| *i let:i>
                    {
                        let part_path = format!("{path}[{i}]");
                        let name = Signal::derive(move || {
                            let actor = b.read(move |n| n.actors.get(i).map(|p| p.actor.clone()).unwrap_or_default()).get();
                            actors.with(|o| name_in(o, &actor))
                        });
                        let part_id = field_id(&part_path);
                        let actor_errors = errors_at(format!("{part_path}.actor"), false);
                        view! {
                            <li class="participant" id=part_id.clone() tabindex="-1">
                                <p class="participant__name">{move || name.get()}</p>
                                <FieldErrors id=field_id(&format!("{part_path}.actor")) errors=actor_errors/>
                                <SelectField label="Rolle" path=format!("{part_path}.role") options=role_options()
                                    value=b.read(move |n| n.actors.get(i).map(|p| role_code(p.role).to_owned()).unwrap_or_default())
                                    on_change=b.write("actors", move |n, v: String| if let (Some(p), Some(r)) = (n.actors.get_mut(i), role_of(&v)) { p.role = r; })/>
                                <TextField label="Was genau (Notiz)" path=format!("{part_path}.note") optional=true
                                    value=b.read(move |n| n.actors.get(i).and_then(|p| p.note.clone()).unwrap_or_default())
                                    on_input=b.write(&format!("actors[{i}].note"), move |n, v| if let Some(p) = n.actors.get_mut(i) { p.note = optional(v); })/>
                                <div class="list-field__buttons">
                                    <button type="button" class="button button--small" disabled=move || i == 0
                                        aria-label=move || format!("{} nach oben", name.get())
                                        on:click=move |_| change(Box::new(move |v| { stadtteilnetz_core::editing::entries::move_item(v, i, true); }))>"↑ nach oben"</button>
                                    <button type="button" class="button button--small" disabled={move || i + 1 >= len.get()}
                                        aria-label=move || format!("{} nach unten", name.get())
                                        on:click=move |_| change(Box::new(move |v| { stadtteilnetz_core::editing::entries::move_item(v, i, false); }))>"↓ nach unten"</button>
                                    <button type="button" class="button button--small button--danger"
                                        aria-label=move || format!("{} entfernen", name.get())
                                        on:click=move |_| change(Box::new(move |v| { if i < v.len() { v.remove(i); } }))>"Entfernen"</button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ol>
            <AddByName id=search_id label="Beteiligte hinzufügen – nach Namen suchen" testid="actor-search"
                options=actors taken
                on_add=Callback::new(move |actor: String| change(Box::new(move |v| v.push(Participation {
                    actor: actor.clone(),
                    role: Role::Member,
                    note: None,
                    translations: Default::default(),
                }))))/>
        </div>
    }
}
