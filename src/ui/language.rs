//! The interface language: chosen once per device (the switcher, or a link
//! with `?lang=ar`), else the browser's preferred languages, else German.
//! The document gets `lang` and `dir`, so that Arabic reads right to left.
//!
//! The texts are compiled from `locales/` by leptos_i18n (see `i18n`).

use leptos::prelude::*;

use super::bookmarks::{use_bookmarks, Notice};
use super::i18n::{t_string, td_string, use_i18n, Locale};
use crate::browser::storage::{self, StorageError};
use crate::language::Language;

/// The localStorage key of the device's chosen language.
pub const KEY: &str = "stadtteilnetz.sprache";

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

/// Keeps `language` as the device's choice; what to say if that failed:
/// storage unavailable altogether has its own notice (it names the Merkliste
/// and the language), a refused write says only the language is not kept.
fn remember(language: Language) -> Option<Notice> {
    match storage::write(KEY, language.code()) {
        Ok(()) => None,
        Err(StorageError::Unavailable) => Some(Notice::StorageUnavailable),
        Err(StorageError::WriteRefused) => Some(Notice::LanguageNotSaved),
    }
}

/// The language to start with, and what to say about the address's
/// `?lang=`: a language we do not speak, or one that could not be kept.
/// A known `?lang=` is stored as the device's choice.
fn starting_language() -> (Language, Option<Notice>) {
    let asked = take_from_address();
    let notice = match asked
        .as_deref()
        .map(|code| (code, Language::from_code(code)))
    {
        Some((_, Some(language))) => {
            // Unavailable storage is said at start-up anyway, when the
            // Merkliste cannot be read.
            let notice = remember(language).filter(|n| *n == Notice::LanguageNotSaved);
            return (language, notice);
        }
        Some((code, None)) => Some(Notice::UnknownLanguage(code.chars().take(20).collect())),
        None => None,
    };
    let stored = storage::read(KEY)
        .ok()
        .flatten()
        .and_then(|code| Language::from_code(&code));
    let language = stored
        .or_else(|| Language::preferred(&browser_languages()))
        .unwrap_or_default();
    (language, notice)
}

/// Sets up the translations in the chosen language and keeps the document's
/// `lang` and `dir` in step. Call once, at the top of the app. Returns what
/// to say about the address's `?lang=`, if anything.
pub fn provide_language() -> Option<Notice> {
    let (language, notice) = starting_language();
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
    notice
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
    let bookmarks = use_bookmarks();
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
                                        // The switch works for this visit even
                                        // where the device cannot keep it.
                                        if let Some(notice) = remember(language) {
                                            bookmarks.notice.set(Some(notice));
                                        }
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

/// The note under content shown in German because it has no translation
/// into the interface language.
#[component]
pub fn OnlyInGerman() -> impl IntoView {
    view! { <p class="only-german" data-testid="only-german">{tr(|l| td_string!(l, common.content.only_german))}</p> }
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

/// An interface text that follows the language. Every call site renders
/// through this one closure type around a `fn` pointer, so a text costs its
/// strings and no view code of its own (each `t!` in a view is a closure
/// type of its own, compiled separately into the bundle).
pub fn tr(text: fn(Locale) -> &'static str) -> impl IntoView + Clone {
    let i18n = use_i18n();
    move || text(i18n.get_locale())
}
