//! The pages the build draws, read as a search engine or a browser with
//! JavaScript off reads them: `prerender` is run on the repository's own
//! `index.html` and the shipped data, and every page must hold its entry's
//! text, its title and description, its JSON-LD, and links that lead to
//! pages that exist.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use stadtteilnetz_core::directory::Directory;

const BASE: &str = "https://stadtteilnetz.example";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn shipped() -> Directory {
    let file = root().join("data/netzwerke.json");
    let text = std::fs::read_to_string(&file).unwrap();
    Directory::from_json("netzwerke.json", &text).unwrap()
}

/// Draws the pages into a fresh folder (with a public address, or not).
fn draw(public: Option<&str>) -> PathBuf {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "stadtteilnetz-prerender-{}-{run}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(root().join("index.html"), dir.join("index.html")).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_prerender"));
    command.arg(&dir).env_remove("STADTTEILNETZ_PUBLIC_URL");
    if let Some(base) = public {
        command.env("STADTTEILNETZ_PUBLIC_URL", base);
    }
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The text of `<tag …>…</tag>` (the first), tags inside removed.
fn element(html: &str, tag: &str) -> String {
    let start = html
        .find(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("no <{tag}>"));
    let inner = &html[start + html[start..].find('>').unwrap() + 1..];
    let end = inner.find(&format!("</{tag}>")).unwrap();
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner[..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// Every in-app link in a page's body (`href="/…"`).
fn links(html: &str) -> BTreeSet<String> {
    let body = html.split_once("<body>").map_or(html, |(_, b)| b);
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split(['?', '#']).next().unwrap().to_owned())
        .collect()
}

/// The file a static host serves for `path` (as `scripts/serve.mjs` does).
fn file_for(dir: &Path, path: &str) -> Option<PathBuf> {
    let direct = dir.join(path.trim_start_matches('/'));
    if path == "/" {
        return Some(dir.join("index.html"));
    }
    if direct.is_file() {
        return Some(direct);
    }
    let page = dir.join(format!("{}.html", path.trim_start_matches('/')));
    page.is_file().then_some(page)
}

#[test]
fn every_network_and_actor_page_holds_its_entry() {
    let directory = shipped();
    let dir = draw(None);
    for network in directory.networks() {
        let html = read(&dir, &format!("netzwerk/{}.html", network.slug));
        assert_eq!(element(&html, "h1"), network.name);
        assert_eq!(
            element(&html, "title"),
            format!("{} – Stadtteilnetz Lobeda", network.name)
        );
        assert!(html.contains(&format!(
            "<meta name=description content=\"{}\">",
            escaped(&network.summary)
        )));
        assert!(html.contains(&network.summary), "{}: summary", network.slug);
        for paragraph in &network.description {
            assert!(
                html.contains(paragraph.as_str()),
                "{}: description",
                network.slug
            );
        }
        for (role, actors) in directory.actors_by_role(network) {
            for (actor, _) in actors {
                assert!(html.contains(&format!("href=\"/akteur/{}\"", actor.id)));
                assert!(html.contains(&format!(
                    "\"member\":{{\"@type\":\"Organization\",\"name\":{},\"url\":\"/akteur/{}\"}},\"roleName\":\"{}\"",
                    serde_json::to_string(&actor.name).unwrap(),
                    actor.id,
                    role.heading()
                )), "{}: JSON-LD member {}", network.slug, actor.id);
            }
        }
        assert!(html.contains("<html lang=de dir=ltr>"));
        assert!(
            !html.contains("kein Speichern"),
            "no storage notice in a drawn page"
        );
    }
    for (i, actor) in directory.actors().iter().enumerate() {
        let html = read(&dir, &format!("akteur/{}.html", actor.id));
        assert_eq!(element(&html, "h1"), actor.name);
        assert!(element(&html, "title").starts_with(&actor.name));
        if let Some(d) = &actor.description {
            assert!(html.contains(d.as_str()), "{}: description", actor.id);
        }
        for network in directory.networks_of_actor(i) {
            assert!(html.contains(&format!("href=\"/netzwerk/{}\"", network.slug)));
            assert!(
                html.contains("\"memberOf\""),
                "{}: JSON-LD memberOf",
                actor.id
            );
        }
    }
}

#[test]
fn every_link_between_pages_leads_to_a_drawn_page() {
    let dir = draw(None);
    let mut seen = BTreeSet::new();
    let mut todo = vec!["/".to_owned()];
    while let Some(path) = todo.pop() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let file = file_for(&dir, &path).unwrap_or_else(|| panic!("{path}: no page"));
        if file.extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(&file).unwrap();
            todo.extend(
                links(&html)
                    .into_iter()
                    .filter(|l| !l.starts_with("/redaktion")),
            );
        }
    }
    let directory = shipped();
    // Reached by following links from the start page: every entry.
    for n in directory.networks() {
        assert!(
            seen.contains(&format!("/netzwerk/{}", n.slug)),
            "{}",
            n.slug
        );
    }
    for a in directory.actors() {
        assert!(seen.contains(&format!("/akteur/{}", a.id)), "{}", a.id);
    }
    assert!(seen.contains("/merkliste"));
}

