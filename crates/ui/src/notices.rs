//! Short messages to the visitor about what could not be read, saved or
//! taken from the address (a damaged Merkliste, full storage, an unknown
//! `?lang=`), one at a time, said in the interface language when shown.

use leptos::prelude::*;

use crate::i18n::td_string;
use crate::texts::{locale_of, tr, use_language};
use stadtteilnetz_core::bookmarks::ReadProblem;
use stadtteilnetz_core::kiosk::{AddressProblem, DEFAULT_IDLE, MAX_IDLE, MIN_IDLE};
use stadtteilnetz_core::language::Language;

/// A short message about what could not be read, saved or taken from the
/// address; said in the interface language when shown, so that it follows
/// a later change of language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The browser allows no storage at all.
    StorageUnavailable,
    /// Saving the Merkliste was refused (storage blocked or full).
    WriteRefused,
    /// The stored Merkliste could not be read in full; `kept` entries were.
    Merkliste { problem: ReadProblem, kept: usize },
    /// The address's kiosk parameters were not taken.
    Kiosk(AddressProblem),
    /// The kiosk setting could not be stored on this device.
    KioskNotSaved,
    /// `?lang=` asked for a language we do not speak (the code as asked).
    UnknownLanguage(String),
    /// The chosen language could not be stored on this device.
    LanguageNotSaved,
    /// A file to download (its name) could not be had: offline before the
    /// worker had it, or the browser refused.
    DownloadFailed(String),
}

impl Notice {
    /// The message in `language` (call it with the reactive interface
    /// language, so that it follows a change).
    pub fn text(&self, language: Language) -> String {
        let locale = locale_of(language);
        match self {
            Notice::StorageUnavailable => {
                td_string!(locale, common.notice.storage_unavailable).to_string()
            }
            Notice::WriteRefused => td_string!(locale, common.notice.write_refused).to_string(),
            Notice::Merkliste { problem, kept } => {
                let kept = match *kept {
                    0 => td_string!(locale, common.notice.rescued_none).to_string(),
                    n => td_string!(
                        locale,
                        common.notice.rescued,
                        count = n,
                        n = language.number(n)
                    )
                    .to_string(),
                };
                match problem {
                    ReadProblem::Broken | ReadProblem::WrongShape => {
                        td_string!(locale, common.notice.damaged, kept = kept).to_string()
                    }
                    ReadProblem::Newer(_) => {
                        td_string!(locale, common.notice.newer, kept = kept).to_string()
                    }
                    &ReadProblem::SomeUnreadable(n) => td_string!(
                        locale,
                        common.notice.unreadable,
                        count = n,
                        n = language.number(n)
                    )
                    .to_string(),
                }
            }
            // The bounds are written as in the link (`idle=3600`), without
            // grouping, since they are what the admin types.
            Notice::Kiosk(AddressProblem::BadIdle(value)) => td_string!(
                locale,
                kiosk.notice.bad_idle,
                value = value,
                min = MIN_IDLE,
                max = MAX_IDLE,
                count = DEFAULT_IDLE,
                default = DEFAULT_IDLE
            )
            .to_string(),
            Notice::Kiosk(AddressProblem::UnknownKiosk(value)) => {
                td_string!(locale, kiosk.notice.unknown_value, value = value).to_string()
            }
            Notice::KioskNotSaved => td_string!(locale, kiosk.notice.not_saved).to_string(),
            Notice::UnknownLanguage(code) => {
                td_string!(locale, common.language.unknown, code = code).to_string()
            }
            Notice::LanguageNotSaved => {
                td_string!(locale, common.notice.language_not_saved).to_string()
            }
            Notice::DownloadFailed(file) => {
                td_string!(locale, common.notice.download_failed, file = file).to_string()
            }
        }
    }
}

/// The notice being shown, provided once by the app.
#[derive(Debug, Clone, Copy)]
pub struct Notices(RwSignal<Option<Notice>>);

