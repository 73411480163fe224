//! The JSON Schema of the dataset format, for editors' completion and checks.

use crate::model::Dataset;

/// The schema as pretty-printed JSON with a trailing newline.
pub fn dataset_schema_json() -> String {
    let schema = schemars::schema_for!(Dataset);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}
