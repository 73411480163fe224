//! Sections that network and actor pages share, in one interface language.

use leptos::prelude::*;

use crate::localized::{dir_attr, lang_attr, only_german, text_language};
use crate::text_notes::OnlyInGerman;
use stadtteilnetz_core::content::Texts;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::model::Project;

/// A titled list of plain texts (goals, facts) in `ui`, or in German with
/// a note; nothing when the list is empty.
#[component]
pub fn TextListSection<'a>(
    id: &'static str,
    heading: &'static str,
    texts: Texts<'a>,
    ui: Language,
    /// The reader asked for the German original: no "only in German" note.
    #[prop(optional)]
    original: bool,
) -> impl IntoView {
    (!texts.items.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{heading}</h2>
                {(!original && only_german(texts.lang, ui)).then(|| view! { <OnlyInGerman/> })}
                <ul class="bullets" lang=lang_attr(texts.lang, ui) dir=dir_attr(texts.lang, ui)>
                    {texts.items.iter().map(|t| view! { <li>{t.to_string()}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// A titled list of projects with their descriptions; nothing when empty.
/// Names stay German, with their meaning where a translation gives one.
#[component]
pub fn ProjectsSection<'a>(
    id: &'static str,
    heading: &'static str,
    projects: Vec<&'a Project>,
    ui: Language,
    /// The reader asked for the German original ([`text_language`]).
    #[prop(optional)]
    original: bool,
) -> impl IntoView {
    let text = text_language(ui, original);
    let german = !original
        && projects
            .iter()
            .any(|p| only_german(p.description_in(ui).lang, ui));
    let items = projects
        .iter()
        .map(|p| {
            let d = p.description_in(text);
            view! {
                <li>
                    <strong lang=lang_attr(Language::De, ui) dir=dir_attr(Language::De, ui)>{p.name.clone()}</strong>
                    {p.gloss(text).map(|g| view! { " " <span class="gloss gloss--inline">{format!("({g})")}</span> })}
                    ": "
                    <span lang=lang_attr(d.lang, ui) dir=dir_attr(d.lang, ui)>{d.text.to_owned()}</span>
                </li>
            }
        })
        .collect_view();
    (!projects.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{heading}</h2>
                {german.then(|| view! { <OnlyInGerman/> })}
                <ul class="bullets">{items}</ul>
            </section>
        }
    })
}
