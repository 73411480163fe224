//! `/impressum`: who offers the app, from the dataset's publisher block,
//! and where its content comes from. A detail the data does not give is
//! named as missing, never filled in (`docs/LEGAL.md`).

use leptos::prelude::*;

use crate::i18n::td_string;
use crate::legal_page::legal_page;
use crate::localized::isolate;
use crate::publisher_details::{PublisherDetails, Row};
use crate::texts::locale_of;
use stadtteilnetz_core::publisher::Detail;

/// The rows of the Impressum, in order.
const ROWS: [Row; 9] = [
    Row::Name,
    Row::Detail(Detail::Body),
    Row::Detail(Detail::RepresentedBy),
    Row::Address,
    Row::Detail(Detail::Email),
    Row::Detail(Detail::Phone),
    Row::Detail(Detail::Website),
    Row::Detail(Detail::ResponsibleForContent),
    Row::Detail(Detail::SupervisoryAuthority),
];

/// The Impressum.
#[component]
pub fn ImprintPage() -> impl IntoView {
    legal_page(
        |l| td_string!(l, legal.imprint.title),
        |ui, catalogue| {
            let locale = locale_of(ui);
            let data = catalogue.directory().data();
            let source = &data.source;
            let publisher = data.publisher.clone();
            let from = td_string!(
                locale,
                legal.imprint.source,
                title = isolate(&source.title, ui),
                publisher = isolate(&source.publisher, ui)
            )
            .to_string();
            view! {
                <article class="page page--legal" data-testid="imprint">
                    <h1>{td_string!(locale, legal.imprint.title)}</h1>
                    <p class="lead">{td_string!(locale, legal.imprint.lead)}</p>
                    <PublisherDetails locale publisher rows=ROWS.to_vec()/>
                    <section class="section" aria-labelledby="herkunft">
                        <h2 id="herkunft">{td_string!(locale, legal.imprint.source_heading)}</h2>
                        <p>{from}</p>
                        <p>{td_string!(locale, legal.imprint.translations)}</p>
                        <p>{td_string!(locale, legal.imprint.report)}</p>
                    </section>
                </article>
            }
            .into_any()
        },
    )
}
