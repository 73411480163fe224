//! `/offene-daten`: the open data files the build puts beside the app
//! (`stadtteilnetz_core::open_data`), what each holds, how current they
//! are, and under which terms they may be reused. The data states no
//! licence yet, so the page says so and names who to ask, and invents none.
//! The files are in the worker's cache like the app, so they download
//! offline too.

use leptos::prelude::*;

use crate::browser::download;
use crate::i18n::td_string;
use crate::legal_page::legal_page;
use crate::localized::isolate;
use crate::notices::{use_notices, Notice};
use crate::texts::locale_of;
use stadtteilnetz_core::open_data::{latest_review, Holds, FILES};

/// The page "Offene Daten".
#[component]
pub fn OpenDataPage() -> impl IntoView {
    let notices = use_notices();
    legal_page(
        |l| td_string!(l, legal.open_data.title),
        move |ui, catalogue| {
            let locale = locale_of(ui);
            let data = catalogue.directory().data();
            let publisher = stadtteilnetz_core::publisher::name(data).to_owned();
            let stand = match latest_review(data) {
                Some(d) => view! {
                    <time datetime=d.to_string()>{td_string!(locale, legal.open_data.stand, date = ui.long_date(d)).to_string()}</time>
                }
                .into_any(),
                None => td_string!(locale, legal.open_data.not_reviewed).into_any(),
            };
            let files = FILES
                .iter()
                .map(|f| {
                    let (title, text) = match f.holds {
                        Holds::Hsds => (
                            td_string!(locale, legal.open_data.hsds_title),
                            td_string!(locale, legal.open_data.hsds_text),
                        ),
                        Holds::MembersTable => (
                            td_string!(locale, legal.open_data.table_title),
                            td_string!(locale, legal.open_data.table_text),
                        ),
                        Holds::Dataset => (
                            td_string!(locale, legal.open_data.dataset_title),
                            td_string!(locale, legal.open_data.dataset_text),
                        ),
                    };
                    // `download` and `rel="external"`: a file, not a page of
                    // the app, so the router leaves the click alone. The app
                    // fetches it itself (the worker's cache answers offline,
                    // which a plain download would not ask); without the app
                    // the link downloads it from the server.
                    let (href, name, mime) = (f.href(), f.name, f.media_type);
                    let on_click = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        let href = href.clone();
                        leptos::task::spawn_local(async move {
                            if !download::fetch_and_save(&href, name, mime).await {
                                notices.show(Notice::DownloadFailed(name.to_owned()));
                            }
                        });
                    };
                    view! {
                        <li data-testid="open-file">
                            <h3>{title}</h3>
                            <p>{text}</p>
                            <p>
                                <a class="button button--secondary" href=f.href() download=f.name rel="external" type=f.media_type on:click=on_click>
                                    {td_string!(locale, legal.open_data.download, file = f.name).to_string()}
                                </a>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <article class="page page--legal page--open-data" data-testid="open-data">
                    <h1>{td_string!(locale, legal.open_data.title)}</h1>
                    <p class="lead">{td_string!(locale, legal.open_data.lead, publisher = isolate(&publisher, ui)).to_string()}</p>
                    <p data-testid="open-data-stand">{stand}</p>
                    <section class="section" aria-labelledby="dateien">
                        <h2 id="dateien">{td_string!(locale, legal.open_data.files_heading)}</h2>
                        <ul class="open-data__files">{files}</ul>
                        <p>{td_string!(locale, legal.open_data.offline)}</p>
                    </section>
                    <section class="section" aria-labelledby="lizenz">
                        <h2 id="lizenz">{td_string!(locale, legal.open_data.licence_heading)}</h2>
                        <p data-testid="open-data-licence">{td_string!(locale, legal.open_data.licence_missing, publisher = isolate(&publisher, ui)).to_string()}</p>
                    </section>
                    <section class="section" aria-labelledby="standard">
                        <h2 id="standard">{td_string!(locale, legal.open_data.standard_heading)}</h2>
                        <p>{td_string!(locale, legal.open_data.standard)}</p>
                    </section>
                </article>
            }
            .into_any()
        },
    )
}
