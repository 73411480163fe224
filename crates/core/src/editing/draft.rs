//! The draft as it is kept on the device: the data, which dataset it was
//! started from, and who wrote it last, so that a second tab on the same
//! draft is noticed before it overwrites anything, and a draft made on an
//! older shipped dataset says so.

use serde::{Deserialize, Serialize};

use crate::canonical::to_canonical_json;
use crate::model::Dataset;

/// The storage key of the draft.
pub const KEY: &str = "stadtteilnetz.redaktion.entwurf";

/// Where a draft that could not be read is put aside, so that nothing is lost.
pub const DAMAGED_KEY: &str = "stadtteilnetz.redaktion.entwurf-unlesbar";

/// Who wrote the draft last: `tab:revision`.
pub const STAND_KEY: &str = "stadtteilnetz.redaktion.entwurf-stand";

/// The dataset the draft was opened from (for the change summary).
pub const BASE_KEY: &str = "stadtteilnetz.redaktion.entwurf-basis";

/// Every key the Redaktion keeps on the device (the privacy page lists them).
pub const KEYS: [&str; 4] = [KEY, DAMAGED_KEY, STAND_KEY, BASE_KEY];

/// The version of this record's own layout.
pub const DRAFT_VERSION: u32 = 1;

/// A draft in storage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The record's layout (`DRAFT_VERSION`).
    pub version: u32,
    /// The tab that wrote it last.
    pub tab: String,
    /// Counts every write, so that a tab sees whether someone else wrote.
    pub revision: u64,
    /// When it was written, as the clock said (ISO 8601).
    pub saved: String,
    /// Where it was started from: `"mitgeliefert"` for the shipped data,
    /// else the name of the file opened.
    pub origin: String,
    /// The fingerprint (`fingerprint`) of the dataset it was started from.
    pub base: String,
    /// The data as it is now (may be invalid: drafts are).
    pub data: Dataset,
}

/// What `origin` says for the shipped data.
pub const SHIPPED: &str = "mitgeliefert";

/// Why a stored draft could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl Draft {
    /// The record as stored.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a draft serialises")
    }

    /// Reads a stored record, with a German message if that fails.
    pub fn decode(text: &str) -> Result<Draft, Unreadable> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| {
            Unreadable("Der gespeicherte Entwurf ist beschädigt (kein lesbarer Text).".to_owned())
        })?;
        let version = value.get("version").and_then(|v| v.as_u64());
        if version.is_some_and(|v| v > u64::from(DRAFT_VERSION)) {
            return Err(Unreadable(
                "Der gespeicherte Entwurf stammt aus einer neueren Version der Redaktion."
                    .to_owned(),
            ));
        }
        serde_json::from_value(value).map_err(|e| {
            Unreadable(format!(
                "Der gespeicherte Entwurf ist unvollständig oder beschädigt ({e})."
            ))
        })
    }
}

/// A short fingerprint of a dataset (64-bit FNV-1a over its canonical
/// file): equal for equal data.
pub fn fingerprint(data: &Dataset) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in to_canonical_json(data).bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
