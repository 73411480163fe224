//! `/merkliste`: the saved entries in the order saved, each removable,
//! "Alle entfernen" with undo, sharing as a link, printing; and
//! `/merkliste?ids=…`, a list shared from another device, to take over.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::bookmarks::use_bookmarks;
use crate::browser::{address, document, share};
use crate::catalogue::use_catalogue;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::kiosk::use_kiosk;
use crate::labels::{actor_kind, role_on_actor};
use crate::localized::{dir_attr, isolate, lang_attr, only_german};
use crate::page_title;
use crate::qr::QrCode;
use crate::text_notes::OnlyInGermanShort;
use crate::texts::{locale_of, tr, use_language};
use stadtteilnetz_core::bookmarks::{Item, Merkliste};
use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::{actor_href, encode_component, network_href, public_link};

/// The in-app address of a list to share.
fn share_path(list: &Merkliste) -> String {
    format!("/merkliste?ids={}", encode_component(&list.share_ids()))
}

/// The share link of a list, at the address this page was opened from.
fn share_link(list: &Merkliste) -> String {
    format!("{}{}", address::origin(), share_path(list))
}

/// What became of the last press of "Link kopieren" (said in the
/// interface language when shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum ShareStatus {
    /// Nothing to say (also after sharing through the browser).
    #[default]
    None,
    /// The link is on the clipboard.
    Copied,
    /// The clipboard refused it.
    CopyFailed,
}

/// `/merkliste`
#[component]
pub fn MerklistePage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let bookmarks = use_bookmarks();
    let kiosk = use_kiosk().is_some();
    let catalogue = use_catalogue();
    let query = use_query_map();
    let shared = Memo::new(move |_| {
        query
            .read()
            .get("ids")
            .map(|ids| Merkliste::from_share_ids(&ids))
            .filter(|l| !l.is_empty())
    });
    let navigate = use_navigate();
    let take_over = move |_| {
        if let Some(list) = shared.get_untracked() {
            bookmarks.update(|mine| mine.merge(&list));
            navigate(
                "/merkliste",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    };
    let share_status = RwSignal::new(ShareStatus::None);
    let share_status_text = move || match share_status.get() {
        ShareStatus::None => String::new(),
        ShareStatus::Copied => t_string!(i18n, pages.merkliste.copied).to_string(),
        ShareStatus::CopyFailed => t_string!(i18n, pages.merkliste.copy_failed).to_string(),
    };
    view! {
        <Title text=move || page_title(t_string!(i18n, pages.merkliste.title))/>
        <div class="page page--merkliste">
            <h1>{tr(|l| td_string!(l, pages.merkliste.title))}</h1>
            <p class="js-off-only lead" data-testid="merkliste-needs-js">{tr(|l| td_string!(l, pages.merkliste.needs_js))}</p>
            {let catalogue = catalogue.clone(); move || shared.get().map(|list| {
                let n = list.len();
                let ui = lang.get();
                view! {
                    <section class="section shared-list" aria-labelledby="geteilt" data-testid="shared">
                        <h2 id="geteilt">{tr(|l| td_string!(l, pages.merkliste.shared.heading))}</h2>
                        <p>
                            {move || {
                                t_string!(i18n, pages.merkliste.shared.text, count = n, n = lang.get().number(n))
                                    .to_string()
                            }}
                        </p>
                        <ol class="entries">
                            {list.items().iter().map(|item| entry(&catalogue, item, false, ui)).collect_view()}
                        </ol>
                        <button type="button" class="button" on:click=take_over.clone()>
                            {tr(|l| td_string!(l, pages.merkliste.shared.take_over))}
                        </button>
                    </section>
                }
            })}

            {move || bookmarks.undo.get().map(|previous| view! {
                <div class="notice" data-testid="undo">
                    <p>{tr(|l| td_string!(l, pages.merkliste.cleared))}</p>
                    <button type="button" class="button" on:click=move |_| {
                        bookmarks.update(|l| *l = previous.clone());
                        bookmarks.undo.set(None);
                    }>{tr(|l| td_string!(l, pages.merkliste.undo))}</button>
                </div>
            })}

            <section class="section" aria-labelledby="meine">
                <h2 id="meine">{tr(|l| td_string!(l, pages.merkliste.mine))}</h2>
                {move || {
                    let list = bookmarks.list.get();
                    let ui = lang.get();
                    if list.is_empty() {
                        return view! {
                            <p class="muted" data-testid="merkliste-empty">{tr(|l| td_string!(l, pages.merkliste.empty))}</p>
                        }.into_any();
                    }
                    let link = share_link(&list);
                    let n = list.len();
                    view! {
                        <p class="count">
                            {move || t_string!(i18n, pages.merkliste.count, count = n, n = lang.get().number(n)).to_string()}
                        </p>
                        <ol class="entries" data-testid="merkliste">
                            {list.items().iter().map(|item| entry(&catalogue, item, true, ui)).collect_view()}
                        </ol>
                        <div class="actions no-print">
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                let previous = bookmarks.list.get_untracked();
                                bookmarks.update(|l| *l = Merkliste::default());
                                bookmarks.undo.set(Some(previous));
                            }>{tr(|l| td_string!(l, pages.merkliste.remove_all))}</button>
                            // A kiosk screen has no one to share with and no
                            // printer: the visitor takes the list home by phone.
                            {(!kiosk).then(|| view! {
                                <ShareButton link=link.clone() status=share_status/>
                                <button type="button" class="button button--secondary" on:click=move |_| document::print()>
                                    {tr(|l| td_string!(l, pages.merkliste.print))}
                                </button>
                            })}
                        </div>
                        {(!kiosk).then(|| view! {
                            <p class="share-status" role="status">{share_status_text}</p>
                            <label class="share-link no-print">
                                {tr(|l| td_string!(l, pages.merkliste.share_link))}
                                // An address reads left to right in every language.
                                <input type="text" readonly dir="ltr" prop:value=link data-testid="share-link"/>
                            </label>
                        })}
                        {kiosk.then(|| public_link(&share_path(&list))).flatten().map(|link| view! {
                            <QrCode link caption=move || t_string!(i18n, pages.merkliste.scan).to_string()/>
                        })}
                    }.into_any()
                }}
            </section>
        </div>
    }
}

