//! Older dataset formats to the current one. Reading a file migrates it in
//! memory (the validator, the app's build and the editor all read format 1
//! this way); `validate --migrate FILE` writes the result.
//!
//! Format 1 → 2:
//! - translations get a status: made by a machine, not checked, made from
//!   the German as it is now (format 1 recorded none of that; every format-1
//!   translation we know of was machine-made, and "machine" is the reading
//!   that never claims a person's work for a machine's);
//! - topics and target groups keep the address format 1 gave them in filter
//!   links, the slug of their German label, as an alias where it differs
//!   from the id (format 2's links use the id), so that shared links made
//!   before keep filtering, even after a later relabelling;
//! - review dates and maintainers stay empty: format 1 had none.

use crate::model::{Dataset, Origin, Term, FORMAT_VERSION};
use crate::slug::slugify;
use crate::translation::fill_missing;

/// What a migration did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    /// The format the data was in.
    pub from: u32,
    /// Translations that were given a status.
    pub statuses: usize,
    /// Old filter addresses kept as aliases of topics and target groups.
    pub aliases: usize,
}

/// Brings `data` to the current format; `None` if it already is.
pub fn to_current(data: &mut Dataset) -> Option<Migration> {
    if data.format >= FORMAT_VERSION {
        return None;
    }
    let from = data.format;
    let mut statuses = 0;
    let mut aliases = 0;
    for terms in [&mut data.topics, &mut data.target_groups] {
        aliases += keep_label_addresses(terms);
        for t in terms.iter_mut() {
            statuses += fill_missing(t, Origin::Machine);
        }
    }
    for a in &mut data.actors {
        statuses += fill_missing(a, Origin::Machine);
    }
    for p in &mut data.projects {
        statuses += fill_missing(p, Origin::Machine);
    }
    for n in &mut data.networks {
        statuses += fill_missing(n, Origin::Machine);
        for part in &mut n.actors {
            statuses += fill_missing(part, Origin::Machine);
        }
    }
    data.format = FORMAT_VERSION;
    Some(Migration {
        from,
        statuses,
        aliases,
    })
}

/// Adds each term's format-1 address (the slug of its label) as an alias
/// where it is not its id, unless another term already answers to it.
fn keep_label_addresses(terms: &mut [Term]) -> usize {
    let mut taken: Vec<String> = terms
        .iter()
        .flat_map(|t| std::iter::once(&t.id).chain(&t.aliases))
        .cloned()
        .collect();
    let mut added = 0;
    for t in terms.iter_mut() {
        let slug = slugify(&t.label);
        if !slug.is_empty() && !taken.contains(&slug) {
            taken.push(slug.clone());
            t.aliases.push(slug);
            added += 1;
        }
    }
    added
}
