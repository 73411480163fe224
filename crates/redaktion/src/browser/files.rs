//! Files in and out: reading one the person picked or dropped, and handing
//! a text to the browser as a download.

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

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> bool {
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        document.body()?.append_child(&a).ok()?;
        a.click();
        a.remove();
        // The browser has taken the file; the address can go once it has.
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)
            .ok()?;
        Some(())
    };
    run().is_some()
}
