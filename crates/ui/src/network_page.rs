//! `/netzwerk/<slug>`: everything the dataset says about one network, in
//! the interface language where translated (drawn anew when it changes).

use leptos::prelude::*;

use crate::bookmarks::BookmarkButton;
use crate::contact::{ContactSection, Details};
use crate::i18n::td_string;
use crate::kiosk::use_kiosk;
use crate::labels::{actor_kind, role_heading};
use crate::localized::{dir_attr, isolate, lang_attr, only_german, text_language};
use crate::lookup::{entry_page, switchable_article, EntryPage};
use crate::qr::QrCode;
use crate::report::ReportMistake;
use crate::sections::{ProjectsSection, TextListSection};
use crate::terms::{levels_text, TagList};
use crate::text_notes::{OnlyInGerman, TranslationBar};
use crate::texts::locale_of;
use crate::upkeep::Upkeep;
use crate::who_else::ConnectionsLink;
use stadtteilnetz_core::bookmarks::Item;
use stadtteilnetz_core::catalogue::Shared;
use stadtteilnetz_core::connections::NodeRef;
use stadtteilnetz_core::content::TranslationNotes;
use stadtteilnetz_core::directory::{Directory, Related};
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::{actor_href, network_href, public_link};
use stadtteilnetz_core::model::Network;

/// Looks the slug up (an old one moves to the current address); unknown
/// slugs get the not-found page.
#[component]
pub fn NetworkPage() -> impl IntoView {
    entry_page(EntryPage {
        param: "slug",
        resolve: Directory::resolve_network,
        href: |n: &Network| network_href(&n.slug),
        found: |network, ui| view! { <NetworkDetail network ui/> }.into_any(),
        missing: |slug, ui| {
            let slug = isolate(slug, ui);
            td_string!(locale_of(ui), pages.network.missing, slug = slug.as_ref()).to_string()
        },
    })
}

/// One network's page in language `ui`; drawn anew in German where the
/// reader asks for the original text.
#[component]
pub fn NetworkDetail(network: Shared<Network>, ui: Language) -> impl IntoView {
    let name = network.name.clone();
    switchable_article(&name, move |shown, original| {
        view! { <NetworkArticle network=network.clone() ui shown original/> }.into_any()
    })
}

