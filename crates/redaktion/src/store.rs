//! The draft on the device (localStorage): written shortly after every
//! change and at once when the page is hidden or closed, so that it
//! survives a reload, a closed tab and going offline. Another tab writing
//! the same draft is noticed (a small "who wrote last" record beside it)
//! before this tab overwrites anything. Storage that is full or blocked
//! is said once; the editor then keeps working in memory.

use std::time::Duration;

use leptos::prelude::*;

use stadtteilnetz_core::editing::draft::{Draft, Unreadable, DAMAGED_KEY, DRAFT_VERSION, KEY};
use stadtteilnetz_core::model::Dataset;
use stadtteilnetz_ui::browser::clock;
use stadtteilnetz_ui::browser::storage::{self, StorageError};

use crate::browser::tabs;

/// How long typing must pause before the draft is written (ms).
const PAUSE: f64 = 300.0;
/// The longest a change waits to be written while typing goes on (ms).
const LATEST: f64 = 3000.0;
/// How long to wait before trying again after storage refused (ms).
const RETRY: f64 = 10_000.0;

use stadtteilnetz_core::editing::draft::{BASE_KEY, STAND_KEY};

/// What to say when drafts cannot be kept.
pub const UNAVAILABLE: &str = "Entwürfe können auf diesem Gerät nicht gespeichert werden (der Speicher des Browsers ist gesperrt). Sie können weiterarbeiten; speichern Sie die Datei („Speichern“), bevor Sie die Seite schließen.";
/// …and when storage is full.
pub const FULL: &str = "Der Entwurf passt nicht mehr in den Speicher dieses Browsers und wird nicht mehr auf dem Gerät gehalten. Sie können weiterarbeiten; speichern Sie die Datei („Speichern“), bevor Sie die Seite schließen.";

/// Whether the draft is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Nothing changed yet: nothing to keep.
    Untouched,
    /// A change waits to be written (in a moment).
    Pending,
    /// Written.
    Saved,
    /// Storage refused it (full) or cannot be used.
    Refused,
    /// Another tab wrote the draft; this tab waits for a decision.
    Conflict,
}

/// What was found on the device at start.
pub enum Loaded {
    /// No draft.
    Nothing,
    /// Storage cannot be used.
    Unavailable,
    /// A draft that could not be read (it was put aside).
    Damaged(Unreadable),
    /// A draft, and the dataset it was opened from if kept.
    Draft(Box<Draft>, Option<Box<Dataset>>),
}

/// What the store writes: the editor's draft, the dataset it was opened
/// from, and where that came from (the editor owns these signals).
#[derive(Clone, Copy)]
pub struct Sources {
    /// The draft.
    pub data: RwSignal<Dataset>,
    /// The dataset it was opened from.
    pub base: RwSignal<Dataset>,
    /// `SHIPPED` or a file name.
    pub origin: RwSignal<String>,
}

/// The draft's place on the device.
#[derive(Clone, Copy)]
pub struct Store {
    sources: StoredValue<Option<Sources>>,
    /// A warning for the person (storage blocked or full), said once.
    pub said: RwSignal<Option<&'static str>>,
    tab: StoredValue<String>,
    revision: StoredValue<u64>,
    /// The `tab:revision` this tab last wrote or read.
    seen: StoredValue<Option<String>>,
    /// Whether a write is scheduled.
    scheduled: StoredValue<bool>,
    /// Whether the dataset the draft was opened from is still to be kept.
    base_due: StoredValue<bool>,
    /// When the first change not yet written, and the last change, were
    /// made (ms): writes wait for a pause in typing, but not for long.
    first_change: StoredValue<f64>,
    last_change: StoredValue<f64>,
    /// What the person is told.
    pub kept: RwSignal<Kept>,
}

impl Store {
    /// The store of this tab.
    pub fn new() -> Self {
        Store {
            sources: StoredValue::new(None),
            said: RwSignal::new(None),
            tab: StoredValue::new(tabs::new_tab_id()),
            revision: StoredValue::new(0),
            seen: StoredValue::new(None),
            scheduled: StoredValue::new(false),
            base_due: StoredValue::new(false),
            first_change: StoredValue::new(0.0),
            last_change: StoredValue::new(0.0),
            kept: RwSignal::new(Kept::Untouched),
        }
    }

    /// Reads the draft on the device. A draft that cannot be read is put
    /// aside under its own key, never deleted.
    pub fn load(self) -> Loaded {
        let text = match storage::read(KEY) {
            Err(_) => {
                self.kept.set(Kept::Refused);
                return Loaded::Unavailable;
            }
            Ok(None) => return Loaded::Nothing,
            Ok(Some(text)) => text,
        };
        self.seen.set_value(storage::read(STAND_KEY).ok().flatten());
        match Draft::decode(&text) {
            Ok(draft) => {
                self.revision.set_value(draft.revision);
                self.kept.set(Kept::Saved);
                let base = storage::read(BASE_KEY)
                    .ok()
                    .flatten()
                    .and_then(|t| serde_json::from_str(&t).ok())
                    .map(Box::new);
                Loaded::Draft(Box::new(draft), base)
            }
            Err(why) => {
                let _ = storage::write(DAMAGED_KEY, &text);
                let _ = storage::remove(KEY);
                let _ = storage::remove(STAND_KEY);
                Loaded::Damaged(why)
            }
        }
    }

