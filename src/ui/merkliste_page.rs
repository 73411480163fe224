//! `/merkliste`: the saved entries in the order saved, each removable,
//! "Alle entfernen" with undo, sharing as a link, printing; and
//! `/merkliste?ids=…`, a list shared from another device, to take over.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::bookmarks::use_bookmarks;
use super::kiosk::use_kiosk;
use super::page_title;
use super::qr::QrCode;
use crate::bookmarks::{Item, Merkliste};
use crate::browser::share;
use crate::directory::shipped;
use crate::links::{actor_href, encode_component, network_href, public_link};

/// The in-app address of a list to share.
fn share_path(list: &Merkliste) -> String {
    format!("/merkliste?ids={}", encode_component(&list.share_ids()))
}

/// The share link of a list, at the address this page was opened from.
fn share_link(list: &Merkliste) -> String {
    format!("{}{}", share::origin(), share_path(list))
}

/// `/merkliste`
#[component]
pub fn MerklistePage() -> impl IntoView {
    let bookmarks = use_bookmarks();
    let kiosk = use_kiosk().is_some();
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
    let share_status = RwSignal::new(String::new());
    view! {
        <Title text=page_title("Merkliste")/>
        <div class="page page--merkliste">
            <h1>"Merkliste"</h1>
            {move || shared.get().map(|list| view! {
                <section class="section shared-list" aria-labelledby="geteilt" data-testid="shared">
                    <h2 id="geteilt">"Eine geteilte Liste"</h2>
                    <p>{format!(
                        "Jemand hat Ihnen {} geschickt. Ihre eigene Merkliste bleibt dabei erhalten.",
                        if list.len() == 1 { "einen Eintrag".to_owned() } else { format!("{} Einträge", list.len()) }
                    )}</p>
                    <ol class="entries">
                        {list.items().iter().cloned().map(|item| view! { <Entry item removable=false/> }).collect_view()}
                    </ol>
                    <button type="button" class="button" on:click=take_over.clone()>"Diese Liste übernehmen"</button>
                </section>
            })}

            {move || bookmarks.undo.get().map(|previous| view! {
                <div class="notice" data-testid="undo">
                    <p>"Die Merkliste wurde geleert."</p>
                    <button type="button" class="button" on:click=move |_| {
                        bookmarks.update(|l| *l = previous.clone());
                        bookmarks.undo.set(None);
                    }>"Rückgängig"</button>
                </div>
            })}

            <section class="section" aria-labelledby="meine">
                <h2 id="meine">"Ihre Merkliste"</h2>
                {move || {
                    let list = bookmarks.list.get();
                    if list.is_empty() {
                        return view! {
                            <p class="muted" data-testid="merkliste-empty">
                                "Noch nichts gemerkt. Mit „Merken“ bei einem Netzwerk oder Akteur kommt es hierher – auf diesem Gerät, auch ohne Internet."
                            </p>
                        }.into_any();
                    }
                    let link = share_link(&list);
                    view! {
                        <p class="count">{if list.len() == 1 { "1 Eintrag".to_owned() } else { format!("{} Einträge", list.len()) }}</p>
                        <ol class="entries" data-testid="merkliste">
                            {list.items().iter().cloned().map(|item| view! { <Entry item removable=true/> }).collect_view()}
                        </ol>
                        <div class="actions no-print">
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                let previous = bookmarks.list.get_untracked();
                                bookmarks.update(|l| *l = Merkliste::default());
                                bookmarks.undo.set(Some(previous));
                            }>"Alle entfernen"</button>
                            // A kiosk screen has no one to share with and no
                            // printer: the visitor takes the list home by phone.
                            {(!kiosk).then(|| view! {
                                <ShareButton link=link.clone() status=share_status/>
                                <button type="button" class="button button--secondary" on:click=move |_| {
                                    if let Some(w) = web_sys::window() {
                                        let _ = w.print();
                                    }
                                }>"Drucken"</button>
                            })}
                        </div>
                        {(!kiosk).then(|| view! {
                            <p class="share-status" role="status">{move || share_status.get()}</p>
                            <label class="share-link no-print">
                                "Link zu dieser Liste, zum Weitergeben:"
                                <input type="text" readonly prop:value=link data-testid="share-link"/>
                            </label>
                        })}
                        {kiosk.then(|| public_link(&share_path(&list))).flatten().map(|link| view! {
                            <QrCode link caption="Mit dem Handy scannen und die Liste mitnehmen:"/>
                        })}
                    }.into_any()
                }}
            </section>
        </div>
    }
}

/// "Teilen" where the browser can share, else "Link kopieren".
#[component]
fn ShareButton(link: String, status: RwSignal<String>) -> impl IntoView {
    let native = share::can_share();
    let on_click = move |_| {
        let link = link.clone();
        spawn_local(async move {
            if native {
                if !share::share("Meine Merkliste – Stadtteilnetz Lobeda", &link).await {
                    status.set(String::new());
                }
            } else if share::copy(&link).await {
                status.set("Link kopiert.".to_owned());
            } else {
                status.set(
                    "Kopieren ging nicht. Bitte den Link unten markieren und kopieren.".to_owned(),
                );
            }
        });
    };
    view! {
        <button type="button" class="button button--secondary" on:click=on_click>
            {if native { "Teilen" } else { "Link kopieren" }}
        </button>
    }
}

/// One entry: what it is, its summary, its full text for printing, and a
/// way to remove it. Ids the dataset no longer has stay until removed.
#[component]
fn Entry(item: Item, removable: bool) -> impl IntoView {
    let dir = shipped();
    let bookmarks = use_bookmarks();
    let remove = removable.then(|| {
        let item = item.clone();
        view! {
            <button type="button" class="link-button no-print" on:click=move |_| {
                let item = item.clone();
                bookmarks.update(move |l| l.remove(&item));
            }>"Entfernen"</button>
        }
    });
    let body = match &item {
        Item::Network(slug) => dir.network(slug).map(|n| {
            let topics: Vec<&str> = dir.topics_of(n).map(|t| t.label.as_str()).collect();
            view! {
                <p class="entry__type">"Netzwerk"</p>
                <h3 class="entry__name"><a href=network_href(&n.slug)>{n.name.as_str()}</a></h3>
                <p>{n.summary.as_str()}</p>
                <div class="print-only">
                    {n.description.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
                    <p>{format!("Themen: {}", topics.join(", "))}</p>
                    <p>{format!("Im Stadtteilnetz: {}{}", share::origin(), network_href(&n.slug))}</p>
                </div>
            }
            .into_any()
        }),
        Item::Actor(id) => dir.actor(id).map(|a| {
            view! {
                <p class="entry__type">{format!("Akteur · {}", a.kind.label())}</p>
                <h3 class="entry__name"><a href=actor_href(&a.id)>{a.name.as_str()}</a></h3>
                {a.description.as_deref().map(|d| view! { <p>{d}</p> })}
                <div class="print-only">
                    {dir.involvements(&a.id).into_iter().map(|i| view! {
                        <p>{format!("{} – {}", i.network.name, i.role.on_actor_page())}</p>
                    }).collect_view()}
                </div>
            }
            .into_any()
        }),
    };
    let available = body.is_some();
    view! {
        <li class="entry" class:entry--gone=!available data-testid="entry">
            {body.unwrap_or_else(|| view! {
                <p class="entry__name">"Dieser Eintrag ist nicht mehr verfügbar."</p>
                <p class="muted">{format!("(gespeichert als {})", item.token())}</p>
            }.into_any())}
            {remove}
        </li>
    }
}
