//! Contact details of a network or actor, or a plain note that there are none yet.

use leptos::prelude::*;

use super::kiosk::use_kiosk;
use super::qr::QrCode;
use crate::model::Contact;

/// The optional details an entry may have.
pub struct Details<'a> {
    pub address: Option<&'a str>,
    pub contact: Option<&'a Contact>,
    pub website: Option<&'a str>,
    pub meeting_rhythm: Option<&'a str>,
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
/// with a QR code to take it to their phone.
fn outside(href: String, text: &'static str, scan: &'static str) -> AnyView {
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

/// The "Kontakt" section.
#[component]
pub fn ContactSection(details: Details<'static>) -> impl IntoView {
    let body = if details.is_empty() {
        view! {
            <p class="muted">"Für diesen Eintrag sind noch keine Kontaktdaten hinterlegt."</p>
        }
        .into_any()
    } else {
        let row = |label: &'static str, value: AnyView| {
            view! {
                <div class="details__row">
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                </div>
            }
        };
        let contact = details.contact;
        view! {
            <dl class="details">
                {details.meeting_rhythm.map(|m| row("Treffen", m.into_any()))}
                {details.address.map(|a| row("Adresse", a.into_any()))}
                {contact.and_then(|c| c.person.as_deref()).map(|p| row("Ansprechperson", p.into_any()))}
                {contact.and_then(|c| c.phone.as_deref()).map(|p| {
                    let tel: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                    row("Telefon", outside(format!("tel:{tel}"), p, "Zum Anrufen mit dem Handy scannen:"))
                })}
                {contact.and_then(|c| c.email.as_deref()).map(|e| {
                    row("E-Mail", outside(format!("mailto:{e}"), e, "Zum Schreiben mit dem Handy scannen:"))
                })}
                {details.website.map(|w| row("Website", outside(w.to_owned(), w, "Mit dem Handy scannen und öffnen:")))}
            </dl>
        }
        .into_any()
    };
    view! {
        <section class="section" aria-labelledby="kontakt">
            <h2 id="kontakt">"Kontakt"</h2>
            {body}
        </section>
    }
}
