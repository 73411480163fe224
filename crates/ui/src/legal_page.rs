//! The frame the pages of a public service share: a title in the interface
//! language, and the page drawn anew when the language changes (they are
//! long texts, read once; nothing on them keeps state).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::catalogue::use_catalogue;
use crate::i18n::{use_i18n, Locale};
use crate::page_title;
use crate::texts::use_language;
use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::language::Language;

/// A page titled `title`, its body `body(ui, catalogue)`.
pub fn legal_page(
    title: fn(Locale) -> &'static str,
    body: impl Fn(Language, &Catalogue) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let catalogue = use_catalogue();
    view! {
        <Title text=move || page_title(title(i18n.get_locale()))/>
        {move || body(lang.get(), &catalogue)}
    }
}
