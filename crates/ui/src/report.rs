//! "Fehler melden" on network and actor pages: a `mailto:` link that opens
//! the reader's own mail app with a message naming the entry, its address
//! and when it was last checked, to the entry's maintainer (else the
//! publisher). The app sends nothing itself. On a kiosk screen, where a
//! mail app would open on a public device, the same message is a QR code
//! for the visitor's phone. It is also the accessibility statement's
//! feedback channel.

use leptos::prelude::*;

use crate::browser::address;
use crate::catalogue::use_catalogue;
use crate::i18n::td_string;
use crate::kiosk::use_kiosk;
use crate::qr::QrCode;
use crate::texts::locale_of;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::public_link;
use stadtteilnetz_core::model::{Date, Maintainer};
use stadtteilnetz_core::publisher::{mailto, report_recipient};

/// The link (or, on a kiosk, the code) for reporting a mistake in the
/// entry `name` at the in-app address `path`.
#[component]
pub fn ReportMistake(
    name: String,
    path: String,
    reviewed: Option<Date>,
    maintainer: Option<Maintainer>,
    ui: Language,
) -> impl IntoView {
    let locale = locale_of(ui);
    let catalogue = use_catalogue();
    let to = report_recipient(catalogue.directory().data(), maintainer.as_ref()).map(str::to_owned);
    // The address the office can open: the public one if the build has it,
    // else the one this page was opened at.
    let address = public_link(&path).unwrap_or_else(|| format!("{}{path}", address::origin()));
    let stand = match reviewed {
        Some(date) => ui.long_date(date),
        None => td_string!(locale, legal.report.not_reviewed).to_owned(),
    };
    let subject = td_string!(locale, legal.report.subject, name = name.as_str()).to_string();
    let body = td_string!(
        locale,
        legal.report.body,
        name = name.as_str(),
        address = address.as_str(),
        stand = stand.as_str()
    )
    .to_string();
    let href = mailto(to.as_deref(), &subject, &body);
    // The code holds a shorter message: a long one makes a dense code that
    // a phone at arm's length may not read.
    let short = td_string!(
        locale,
        legal.report.qr_body,
        address = address.as_str(),
        stand = stand.as_str()
    )
    .to_string();
    let missing = to
        .is_none()
        .then(|| view! { <p class="report__note" data-testid="report-no-address">{td_string!(locale, legal.report.no_address)}</p> });
    let action = if use_kiosk().is_some() {
        let shown = to
            .clone()
            .unwrap_or_else(|| td_string!(locale, legal.report.button).to_owned());
        let link = mailto(to.as_deref(), &subject, &short);
        view! { <QrCode link caption=td_string!(locale, legal.report.qr) shown/> }.into_any()
    } else {
        view! {
            <p>
                <a class="button button--secondary report__link" href=href data-testid="report-mistake" rel="external">
                    {td_string!(locale, legal.report.button)}
                </a>
            </p>
            <p class="report__hint">{td_string!(locale, legal.report.hint)}</p>
        }
        .into_any()
    };
    view! {
        <section class="report" aria-label=td_string!(locale, legal.report.button) data-testid="report">
            {action}
            {missing}
        </section>
    }
}
