//! Translations side by side: every German text of an entry beside its
//! translation into the chosen language (`?sprache=`), each with its
//! state. Editing the German outdates a translation by itself (its
//! fingerprint no longer matches); "Übersetzung geprüft" marks it checked.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use stadtteilnetz_core::editing::attention::{language_name, target_languages};
use stadtteilnetz_core::editing::review::{
    edit_translation, review_translation, text_state, TextState,
};
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::model::{Dataset, Language};
use stadtteilnetz_core::translation::{state, Translated};

use crate::bind::optional;
use crate::problems::field_id;
use crate::state::{use_editor, Editor};

/// Which text of an entry a row translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    Gloss,
    Caption,
    Summary,
    Description(usize),
    Goal(usize),
    Fact(usize),
    Meeting,
    Note(usize),
    Label,
}

impl Slot {
    fn label(self) -> String {
        match self {
            Slot::Gloss => "Name (was er bedeutet)".to_owned(),
            Slot::Caption => "Bildunterschrift".to_owned(),
            Slot::Summary => "Kurzbeschreibung".to_owned(),
            Slot::Description(j) => format!("Beschreibung, Absatz {}", j + 1),
            Slot::Goal(j) => format!("Ziel {}", j + 1),
            Slot::Fact(j) => format!("Fakt {}", j + 1),
            Slot::Meeting => "Treffen".to_owned(),
            Slot::Note(j) => format!("Notiz zu Beteiligten {}", j + 1),
            Slot::Label => "Bezeichnung".to_owned(),
        }
    }

    fn key(self) -> String {
        match self {
            Slot::Gloss => "gloss".to_owned(),
            Slot::Caption => "caption".to_owned(),
            Slot::Summary => "summary".to_owned(),
            Slot::Description(j) => format!("description-{j}"),
            Slot::Goal(j) => format!("goals-{j}"),
            Slot::Fact(j) => format!("facts-{j}"),
            Slot::Meeting => "meeting_rhythm".to_owned(),
            Slot::Note(j) => format!("note-{j}"),
            Slot::Label => "label".to_owned(),
        }
    }
}

/// The rows an entry has now (the German decides which texts exist).
fn slots(d: &Dataset, kind: EntryKind, index: usize) -> Vec<Slot> {
    let mut out = Vec::new();
    match kind {
        EntryKind::Network => {
            let Some(n) = d.networks.get(index) else {
                return out;
            };
            out.push(Slot::Gloss);
            if n.caption.is_some() {
                out.push(Slot::Caption);
            }
            out.push(Slot::Summary);
            out.extend((0..n.description.len()).map(Slot::Description));
            out.extend((0..n.goals.len()).map(Slot::Goal));
            out.extend((0..n.facts.len()).map(Slot::Fact));
            if n.meeting_rhythm.is_some() {
                out.push(Slot::Meeting);
            }
            out.extend(
                n.actors
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.note.is_some())
                    .map(|(j, _)| Slot::Note(j)),
            );
        }
        EntryKind::Actor => {
            out.push(Slot::Gloss);
            if d.actors.get(index).is_some_and(|a| a.description.is_some()) {
                out.push(Slot::Description(0));
            }
        }
        EntryKind::Project => out.extend([Slot::Gloss, Slot::Description(0)]),
        EntryKind::Topic | EntryKind::TargetGroup => out.push(Slot::Label),
    }
    out
}

fn item(list: &Option<Vec<String>>, j: usize) -> Option<String> {
    list.as_ref()?
        .get(j)
        .filter(|s| !s.trim().is_empty())
        .cloned()
}

fn set_item(slot: &mut Option<Vec<String>>, len: usize, j: usize, v: String) {
    let list = slot.get_or_insert_with(|| vec![String::new(); len]);
    list.resize(len, String::new());
    if j < len {
        list[j] = v;
    }
    if list.iter().all(|s| s.trim().is_empty()) {
        *slot = None;
    }
}

fn row_state<E: Translated + ?Sized>(e: &E, language: Language, present: bool) -> TextState {
    text_state(e, language, present)
}

