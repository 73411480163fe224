//! `/netzwerk/<slug>`: everything the dataset says about one network.

use leptos::prelude::*;
use leptos_meta::Title;

use super::bookmarks::BookmarkButton;
use super::contact::{ContactSection, Details};
use super::kiosk::use_kiosk;
use super::lookup::page_for_param;
use super::page_title;
use super::qr::QrCode;
use super::sections::{ProjectsSection, TextListSection};
use super::terms::{levels_text, TagList};
use crate::bookmarks::Item;
use crate::directory::{shipped, Related};
use crate::links::{actor_href, network_href, public_link};
use crate::model::Network;

/// Looks the slug up; unknown slugs get the not-found page.
#[component]
pub fn NetworkPage() -> impl IntoView {
    page_for_param(
        "slug",
        |slug| shipped().network(slug),
        |network| view! { <NetworkDetail network/> }.into_any(),
        |slug| format!("Ein Netzwerk „{slug}“"),
    )
}

#[component]
fn NetworkDetail(network: &'static Network) -> impl IntoView {
    let dir = shipped();
    let topics: Vec<_> = dir.topics_of(network).collect();
    let groups: Vec<_> = dir.target_groups_of(network).collect();
    let projects: Vec<_> = dir.projects_of(network).collect();
    let by_role = dir.actors_by_role(network);
    let related = dir.related(network);

    view! {
        <Title text=page_title(&network.name)/>
        <article class="page page--network">
            <nav class="backlink" aria-label="Zurück">
                <a href="/">"Alle Netzwerke"</a>
            </nav>
            <header class="page__header">
                <h1>{network.name.as_str()}</h1>
                {network.caption.as_deref().map(|c| view! { <p class="caption">{c}</p> })}
                <p class="lead">{network.summary.as_str()}</p>
                <BookmarkButton item=Item::Network(network.slug.clone()) name=network.name.clone()/>
                // On a kiosk screen: this page on the visitor's phone.
                {use_kiosk().and(public_link(&network_href(&network.slug))).map(|link| view! {
                    <QrCode link caption="Mit dem Handy scannen und diese Seite mitnehmen:"/>
                })}
            </header>

            <section class="section" aria-labelledby="beschreibung">
                <h2 id="beschreibung">"Beschreibung"</h2>
                {network.description.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
            </section>

            <TextListSection id="ziele" heading="Ziele" items=&network.goals/>

            <section class="section" aria-labelledby="beteiligte">
                <h2 id="beteiligte">"Wer macht mit?"</h2>
                {if by_role.is_empty() {
                    view! {
                        <p class="muted">"Die Quelle nennt für dieses Netzwerk keine einzelnen Akteure."</p>
                    }.into_any()
                } else {
                    by_role.into_iter().map(|(role, actors)| view! {
                        <h3>{role.heading()}</h3>
                        <ul class="actor-list">
                            {actors.into_iter().map(|(actor, note)| view! {
                                <li>
                                    <a href=actor_href(&actor.id)>{actor.name.as_str()}</a>
                                    " "
                                    <span class="kind">{format!("({})", actor.kind.label())}</span>
                                    {note.map(|n| view! { <span class="note">{format!(" – {n}")}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }).collect_view().into_any()
                }}
            </section>

            <ProjectsSection id="projekte" heading="Projekte und Vorhaben" projects/>

            <section class="section" aria-labelledby="einordnung">
                <h2 id="einordnung">"Themen, Zielgruppen, Ebene"</h2>
                <dl class="details">
                    <div class="details__row">
                        <dt>"Themen"</dt>
                        <dd><TagList terms=topics/></dd>
                    </div>
                    <div class="details__row">
                        <dt>"Zielgruppen"</dt>
                        <dd>
                            {if groups.is_empty() {
                                view! { <span class="muted">"Die Quelle nennt keine Zielgruppe."</span> }.into_any()
                            } else {
                                view! { <TagList terms=groups class="tags--groups"/> }.into_any()
                            }}
                        </dd>
                    </div>
                    <div class="details__row">
                        <dt>"Ebene"</dt>
                        <dd>{levels_text(&network.levels)}</dd>
                    </div>
                </dl>
            </section>

            <TextListSection id="fakten" heading="Gut zu wissen" items=&network.facts/>

            <ContactSection details=Details {
                address: network.address.as_deref(),
                contact: network.contact.as_ref(),
                website: network.website.as_deref(),
                meeting_rhythm: network.meeting_rhythm.as_deref(),
            }/>

            <section class="section" aria-labelledby="verwandt">
                <h2 id="verwandt">"Verwandte Netzwerke"</h2>
                {if related.is_empty() {
                    view! { <p class="muted">"Kein anderes Netzwerk teilt Akteure oder Themen mit diesem."</p> }.into_any()
                } else {
                    view! {
                        <ul class="related">
                            {related.into_iter().map(|r| view! { <RelatedItem related=r/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>

            <p class="page__footer-link"><a href="/">"Zurück zu allen Netzwerken"</a></p>
        </article>
    }
}

#[component]
fn RelatedItem(related: Related<'static>) -> impl IntoView {
    let mut reasons = Vec::new();
    if !related.shared_actors.is_empty() {
        let names: Vec<&str> = related
            .shared_actors
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        reasons.push(format!("gemeinsame Akteure: {}", names.join(", ")));
    }
    if !related.shared_topics.is_empty() {
        let labels: Vec<&str> = related
            .shared_topics
            .iter()
            .map(|t| t.label.as_str())
            .collect();
        reasons.push(format!("gemeinsame Themen: {}", labels.join(", ")));
    }
    view! {
        <li>
            <a href=network_href(&related.network.slug)>{related.network.name.as_str()}</a>
            <span class="note">{format!(" – {}", reasons.join("; "))}</span>
        </li>
    }
}
