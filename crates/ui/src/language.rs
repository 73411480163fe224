//! Choosing the interface language: once per device (the switcher, or a
//! link with `?lang=ar`), else the browser's preferred languages, else
//! German. The document gets `lang` and `dir`, so that Arabic reads right
//! to left.

use leptos::prelude::*;

use crate::browser::storage::{self, StorageError};
use crate::browser::{address, document, locale};
use crate::i18n::{t_string, use_i18n, Locale};
use crate::notices::{use_notices, Notice};
use crate::texts::{language_of, locale_of, use_language, CurrentLanguage};
use stadtteilnetz_core::language::Language;

/// The localStorage key of the device's chosen language.
pub const KEY: &str = "stadtteilnetz.sprache";

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
/// A known `?lang=` is stored as the device's choice, and taken out of the
/// address, so that a later choice in the switcher is not overruled by an
/// old link on reload.
fn starting_language() -> (Language, Option<Notice>) {
    let asked = address::take_query_param("lang");
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
        .or_else(|| Language::preferred(&locale::preferred_languages()))
        .unwrap_or_default();
    (language, notice)
}

/// Sets up the translations in the chosen language and keeps the document's
/// `lang` and `dir` in step. Call once, at the top of the app. Returns what
/// to say about the address's `?lang=`, if anything (the app shows it once
/// everything else that may speak at start-up has).
pub fn provide_language() -> Option<Notice> {
    let (language, notice) = starting_language();
    let i18n = leptos_i18n::context::init_i18n_subcontext_with_options::<Locale>(
        Some(Signal::stored(locale_of(language))),
        None,
        None,
        // Drawn at build time there is no request to ask for a language:
        // the pages are German (and the app asks the browser, above).
        Some(leptos_i18n::context::UseLocalesOptions::default().ssr_lang_header_getter(|| None)),
    );
    provide_context(i18n);
    let current = Memo::new(move |_| language_of(i18n.get_locale()));
    provide_context(CurrentLanguage(current));
    // At once, so that the first paint is right; then on every change.
    document::set_language(language.tag(), language.dir());
    Effect::new(move |_| {
        let l = current.get();
        document::set_language(l.tag(), l.dir());
    });
    notice
}

/// The switcher: every language named in itself, as buttons, so that
/// people who read no German find theirs; the choice is kept on the device.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_language();
    let notices = use_notices();
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
                                    lang=language.tag()
                                    dir=language.dir()
                                    aria-pressed=move || (current.get() == language).to_string()
                                    data-testid=format!("lang-{}", language.code())
                                    on:click=move |_| {
                                        // The switch works for this visit even
                                        // where the device cannot keep it.
                                        if let Some(notice) = remember(language) {
                                            notices.show(notice);
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
