//! Pages drawn as a preview (in the Redaktion) rather than as the residents'
//! page set no document title: the editor's tab keeps its own. Behind the
//! feature `preview`, which only the editor turns on, so that the
//! residents' build is exactly what it was without the editor.

use leptos::prelude::*;

/// Marks the components below it as a preview.
#[derive(Debug, Clone, Copy)]
struct Preview;

/// Makes every page and card below this point a preview.
pub fn provide_preview() {
    provide_context(Preview);
}

/// Whether this component is drawn inside a preview.
pub(crate) fn in_preview() -> bool {
    use_context::<Preview>().is_some()
}
