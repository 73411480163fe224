//! The pages the build draws as HTML (`crates/prerender`): which pages
//! there are, the file each goes to, what a search engine or a link preview
//! reads about it (description, schema.org JSON-LD), and, with a public
//! address, `sitemap.xml` and `robots.txt`. Everything here comes from the
//! dataset; nothing is added that it does not say.

use serde_json::{json, Map, Value};

use crate::directory::Directory;
use crate::language::Language;
use crate::links::{
    actor_href, network_href, ACCESSIBILITY_PATH, CONNECTIONS_PATH, EASY_READ_PATH, IMPRINT_PATH,
    OPEN_DATA_PATH, PRIVACY_PATH,
};
use crate::model::{Actor, Contact, Network};

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// `/`, every network.
    Home,
    /// `/netzwerk/<slug>` (the index of the network).
    Network(usize),
    /// `/akteur/<id>` (the index of the actor).
    Actor(usize),
    /// `/merkliste`: the frame; the list itself lives on the device.
    Merkliste,
    /// `/impressum`.
    Imprint,
    /// `/datenschutz`.
    Privacy,
    /// `/barrierefreiheit`: the accessibility statement.
    Accessibility,
    /// `/leichte-sprache`: the page in Leichte Sprache.
    EasyRead,
    /// `/verbindungen`: the connections picture.
    Connections,
    /// `/offene-daten`: the open data files and their licence.
    OpenData,
    /// Any address the app does not know (served with status 404).
    NotFound,
}

/// One page of the build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// What it shows.
    pub kind: PageKind,
    /// The interface language it is drawn in.
    pub language: Language,
    /// The address the app draws it for, without the language's prefix.
    pub path: String,
    /// The file below the bundle's root: `index.html`, `netzwerk/<slug>.html`
    /// (static hosts serve `/netzwerk/<slug>` from it), `404.html`; in
    /// another language below its code (`en/netzwerk/<slug>.html`).
    pub file: String,
}

/// Where a language's pages live: German at the root, the others below
/// their code (`/en/…`). Only the page in `index.html`'s first script and
/// the worker see these addresses: the app takes the prefix out of the
/// address when it takes over, and links never carry it.
pub fn prefix(language: Language) -> String {
    match language {
        Language::De => String::new(),
        other => format!("/{}", other.code()),
    }
}

/// The app's address of a page address: `path` without a language's
/// prefix (`/en/netzwerk/x` → `/netzwerk/x`, `/en/` → `/`), the inverse of
/// [`localized_path`].
pub fn unlocalized_path(path: &str) -> &str {
    for language in Language::ALL {
        let prefix = prefix(language);
        if prefix.is_empty() {
            continue;
        }
        if let Some(rest) = path.strip_prefix(prefix.as_str()) {
            if rest.is_empty() || rest == "/" {
                return "/";
            }
            if rest.starts_with('/') {
                return rest;
            }
        }
    }
    path
}

/// `path` in `language`'s pages (the start page as `/en/`, which static
/// hosts serve from `en/index.html`).
pub fn localized_path(language: Language, path: &str) -> String {
    match (language, path) {
        (Language::De, _) => path.to_owned(),
        (_, "/") => format!("{}/", prefix(language)),
        _ => format!("{}{path}", prefix(language)),
    }
}

/// The address of the not-found page: one no entry and no route can have.
pub const NOT_FOUND_PATH: &str = "/404";

