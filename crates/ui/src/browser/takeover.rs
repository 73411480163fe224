//! The app takes over the page the build drew (`crates/prerender`): the
//! static copy of the same components, inside `#statisch`, is swapped for
//! the live app within one task, so that the browser never paints a frame
//! in between. What the visitor did meanwhile survives: the text typed into
//! the search field (it goes into the address, which the app searches),
//! the focus and the caret, and the scroll position.

use leptos::prelude::*;
use stadtteilnetz_core::pages;
use wasm_bindgen::JsCast;

/// The id of the static page's wrapper (`display: contents`, so that it
/// lays out exactly as the app's own elements do).
pub const STATIC_ROOT: &str = "statisch";

/// The class on `<html>` with which index.html's first script holds the
/// first paint for a visitor whose language is not the page's: while it
/// sends them to the page in theirs, or where it has none (offline, a page
/// in that language not visited yet).
pub const HOLD: &str = "halten";

/// What the visitor had done on the static page when the app arrived.
struct Visit {
    scroll: (f64, f64),
    focused: Option<String>,
    caret: Option<(u32, u32)>,
}

/// Mounts `app` on `<body>` in place of the static page (or of the loading
/// note, where the build drew no page). Over a drawn page, only once that
/// has been painted and the browser has recorded the paint (see
/// [`super::paint`]): on a fast connection the WASM can be ready before the
/// first frame, and the app's work would then hold back the page's first
/// paint, which the drawn page would have had at once.
pub fn mount<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    let drawn = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(STATIC_ROOT))
        .is_some();
    if drawn {
        super::paint::after_first_paint(move || take_over(app));
    } else {
        take_over(app);
    }
}

fn take_over<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    let document = super::window().and_then(|w| w.document());
    let visit = document.as_ref().map(before);
    leptos::mount::mount_to_body(app);
    if let (Some(document), Some(visit)) = (document, visit) {
        for id in [STATIC_ROOT, "laden"] {
            if let Some(e) = document.get_element_by_id(id) {
                e.remove();
            }
        }
        // The first frame waited for the app in the visitor's language
        // (index.html); the app has drawn it now.
        if let Some(root) = document.document_element() {
            let _ = root.class_list().remove_1(HOLD);
        }
        // The routes' content arrives in the microtasks after mounting (a
        // scroll now would be clamped to the app's empty frame); a frame
        // callback runs after them and before the first paint of the app.
        request_animation_frame(move || after(&document, visit));
    }
}

/// Notes the visit; takes the language's prefix (`/en/…`, where the build
/// keeps its pages in that language) out of the address, since the app's
/// routes and links have none; and puts text typed into the static search
/// field into the address (`/?q=…`), where the app's search reads it.
fn before(document: &web_sys::Document) -> Visit {
    let window = super::window().expect("a document has a window");
    let focused = document
        .active_element()
        .filter(|e| {
            e.closest(&format!("#{STATIC_ROOT}"))
                .ok()
                .flatten()
                .is_some()
        })
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    let field = document
        .query_selector(&format!("#{STATIC_ROOT} input[name=q]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let location = window.location();
    let drawn_at = location.pathname().unwrap_or_default();
    let path = pages::unlocalized_path(&drawn_at).to_owned();
    let search = location.search().unwrap_or_default();
    let mut query = search.clone();
    let mut caret = None;
    if let Some(field) = field {
        let typed = field.value();
        if focused.as_deref() == Some(field.id().as_str()) {
            caret = field
                .selection_start()
                .ok()
                .flatten()
                .zip(field.selection_end().ok().flatten());
        }
        // The drawn field starts empty whatever the address says, so an
        // empty one means nothing was typed: the address's query stays.
        if let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) {
            if !typed.is_empty() && params.get("q").unwrap_or_default() != typed {
                params.set("q", &typed);
                query = format!("?{}", String::from(params.to_string()));
            }
        }
    }
    if path != drawn_at || query != search {
        let hash = location.hash().unwrap_or_default();
        super::address::replace_address(&format!("{path}{query}{hash}"));
    }
    Visit {
        scroll: (
            window.scroll_x().unwrap_or(0.0),
            window.scroll_y().unwrap_or(0.0),
        ),
        focused,
        caret,
    }
}

/// Gives the app's copy of the focused element the focus and the caret,
/// and scrolls back to where the visitor was.
fn after(document: &web_sys::Document, visit: Visit) {
    if let Some(id) = visit.focused {
        if let Some(e) = document
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = e.focus_with_options(&options);
            if let (Some((start, end)), Ok(input)) =
                (visit.caret, e.dyn_into::<web_sys::HtmlInputElement>())
            {
                let _ = input.set_selection_range(start, end);
            }
        }
    }
    if let Some(window) = super::window() {
        let (x, y) = visit.scroll;
        if x != 0.0 || y != 0.0 {
            window.scroll_to_with_x_and_y(x, y);
        }
    }
}
