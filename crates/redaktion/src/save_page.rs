//! Saving: the file in the repository's canonical form, downloaded as
//! `netzwerke.json` (only when the draft is valid), and a German summary
//! of the changes to paste into an e-mail or a commit message.

use leptos::prelude::*;

use stadtteilnetz_core::canonical::to_canonical_json;
use stadtteilnetz_core::editing::changes::Changes;

use crate::state::{use_editor, FILE_NAME};
use stadtteilnetz_ui::browser::download;

/// `/redaktion/speichern`.
#[component]
pub fn SavePage() -> impl IntoView {
    let ed = use_editor();
    let summary = Memo::new(move |_| {
        ed.base
            .with(|b| ed.data.with(|d| Changes::between(b, d).summary()))
    });
    let problems = Memo::new(move |_| ed.problems.with(|p| p.list.len()));
    let save = move |_| {
        let text = ed.data.with_untracked(to_canonical_json);
        if download::save(FILE_NAME, &text, "application/json") {
            ed.say(false, format!("„{FILE_NAME}“ wurde heruntergeladen. Geben Sie die Datei zusammen mit der Zusammenfassung weiter (siehe Anleitung)."), None);
        } else {
            ed.say(
                true,
                "Der Browser hat das Herunterladen nicht erlaubt.",
                None,
            );
        }
    };
    view! {
        <section class="page">
            <h1 tabindex="-1">"Speichern und weitergeben"</h1>
            {move || if problems.get() == 0 {
                view! {
                    <p class="notice notice--ok">"Der Entwurf erfüllt alle Regeln."</p>
                    <button type="button" class="button button--primary" data-testid="save-file" on:click=save>
                        {format!("Datei speichern ({FILE_NAME})")}
                    </button>
                }.into_any()
            } else {
                view! {
                    <p class="notice notice--warning" data-testid="save-blocked">
                        {format!("Der Entwurf hat noch {} Probleme. Gespeichert werden kann die Datei erst, wenn alle behoben sind: ", problems.get())}
                        <a href="/redaktion/probleme">"zu den Problemen"</a>
                    </p>
                }.into_any()
            }}
            <h2>"Zusammenfassung der Änderungen"</h2>
            <p>{move || format!("Verglichen mit {} beim Öffnen. Zum Kopieren in eine E-Mail oder eine Commit-Nachricht:", ed.origin_dative())}</p>
            <label class="field__label" for="zusammenfassung">"Zusammenfassung"</label>
            <textarea id="zusammenfassung" class="field__input field__input--area summary" rows="12" readonly=true data-testid="summary"
                prop:value=move || summary.get()></textarea>
        </section>
    }
}
