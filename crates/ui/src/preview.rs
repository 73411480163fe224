//! Pages and cards drawn as a preview (in the Redaktion) rather than as the
//! residents' page: they set no document title and show no Merkliste
//! button, since the editor is not the residents' app.

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
