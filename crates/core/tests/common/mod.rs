//! The shipped dataset for the core's tests, read once from the repository
//! (the app embeds the same file; the tools read it from disk).
#![allow(dead_code)]

use std::sync::OnceLock;

use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::facets::FacetIndex;
use stadtteilnetz_core::search::SearchIndex;

/// The shipped file's text.
pub const EMBEDDED_JSON: &str = include_str!("../../../../data/netzwerke.json");
/// Its name in the repository, for messages.
pub const EMBEDDED_FILE: &str = "data/netzwerke.json";

/// The shipped dataset, validated.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        Catalogue::from_json(EMBEDDED_FILE, EMBEDDED_JSON).unwrap_or_else(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the shipped dataset is invalid:\n{}", list.join("\n"))
        })
    })
}

/// Its directory.
pub fn shipped() -> &'static Directory {
    catalogue().directory()
}

/// Its search index.
pub fn shipped_index() -> &'static SearchIndex {
    catalogue().index()
}

/// Its facet index.
pub fn shipped_facets() -> &'static FacetIndex {
    catalogue().facets()
}
