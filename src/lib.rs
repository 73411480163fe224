//! Stadtteilnetz: an offline-first directory of a district's networks.
//!
//! The core (`model`, `validate`, `directory`, `labels`, `language`, `content`,
//! `search`, `facets`, `kiosk`, `bookmarks`) knows nothing of the
//! browser and is tested natively; `ui` is the Leptos app on top of it.

pub mod bookmarks;
pub mod content;
pub mod directory;
pub mod facets;
pub mod kiosk;
pub mod labels;
pub mod language;
pub mod links;
pub mod model;
pub mod qr;
/// Native only: the browser bundle does not need the schema.
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod search;
/// Test and benchmark data only; never in the shipped app.
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod validate;

pub mod browser;
pub mod ui;
