//! What needs the office's attention: entries with problems, entries never
//! checked or not for a year, and translations that are missing or outdated.

use super::kinds::EntryKind;
use crate::model::{Dataset, Date, Language};
use crate::translation::{state, Translated};

/// After how many months an entry's check is due again.
pub const REVIEW_EVERY_MONTHS: i32 = 12;

/// Why an entry needs attention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// It has this many problems.
    Invalid(usize),
    /// Nobody has checked it yet.
    NeverReviewed,
    /// Last checked this many months ago.
    ReviewDue(i32),
    /// No translation into these languages.
    TranslationMissing(Vec<Language>),
    /// The German changed after these translations were made.
    TranslationOutdated(Vec<Language>),
}

impl Reason {
    /// The reason in German, short enough for a list.
    pub fn text(&self) -> String {
        let names = |ls: &[Language]| {
            ls.iter()
                .map(|l| language_name(*l))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Reason::Invalid(1) => "1 Problem".to_owned(),
            Reason::Invalid(n) => format!("{n} Probleme"),
            Reason::NeverReviewed => "noch nie geprüft".to_owned(),
            Reason::ReviewDue(m) => format!("zuletzt vor {m} Monaten geprüft"),
            Reason::TranslationMissing(ls) => format!("Übersetzung fehlt: {}", names(ls)),
            Reason::TranslationOutdated(ls) => format!("Übersetzung veraltet: {}", names(ls)),
        }
    }
}

/// The German name of a language.
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::De => "Deutsch",
        Language::En => "Englisch",
        Language::Uk => "Ukrainisch",
        Language::Ar => "Arabisch",
        Language::Ls => "Leichte Sprache",
    }
}

/// The languages entries are translated into.
pub fn target_languages() -> impl Iterator<Item = Language> {
    Language::ALL.into_iter().filter(|l| *l != Language::De)
}

/// Whether an entry of `kind` is expected in Leichte Sprache: networks and
/// the labels of their topics and target groups are (the pages people with
/// reading difficulties start from); actors and projects may be, but are
/// not missing anything without it.
fn easy_expected(kind: EntryKind) -> bool {
    matches!(
        kind,
        EntryKind::Network | EntryKind::Topic | EntryKind::TargetGroup
    )
}

fn translation_reasons<E: Translated + ?Sized>(entry: &E, kind: EntryKind, out: &mut Vec<Reason>) {
    let mut missing = Vec::new();
    let mut outdated = Vec::new();
    for language in target_languages() {
        match state(entry, language) {
            None if language == Language::Ls && !easy_expected(kind) => {}
            None => missing.push(language),
            Some(s) if s.outdated => outdated.push(language),
            Some(_) => {}
        }
    }
    if !outdated.is_empty() {
        out.push(Reason::TranslationOutdated(outdated));
    }
    if !missing.is_empty() {
        out.push(Reason::TranslationMissing(missing));
    }
}

fn review_reasons(reviewed: Option<Date>, today: Option<Date>, out: &mut Vec<Reason>) {
    match (reviewed, today) {
        (None, _) => out.push(Reason::NeverReviewed),
        (Some(date), Some(today)) => {
            let months = date.months_until(today);
            if months >= REVIEW_EVERY_MONTHS {
                out.push(Reason::ReviewDue(months));
            }
        }
        (Some(_), None) => {}
    }
}

/// Why entry `index` of `kind` needs attention (empty: it does not), given
/// how many problems the checks found in it and today's date.
pub fn reasons(
    data: &Dataset,
    kind: EntryKind,
    index: usize,
    problems: usize,
    today: Option<Date>,
) -> Vec<Reason> {
    let mut out = Vec::new();
    if problems > 0 {
        out.push(Reason::Invalid(problems));
    }
    match kind {
        EntryKind::Network => {
            if let Some(n) = data.networks.get(index) {
                review_reasons(n.reviewed, today, &mut out);
                translation_reasons(n, kind, &mut out);
            }
        }
        EntryKind::Actor => {
            if let Some(a) = data.actors.get(index) {
                review_reasons(a.reviewed, today, &mut out);
                translation_reasons(a, kind, &mut out);
            }
        }
        EntryKind::Project => {
            if let Some(p) = data.projects.get(index) {
                review_reasons(p.reviewed, today, &mut out);
                translation_reasons(p, kind, &mut out);
            }
        }
        EntryKind::Topic => {
            if let Some(t) = data.topics.get(index) {
                translation_reasons(t, kind, &mut out);
            }
        }
        EntryKind::TargetGroup => {
            if let Some(t) = data.target_groups.get(index) {
                translation_reasons(t, kind, &mut out);
            }
        }
    }
    out
}
