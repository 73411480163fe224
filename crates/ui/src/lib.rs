//! The Leptos components of Stadtteilnetz, on top of the pure-Rust core:
//! every page and part of a page, shared by the residents' app (the root
//! package) and the editor. Components read the dataset from the
//! catalogue in context (`catalogue`), never from a global, so that the
//! same page can show the shipped data or a draft.
//!
//! Modules depend one way: `browser` (the only place that touches browser
//! APIs) and `texts` (the interface language) at the bottom; `notices`,
//! `catalogue`, `language`, `bookmarks`, `kiosk` (state in context) above;
//! the components and pages on top.

// The interface texts, generated from `locales/` by build.rs (leptos_i18n):
// keys are checked at compile time, plurals follow CLDR (icu_plurals).
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub mod browser;
pub mod catalogue;
pub mod language;
pub mod notices;
/// The Redaktion's preview (feature `preview`).
#[cfg(feature = "preview")]
pub mod preview;
pub mod texts;

pub mod bookmarks;
pub mod kiosk;

mod accessibility_page;
mod actor_page;
mod app_status;
mod card;
mod connections_page;
mod contact;
mod easy_read_page;
mod filters;
mod focus;
mod home;
mod imprint_page;
mod labels;
mod layout;
mod legal_page;
mod localized;
mod lookup;
mod marked;
mod merkliste_page;
mod network_page;
mod not_found;
mod open_data_page;
mod privacy_page;
mod publisher_details;
mod qr;
pub mod qr_svg;
mod report;
mod search_box;
mod sections;
mod terms;
mod text_notes;
mod upkeep;
mod who_else;
mod zoom;

pub use accessibility_page::AccessibilityPage;
pub use actor_page::{ActorDetail, ActorPage};
pub use app_status::AppStatus;
pub use card::{ActorCard, NetworkCard};
pub use connections_page::ConnectionsPage;
pub use easy_read_page::EasyReadPage;
pub use focus::FocusOnNavigate;
pub use home::HomePage;
pub use imprint_page::ImprintPage;
pub use layout::{SiteFooter, SiteHeader};
pub use merkliste_page::MerklistePage;
pub use network_page::{NetworkDetail, NetworkPage};
pub use not_found::NotFound;
pub use notices::NoticeRegion;
pub use open_data_page::OpenDataPage;
pub use privacy_page::PrivacyPage;

/// Suffix of every page title, so that tabs and history name the app: the
/// brand, a proper name, the same in every language.
pub const TITLE_SUFFIX: &str = "Stadtteilnetz Lobeda";

/// The text of a page's `<title>`; `name` is already in the interface
/// language (call it inside `move ||` so the title follows a change).
pub fn page_title(name: &str) -> String {
    format!("{name} – {TITLE_SUFFIX}")
}
