//! The dataset's texts in a chosen language: its translation where the
//! entry has one, else the German original, and always which language the
//! text is in, so that the page can mark German text with `lang="de"` and
//! say that it is only in German; and what readers are told about the
//! translations a page shows (machine-made, possibly outdated).

use crate::directory::Directory;
use crate::model::{Actor, Language, Network, Origin, Participation, Project, Term, Translations};
use crate::translation::{state, TranslationState};

/// What to tell readers about the translated texts shown together (on one
/// page or card): any of them made by a machine, checked or not, and any
/// of them made from a German text that has changed since.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TranslationNotes {
    /// Some text was translated by a machine and nobody has checked it.
    pub machine: bool,
    /// Some text was translated by a machine and a person has checked it.
    pub machine_reviewed: bool,
    /// Some translation may be outdated: its German has changed since.
    pub outdated: bool,
    /// Some text shown is a translation at all (checked or not), so that
    /// a reader can ask for the German original instead.
    pub translated: bool,
}

impl TranslationNotes {
    /// Takes one shown translation into account.
    pub fn add(&mut self, state: Option<TranslationState>) {
        if let Some(s) = state {
            self.translated = true;
            match (s.origin, s.reviewed) {
                (Origin::Machine, false) => self.machine = true,
                (Origin::Machine, true) => self.machine_reviewed = true,
                (Origin::Human, _) => {}
            }
            self.outdated |= s.outdated;
        }
    }

    /// Whether there is nothing to say.
    pub fn is_empty(&self) -> bool {
        !(self.machine || self.machine_reviewed || self.outdated)
    }

    /// About a network card: its own texts and its topics' labels.
    pub fn network_card(dir: &Directory, network: &Network, language: Language) -> Self {
        let mut notes = TranslationNotes::default();
        notes.add(state(network, language));
        for t in dir.topics_of(network) {
            notes.add(state(t, language));
        }
        notes
    }

    /// About an actor's card: its own texts.
    pub fn actor_card(actor: &Actor, language: Language) -> Self {
        let mut notes = TranslationNotes::default();
        notes.add(state(actor, language));
        notes
    }

    /// About a network's page: its texts, its topics and target groups, the
    /// notes on who takes part, their glosses, and its projects.
    pub fn network_page(dir: &Directory, network: &Network, language: Language) -> Self {
        let mut notes = Self::network_card(dir, network, language);
        for t in dir.target_groups_of(network) {
            notes.add(state(t, language));
        }
        for part in &network.actors {
            notes.add(state(part, language));
            if let Some(actor) = dir.actor(&part.actor) {
                notes.add(state(actor, language));
            }
        }
        for p in dir.projects_of(network) {
            notes.add(state(p, language));
        }
        notes
    }

    /// About an actor's page: its texts, its notes in each network, and
    /// the projects it organises.
    pub fn actor_page(dir: &Directory, actor: &Actor, language: Language) -> Self {
        let mut notes = Self::actor_card(actor, language);
        for inv in dir.involvements(&actor.id) {
            notes.add(state(inv.part, language));
        }
        for p in dir.projects_organized_by(&actor.id) {
            notes.add(state(p, language));
        }
        notes
    }
}

/// A text to show, and the language it is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<'a> {
    /// The text.
    pub text: &'a str,
    /// Its language: the asked one, or German where no translation exists.
    pub lang: Language,
}

/// A list of texts (paragraphs, goals), all in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts<'a> {
    /// The items, in order.
    pub items: Vec<&'a str>,
    /// Their language.
    pub lang: Language,
}

/// The translation's text if there is one, else the German.
fn pick<'a, T>(
    translations: &'a Translations<T>,
    language: Language,
    get: impl Fn(&'a T) -> Option<&'a str>,
    german: &'a str,
) -> Text<'a> {
    translations.get(&language).and_then(get).map_or(
        Text {
            text: german,
            lang: Language::De,
        },
        |text| Text {
            text,
            lang: language,
        },
    )
}

/// The translated list if there is one, else the German.
fn pick_list<'a, T>(
    translations: &'a Translations<T>,
    language: Language,
    get: impl Fn(&'a T) -> Option<&'a Vec<String>>,
    german: &'a [String],
) -> Texts<'a> {
    let (list, lang) = translations
        .get(&language)
        .and_then(get)
        .map_or((german, Language::De), |l| (l.as_slice(), language));
    Texts {
        items: list.iter().map(String::as_str).collect(),
        lang,
    }
}

impl Term {
    /// The label.
    pub fn label_in(&self, language: Language) -> Text<'_> {
        pick(
            &self.translations,
            language,
            |t| Some(&t.label),
            &self.label,
        )
    }
}

impl Network {
    /// What the German name means, in `language` (none for German).
    pub fn gloss(&self, language: Language) -> Option<&str> {
        self.translations.get(&language)?.gloss.as_deref()
    }

    /// The photo caption, if any.
    pub fn caption_in(&self, language: Language) -> Option<Text<'_>> {
        let german = self.caption.as_deref()?;
        Some(pick(
            &self.translations,
            language,
            |t| t.caption.as_deref(),
            german,
        ))
    }

    /// The one-line summary.
    pub fn summary_in(&self, language: Language) -> Text<'_> {
        pick(
            &self.translations,
            language,
            |t| t.summary.as_deref(),
            &self.summary,
        )
    }

    /// The description's paragraphs.
    pub fn description_in(&self, language: Language) -> Texts<'_> {
        pick_list(
            &self.translations,
            language,
            |t| t.description.as_ref(),
            &self.description,
        )
    }

    /// The goals.
    pub fn goals_in(&self, language: Language) -> Texts<'_> {
        pick_list(
            &self.translations,
            language,
            |t| t.goals.as_ref(),
            &self.goals,
        )
    }

    /// The further facts.
    pub fn facts_in(&self, language: Language) -> Texts<'_> {
        pick_list(
            &self.translations,
            language,
            |t| t.facts.as_ref(),
            &self.facts,
        )
    }

    /// How often it meets, if known.
    pub fn meeting_rhythm_in(&self, language: Language) -> Option<Text<'_>> {
        let german = self.meeting_rhythm.as_deref()?;
        Some(pick(
            &self.translations,
            language,
            |t| t.meeting_rhythm.as_deref(),
            german,
        ))
    }
}

impl Participation {
    /// What the actor does in the network, if the source says.
    pub fn note_in(&self, language: Language) -> Option<Text<'_>> {
        let german = self.note.as_deref()?;
        Some(pick(
            &self.translations,
            language,
            |t| Some(&t.note),
            german,
        ))
    }
}

impl Actor {
    /// What the German name means, in `language` (none for German).
    pub fn gloss(&self, language: Language) -> Option<&str> {
        self.translations.get(&language)?.gloss.as_deref()
    }

    /// The short description, if any.
    pub fn description_in(&self, language: Language) -> Option<Text<'_>> {
        let german = self.description.as_deref()?;
        Some(pick(
            &self.translations,
            language,
            |t| t.description.as_deref(),
            german,
        ))
    }
}

impl Project {
    /// What the German name means, in `language` (none for German).
    pub fn gloss(&self, language: Language) -> Option<&str> {
        self.translations.get(&language)?.gloss.as_deref()
    }

    /// What it is.
    pub fn description_in(&self, language: Language) -> Text<'_> {
        pick(
            &self.translations,
            language,
            |t| t.description.as_deref(),
            &self.description,
        )
    }
}
