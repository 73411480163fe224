//! The visitor's preferred languages, as the browser reports them.

/// `navigator.languages`, best first (or `navigator.language`).
pub fn preferred_languages() -> Vec<String> {
    #[cfg(not(target_arch = "wasm32"))]
    if super::window().is_none() {
        return RENDERED_IN.with(|l| l.borrow().iter().cloned().collect());
    }
    let Some(navigator) = super::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static RENDERED_IN: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Natively, for the page renderer (`crates/prerender`): draw the pages
/// as for a browser that prefers `code`, as the app would choose it.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_in(code: &str) {
    RENDERED_IN.with(|l| *l.borrow_mut() = Some(code.to_owned()));
}
