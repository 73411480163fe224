//! The editor's state, in context: the draft (one signal), its history,
//! the dataset it was opened from, the checks' findings (a memo: derived,
//! never stored twice), and what the editor has to say.

use leptos::prelude::*;

use stadtteilnetz_core::editing::changes::Changes;
use stadtteilnetz_core::editing::draft::{fingerprint, Unreadable, SHIPPED};
use stadtteilnetz_core::editing::history::History;
use stadtteilnetz_core::editing::open::{open, Opened, Refused};
use stadtteilnetz_core::model::{Dataset, Date};
use stadtteilnetz_core::validate::{check_dataset, Checks};
use stadtteilnetz_ui::browser::clock;

use crate::problems::Problems;
use crate::store::{Loaded, Sources, Store};

/// The shipped dataset file, byte for byte (build.rs).
pub const SHIPPED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/netzwerke.json"));

/// The name the shipped file has in the repository and in downloads.
pub const FILE_NAME: &str = "netzwerke.json";

/// How many steps undo goes back.
const UNDO_STEPS: usize = 100;

/// Something the editor says at the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// A warning (shown as an alert) or information.
    pub warning: bool,
    /// The text.
    pub text: String,
    /// A longer text under it (a list of differences), if any.
    pub detail: Option<String>,
}

/// The editor, in context: `Copy`, so every handler takes it along.
#[derive(Clone, Copy)]
pub struct Editor {
    /// The draft.
    pub data: RwSignal<Dataset>,
    /// The dataset the draft was opened from, for the change summary.
    pub base: RwSignal<Dataset>,
    /// Where it was opened from (`SHIPPED` or a file name).
    pub origin: RwSignal<String>,
    /// The shipped dataset.
    pub shipped: StoredValue<Dataset>,
    /// Every problem of the draft, with exactly the checks of `validate`.
    pub problems: Memo<Problems>,
    /// Undo and redo.
    history: StoredValue<History<Dataset>>,
    /// Whether there is something to undo / redo.
    pub can_undo: RwSignal<bool>,
    /// …and to redo.
    pub can_redo: RwSignal<bool>,
    /// What the editor says.
    pub messages: RwSignal<Vec<Message>>,
    /// The draft on the device.
    pub store: Store,
    /// Today, for review dates.
    pub today: Option<Date>,
}

/// The editor provided above.
pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}

impl Editor {
    /// Opens the draft kept on the device, or else the shipped data, and
    /// provides the editor.
    pub fn provide() -> Editor {
        let today = clock::today();
        let checks = Checks { today };
        let shipped = match open(FILE_NAME, SHIPPED_JSON, &checks) {
            Ok(opened) => opened.data,
            Err(refused) => panic!("{}", refused.message(FILE_NAME)),
        };
        let store = Store::new();
        let mut messages = Vec::new();
        let (data, base, origin) = match store.load() {
            Loaded::Nothing => (shipped.clone(), shipped.clone(), SHIPPED.to_owned()),
            Loaded::Unavailable => {
                messages.push(Message {
                    warning: true,
                    text: crate::store::UNAVAILABLE.to_owned(),
                    detail: None,
                });
                (shipped.clone(), shipped.clone(), SHIPPED.to_owned())
            }
            Loaded::Damaged(Unreadable(why)) => {
                messages.push(Message {
                    warning: true,
                    text: format!("{why} Er wurde unter „{}“ beiseitegelegt, nichts wurde gelöscht; die Redaktion beginnt mit den mitgelieferten Daten.", stadtteilnetz_core::editing::draft::DAMAGED_KEY),
                    detail: None,
                });
                (shipped.clone(), shipped.clone(), SHIPPED.to_owned())
            }
            Loaded::Draft(draft, base) => {
                messages.push(Message {
                    warning: false,
                    text: format!(
                        "Ihr Entwurf wurde wiederhergestellt (zuletzt gespeichert {}).",
                        readable_time(&draft.saved)
                    ),
                    detail: None,
                });
                let stale = draft.origin == SHIPPED && draft.base != fingerprint(&shipped);
                if stale {
                    messages.push(Message {
                        warning: true,
                        text: "Dieser Entwurf wurde mit einer älteren Fassung der mitgelieferten Daten begonnen. Die mitgelieferten Daten haben sich seitdem geändert; so unterscheidet sich Ihr Entwurf von ihnen:".to_owned(),
                        detail: Some(Changes::between(&shipped, &draft.data).summary()),
                    });
                }
                let base = base.map_or_else(|| shipped.clone(), |b| *b);
                (draft.data, base, draft.origin)
            }
        };
        let data = RwSignal::new(data);
        let problems = Memo::new(move |_| {
            data.with(|d| Problems::new(check_dataset(FILE_NAME, "", d, &checks)))
        });
        let editor = Editor {
            data,
            base: RwSignal::new(base),
            origin: RwSignal::new(origin),
            shipped: StoredValue::new(shipped),
            problems,
            history: StoredValue::new(History::new(UNDO_STEPS)),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            messages: RwSignal::new(messages),
            store,
            today,
        };
        provide_context(editor);
        let sources = Sources {
            data: editor.data,
            base: editor.base,
            origin: editor.origin,
        };
        store.watch(sources, move || editor.take_other_tab());
        Effect::new(move |_| {
            if let Some(text) = store.said.get() {
                editor.say(true, text, None);
            }
        });
        editor
    }

