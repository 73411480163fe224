//! Contact details of a network or actor, or a plain note that there are none yet.

use leptos::prelude::*;

use super::i18n::{t, t_string, td_string, use_i18n};
use super::kiosk::use_kiosk;
use super::language::{tr, use_language};
use super::localized::{dir_attr, lang_attr};
use super::qr::QrCode;
use crate::content::Text;
use crate::model::Contact;

/// The optional details an entry may have.
pub struct Details<'a> {
    pub address: Option<&'a str>,
    pub contact: Option<&'a Contact>,
    pub website: Option<&'a str>,
    /// How often it meets, in the interface language where translated.
    pub meeting_rhythm: Option<Signal<Text<'static>>>,
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
/// with a QR code to take it to their phone. `scan` is the QR code's
/// caption (reactive, in the interface language).
fn outside(href: String, text: &'static str, scan: impl Into<TextProp>) -> AnyView {
    if use_kiosk().is_some() {
        view! {
            <span>{text}</span>
            <QrCode link=href caption=scan.into()/>
        }
        .into_any()
    } else if href.starts_with("http") {
        view! { <a href=href rel="noopener noreferrer">{text}</a> }.into_any()
    } else {
        view! { <a href=href>{text}</a> }.into_any()
    }
}

/// The "Kontakt" section.
#[component]
pub fn ContactSection(details: Details<'static>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let body = if details.is_empty() {
        view! {
            <p class="muted">{tr(|l| td_string!(l, pages.contact.none))}</p>
        }
        .into_any()
    } else {
        fn row(label: impl IntoView + 'static, value: AnyView) -> impl IntoView {
            view! {
                <div class="details__row">
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                </div>
            }
        }
        let contact = details.contact;
        view! {
            <dl class="details">
                {details.meeting_rhythm.map(|m| {
                    let text = move || {
                        let (t, ui) = (m.get(), lang.get());
                        view! { <span lang=lang_attr(t.lang, ui) dir=dir_attr(t.lang, ui)>{t.text}</span> }
                    };
                    row(t!(i18n, pages.contact.meeting), text.into_any())
                })}
                {details.address.map(|a| row(t!(i18n, pages.contact.address), a.into_any()))}
                {contact.and_then(|c| c.person.as_deref()).map(|p| row(t!(i18n, pages.contact.person), p.into_any()))}
                {contact.and_then(|c| c.phone.as_deref()).map(|p| {
                    let tel: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                    let scan = move || t_string!(i18n, pages.contact.scan_call).to_string();
                    row(t!(i18n, pages.contact.phone), outside(format!("tel:{tel}"), p, scan))
                })}
                {contact.and_then(|c| c.email.as_deref()).map(|e| {
                    let scan = move || t_string!(i18n, pages.contact.scan_write).to_string();
                    row(t!(i18n, pages.contact.email), outside(format!("mailto:{e}"), e, scan))
                })}
                {details.website.map(|w| {
                    let scan = move || t_string!(i18n, pages.contact.scan_open).to_string();
                    row(t!(i18n, pages.contact.website), outside(w.to_owned(), w, scan))
                })}
            </dl>
        }
        .into_any()
    };
    view! {
        <section class="section" aria-labelledby="kontakt">
            <h2 id="kontakt">{tr(|l| td_string!(l, pages.contact.heading))}</h2>
            {body}
        </section>
    }
}
