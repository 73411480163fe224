//! A QR code with what it holds written beside it, for kiosk screens: the
//! visitor scans it and has the link on their own phone.

use leptos::prelude::*;

/// `link` as a QR code with a caption; nothing if it does not fit in one.
#[component]
pub fn QrCode(link: String, #[prop(into)] caption: String) -> impl IntoView {
    crate::qr::svg(&link).map(|svg| {
        view! {
            <figure class="qr" data-testid="qr">
                <div class="qr__image" role="img" aria-label=format!("QR-Code: {link}") inner_html=svg></div>
                <figcaption>
                    <span class="qr__caption">{caption}</span>
                    <span class="qr__link">{link.clone()}</span>
                </figcaption>
            </figure>
        }
    })
}
