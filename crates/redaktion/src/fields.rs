//! Form fields bound to the draft: a label, the value, and the checks'
//! messages for exactly this field beside it (`aria-describedby`), with an
//! id made from the field's path so that the list of problems can jump to
//! it. Fields are drawn once per entry and read their value reactively, so
//! typing never redraws the input under the cursor.

use leptos::prelude::*;

use crate::problems::field_id;
use crate::state::use_editor;

/// The messages for the field at `path`, beside it.
#[component]
pub fn FieldErrors(id: String, errors: Memo<Vec<String>>) -> impl IntoView {
    view! {
        <div id=format!("{id}-fehler") class="field__errors" aria-live="polite">
            {move || errors.get().into_iter().map(|m| view! {
                <p class="field__error"><span class="field__error-icon" aria-hidden="true">"⚠ "</span>{m}</p>
            }).collect_view()}
        </div>
    }
}

/// The messages of the checks for `path` (and, with `nested`, inside it).
pub fn errors_at(path: String, nested: bool) -> Memo<Vec<String>> {
    let ed = use_editor();
    Memo::new(move |_| ed.problems.with(|p| p.messages_at(&path, nested)))
}

/// The label of a field, with "(optional)" where it may stay empty.
#[component]
fn Label(id: String, label: String, optional: bool) -> impl IntoView {
    view! {
        <label class="field__label" for=id>
            {label}
            {optional.then(|| view! { <span class="field__optional">" (optional)"</span> })}
        </label>
    }
}

/// A line or a paragraph of text.
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    #[prop(into)] path: String,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] nested: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] kind: Option<&'static str>,
    #[prop(optional)] on_change: Option<Callback<String>>,
) -> impl IntoView {
    let ed = use_editor();
    let id = field_id(&path);
    let errors = errors_at(path, nested);
    let described = {
        let id = id.clone();
        let has_hint = hint.is_some();
        move || {
            let mut d = format!("{id}-fehler");
            if has_hint {
                d = format!("{id}-hinweis {d}");
            }
            d
        }
    };
    let invalid = move || (!errors.with(Vec::is_empty)).to_string();
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let change = move |ev: leptos::ev::Event| {
        if let Some(c) = on_change {
            c.run(event_target_value(&ev));
        }
        ed.seal();
    };
    let control = if multiline {
        view! {
            <textarea id=id.clone() class="field__input field__input--area" rows="4"
                prop:value=move || value.get() on:input=input on:change=change
                aria-invalid=invalid aria-describedby=described.clone()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() class="field__input" type=kind.unwrap_or("text")
                prop:value=move || value.get() on:input=input on:change=change
                aria-invalid=invalid aria-describedby=described.clone()/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:field--invalid=move || !errors.with(Vec::is_empty)>
            <Label id=id.clone() label optional/>
            {hint.map(|h| view! { <p class="field__hint" id=format!("{id}-hinweis")>{h}</p> })}
            {control}
            <FieldErrors id=id.clone() errors/>
        </div>
    }
}

/// A choice from a fixed list (`(value, German label)`).
#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    #[prop(into)] path: String,
    options: Vec<(&'static str, &'static str)>,
    value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let id = field_id(&path);
    let errors = errors_at(path, false);
    view! {
        <div class="field">
            <Label id=id.clone() label optional=false/>
            <select id=id.clone() class="field__input" aria-describedby=format!("{id}-fehler")
                on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options.into_iter().map(|(code, text)| view! {
                    <option value=code selected=move || value.get() == code>{text}</option>
                }).collect_view()}
            </select>
            <FieldErrors id errors/>
        </div>
    }
}

