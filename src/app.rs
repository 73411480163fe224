//! The residents' app: the providers, in order, and the routes.

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_ui::bookmarks::provide_bookmarks;
use stadtteilnetz_ui::catalogue::provide_catalogue;
use stadtteilnetz_ui::kiosk::{provide_kiosk, KioskMode};
use stadtteilnetz_ui::language::provide_language;
use stadtteilnetz_ui::notices::provide_notices;
use stadtteilnetz_ui::{
    AccessibilityPage, ActorPage, AppStatus, ConnectionsPage, EasyReadPage, FocusOnNavigate,
    HomePage, ImprintPage, MerklistePage, NetworkPage, NotFound, NoticeRegion, OpenDataPage,
    PrivacyPage, SiteFooter, SiteHeader,
};

/// The whole app, showing `catalogue` (the shipped data; generated data in
/// benchmark builds, which `test_data` makes the header say).
#[component]
pub fn App(catalogue: Catalogue, #[prop(optional)] test_data: bool) -> impl IntoView {
    provide_meta_context();
    provide_catalogue(catalogue);
    let notices = provide_notices();
    let language_notice = provide_language();
    provide_bookmarks();
    // What `?lang=` asked for is said last, over a notice about storage.
    if let Some(notice) = language_notice {
        notices.show(notice);
    }
    provide_kiosk();
    view! {
        <Router>
            <FocusOnNavigate/>
            <KioskMode/>
            <SiteHeader test_data/>
            <AppStatus/>
            <main id="inhalt" class="site-main" tabindex="-1">
                <NoticeRegion/>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/netzwerk/:slug") view=NetworkPage/>
                    <Route path=path!("/akteur/:id") view=ActorPage/>
                    <Route path=path!("/merkliste") view=MerklistePage/>
                    <Route path=path!("/impressum") view=ImprintPage/>
                    <Route path=path!("/datenschutz") view=PrivacyPage/>
                    <Route path=path!("/barrierefreiheit") view=AccessibilityPage/>
                    <Route path=path!("/leichte-sprache") view=EasyReadPage/>
                    <Route path=path!("/verbindungen") view=ConnectionsPage/>
                    <Route path=path!("/offene-daten") view=OpenDataPage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
