//! Moving between the editor's pages. Links name full addresses
//! (`/redaktion/netzwerke/3`, so that they work when opened anew); the
//! router, whose base is `/redaktion`, is given them without it.

use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use stadtteilnetz_core::editing::EntryKind;

/// The router's base, where the editor is served.
pub const BASE: &str = "/redaktion";

/// The address of entry `index` of `kind`: `/redaktion/netzwerke/3`.
pub fn entry_href(kind: EntryKind, index: usize) -> String {
    format!("{BASE}/{}/{index}", kind.segment())
}

/// A function that goes to `href`; `replace` replaces the history entry
/// (a list's search as it is typed).
pub fn use_go() -> impl Fn(&str, bool) + Clone + 'static {
    let navigate = use_navigate();
    move |href: &str, replace: bool| {
        let inside = href.strip_prefix(BASE).unwrap_or(href);
        let inside = if inside.is_empty() { "/" } else { inside };
        navigate(
            inside,
            NavigateOptions {
                replace,
                scroll: !replace,
                ..Default::default()
            },
        );
    }
}
