//! What differs between two datasets, entry by entry and field by field, as
//! the editor shows before a draft is saved and as the German text an
//! office pastes into an e-mail or a commit message.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;
use serde_json::Value;

use super::kinds::EntryKind;
use crate::model::Dataset;

/// What happened to one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// New in the later dataset.
    Added,
    /// Gone from the later dataset.
    Removed,
    /// In both, with these fields (keys of the file) changed; `renamed`
    /// holds the earlier id where the id changed.
    Changed {
        /// The keys whose values differ.
        fields: Vec<String>,
        /// The id before, if it changed.
        renamed: Option<String>,
    },
}

/// One entry that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Its kind.
    pub kind: EntryKind,
    /// Its id (in the later dataset, or the earlier one if removed).
    pub id: String,
    /// Its name.
    pub name: String,
    /// What changed.
    pub what: What,
}

/// Every difference between `before` and `after`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Entries added, removed or changed, by kind in the editor's order.
    pub entries: Vec<Change>,
    /// Top-level fields of the file that changed (`source`).
    pub dataset: Vec<String>,
    /// Kinds whose entries are in a new order.
    pub reordered: Vec<EntryKind>,
}

fn values<T: Serialize>(list: &[T]) -> Vec<Value> {
    list.iter()
        .map(|e| serde_json::to_value(e).expect("entries serialise"))
        .collect()
}

fn entries_of(data: &Dataset, kind: EntryKind) -> Vec<Value> {
    match kind {
        EntryKind::Network => values(&data.networks),
        EntryKind::Actor => values(&data.actors),
        EntryKind::Project => values(&data.projects),
        EntryKind::Topic => values(&data.topics),
        EntryKind::TargetGroup => values(&data.target_groups),
    }
}

fn changed_fields(a: &Value, b: &Value) -> Vec<String> {
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return Vec::new();
    };
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    // In the model's order, as the form shows them.
    let mut out: Vec<String> = keys
        .into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect();
    out.sort_by_key(|k| {
        FIELDS
            .iter()
            .position(|(key, _)| key == k)
            .unwrap_or(FIELDS.len())
    });
    out
}

