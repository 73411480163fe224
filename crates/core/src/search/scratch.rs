//! Per-query buffers, one set per index and reused, so that a query
//! allocates little. Its own module so that building (`index`) and
//! answering (`query`) both use it without depending on each other.

use std::sync::Mutex;

/// Reused per-document buffers.
#[derive(Debug, Default)]
pub(super) struct Scratch {
    pub best: Vec<f32>,
    pub sum: Vec<f32>,
    pub total: Vec<f32>,
    pub cover: Vec<u32>,
    pub touched: Vec<u32>,
    pub word_touched: Vec<u32>,
}

/// Scratch buffers shared by queries on one index.
#[derive(Debug, Default)]
pub(super) struct ScratchPool(pub Mutex<Scratch>);
