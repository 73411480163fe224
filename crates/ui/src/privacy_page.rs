//! `/datenschutz`: what the app keeps on the device (each key, what for,
//! how long, how to delete it), that it sends nothing and why it needs no
//! consent; the server and "Fehler melden" as the operator's part; the
//! reader's rights. The keys come from the modules that write them, so the
//! page cannot forget one (`tests/e2e/legal.test.mjs` compares them with
//! what a visit leaves in localStorage).

use leptos::prelude::*;

use crate::i18n::{td_string, Locale};
use crate::legal_page::legal_page;
use crate::localized::isolate;
use crate::publisher_details::{missing_line, PublisherDetails, Row};
use crate::texts::locale_of;
use stadtteilnetz_core::publisher::Detail;

/// Who is responsible, in the order shown.
const CONTROLLER: [Row; 6] = [
    Row::Name,
    Row::Detail(Detail::Body),
    Row::Address,
    Row::Detail(Detail::Email),
    Row::Detail(Detail::Phone),
    Row::Detail(Detail::DataProtectionOfficer),
];

/// One row of the table of what is stored: name, purpose, how long, how to
/// delete it.
fn stored(locale: Locale) -> [(String, &'static str, &'static str, &'static str); 4] {
    [
        (
            stadtteilnetz_core::bookmarks::STORAGE_KEY.to_owned(),
            td_string!(locale, legal.privacy.merkliste_purpose),
            td_string!(locale, legal.privacy.merkliste_duration),
            td_string!(locale, legal.privacy.merkliste_delete),
        ),
        (
            crate::language::KEY.to_owned(),
            td_string!(locale, legal.privacy.language_purpose),
            td_string!(locale, legal.privacy.language_duration),
            td_string!(locale, legal.privacy.language_delete),
        ),
        (
            stadtteilnetz_core::kiosk::KEY.to_owned(),
            td_string!(locale, legal.privacy.kiosk_purpose),
            td_string!(locale, legal.privacy.kiosk_duration),
            td_string!(locale, legal.privacy.kiosk_delete),
        ),
        (
            td_string!(locale, legal.privacy.cache_name).to_owned(),
            td_string!(locale, legal.privacy.cache_purpose),
            td_string!(locale, legal.privacy.cache_duration),
            td_string!(locale, legal.privacy.cache_delete),
        ),
    ]
}

/// The privacy statement.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    legal_page(
        |l| td_string!(l, legal.privacy.title),
        |ui, catalogue| {
            let locale = locale_of(ui);
            let publisher = catalogue.directory().data().publisher.clone();
            let name = stadtteilnetz_core::publisher::name(catalogue.directory().data()).to_owned();
            let hosting = publisher.as_ref().and_then(|p| Detail::Hosting.value(p));
            let authority = publisher
                .as_ref()
                .and_then(|p| Detail::DataProtectionAuthority.value(p));
            let keys = stadtteilnetz_core::editing::draft::KEYS.join(", ");
            // Parts built apart and type-erased: one view type for the
            // whole page would be too deep for the compiler.
            let device = view! {
                    <section class="section" aria-labelledby="geraet">
                        <h2 id="geraet">{td_string!(locale, legal.privacy.device_heading)}</h2>
                        <p>{td_string!(locale, legal.privacy.device_intro)}</p>
                        // One item per key, its facts as a description list:
                        // a four-column table would not fit 320 px.
                        <ul class="stored" data-testid="stored">
                            {stored(locale).into_iter().map(|(key, purpose, duration, delete)| view! {
                                <li class="stored__item">
                                    <p class="stored__key"><code lang="en" dir="ltr">{key}</code></p>
                                    <dl class="details">
                                        <div class="details__row">
                                            <dt>{td_string!(locale, legal.privacy.col_purpose)}</dt>
                                            <dd>{purpose}</dd>
                                        </div>
                                        <div class="details__row">
                                            <dt>{td_string!(locale, legal.privacy.col_duration)}</dt>
                                            <dd>{duration}</dd>
                                        </div>
                                        <div class="details__row">
                                            <dt>{td_string!(locale, legal.privacy.col_delete)}</dt>
                                            <dd>{delete}</dd>
                                        </div>
                                    </dl>
                                </li>
                            }).collect_view()}
                        </ul>
                        <p>{td_string!(locale, legal.privacy.delete_all)}</p>
                        <p data-testid="redaktion-keys">{td_string!(locale, legal.privacy.redaktion, keys = isolate(&keys, ui)).to_string()}</p>
                    </section>
            }
            .into_any();
            let rest = view! {
                    <section class="section" aria-labelledby="server">
                        <h2 id="server">{td_string!(locale, legal.privacy.server_heading)}</h2>
                        <p>{td_string!(locale, legal.privacy.server)}</p>
                        {match hosting {
                            Some(h) => view! { <p data-testid="hosting">{h}</p> }.into_any(),
                            None => missing_line(locale, publisher.as_ref(), &[Row::Detail(Detail::Hosting)]).into_any(),
                        }}
                    </section>
                    <section class="section" aria-labelledby="melden">
                        <h2 id="melden">{td_string!(locale, legal.privacy.report_heading)}</h2>
                        <p>{td_string!(locale, legal.privacy.report, publisher = isolate(&name, ui)).to_string()}</p>
                    </section>
                    <section class="section" aria-labelledby="rechte">
                        <h2 id="rechte">{td_string!(locale, legal.privacy.rights_heading)}</h2>
                        <p>{td_string!(locale, legal.privacy.rights)}</p>
                        {match authority {
                            Some(a) => view! { <p data-testid="authority">{a}</p> }.into_any(),
                            None => missing_line(locale, publisher.as_ref(), &[Row::Detail(Detail::DataProtectionAuthority)]).into_any(),
                        }}
                    </section>
            }
            .into_any();
            view! {
                <article class="page page--legal" data-testid="privacy">
                    <h1>{td_string!(locale, legal.privacy.title)}</h1>
                    <section class="section" aria-labelledby="kurz">
                        <h2 id="kurz">{td_string!(locale, legal.privacy.short_heading)}</h2>
                        <p class="lead">{td_string!(locale, legal.privacy.short)}</p>
                    </section>
                    <section class="section" aria-labelledby="verantwortlich">
                        <h2 id="verantwortlich">{td_string!(locale, legal.privacy.controller_heading)}</h2>
                        <PublisherDetails locale publisher=publisher.clone() rows=CONTROLLER.to_vec()/>
                    </section>
                    {device}
                    <section class="section" aria-labelledby="einwilligung">
                        <h2 id="einwilligung">{td_string!(locale, legal.privacy.consent_heading)}</h2>
                        <p>{td_string!(locale, legal.privacy.consent)}</p>
                    </section>
                    {rest}
                </article>
            }
            .into_any()
        },
    )
}
