//! Handing a file to the browser as a download: a text made here (the
//! Redaktion's saved dataset, a calendar or contact file) or a file of the
//! bundle fetched first. Chromium does not pass an `<a download>` click
//! through the service worker, so a bundle file is fetched (which the
//! worker answers from its cache, offline too) and handed over as a text.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `name` of type `mime`; `false` if the
/// browser refused.
pub fn save(name: &str, text: &str, mime: &str) -> bool {
    let run = || -> Option<()> {
        let window = super::window()?;
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = window.document()?;
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
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)
            .ok()?;
        Some(())
    };
    run().is_some()
}

/// The text of the file at `href` (the worker's cache first); `None` if it
/// could not be had.
pub async fn fetch_text(href: &str) -> Option<String> {
    let window = super::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(href))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Fetches the file at `href` and offers it as a download named `name`;
/// `false` if it could not be had or the browser refused.
pub async fn fetch_and_save(href: &str, name: &str, mime: &str) -> bool {
    match fetch_text(href).await {
        Some(text) => save(name, &text, mime),
        None => false,
    }
}
