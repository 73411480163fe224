//! The in-app page for unknown addresses and unknown slugs.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{t_string, td_string, use_i18n};
use crate::page_title;
use crate::texts::tr;

/// Shown for any path the app does not know, or an id not in the dataset.
#[component]
pub fn NotFound(
    /// What was looked for, in the interface language, e.g. "Ein Netzwerk
    /// „xyz“", if the path named one; it begins the sentence
    /// `common.not_found.missing`. (Pages that say it are drawn anew when
    /// the language changes.)
    #[prop(optional, into)]
    missing: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lead = move || match &missing {
        Some(what) => t_string!(i18n, common.not_found.missing, what = what.as_str()).to_string(),
        None => t_string!(i18n, common.not_found.no_page).to_string(),
    };
    view! {
        <Title text=move || page_title(t_string!(i18n, common.not_found.title))/>
        <div class="page page--not-found" data-testid="not-found">
            <h1>{tr(|l| td_string!(l, common.not_found.title))}</h1>
            <p class="lead">{lead} " " {tr(|l| td_string!(l, common.not_found.hint))}</p>
            <p>
                <a class="button" href="/">{tr(|l| td_string!(l, common.not_found.home))}</a>
            </p>
        </div>
    }
}
