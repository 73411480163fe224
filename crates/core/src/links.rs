//! Addresses inside the app. The URL is the source of truth for what is
//! searched, so every view can be linked, reloaded and shared.

use crate::facets::Filters;

pub use crate::percent::encode_component;

/// The Impressum.
pub const IMPRINT_PATH: &str = "/impressum";
/// The privacy statement.
pub const PRIVACY_PATH: &str = "/datenschutz";
/// The accessibility statement.
pub const ACCESSIBILITY_PATH: &str = "/barrierefreiheit";
/// The page in Leichte Sprache.
pub const EASY_READ_PATH: &str = "/leichte-sprache";
/// The connections picture.
pub const CONNECTIONS_PATH: &str = "/verbindungen";
/// The page that names and links the open data files.
pub const OPEN_DATA_PATH: &str = "/offene-daten";

/// The start page searching for `query` (`/` when it is empty).
pub fn search_href(query: &str) -> String {
    home_href(query, &Filters::default())
}

/// The start page with a search and filters: `/?q=…&thema=…&ebene=…`.
pub fn home_href(query: &str, filters: &Filters) -> String {
    filtered_href("/", query, filters)
}

/// `path` with a search and filters, as the start page takes them.
pub fn filtered_href(path: &str, query: &str, filters: &Filters) -> String {
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    if !query.is_empty() {
        pairs.push(("q", query));
    }
    pairs.extend(filters.pairs());
    if pairs.is_empty() {
        return path.to_owned();
    }
    let query: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
    format!("{path}?{}", query.join("&"))
}

/// The connections picture with `selected` chosen (`n:<slug>` or
/// `a:<id>`, as the Merkliste writes entries) and `filters` applied.
pub fn connections_href(selected: Option<&str>, filters: &Filters) -> String {
    connections_href_around(None, selected, filters)
}

/// [`connections_href`] drawn around `centre` (`mitte=`, in the same
/// form): with more networks than are drawn at once the picture shows the
/// neighbourhood of one entry, and selecting another entry in it keeps
/// that picture (and the address says so, so a reload shows it again).
pub fn connections_href_around(
    centre: Option<&str>,
    selected: Option<&str>,
    filters: &Filters,
) -> String {
    let mut href = filtered_href(CONNECTIONS_PATH, "", filters);
    for (key, value) in [("mitte", centre), ("auswahl", selected)] {
        if let Some(v) = value {
            let join = if href.contains('?') { '&' } else { '?' };
            href = format!("{href}{join}{key}={}", encode_component(v));
        }
    }
    href
}

/// A network's page.
pub fn network_href(slug: &str) -> String {
    format!("/netzwerk/{}", encode_component(slug))
}

/// An actor's page.
pub fn actor_href(id: &str) -> String {
    format!("/akteur/{}", encode_component(id))
}

/// The app's public address, set at build time
/// (`STADTTEILNETZ_PUBLIC_URL=https://…`), for the QR codes of kiosk screens:
/// a visitor's phone must get a link it can open, never the kiosk's own
/// address. Without it (or with a local one) kiosk screens show no codes.
pub const PUBLIC_URL: Option<&str> = option_env!("STADTTEILNETZ_PUBLIC_URL");

/// `path` (an in-app address such as `/merkliste?ids=…`) at the public
/// address, if one was set at build time and it is not a local one.
pub fn public_link(path: &str) -> Option<String> {
    public_link_at(PUBLIC_URL?, path)
}

/// [`public_link`] for a given base address.
pub fn public_link_at(base: &str, path: &str) -> Option<String> {
    let base = base.trim().trim_end_matches('/');
    let host = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))?
        .split(['/', ':'])
        .next()
        .unwrap_or_default();
    let local = host.is_empty()
        || host == "localhost"
        || host.ends_with(".localhost")
        || host.starts_with("127.")
        || host == "[";
    (!local).then(|| format!("{base}{path}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_what_would_break_a_link() {
        assert_eq!(encode_component("Kinder & Jugend"), "Kinder%20%26%20Jugend");
        assert_eq!(encode_component("a+b#c?d/e"), "a%2Bb%23c%3Fd%2Fe");
        assert_eq!(encode_component("Flüchtlinge"), "Fl%C3%BCchtlinge");
        assert_eq!(encode_component("ok-_.~"), "ok-_.~");
        assert_eq!(search_href(""), "/");
        assert_eq!(search_href("Gener"), "/?q=Gener");
        assert_eq!(
            network_href("arbeitskreis-generationen"),
            "/netzwerk/arbeitskreis-generationen"
        );
    }

    #[test]
    fn the_picture_keeps_its_centre_and_selection_in_the_address() {
        let none = Filters::default();
        assert_eq!(connections_href(None, &none), "/verbindungen");
        assert_eq!(
            connections_href(Some("a:kubus"), &none),
            "/verbindungen?auswahl=a%3Akubus"
        );
        assert_eq!(
            connections_href_around(Some("n:x y"), Some("a:kubus"), &none),
            "/verbindungen?mitte=n%3Ax%20y&auswahl=a%3Akubus"
        );
        assert_eq!(
            connections_href_around(Some("n:x"), None, &none),
            "/verbindungen?mitte=n%3Ax"
        );
    }
}
