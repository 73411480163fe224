//! The one way a dataset file is written: the fields in the model's order,
//! two spaces of indentation, one field or list item per line, no escapes
//! beyond what JSON requires (umlauts stay umlauts), and a final newline;
//! the same bytes as `JSON.stringify(data, null, 2) + "\n"` of the same data.
//! The shipped file is in this form (a test reads and writes it back byte
//! for byte), so a file the editor or `validate --migrate` writes differs
//! from the one it read only where the data does.

use crate::model::Dataset;

/// `data` as the canonical file.
pub fn to_canonical_json(data: &Dataset) -> String {
    let mut text = serde_json::to_string_pretty(data).expect("a dataset always serialises");
    text.push('\n');
    text
}
