//! The interface texts (compiled from `locales/` by leptos_i18n into
//! `crate::i18n`) and the interface language every component reads: one
//! memo for the whole app, provided by `language::provide_language`.
//!
//! Why leptos_i18n: texts are compiled into Rust (nothing to parse or fetch
//! at run time, offline), a mistyped key is a compile error, and plurals
//! follow CLDR through ICU4X.

use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};
use stadtteilnetz_core::language::Language;

/// The generated locale of a language.
pub fn locale_of(language: Language) -> Locale {
    match language {
        Language::De => Locale::de,
        Language::En => Locale::en,
        Language::Uk => Locale::uk,
        Language::Ar => Locale::ar,
        Language::Ls => Locale::de_x_ls,
    }
}

/// The language of a generated locale.
pub fn language_of(locale: Locale) -> Language {
    match locale {
        Locale::de => Language::De,
        Locale::en => Language::En,
        Locale::uk => Language::Uk,
        Locale::ar => Language::Ar,
        Locale::de_x_ls => Language::Ls,
    }
}

/// The interface language, as a memo: every card and text reads it, and
/// only a real change of language reaches them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CurrentLanguage(pub Memo<Language>);

/// The interface language (reactive).
pub fn use_language() -> Signal<Language> {
    expect_context::<CurrentLanguage>().0.into()
}

/// An interface text that follows the language. Every call site renders
/// through this one closure type around a `fn` pointer, so a text costs its
/// strings and no view code of its own (each `t!` in a view is a closure
/// type of its own, compiled separately into the bundle).
pub fn tr(text: fn(Locale) -> &'static str) -> impl IntoView + Clone {
    let i18n = use_i18n();
    move || text(i18n.get_locale())
}
