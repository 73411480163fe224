//! The checks' findings on the draft, arranged for the form: by field path
//! (for the message beside each field) and by entry (for lists and the
//! "needs attention" view).

use std::collections::HashMap;

use stadtteilnetz_core::editing::kinds::entry_of_path;
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::validate::Problem;

/// Every problem of the draft.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Problems {
    /// In the order the checks found them (the file's order).
    pub list: Vec<Problem>,
    by_entry: HashMap<(EntryKind, usize), Vec<usize>>,
}

impl Problems {
    /// Arranges `list`.
    pub fn new(list: Vec<Problem>) -> Self {
        let mut by_entry: HashMap<(EntryKind, usize), Vec<usize>> = HashMap::new();
        for (i, p) in list.iter().enumerate() {
            if let Some(entry) = entry_of_path(&p.path) {
                by_entry.entry(entry).or_default().push(i);
            }
        }
        Self { list, by_entry }
    }

    /// The problems of one entry.
    pub fn of_entry(&self, kind: EntryKind, index: usize) -> Vec<&Problem> {
        self.by_entry
            .get(&(kind, index))
            .map(|ix| ix.iter().map(|&i| &self.list[i]).collect())
            .unwrap_or_default()
    }

    /// How many problems one entry has.
    pub fn count_of(&self, kind: EntryKind, index: usize) -> usize {
        self.by_entry.get(&(kind, index)).map_or(0, Vec::len)
    }

    /// The messages for the field at `path`; with `nested`, also those of
    /// everything inside it (a list's items, a contact's parts).
    pub fn messages_at(&self, path: &str, nested: bool) -> Vec<String> {
        let inside = |p: &str| {
            p == path
                || (nested
                    && p.len() > path.len()
                    && p.starts_with(path)
                    && matches!(p.as_bytes()[path.len()], b'[' | b'.'))
        };
        let candidates: Box<dyn Iterator<Item = &Problem>> = match entry_of_path(path) {
            Some((kind, index)) => Box::new(self.of_entry(kind, index).into_iter()),
            None => Box::new(self.list.iter()),
        };
        candidates
            .filter(|p| inside(&p.path))
            .map(|p| p.message.clone())
            .collect()
    }
}

/// The HTML id of the field at a problem's path: `networks[3].summary` →
/// `feld-networks-3-summary`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("feld");
    for part in path.split(['.', '[', ']']).filter(|s| !s.is_empty()) {
        id.push('-');
        id.push_str(part);
    }
    id
}

/// The ids to try, most precise first, to put focus on the field of a
/// problem (a problem in `actors[0].role` falls back to `actors[0]`, then
/// `actors`, then the entry).
pub fn field_ids_for(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut p = path;
    loop {
        out.push(field_id(p));
        match p.rfind(['.', '[']) {
            Some(cut) if cut > 0 => p = &p[..cut],
            _ => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_paths_and_fall_back_outwards() {
        assert_eq!(
            field_id("networks[3].actors[0].role"),
            "feld-networks-3-actors-0-role"
        );
        assert_eq!(
            field_ids_for("networks[3].actors[0].role"),
            vec![
                "feld-networks-3-actors-0-role",
                "feld-networks-3-actors-0",
                "feld-networks-3-actors",
                "feld-networks-3",
                "feld-networks",
            ]
        );
    }
}
