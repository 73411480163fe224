//! Pages addressed by an id in the path (`/netzwerk/<slug>`, `/akteur/<id>`):
//! the entry, drawn for the interface language (and anew when it changes);
//! under an old id, the same entry while the address moves to its current
//! one (replacing the old one in the history); else the not-found page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use crate::browser::address;
use crate::catalogue::use_catalogue;
use crate::not_found::NotFound;
use crate::page_title;
#[cfg(feature = "preview")]
use crate::preview::in_preview;
use crate::texts::use_language;
use stadtteilnetz_core::catalogue::{Listed, Shared};
use stadtteilnetz_core::directory::{Directory, Resolved};
use stadtteilnetz_core::language::Language;

/// How an entry page finds and shows its entry.
pub struct EntryPage<T: Listed> {
    /// The route parameter that holds the id.
    pub param: &'static str,
    /// Finds the entry by its current or an old id.
    pub resolve: fn(&Directory, &str) -> Option<Resolved>,
    /// The entry's current address.
    pub href: fn(&T) -> String,
    /// The page, in a language.
    pub found: fn(Shared<T>, Language) -> AnyView,
    /// What was looked for and not found ("Ein Netzwerk „x“"), in a language.
    pub missing: fn(&str, Language) -> String,
}

/// Renders the page `page` describes for the id in the address.
pub fn entry_page<T: Listed + Sized>(page: EntryPage<T>) -> impl IntoView {
    let params = use_params_map();
    let catalogue = use_catalogue();
    let lang = use_language();
    let navigate = use_navigate();
    let key = Memo::new(move |_| params.read().get(page.param).unwrap_or_default());
    let resolved = {
        let catalogue = catalogue.clone();
        Memo::new(move |_| key.with(|k| (page.resolve)(catalogue.directory(), k)))
    };
    // An old address moves to the current one; the history keeps only that.
    {
        let catalogue = catalogue.clone();
        Effect::new(move |_| {
            if let Some(r) = resolved.get().filter(|r| r.renamed) {
                let entry: Shared<T> = catalogue.entry(r.index);
                let to = format!("{}{}", (page.href)(&entry), address::search_and_hash());
                navigate(
                    &to,
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                );
            }
        });
    }
    // The page depends on which entry it is, not on the address it came by.
    let index = Memo::new(move |_| resolved.get().map(|r| r.index));
    move || {
        let ui = lang.get();
        match index.get() {
            Some(i) => (page.found)(catalogue.entry(i), ui),
            None => {
                let missing = key.with(|k| (page.missing)(k, ui));
                view! { <NotFound missing/> }.into_any()
            }
        }
    }
}

/// An entry's page that a reader can switch to its German original: the
/// document title (`name`; none in the Redaktion's preview, whose page has
/// its own) and the article, drawn anew by `article(shown, switch)` when
/// the switch ("Originaltext anzeigen") changes.
pub fn switchable_article(
    name: &str,
    article: impl Fn(bool, RwSignal<bool>) -> AnyView + Send + 'static,
) -> impl IntoView {
    let original = RwSignal::new(false);
    #[cfg(not(feature = "preview"))]
    let title = view! { <Title text=page_title(name)/> };
    #[cfg(feature = "preview")]
    let title = (!in_preview()).then(|| view! { <Title text=page_title(name)/> });
    view! {
        {title}
        {move || article(original.get(), original)}
    }
}
