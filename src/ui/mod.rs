//! The Leptos app: routes, layout and pages on top of the pure-Rust core.

mod actor_page;
mod app_status;
mod bookmarks;
mod card;
mod contact;
mod filters;
mod focus;
mod home;
mod kiosk;
mod labels;
mod language;
mod layout;
mod localized;
mod lookup;
mod marked;
mod merkliste_page;
mod network_page;
mod not_found;
mod qr;
mod search_box;
mod sections;
mod terms;

// The interface texts, generated from `locales/` by build.rs (leptos_i18n):
// keys are checked at compile time, plurals follow CLDR (icu_plurals).
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use actor_page::ActorPage;
use app_status::AppStatus;
use bookmarks::{provide_bookmarks, StorageNotice};
use home::HomePage;
use layout::{SiteFooter, SiteHeader};
use merkliste_page::MerklistePage;
use network_page::NetworkPage;
use not_found::NotFound;

/// Suffix of every page title, so that tabs and history name the app: the
/// brand, a proper name, the same in every language.
pub const TITLE_SUFFIX: &str = "Stadtteilnetz Lobeda";

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let language_notice = language::provide_language();
    provide_bookmarks();
    if let Some(notice) = language_notice {
        bookmarks::use_bookmarks().notice.set(Some(notice));
    }
    kiosk::provide_kiosk();
    view! {
        <Router>
            <focus::FocusOnNavigate/>
            <kiosk::KioskMode/>
            <SiteHeader/>
            <AppStatus/>
            <main id="inhalt" class="site-main" tabindex="-1">
                <StorageNotice/>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/netzwerk/:slug") view=NetworkPage/>
                    <Route path=path!("/akteur/:id") view=ActorPage/>
                    <Route path=path!("/merkliste") view=MerklistePage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// The text of a page's `<title>`; `name` is already in the interface
/// language (call it inside `move ||` so the title follows a change).
pub fn page_title(name: &str) -> String {
    format!("{name} – {TITLE_SUFFIX}")
}
