//! Contact details of a network or actor, or a plain note that there are none yet.

use leptos::prelude::*;

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
                    row("Telefon", view! { <a href=format!("tel:{tel}")>{p}</a> }.into_any())
                })}
                {contact.and_then(|c| c.email.as_deref()).map(|e| {
                    row("E-Mail", view! { <a href=format!("mailto:{e}")>{e}</a> }.into_any())
                })}
                {details.website.map(|w| {
                    row("Website", view! { <a href=w rel="noopener noreferrer">{w}</a> }.into_any())
                })}
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
