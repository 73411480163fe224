//! Full-text search over networks and actors, in pure Rust.
//!
//! Built for how residents type German on a phone: spellings with and
//! without umlauts meet ([`normalize`]), inflected forms meet by their German
//! stem, a word finds the compounds it is part of, the word still being typed
//! matches as a prefix, and one or two typing mistakes are forgiven
//! ([`typo`]). Ranking is BM25F over weighted fields ([`fields`]), with exact
//! matches above stems above prefixes above compound parts above typos, and
//! entries matching all words above those matching some.

pub mod fields;
mod index;
pub mod normalize;
mod query;
pub mod typo;

use std::sync::OnceLock;

pub use fields::{DocRef, Field, Value};
pub use index::SearchIndex;
pub use query::{FieldMatch, Hit, MatchKind, Results, MAX_QUERY_WORDS};

/// The index of the shipped dataset, built on first use.
pub fn shipped_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(crate::directory::shipped()))
}
