//! What of an entry is searched, and how much each part weighs.
//!
//! The index and the highlighter both read texts through [`for_each_field`],
//! so what is found and what is marked can never disagree, and the index
//! keeps no copy of the texts.

use crate::directory::Directory;
use crate::model::{Dataset, Language, Level};

/// An entry in the results: a network or an actor, by position in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocRef {
    /// `dataset.networks[i]`
    Network(usize),
    /// `dataset.actors[i]`
    Actor(usize),
}

/// A searched part of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// Name of the network or actor.
    Name,
    /// Photo caption.
    Caption,
    /// One-line summary (networks), description (actors).
    Summary,
    /// Topic labels.
    Topics,
    /// Target group labels.
    TargetGroups,
    /// Names of the actors taking part (networks), the kind (actors).
    /// An actor's own networks are not searched with it: every member of a
    /// network would otherwise come up for the network's name.
    Actors,
    /// Level labels.
    Level,
    /// Names and descriptions of projects.
    Projects,
    /// Goals and facts.
    Facts,
    /// The full description.
    Description,
}

/// Number of fields.
pub const FIELD_COUNT: usize = 10;

/// Every field, in the order of [`Field::index`].
pub const FIELDS: [Field; FIELD_COUNT] = [
    Field::Name,
    Field::Caption,
    Field::Summary,
    Field::Topics,
    Field::TargetGroups,
    Field::Actors,
    Field::Level,
    Field::Projects,
    Field::Facts,
    Field::Description,
];

impl Field {
    /// Index for per-field arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// German label, for "gefunden in: …".
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Name",
            Field::Caption => "Bildunterschrift",
            Field::Summary => "Kurzbeschreibung",
            Field::Topics => "Themen",
            Field::TargetGroups => "Zielgruppen",
            Field::Actors => "Akteure",
            Field::Level => "Ebene",
            Field::Projects => "Projekte",
            Field::Facts => "Ziele und Fakten",
            Field::Description => "Beschreibung",
        }
    }
}

/// Every document of the dataset in ranking order for ties: networks first,
/// then actors, each in dataset order.
pub fn documents(data: &Dataset) -> impl Iterator<Item = DocRef> + '_ {
    (0..data.networks.len())
        .map(DocRef::Network)
        .chain((0..data.actors.len()).map(DocRef::Actor))
}

/// Which value of a field a text is: its language, and its place among the
/// field's values (the n-th topic, the n-th paragraph, ...). A translation
/// keeps the place of the German value it translates, so that the page can
/// find the marks for the text it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value {
    /// The language of the text.
    pub lang: Language,
    /// Its place within the field, counted per language.
    pub index: usize,
}

