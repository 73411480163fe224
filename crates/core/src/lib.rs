//! The core of Stadtteilnetz: everything about a district's directory that
//! is not the browser. It has no Leptos, web-sys or wasm-bindgen in it, so
//! it builds and is tested natively on its own; the residents' app, the
//! editor and the command-line tools are built on it.
//!
//! - the data: [`model`] (format 2), [`date`], [`translation`] (status,
//!   fingerprints), [`migrate`] (format 1 → 2), [`canonical`] (the one way
//!   a file is written), [`validate`] (German messages with kind and path);
//! - the data in use: [`directory`] (lookups, old addresses), [`catalogue`]
//!   (directory, facets and search index as one value to hand to pages),
//!   [`content`] (texts in a language), [`labels`], [`language`];
//! - finding: [`search`], [`facets`], [`links`] (addresses), [`slug`];
//! - the connections: [`connections`] (networks and actors as a graph, and
//!   its layout in level bands);
//! - the visitor's things: [`bookmarks`] (the Merkliste), [`kiosk`];
//! - the office's work: [`editing`] (what the Redaktion does to a dataset);
//! - open data: [`hsds`] (Open Referral HSDS 3.0 export and import, the
//!   members as CSV), [`csv`] (RFC 4180, formula cells defused);
//! - publishing: [`pages`] (the pages the build draws, their JSON-LD, the
//!   sitemap), [`publisher`] (the legal pages' details, what is missing,
//!   where "Fehler melden" writes).
//!
//! Modules depend on each other one way only (no cycles, which
//! `tests/boundaries.rs` checks); the lowest are `model`, `date`,
//! `language`, `labels`, `slug`.

pub mod bookmarks;
pub mod canonical;
pub mod catalogue;
pub mod connections;
pub mod content;
pub mod csv;
pub mod date;
pub mod directory;
pub mod editing;
pub mod facets;
pub mod hsds;
pub mod kiosk;
pub mod labels;
pub mod language;
pub mod links;
pub mod migrate;
pub mod model;
/// Test and benchmark data only; never in the shipped app.
#[cfg(feature = "omos")]
pub mod omos;
pub mod open_data;
pub mod pages;
pub mod percent;
pub mod publisher;
/// The JSON Schema of the format (feature `schema`).
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod slug;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod translation;
pub mod validate;
