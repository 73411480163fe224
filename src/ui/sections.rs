//! Sections that network and actor pages share.

use leptos::prelude::*;

use crate::model::Project;

/// A titled list of plain texts (goals, facts); nothing when the list is empty.
#[component]
pub fn TextListSection(
    id: &'static str,
    heading: &'static str,
    items: &'static [String],
) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{heading}</h2>
                <ul class="bullets">
                    {items.iter().map(|t| view! { <li>{t.as_str()}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// A titled list of projects with their descriptions; nothing when empty.
#[component]
pub fn ProjectsSection(
    id: &'static str,
    heading: &'static str,
    projects: Vec<&'static Project>,
) -> impl IntoView {
    (!projects.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby=id>
                <h2 id=id>{heading}</h2>
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
