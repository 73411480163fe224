//! Small lists of labels: levels, topics and target groups, in one
//! interface language (pages are drawn anew when it changes).

use leptos::prelude::*;

use crate::i18n::{td_string, Locale};
use crate::labels;
use crate::localized::{dir_attr, lang_attr, text_language};
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::model::{Level, Term};

/// The levels as one line, e.g. "Stadtteil, Stadt".
pub fn levels_text(locale: Locale, levels: &[Level]) -> String {
    levels
        .iter()
        .map(|&l| labels::level(locale, l))
        .collect::<Vec<_>>()
        .join(td_string!(locale, pages.detail.list_separator))
}

/// Labels as a list of tags, in `ui` where translated (German ones marked
/// `lang="de"`).
#[component]
pub fn TagList<'a>(
    terms: Vec<&'a Term>,
    ui: Language,
    #[prop(optional)] class: &'static str,
    /// The reader asked for the German original ([`text_language`]).
    #[prop(optional)]
    original: bool,
) -> impl IntoView {
    let text = text_language(ui, original);
    view! {
        <ul class=format!("tags {class}")>
            {terms
                .iter()
                .map(|t| {
                    let label = t.label_in(text);
                    view! { <li class="tag" lang=lang_attr(label.lang, ui) dir=dir_attr(label.lang, ui)>{label.text.to_owned()}</li> }
                })
                .collect_view()}
        </ul>
    }
}
