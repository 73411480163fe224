//! Sections that network and actor pages share.

use leptos::prelude::*;

use crate::model::Project;

/// A titled list of plain texts (goals, facts); nothing when the list is empty.
/// `heading` may be reactive (`move || t_string!(…).to_string()`), so that it
/// follows a change of language.
#[component]
pub fn TextListSection(
    id: &'static str,
    #[prop(into)] heading: TextProp,
    items: &'static [String],
) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{move || heading.get()}</h2>
                <ul class="bullets">
                    {items.iter().map(|t| view! { <li>{t.as_str()}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// A titled list of projects with their descriptions; nothing when empty.
/// `heading` may be reactive, as in `TextListSection`.
#[component]
pub fn ProjectsSection(
    id: &'static str,
    #[prop(into)] heading: TextProp,
    projects: Vec<&'static Project>,
) -> impl IntoView {
    (!projects.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{move || heading.get()}</h2>
                <ul class="bullets">
                    {projects
                        .into_iter()
                        .map(|p| view! { <li><strong>{p.name.as_str()}</strong>": "{p.description.as_str()}</li> })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
