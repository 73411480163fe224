//! Full-text search over networks and actors, in pure Rust.
//!
//! Built for how residents type German on a phone: spellings with and
//! without umlauts meet ([`normalize`]), inflected forms meet by their German
//! stem, a word finds the compounds it is part of, the word still being typed
//! matches as a prefix, and one or two typing mistakes are forgiven
//! ([`typo`]). Ranking is BM25F over weighted fields ([`fields`]), with exact
//! matches above stems above prefixes above compound parts above typos;
//! for a name being typed, entries matching all words above those matching
//! some, and for a question, the best score with a little for matching more
//! of its words ([`ranking`]). Question and function words of German and
//! English decide nothing.

//!
//! Modules depend one way: `normalize` and `typo` (words) ← `fields` (what
//! is searched) ← `index` (building) ← `query` (answering) ← `passage`
//! (why a long entry matched); `ranking`
//! holds every ranking constant, `scratch` the per-query buffers,
//! `vocabulary` the words and their lookup.

pub mod fields;
mod index;
pub mod normalize;
pub mod passage;
mod query;
pub mod ranking;
mod scratch;
pub mod typo;
mod vocabulary;

pub use fields::{DocRef, Field, Value};
pub use index::SearchIndex;
pub use passage::{best_passage, Passage};
pub use query::{FieldMatch, Hit, Results, MAX_QUERY_WORDS};
pub use ranking::MatchKind;
