//! Header and footer around every page.

use leptos::prelude::*;

use crate::bookmarks::use_bookmarks;
use crate::catalogue::use_catalogue;
use crate::i18n::{t, t_string, td_string, use_i18n};
use crate::language::LanguageSwitcher;
use crate::localized::{isolate, lang_attr};
use crate::texts::{tr, use_language};
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::{
    ACCESSIBILITY_PATH, CONNECTIONS_PATH, EASY_READ_PATH, IMPRINT_PATH, OPEN_DATA_PATH,
    PRIVACY_PATH,
};

/// Site header with the skip link and the way home. `test_data` says in
/// the tagline that the entries are made up (benchmark builds).
///
/// The skip link is `rel="external"` so that the router leaves it to the
/// browser, which moves focus to `<main>` as a skip link should.
#[component]
pub fn SiteHeader(#[prop(optional)] test_data: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let bookmarks = use_bookmarks();
    let count = move || bookmarks.list.with(|l| l.len());
    // Benchmark builds with generated data say so where everyone looks.
    let tagline = move || {
        if test_data {
            t_string!(i18n, common.header.tagline_synthetic)
        } else {
            t_string!(i18n, common.header.tagline)
        }
    };
    view! {
        <a class="skip-link" href="#inhalt" rel="external">{tr(|l| td_string!(l, common.header.skip_link))}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/" lang="de" dir="ltr">
                    <span class="brand__name">"Stadtteilnetz"</span>
                    <span class="brand__place">"Lobeda"</span>
                </a>
                <p class="site-header__tagline">{tagline}</p>
                <LanguageSwitcher/>
                <nav class="site-nav" aria-label=move || t_string!(i18n, common.header.nav_label).to_string()>
                    <a class="site-nav__link" href=CONNECTIONS_PATH data-testid="connections-link">
                        {tr(|l| td_string!(l, connections.nav))}
                    </a>
                    <a class="site-nav__link" href="/merkliste" data-testid="merkliste-link">
                        {tr(|l| td_string!(l, common.header.merkliste))}
                        " "
                        // The count lives on the device: without JavaScript
                        // there is none to show (style/main.css).
                        <span class="site-nav__count">
                            <span class="badge" data-testid="merkliste-count">{move || lang.get().number(count())}</span>
                            <span class="visually-hidden">
                                " "
                                {t!(i18n, common.header.entries, count = count)}
                            </span>
                        </span>
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
    let i18n = use_i18n();
    let lang = use_language();
    let source = use_catalogue().directory().data().source.clone();
    let (title, publisher) = (source.title, source.publisher);
    view! {
        <footer class="site-footer">
            <p>
                {t!(
                    i18n,
                    common.footer.source,
                    title = move || isolate(&title, lang.get()).into_owned(),
                    publisher = move || isolate(&publisher, lang.get()).into_owned()
                )}
            </p>
            <nav class="site-footer__nav" aria-label=move || t_string!(i18n, legal.footer.heading).to_string() data-testid="legal-links">
                <ul class="site-footer__links">
                    <li><a href=IMPRINT_PATH>{tr(|l| td_string!(l, legal.footer.imprint))}</a></li>
                    <li><a href=PRIVACY_PATH>{tr(|l| td_string!(l, legal.footer.privacy))}</a></li>
                    <li><a href=ACCESSIBILITY_PATH>{tr(|l| td_string!(l, legal.footer.accessibility))}</a></li>
                    // The page is in Leichte Sprache whatever the interface
                    // language, and so is its link.
                    <li><a href=EASY_READ_PATH lang=move || lang_attr(Language::Ls, lang.get())>{tr(|_| td_string!(crate::i18n::Locale::de_x_ls, legal.footer.easy))}</a></li>
                    <li><a href=OPEN_DATA_PATH>{tr(|l| td_string!(l, legal.footer.open_data))}</a></li>
                </ul>
            </nav>
            <p class="version" data-testid="version">
                {t!(i18n, common.footer.version, version = || VERSION)}
            </p>
        </footer>
    }
}
