//! Where a translation stands: who made it, whether a person checked it,
//! and whether the German it translates has changed since.
//!
//! Each translation keeps a fingerprint of the German texts it translates
//! (only those it has: a translation of the summary alone does not go out
//! of date when the description changes). The fingerprint is 64-bit FNV-1a
//! over, per translated field in the order of the model, the field's name,
//! U+001F, the German text (list items joined by U+001E) and U+001D, written
//! as 16 lower-case hex digits: simple enough to recompute anywhere, and a
//! changed German text gives a different one.

use crate::model::{
    Actor, EntryText, Language, Network, NetworkText, Origin, Participation, ParticipationText,
    Project, Term, TermText, TranslationStatus, Translations,
};

/// A translation's text part: anything that carries a status.
pub trait TranslationText {
    /// Its status, if it has one (always, in a valid format-2 file).
    fn status(&self) -> Option<&TranslationStatus>;
    /// Its status, to set.
    fn status_mut(&mut self) -> &mut Option<TranslationStatus>;
}

macro_rules! translation_text {
    ($($t:ty),*) => {$(
        impl TranslationText for $t {
            fn status(&self) -> Option<&TranslationStatus> {
                self.status.as_ref()
            }
            fn status_mut(&mut self) -> &mut Option<TranslationStatus> {
                &mut self.status
            }
        }
    )*};
}
translation_text!(TermText, NetworkText, ParticipationText, EntryText);

/// One German text a translation is made from.
pub enum German<'a> {
    /// A single text (a name, a summary), or none where the German has none.
    One(Option<&'a str>),
    /// A list of texts (paragraphs, goals).
    List(&'a [String]),
}

/// An entry with translations: which German texts a translation translates.
pub trait Translated {
    /// The translations' text type.
    type Text: TranslationText;
    /// The translations, by language.
    fn translations(&self) -> &Translations<Self::Text>;
    /// The translations, to change.
    fn translations_mut(&mut self) -> &mut Translations<Self::Text>;
    /// Calls `f(field, german)` for every field `text` translates, in the
    /// model's order.
    fn sources<'a>(&'a self, text: &Self::Text, f: &mut dyn FnMut(&'static str, German<'a>));
}

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The fingerprint of the German texts that `text` translates.
pub fn fingerprint<E: Translated + ?Sized>(entry: &E, text: &E::Text) -> String {
    let mut h = Fnv::new();
    entry.sources(text, &mut |field, german| {
        h.bytes(field.as_bytes());
        h.bytes(&[0x1f]);
        match german {
            German::One(t) => h.bytes(t.unwrap_or_default().as_bytes()),
            German::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        h.bytes(&[0x1e]);
                    }
                    h.bytes(item.as_bytes());
                }
            }
        }
        h.bytes(&[0x1d]);
    });
    format!("{:016x}", h.0)
}

/// What a reader is told about a translated text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TranslationState {
    /// Who made it.
    pub origin: Origin,
    /// Whether a person has checked it.
    pub reviewed: bool,
    /// Whether the German has changed since it was made or checked.
    pub outdated: bool,
}

impl TranslationState {
    /// Whether a reader should be told anything: machine-made, or outdated.
    pub fn needs_note(self) -> bool {
        self.origin == Origin::Machine || self.outdated
    }
}

/// The state of `entry`'s translation into `language`, if it has one. A
/// translation without a status (only in files that failed validation)
/// counts as an unchecked machine translation, the cautious reading.
pub fn state<E: Translated + ?Sized>(entry: &E, language: Language) -> Option<TranslationState> {
    let text = entry.translations().get(&language)?;
    Some(match text.status() {
        Some(s) => TranslationState {
            origin: s.origin,
            reviewed: s.reviewed,
            outdated: s.fingerprint != fingerprint(entry, text),
        },
        None => TranslationState {
            origin: Origin::Machine,
            reviewed: false,
            outdated: false,
        },
    })
}

/// Gives every translation of `entry` without a status one: made by
/// `origin`, not checked, from the German as it is now. Returns how many.
pub fn fill_missing<E: Translated + ?Sized>(entry: &mut E, origin: Origin) -> usize {
    let prints: Vec<(Language, String)> = entry
        .translations()
        .iter()
        .filter(|(_, t)| t.status().is_none())
        .map(|(l, t)| (*l, fingerprint(entry, t)))
        .collect();
    for (language, fingerprint) in &prints {
        if let Some(t) = entry.translations_mut().get_mut(language) {
            *t.status_mut() = Some(TranslationStatus {
                origin,
                reviewed: false,
                fingerprint: fingerprint.clone(),
            });
        }
    }
    prints.len()
}

/// The `Text` type and the accessors of an entry whose translations are in
/// its field `translations`.
macro_rules! translations_in_field {
    ($text:ty) => {
        type Text = $text;
        fn translations(&self) -> &Translations<$text> {
            &self.translations
        }
        fn translations_mut(&mut self) -> &mut Translations<$text> {
            &mut self.translations
        }
    };
}

impl Translated for Term {
    translations_in_field!(TermText);
    fn sources<'a>(&'a self, _: &TermText, f: &mut dyn FnMut(&'static str, German<'a>)) {
        f("label", German::One(Some(&self.label)));
    }
}

impl Translated for Network {
    translations_in_field!(NetworkText);
    fn sources<'a>(&'a self, t: &NetworkText, f: &mut dyn FnMut(&'static str, German<'a>)) {
        let one = |s: &'a Option<String>| German::One(s.as_deref());
        let parts: [(&'static str, bool, German<'a>); 7] = [
            ("gloss", t.gloss.is_some(), German::One(Some(&self.name))),
            ("caption", t.caption.is_some(), one(&self.caption)),
            (
                "summary",
                t.summary.is_some(),
                German::One(Some(&self.summary)),
            ),
            (
                "description",
                t.description.is_some(),
                German::List(&self.description),
            ),
            ("goals", t.goals.is_some(), German::List(&self.goals)),
            ("facts", t.facts.is_some(), German::List(&self.facts)),
            (
                "meeting_rhythm",
                t.meeting_rhythm.is_some(),
                one(&self.meeting_rhythm),
            ),
        ];
        for (field, present, german) in parts {
            if present {
                f(field, german);
            }
        }
    }
}

impl Translated for Participation {
    translations_in_field!(ParticipationText);
    fn sources<'a>(&'a self, _: &ParticipationText, f: &mut dyn FnMut(&'static str, German<'a>)) {
        f("note", German::One(self.note.as_deref()));
    }
}

/// An actor's or project's gloss and description.
fn entry_sources<'a>(
    name: &'a str,
    description: Option<&'a str>,
    t: &EntryText,
    f: &mut dyn FnMut(&'static str, German<'a>),
) {
    if t.gloss.is_some() {
        f("gloss", German::One(Some(name)));
    }
    if t.description.is_some() {
        f("description", German::One(description));
    }
}

impl Translated for Actor {
    translations_in_field!(EntryText);
    fn sources<'a>(&'a self, t: &EntryText, f: &mut dyn FnMut(&'static str, German<'a>)) {
        entry_sources(&self.name, self.description.as_deref(), t, f);
    }
}

impl Translated for Project {
    translations_in_field!(EntryText);
    fn sources<'a>(&'a self, t: &EntryText, f: &mut dyn FnMut(&'static str, German<'a>)) {
        entry_sources(&self.name, Some(&self.description), t, f);
    }
}
