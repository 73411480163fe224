//! The Merkliste: networks and actors a person saved, in the order saved.
//!
//! Stored under one versioned key as `{"version":1,"items":["n:<slug>","a:<id>"]}`.
//! Reading never fails: whatever is stored (broken JSON, wrong types, an
//! older or newer version) gives every entry that can still be recognised,
//! plus a short note of what could not be read. Entries whose id is no longer
//! in the dataset are kept; the page shows them as "nicht mehr verfügbar".

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::directory::Directory;
use crate::validate::is_valid_id;

/// The localStorage key.
pub const STORAGE_KEY: &str = "stadtteilnetz.merkliste";
/// The format version written.
pub const VERSION: u64 = 1;

/// A saved entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Item {
    /// A network, by slug.
    Network(String),
    /// An actor, by id.
    Actor(String),
}

impl Item {
    /// `n:<slug>` or `a:<id>`, as stored and shared.
    pub fn token(&self) -> String {
        match self {
            Item::Network(slug) => format!("n:{slug}"),
            Item::Actor(id) => format!("a:{id}"),
        }
    }

    /// The entry this item names in `dir`: its position, and whether the
    /// item holds an old id of it.
    pub fn resolve(&self, dir: &Directory) -> Option<crate::directory::Resolved> {
        match self {
            Item::Network(slug) => dir.resolve_network(slug),
            Item::Actor(id) => dir.resolve_actor(id),
        }
    }

    /// The item under the entry's current id (itself if it is current or
    /// not in `dir` at all).
    pub fn current(&self, dir: &Directory) -> Item {
        match (self, self.resolve(dir)) {
            (Item::Network(_), Some(r)) if r.renamed => {
                Item::Network(dir.networks()[r.index].slug.clone())
            }
            (Item::Actor(_), Some(r)) if r.renamed => Item::Actor(dir.actors()[r.index].id.clone()),
            _ => self.clone(),
        }
    }

    /// Reads a token; `None` if it is not one.
    pub fn parse(token: &str) -> Option<Item> {
        let (kind, id) = token.trim().split_once(':')?;
        if !is_valid_id(id) {
            return None;
        }
        match kind {
            "n" => Some(Item::Network(id.to_owned())),
            "a" => Some(Item::Actor(id.to_owned())),
            _ => None,
        }
    }
}

/// What could not be read from storage, for a short message (the UI says
/// it in the interface language, with the number of entries kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// Not JSON at all.
    Broken,
    /// JSON, but not the expected shape.
    WrongShape,
    /// Written by a newer version of the app.
    Newer(u64),
    /// Some entries were not recognisable.
    SomeUnreadable(usize),
}

/// The saved entries, in the order saved, without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merkliste {
    items: Vec<Item>,
}

impl Merkliste {
    /// A list of these items, repeats dropped.
    pub fn from_items(items: impl IntoIterator<Item = Item>) -> Self {
        let mut list = Merkliste::default();
        for item in items {
            list.add(item);
        }
        list
    }

    /// The entries, oldest first.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing is saved.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether `item` is saved.
    pub fn contains(&self, item: &Item) -> bool {
        self.items.contains(item)
    }

    /// Saves `item` at the end, unless it is there already.
    pub fn add(&mut self, item: Item) {
        if !self.contains(&item) {
            self.items.push(item);
        }
    }

    /// Removes `item`.
    pub fn remove(&mut self, item: &Item) {
        self.items.retain(|i| i != item);
    }

    /// Adds or removes `item`.
    pub fn toggle(&mut self, item: Item) {
        if self.contains(&item) {
            self.remove(&item);
        } else {
            self.add(item);
        }
    }

    /// Adds every entry of `other` not already saved, keeping this list's
    /// entries and order ("Diese Liste übernehmen" never overwrites).
    pub fn merge(&mut self, other: &Merkliste) {
        for item in &other.items {
            self.add(item.clone());
        }
    }

    /// The same list with old ids replaced by the entries' current ones
    /// (a renamed network is found, and saved once, under its new slug);
    /// ids `dir` does not know stay as they are.
    pub fn with_current_ids(&self, dir: &Directory) -> Merkliste {
        Merkliste::from_items(self.items.iter().map(|i| i.current(dir)))
    }

    /// The stored form. Tokens are ids of letters, digits and hyphens, so
    /// they need no escaping.
    pub fn encode(&self) -> String {
        let items: Vec<String> = self
            .items
            .iter()
            .map(|i| format!("\"{}\"", i.token()))
            .collect();
        format!("{{\"version\":{VERSION},\"items\":[{}]}}", items.join(","))
    }

