//! `prerender <bundle folder>`: draws every page of the residents' app
//! (`stadtteilnetz_core::pages`) as HTML into the release bundle, with the
//! app's own components rendered natively, so that each page shows with
//! its first bytes, reads without JavaScript and can be found by search
//! engines; the WASM then takes the page over (`ui::browser::takeover`).
//! Run by `scripts/post-build.mjs` after Trunk has written `index.html`,
//! which is the template of every page. Every page is drawn in each
//! interface language (German at the root, the others below `/en/`, …;
//! `index.html`'s first script sends a visitor to theirs before the first
//! paint). With `STADTTEILNETZ_PUBLIC_URL` set it also writes canonical and
//! alternate-language links, `sitemap.xml` and `robots.txt`. It also
//! writes the open data files (`daten/`).

mod document;

use std::path::Path;
use std::process::ExitCode;

use any_spawner::Executor;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use stadtteilnetz::app::App;
use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::public_link_at;
use stadtteilnetz_core::open_data;
use stadtteilnetz_core::pages::{pages, robots, sitemap};

use document::{Page, Template};

fn main() -> ExitCode {
    let Some(folder) = std::env::args().nth(1) else {
        eprintln!("Aufruf: prerender <Ordner des Bundles>");
        return ExitCode::from(2);
    };
    match run(Path::new(&folder)) {
        Ok(count) => {
            println!("prerender: {count} Seiten in {folder} geschrieben");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The public address, if one is set and it is not a local one.
fn public_base() -> Option<String> {
    let base = std::env::var("STADTTEILNETZ_PUBLIC_URL").ok()?;
    public_link_at(&base, "/")?;
    Some(base.trim().trim_end_matches('/').to_owned())
}

fn run(folder: &Path) -> Result<usize, String> {
    let index = folder.join("index.html");
    let text = std::fs::read_to_string(&index)
        .map_err(|e| format!("{}: kann nicht gelesen werden: {e}", index.display()))?;
    let template = Template::parse(&text)?;
    let catalogue = stadtteilnetz::catalogue();
    let directory = catalogue.directory();
    let base = public_base();
    let all = pages(directory);
    Executor::init_futures_executor().map_err(|e| format!("{e:?}"))?;
    for page in &all {
        // The app chooses the page's language as for a browser that
        // prefers it (nothing is stored on a first visit).
        stadtteilnetz_ui::browser::locale::render_in(page.language.code());
        let (body, title) = render(&catalogue, &page.path);
        let links = base.as_ref().map(|b| {
            let alternates =
                Language::ALL.map(|l| (l.tag(), format!("{b}{}", page.canonical_in(directory, l))));
            (format!("{b}{}", page.canonical_path(directory)), alternates)
        });
        let html = template.page(Page {
            language: page.language,
            body: &body,
            title: &title,
            description: page.description(directory).as_deref(),
            links: links.as_ref().map(|(c, a)| (c.as_str(), a.as_slice())),
            json_ld: page.json_ld(directory, base.as_deref()).as_deref(),
        });
        let file = folder.join(&page.file);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    write_open_data(folder, directory.data())?;
    if let Some(base) = &base {
        let write = |name: &str, text: String| {
            std::fs::write(folder.join(name), text).map_err(|e| format!("{name}: {e}"))
        };
        write("sitemap.xml", sitemap(directory, &all, base))?;
        write("robots.txt", robots(base))?;
    }
    Ok(all.len())
}

/// The open data files (`stadtteilnetz_core::open_data`) into the bundle's
/// `daten/`, where the page "Offene Daten" links them and the worker
/// caches them with the app.
fn write_open_data(folder: &Path, data: &stadtteilnetz_core::model::Dataset) -> Result<(), String> {
    let dir = folder.join(open_data::FOLDER);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for file in &open_data::FILES {
        let path = dir.join(file.name);
        std::fs::write(&path, file.contents(data))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The app at `path` as HTML (what goes into `<body>`), and its title.
fn render(catalogue: &Catalogue, path: &str) -> (String, String) {
    use futures::StreamExt;
    let owner = Owner::new();
    let (meta, output) = ServerMetaContext::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(meta);
        let catalogue = catalogue.clone();
        // Signals are read once here, to draw; nothing tracks them.
        let _zone = reactive_graph::diagnostics::SpecialNonReactiveZone::enter();
        let body = view! { <App catalogue/> }.to_html_stream_in_order();
        // leptos_meta hands the title out by putting it into a document.
        let document = futures::stream::iter(["<head></head><body>".to_owned()]).chain(body);
        futures::executor::block_on(async {
            let stream = output.inject_meta_context(document).await;
            Box::pin(stream).collect::<Vec<_>>().await.concat()
        })
    });
    drop(owner);
    let (head, body) = html.split_once("<body>").unwrap_or_default();
    let title = head
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map(|(title, _)| title.to_owned())
        .unwrap_or_default();
    (body.to_owned(), title)
}
