//! Small lists of labels: levels, topics and target groups.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use super::i18n::{t_string, Locale};
use super::labels;
use crate::model::{Level, Term};

/// The levels as one line in the interface language, e.g. "Stadtteil,
/// Stadt". Reactive when called inside a reactive closure.
pub fn levels_text(i18n: I18nContext<Locale>, levels: &[Level]) -> String {
    levels
        .iter()
        .map(|&l| labels::level(i18n, l))
        .collect::<Vec<_>>()
        .join(t_string!(i18n, pages.detail.list_separator))
}

/// Labels as a list of tags.
#[component]
pub fn TagList(terms: Vec<&'static Term>, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! {
        <ul class=format!("tags {class}")>
            {terms.into_iter().map(|t| view! { <li class="tag">{t.label.as_str()}</li> }).collect_view()}
        </ul>
    }
}