    /// Starts writing `sources`, listening for other tabs (`follow` takes
    /// another tab's draft while this one has changed nothing) and for the
    /// page being hidden.
    pub fn watch(self, sources: Sources, follow: impl Fn() + 'static) {
        self.sources.set_value(Some(sources));
        tabs::on_other_tab_write(STAND_KEY, move |stand| {
            if stand != self.seen.get_value() && self.kept.get_untracked() != Kept::Untouched {
                self.kept.set(Kept::Conflict);
            } else if self.kept.get_untracked() == Kept::Untouched {
                // Nothing here to lose: follow the other tab's draft.
                self.seen.set_value(stand);
                follow();
            }
        });
        let flush = move || {
            if self.scheduled.get_value() {
                self.write();
            }
        };
        let hidden = window_event_listener(leptos::ev::pagehide, move |_| flush());
        std::mem::forget(hidden);
        let blur = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
        std::mem::forget(blur);
    }

    /// A change was made: write it in a moment. A write waits for a pause
    /// of `PAUSE` in typing (a whole dataset is serialised each time, which
    /// at 10,000 entries takes longer than a keystroke may), but never
    /// longer than `LATEST` after the first change; hiding or closing the
    /// page writes at once. After storage refused a write, the next try
    /// waits `RETRY`.
    pub fn changed(self) {
        if matches!(self.kept.get_untracked(), Kept::Conflict) {
            return;
        }
        let now = clock::now_ms();
        self.last_change.set_value(now);
        if self.kept.get_untracked() != Kept::Refused {
            self.kept.set(Kept::Pending);
        }
        if self.scheduled.get_value() {
            return;
        }
        self.scheduled.set_value(true);
        self.first_change.set_value(now);
        let wait = if self.kept.get_untracked() == Kept::Refused {
            RETRY
        } else {
            PAUSE
        };
        self.write_after(wait);
    }

    /// Writes after `wait`, or later while typing goes on.
    fn write_after(self, wait: f64) {
        set_timeout(
            move || {
                if !self.scheduled.get_value() {
                    return;
                }
                let now = clock::now_ms();
                let quiet = now - self.last_change.get_value();
                let waited = now - self.first_change.get_value();
                if quiet < PAUSE && waited < LATEST {
                    self.write_after(PAUSE - quiet);
                } else {
                    self.write();
                }
            },
            Duration::from_millis(wait.max(1.0) as u64),
        );
    }

    /// The dataset the draft was opened from changed (a file was opened):
    /// it is kept with the next write of the draft.
    pub fn keep_base(self) {
        self.base_due.set_value(true);
    }

    /// Writes the draft now, unless another tab wrote it since this one
    /// last looked.
    fn write(self) {
        self.scheduled.set_value(false);
        let Some(editor) = self.sources.get_value() else {
            return;
        };
        if self.kept.get_untracked() == Kept::Conflict {
            return;
        }
        let stand = storage::read(STAND_KEY).ok().flatten();
        if stand.is_some() && stand != self.seen.get_value() {
            self.kept.set(Kept::Conflict);
            return;
        }
        let revision = self.revision.get_value() + 1;
        let draft = Draft {
            version: DRAFT_VERSION,
            tab: self.tab.get_value(),
            revision,
            saved: clock::now_iso(),
            origin: editor.origin.get_untracked(),
            base: editor
                .base
                .with_untracked(stadtteilnetz_core::editing::draft::fingerprint),
            data: editor.data.get_untracked(),
        };
        let result = storage::write(KEY, &draft.encode());
        match result {
            Ok(()) => {
                if self.base_due.get_value() {
                    let text = editor
                        .base
                        .with_untracked(|b| serde_json::to_string(b).expect("serialises"));
                    // Without it only the change summary after a reload is
                    // lost (it then compares with the shipped data).
                    let _ = storage::write(BASE_KEY, &text);
                    self.base_due.set_value(false);
                }
                let stand = format!("{}:{revision}", draft.tab);
                let _ = storage::write(STAND_KEY, &stand);
                self.revision.set_value(revision);
                self.seen.set_value(Some(stand));
                self.kept.set(Kept::Saved);
            }
            Err(err) => {
                if self.kept.get_untracked() != Kept::Refused {
                    self.said.set(Some(if err == StorageError::Unavailable {
                        UNAVAILABLE
                    } else {
                        FULL
                    }));
                }
                self.kept.set(Kept::Refused);
            }
        }
    }

    /// After a conflict: this tab's draft wins and overwrites the other's.
    pub fn overwrite(self) {
        self.seen.set_value(storage::read(STAND_KEY).ok().flatten());
        self.kept.set(Kept::Pending);
        self.write();
    }

    /// The other tab's draft, to take after a conflict (or while this tab
    /// has changed nothing).
    pub fn other_tabs_draft(self) -> Option<(Draft, Option<Dataset>)> {
        match self.load() {
            Loaded::Draft(draft, base) => {
                self.kept.set(Kept::Saved);
                Some((*draft, base.map(|b| *b)))
            }
            _ => None,
        }
    }

    /// "Entwurf verwerfen": forgets the draft on the device.
    pub fn discard(self) {
        let _ = storage::remove(KEY);
        let _ = storage::remove(STAND_KEY);
        let _ = storage::remove(BASE_KEY);
        self.seen.set_value(None);
        self.scheduled.set_value(false);
        self.base_due.set_value(false);
        self.kept.set(Kept::Untouched);
    }
}
