//! Creating, duplicating and deleting entries. A new entry is appended
//! with an id proposed from its name; what it still lacks the checks say.

use std::collections::BTreeMap;

use super::ids::{propose, taken};
use super::kinds::EntryKind;
use crate::model::{Actor, ActorKind, Dataset, Network, Project, Term};

/// Appends a new entry of `kind` named `name`; returns its position.
pub fn create(data: &mut Dataset, kind: EntryKind, name: &str) -> usize {
    let id = propose(name, &taken(data, kind));
    let name = name.trim().to_owned();
    match kind {
        EntryKind::Network => data.networks.push(Network::new(id, name)),
        EntryKind::Actor => data.actors.push(Actor {
            id,
            aliases: Vec::new(),
            name,
            kind: ActorKind::Organization,
            description: None,
            address: None,
            contact: None,
            website: None,
            image: None,
            reviewed: None,
            maintainer: None,
            translations: BTreeMap::new(),
        }),
        EntryKind::Project => data.projects.push(Project {
            id,
            name,
            description: String::new(),
            organizers: Vec::new(),
            reviewed: None,
            maintainer: None,
            translations: BTreeMap::new(),
        }),
        EntryKind::Topic | EntryKind::TargetGroup => {
            let term = Term {
                id,
                label: name,
                aliases: Vec::new(),
                translations: BTreeMap::new(),
            };
            if kind == EntryKind::Topic {
                data.topics.push(term);
            } else {
                data.target_groups.push(term);
            }
        }
    }
    kind.len(data) - 1
}

/// Inserts a copy of entry `index` right after it, named "… (Kopie)" with
/// a new id, no earlier ids and no review date (nobody has checked the
/// copy yet); returns the copy's position.
pub fn duplicate(data: &mut Dataset, kind: EntryKind, index: usize) -> Option<usize> {
    let name = format!("{} (Kopie)", kind.name_at(data, index)?);
    let id = propose(&name, &taken(data, kind));
    let at = index + 1;
    match kind {
        EntryKind::Network => {
            let mut n = data.networks[index].clone();
            (n.slug, n.name, n.aliases, n.reviewed) = (id, name, Vec::new(), None);
            data.networks.insert(at, n);
        }
        EntryKind::Actor => {
            let mut a = data.actors[index].clone();
            (a.id, a.name, a.aliases, a.reviewed) = (id, name, Vec::new(), None);
            data.actors.insert(at, a);
        }
        EntryKind::Project => {
            let mut p = data.projects[index].clone();
            (p.id, p.name, p.reviewed) = (id, name, None);
            data.projects.insert(at, p);
        }
        EntryKind::Topic | EntryKind::TargetGroup => {
            let list = if kind == EntryKind::Topic {
                &mut data.topics
            } else {
                &mut data.target_groups
            };
            let mut t = list[index].clone();
            (t.id, t.label, t.aliases) = (id, name, Vec::new());
            list.insert(at, t);
        }
    }
    Some(at)
}

/// Removes entry `index` (references to it stay: see
/// `references::remove_references`, which the editor offers first).
pub fn delete(data: &mut Dataset, kind: EntryKind, index: usize) {
    if index >= kind.len(data) {
        return;
    }
    match kind {
        EntryKind::Network => drop(data.networks.remove(index)),
        EntryKind::Actor => drop(data.actors.remove(index)),
        EntryKind::Project => drop(data.projects.remove(index)),
        EntryKind::Topic => drop(data.topics.remove(index)),
        EntryKind::TargetGroup => drop(data.target_groups.remove(index)),
    }
}

/// Moves item `index` of `list` one place up (`-1`) or down (`1`); what
/// the editor's arrow buttons do to paragraphs, goals and actors.
pub fn move_item<T>(list: &mut [T], index: usize, up: bool) -> bool {
    let other = if up {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    match other {
        Some(other) if other < list.len() && index < list.len() => {
            list.swap(index, other);
            true
        }
        _ => false,
    }
}
