//! `/akteur/<id>`: an actor, its kind and every network it takes part in,
//! in the interface language (drawn anew when it changes).

use leptos::prelude::*;

use crate::bookmarks::BookmarkButton;
use crate::contact::{ContactSection, Details};
use crate::i18n::td_string;
use crate::labels::{actor_kind, role_on_actor};
use crate::localized::{dir_attr, isolate, lang_attr, only_german, text_language};
use crate::lookup::{entry_page, switchable_article, EntryPage};
use crate::report::ReportMistake;
use crate::sections::ProjectsSection;
use crate::text_notes::{OnlyInGerman, TranslationBar};
use crate::texts::locale_of;
use crate::upkeep::Upkeep;
use crate::who_else::{ConnectionsLink, WhoElse};
use stadtteilnetz_core::bookmarks::Item;
use stadtteilnetz_core::catalogue::Shared;
use stadtteilnetz_core::connections::NodeRef;
use stadtteilnetz_core::content::TranslationNotes;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::{actor_href, network_href};
use stadtteilnetz_core::model::Actor;

/// Looks the id up (an old one moves to the current address); unknown ids
/// get the not-found page.
#[component]
pub fn ActorPage() -> impl IntoView {
    entry_page(EntryPage {
        param: "id",
        resolve: Directory::resolve_actor,
        href: |a: &Actor| actor_href(&a.id),
        found: |actor, ui| view! { <ActorDetail actor ui/> }.into_any(),
        missing: |id, ui| {
            let id = isolate(id, ui);
            td_string!(locale_of(ui), pages.actor.missing, id = id.as_ref()).to_string()
        },
    })
}

/// One actor's page in language `ui`; drawn anew in German where the
/// reader asks for the original text.
#[component]
pub fn ActorDetail(actor: Shared<Actor>, ui: Language) -> impl IntoView {
    let name = actor.name.clone();
    switchable_article(&name, move |shown, original| {
        view! { <ActorArticle actor=actor.clone() ui shown original/> }.into_any()
    })
}

/// The page itself; `shown` says whether the dataset's texts are in German
/// at the reader's request (`original`, the switch between the two). Its
/// view is type-erased: nested in the switch's closure, its full type
/// overflows rustc's query depth limit.
#[component]
fn ActorArticle(
    actor: Shared<Actor>,
    ui: Language,
    shown: bool,
    original: RwSignal<bool>,
) -> impl IntoView {
    let locale = locale_of(ui);
    let text = text_language(ui, shown);
    let dir = actor.catalogue().directory();
    let a: &Actor = &actor;
    let index = actor.index();
    let de = Language::De;
    let involvements = dir.involvements(&a.id);
    let projects: Vec<_> = dir.projects_organized_by(&a.id).collect();
    let involved = if involvements.is_empty() {
        view! { <p class="muted">{td_string!(locale, pages.actor.no_networks)}</p> }.into_any()
    } else {
        view! {
            <ul class="involvements">
                {involvements.iter().map(|inv| {
                    let role = td_string!(locale, pages.actor.role, role = role_on_actor(locale, inv.role)).to_string();
                    view! {
                        <li>
                            <a href=network_href(&inv.network.slug) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{inv.network.name.clone()}</a>
                            <span class="role">{role}</span>
                            {inv.part.note_in(text).map(|t| view! {
                                <span class="note" lang=lang_attr(t.lang, ui) dir=dir_attr(t.lang, ui)>{t.text.to_owned()}</span>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let description = a.description_in(text);
    view! {
        <article class="page page--actor">
            // The arrow before the link is drawn by the CSS (`.backlink
            // a::before`), which mirrors it right to left.
            <nav class="backlink" aria-label=td_string!(locale, pages.detail.back_label)>
                <a href="/">{td_string!(locale, pages.detail.all_networks)}</a>
            </nav>
            <header class="page__header">
                <h1 lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{a.name.clone()}</h1>
                {a.gloss(text).map(|g| view! { <p class="gloss">{g.to_owned()}</p> })}
                <p class="kind-badge">{actor_kind(locale, a.kind)}</p>
                {description.map(|d| view! {
                    <p class="lead" lang=lang_attr(d.lang, ui) dir=dir_attr(d.lang, ui)>{d.text.to_owned()}</p>
                    {(!shown && only_german(d.lang, ui)).then(|| view! { <OnlyInGerman/> })}
                })}
                <TranslationBar notes=TranslationNotes::actor_page(dir, a, ui) ui original/>
                <BookmarkButton item=Item::Actor(a.id.clone()) name=a.name.clone()/>
            </header>

            <section class="section" aria-labelledby="netzwerke">
                <h2 id="netzwerke">{td_string!(locale, pages.actor.involved)}</h2>
                {involved}
            </section>

            <WhoElse actor=index ui/>

            <ProjectsSection id="organisiert" heading=td_string!(locale, pages.actor.organized) projects ui original=shown/>

            <ContactSection details=Details {
                address: a.address.as_deref(),
                contact: a.contact.as_ref(),
                website: a.website.as_deref(),
                meeting_rhythm: None,
            } ui/>

            <Upkeep reviewed=a.reviewed maintainer=a.maintainer.clone() ui/>
            <ConnectionsLink node=NodeRef::Actor(index) ui/>
            <ReportMistake name=a.name.clone() path=actor_href(&a.id) reviewed=a.reviewed maintainer=a.maintainer.clone() ui/>

            <p class="page__footer-link"><a href="/">{td_string!(locale, pages.detail.back_to_all)}</a></p>
        </article>
    }
    .into_any()
}