    /// The `ids` value of a share link: tokens joined by commas.
    pub fn share_ids(&self) -> String {
        self.items
            .iter()
            .map(Item::token)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads the `ids` value of a share link, ignoring what is not a token.
    pub fn from_share_ids(ids: &str) -> Self {
        Self::from_items(ids.split(',').filter_map(Item::parse))
    }

    /// Reads what storage holds (`None`: nothing stored). Never fails.
    pub fn decode(stored: Option<&str>) -> (Merkliste, Option<ReadProblem>) {
        let Some(raw) = stored else {
            return (Merkliste::default(), None);
        };
        let Ok(stored) = serde_json::from_str::<Stored>(raw) else {
            return (salvage(raw), Some(ReadProblem::Broken));
        };
        // Version 1 and newer: an object with "version" and "items";
        // before versions existed: a plain list of tokens.
        let (items, newer) = match stored {
            Stored::Object {
                version: Some(v),
                items: Some(items),
            } => (items, (v > VERSION).then_some(v)),
            Stored::Object {
                version: Some(v), ..
            } if v > VERSION => return (salvage(raw), Some(ReadProblem::Newer(v))),
            Stored::List(items) => (items, None),
            _ => return (salvage(raw), Some(ReadProblem::WrongShape)),
        };
        let mut unreadable = 0;
        let list = Merkliste::from_items(items.into_iter().filter_map(|v| {
            let item = v.as_deref().and_then(Item::parse);
            unreadable += usize::from(item.is_none());
            item
        }));
        let problem = match (newer, unreadable) {
            (Some(v), _) => Some(ReadProblem::Newer(v)),
            (None, 0) => None,
            (None, n) => Some(ReadProblem::SomeUnreadable(n)),
        };
        (list, problem)
    }
}

/// What storage holds, read as far as the Merkliste needs it: a list (of
/// texts, or other things, `None`), an object with a `version` (a whole
/// number, else `None`) and `items` (a list, else `None`), or anything else.
/// Read by one small visitor instead of a whole JSON tree, which keeps
/// `serde_json::Value` out of the browser bundle.
enum Stored {
    List(Vec<Option<String>>),
    Object {
        version: Option<u64>,
        items: Option<Vec<Option<String>>>,
    },
    Other,
}

/// One JSON value, as much of it as [`Stored`] asks: a text, a whole
/// number, a list of texts, an object (read as `Stored`), or something else.
enum Part {
    Text(String),
    Number(u64),
    List(Vec<Option<String>>),
    Object(Stored),
    Other,
}

impl<'de> Deserialize<'de> for Part {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Part, D::Error> {
        deserializer.deserialize_any(PartVisitor)
    }
}

impl<'de> Deserialize<'de> for Stored {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Stored, D::Error> {
        Ok(match Part::deserialize(deserializer)? {
            Part::List(items) => Stored::List(items),
            Part::Object(stored) => stored,
            _ => Stored::Other,
        })
    }
}

struct PartVisitor;

impl<'de> Visitor<'de> for PartVisitor {
    type Value = Part;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Part, E> {
        Ok(Part::Other)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Part, E> {
        Ok(Part::Other)
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Part, E> {
        Ok(Part::Number(n))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Part, E> {
        Ok(Part::Other)
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Part, E> {
        Ok(Part::Text(s.to_owned()))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Part, E> {
        Ok(Part::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Part, A::Error> {
        let mut items = Vec::new();
        while let Some(part) = seq.next_element::<Part>()? {
            items.push(match part {
                Part::Text(s) => Some(s),
                _ => None,
            });
        }
        Ok(Part::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Part, A::Error> {
        let (mut version, mut items) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "version" => {
                    version = match map.next_value::<Part>()? {
                        Part::Number(n) => Some(n),
                        _ => None,
                    }
                }
                "items" => {
                    items = match map.next_value::<Part>()? {
                        Part::List(list) => Some(list),
                        _ => None,
                    }
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Part::Object(Stored::Object { version, items }))
    }
}

/// Every token that can be found in damaged text, in order.
fn salvage(raw: &str) -> Merkliste {
    Merkliste::from_items(
        raw.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
            .filter_map(Item::parse),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Item {
        Item::Network(s.into())
    }

    #[test]
    fn round_trip_keeps_order() {
        let list = Merkliste::from_items([n("b"), Item::Actor("kubus".into()), n("a"), n("b")]);
        assert_eq!(list.len(), 3);
        let (back, problem) = Merkliste::decode(Some(&list.encode()));
        assert_eq!(back, list);
        assert_eq!(problem, None);
        assert_eq!(list.share_ids(), "n:b,a:kubus,n:a");
        assert_eq!(
            list.encode(),
            r#"{"version":1,"items":["n:b","a:kubus","n:a"]}"#,
            "the stored form the README documents"
        );
        assert_eq!(
            Merkliste::from_share_ids("n:b,a:kubus,n:a,evil,<x>,n:"),
            list
        );
    }

    #[test]
    fn merge_adds_without_overwriting() {
        let mut mine = Merkliste::from_items([n("a"), n("b")]);
        mine.merge(&Merkliste::from_items([n("c"), n("a")]));
        assert_eq!(mine.items(), [n("a"), n("b"), n("c")]);
    }
}
