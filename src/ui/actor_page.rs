//! `/akteur/<id>`: an actor, its kind and every network it takes part in.

use leptos::prelude::*;
use leptos_meta::Title;

use super::bookmarks::BookmarkButton;
use super::contact::{ContactSection, Details};
use super::i18n::{t_string, td_string, use_i18n};
use super::labels::{actor_kind, role_on_actor};
use super::language::{tr, use_language, OnlyInGerman};
use super::localized::{dir_attr, isolate, lang_attr, only_german};
use super::lookup::page_for_param;
use super::page_title;
use super::sections::ProjectsSection;
use crate::bookmarks::Item;
use crate::directory::shipped;
use crate::language::Language;
use crate::links::network_href;
use crate::model::Actor;

/// Looks the id up; unknown ids get the not-found page.
#[component]
pub fn ActorPage() -> impl IntoView {
    page_for_param(
        "id",
        |id| shipped().actor(id),
        |actor| view! { <ActorDetail actor/> }.into_any(),
        |id| {
            let i18n = use_i18n();
            let lang = use_language();
            TextProp::from(move || {
                let id = isolate(&id, lang.get());
                t_string!(i18n, pages.actor.missing, id = id.as_ref()).to_string()
            })
        },
    )
}

#[component]
fn ActorDetail(actor: &'static Actor) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let dir = shipped();
    let involvements = dir.involvements(&actor.id);
    let projects: Vec<_> = dir.projects_organized_by(&actor.id).collect();
    view! {
        <Title text=page_title(&actor.name)/>
        <article class="page page--actor">
            // The arrow before the link is drawn by the CSS (`.backlink
            // a::before`), which mirrors it right to left.
            <nav class="backlink" aria-label=move || t_string!(i18n, pages.detail.back_label).to_string()>
                <a href="/">{tr(|l| td_string!(l, pages.detail.all_networks))}</a>
            </nav>
            <header class="page__header">
                <h1 lang=move || lang_attr(Language::De, lang.get()) dir=move || dir_attr(Language::De, lang.get())>{actor.name.as_str()}</h1>
                {move || actor.gloss(lang.get()).map(|g| view! { <p class="gloss">{g}</p> })}
                <p class="kind-badge">{move || actor_kind(i18n.get_locale(), actor.kind)}</p>
                {move || {
                    let ui = lang.get();
                    actor.description_in(ui).map(|d| view! {
                        <p class="lead" lang=lang_attr(d.lang, ui) dir=dir_attr(d.lang, ui)>{d.text}</p>
                        {only_german(d.lang, ui).then(|| view! { <OnlyInGerman/> })}
                    })
                }}
                <BookmarkButton item=Item::Actor(actor.id.clone()) name=actor.name.clone()/>
            </header>

            <section class="section" aria-labelledby="netzwerke">
                <h2 id="netzwerke">{tr(|l| td_string!(l, pages.actor.involved))}</h2>
                {if involvements.is_empty() {
                    view! { <p class="muted">{tr(|l| td_string!(l, pages.actor.no_networks))}</p> }.into_any()
                } else {
                    view! {
                        <ul class="involvements">
                            {involvements.into_iter().map(|inv| view! {
                                <li>
                                    <a href=network_href(&inv.network.slug) lang=move || lang_attr(Language::De, lang.get()) dir=move || dir_attr(Language::De, lang.get())>{inv.network.name.as_str()}</a>
                                    <span class="role">
                                        {move || t_string!(i18n, pages.actor.role, role = role_on_actor(i18n.get_locale(), inv.role)).to_string()}
                                    </span>
                                    {move || {
                                        let ui = lang.get();
                                        inv.part.note_in(ui).map(|n| view! {
                                            <span class="note" lang=lang_attr(n.lang, ui) dir=dir_attr(n.lang, ui)>{n.text}</span>
                                        })
                                    }}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>

            <ProjectsSection
                id="organisiert"
                heading=move || t_string!(i18n, pages.actor.organized).to_string()
                projects
            />

            <ContactSection details=Details {
                address: actor.address.as_deref(),
                contact: actor.contact.as_ref(),
                website: actor.website.as_deref(),
                meeting_rhythm: None,
            }/>

            <p class="page__footer-link"><a href="/">{tr(|l| td_string!(l, pages.detail.back_to_all))}</a></p>
        </article>
    }
}
