//! The Merkliste in the app: one shared state, saved on every change,
//! kept in step with other tabs, and the "Merken" button.

use leptos::prelude::*;

use crate::bookmarks::{Item, Merkliste, STORAGE_KEY};
use crate::browser::storage;

/// The Merkliste state, provided once by the app.
#[derive(Debug, Clone, Copy)]
pub struct Bookmarks {
    /// The saved entries.
    pub list: RwSignal<Merkliste>,
    /// A short message about what could not be read or saved.
    pub notice: RwSignal<Option<String>>,
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
                    self.notice.set(Some(problem.message(list.len())));
                }
                self.list.set(list);
            }
            Err(_) => self.notice.set(Some(
                "Dieser Browser erlaubt kein Speichern. Die Merkliste gilt nur, solange diese Seite offen ist.".to_owned(),
            )),
        }
    }

    /// Changes the list and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Merkliste)) {
        self.list.update(change);
        let encoded = self.list.with_untracked(Merkliste::encode);
        if storage::write(STORAGE_KEY, &encoded).is_err() {
            self.notice.set(Some(
                "Die Merkliste konnte auf diesem Gerät nicht gespeichert werden (Speicher gesperrt oder voll). Sie gilt nur, solange diese Seite offen ist.".to_owned(),
            ));
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
            {move || if saved.get() { " Gemerkt" } else { " Merken" }}
            <span class="visually-hidden">{format!(": {name}")}</span>
        </button>
    }
}

/// The message about storage problems, with a way to close it.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let bookmarks = use_bookmarks();
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || bookmarks.notice.get().map(|text| view! {
                <div class="notice" data-testid="notice">
                    <p>{text}</p>
                    <button type="button" class="notice__close" on:click=move |_| bookmarks.notice.set(None)>
                        "Verstanden"
                    </button>
                </div>
            })}
        </div>
    }
}