impl Notices {
    /// Shows `notice` (in place of any other).
    pub fn show(&self, notice: Notice) {
        self.0.set(Some(notice));
    }
}

/// Provides the notice state; call once, before anything that may say something.
pub fn provide_notices() -> Notices {
    let notices = Notices(RwSignal::new(None));
    provide_context(notices);
    notices
}

/// The state provided by [`provide_notices`].
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

/// The current [`Notice`], in the interface language (it follows a change
/// of language while shown), with a way to close it.
#[component]
pub fn NoticeRegion() -> impl IntoView {
    let lang = use_language();
    let Notices(current) = use_notices();
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || current.get().map(|notice| view! {
                <div class="notice" data-testid="notice">
                    <p>{move || notice.text(lang.get())}</p>
                    <button type="button" class="notice__close" on:click=move |_| current.set(None)>
                        {tr(|l| td_string!(l, common.notice.close))}
                    </button>
                </div>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The German messages are the ones the core used to build (the
    /// browser tests match them).
    #[test]
    fn german_notices_are_unchanged() {
        let de = |notice: Notice| notice.text(Language::De);
        let merkliste = |problem, kept| de(Notice::Merkliste { problem, kept });
        assert_eq!(
            merkliste(ReadProblem::Broken, 2),
            "Die gespeicherte Merkliste war beschädigt. 2 Einträge wurden gerettet."
        );
        assert_eq!(
            merkliste(ReadProblem::WrongShape, 0),
            "Die gespeicherte Merkliste war beschädigt. Es konnte kein Eintrag gerettet werden."
        );
        assert_eq!(
            merkliste(ReadProblem::Newer(9), 1),
            "Die Merkliste stammt aus einer neueren Version dieser App. 1 Eintrag wurde gerettet."
        );
        assert_eq!(
            merkliste(ReadProblem::SomeUnreadable(1), 3),
            "1 Eintrag der Merkliste war unlesbar und fehlt."
        );
        assert_eq!(
            merkliste(ReadProblem::SomeUnreadable(4), 2),
            "4 Einträge der Merkliste waren unlesbar und fehlen."
        );
        assert_eq!(
            de(Notice::Kiosk(AddressProblem::BadIdle("5".into()))),
            "Die Wartezeit „5“ gilt nicht: erlaubt sind ganze Sekunden von 30 bis 3600. Es gelten 120 Sekunden."
        );
        assert_eq!(
            de(Notice::Kiosk(AddressProblem::UnknownKiosk("ja".into()))),
            "„kiosk=ja“ ist unbekannt: kiosk=1 schaltet den Kiosk-Modus ein, kiosk=0 aus."
        );
        assert_eq!(
            de(Notice::UnknownLanguage("fr".into())),
            "Die Sprache „fr“ gibt es hier nicht. Sie sehen die Seite auf Deutsch; wählen Sie oben eine Sprache."
        );
    }

    /// Counts take each language's CLDR plural form and its way of writing
    /// numbers.
    #[test]
    fn counts_follow_each_language() {
        let unreadable = |language, n| {
            Notice::Merkliste {
                problem: ReadProblem::SomeUnreadable(n),
                kept: 0,
            }
            .text(language)
        };
        assert!(unreadable(Language::En, 1).starts_with("1 entry in"));
        assert!(unreadable(Language::En, 1000).starts_with("1,000 entries in"));
        assert!(unreadable(Language::Uk, 3).starts_with("3 записи"));
        assert!(unreadable(Language::Uk, 11).starts_with("11 записів"));
        assert!(unreadable(Language::Uk, 21).starts_with("21 запис "));
        assert!(unreadable(Language::Ar, 2).contains("إدخالين"));
        assert!(unreadable(Language::Ar, 3).contains("3 إدخالات"));
        assert!(unreadable(Language::Ar, 11).contains("11 إدخالاً"));
        assert!(unreadable(Language::Ar, 100).contains("100 إدخال "));
    }
}
