//! The dataset's texts in a chosen language: its translation where the
//! entry has one, else the German original, and always which language the
//! text is in, so that the page can mark German text with `lang="de"` and
//! say that it is only in German.

use crate::model::{Actor, Language, Network, Participation, Project, Term, Translations};

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
