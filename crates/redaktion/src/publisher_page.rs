//! `/redaktion/herausgeber`: the publisher block, which the Impressum, the
//! privacy and accessibility statements and "Fehler melden" show. Every
//! detail is optional; what is still missing is listed, as `validate`
//! warns about it, and the residents' pages leave it out.

use leptos::prelude::*;
use leptos_meta::Title;

use stadtteilnetz_core::date::Date;
use stadtteilnetz_core::model::{Dataset, Publisher};
use stadtteilnetz_core::publisher::{missing, Detail};

use crate::bind::optional;
use crate::fields::TextField;
use crate::state::{use_editor, Editor};

/// A hint for the fields whose content the law gives (`docs/LEGAL.md`).
fn hint(detail: Detail) -> Option<&'static str> {
    Some(match detail {
        Detail::Email => "Für Impressum, Barrierefreiheit und „Fehler melden“, wenn ein Eintrag keine eigene Adresse hat.",
        Detail::Hosting => "Wer die Dateien ausliefert und was sein Server aufzeichnet (Zugriffsprotokolle?).",
        Detail::EnforcementBody => "In Thüringen: die Landesdurchsetzungsstelle beim Landesbeauftragten für Menschen mit Behinderungen (siehe docs/LEGAL.md), mit Kontakt.",
        Detail::DataProtectionAuthority => "Bei öffentlichen Stellen in Thüringen: der Landesbeauftragte für den Datenschutz (siehe docs/LEGAL.md).",
        Detail::StatementDate => "Wann die Erklärung erstellt oder zuletzt überprüft wurde, JJJJ-MM-TT.",
        Detail::Website => "Mit https:// am Anfang.",
        _ => return None,
    })
}

/// The block to change, made from the source's publisher if there is none.
fn block(d: &mut Dataset) -> &mut Publisher {
    let name = d.source.publisher.clone();
    d.publisher.get_or_insert_with(|| Publisher {
        name,
        ..Publisher::default()
    })
}

fn read(ed: Editor, f: impl Fn(&Publisher) -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(move || {
        ed.data
            .with(|d| d.publisher.as_ref().map(&f).unwrap_or_default())
    })
}

fn write(ed: Editor, path: &'static str, f: fn(&mut Publisher, String)) -> Callback<String> {
    Callback::new(move |v: String| ed.edit(Some(path), |d| f(block(d), v)))
}

/// The form.
#[component]
pub fn PublisherPage() -> impl IntoView {
    let ed = use_editor();
    let missing = Memo::new(move |_| ed.data.with(missing));
    let fields = Detail::ALL.into_iter().map(move |detail| {
        let path = format!("publisher.{}", detail.field());
        let group = path.clone();
        if detail == Detail::StatementDate {
            let value = read(ed, |p| p.statement_date.map(|d| d.to_string()).unwrap_or_default());
            let on_input = Callback::new(move |v: String| {
                ed.edit(Some(&group), |d| block(d).statement_date = Date::parse(v.trim()).ok());
            });
            return view! {
                <TextField label=detail.label_de() path optional=true kind="date" hint=hint(detail).unwrap_or_default() value on_input/>
            }
            .into_any();
        }
        let value = read(ed, move |p| detail.value(p).unwrap_or_default());
        let on_input = Callback::new(move |v: String| {
            ed.edit(Some(&group), |d| {
                if let Some(field) = detail.text_field_mut(block(d)) {
                    *field = optional(v);
                }
            });
        });
        match hint(detail) {
            Some(h) => view! { <TextField label=detail.label_de() path optional=true hint=h value on_input/> }.into_any(),
            None => view! { <TextField label=detail.label_de() path optional=true value on_input/> }.into_any(),
        }
    }).collect_view();
    view! {
        <Title text="Herausgeber – Redaktion"/>
        <h1 tabindex="-1" id="seitentitel">"Herausgeber"</h1>
        <p class="lead">"Diese Angaben zeigen Impressum, Datenschutz und die Erklärung zur Barrierefreiheit; „Fehler melden“ schreibt an die E-Mail-Adresse, wenn ein Eintrag keine eigene hat. Was fehlt, bleibt auf den Seiten leer – nichts wird erfunden."</p>
        <div class="notice notice--info" data-testid="publisher-missing" role="status">
            {move || {
                let m = missing.get();
                if m.is_empty() {
                    "Alle Angaben sind eingetragen.".to_owned()
                } else {
                    let names: Vec<&str> = m.iter().map(|d| d.label_de()).collect();
                    format!("Noch nicht angegeben ({}): {}.", m.len(), names.join(", "))
                }
            }}
        </div>
        <section class="form-section" aria-labelledby="abschnitt-herausgeber">
            <h2 id="abschnitt-herausgeber">"Angaben"</h2>
            <TextField label="Name" path="publisher.name" value=read(ed, |p| p.name.clone())
                on_input=write(ed, "publisher.name", |p, v| p.name = v)/>
            {fields}
        </section>
    }
}
