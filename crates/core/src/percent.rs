//! Percent-encoding (RFC 3986), for addresses inside the app and for
//! `mailto:` links; below every other module, so that both can use it.

/// Percent-encodes `s` for a query-string value: everything but the
/// unreserved characters of RFC 3986, so that spaces, `+`, `&` and `#`
/// survive every decoder.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
