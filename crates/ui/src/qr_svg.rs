//! QR codes as SVG, for links a visitor of a kiosk screen takes home on their
//! phone. Made with `qrcodegen` (Project Nayuki's reference encoder): error
//! correction level M, a quiet zone of four modules, one path of dark
//! squares, so the markup is small and needs no styles (the app's CSP
//! allows no inline styles).

use qrcodegen::{QrCode, QrCodeEcc};

/// The light border around the code, in modules, as the standard asks.
const QUIET_ZONE: i32 = 4;

/// An SVG image of `text` as a QR code, `None` if it is too long for one.
/// The markup holds only numbers and fixed attributes: nothing of `text`
/// appears in it as text.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let full = size + 2 * QUIET_ZONE;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}