/// Whether an id can be a file name as it is (validated ids always can:
/// lower-case letters, digits and hyphens); others get no page of their own
/// and are found by the app.
fn file_safe(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Every page of the build: for each language (German first) the start
/// page, the networks, the actors, the Merkliste, then the not-found page.
/// Old ids (aliases) get a copy of their entry's page, so that old links
/// still open without JavaScript; the copy names the current address as
/// canonical.
pub fn pages(directory: &Directory) -> Vec<Page> {
    Language::ALL
        .into_iter()
        .flat_map(|language| pages_in(directory, language))
        .collect()
}

fn pages_in(directory: &Directory, language: Language) -> Vec<Page> {
    let page = |kind, path: String, file: &str| Page {
        kind,
        language,
        path,
        file: match language {
            Language::De => file.to_owned(),
            other => format!("{}/{file}", other.code()),
        },
    };
    let mut pages = vec![page(PageKind::Home, "/".into(), "index.html")];
    for (i, network) in directory.networks().iter().enumerate() {
        for id in std::iter::once(&network.slug).chain(&network.aliases) {
            if file_safe(id) {
                let file = format!("netzwerk/{id}.html");
                pages.push(page(PageKind::Network(i), network_href(id), &file));
            }
        }
    }
    for (i, actor) in directory.actors().iter().enumerate() {
        for id in std::iter::once(&actor.id).chain(&actor.aliases) {
            if file_safe(id) {
                let file = format!("akteur/{id}.html");
                pages.push(page(PageKind::Actor(i), actor_href(id), &file));
            }
        }
    }
    pages.push(page(
        PageKind::Merkliste,
        "/merkliste".into(),
        "merkliste.html",
    ));
    for (kind, path) in [
        (PageKind::Imprint, IMPRINT_PATH),
        (PageKind::Privacy, PRIVACY_PATH),
        (PageKind::Accessibility, ACCESSIBILITY_PATH),
        (PageKind::EasyRead, EASY_READ_PATH),
        (PageKind::Connections, CONNECTIONS_PATH),
        (PageKind::OpenData, OPEN_DATA_PATH),
    ] {
        pages.push(page(kind, path.into(), &format!("{}.html", &path[1..])));
    }
    pages.push(page(PageKind::NotFound, NOT_FOUND_PATH.into(), "404.html"));
    pages
}

impl Page {
    /// The address it is served at (with the language's prefix).
    pub fn address(&self) -> String {
        localized_path(self.language, &self.path)
    }

    /// The address this page's content lives at in `language` (an alias's
    /// copy names its entry's current address).
    pub fn canonical_in(&self, directory: &Directory, language: Language) -> String {
        let path = match self.kind {
            PageKind::Network(i) => network_href(&directory.networks()[i].slug),
            PageKind::Actor(i) => actor_href(&directory.actors()[i].id),
            _ => self.path.clone(),
        };
        localized_path(language, &path)
    }

    /// [`Page::canonical_in`] its own language.
    pub fn canonical_path(&self, directory: &Directory) -> String {
        self.canonical_in(directory, self.language)
    }

    /// Whether a search engine should list it: the German page of the
    /// start page and of each entry (not an alias's copy), not the
    /// not-found page or the Merkliste (empty without the device).
    pub fn listed(&self, directory: &Directory) -> bool {
        self.language == Language::De
            && match self.kind {
                PageKind::Home
                | PageKind::Imprint
                | PageKind::Privacy
                | PageKind::Accessibility
                | PageKind::EasyRead
                | PageKind::Connections
                | PageKind::OpenData => true,
                PageKind::Network(_) | PageKind::Actor(_) => {
                    self.canonical_path(directory) == self.path
                }
                PageKind::Merkliste | PageKind::NotFound => false,
            }
    }

    /// The meta description: the entry's own words where it has them;
    /// `None` for the start page, which keeps the one of `index.html` (a
    /// district names itself there).
    /// Pages in another language describe an entry in that language where
    /// it is translated, and keep `index.html`'s otherwise.
    pub fn description(&self, directory: &Directory) -> Option<String> {
        let german = self.language == Language::De;
        Some(match self.kind {
            PageKind::Home => return None,
            PageKind::Network(i) => {
                let text = directory.networks()[i].summary_in(self.language);
                (german || text.lang == self.language).then(|| text.text.to_owned())?
            }
            PageKind::Actor(i) if !german => {
                let text = directory.actors()[i].description_in(self.language)?;
                (text.lang == self.language).then(|| text.text.to_owned())?
            }
            PageKind::Merkliste
            | PageKind::NotFound
            | PageKind::Imprint
            | PageKind::Privacy
            | PageKind::Accessibility
            | PageKind::Connections
            | PageKind::OpenData
                if !german =>
            {
                return None
            }
            PageKind::EasyRead => {
                "Stadtteilnetz in Leichter Sprache: was es hier gibt und wie Sie es benutzen.".into()
            }
            PageKind::Imprint => "Impressum: wer Stadtteilnetz anbietet.".into(),
            PageKind::Privacy => {
                "Datenschutz: Stadtteilnetz setzt keine Cookies und sendet nichts; was auf Ihrem Gerät bleibt.".into()
            }
            PageKind::Accessibility => {
                "Erklärung zur Barrierefreiheit von Stadtteilnetz.".into()
            }
            PageKind::Connections => {
                "Wer in welchem Netzwerk mitwirkt: die Netzwerke und Akteure als Bild und als Liste.".into()
            }
            PageKind::OpenData => {
                "Offene Daten: die Netzwerke und ihre Mitglieder zum Herunterladen, als HSDS 3.0, Tabelle und Datensatz.".into()
            }
            PageKind::Actor(i) => {
                let actor = &directory.actors()[i];
                actor.description.clone().unwrap_or_else(|| {
                    let networks: Vec<&str> = directory
                        .networks_of_actor(i)
                        .map(|n| n.name.as_str())
                        .collect();
                    if networks.is_empty() {
                        format!("{}: {}", actor.name, actor.kind.label())
                    } else {
                        format!(
                            "{}: {}, wirkt mit in {}.",
                            actor.name,
                            actor.kind.label(),
                            networks.join(", ")
                        )
                    }
                })
            }
            PageKind::Merkliste => {
                "Ihre Merkliste: die Netzwerke und Akteure, die Sie sich gemerkt haben.".into()
            }
            PageKind::NotFound => "Diese Seite gibt es nicht.".into(),
        })
    }

    /// schema.org JSON-LD for network and actor pages (`None` for the
    /// others); `base` is the public address, if one is set, for absolute
    /// links.
    pub fn json_ld(&self, directory: &Directory, base: Option<&str>) -> Option<String> {
        let value = match self.kind {
            PageKind::Network(i) => network_ld(directory, &directory.networks()[i], base),
            PageKind::Actor(i) => actor_ld(directory, i, base),
            _ => return None,
        };
        // `</` cannot end the script element early, whatever the data says.
        Some(value.to_string().replace("</", "<\\/"))
    }
}

/// `path` as an absolute address at `base`, or as it is.
fn address(base: Option<&str>, path: &str) -> String {
    match base {
        Some(base) => format!("{}{path}", base.trim_end_matches('/')),
        None => path.to_owned(),
    }
}

/// The contact fields schema.org has for an organisation.
fn contact_ld(
    object: &mut Map<String, Value>,
    address: Option<&String>,
    contact: Option<&Contact>,
) {
    if let Some(a) = address {
        object.insert(
            "address".into(),
            json!({ "@type": "PostalAddress", "streetAddress": a }),
        );
    }
    if let Some(c) = contact {
        if let Some(phone) = &c.phone {
            object.insert("telephone".into(), json!(phone));
        }
        if let Some(email) = &c.email {
            object.insert("email".into(), json!(email));
        }
    }
}

/// An actor as a short `Organization`, for the member lists.
fn actor_ref(actor: &Actor, base: Option<&str>) -> Value {
    json!({
        "@type": "Organization",
        "name": actor.name,
        "url": address(base, &actor_href(&actor.id)),
    })
}

/// A network as an `Organization`, with every actor as a member in its
/// role (`OrganizationRole`, the role as the network page names it).
fn network_ld(directory: &Directory, network: &Network, base: Option<&str>) -> Value {
    let mut object = Map::new();
    object.insert("@context".into(), json!("https://schema.org"));
    object.insert("@type".into(), json!("Organization"));
    object.insert("name".into(), json!(network.name));
    object.insert("description".into(), json!(network.summary));
    object.insert(
        "url".into(),
        json!(address(base, &network_href(&network.slug))),
    );
    if let Some(year) = network.founded {
        object.insert("foundingDate".into(), json!(year.to_string()));
    }
    if let Some(site) = &network.website {
        object.insert("sameAs".into(), json!(site));
    }
    contact_ld(
        &mut object,
        network.address.as_ref(),
        network.contact.as_ref(),
    );
    let members: Vec<Value> = directory
        .actors_by_role(network)
        .into_iter()
        .flat_map(|(role, actors)| {
            actors.into_iter().map(move |(actor, _)| {
                json!({
                    "@type": "OrganizationRole",
                    "roleName": role.heading(),
                    "member": actor_ref(actor, base),
                })
            })
        })
        .collect();
    if !members.is_empty() {
        object.insert("member".into(), Value::Array(members));
    }
    Value::Object(object)
}

/// An actor as an `Organization` that is a member of its networks, each
/// in its role.
fn actor_ld(directory: &Directory, index: usize, base: Option<&str>) -> Value {
    let actor = &directory.actors()[index];
    let mut object = Map::new();
    object.insert("@context".into(), json!("https://schema.org"));
    object.insert("@type".into(), json!("Organization"));
    object.insert("name".into(), json!(actor.name));
    if let Some(d) = &actor.description {
        object.insert("description".into(), json!(d));
    }
    object.insert("url".into(), json!(address(base, &actor_href(&actor.id))));
    if let Some(site) = &actor.website {
        object.insert("sameAs".into(), json!(site));
    }
    contact_ld(&mut object, actor.address.as_ref(), actor.contact.as_ref());
    let member_of: Vec<Value> = directory
        .involvements(&actor.id)
        .into_iter()
        .map(|inv| {
            json!({
                "@type": "OrganizationRole",
                "roleName": inv.role.on_actor_page(),
                "memberOf": {
                    "@type": "Organization",
                    "name": inv.network.name,
                    "url": address(base, &network_href(&inv.network.slug)),
                },
            })
        })
        .collect();
    if !member_of.is_empty() {
        object.insert("memberOf".into(), Value::Array(member_of));
    }
    Value::Object(object)
}

/// `sitemap.xml`: every listed page at the public address `base`.
pub fn sitemap(directory: &Directory, pages: &[Page], base: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages.iter().filter(|p| p.listed(directory)) {
        out.push_str("  <url><loc>");
        out.push_str(&xml_escape(&address(Some(base), &page.path)));
        out.push_str("</loc>");
        for language in Language::ALL {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                language.tag(),
                xml_escape(&address(
                    Some(base),
                    &page.canonical_in(directory, language)
                ))
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be read but the editor, and where the
/// sitemap is.
pub fn robots(base: &str) -> String {
    format!(
        "User-agent: *\nDisallow: /redaktion/\nSitemap: {}\n",
        address(Some(base), "/sitemap.xml")
    )
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