/// Calls `f(field, value, text)` for every searched text of `doc`: the German
/// texts, then their translations (every language, so that a German query
/// finds entries whatever the interface language, and an English query finds
/// the English texts). Not Leichte Sprache: its texts say what the German ones
/// say, in German words, and explain general words on the way ("Ein Verein
/// ist eine Gruppe …"), so indexing them would only make every network match
/// every such word; its readers' queries find the German texts.
pub fn for_each_field<'a>(
    dir: &'a Directory,
    doc: DocRef,
    mut f: impl FnMut(Field, Value, &'a str),
) {
    let mut emit =
        |field: Field, lang: Language, texts: &mut dyn Iterator<Item = (usize, &'a str)>| {
            if lang == Language::Ls {
                return;
            }
            for (index, t) in texts {
                f(field, Value { lang, index }, t);
            }
        };
    let data = dir.data();
    match doc {
        DocRef::Network(i) => {
            let n = &data.networks[i];
            let de = Language::De;
            emit(Field::Name, de, &mut std::iter::once((0, n.name.as_str())));
            emit(
                Field::Caption,
                de,
                &mut n.caption.as_deref().map(|c| (0, c)).into_iter(),
            );
            emit(
                Field::Summary,
                de,
                &mut std::iter::once((0, n.summary.as_str())),
            );
            emit(
                Field::Topics,
                de,
                &mut dir.topics_of(n).map(|t| t.label.as_str()).enumerate(),
            );
            emit(
                Field::TargetGroups,
                de,
                &mut dir
                    .target_groups_of(n)
                    .map(|t| t.label.as_str())
                    .enumerate(),
            );
            emit(
                Field::Actors,
                de,
                &mut dir.participants_at(i).map(|a| a.name.as_str()).enumerate(),
            );
            emit(
                Field::Level,
                de,
                &mut n.levels.iter().map(|l: &Level| l.label()).enumerate(),
            );
            emit(
                Field::Projects,
                de,
                &mut dir
                    .projects_of(n)
                    .flat_map(|p| [p.name.as_str(), p.description.as_str()])
                    .enumerate(),
            );
            emit(
                Field::Facts,
                de,
                &mut n
                    .goals
                    .iter()
                    .chain(&n.facts)
                    .map(String::as_str)
                    .enumerate(),
            );
            emit(
                Field::Description,
                de,
                &mut n.description.iter().map(String::as_str).enumerate(),
            );
            for (&lang, t) in &n.translations {
                emit(
                    Field::Name,
                    lang,
                    &mut t.gloss.as_deref().map(|g| (0, g)).into_iter(),
                );
                emit(
                    Field::Caption,
                    lang,
                    &mut t.caption.as_deref().map(|c| (0, c)).into_iter(),
                );
                emit(
                    Field::Summary,
                    lang,
                    &mut t.summary.as_deref().map(|s| (0, s)).into_iter(),
                );
                // Translated goals and facts keep the German places (goals
                // first, then facts), as the page lists them.
                let goals = t.goals.iter().flatten().enumerate();
                let facts = t
                    .facts
                    .iter()
                    .flatten()
                    .enumerate()
                    .map(|(j, f)| (n.goals.len() + j, f));
                emit(
                    Field::Facts,
                    lang,
                    &mut goals.chain(facts).map(|(j, s)| (j, s.as_str())),
                );
                emit(
                    Field::Description,
                    lang,
                    &mut t
                        .description
                        .iter()
                        .flatten()
                        .map(String::as_str)
                        .enumerate(),
                );
            }
            for lang in translated_languages(dir, n) {
                emit(
                    Field::Topics,
                    lang,
                    &mut dir
                        .topics_of(n)
                        .enumerate()
                        .filter_map(|(j, t)| Some((j, t.translations.get(&lang)?.label.as_str()))),
                );
                emit(
                    Field::TargetGroups,
                    lang,
                    &mut dir
                        .target_groups_of(n)
                        .enumerate()
                        .filter_map(|(j, t)| Some((j, t.translations.get(&lang)?.label.as_str()))),
                );
                emit(
                    Field::Actors,
                    lang,
                    &mut dir
                        .participants_at(i)
                        .enumerate()
                        .filter_map(|(j, a)| Some((j, a.gloss(lang)?))),
                );
                emit(
                    Field::Projects,
                    lang,
                    &mut dir.projects_of(n).enumerate().flat_map(|(j, p)| {
                        let t = p.translations.get(&lang);
                        [
                            t.and_then(|t| t.gloss.as_deref()).map(|g| (2 * j, g)),
                            t.and_then(|t| t.description.as_deref())
                                .map(|d| (2 * j + 1, d)),
                        ]
                        .into_iter()
                        .flatten()
                    }),
                );
            }
        }
        DocRef::Actor(i) => {
            let a = &data.actors[i];
            let de = Language::De;
            emit(Field::Name, de, &mut std::iter::once((0, a.name.as_str())));
            emit(
                Field::Summary,
                de,
                &mut a.description.as_deref().map(|d| (0, d)).into_iter(),
            );
            emit(Field::Actors, de, &mut std::iter::once((0, a.kind.label())));
            emit(
                Field::Projects,
                de,
                &mut dir
                    .projects_organized_by(&a.id)
                    .map(|p| p.name.as_str())
                    .enumerate(),
            );
            for (&lang, t) in &a.translations {
                emit(
                    Field::Name,
                    lang,
                    &mut t.gloss.as_deref().map(|g| (0, g)).into_iter(),
                );
                emit(
                    Field::Summary,
                    lang,
                    &mut t.description.as_deref().map(|d| (0, d)).into_iter(),
                );
            }
        }
    }
}

/// The languages other than German in which a network's related entries
/// (topics, target groups, actors, projects) may have texts.
fn translated_languages(dir: &Directory, n: &crate::model::Network) -> Vec<Language> {
    let mut out: Vec<Language> = Vec::new();
    let mut add = |langs: &mut dyn Iterator<Item = Language>| {
        for l in langs {
            if !out.contains(&l) {
                out.push(l);
            }
        }
    };
    for t in dir.topics_of(n).chain(dir.target_groups_of(n)) {
        add(&mut t.translations.keys().copied());
    }
    for a in n.actors.iter().filter_map(|p| dir.actor(&p.actor)) {
        add(&mut a.translations.keys().copied());
    }
    for p in dir.projects_of(n) {
        add(&mut p.translations.keys().copied());
    }
    out.sort();
    out
}