/// German, translation and state of one row.
fn read(
    d: &Dataset,
    kind: EntryKind,
    index: usize,
    slot: Slot,
    l: Language,
) -> (String, String, TextState) {
    let pick = |german: &str, t: Option<String>, s: TextState| {
        (german.to_owned(), t.unwrap_or_default(), s)
    };
    match kind {
        EntryKind::Network => {
            let Some(n) = d.networks.get(index) else {
                return Default::default();
            };
            let t = n.translations.get(&l);
            let one = |f: fn(&stadtteilnetz_core::model::NetworkText) -> &Option<String>| {
                t.and_then(|t| f(t).clone())
            };
            let (german, text) = match slot {
                Slot::Gloss => (n.name.as_str(), one(|t| &t.gloss)),
                Slot::Caption => (
                    n.caption.as_deref().unwrap_or_default(),
                    one(|t| &t.caption),
                ),
                Slot::Summary => (n.summary.as_str(), one(|t| &t.summary)),
                Slot::Description(j) => (
                    n.description.get(j).map_or("", String::as_str),
                    t.and_then(|t| item(&t.description, j)),
                ),
                Slot::Goal(j) => (
                    n.goals.get(j).map_or("", String::as_str),
                    t.and_then(|t| item(&t.goals, j)),
                ),
                Slot::Fact(j) => (
                    n.facts.get(j).map_or("", String::as_str),
                    t.and_then(|t| item(&t.facts, j)),
                ),
                Slot::Meeting => (
                    n.meeting_rhythm.as_deref().unwrap_or_default(),
                    one(|t| &t.meeting_rhythm),
                ),
                Slot::Note(j) => {
                    let Some(p) = n.actors.get(j) else {
                        return Default::default();
                    };
                    let text = p
                        .translations
                        .get(&l)
                        .map(|t| t.note.clone())
                        .filter(|s| !s.is_empty());
                    let s = row_state(p, l, text.is_some());
                    return pick(p.note.as_deref().unwrap_or_default(), text, s);
                }
                Slot::Label => ("", None),
            };
            let s = row_state(n, l, text.is_some());
            pick(german, text, s)
        }
        EntryKind::Actor | EntryKind::Project => {
            let (name, description, t) = if kind == EntryKind::Actor {
                let Some(a) = d.actors.get(index) else {
                    return Default::default();
                };
                (
                    a.name.as_str(),
                    a.description.as_deref().unwrap_or_default(),
                    a.translations.get(&l),
                )
            } else {
                let Some(p) = d.projects.get(index) else {
                    return Default::default();
                };
                (
                    p.name.as_str(),
                    p.description.as_str(),
                    p.translations.get(&l),
                )
            };
            let (german, text) = match slot {
                Slot::Gloss => (name, t.and_then(|t| t.gloss.clone())),
                _ => (description, t.and_then(|t| t.description.clone())),
            };
            let s = if kind == EntryKind::Actor {
                row_state(&d.actors[index], l, text.is_some())
            } else {
                row_state(&d.projects[index], l, text.is_some())
            };
            pick(german, text, s)
        }
        EntryKind::Topic | EntryKind::TargetGroup => {
            let list = if kind == EntryKind::Topic {
                &d.topics
            } else {
                &d.target_groups
            };
            let Some(term) = list.get(index) else {
                return Default::default();
            };
            let text = term
                .translations
                .get(&l)
                .map(|t| t.label.clone())
                .filter(|s| !s.is_empty());
            let s = row_state(term, l, text.is_some());
            pick(&term.label, text, s)
        }
    }
}

/// Writes one row's translation.
fn write(d: &mut Dataset, kind: EntryKind, index: usize, slot: Slot, l: Language, v: String) {
    match kind {
        EntryKind::Network => {
            let Some(n) = d.networks.get_mut(index) else {
                return;
            };
            let lens = (n.description.len(), n.goals.len(), n.facts.len());
            match slot {
                Slot::Note(j) => {
                    if let Some(p) = n.actors.get_mut(j) {
                        edit_translation(p, l, |t| {
                            t.note = if v.trim().is_empty() {
                                String::new()
                            } else {
                                v
                            }
                        });
                    }
                }
                _ => edit_translation(n, l, |t| match slot {
                    Slot::Gloss => t.gloss = optional(v),
                    Slot::Caption => t.caption = optional(v),
                    Slot::Summary => t.summary = optional(v),
                    Slot::Description(j) => set_item(&mut t.description, lens.0, j, v),
                    Slot::Goal(j) => set_item(&mut t.goals, lens.1, j, v),
                    Slot::Fact(j) => set_item(&mut t.facts, lens.2, j, v),
                    Slot::Meeting => t.meeting_rhythm = optional(v),
                    Slot::Note(_) | Slot::Label => {}
                }),
            }
        }
        EntryKind::Actor | EntryKind::Project => {
            let change = |t: &mut stadtteilnetz_core::model::EntryText| match slot {
                Slot::Gloss => t.gloss = optional(v),
                _ => t.description = optional(v),
            };
            if kind == EntryKind::Actor {
                if let Some(a) = d.actors.get_mut(index) {
                    edit_translation(a, l, change);
                }
            } else if let Some(p) = d.projects.get_mut(index) {
                edit_translation(p, l, change);
            }
        }
        EntryKind::Topic | EntryKind::TargetGroup => {
            let list = if kind == EntryKind::Topic {
                &mut d.topics
            } else {
                &mut d.target_groups
            };
            if let Some(t) = list.get_mut(index) {
                edit_translation(t, l, |x| {
                    x.label = if v.trim().is_empty() {
                        String::new()
                    } else {
                        v
                    }
                });
            }
        }
    }
}

/// "Übersetzung geprüft": the entry's translation into `l`, and its notes'.
fn review(d: &mut Dataset, kind: EntryKind, index: usize, l: Language) {
    match kind {
        EntryKind::Network => {
            if let Some(n) = d.networks.get_mut(index) {
                review_translation(n, l);
                for p in &mut n.actors {
                    review_translation(p, l);
                }
            }
        }
        EntryKind::Actor => {
            if let Some(a) = d.actors.get_mut(index) {
                review_translation(a, l);
            }
        }
        EntryKind::Project => {
            if let Some(p) = d.projects.get_mut(index) {
                review_translation(p, l);
            }
        }
        EntryKind::Topic => {
            if let Some(t) = d.topics.get_mut(index) {
                review_translation(t, l);
            }
        }
        EntryKind::TargetGroup => {
            if let Some(t) = d.target_groups.get_mut(index) {
                review_translation(t, l);
            }
        }
    }
}