    /// Changes the draft with `f`, as one undo step, or as part of the
    /// step before when `group` (e.g. the field's path) is the same.
    pub fn edit(self, group: Option<&str>, f: impl FnOnce(&mut Dataset)) {
        self.data.with_untracked(|d| {
            self.history.update_value(|h| h.record(d, group));
        });
        self.data.update(f);
        self.after_change();
    }

    /// Ends the current undo step (a field lost focus).
    pub fn seal(self) {
        self.history.update_value(History::seal);
    }

    fn after_change(self) {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.store.changed();
    }

    /// Goes one step back.
    pub fn undo(self) {
        let current = self.data.get_untracked();
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.data.set(previous);
            self.after_change();
        }
    }

    /// Goes one step forward again.
    pub fn redo(self) {
        let current = self.data.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.data.set(next);
            self.after_change();
        }
    }

    /// Replaces the draft with a dataset opened from `origin`.
    pub fn replace(self, data: Dataset, origin: String) {
        self.history.update_value(History::clear);
        self.base.set(data.clone());
        self.origin.set(origin);
        self.data.set(data);
        self.store.keep_base();
        self.after_change();
    }

    /// Takes the draft another tab wrote; if it discarded the draft, this
    /// tab starts again from the shipped data too.
    pub fn take_other_tab(self) {
        match self.store.other_tabs_draft() {
            Some((draft, base)) => self.replace_quietly(draft.data, draft.origin, base),
            None => {
                self.store.discard();
                self.replace_quietly(self.shipped.get_value(), SHIPPED.to_owned(), None);
            }
        }
    }

    /// Takes a draft from the device (another tab's) without writing it back.
    pub(crate) fn replace_quietly(self, data: Dataset, origin: String, base: Option<Dataset>) {
        self.history.update_value(History::clear);
        self.base
            .set(base.unwrap_or_else(|| self.shipped.get_value()));
        self.origin.set(origin);
        self.data.set(data);
        self.can_undo.set(false);
        self.can_redo.set(false);
    }

    /// Says something at the top of the page, after what was said last
    /// (the last three stay, so that a storage warning does not hide the
    /// "opened" that came just before it).
    pub fn say(self, warning: bool, text: impl Into<String>, detail: Option<String>) {
        let message = Message {
            warning,
            text: text.into(),
            detail,
        };
        self.messages.update(|list| {
            list.retain(|m| m.text != message.text);
            list.push(message);
            let extra = list.len().saturating_sub(3);
            list.drain(..extra);
        });
    }

    /// Opens the text of file `name`: the draft is replaced only if it is a
    /// dataset; otherwise the editor says why and nothing changes.
    pub fn open_file(self, name: &str, text: &str) -> Result<Opened, Refused> {
        let opened = open(name, text, &Checks { today: self.today })?;
        Ok(opened)
    }

    /// Where the draft comes from, after "mit" (dative).
    pub fn origin_dative(self) -> String {
        let origin = self.origin.get();
        if origin == SHIPPED {
            "den mitgelieferten Daten".to_owned()
        } else {
            format!("der Datei „{origin}“")
        }
    }

    /// The German description of where the draft comes from.
    pub fn origin_text(self) -> String {
        let origin = self.origin.get();
        if origin == SHIPPED {
            "die mitgelieferten Daten".to_owned()
        } else {
            format!("die Datei „{origin}“")
        }
    }
}

/// `2026-12-01T10:04:16.000Z` as German reads it (the device's own time
/// zone is not known here; UTC is said).
pub fn readable_time(iso: &str) -> String {
    let date = iso.get(..10).and_then(|d| Date::parse(d).ok());
    let time = iso.get(11..16).unwrap_or("");
    match date {
        Some(d) => format!(
            "am {}.{}.{} um {time} Uhr (UTC)",
            d.day(),
            d.month(),
            d.year()
        ),
        None => iso.to_owned(),
    }
}
