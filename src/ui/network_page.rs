//! `/netzwerk/<slug>`: everything the dataset says about one network.

use leptos::prelude::*;
use leptos_meta::Title;

use super::bookmarks::BookmarkButton;
use super::contact::{ContactSection, Details};
use super::i18n::{t_string, td_string, use_i18n};
use super::kiosk::use_kiosk;
use super::labels::{actor_kind, role_heading};
use super::language::{tr, use_language, OnlyInGerman};
use super::localized::{dir_attr, isolate, lang_attr, only_german};
use super::lookup::page_for_param;
use super::page_title;
use super::qr::QrCode;
use super::sections::{ProjectsSection, TextListSection};
use super::terms::{levels_text, TagList};
use crate::bookmarks::Item;
use crate::directory::{shipped, Related};
use crate::language::Language;
use crate::links::{actor_href, network_href, public_link};
use crate::model::Network;

/// Looks the slug up; unknown slugs get the not-found page.
#[component]
pub fn NetworkPage() -> impl IntoView {
    page_for_param(
        "slug",
        |slug| shipped().network(slug),
        |network| view! { <NetworkDetail network/> }.into_any(),
        |slug| {
            let i18n = use_i18n();
            let lang = use_language();
            TextProp::from(move || {
                let slug = isolate(&slug, lang.get());
                t_string!(i18n, pages.network.missing, slug = slug.as_ref()).to_string()
            })
        },
    )
}