/// Whether the entry has a translation into `l` at all.
fn has_translation(d: &Dataset, kind: EntryKind, index: usize, l: Language) -> bool {
    match kind {
        EntryKind::Network => d.networks.get(index).is_some_and(|n| {
            state(n, l).is_some() || n.actors.iter().any(|p| state(p, l).is_some())
        }),
        EntryKind::Actor => d.actors.get(index).is_some_and(|a| state(a, l).is_some()),
        EntryKind::Project => d.projects.get(index).is_some_and(|p| state(p, l).is_some()),
        EntryKind::Topic => d.topics.get(index).is_some_and(|t| state(t, l).is_some()),
        EntryKind::TargetGroup => d
            .target_groups
            .get(index)
            .is_some_and(|t| state(t, l).is_some()),
    }
}

/// The language chosen in the address (`?sprache=uk`), English by default.
pub fn chosen_language(param: &str) -> Memo<Language> {
    let query = use_query_map();
    let param = param.to_owned();
    Memo::new(move |_| {
        query
            .with(|q| q.get(&param))
            .and_then(|c| Language::from_code(&c))
            .filter(|l| *l != Language::De)
            .unwrap_or(Language::En)
    })
}

/// The translations of one entry.
#[component]
pub fn TranslationPanel(kind: EntryKind, index: usize) -> impl IntoView {
    let ed = use_editor();
    let language = chosen_language("sprache");
    let rows = Memo::new(move |_| ed.data.with(|d| slots(d, kind, index)));
    let exists = Memo::new(move |_| {
        let l = language.get();
        ed.data.with(|d| has_translation(d, kind, index, l))
    });
    view! {
        <section class="form-section translations" aria-labelledby="abschnitt-uebersetzung"
            id=field_id(&format!("{}.translations", kind.path(index))) tabindex="-1">
            <h2 id="abschnitt-uebersetzung">"Übersetzungen"</h2>
            <nav class="tabs" aria-label="Sprache der Übersetzung">
                {target_languages().map(|l| view! {
                    <a class="tabs__tab" href=format!("?sprache={}", l.code())
                        aria-current=move || (language.get() == l).then_some("true")>
                        {language_name(l)}
                    </a>
                }).collect_view()}
            </nav>
            <p class="field__hint">"Links der deutsche Text, rechts die Übersetzung. Ändert sich der deutsche Text, gilt die Übersetzung als veraltet, bis jemand sie prüft. Leere Felder zeigen den Bewohnerinnen und Bewohnern den deutschen Text."</p>
            {move || {
                let l = language.get();
                view! {
                    <ol class="translation-rows" lang="de">
                        {rows.get().into_iter().map(|slot| view! { <Row ed kind index part=slot language=l/> }).collect_view()}
                    </ol>
                    <div class="actions">
                        <button type="button" class="button" data-testid="translation-reviewed"
                            disabled=move || !exists.get()
                            on:click=move |_| ed.edit(None, |d| review(d, kind, index, l))>
                            {format!("✓ Übersetzung geprüft ({})", language_name(l))}
                        </button>
                    </div>
                }
            }}
        </section>
    }
}

#[component]
fn Row(ed: Editor, kind: EntryKind, index: usize, part: Slot, language: Language) -> impl IntoView {
    let slot = part;
    let now = Memo::new(move |_| ed.data.with(|d| read(d, kind, index, slot, language)));
    let id = format!(
        "{}-{}-{}",
        field_id(&format!("{}.translations", kind.path(index))),
        language.code(),
        slot.key()
    );
    let group = format!(
        "{}.translations.{}.{}",
        kind.path(index),
        language.code(),
        slot.key()
    );
    view! {
        <li class="translation-row" data-testid=format!("translation-{}", slot.key())>
            <div class="translation-row__german">
                <p class="field__label">{slot.label()}" – Deutsch"</p>
                <p class="translation-row__text">{move || now.with(|n| n.0.clone())}</p>
            </div>
            <div class="translation-row__other">
                <label class="field__label" for=id.clone()>{format!("{} – {}", slot.label(), language_name(language))}</label>
                <textarea id=id.clone() class="field__input field__input--area" rows="2" lang=language.tag() dir=language.dir()
                    aria-describedby=format!("{id}-stand")
                    prop:value=move || now.with(|n| n.1.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        ed.edit(Some(&group), |d| write(d, kind, index, slot, language, v));
                    }
                    on:change=move |_| ed.seal()></textarea>
                <p id=format!("{id}-stand") class=move || format!("state state--{}", now.with(|n| n.2.code())) data-testid="translation-state">
                    {move || now.with(|n| n.2.label())}
                </p>
            </div>
        </li>
    }
}
