//! A QR code with what it holds written beside it, for kiosk screens: the
//! visitor scans it and has the link on their own phone.

use leptos::prelude::*;

use crate::i18n::{t_string, use_i18n};

/// `link` as a QR code with a caption; nothing if it does not fit in one.
/// The caption may be reactive (`move || t_string!(…).to_string()`), so that
/// it follows a change of language. `shown` is written beside the code
/// instead of the link, where the link is no text for people (a `mailto:`
/// with its message).
#[component]
pub fn QrCode(
    link: String,
    #[prop(into)] caption: TextProp,
    #[prop(optional, into)] shown: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    crate::qr_svg::svg(&link).map(|svg| {
        let text = shown.clone().unwrap_or_else(|| link.clone());
        let label = {
            let text = text.clone();
            move || t_string!(i18n, common.qr.label, link = text.as_str()).to_string()
        };
        view! {
            <figure class="qr" data-testid="qr">
                <div class="qr__image" role="img" aria-label=label inner_html=svg></div>
                <figcaption>
                    <span class="qr__caption">{move || caption.get()}</span>
                    <span class="qr__link">{text}</span>
                </figcaption>
            </figure>
        }
    })
}