#[component]
fn NetworkDetail(network: &'static Network) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let dir = shipped();
    let topics: Vec<_> = dir.topics_of(network).collect();
    let groups: Vec<_> = dir.target_groups_of(network).collect();
    let projects: Vec<_> = dir.projects_of(network).collect();
    let by_role = dir.actors_by_role(network);
    let related = dir.related(network);

    view! {
        <Title text=page_title(&network.name)/>
        <article class="page page--network">
            // The arrow before the link is drawn by the CSS (`.backlink
            // a::before`), which mirrors it right to left.
            <nav class="backlink" aria-label=move || t_string!(i18n, pages.detail.back_label).to_string()>
                <a href="/">{tr(|l| td_string!(l, pages.detail.all_networks))}</a>
            </nav>
            <header class="page__header">
                <h1 lang=move || lang_attr(Language::De, lang.get()) dir=move || dir_attr(Language::De, lang.get())>{network.name.as_str()}</h1>
                {move || network.gloss(lang.get()).map(|g| view! { <p class="gloss">{g}</p> })}
                {move || {
                    let ui = lang.get();
                    let caption = network.caption_in(ui);
                    let summary = network.summary_in(ui);
                    let german = caption.is_some_and(|c| only_german(c.lang, ui)) || only_german(summary.lang, ui);
                    view! {
                        {caption.map(|c| view! { <p class="caption" lang=lang_attr(c.lang, ui) dir=dir_attr(c.lang, ui)>{c.text}</p> })}
                        <p class="lead" lang=lang_attr(summary.lang, ui) dir=dir_attr(summary.lang, ui)>{summary.text}</p>
                        {german.then(|| view! { <OnlyInGerman/> })}
                    }
                }}
                <BookmarkButton item=Item::Network(network.slug.clone()) name=network.name.clone()/>
                // On a kiosk screen: this page on the visitor's phone.
                {use_kiosk().and(public_link(&network_href(&network.slug))).map(|link| view! {
                    <QrCode link caption=move || t_string!(i18n, pages.network.scan).to_string()/>
                })}
            </header>

            <section class="section" aria-labelledby="beschreibung">
                <h2 id="beschreibung">{tr(|l| td_string!(l, pages.network.description))}</h2>
                {move || {
                    let ui = lang.get();
                    let texts = network.description_in(ui);
                    view! {
                        {only_german(texts.lang, ui).then(|| view! { <OnlyInGerman/> })}
                        <div lang=lang_attr(texts.lang, ui) dir=dir_attr(texts.lang, ui)>
                            {texts.items.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                        </div>
                    }
                }}
            </section>

            <TextListSection
                id="ziele"
                heading=move || t_string!(i18n, pages.network.goals).to_string()
                items=Signal::derive(move || network.goals_in(lang.get()))
            />

            <section class="section" aria-labelledby="beteiligte">
                <h2 id="beteiligte">{tr(|l| td_string!(l, pages.network.who))}</h2>
                {if by_role.is_empty() {
                    view! {
                        <p class="muted">{tr(|l| td_string!(l, pages.network.no_actors))}</p>
                    }.into_any()
                } else {
                    by_role.into_iter().map(|(role, actors)| view! {
                        <h3>{move || role_heading(i18n.get_locale(), role)}</h3>
                        <ul class="actor-list">
                            {actors.into_iter().map(|(actor, part)| view! {
                                <li>
                                    <a href=actor_href(&actor.id) lang=move || lang_attr(Language::De, lang.get()) dir=move || dir_attr(Language::De, lang.get())>{actor.name.as_str()}</a>
                                    {move || actor.gloss(lang.get()).map(|g| view! { " " <span class="gloss gloss--inline">{format!("({g})")}</span> })}
                                    " "
                                    <span class="kind">
                                        {move || t_string!(i18n, pages.network.kind, kind = actor_kind(i18n.get_locale(), actor.kind)).to_string()}
                                    </span>
                                    {move || {
                                        let ui = lang.get();
                                        part.note_in(ui).map(|n| view! {
                                            <span class="note" lang=lang_attr(n.lang, ui) dir=dir_attr(n.lang, ui)>{format!(" – {}", n.text)}</span>
                                        })
                                    }}
                                </li>
                            }).collect_view()}
                        </ul>
                    }).collect_view().into_any()
                }}
            </section>

            <ProjectsSection
                id="projekte"
                heading=move || t_string!(i18n, pages.network.projects).to_string()
                projects
            />

            <section class="section" aria-labelledby="einordnung">
                <h2 id="einordnung">{tr(|l| td_string!(l, pages.network.classification))}</h2>
                <dl class="details">
                    <div class="details__row">
                        <dt>{tr(|l| td_string!(l, pages.network.topics))}</dt>
                        <dd><TagList terms=topics/></dd>
                    </div>
                    <div class="details__row">
                        <dt>{tr(|l| td_string!(l, pages.network.target_groups))}</dt>
                        <dd>
                            {if groups.is_empty() {
                                view! { <span class="muted">{tr(|l| td_string!(l, pages.network.no_target_group))}</span> }.into_any()
                            } else {
                                view! { <TagList terms=groups class="tags--groups"/> }.into_any()
                            }}
                        </dd>
                    </div>
                    <div class="details__row">
                        <dt>{tr(|l| td_string!(l, pages.network.level))}</dt>
                        <dd>{move || levels_text(i18n, &network.levels)}</dd>
                    </div>
                </dl>
            </section>

            <TextListSection
                id="fakten"
                heading=move || t_string!(i18n, pages.network.facts).to_string()
                items=Signal::derive(move || network.facts_in(lang.get()))
            />

            <ContactSection details=Details {
                address: network.address.as_deref(),
                contact: network.contact.as_ref(),
                website: network.website.as_deref(),
                meeting_rhythm: network.meeting_rhythm_in(Language::De).map(|german| {
                    Signal::derive(move || network.meeting_rhythm_in(lang.get()).unwrap_or(german))
                }),
            }/>

            <section class="section" aria-labelledby="verwandt">
                <h2 id="verwandt">{tr(|l| td_string!(l, pages.network.related))}</h2>
                {if related.is_empty() {
                    view! { <p class="muted">{tr(|l| td_string!(l, pages.network.no_related))}</p> }.into_any()
                } else {
                    view! {
                        <ul class="related">
                            {related.into_iter().map(|r| view! { <RelatedItem related=r/> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>

            <p class="page__footer-link"><a href="/">{tr(|l| td_string!(l, pages.detail.back_to_all))}</a></p>
        </article>
    }
}

#[component]
fn RelatedItem(related: Related<'static>) -> impl IntoView {
    let i18n = use_i18n();
    let names: Vec<&str> = related
        .shared_actors
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    let lang = use_language();
    let shared_topics = related.shared_topics;
    // Why it is related, in the interface language (the names and topics
    // are the dataset's).
    let reasons = move || {
        let separator = t_string!(i18n, pages.detail.list_separator);
        let ui = lang.get();
        let mut reasons = Vec::new();
        if !names.is_empty() {
            let names: Vec<_> = names.iter().map(|n| isolate(n, ui)).collect();
            let names = names.join(separator);
            reasons.push(t_string!(i18n, pages.network.shared_actors, names = names).to_string());
        }
        if !shared_topics.is_empty() {
            let topics: Vec<_> = shared_topics
                .iter()
                .map(|t| isolate(t.label_in(ui).text, ui))
                .collect();
            let topics = topics.join(separator);
            reasons.push(t_string!(i18n, pages.network.shared_topics, topics = topics).to_string());
        }
        format!(
            " – {}",
            reasons.join(t_string!(i18n, pages.network.reasons_separator))
        )
    };
    view! {
        <li>
            <a href=network_href(&related.network.slug) lang=move || lang_attr(Language::De, lang.get()) dir=move || dir_attr(Language::De, lang.get())>{related.network.name.as_str()}</a>
            <span class="note">{reasons}</span>
        </li>
    }
}