/// "Teilen" where the browser can share, else "Link kopieren".
#[component]
fn ShareButton(link: String, status: RwSignal<ShareStatus>) -> impl IntoView {
    let i18n = use_i18n();
    let native = share::can_share();
    let on_click = move |_| {
        let link = link.clone();
        // The shared title in the language of the moment of sharing.
        let title = page_title(t_string!(i18n, pages.merkliste.share_title));
        spawn_local(async move {
            if native {
                if !share::share(&title, &link).await {
                    status.set(ShareStatus::None);
                }
            } else if share::copy(&link).await {
                status.set(ShareStatus::Copied);
            } else {
                status.set(ShareStatus::CopyFailed);
            }
        });
    };
    view! {
        <button type="button" class="button button--secondary" on:click=on_click>
            {move || if native {
                t_string!(i18n, pages.merkliste.share)
            } else {
                t_string!(i18n, pages.merkliste.copy)
            }}
        </button>
    }
}

/// One entry in language `ui`: what it is, its summary, its full text for
/// printing, and a way to remove it. Ids the dataset no longer has stay
/// until removed; an old id finds its renamed entry.
fn entry(catalogue: &Catalogue, item: &Item, removable: bool, ui: Language) -> AnyView {
    let locale = locale_of(ui);
    let dir = catalogue.directory();
    let bookmarks = use_bookmarks();
    let de = Language::De;
    let remove = removable.then(|| {
        let item = item.clone();
        view! {
            <button type="button" class="link-button no-print" on:click=move |_| {
                let item = item.clone();
                bookmarks.update(move |l| l.remove(&item));
            }>{td_string!(locale, pages.merkliste.remove)}</button>
        }
    });
    let found = item.resolve(dir).map(|r| r.index);
    let body = match (item, found) {
        (Item::Network(_), Some(i)) => {
            let n = &dir.networks()[i];
            let link = isolate(
                &format!("{}{}", address::origin(), network_href(&n.slug)),
                ui,
            )
            .into_owned();
            let summary = n.summary_in(ui);
            let description = n.description_in(ui);
            let topics: Vec<_> = dir
                .topics_of(n)
                .map(|t| isolate(t.label_in(ui).text, ui))
                .collect();
            let topics = topics.join(td_string!(locale, pages.detail.list_separator));
            view! {
                <p class="entry__type">{td_string!(locale, pages.merkliste.network)}</p>
                <h3 class="entry__name">
                    <a href=network_href(&n.slug) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{n.name.clone()}</a>
                </h3>
                <p lang=lang_attr(summary.lang, ui) dir=dir_attr(summary.lang, ui)>{summary.text.to_owned()}</p>
                {only_german(summary.lang, ui).then(|| view! { <OnlyInGermanShort/> })}
                <div class="print-only">
                    <div lang=lang_attr(description.lang, ui) dir=dir_attr(description.lang, ui)>
                        {description.items.iter().map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
                    </div>
                    <p>{td_string!(locale, pages.merkliste.topics, topics = topics).to_string()}</p>
                </div>
                <p class="print-only">{td_string!(locale, pages.merkliste.in_app, link = link).to_string()}</p>
            }
            .into_any()
        }
        (Item::Actor(_), Some(i)) => {
            let a = &dir.actors()[i];
            let kind = td_string!(
                locale,
                pages.merkliste.actor_type,
                kind = actor_kind(locale, a.kind)
            )
            .to_string();
            view! {
                <p class="entry__type">{kind}</p>
                <h3 class="entry__name"><a href=actor_href(&a.id) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{a.name.clone()}</a></h3>
                {a.description_in(ui).map(|d| view! { <p lang=lang_attr(d.lang, ui) dir=dir_attr(d.lang, ui)>{d.text.to_owned()}</p> })}
                <div class="print-only">
                    {dir.involvements(&a.id).into_iter().map(|i| view! {
                        <p>{format!("{} – {}", i.network.name, role_on_actor(locale, i.role))}</p>
                    }).collect_view()}
                </div>
            }
            .into_any()
        }
        _ => {
            let token = isolate(&item.token(), ui).into_owned();
            view! {
                <p class="entry__name">{td_string!(locale, pages.merkliste.gone)}</p>
                <p class="muted">{td_string!(locale, pages.merkliste.saved_as, token = token).to_string()}</p>
            }
            .into_any()
        }
    };
    view! {
        <li class="entry" class:entry--gone=found.is_none() data-testid="entry">
            {body}
            {remove}
        </li>
    }
    .into_any()
}
