//! Writes the JSON Schema of the dataset format, generated from the Rust types.
//!
//! Usage: `cargo run --bin schema > data/netzwerke.schema.json`
//! `tests/schema.rs` fails when the committed schema is out of date.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", stadtteilnetz::schema::dataset_schema_json());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
