//! Small lists of labels: levels, topics and target groups.

use leptos::prelude::*;

use crate::model::{Level, Term};

/// The levels as one line, e.g. "Stadtteil, Stadt".
pub fn levels_text(levels: &[Level]) -> String {
    levels
        .iter()
        .map(|l| l.label())
        .collect::<Vec<_>>()
        .join(", ")
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
