//! What the Redaktion (the editor in the browser) does to a dataset, as
//! plain functions on the data model, so that every rule is tested natively
//! and the editor's components only wire them to forms:
//!
//! - [`kinds`]: the five kinds of entry, their German names and their ids;
//! - [`ids`]: ids proposed from names, and renaming with an alias and every
//!   reference following;
//! - [`references`]: who refers to an entry, and taking those references out;
//! - [`entries`]: creating, duplicating and deleting entries;
//! - [`review`]: "Geprüft", and where each translated text stands;
//! - [`attention`]: what needs the office's attention;
//! - [`changes`]: what differs between two datasets, as a German summary;
//! - [`history`]: undo and redo;
//! - [`draft`]: the draft as it is kept on the device;
//! - [`open`]: reading a file someone picked, with a message for every way it can fail.

pub mod attention;
pub mod changes;
pub mod draft;
pub mod entries;
pub mod history;
pub mod ids;
pub mod kinds;
pub mod open;
pub mod references;
pub mod review;

pub use kinds::EntryKind;
