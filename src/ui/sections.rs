//! Sections that network and actor pages share, in the interface language.

use leptos::prelude::*;

use super::language::{use_language, OnlyInGerman};
use super::localized::{dir_attr, lang_attr, only_german};
use crate::content::Texts;
use crate::language::Language;
use crate::model::Project;

/// A titled list of plain texts (goals, facts) in the interface language,
/// or in German with a note; nothing when the list is empty. `heading` may
/// be reactive (`move || t_string!(…).to_string()`), so that it follows a
/// change of language.
#[component]
pub fn TextListSection(
    id: &'static str,
    #[prop(into)] heading: TextProp,
    #[prop(into)] items: Signal<Texts<'static>>,
) -> impl IntoView {
    let lang = use_language();
    (!items.with_untracked(|t| t.items.is_empty())).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{move || heading.get()}</h2>
                {move || {
                    let ui = lang.get();
                    let texts = items.get();
                    view! {
                        {only_german(texts.lang, ui).then(|| view! { <OnlyInGerman/> })}
                        <ul class="bullets" lang=lang_attr(texts.lang, ui) dir=dir_attr(texts.lang, ui)>
                            {texts.items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                        </ul>
                    }
                }}
            </section>
        }
    })
}

/// A titled list of projects with their descriptions; nothing when empty.
/// Names stay German, with their meaning where a translation gives one.
/// `heading` may be reactive, as in `TextListSection`.
#[component]
pub fn ProjectsSection(
    id: &'static str,
    #[prop(into)] heading: TextProp,
    projects: Vec<&'static Project>,
) -> impl IntoView {
    let lang = use_language();
    (!projects.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{move || heading.get()}</h2>
                {move || {
                    let ui = lang.get();
                    let german = projects.iter().any(|p| only_german(p.description_in(ui).lang, ui));
                    view! {
                        {german.then(|| view! { <OnlyInGerman/> })}
                        <ul class="bullets">
                            {projects
                                .iter()
                                .map(|p| {
                                    let d = p.description_in(ui);
                                    view! {
                                        <li>
                                            <strong lang=lang_attr(Language::De, ui) dir=dir_attr(Language::De, ui)>{p.name.as_str()}</strong>
                                            {p.gloss(ui).map(|g| view! { " " <span class="gloss gloss--inline">{format!("({g})")}</span> })}
                                            ": "
                                            <span lang=lang_attr(d.lang, ui) dir=dir_attr(d.lang, ui)>{d.text}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                }}
            </section>
        }
    })
}
