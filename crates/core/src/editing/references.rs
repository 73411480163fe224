//! Who refers to an entry: networks name topics, target groups, projects and
//! actors by id, projects name their organising actors. Deleting an entry
//! that others refer to first lists them; the editor then offers to take
//! those references out, and renaming an id carries them along.

use super::kinds::EntryKind;
use crate::model::Dataset;

/// One entry that refers to another, and in which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referrer {
    /// The kind of the referring entry.
    pub kind: EntryKind,
    /// Its position.
    pub index: usize,
    /// Its name, for the list the editor shows.
    pub name: String,
    /// The field the reference is in, in German ("Beteiligte", "Themen").
    pub field: &'static str,
}

/// Every entry that refers to entry `id` of `kind`, in the file's order.
pub fn referrers(data: &Dataset, kind: EntryKind, id: &str) -> Vec<Referrer> {
    let mut out = Vec::new();
    for (i, n) in data.networks.iter().enumerate() {
        let (hit, field) = match kind {
            EntryKind::Topic => (n.topics.iter().any(|t| t == id), "Themen"),
            EntryKind::TargetGroup => (n.target_groups.iter().any(|t| t == id), "Zielgruppen"),
            EntryKind::Project => (n.projects.iter().any(|p| p == id), "Projekte"),
            EntryKind::Actor => (n.actors.iter().any(|p| p.actor == id), "Beteiligte"),
            EntryKind::Network => (false, ""),
        };
        if hit {
            out.push(Referrer {
                kind: EntryKind::Network,
                index: i,
                name: n.name.clone(),
                field,
            });
        }
    }
    if kind == EntryKind::Actor {
        for (i, p) in data.projects.iter().enumerate() {
            if p.organizers.iter().any(|o| o == id) {
                out.push(Referrer {
                    kind: EntryKind::Project,
                    index: i,
                    name: p.name.clone(),
                    field: "Organisiert von",
                });
            }
        }
    }
    out
}

/// Takes every reference to entry `id` of `kind` out of `data`; returns how
/// many were removed.
pub fn remove_references(data: &mut Dataset, kind: EntryKind, id: &str) -> usize {
    let mut removed = 0;
    let drop_from = |list: &mut Vec<String>| {
        let before = list.len();
        list.retain(|x| x != id);
        before - list.len()
    };
    for n in &mut data.networks {
        match kind {
            EntryKind::Topic => removed += drop_from(&mut n.topics),
            EntryKind::TargetGroup => removed += drop_from(&mut n.target_groups),
            EntryKind::Project => removed += drop_from(&mut n.projects),
            EntryKind::Actor => {
                let before = n.actors.len();
                n.actors.retain(|p| p.actor != id);
                removed += before - n.actors.len();
            }
            EntryKind::Network => {}
        }
    }
    if kind == EntryKind::Actor {
        for p in &mut data.projects {
            let before = p.organizers.len();
            p.organizers.retain(|o| o != id);
            removed += before - p.organizers.len();
        }
    }
    removed
}

/// Points every reference to `old` of `kind` at `new` instead.
pub fn replace_references(data: &mut Dataset, kind: EntryKind, old: &str, new: &str) {
    let swap = |list: &mut Vec<String>| {
        for x in list.iter_mut().filter(|x| *x == old) {
            *x = new.to_owned();
        }
    };
    for n in &mut data.networks {
        match kind {
            EntryKind::Topic => swap(&mut n.topics),
            EntryKind::TargetGroup => swap(&mut n.target_groups),
            EntryKind::Project => swap(&mut n.projects),
            EntryKind::Actor => {
                for p in n.actors.iter_mut().filter(|p| p.actor == old) {
                    p.actor = new.to_owned();
                }
            }
            EntryKind::Network => {}
        }
    }
    if kind == EntryKind::Actor {
        for p in &mut data.projects {
            swap(&mut p.organizers);
        }
    }
}
