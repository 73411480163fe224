//! Pages addressed by an id in the path (`/netzwerk/<slug>`, `/akteur/<id>`).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::not_found::NotFound;

/// Renders the entry that route parameter `param` names, or the not-found
/// page (saying what was missing) when the dataset has no such entry.
/// `missing` names what was looked for, in the interface language (a
/// reactive text, so that it follows a change of language).
pub fn page_for_param<T: 'static>(
    param: &'static str,
    find: fn(&str) -> Option<&'static T>,
    found: fn(&'static T) -> AnyView,
    missing: fn(String) -> TextProp,
) -> impl IntoView {
    let params = use_params_map();
    move || {
        let key = params.read().get(param).unwrap_or_default();
        match find(&key) {
            Some(entry) => found(entry),
            None => view! { <NotFound missing=missing(key)/> }.into_any(),
        }
    }
}
