//! `/akteur/<id>`: an actor, its kind and every network it takes part in.

use leptos::prelude::*;
use leptos_meta::Title;

use super::bookmarks::BookmarkButton;
use super::contact::{ContactSection, Details};
use super::lookup::page_for_param;
use super::page_title;
use super::sections::ProjectsSection;
use crate::bookmarks::Item;
use crate::directory::shipped;
use crate::links::network_href;
use crate::model::Actor;

/// Looks the id up; unknown ids get the not-found page.
#[component]
pub fn ActorPage() -> impl IntoView {
    page_for_param(
        "id",
        |id| shipped().actor(id),
        |actor| view! { <ActorDetail actor/> }.into_any(),
        |id| format!("Einen Akteur „{id}“"),
    )
}

#[component]
fn ActorDetail(actor: &'static Actor) -> impl IntoView {
    let dir = shipped();
    let involvements = dir.involvements(&actor.id);
    let projects: Vec<_> = dir.projects_organized_by(&actor.id).collect();
    view! {
        <Title text=page_title(&actor.name)/>
        <article class="page page--actor">
            <nav class="backlink" aria-label="Zurück">
                <a href="/">"Alle Netzwerke"</a>
            </nav>
            <header class="page__header">
                <h1>{actor.name.as_str()}</h1>
                <p class="kind-badge">{actor.kind.label()}</p>
                {actor.description.as_deref().map(|d| view! { <p class="lead">{d}</p> })}
                <BookmarkButton item=Item::Actor(actor.id.clone()) name=actor.name.clone()/>
            </header>

            <section class="section" aria-labelledby="netzwerke">
                <h2 id="netzwerke">"Beteiligt an"</h2>
                {if involvements.is_empty() {
                    view! { <p class="muted">"Dieser Akteur ist derzeit keinem Netzwerk zugeordnet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="involvements">
                            {involvements.into_iter().map(|inv| view! {
                                <li>
                                    <a href=network_href(&inv.network.slug)>{inv.network.name.as_str()}</a>
                                    <span class="role">{format!("Rolle: {}", inv.role.on_actor_page())}</span>
                                    {inv.note.map(|n| view! { <span class="note">{n}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>

            <ProjectsSection id="organisiert" heading="Organisiert" projects/>

            <ContactSection details=Details {
                address: actor.address.as_deref(),
                contact: actor.contact.as_ref(),
                website: actor.website.as_deref(),
                meeting_rhythm: None,
            }/>

            <p class="page__footer-link"><a href="/">"Zurück zu allen Netzwerken"</a></p>
        </article>
    }
}