/// The page itself; `shown` says whether the dataset's texts are in German
/// at the reader's request (`original`, the switch between the two). Its
/// view is type-erased: nested in the switch's closure, its full type
/// overflows rustc's query depth limit.
#[component]
fn NetworkArticle(
    network: Shared<Network>,
    ui: Language,
    shown: bool,
    original: RwSignal<bool>,
) -> impl IntoView {
    let locale = locale_of(ui);
    let text = text_language(ui, shown);
    let dir = network.catalogue().directory();
    let n: &Network = &network;
    let de = Language::De;
    let topics: Vec<_> = dir.topics_of(n).collect();
    let groups: Vec<_> = dir.target_groups_of(n).collect();
    let projects: Vec<_> = dir.projects_of(n).collect();
    let by_role = dir.actors_by_role(n);
    let related = dir.related(n);
    let caption = n.caption_in(text);
    let summary = n.summary_in(text);
    let german = !shown
        && (caption.is_some_and(|c| only_german(c.lang, ui)) || only_german(summary.lang, ui));
    let description = n.description_in(text);

    let who = if by_role.is_empty() {
        view! { <p class="muted">{td_string!(locale, pages.network.no_actors)}</p> }.into_any()
    } else {
        by_role
            .into_iter()
            .map(|(role, actors)| {
                let items = actors
                    .into_iter()
                    .map(|(actor, part)| {
                        let kind = td_string!(locale, pages.network.kind, kind = actor_kind(locale, actor.kind)).to_string();
                        view! {
                            <li>
                                <a href=actor_href(&actor.id) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{actor.name.clone()}</a>
                                {actor.gloss(text).map(|g| view! { " " <span class="gloss gloss--inline">{format!("({g})")}</span> })}
                                " "
                                <span class="kind">{kind}</span>
                                {part.note_in(text).map(|t| view! {
                                    <span class="note" lang=lang_attr(t.lang, ui) dir=dir_attr(t.lang, ui)>{format!(" – {}", t.text)}</span>
                                })}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{role_heading(locale, role)}</h3>
                    <ul class="actor-list">{items}</ul>
                }
            })
            .collect_view()
            .into_any()
    };

    let related = if related.is_empty() {
        view! { <p class="muted">{td_string!(locale, pages.network.no_related)}</p> }.into_any()
    } else {
        let more = related.len().saturating_sub(RELATED_SHOWN);
        view! {
            <ul class="related">
                {related.iter().take(RELATED_SHOWN).map(|r| related_item(r, ui, text)).collect_view()}
            </ul>
            {(more > 0).then(|| view! {
                <p class="muted" data-testid="related-more">{td_string!(locale, pages.network.related_more, n = ui.number(more))}</p>
            })}
        }
        .into_any()
    };

    // On a kiosk screen: this page on the visitor's phone.
    let qr = use_kiosk()
        .and(public_link(&network_href(&n.slug)))
        .map(|link| view! { <QrCode link caption=td_string!(locale, pages.network.scan)/> });

    view! {
        <article class="page page--network">
            // The arrow before the link is drawn by the CSS (`.backlink
            // a::before`), which mirrors it right to left.
            <nav class="backlink" aria-label=td_string!(locale, pages.detail.back_label)>
                <a href="/">{td_string!(locale, pages.detail.all_networks)}</a>
            </nav>
            <header class="page__header">
                <h1 lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{n.name.clone()}</h1>
                {n.gloss(text).map(|g| view! { <p class="gloss">{g.to_owned()}</p> })}
                {caption.map(|c| view! { <p class="caption" lang=lang_attr(c.lang, ui) dir=dir_attr(c.lang, ui)>{c.text.to_owned()}</p> })}
                <p class="lead" lang=lang_attr(summary.lang, ui) dir=dir_attr(summary.lang, ui)>{summary.text.to_owned()}</p>
                {german.then(|| view! { <OnlyInGerman/> })}
                <TranslationBar notes=TranslationNotes::network_page(dir, n, ui) ui original/>
                <BookmarkButton item=Item::Network(n.slug.clone()) name=n.name.clone()/>
                {qr}
            </header>

            <section class="section" aria-labelledby="beschreibung">
                <h2 id="beschreibung">{td_string!(locale, pages.network.description)}</h2>
                {(!shown && only_german(description.lang, ui)).then(|| view! { <OnlyInGerman/> })}
                <div lang=lang_attr(description.lang, ui) dir=dir_attr(description.lang, ui)>
                    {description.items.iter().map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
                </div>
            </section>

            <TextListSection id="ziele" heading=td_string!(locale, pages.network.goals) texts=n.goals_in(text) ui original=shown/>

            <section class="section" aria-labelledby="beteiligte">
                <h2 id="beteiligte">{td_string!(locale, pages.network.who)}</h2>
                {who}
            </section>

            <ProjectsSection id="projekte" heading=td_string!(locale, pages.network.projects) projects ui original=shown/>

            <section class="section" aria-labelledby="einordnung">
                <h2 id="einordnung">{td_string!(locale, pages.network.classification)}</h2>
                <dl class="details">
                    <div class="details__row">
                        <dt>{td_string!(locale, pages.network.topics)}</dt>
                        <dd><TagList terms=topics ui original=shown/></dd>
                    </div>
                    <div class="details__row">
                        <dt>{td_string!(locale, pages.network.target_groups)}</dt>
                        <dd>
                            {if groups.is_empty() {
                                view! { <span class="muted">{td_string!(locale, pages.network.no_target_group)}</span> }.into_any()
                            } else {
                                view! { <TagList terms=groups ui class="tags--groups" original=shown/> }.into_any()
                            }}
                        </dd>
                    </div>
                    <div class="details__row">
                        <dt>{td_string!(locale, pages.network.level)}</dt>
                        <dd>{levels_text(locale, &n.levels)}</dd>
                    </div>
                </dl>
            </section>

            <TextListSection id="fakten" heading=td_string!(locale, pages.network.facts) texts=n.facts_in(text) ui original=shown/>

            <ContactSection details=Details {
                address: n.address.as_deref(),
                contact: n.contact.as_ref(),
                website: n.website.as_deref(),
                meeting_rhythm: n.meeting_rhythm_in(text),
            } ui/>

            <section class="section" aria-labelledby="verwandt">
                <h2 id="verwandt">{td_string!(locale, pages.network.related)}</h2>
                {related}
            </section>

            <Upkeep reviewed=n.reviewed maintainer=n.maintainer.clone() ui/>
            <ConnectionsLink node=NodeRef::Network(network.index()) ui/>
            <ReportMistake name=n.name.clone() path=network_href(&n.slug) reviewed=n.reviewed maintainer=n.maintainer.clone() ui/>

            <p class="page__footer-link"><a href="/">{td_string!(locale, pages.detail.back_to_all)}</a></p>
        </article>
    }
    .into_any()
}

/// The most related networks a page names (the closest first): in a city's
/// directory a common topic relates a network to a thousand others, a list
/// nobody reads (and a page that takes long to leave).
const RELATED_SHOWN: usize = 8;

/// A related network, and why: the actors and topics both share (names and
/// topics are the dataset's, isolated inside a right-to-left sentence;
/// topics in `text`, the language the page reads the dataset in).
fn related_item(related: &Related<'_>, ui: Language, text: Language) -> impl IntoView {
    let locale = locale_of(ui);
    let separator = td_string!(locale, pages.detail.list_separator);
    let mut reasons = Vec::new();
    if !related.shared_actors.is_empty() {
        let names: Vec<_> = related
            .shared_actors
            .iter()
            .map(|a| isolate(&a.name, ui))
            .collect();
        let names = names.join(separator);
        reasons.push(td_string!(locale, pages.network.shared_actors, names = names).to_string());
    }
    if !related.shared_topics.is_empty() {
        let topics: Vec<_> = related
            .shared_topics
            .iter()
            .map(|t| isolate(t.label_in(text).text, ui))
            .collect();
        let topics = topics.join(separator);
        reasons.push(td_string!(locale, pages.network.shared_topics, topics = topics).to_string());
    }
    let reasons = format!(
        " – {}",
        reasons.join(td_string!(locale, pages.network.reasons_separator))
    );
    let de = Language::De;
    view! {
        <li>
            <a href=network_href(&related.network.slug) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{related.network.name.clone()}</a>
            <span class="note">{reasons}</span>
        </li>
    }
}
