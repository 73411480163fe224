//! The browser APIs only the Redaktion needs (files in and out, the draft's
//! storage events, a tab id), behind small functions, so that its pages
//! never touch `web_sys` themselves. The rest comes from
//! `stadtteilnetz_ui::browser`.

pub mod files;
pub mod tabs;
