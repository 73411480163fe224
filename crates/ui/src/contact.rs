//! Contact details of a network or actor, or a plain note that there are
//! none yet, in one interface language.

use leptos::prelude::*;

use crate::i18n::td_string;
use crate::kiosk::use_kiosk;
use crate::localized::{dir_attr, lang_attr};
use crate::qr::QrCode;
use crate::texts::locale_of;
use stadtteilnetz_core::content::Text;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::model::Contact;

/// The optional details an entry may have.
pub struct Details<'a> {
    pub address: Option<&'a str>,
    pub contact: Option<&'a Contact>,
    pub website: Option<&'a str>,
    /// How often it meets, in the interface language where translated.
    pub meeting_rhythm: Option<Text<'a>>,
}

impl Details<'_> {
    fn is_empty(&self) -> bool {
        let contact_empty = self
            .contact
            .is_none_or(|c| c.person.is_none() && c.phone.is_none() && c.email.is_none());
        self.address.is_none()
            && contact_empty
            && self.website.is_none()
            && self.meeting_rhythm.is_none()
    }
}

/// A link that leaves the app (phone, e-mail, website): a link, or on a
/// kiosk screen, where it would lead the visitor away from the app, the text
/// with a QR code to take it to their phone. `scan` is the QR code's caption.
fn outside(href: String, text: &str, scan: &'static str) -> AnyView {
    let text = text.to_owned();
    if use_kiosk().is_some() {
        view! {
            <span>{text}</span>
            <QrCode link=href caption=scan/>
        }
        .into_any()
    } else if href.starts_with("http") {
        view! { <a href=href rel="noopener noreferrer">{text}</a> }.into_any()
    } else {
        view! { <a href=href>{text}</a> }.into_any()
    }
}

fn row(label: &'static str, value: AnyView) -> impl IntoView {
    view! {
        <div class="details__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
}

/// The "Kontakt" section.
#[component]
pub fn ContactSection<'a>(details: Details<'a>, ui: Language) -> impl IntoView {
    let locale = locale_of(ui);
    let body = if details.is_empty() {
        view! { <p class="muted">{td_string!(locale, pages.contact.none)}</p> }.into_any()
    } else {
        let contact = details.contact;
        view! {
            <dl class="details">
                {details.meeting_rhythm.map(|t| {
                    let text = view! { <span lang=lang_attr(t.lang, ui) dir=dir_attr(t.lang, ui)>{t.text.to_owned()}</span> };
                    row(td_string!(locale, pages.contact.meeting), text.into_any())
                })}
                {details.address.map(|a| row(td_string!(locale, pages.contact.address), a.to_owned().into_any()))}
                {contact.and_then(|c| c.person.as_deref()).map(|p| row(td_string!(locale, pages.contact.person), p.to_owned().into_any()))}
                {contact.and_then(|c| c.phone.as_deref()).map(|p| {
                    let tel: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                    let scan = td_string!(locale, pages.contact.scan_call);
                    row(td_string!(locale, pages.contact.phone), outside(format!("tel:{tel}"), p, scan))
                })}
                {contact.and_then(|c| c.email.as_deref()).map(|e| {
                    let scan = td_string!(locale, pages.contact.scan_write);
                    row(td_string!(locale, pages.contact.email), outside(format!("mailto:{e}"), e, scan))
                })}
                {details.website.map(|w| {
                    let scan = td_string!(locale, pages.contact.scan_open);
                    row(td_string!(locale, pages.contact.website), outside(w.to_owned(), w, scan))
                })}
            </dl>
        }
        .into_any()
    };
    view! {
        <section class="section" aria-labelledby="kontakt">
            <h2 id="kontakt">{td_string!(locale, pages.contact.heading)}</h2>
            {body}
        </section>
    }
}
