//! The Merkliste in the app: one shared state, saved on every change,
//! kept in step with other tabs, and the "Merken" button.

use leptos::prelude::*;

use super::i18n::{t_string, td_string, use_i18n};
use super::language::{locale_of, tr, use_language};
use crate::bookmarks::{Item, Merkliste, ReadProblem, STORAGE_KEY};
use crate::browser::storage;
use crate::kiosk::{AddressProblem, DEFAULT_IDLE, MAX_IDLE, MIN_IDLE};
use crate::language::Language;

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
        }
    }
}

/// The Merkliste state, provided once by the app.
#[derive(Debug, Clone, Copy)]
pub struct Bookmarks {
    /// The saved entries.
    pub list: RwSignal<Merkliste>,
    /// A short message about what could not be read or saved.
    pub notice: RwSignal<Option<Notice>>,
    /// The list before "Alle entfernen", while it can be undone.
    pub undo: RwSignal<Option<Merkliste>>,
}

impl Bookmarks {
    /// Reads storage; whatever it holds, the app starts.
    fn load() -> Self {
        let state = Bookmarks {
            list: RwSignal::new(Merkliste::default()),
            notice: RwSignal::new(None),
            undo: RwSignal::new(None),
        };
        state.read_storage();
        state
    }

    /// Replaces the list by what storage holds now.
    fn read_storage(&self) {
        match storage::read(STORAGE_KEY) {
            Ok(raw) => {
                let (list, problem) = Merkliste::decode(raw.as_deref());
                if let Some(problem) = problem {
                    self.notice.set(Some(Notice::Merkliste {
                        problem,
                        kept: list.len(),
                    }));
                }
                self.list.set(list);
            }
            Err(_) => self.notice.set(Some(Notice::StorageUnavailable)),
        }
    }

    /// Changes the list and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Merkliste)) {
        self.list.update(change);
        let encoded = self.list.with_untracked(Merkliste::encode);
        if storage::write(STORAGE_KEY, &encoded).is_err() {
            self.notice.set(Some(Notice::WriteRefused));
        }
    }

    /// Whether `item` is saved (reactive).
    pub fn contains(&self, item: &Item) -> bool {
        self.list.with(|l| l.contains(item))
    }
}

/// Creates the state, reads storage and follows changes made in other tabs.
pub fn provide_bookmarks() {
    let state = Bookmarks::load();
    provide_context(state);
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none_or(|k| k == STORAGE_KEY) {
            state.read_storage();
        }
    });
    on_cleanup(move || handle.remove());
}

/// The state provided by [`provide_bookmarks`].
pub fn use_bookmarks() -> Bookmarks {
    expect_context::<Bookmarks>()
}

/// "Merken" / "Gemerkt": a real toggle button; `name` completes its
/// accessible name, since a page has several.
#[component]
pub fn BookmarkButton(item: Item, #[prop(into)] name: String) -> impl IntoView {
    let i18n = use_i18n();
    let bookmarks = use_bookmarks();
    let saved = {
        let item = item.clone();
        Memo::new(move |_| bookmarks.contains(&item))
    };
    view! {
        <button
            type="button"
            class="bookmark"
            class:bookmark--saved=move || saved.get()
            aria-pressed=move || saved.get().to_string()
            data-testid="bookmark"
            on:click=move |_| {
                let item = item.clone();
                bookmarks.update(move |l| l.toggle(item));
            }
        >
            <span aria-hidden="true" class="bookmark__icon">{move || if saved.get() { "★" } else { "☆" }}</span>
            " "
            {move || if saved.get() {
                t_string!(i18n, common.bookmark.saved)
            } else {
                t_string!(i18n, common.bookmark.save)
            }}
            <span class="visually-hidden">{format!(": {name}")}</span>
        </button>
    }
}

/// The current [`Notice`], in the interface language (it follows a change
/// of language while shown), with a way to close it.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let lang = use_language();
    let bookmarks = use_bookmarks();
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || bookmarks.notice.get().map(|notice| view! {
                <div class="notice" data-testid="notice">
                    <p>{move || notice.text(lang.get())}</p>
                    <button type="button" class="notice__close" on:click=move |_| bookmarks.notice.set(None)>
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
