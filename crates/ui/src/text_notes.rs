//! Notes on the language of what a page shows from the dataset: German
//! text where no translation exists, and translations a reader should know
//! about (made by a machine, possibly outdated), in the reader's language.

use leptos::prelude::*;

use crate::focus::focus_soon;
use crate::i18n::td_string;
use crate::texts::{locale_of, tr};
use stadtteilnetz_core::content::TranslationNotes;
use stadtteilnetz_core::language::Language;

/// The note under content shown in German because it has no translation
/// into the interface language.
#[component]
pub fn OnlyInGerman() -> impl IntoView {
    view! { <p class="only-german" data-testid="only-german">{tr(|l| td_string!(l, common.content.only_german))}</p> }
}

/// The short form of that note, for a card or a list entry.
#[component]
pub fn OnlyInGermanShort() -> impl IntoView {
    view! {
        <p class="only-german only-german--short" data-testid="only-german-short">
            {tr(|l| td_string!(l, home.card.in_german))}
        </p>
    }
}

/// The notes that apply, in language `ui`: "Automatisch übersetzt" (or
/// "…, von einer Person geprüft") and "Übersetzung möglicherweise veraltet".
fn note_texts(notes: TranslationNotes, ui: Language) -> Vec<&'static str> {
    let locale = locale_of(ui);
    let machine = if notes.machine {
        Some(td_string!(locale, common.content.machine))
    } else if notes.machine_reviewed {
        Some(td_string!(locale, common.content.machine_reviewed))
    } else {
        None
    };
    let outdated = notes
        .outdated
        .then(|| td_string!(locale, common.content.outdated));
    machine.into_iter().chain(outdated).collect()
}

/// What a page's translated texts are, under its heading; nothing for
/// German or for checked human translations.
#[component]
pub fn TranslationNote(notes: TranslationNotes, ui: Language) -> impl IntoView {
    let lines = note_texts(notes, ui);
    (!lines.is_empty()).then(|| {
        view! {
            <div class="translation-note" data-testid="translation-note">
                {lines.into_iter().map(|text| view! { <p>{text}</p> }).collect_view()}
            </div>
        }
    })
}

/// A page's note on its translated texts with the way to the German
/// original and back: "Originaltext anzeigen" shows the page's dataset texts
/// in German in place, the interface staying in `ui`; focus stays on the
/// button, drawn anew with the page. Nothing where the page shows no
/// translation (German pages, entries nobody translated).
#[component]
pub fn TranslationBar(
    notes: TranslationNotes,
    ui: Language,
    original: RwSignal<bool>,
) -> impl IntoView {
    let locale = locale_of(ui);
    let shown = original.get_untracked();
    (notes.translated && ui != Language::De).then(|| {
        let (note, label) = if shown {
            let note = td_string!(locale, common.content.original_shown);
            (
                view! { <p class="translation-note" data-testid="original-note">{note}</p> }
                    .into_any(),
                td_string!(locale, common.content.show_translation),
            )
        } else {
            (
                view! { <TranslationNote notes ui/> }.into_any(),
                td_string!(locale, common.content.show_original),
            )
        };
        view! {
            <div class="translation-bar">
                {note}
                <button
                    type="button"
                    class="link-button"
                    data-testid="original-toggle"
                    on:click=move |_| {
                        original.update(|o| *o = !*o);
                        focus_soon("[data-testid=original-toggle]".to_owned());
                    }
                >
                    {label}
                </button>
            </div>
        }
    })
}

/// The same on one line, for a card.
#[component]
pub fn TranslationNoteShort(notes: TranslationNotes, ui: Language) -> impl IntoView {
    let lines = note_texts(notes, ui);
    (!lines.is_empty()).then(|| {
        view! {
            <p class="translation-note translation-note--short" data-testid="translation-note-short">
                {lines.join(" · ")}
            </p>
        }
    })
}
