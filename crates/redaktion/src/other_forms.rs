//! The forms of actors, projects, topics and target groups.

use leptos::prelude::*;

use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::model::{Actor, Project};

use crate::bind::{optional, Bind};
use crate::choices::{kind_code, kind_of, kind_options};
use crate::fields::{Picker, SelectField, TextField};
use crate::network_form::options;
use crate::shared_fields::{contact_fields, image_fields, upkeep_fields};

/// The actor form.
#[component]
pub fn ActorForm(b: Bind<Actor>) -> impl IntoView {
    view! {
        <section class="form-section" aria-labelledby="abschnitt-texte">
            <h2 id="abschnitt-texte">"Beschreibung"</h2>
            <SelectField label="Art" path=b.path("kind") options=kind_options()
                value=b.read(|a| kind_code(a.kind).to_owned())
                on_change=b.write("kind", |a, v: String| if let Some(k) = kind_of(&v) { a.kind = k; })/>
            <TextField label="Beschreibung" path=b.path("description") optional=true multiline=true
                hint="Nur, was die Quelle sagt."
                value=b.read(|a| a.description.clone().unwrap_or_default())
                on_input=b.write("description", |a, v| a.description = optional(v))/>
        </section>
        <section class="form-section" aria-labelledby="abschnitt-kontakt">
            <h2 id="abschnitt-kontakt">"Kontakt"</h2>
            {contact_fields(b, |a| &a.contact, |a| &mut a.contact, (|a| &a.address, |a| &mut a.address), (|a| &a.website, |a| &mut a.website))}
            {image_fields(b, |a| &a.image, |a| &mut a.image)}
        </section>
        <section class="form-section" aria-labelledby="abschnitt-pflege">
            <h2 id="abschnitt-pflege">"Pflege"</h2>
            {upkeep_fields(b, |a| a.reviewed, (|a| &a.maintainer, |a| &mut a.maintainer))}
        </section>
    }
}

/// The project form.
#[component]
pub fn ProjectForm(b: Bind<Project>) -> impl IntoView {
    view! {
        <section class="form-section" aria-labelledby="abschnitt-texte">
            <h2 id="abschnitt-texte">"Beschreibung"</h2>
            <TextField label="Beschreibung" path=b.path("description") multiline=true
                value=b.read(|p| p.description.clone())
                on_input=b.write("description", |p, v| p.description = v)/>
            <Picker label="Organisiert von" path=b.path("organizers") options=options(b.ed, EntryKind::Actor) optional=true
                chosen=b.read(|p| p.organizers.clone()) on_change=b.write("organizers", |p, v| p.organizers = v)/>
        </section>
        <section class="form-section" aria-labelledby="abschnitt-pflege">
            <h2 id="abschnitt-pflege">"Pflege"</h2>
            {upkeep_fields(b, |p| p.reviewed, (|p| &p.maintainer, |p| &mut p.maintainer))}
        </section>
    }
}