/// A list of texts (paragraphs, goals, facts): each can be changed,
/// removed and moved up and down by buttons, and new ones added.
#[component]
pub fn ListField(
    #[prop(into)] label: String,
    #[prop(into)] path: String,
    items: Signal<Vec<String>>,
    on_change: Callback<(Option<String>, Vec<String>)>,
    #[prop(into)] item_label: String,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let ed = use_editor();
    let id = field_id(&path);
    let errors = errors_at(path.clone(), false);
    let len = Memo::new(move |_| items.with(Vec::len));
    let set = move |group: Option<String>, f: &dyn Fn(&mut Vec<String>)| {
        let mut list = items.get_untracked();
        f(&mut list);
        on_change.run((group, list));
    };
    let item_label_add = item_label.clone();
    let path_add = path.clone();
    view! {
        <fieldset class="field field--list" id=id.clone() tabindex="-1" aria-describedby=format!("{id}-fehler")>
            <legend class="field__label">
                {label}
                {optional.then(|| view! { <span class="field__optional">" (optional)"</span> })}
            </legend>
            {hint.map(|h| view! { <p class="field__hint">{h}</p> })}
            <FieldErrors id=id.clone() errors/>
            <ol class="list-field">
                <For each=move || 0..len.get() key=|i| *i let:i>
                    {
                        let item_path = format!("{path}[{i}]");
                        let item_id = field_id(&item_path);
                        let item_errors = errors_at(item_path.clone(), false);
                        let n = i + 1;
                        let group = item_path.clone();
                        let name = format!("{item_label} {n}");
                        let list_path = item_path.rsplit_once('[').map_or("", |p| p.0).to_owned();
                        let above = field_id(&format!("{list_path}[{}]", i.saturating_sub(1)));
                        let below = field_id(&format!("{list_path}[{}]", i + 1));
                        let move_up = move |_: leptos::ev::MouseEvent| {
                            set(None, &|v: &mut Vec<String>| { stadtteilnetz_core::editing::entries::move_item(v, i, true); });
                            stadtteilnetz_ui::browser::document::focus(&format!("#{above}-hoch"), false);
                        };
                        let move_down = move |_: leptos::ev::MouseEvent| {
                            set(None, &|v: &mut Vec<String>| { stadtteilnetz_core::editing::entries::move_item(v, i, false); });
                            stadtteilnetz_ui::browser::document::focus(&format!("#{below}-runter"), false);
                        };
                        view! {
                            <li class="list-field__item">
                                <label class="field__label" for=item_id.clone()>{name.clone()}</label>
                                <textarea id=item_id.clone() class="field__input field__input--area" rows="3"
                                    aria-describedby=format!("{item_id}-fehler")
                                    prop:value=move || items.with(|v| v.get(i).cloned().unwrap_or_default())
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        set(Some(group.clone()), &move |v: &mut Vec<String>| if let Some(x) = v.get_mut(i) { x.clone_from(&text) });
                                    }
                                    on:change=move |_| ed.seal()></textarea>
                                <FieldErrors id=item_id.clone() errors=item_errors/>
                                <div class="list-field__buttons">
                                    <button type="button" class="button button--small" id=format!("{item_id}-hoch")
                                        disabled=move || i == 0
                                        aria-label=format!("{name} nach oben")
                                        on:click=move_up>"↑ nach oben"</button>
                                    <button type="button" class="button button--small" id=format!("{item_id}-runter")
                                        disabled={move || i + 1 >= len.get()}
                                        aria-label=format!("{name} nach unten")
                                        on:click=move_down>"↓ nach unten"</button>
                                    <button type="button" class="button button--small button--danger"
                                        aria-label=format!("{name} entfernen")
                                        on:click=move |_| set(None, &|v: &mut Vec<String>| { if i < v.len() { v.remove(i); } })>"Entfernen"</button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ol>
            <button type="button" class="button" on:click=move |_| {
                set(None, &|v: &mut Vec<String>| v.push(String::new()));
                let next = field_id(&format!("{path_add}[{}]", len.get_untracked().saturating_sub(1)));
                stadtteilnetz_ui::browser::document::focus(&format!("#{next}"), false);
            }>{format!("+ {item_label_add} hinzufügen")}</button>
        </fieldset>
    }
}

/// Case-insensitive "contains", for pickers and list searches.
pub fn matches(name: &str, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty() || name.to_lowercase().contains(&q)
}

/// Choosing entries by name: the chosen ones in order (move, remove), and
/// a search that offers matching ones to add.
#[component]
pub fn Picker(
    #[prop(into)] label: String,
    #[prop(into)] path: String,
    /// Every entry that can be chosen: (id, name).
    options: Signal<Vec<(String, String)>>,
    chosen: Signal<Vec<String>>,
    on_change: Callback<Vec<String>>,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let id = field_id(&path);
    let errors = errors_at(path.clone(), true);
    let name_of = move |wanted: &str| options.with(|o| name_in(o, wanted));
    let label_text = label.clone();
    view! {
        <fieldset class="field field--picker" id=id.clone() tabindex="-1" aria-describedby=format!("{id}-fehler")>
            <legend class="field__label">
                {label}
                {optional.then(|| view! { <span class="field__optional">" (optional)"</span> })}
            </legend>
            <FieldErrors id=id.clone() errors/>
            <ul class="picker__chosen">
                {move || {
                    let list = chosen.get();
                    let n = list.len();
                    list.into_iter().enumerate().map(|(i, item)| {
                        let name = name_of(&item);
                        let item_path = format!("{path}[{i}]");
                        view! {
                            <li class="picker__item" id=field_id(&item_path) tabindex="-1">
                                <span class="picker__name">{name.clone()}</span>
                                <button type="button" class="button button--small" disabled=i == 0
                                    aria-label=format!("{name} nach oben")
                                    on:click=move |_| { let mut v = chosen.get_untracked(); stadtteilnetz_core::editing::entries::move_item(&mut v, i, true); on_change.run(v); }>"↑"</button>
                                <button type="button" class="button button--small" disabled={i + 1 >= n}
                                    aria-label=format!("{name} nach unten")
                                    on:click=move |_| { let mut v = chosen.get_untracked(); stadtteilnetz_core::editing::entries::move_item(&mut v, i, false); on_change.run(v); }>"↓"</button>
                                <button type="button" class="button button--small button--danger"
                                    aria-label=format!("{name} entfernen")
                                    on:click=move |_| { let mut v = chosen.get_untracked(); if i < v.len() { v.remove(i); } on_change.run(v); }>"Entfernen"</button>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
            <AddByName id=format!("{id}-suche") label=format!("{label_text}: hinzufügen – nach Namen suchen")
                options taken=chosen
                on_add=Callback::new(move |item: String| {
                    let mut v = chosen.get_untracked();
                    v.push(item);
                    on_change.run(v);
                })/>
        </fieldset>
    }
}

/// The name of entry `id` among `options` (id, name), or what to show for
/// an id that no entry has (the checks report it too).
pub fn name_in(options: &[(String, String)], id: &str) -> String {
    options
        .iter()
        .find(|(i, _)| i == id)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| format!("unbekannt: „{id}“"))
}

/// A search by name that offers entries to add: up to 8 of `options` that
/// are not `taken` and match what is typed (name or id). Choosing one calls
/// `on_add` with its id, empties the search and keeps focus in it.
#[component]
pub fn AddByName(
    /// The search field's id.
    #[prop(into)]
    id: String,
    #[prop(into)] label: String,
    options: Signal<Vec<(String, String)>>,
    taken: Signal<Vec<String>>,
    on_add: Callback<String>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let offers = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        let have = taken.get();
        options.with(|o| {
            o.iter()
                .filter(|(i, n)| !have.contains(i) && (matches(n, &q) || matches(i, &q)))
                .take(8)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let search_id = id.clone();
    view! {
        <label class="field__label field__label--small" for=id.clone()>{label}</label>
        <input id=id class="field__input" type="search" autocomplete="off" data-testid=testid
            prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
        <ul class="picker__offers" aria-live="polite">
            {move || offers.get().into_iter().map(|(item, name)| {
                let search_id = search_id.clone();
                view! {
                    <li>
                        <button type="button" class="button button--small picker__offer" on:click=move |_| {
                            on_add.run(item.clone());
                            query.set(String::new());
                            stadtteilnetz_ui::browser::document::focus(&format!("#{search_id}"), false);
                        }>{format!("+ {name}")}</button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