impl Changes {
    /// Compares `before` with `after`. An entry is matched by its id, or
    /// by an earlier id it keeps as an alias (it was renamed).
    pub fn between(before: &Dataset, after: &Dataset) -> Changes {
        let mut out = Changes::default();
        for kind in EntryKind::ALL {
            let old = entries_of(before, kind);
            let new = entries_of(after, kind);
            let old_ids: HashMap<&str, usize> = (0..old.len())
                .filter_map(|i| kind.id_at(before, i).map(|id| (id, i)))
                .collect();
            let mut matched = vec![false; old.len()];
            let mut order_old = Vec::new();
            let mut order_new = Vec::new();
            for (j, value) in new.iter().enumerate() {
                let id = kind.id_at(after, j).unwrap_or_default();
                let name = kind.name_at(after, j).unwrap_or_default().to_owned();
                let found = old_ids.get(id).map(|&i| (i, None)).or_else(|| {
                    kind.aliases_at(after, j).iter().find_map(|alias| {
                        old_ids
                            .get(alias.as_str())
                            .filter(|_| !new_has_id(after, kind, alias))
                            .map(|&i| (i, Some(alias.clone())))
                    })
                });
                match found {
                    Some((i, renamed)) if !matched[i] => {
                        matched[i] = true;
                        order_old.push(i);
                        order_new.push(i);
                        let fields = changed_fields(&old[i], value);
                        if !fields.is_empty() {
                            out.entries.push(Change {
                                kind,
                                id: id.to_owned(),
                                name,
                                what: What::Changed { fields, renamed },
                            });
                        }
                    }
                    _ => out.entries.push(Change {
                        kind,
                        id: id.to_owned(),
                        name,
                        what: What::Added,
                    }),
                }
            }
            for (i, seen) in matched.iter().enumerate() {
                if !seen {
                    out.entries.push(Change {
                        kind,
                        id: kind.id_at(before, i).unwrap_or_default().to_owned(),
                        name: kind.name_at(before, i).unwrap_or_default().to_owned(),
                        what: What::Removed,
                    });
                }
            }
            order_old.sort_unstable();
            if order_old != order_new {
                out.reordered.push(kind);
            }
        }
        let (a, b) = (
            serde_json::to_value(before).expect("serialises"),
            serde_json::to_value(after).expect("serialises"),
        );
        out.dataset = changed_fields(&a, &b)
            .into_iter()
            .filter(|k| EntryKind::from_collection(k).is_none())
            .collect();
        out
    }

    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.dataset.is_empty() && self.reordered.is_empty()
    }

    /// How many entries were added, changed and removed.
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |f: fn(&What) -> bool| self.entries.iter().filter(|c| f(&c.what)).count();
        (
            count(|w| *w == What::Added),
            count(|w| matches!(w, What::Changed { .. })),
            count(|w| *w == What::Removed),
        )
    }

    /// The summary in German, one line per entry, for an e-mail or a
    /// commit message.
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "Keine Änderungen gegenüber dem geöffneten Datenbestand.\n".to_owned();
        }
        let (added, changed, removed) = self.counts();
        let mut out = format!(
            "Änderungen am Datenbestand: {added} neu, {changed} geändert, {removed} entfernt.\n"
        );
        for kind in EntryKind::ALL {
            let of_kind: Vec<&Change> = self.entries.iter().filter(|c| c.kind == kind).collect();
            if of_kind.is_empty() && !self.reordered.contains(&kind) {
                continue;
            }
            out.push_str(&format!("\n{}:\n", kind.plural()));
            for c in of_kind {
                let line = match &c.what {
                    What::Added => format!("- neu: {} ({})", c.name, c.id),
                    What::Removed => format!("- entfernt: {} ({})", c.name, c.id),
                    What::Changed { fields, renamed } => {
                        let mut line = format!("- geändert: {} ({})", c.name, c.id);
                        if let Some(old) = renamed {
                            line.push_str(&format!(", Kennung vorher „{old}“"));
                        }
                        line.push_str(&format!(": {}", field_names(fields)));
                        line
                    }
                };
                out.push_str(&line);
                out.push('\n');
            }
            if self.reordered.contains(&kind) {
                out.push_str("- Reihenfolge geändert\n");
            }
        }
        if !self.dataset.is_empty() {
            out.push_str(&format!("\nDatensatz: {}\n", field_names(&self.dataset)));
        }
        out
    }
}

fn new_has_id(data: &Dataset, kind: EntryKind, id: &str) -> bool {
    kind.position(data, id).is_some()
}

/// The German names of changed fields, as the form labels them.
fn field_names(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| field_label(f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The fields of the file, in the model's order, with their German labels
/// as the form shows them.
const FIELDS: [(&str, &str); 30] = [
    ("$schema", "Schema"),
    ("format", "Formatversion"),
    ("source", "Quelle"),
    ("slug", "Kennung"),
    ("id", "Kennung"),
    ("aliases", "frühere Kennungen"),
    ("name", "Name"),
    ("label", "Bezeichnung"),
    ("kind", "Art"),
    ("caption", "Bildunterschrift"),
    ("summary", "Kurzbeschreibung"),
    ("description", "Beschreibung"),
    ("goals", "Ziele"),
    ("facts", "Weitere Fakten"),
    ("topics", "Themen"),
    ("target_groups", "Zielgruppen"),
    ("levels", "Ebenen"),
    ("actors", "Beteiligte"),
    ("projects", "Projekte"),
    ("organizers", "Organisiert von"),
    ("founded", "Gründungsjahr"),
    ("address", "Adresse"),
    ("contact", "Kontakt"),
    ("website", "Website"),
    ("meeting_rhythm", "Treffen"),
    ("image", "Bild"),
    ("reviewed", "geprüft am"),
    ("maintainer", "zuständig"),
    ("translations", "Übersetzungen"),
    ("networks", "Netzwerke"),
];

/// The German label of a field of the file (its key where none is known).
pub fn field_label(key: &str) -> &str {
    FIELDS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, label)| label)
}
