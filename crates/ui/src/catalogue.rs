//! The catalogue in context: pages and components read the dataset they
//! show from here (never from a global), so that the residents' app can
//! hand them the shipped data and the editor its draft.

use leptos::prelude::*;
use stadtteilnetz_core::catalogue::Catalogue;

/// Makes `catalogue` the data of every component below.
pub fn provide_catalogue(catalogue: Catalogue) {
    provide_context(catalogue);
}

/// The catalogue provided above this component.
pub fn use_catalogue() -> Catalogue {
    expect_context::<Catalogue>()
}
