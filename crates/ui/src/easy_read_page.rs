//! `/leichte-sprache`: the dataset's page in Leichte Sprache (what the app
//! holds, how to use it, what the accessibility statement says, as BITV
//! 2.0 § 4 describes). It is in Leichte Sprache whatever the interface
//! language, marked `lang="de-x-ls"`; in another interface language one
//! line in that language says what the page is.

use leptos::prelude::*;

use crate::i18n::td_string;
use crate::legal_page::legal_page;
use crate::localized::lang_attr;
use crate::texts::locale_of;
use stadtteilnetz_core::language::Language;

/// The page "Leichte Sprache".
#[component]
pub fn EasyReadPage() -> impl IntoView {
    legal_page(
        |l| td_string!(l, legal.easy.title),
        |ui, catalogue| {
            let easy = locale_of(Language::Ls);
            let page = catalogue.directory().data().easy_read.clone();
            let reviewed = page.as_ref().is_some_and(|p| p.reviewed);
            let sections = page.map(|p| p.sections).unwrap_or_default();
            // Right to left only for the one line in Arabic, never for the
            // page's German text.
            let note = (ui != Language::Ls).then(|| view! {
                <p class="easy-read__note" lang=ui.tag() dir=ui.dir()>{td_string!(locale_of(ui), legal.easy.note)}</p>
            });
            view! {
                <article class="page page--legal page--easy-read" data-testid="easy-read" lang=lang_attr(Language::Ls, ui) dir=(ui.is_rtl()).then_some("ltr")>
                    <h1>{td_string!(easy, legal.easy.title)}</h1>
                    {note}
                    {(!reviewed).then(|| view! {
                        <p class="translation-note" data-testid="easy-unchecked">{td_string!(easy, legal.easy.unchecked)}</p>
                    })}
                    {sections.into_iter().enumerate().map(|(i, s)| {
                        let id = format!("abschnitt-{}", i + 1);
                        let labelledby = id.clone();
                        view! {
                            <section class="section" aria-labelledby=labelledby>
                                <h2 id=id>{s.heading}</h2>
                                {s.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                            </section>
                        }
                    }).collect_view()}
                </article>
            }
            .into_any()
        },
    )
}