#[test]
fn start_merkliste_and_not_found_pages_say_what_needs_javascript() {
    let directory = shipped();
    let dir = draw(None);
    let home = read(&dir, "index.html");
    assert_eq!(element(&home, "h1"), "Netzwerke in Lobeda");
    for n in directory.networks() {
        assert!(
            home.contains(&format!("href=\"/netzwerk/{}\"", n.slug)),
            "{}",
            n.slug
        );
    }
    assert!(
        home.contains("action=\"/\" method=\"get\""),
        "a plain GET form"
    );
    assert!(home.contains("name=\"q\""));
    assert!(home.contains("Suche und Filter brauchen JavaScript"));
    // The template's four-language "needs JavaScript" note is not true here.
    assert!(!home.contains("<noscript>"));
    let merkliste = read(&dir, "merkliste.html");
    assert!(merkliste.contains("Die Merkliste braucht JavaScript"));
    let not_found = read(&dir, "404.html");
    assert_eq!(element(&not_found, "h1"), "Seite nicht gefunden");
    assert!(element(&not_found, "title").starts_with("Seite nicht gefunden"));
    // Without a public address: no canonical links, no sitemap.
    assert!(!home.contains("rel=canonical"));
    assert!(!dir.join("sitemap.xml").exists() && !dir.join("robots.txt").exists());
    // Run twice on its own output, it refuses rather than nest pages.
    let again = Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("schon eine gezeichnete Seite"));
}

#[test]
fn a_public_address_gives_canonical_links_a_sitemap_and_robots() {
    let directory = shipped();
    let dir = draw(Some(&format!("{BASE}/")));
    let sitemap = read(&dir, "sitemap.xml");
    let locs = sitemap.matches("<loc>").count();
    assert!(sitemap.contains(&format!("hreflang=\"ar\" href=\"{BASE}/ar/\"")));
    assert!(sitemap.contains(&format!("hreflang=\"de-x-ls\" href=\"{BASE}/ls/\"")));
    // The start page, every entry, the four pages of a public service,
    // the connections picture and the open data.
    assert_eq!(
        locs,
        1 + directory.networks().len() + directory.actors().len() + 6
    );
    // The open data files the page links are beside it.
    for file in &stadtteilnetz_core::open_data::FILES {
        let text = read(&dir, &format!("daten/{}", file.name));
        assert_eq!(text, file.contents(directory.data()), "{}", file.name);
    }
    for path in [
        "impressum",
        "datenschutz",
        "barrierefreiheit",
        "leichte-sprache",
        "verbindungen",
    ] {
        assert!(
            sitemap.contains(&format!("<loc>{BASE}/{path}</loc>")),
            "{path}"
        );
    }
    assert!(sitemap.contains(&format!("<loc>{BASE}/</loc>")));
    assert!(!sitemap.contains("/merkliste") && !sitemap.contains("/404"));
    assert_eq!(
        read(&dir, "robots.txt"),
        format!("User-agent: *\nDisallow: /redaktion/\nSitemap: {BASE}/sitemap.xml\n")
    );
    let n = &directory.networks()[0];
    let html = read(&dir, &format!("netzwerk/{}.html", n.slug));
    assert!(html.contains(&format!(
        "<link rel=canonical href=\"{BASE}/netzwerk/{}\">",
        n.slug
    )));
    assert!(html.contains(&format!("\"url\":\"{BASE}/netzwerk/{}\"", n.slug)));
}

#[test]
fn every_page_is_drawn_in_each_language_in_its_direction() {
    let directory = shipped();
    let dir = draw(None);
    let locale = |lang: &str, ns: &str| -> serde_json::Value {
        let file = root().join(format!("locales/{lang}/{ns}.json"));
        serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
    };
    for (lang, dir_attr) in [("en", "ltr"), ("uk", "ltr"), ("ar", "rtl")] {
        let home = read(&dir, &format!("{lang}/index.html"));
        assert!(
            home.contains(&format!("<html lang={lang} dir={dir_attr}>")),
            "{lang}"
        );
        assert_eq!(
            element(&home, "h1"),
            locale(lang, "home")["heading"].as_str().unwrap()
        );
        let skip = locale(lang, "common")["header"]["skip_link"]
            .as_str()
            .unwrap()
            .to_owned();
        for n in directory.networks() {
            let page = read(&dir, &format!("{lang}/netzwerk/{}.html", n.slug));
            assert!(page.contains(&format!("<html lang={lang} dir={dir_attr}>")));
            assert!(
                page.contains(&skip),
                "{lang}: the interface in the page's language"
            );
            assert_eq!(element(&page, "h1"), n.name, "names stay German");
        }
        let missing = read(&dir, &format!("{lang}/404.html"));
        assert_eq!(
            element(&missing, "h1"),
            locale(lang, "common")["not_found"]["title"]
                .as_str()
                .unwrap()
        );
    }
}

#[test]
fn the_pages_of_a_public_service_are_drawn_in_every_language_and_every_page_links_them() {
    let dir = draw(None);
    for (file, heading) in [
        ("impressum.html", "Impressum"),
        ("datenschutz.html", "Datenschutz"),
        ("barrierefreiheit.html", "Erklärung zur Barrierefreiheit"),
        ("leichte-sprache.html", "Leichte Sprache"),
        ("en/impressum.html", "Legal notice (Impressum)"),
        ("ls/leichte-sprache.html", "Leichte Sprache"),
    ] {
        let html = read(&dir, file);
        assert_eq!(element(&html, "h1"), heading, "{file}");
    }
    let ls = read(&dir, "ls/index.html");
    assert!(
        ls.starts_with("<!DOCTYPE html><html lang=de-x-ls dir=ltr>")
            || ls.contains("<html lang=de-x-ls dir=ltr>")
    );
    // Every page's footer links the four.
    let slug = shipped().networks()[0].slug.clone();
    for file in [
        "index.html",
        &format!("netzwerk/{slug}.html"),
        "404.html",
        "ar/merkliste.html",
    ] {
        let html = read(&dir, file);
        for href in [
            "/impressum",
            "/datenschutz",
            "/barrierefreiheit",
            "/leichte-sprache",
        ] {
            assert!(
                html.contains(&format!("href=\"{href}\"")),
                "{file} links {href}"
            );
        }
    }
}
