//! The pages the build draws: which there are, and what a search engine
//! reads about them (the drawn HTML itself is tested in crates/prerender).

mod common;
use common::shipped;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::pages::{localized_path, pages, unlocalized_path, PageKind};

#[test]
fn every_entry_and_old_address_has_a_page_and_only_current_ones_are_listed() {
    let dir = shipped();
    let every = pages(dir);
    let all: Vec<_> = every
        .iter()
        .filter(|p| p.language == Language::De)
        .cloned()
        .collect();
    assert_eq!(all[0].file, "index.html");
    assert_eq!(all.last().unwrap().kind, PageKind::NotFound);
    assert_eq!(all.last().unwrap().file, "404.html");
    // The same pages in every language, below its code.
    for language in [Language::En, Language::Uk, Language::Ar] {
        let these: Vec<_> = every.iter().filter(|p| p.language == language).collect();
        assert_eq!(these.len(), all.len());
        for (page, german) in these.iter().zip(&all) {
            assert_eq!(page.file, format!("{}/{}", language.code(), german.file));
            assert_eq!(page.path, german.path);
            assert!(!page.listed(dir));
        }
        assert_eq!(these[0].address(), format!("/{}/", language.code()));
    }
    let en = every
        .iter()
        .find(|p| p.language == Language::En && p.kind == PageKind::Network(0))
        .unwrap();
    assert_eq!(
        en.address(),
        format!("/en/netzwerk/{}", dir.networks()[0].slug)
    );
    // Described in English where the entry is translated.
    let english = dir.networks()[0]
        .translations
        .get(&Language::En)
        .and_then(|t| t.summary.clone());
    assert_eq!(en.description(dir), english);
    for n in dir.networks() {
        for id in std::iter::once(&n.slug).chain(&n.aliases) {
            let page = all
                .iter()
                .find(|p| p.path == format!("/netzwerk/{id}"))
                .unwrap();
            assert_eq!(page.file, format!("netzwerk/{id}.html"));
            assert_eq!(page.canonical_path(dir), format!("/netzwerk/{}", n.slug));
            assert_eq!(page.listed(dir), id == &n.slug);
            assert_eq!(page.description(dir).as_deref(), Some(n.summary.as_str()));
        }
    }
    for a in dir.actors() {
        assert!(all
            .iter()
            .any(|p| p.file == format!("akteur/{}.html", a.id)));
    }
    let merkliste = all.iter().find(|p| p.kind == PageKind::Merkliste).unwrap();
    assert!(!merkliste.listed(dir) && merkliste.json_ld(dir, None).is_none());
}

#[test]
fn json_ld_is_valid_and_cannot_end_its_script_element() {
    let mut data = shipped().data().clone();
    data.networks[0].name = "</script><script>alert(1)</script>".into();
    data.networks[0].aliases.push("alt-name".into());
    data.actors[0].name = "A & B \"<b>\"".into();
    let dir = Directory::new(data);
    for page in pages(&dir) {
        let Some(ld) = page.json_ld(&dir, Some("https://x.example/")) else {
            continue;
        };
        assert!(!ld.to_lowercase().contains("</script"), "{ld}");
        let value: serde_json::Value = serde_json::from_str(&ld).unwrap();
        assert_eq!(value["@context"], "https://schema.org");
        assert_eq!(value["@type"], "Organization");
        assert!(value["url"]
            .as_str()
            .unwrap()
            .starts_with("https://x.example/"));
    }
    let first = pages(&dir)
        .into_iter()
        .find(|p| p.kind == PageKind::Network(0))
        .unwrap();
    let value: serde_json::Value =
        serde_json::from_str(&first.json_ld(&dir, None).unwrap()).unwrap();
    assert_eq!(value["name"], "</script><script>alert(1)</script>");
}

#[test]
fn an_id_that_is_no_file_name_gets_no_page_of_its_own() {
    let mut data = shipped().data().clone();
    data.networks[0].aliases.push("../../etc/passwd".into());
    let dir = Directory::new(data);
    assert!(pages(&dir).iter().all(|p| !p.file.contains("..")));
}

#[test]
fn a_page_address_without_its_language_is_the_apps_address() {
    for path in ["/", "/netzwerk/x", "/akteur/y", "/merkliste", "/404"] {
        for language in Language::ALL {
            assert_eq!(unlocalized_path(&localized_path(language, path)), path);
        }
    }
    assert_eq!(unlocalized_path("/en"), "/");
    // Only a whole first segment is a language.
    assert_eq!(unlocalized_path("/english/x"), "/english/x");
    assert_eq!(unlocalized_path("/netzwerk/en"), "/netzwerk/en");
}
