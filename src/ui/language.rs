//! The interface language: chosen once per device (the switcher, or a link
//! with `?lang=ar`), else the browser's preferred languages, else German.
//! The document gets `lang` and `dir`, so that Arabic reads right to left.
//!
//! The texts are compiled from `locales/` by leptos_i18n (see `i18n`).

use leptos::prelude::*;

use super::i18n::{t_string, td_string, use_i18n, Locale};
use crate::browser::storage;
use crate::language::Language;

/// The localStorage key of the device's chosen language.
pub const KEY: &str = "stadtteilnetz.sprache";

/// A language that `?lang=` asked for and we do not speak, to be said on
/// screen (in the language shown instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

/// The generated locale of a language.
pub fn locale_of(language: Language) -> Locale {
    match language {
        Language::De => Locale::de,
        Language::En => Locale::en,
        Language::Uk => Locale::uk,
        Language::Ar => Locale::ar,
    }
}

/// The language of a generated locale.
pub fn language_of(locale: Locale) -> Language {
    match locale {
        Locale::de => Language::De,
        Locale::en => Language::En,
        Locale::uk => Language::Uk,
        Locale::ar => Language::Ar,
    }
}

/// The browser's preferred languages, best first.
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Takes `lang` out of the address, so that a later choice in the switcher
/// is not overruled by an old link on reload; returns what it said.
fn take_from_address() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    let code = params.get("lang")?;
    params.delete("lang");
    let rest = String::from(params.to_string());
    let path = location.pathname().ok()?;
    let hash = location.hash().unwrap_or_default();
    let address = if rest.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{rest}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
    Some(code)
}

/// The language to start with, and a language the address asked for that
/// we do not have. A known `?lang=` is stored as the device's choice.
fn starting_language() -> (Language, Option<UnknownLanguage>) {
    let asked = take_from_address();
    let chosen = match asked
        .as_deref()
        .map(|code| (code, Language::from_code(code)))
    {
        Some((_, Some(language))) => {
            let _ = storage::write(KEY, language.code());
            return (language, None);
        }
        Some((code, None)) => Some(UnknownLanguage(code.chars().take(20).collect())),
        None => None,
    };
    let stored = storage::read(KEY)
        .ok()
        .flatten()
        .and_then(|code| Language::from_code(&code));
    let language = stored
        .or_else(|| Language::preferred(&browser_languages()))
        .unwrap_or_default();
    (language, chosen)
}

/// Sets up the translations in the chosen language and keeps the document's
/// `lang` and `dir` in step. Call once, at the top of the app. Returns a
/// language `?lang=` asked for that we do not speak.
pub fn provide_language() -> Option<UnknownLanguage> {
    let (language, unknown) = starting_language();
    let i18n = leptos_i18n::context::init_i18n_subcontext_with_options::<Locale>(
        Some(Signal::stored(locale_of(language))),
        None,
        None,
        None,
    );
    provide_context(i18n);
    // One memo for the whole app: every card and text reads it, and only a
    // real change of language reaches them.
    let current = Memo::new(move |_| language_of(i18n.get_locale()));
    provide_context(CurrentLanguage(current));
    mark_document(language);
    Effect::new(move |_| mark_document(current.get()));
    unknown
}

/// The interface language, provided by [`provide_language`].
#[derive(Debug, Clone, Copy)]
struct CurrentLanguage(Memo<Language>);

/// `lang` and `dir` on `<html>`; set at once so the first paint is right.
fn mark_document(language: Language) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", language.code());
        let _ = root.set_attribute("dir", language.dir());
    }
}

/// The interface language (reactive).
pub fn use_language() -> Signal<Language> {
    expect_context::<CurrentLanguage>().0.into()
}

/// The switcher: every language named in itself, as buttons, so that
/// people who read no German find theirs; the choice is kept on the device.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_language();
    view! {
        <nav class="languages" aria-label=move || t_string!(i18n, common.language.label).to_string()>
            <ul class="languages__list">
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="languages__button"
                                    lang=language.code()
                                    dir=language.dir()
                                    aria-pressed=move || (current.get() == language).to_string()
                                    data-testid=format!("lang-{}", language.code())
                                    on:click=move |_| {
                                        let _ = storage::write(KEY, language.code());
                                        i18n.set_locale(locale_of(language));
                                    }
                                >
                                    {language.autonym()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// The short form of that note, for a card or a list entry.
#[component]
pub fn OnlyInGermanShort() -> impl IntoView {
    view! {
        <p class="only-german only-german--short" data-testid="only-german-short">
            {tr(|l| td_string!(l, home.card.in_german))}
        </p>
    }
}

/// The note under content shown in German because it has no translation
/// into the interface language.
#[component]
pub fn OnlyInGerman() -> impl IntoView {
    let _i18n = use_i18n();
    view! { <p class="only-german" data-testid="only-german">{tr(|l| td_string!(l, common.content.only_german))}</p> }
}

/// An interface text that follows the language. Every call site renders
/// through this one closure type around a `fn` pointer, so a text costs its
/// strings and no view code of its own (each `t!` in a view is a closure
/// type of its own, compiled separately into the bundle).
pub fn tr(text: fn(Locale) -> &'static str) -> impl IntoView + Clone {
    let i18n = use_i18n();
    move || text(i18n.get_locale())
}
