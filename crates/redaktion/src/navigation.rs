//! Moving between the editor's pages. Links name full addresses
//! (`/redaktion/netzwerke/3`, so that they work when opened anew); the
//! router, whose base is `/redaktion`, is given them without it.

use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// The router's base, where the editor is served.
pub const BASE: &str = "/redaktion";

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
