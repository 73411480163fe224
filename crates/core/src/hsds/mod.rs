//! Open Referral HSDS 3.0 (the open standard for directories of
//! organisations and services): our dataset as HSDS JSON and back, and
//! the networks' members as a CSV table. Mapping, role taxonomy and what
//! HSDS cannot carry: `docs/OPEN-DATA.md`.

mod export;
pub mod import;
mod members;
pub mod taxonomy;

pub use export::{export, left_out, organizations, project_owner};
pub use import::{import, ImportNote, ImportReport};
pub use members::members_csv;
