//! The search core as a WASM module for the browser benchmark
//! (`benches/browser/`): never part of the app.
//!
//! `cargo build --release --target wasm32-unknown-unknown -p stadtteilnetz-bench-wasm`

use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::search::{DocRef, SearchIndex};
use wasm_bindgen::prelude::*;

/// A dataset and its index.
#[wasm_bindgen]
pub struct BenchIndex {
    directory: Directory,
    index: SearchIndex,
}

#[wasm_bindgen]
impl BenchIndex {
    /// Parses a dataset (JSON) and indexes it; the parse is not part of the index.
    #[wasm_bindgen(constructor)]
    pub fn new(json: &str) -> Result<BenchIndex, JsError> {
        let data = serde_json::from_str(json).map_err(|e| JsError::new(&e.to_string()))?;
        let directory = Directory::new(data);
        let index = SearchIndex::new(&directory);
        Ok(BenchIndex { directory, index })
    }

    /// Builds the index again (for timing the build alone).
    pub fn rebuild(&mut self) {
        self.index = SearchIndex::new(&self.directory);
    }

    /// Positions of the best networks for `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<u32> {
        let results = self.index.search(query, limit * 2);
        results
            .hits
            .iter()
            .filter_map(|h| match h.doc {
                DocRef::Network(i) => Some(i as u32),
                DocRef::Actor(_) => None,
            })
            .take(limit)
            .collect()
    }
}
