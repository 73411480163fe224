//! Ids and slugs: proposed from the name for a new entry, and changed with
//! care for a published one, whose id is in addresses, filter links and
//! residents' Merklisten.

use std::collections::HashSet;

use super::kinds::EntryKind;
use super::references::replace_references;
use crate::model::Dataset;
use crate::slug::slugify;

/// Every id and alias of `kind` in `data`: what a new id may not be.
pub fn taken(data: &Dataset, kind: EntryKind) -> HashSet<String> {
    let mut out = HashSet::new();
    for i in 0..kind.len(data) {
        out.extend(kind.id_at(data, i).map(str::to_owned));
        out.extend(kind.aliases_at(data, i).iter().cloned());
    }
    out
}

/// An id for a new entry named `name`: its slug (`„Gemeinsam für Lobeda“` →
/// `gemeinsam-fuer-lobeda`), with `-2`, `-3`, … if that is taken;
/// `eintrag` for a name with no letters or digits.
pub fn propose(name: &str, taken: &HashSet<String>) -> String {
    let mut base = slugify(name);
    // Long names make unwieldy addresses; cut at a hyphen.
    if base.len() > 60 {
        let cut = base[..60].rfind('-').unwrap_or(60);
        base.truncate(cut);
    }
    if base.is_empty() {
        base = "eintrag".to_owned();
    }
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .expect("some suffix is free")
}

/// Whether entry `id` of `kind` was already in the published data `base`
/// (its id or one of its aliases): changing such an id changes addresses.
pub fn is_published(base: &Dataset, kind: EntryKind, id: &str) -> bool {
    (0..kind.len(base)).any(|i| {
        kind.id_at(base, i) == Some(id) || kind.aliases_at(base, i).iter().any(|a| a == id)
    })
}

/// What changing a published id of `kind` breaks, and what the editor
/// does about it, in German.
pub fn what_breaks(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Network => "Die Adresse /netzwerk/… dieses Netzwerks ändert sich. Geteilte Links, QR-Codes und Einträge in Merklisten nennen die alte Adresse: Die alte Kennung wird deshalb als frühere Adresse behalten und leitet weiter.",
        EntryKind::Actor => "Die Adresse /akteur/… dieses Akteurs ändert sich. Geteilte Links und Merklisten nennen die alte Adresse: Die alte Kennung wird deshalb als frühere Adresse behalten und leitet weiter. Verweise in Netzwerken und Projekten werden mitgeändert.",
        EntryKind::Topic | EntryKind::TargetGroup => "Filter-Links (/?thema=… oder /?zielgruppe=…) nennen die alte Kennung: Sie wird deshalb als frühere Kennung behalten und wählt weiter diesen Eintrag. Verweise in Netzwerken werden mitgeändert.",
        EntryKind::Project => "Projekte haben keine eigene Adresse; Verweise in Netzwerken werden mitgeändert.",
    }
}

/// Gives entry `index` of `kind` the id `new`, points every reference at it,
/// and, where `keep_alias` and the kind keeps earlier ids, keeps the old
/// one as an alias (an alias equal to the new id is dropped).
pub fn rename(data: &mut Dataset, kind: EntryKind, index: usize, new: &str, keep_alias: bool) {
    let Some(old) = kind.id_at(data, index).map(str::to_owned) else {
        return;
    };
    if old == new {
        return;
    }
    let update = |id: &mut String, aliases: &mut Vec<String>| {
        *id = new.to_owned();
        aliases.retain(|a| a != new);
        if keep_alias && !old.is_empty() && !aliases.contains(&old) {
            aliases.push(old.clone());
        }
    };
    match kind {
        EntryKind::Network => {
            let n = &mut data.networks[index];
            update(&mut n.slug, &mut n.aliases);
        }
        EntryKind::Actor => {
            let a = &mut data.actors[index];
            update(&mut a.id, &mut a.aliases);
        }
        EntryKind::Topic => {
            let t = &mut data.topics[index];
            update(&mut t.id, &mut t.aliases);
        }
        EntryKind::TargetGroup => {
            let t = &mut data.target_groups[index];
            update(&mut t.id, &mut t.aliases);
        }
        EntryKind::Project => data.projects[index].id = new.to_owned(),
    }
    replace_references(data, kind, &old, new);
}

/// Gives entry `index` of `kind` the name `name`. A new entry (`published`
/// false) whose id is still the one proposed from its old name gets the
/// one proposed from the new name with it; a published id never changes
/// by itself.
pub fn set_name(data: &mut Dataset, kind: EntryKind, index: usize, name: &str, published: bool) {
    let (Some(id), Some(old)) = (kind.id_at(data, index), kind.name_at(data, index)) else {
        return;
    };
    let (id, old) = (id.to_owned(), old.to_owned());
    let follow = !published && {
        let mut others = taken(data, kind);
        others.remove(&id);
        id == propose(&old, &others) || id.is_empty()
    };
    match kind {
        EntryKind::Network => data.networks[index].name = name.to_owned(),
        EntryKind::Actor => data.actors[index].name = name.to_owned(),
        EntryKind::Project => data.projects[index].name = name.to_owned(),
        EntryKind::Topic => data.topics[index].label = name.to_owned(),
        EntryKind::TargetGroup => data.target_groups[index].label = name.to_owned(),
    }
    if follow {
        let mut others = taken(data, kind);
        others.remove(&id);
        let new = propose(name, &others);
        rename(data, kind, index, &new, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposals_avoid_taken_ids() {
        let mut taken = HashSet::new();
        assert_eq!(
            propose("Gemeinsam für Lobeda", &taken),
            "gemeinsam-fuer-lobeda"
        );
        taken.insert("gemeinsam-fuer-lobeda".to_owned());
        taken.insert("gemeinsam-fuer-lobeda-2".to_owned());
        assert_eq!(
            propose("Gemeinsam für Lobeda", &taken),
            "gemeinsam-fuer-lobeda-3"
        );
        assert_eq!(propose("  ?! ", &taken), "eintrag");
        let long = propose(&"Wort ".repeat(30), &taken);
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
    }
}
