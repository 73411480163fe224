//! Files in: reading one the person picked or dropped. Files out go
//! through the shared `stadtteilnetz_ui::browser::download`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file the person chose.
pub struct Chosen {
    /// Its name.
    pub name: String,
    /// Its size in bytes (known before reading).
    pub size: u64,
    file: web_sys::File,
}

impl Chosen {
    /// Its text (UTF-8); `None` if the browser could not read it.
    pub async fn text(&self) -> Option<String> {
        JsFuture::from(self.file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
    }
}

fn first(list: Option<web_sys::FileList>) -> Option<Chosen> {
    let file = list?.get(0)?;
    Some(Chosen {
        name: file.name(),
        size: file.size() as u64,
        file,
    })
}

/// The file chosen in the `<input type=file>` an event came from.
pub fn from_input(event: &leptos::ev::Event) -> Option<Chosen> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let chosen = first(input.files());
    // The same file may be chosen again later (after a fix).
    input.set_value("");
    chosen
}

/// The first file dropped in a drag-and-drop event.
pub fn from_drop(event: &leptos::ev::DragEvent) -> Option<Chosen> {
    first(event.data_transfer()?.files())
}
