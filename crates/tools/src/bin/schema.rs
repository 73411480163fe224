//! Writes the JSON Schema of the dataset format, generated from the Rust types.
//!
//! Usage: `cargo schema > data/netzwerke.schema.json`
//! The core's `tests/schema.rs` fails when the committed schema is out of date.

fn main() {
    print!("{}", stadtteilnetz_core::schema::dataset_schema_json());
}
