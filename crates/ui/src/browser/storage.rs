//! localStorage through gloo-storage. Storage may be missing, disabled
//! (private mode, blocked cookies: access throws) or full (writes throw);
//! none of that may stop the app.

use gloo_storage::{LocalStorage, Storage};

/// Why storage could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// No storage, or access to it is forbidden.
    Unavailable,
    /// The write was refused (quota exceeded).
    WriteRefused,
}

/// Whether localStorage can be reached at all; asking may itself throw.
fn available() -> bool {
    super::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The stored text under `key`, `Ok(None)` if nothing is stored (as for
/// the page renderer, which draws a first visit: there is no browser).
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    if super::window().is_none() {
        return Ok(None);
    }
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Stores `value` under `key` (outside a browser there is nothing to keep).
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    if super::window().is_none() {
        return Ok(());
    }
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|_| StorageError::WriteRefused)
}

/// Removes whatever is stored under `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    if super::window().is_none() {
        return Ok(());
    }
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}
