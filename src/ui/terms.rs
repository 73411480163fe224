//! Small lists of labels: levels, topics and target groups.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use super::i18n::{t_string, Locale};
use super::labels;
use super::language::use_language;
use super::localized::{dir_attr, lang_attr};
use crate::model::{Level, Term};

/// The levels as one line in the interface language, e.g. "Stadtteil,
/// Stadt". Reactive when called inside a reactive closure.
pub fn levels_text(i18n: I18nContext<Locale>, levels: &[Level]) -> String {
    levels
        .iter()
        .map(|&l| labels::level(i18n.get_locale(), l))
        .collect::<Vec<_>>()
        .join(t_string!(i18n, pages.detail.list_separator))
}

/// Labels as a list of tags, in the interface language where translated
/// (German ones marked `lang="de"`).
#[component]
pub fn TagList(terms: Vec<&'static Term>, #[prop(optional)] class: &'static str) -> impl IntoView {
    let lang = use_language();
    view! {
        <ul class=format!("tags {class}")>
            {move || {
                let ui = lang.get();
                terms
                    .iter()
                    .map(|t| {
                        let label = t.label_in(ui);
                        view! { <li class="tag" lang=lang_attr(label.lang, ui) dir=dir_attr(label.lang, ui)>{label.text}</li> }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
