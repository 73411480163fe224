//! The Merkliste in the app: one shared state, saved on every change,
//! kept in step with other tabs, and the "Merken" button. Entries saved
//! under an old id (a renamed network) are found under the current one.

use leptos::prelude::*;

use crate::browser::{events, storage};
use crate::catalogue::use_catalogue;
use crate::i18n::{t_string, use_i18n};
use crate::notices::{use_notices, Notice, Notices};
use stadtteilnetz_core::bookmarks::{Item, Merkliste, STORAGE_KEY};
use stadtteilnetz_core::catalogue::Catalogue;

/// The Merkliste state, provided once by the app.
#[derive(Debug, Clone, Copy)]
pub struct Bookmarks {
    /// The saved entries.
    pub list: RwSignal<Merkliste>,
    /// The list before "Alle entfernen", while it can be undone.
    pub undo: RwSignal<Option<Merkliste>>,
    notices: Notices,
}

impl Bookmarks {
    /// Replaces the list by what storage holds now, under current ids;
    /// whatever it holds, the app goes on.
    fn read_storage(&self, catalogue: &Catalogue) {
        match storage::read(STORAGE_KEY) {
            Ok(raw) => {
                let (list, problem) = Merkliste::decode(raw.as_deref());
                let list = list.with_current_ids(catalogue.directory());
                if let Some(problem) = problem {
                    self.notices.show(Notice::Merkliste {
                        problem,
                        kept: list.len(),
                    });
                }
                self.list.set(list);
            }
            Err(_) => self.notices.show(Notice::StorageUnavailable),
        }
    }

    /// Changes the list and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Merkliste)) {
        self.list.update(change);
        let encoded = self.list.with_untracked(Merkliste::encode);
        if storage::write(STORAGE_KEY, &encoded).is_err() {
            self.notices.show(Notice::WriteRefused);
        }
    }

    /// Empties the list and storage (the kiosk reset); no undo.
    pub fn forget(&self) {
        self.list.set(Merkliste::default());
        self.undo.set(None);
        let _ = storage::remove(STORAGE_KEY);
    }

    /// Whether `item` is saved (reactive).
    pub fn contains(&self, item: &Item) -> bool {
        self.list.with(|l| l.contains(item))
    }
}

/// Creates the state, reads storage and follows changes made in other tabs.
/// Needs the catalogue and the notices in context.
pub fn provide_bookmarks() {
    let catalogue = use_catalogue();
    let state = Bookmarks {
        list: RwSignal::new(Merkliste::default()),
        undo: RwSignal::new(None),
        notices: use_notices(),
    };
    state.read_storage(&catalogue);
    provide_context(state);
    events::on_window(leptos::ev::storage, move |event| {
        if event.key().is_none_or(|k| k == STORAGE_KEY) {
            state.read_storage(&catalogue);
        }
    });
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
