//! The five kinds of entry a dataset has, named as the office names them.

use crate::model::Dataset;

/// A kind of entry: one of the dataset's five lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryKind {
    /// `networks`
    Network,
    /// `actors`
    Actor,
    /// `projects`
    Project,
    /// `topics`
    Topic,
    /// `target_groups`
    TargetGroup,
}

impl EntryKind {
    /// Every kind, in the order the editor lists them.
    pub const ALL: [EntryKind; 5] = [
        EntryKind::Network,
        EntryKind::Actor,
        EntryKind::Project,
        EntryKind::Topic,
        EntryKind::TargetGroup,
    ];

    /// The list's key in the file (and the start of a problem's path).
    pub fn collection(self) -> &'static str {
        match self {
            EntryKind::Network => "networks",
            EntryKind::Actor => "actors",
            EntryKind::Project => "projects",
            EntryKind::Topic => "topics",
            EntryKind::TargetGroup => "target_groups",
        }
    }

    /// The kind whose list is `collection`.
    pub fn from_collection(collection: &str) -> Option<EntryKind> {
        EntryKind::ALL
            .into_iter()
            .find(|k| k.collection() == collection)
    }

    /// The editor's address segment (`/redaktion/netzwerke`).
    pub fn segment(self) -> &'static str {
        match self {
            EntryKind::Network => "netzwerke",
            EntryKind::Actor => "akteure",
            EntryKind::Project => "projekte",
            EntryKind::Topic => "themen",
            EntryKind::TargetGroup => "zielgruppen",
        }
    }

    /// The kind at address segment `segment`.
    pub fn from_segment(segment: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.segment() == segment)
    }

    /// One entry, in German.
    pub fn singular(self) -> &'static str {
        match self {
            EntryKind::Network => "Netzwerk",
            EntryKind::Actor => "Akteur",
            EntryKind::Project => "Projekt",
            EntryKind::Topic => "Thema",
            EntryKind::TargetGroup => "Zielgruppe",
        }
    }

    /// The list, in German.
    pub fn plural(self) -> &'static str {
        match self {
            EntryKind::Network => "Netzwerke",
            EntryKind::Actor => "Akteure",
            EntryKind::Project => "Projekte",
            EntryKind::Topic => "Themen",
            EntryKind::TargetGroup => "Zielgruppen",
        }
    }

    /// "ein neues Netzwerk", for buttons and headings.
    pub fn a_new(self) -> &'static str {
        match self {
            EntryKind::Network => "Neues Netzwerk",
            EntryKind::Actor => "Neuer Akteur",
            EntryKind::Project => "Neues Projekt",
            EntryKind::Topic => "Neues Thema",
            EntryKind::TargetGroup => "Neue Zielgruppe",
        }
    }

    /// The name of the id field in the file: networks have a `slug`.
    pub fn id_field(self) -> &'static str {
        match self {
            EntryKind::Network => "slug",
            _ => "id",
        }
    }

    /// How many entries of this kind `data` has.
    pub fn len(self, data: &Dataset) -> usize {
        match self {
            EntryKind::Network => data.networks.len(),
            EntryKind::Actor => data.actors.len(),
            EntryKind::Project => data.projects.len(),
            EntryKind::Topic => data.topics.len(),
            EntryKind::TargetGroup => data.target_groups.len(),
        }
    }

    /// The id of entry `index`.
    pub fn id_at(self, data: &Dataset, index: usize) -> Option<&str> {
        Some(match self {
            EntryKind::Network => &data.networks.get(index)?.slug,
            EntryKind::Actor => &data.actors.get(index)?.id,
            EntryKind::Project => &data.projects.get(index)?.id,
            EntryKind::Topic => &data.topics.get(index)?.id,
            EntryKind::TargetGroup => &data.target_groups.get(index)?.id,
        })
    }

    /// The name (or label) of entry `index`.
    pub fn name_at(self, data: &Dataset, index: usize) -> Option<&str> {
        Some(match self {
            EntryKind::Network => &data.networks.get(index)?.name,
            EntryKind::Actor => &data.actors.get(index)?.name,
            EntryKind::Project => &data.projects.get(index)?.name,
            EntryKind::Topic => &data.topics.get(index)?.label,
            EntryKind::TargetGroup => &data.target_groups.get(index)?.label,
        })
    }

    /// The earlier ids of entry `index` (none for projects).
    pub fn aliases_at(self, data: &Dataset, index: usize) -> &[String] {
        let aliases = match self {
            EntryKind::Network => data.networks.get(index).map(|n| &n.aliases),
            EntryKind::Actor => data.actors.get(index).map(|a| &a.aliases),
            EntryKind::Topic => data.topics.get(index).map(|t| &t.aliases),
            EntryKind::TargetGroup => data.target_groups.get(index).map(|t| &t.aliases),
            EntryKind::Project => None,
        };
        aliases.map(Vec::as_slice).unwrap_or_default()
    }

    /// The index of the entry whose id is `id`.
    pub fn position(self, data: &Dataset, id: &str) -> Option<usize> {
        (0..self.len(data)).find(|&i| self.id_at(data, i) == Some(id))
    }

    /// Where entry `index` starts in a problem's path: `networks[3]`.
    pub fn path(self, index: usize) -> String {
        format!("{}[{index}]", self.collection())
    }
}

/// The entry a problem's path points into: `networks[3].actors[0].role` →
/// (Network, 3). `None` for the file as a whole (`source.title`, `format`).
pub fn entry_of_path(path: &str) -> Option<(EntryKind, usize)> {
    let open = path.find('[')?;
    let kind = EntryKind::from_collection(&path[..open])?;
    let close = path[open..].find(']')? + open;
    let index = path[open + 1..close].parse().ok()?;
    Some((kind, index))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_entry() {
        assert_eq!(
            entry_of_path("networks[3].actors[0].role"),
            Some((EntryKind::Network, 3))
        );
        assert_eq!(
            entry_of_path("target_groups[12]"),
            Some((EntryKind::TargetGroup, 12))
        );
        assert_eq!(entry_of_path("source.title"), None);
        assert_eq!(entry_of_path("format"), None);
        assert_eq!(entry_of_path("networks[x]"), None);
    }

    #[test]
    fn segments_and_collections_go_both_ways() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::from_segment(kind.segment()), Some(kind));
            assert_eq!(EntryKind::from_collection(kind.collection()), Some(kind));
            assert_eq!(kind.path(2), format!("{}[2]", kind.collection()));
        }
    }
}
