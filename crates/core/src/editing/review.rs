//! "Geprüft", and where each translated text stands. A translation's status
//! (who made it, checked or not, the fingerprint of its German) belongs to
//! the whole translation of an entry into one language; each of its texts
//! is shown with that state, or as missing.

use super::kinds::EntryKind;
use crate::model::{Dataset, Date, Language, Origin, TranslationStatus};
use crate::translation::{fingerprint, state, Translated, TranslationText};

/// Sets the review date of entry `index` to `today` (topics and target
/// groups have none). Returns whether it had one to set.
pub fn mark_reviewed(data: &mut Dataset, kind: EntryKind, index: usize, today: Date) -> bool {
    let slot = match kind {
        EntryKind::Network => data.networks.get_mut(index).map(|n| &mut n.reviewed),
        EntryKind::Actor => data.actors.get_mut(index).map(|a| &mut a.reviewed),
        EntryKind::Project => data.projects.get_mut(index).map(|p| &mut p.reviewed),
        EntryKind::Topic | EntryKind::TargetGroup => None,
    };
    match slot {
        Some(slot) => {
            *slot = Some(today);
            true
        }
        None => false,
    }
}

/// Where one translated text stands, as the editor shows it beside the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TextState {
    /// No translation of this text: residents read the German.
    #[default]
    Missing,
    /// The German changed after the translation was made or checked.
    Outdated,
    /// Made by a machine and not checked by a person.
    Machine,
    /// Written by a person, not yet checked against the German.
    Unchecked,
    /// A person checked it against the German as it is now.
    Reviewed,
}

impl TextState {
    /// The German label the editor shows.
    pub fn label(self) -> &'static str {
        match self {
            TextState::Missing => "fehlt",
            TextState::Outdated => "veraltet",
            TextState::Machine => "maschinell übersetzt",
            TextState::Unchecked => "ungeprüft",
            TextState::Reviewed => "geprüft",
        }
    }

    /// A class-name-safe code (`missing`, …).
    pub fn code(self) -> &'static str {
        match self {
            TextState::Missing => "missing",
            TextState::Outdated => "outdated",
            TextState::Machine => "machine",
            TextState::Unchecked => "unchecked",
            TextState::Reviewed => "reviewed",
        }
    }
}

/// The state of `entry`'s translation into `language` of a text it has
/// (`present`) or lacks.
pub fn text_state<E: Translated + ?Sized>(
    entry: &E,
    language: Language,
    present: bool,
) -> TextState {
    if !present {
        return TextState::Missing;
    }
    match state(entry, language) {
        None => TextState::Missing,
        Some(s) if s.outdated => TextState::Outdated,
        Some(s) if s.reviewed => TextState::Reviewed,
        Some(s) if s.origin == Origin::Machine => TextState::Machine,
        Some(_) => TextState::Unchecked,
    }
}

/// "Übersetzung geprüft": a person read the translation into `language`
/// against the German as it is now. Returns whether there was one.
pub fn review_translation<E: Translated + ?Sized>(entry: &mut E, language: Language) -> bool {
    let Some(text) = entry.translations().get(&language) else {
        return false;
    };
    let print = fingerprint(entry, text);
    let text = entry
        .translations_mut()
        .get_mut(&language)
        .expect("just found");
    let status = text.status_mut();
    let origin = status.as_ref().map_or(Origin::Machine, |s| s.origin);
    *status = Some(TranslationStatus {
        origin,
        reviewed: true,
        fingerprint: print,
    });
    true
}

/// Changes the translation into `language` with `change` (creating it
/// if there is none) and records that a person wrote it: origin human,
/// not yet checked. A translation that was current stays current (its
/// fingerprint follows the texts it now has); one that was outdated stays
/// outdated until someone checks it, since its other texts still translate
/// an older German. A translation left with no text at all is removed.
pub fn edit_translation<E, F>(entry: &mut E, language: Language, change: F)
where
    E: Translated + ?Sized,
    E::Text: Default + HasTexts,
    F: FnOnce(&mut E::Text),
{
    let was_outdated = state(entry, language).is_some_and(|s| s.outdated);
    let text = entry.translations_mut().entry(language).or_default();
    change(text);
    if text.is_blank() {
        entry.translations_mut().remove(&language);
        return;
    }
    let text = entry.translations().get(&language).expect("just changed");
    let print = fingerprint(entry, text);
    let text = entry
        .translations_mut()
        .get_mut(&language)
        .expect("just changed");
    let status = text.status_mut();
    let old = status.take();
    *status = Some(TranslationStatus {
        origin: Origin::Human,
        reviewed: false,
        fingerprint: match old {
            Some(old) if was_outdated => old.fingerprint,
            _ => print,
        },
    });
}

/// Whether a translation has any text left.
pub trait HasTexts {
    /// True when every text is missing.
    fn is_blank(&self) -> bool;
}

impl HasTexts for crate::model::NetworkText {
    fn is_blank(&self) -> bool {
        self.gloss.is_none()
            && self.caption.is_none()
            && self.summary.is_none()
            && self.description.is_none()
            && self.goals.is_none()
            && self.facts.is_none()
            && self.meeting_rhythm.is_none()
    }
}

impl HasTexts for crate::model::EntryText {
    fn is_blank(&self) -> bool {
        self.gloss.is_none() && self.description.is_none()
    }
}

impl HasTexts for crate::model::TermText {
    fn is_blank(&self) -> bool {
        self.label.is_empty()
    }
}

impl HasTexts for crate::model::ParticipationText {
    fn is_blank(&self) -> bool {
        self.note.is_empty()
    }
}
