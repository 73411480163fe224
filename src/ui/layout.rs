//! Header and footer around every page.

use leptos::prelude::*;

use super::bookmarks::use_bookmarks;
use super::language::LanguageSwitcher;
use crate::directory::shipped;

/// Benchmark builds with generated data say so where everyone looks.
const TAGLINE: &str = if cfg!(feature = "synthetic") {
    "Testversion mit erfundenen Einträgen"
} else {
    "Wer arbeitet woran im Stadtteil?"
};

/// Site header with the skip link and the way home.
///
/// The skip link is `rel="external"` so that the router leaves it to the
/// browser, which moves focus to `<main>` as a skip link should.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let bookmarks = use_bookmarks();
    let count = move || bookmarks.list.with(|l| l.len());
    view! {
        <a class="skip-link" href="#inhalt" rel="external">"Zum Inhalt springen"</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/">
                    <span class="brand__name">"Stadtteilnetz"</span>
                    <span class="brand__place">"Lobeda"</span>
                </a>
                <p class="site-header__tagline">{TAGLINE}</p>
                <LanguageSwitcher/>
                <nav class="site-nav" aria-label="Hauptnavigation">
                    <a class="site-nav__link" href="/merkliste" data-testid="merkliste-link">
                        "Merkliste "
                        <span class="badge" data-testid="merkliste-count">{count}</span>
                        <span class="visually-hidden">" Einträge"</span>
                    </a>
                </nav>
            </div>
        </header>
    }
}

/// The app version; a build may add a label (`STADTTEILNETZ_BUILD=…`), so
/// that staff can tell which build a screen runs.
const VERSION: &str = match option_env!("STADTTEILNETZ_BUILD") {
    Some(label) => label,
    None => env!("CARGO_PKG_VERSION"),
};

/// Site footer naming the source of the content.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let source = &shipped().data().source;
    view! {
        <footer class="site-footer">
            <p>
                "Inhalte aus „" {source.title.as_str()} "“, veröffentlicht vom "
                {source.publisher.as_str()} "."
            </p>
            <p class="version" data-testid="version">{format!("Version {VERSION}")}</p>
        </footer>
    }
}
