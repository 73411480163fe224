//! What of an entry is searched, and how much each part weighs.
//!
//! The index and the highlighter both read texts through [`for_each_field`],
//! so what is found and what is marked can never disagree, and the index
//! keeps no copy of the texts.

use crate::directory::Directory;
use crate::model::{Dataset, Level};

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

    /// BM25F weight: the name counts most, then caption and summary, then
    /// topics, target groups and actors, then the long texts.
    pub fn weight(self) -> f32 {
        match self {
            Field::Name => 4.0,
            Field::Caption | Field::Summary => 2.5,
            Field::Topics | Field::TargetGroups | Field::Actors => 2.0,
            Field::Level => 1.5,
            Field::Projects | Field::Facts => 1.2,
            Field::Description => 1.0,
        }
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

/// Calls `f(field, value_index, text)` for every searched text of `doc`.
/// `value_index` counts the values within one field (the n-th topic, ...).
pub fn for_each_field<'a>(
    dir: &'a Directory,
    doc: DocRef,
    mut f: impl FnMut(Field, usize, &'a str),
) {
    let mut list = |field: Field, texts: &mut dyn Iterator<Item = &'a str>| {
        for (i, t) in texts.enumerate() {
            f(field, i, t);
        }
    };
    let data = dir.data();
    match doc {
        DocRef::Network(i) => {
            let n = &data.networks[i];
            list(Field::Name, &mut std::iter::once(n.name.as_str()));
            list(Field::Caption, &mut n.caption.as_deref().into_iter());
            list(Field::Summary, &mut std::iter::once(n.summary.as_str()));
            list(
                Field::Topics,
                &mut dir.topics_of(n).map(|t| t.label.as_str()),
            );
            list(
                Field::TargetGroups,
                &mut dir.target_groups_of(n).map(|t| t.label.as_str()),
            );
            list(
                Field::Actors,
                &mut n
                    .actors
                    .iter()
                    .filter_map(|p| dir.actor(&p.actor))
                    .map(|a| a.name.as_str()),
            );
            list(
                Field::Level,
                &mut n.levels.iter().map(|l: &Level| l.label()),
            );
            list(
                Field::Projects,
                &mut dir
                    .projects_of(n)
                    .flat_map(|p| [p.name.as_str(), p.description.as_str()]),
            );
            list(
                Field::Facts,
                &mut n.goals.iter().chain(&n.facts).map(String::as_str),
            );
            list(
                Field::Description,
                &mut n.description.iter().map(String::as_str),
            );
        }
        DocRef::Actor(i) => {
            let a = &data.actors[i];
            list(Field::Name, &mut std::iter::once(a.name.as_str()));
            list(Field::Summary, &mut a.description.as_deref().into_iter());
            list(Field::Actors, &mut std::iter::once(a.kind.label()));
            list(
                Field::Projects,
                &mut dir.projects_organized_by(&a.id).map(|p| p.name.as_str()),
            );
        }
    }
}
