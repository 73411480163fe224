//! Per-query buffers, one set per index and reused, so that a query
//! allocates little. Its own module so that building (`index`) and
//! answering (`query`) both use it without depending on each other.

use std::sync::Mutex;

/// What a query has found so far in one document. One record per document,
/// not one array per figure: scoring a posting reads and writes all of them,
/// and one cache line per document costs less than four.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Acc {
    /// The current word's best-matching term's score.
    pub best: f32,
    /// The current word's scores of all its terms, added up.
    pub sum: f32,
    /// The score of the words before.
    pub total: f32,
    /// One bit per query word that matched.
    pub cover: u32,
}

/// Reused per-document buffers.
#[derive(Debug, Default)]
pub(super) struct Scratch {
    /// Per document, by its number.
    pub acc: Vec<Acc>,
    pub touched: Vec<u32>,
    pub word_touched: Vec<u32>,
}

/// Scratch buffers shared by queries on one index.
#[derive(Debug, Default)]
pub(super) struct ScratchPool(pub Mutex<Scratch>);
