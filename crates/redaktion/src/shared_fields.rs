//! The parts of a form that networks, actors and projects share: contact,
//! website, image, the review date with "Geprüft", and who keeps the entry.

use leptos::prelude::*;

use stadtteilnetz_core::editing::review::mark_reviewed;
use stadtteilnetz_core::model::{Contact, Date, Image, Maintainer};

use crate::bind::{optional, Access, Bind};
use crate::fields::TextField;

/// Field accessors of an optional part of an entry.
pub type Get<T, P> = fn(&T) -> &Option<P>;
/// …and to change it.
pub type GetMut<T, P> = fn(&mut T) -> &mut Option<P>;

/// Address (optional), contact person, phone, e-mail and website.
pub fn contact_fields<T: Access>(
    b: Bind<T>,
    get: Get<T, Contact>,
    get_mut: GetMut<T, Contact>,
    address: (Get<T, String>, GetMut<T, String>),
    website: (Get<T, String>, GetMut<T, String>),
) -> impl IntoView {
    let part = move |pick: fn(&Contact) -> &Option<String>| {
        b.read(move |e| {
            get(e)
                .as_ref()
                .and_then(|c| pick(c).clone())
                .unwrap_or_default()
        })
    };
    let set = move |field: &str, pick: fn(&mut Contact) -> &mut Option<String>| {
        b.write(field, move |e: &mut T, v: String| {
            let c = get_mut(e).get_or_insert(Contact {
                person: None,
                phone: None,
                email: None,
            });
            *pick(c) = optional(v);
            if c.person.is_none() && c.phone.is_none() && c.email.is_none() {
                *get_mut(e) = None;
            }
        })
    };
    let (addr_get, addr_mut) = address;
    let (web_get, web_mut) = website;
    view! {
        <TextField label="Adresse" path=b.path("address") optional=true multiline=true
            value=b.read(move |e| addr_get(e).clone().unwrap_or_default())
            on_input=b.write("address", move |e: &mut T, v: String| *addr_mut(e) = optional(v))/>
        <TextField label="Kontaktperson" path=b.path("contact.person") optional=true
            value=part(|c| &c.person) on_input=set("contact.person", |c| &mut c.person)/>
        <TextField label="Telefon" path=b.path("contact.phone") optional=true kind="tel"
            value=part(|c| &c.phone) on_input=set("contact.phone", |c| &mut c.phone)/>
        <TextField label="E-Mail" path=b.path("contact.email") optional=true kind="email"
            value=part(|c| &c.email) on_input=set("contact.email", |c| &mut c.email)/>
        <TextField label="Website" path=b.path("website") optional=true kind="url" hint="Mit https:// am Anfang."
            value=b.read(move |e| web_get(e).clone().unwrap_or_default())
            on_input=b.write("website", move |e: &mut T, v: String| *web_mut(e) = optional(v))/>
    }
}

/// A photo: its address and its text alternative (both, or neither).
pub fn image_fields<T: Access>(
    b: Bind<T>,
    get: Get<T, Image>,
    get_mut: GetMut<T, Image>,
) -> impl IntoView {
    let set = move |field: &str, src: bool| {
        b.write(field, move |e: &mut T, v: String| {
            let image = get_mut(e).get_or_insert(Image {
                src: String::new(),
                alt: String::new(),
            });
            if src {
                image.src = v;
            } else {
                image.alt = v;
            }
            if image.src.trim().is_empty() && image.alt.trim().is_empty() {
                *get_mut(e) = None;
            }
        })
    };
    view! {
        <TextField label="Bild: Adresse" path=b.path("image.src") optional=true
            hint="Ein Pfad unter public/ (z. B. /bilder/treff.jpg). Mit Bild ist auch die Beschreibung nötig."
            value=b.read(move |e| get(e).as_ref().map(|i| i.src.clone()).unwrap_or_default())
            on_input=set("image.src", true)/>
        <TextField label="Bild: Was es zeigt (für Menschen, die es nicht sehen)" path=b.path("image.alt") optional=true
            value=b.read(move |e| get(e).as_ref().map(|i| i.alt.clone()).unwrap_or_default())
            on_input=set("image.alt", false)/>
    }
}

/// The review date with the "Geprüft" button, and who keeps the entry.
pub fn upkeep_fields<T: Access>(
    b: Bind<T>,
    reviewed: fn(&T) -> Option<Date>,
    maintainer: (Get<T, Maintainer>, GetMut<T, Maintainer>),
) -> impl IntoView {
    let get_reviewed = reviewed;
    let (get_m, get_m_mut) = maintainer;
    let shown = b.read(move |e| match get_reviewed(e) {
        Some(d) => format!("zuletzt geprüft am {}.{}.{}", d.day(), d.month(), d.year()),
        None => "noch nie geprüft".to_owned(),
    });
    let id = crate::problems::field_id(&b.path("reviewed"));
    let errors = crate::fields::errors_at(b.path("reviewed"), false);
    let check = move |_| {
        let Some(today) = b.ed.today else { return };
        b.ed.edit(None, |d| {
            mark_reviewed(d, b.kind, b.index, today);
        });
    };
    let set_m = move |field: &str, name: bool| {
        b.write(field, move |e: &mut T, v: String| {
            let m = get_m_mut(e).get_or_insert(Maintainer {
                name: String::new(),
                email: None,
            });
            if name {
                m.name = v;
            } else {
                m.email = optional(v);
            }
            if m.name.trim().is_empty() && m.email.is_none() {
                *get_m_mut(e) = None;
            }
        })
    };
    view! {
        <div class="field" id=id.clone() tabindex="-1">
            <p class="field__label">"Geprüft"</p>
            <p class="review" data-testid="review-date">{shown}</p>
            <button type="button" class="button" data-testid="mark-reviewed" on:click=check>
                "✓ Geprüft: heute"
            </button>
            <crate::fields::FieldErrors id=id.clone() errors/>
        </div>
        <TextField label="Zuständig: Name oder Stelle" path=b.path("maintainer.name") optional=true
            value=b.read(move |e| get_m(e).as_ref().map(|m| m.name.clone()).unwrap_or_default())
            on_input=set_m("maintainer.name", true)/>
        <TextField label="Zuständig: E-Mail" path=b.path("maintainer.email") optional=true kind="email"
            value=b.read(move |e| get_m(e).as_ref().and_then(|m| m.email.clone()).unwrap_or_default())
            on_input=set_m("maintainer.email", false)/>
    }
}
