//! The visitor's preferred languages, as the browser reports them.

/// `navigator.languages`, best first (or `navigator.language`).
pub fn preferred_languages() -> Vec<String> {
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
