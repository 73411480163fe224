//! Sharing a link: the Web Share API where the browser has it, the
//! clipboard elsewhere.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Whether the browser offers its own share sheet.
pub fn can_share() -> bool {
    super::window().is_some_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false)
    })
}

/// Opens the share sheet; `false` if it failed or was cancelled.
pub async fn share(title: &str, url: &str) -> bool {
    let Some(window) = super::window() else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(window.navigator().share_with_data(&data))
        .await
        .is_ok()
}

/// Copies `text` to the clipboard; `false` if the browser refused.
pub async fn copy(text: &str) -> bool {
    let Some(window) = super::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}
