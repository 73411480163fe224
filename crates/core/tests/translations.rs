//! Content in other languages: the shipped English translations, the German
//! fallback with its language, the checks for editors, and search across
//! languages.

mod common;
use common::{shipped, shipped_index, EMBEDDED_JSON};
use serde_json::{json, Value};
use stadtteilnetz_core::content::Text;
use stadtteilnetz_core::language::Language::{self, Ar, De, En, Uk};
use stadtteilnetz_core::model::Origin;
use stadtteilnetz_core::search::{DocRef, Field};
use stadtteilnetz_core::translation::{state, TranslationState};
use stadtteilnetz_core::validate::{parse_dataset, Problem};

const FILE: &str = "data/netzwerke.json";

/// The languages the shipped texts are translated into.
const TRANSLATED: [Language; 3] = [En, Uk, Ar];

#[test]
fn every_text_is_translated_into_english_ukrainian_and_arabic() {
    for language in TRANSLATED {
        for n in shipped().networks() {
            let slug = &n.slug;
            assert_eq!(n.summary_in(language).lang, language, "{slug}: summary");
            assert_ne!(n.summary_in(language).text, n.summary, "{slug}: summary");
            assert!(n.gloss(language).is_some(), "{slug}: gloss");
            if let Some(c) = n.caption_in(language) {
                assert_eq!(c.lang, language, "{slug}: caption");
            }
            for (what, texts, german) in [
                ("description", n.description_in(language), &n.description),
                ("goals", n.goals_in(language), &n.goals),
                ("facts", n.facts_in(language), &n.facts),
            ] {
                assert_eq!(texts.items.len(), german.len(), "{slug}: {what}");
                if !german.is_empty() {
                    assert_eq!(texts.lang, language, "{slug}: {what}");
                }
            }
            for p in &n.actors {
                if p.note.is_some() {
                    let note = p.note_in(language).unwrap();
                    assert_eq!(note.lang, language, "{slug}: note of {}", p.actor);
                }
            }
            for t in shipped().topics_of(n).chain(shipped().target_groups_of(n)) {
                assert_eq!(
                    t.label_in(language).lang,
                    language,
                    "{slug}: label of {}",
                    t.id
                );
            }
        }
        for p in &shipped().data().projects {
            assert_eq!(p.description_in(language).lang, language, "{}", p.id);
            assert!(p.gloss(language).is_some(), "{}", p.id);
        }
        for a in shipped().actors() {
            assert!(a.gloss(language).is_some(), "{}: gloss", a.id);
            if let Some(d) = a.description_in(language) {
                assert_eq!(d.lang, language, "{}", a.id);
            }
        }
    }
}

/// Every translation's state in `language`, named for messages.
fn states(language: Language) -> Vec<(String, Option<TranslationState>)> {
    let data = shipped().data();
    let mut out = Vec::new();
    for t in data.topics.iter().chain(&data.target_groups) {
        out.push((t.id.clone(), state(t, language)));
    }
    for a in &data.actors {
        out.push((a.id.clone(), state(a, language)));
    }
    for p in &data.projects {
        out.push((p.id.clone(), state(p, language)));
    }
    for n in &data.networks {
        out.push((n.slug.clone(), state(n, language)));
        for part in &n.actors {
            if part.note.is_some() {
                out.push((format!("{}: {}", n.slug, part.actor), state(part, language)));
            }
        }
    }
    out
}

#[test]
fn ukrainian_and_arabic_are_machine_made_unchecked_and_current() {
    for language in [Uk, Ar] {
        let all = states(language);
        assert!(all.len() > 60, "{}", all.len());
        for (what, s) in all {
            let s = s.unwrap_or_else(|| panic!("{what}: no {language:?} translation"));
            assert_eq!(s.origin, Origin::Machine, "{what}");
            assert!(!s.reviewed, "{what}: nobody has checked it");
            assert!(!s.outdated, "{what}: its fingerprint is that of the German");
        }
    }
}

#[test]
fn missing_translations_fall_back_to_german_and_say_so() {
    let mut n = shipped().networks()[0].clone();
    n.translations.retain(|l, _| *l == En);
    for language in [De, Uk, Ar] {
        assert_eq!(
            n.summary_in(language),
            Text {
                text: &n.summary,
                lang: De
            }
        );
        let d = n.description_in(language);
        assert_eq!(d.lang, De);
        assert_eq!(
            d.items,
            n.description.iter().map(String::as_str).collect::<Vec<_>>()
        );
        assert_eq!(n.gloss(language), None);
    }
}

fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    edit(&mut v);
    match parse_dataset(FILE, &serde_json::to_string_pretty(&v).unwrap()) {
        Ok(_) => panic!("accepted bad translations"),
        Err(p) => p,
    }
}

/// A translation's status, as every one needs in format 2 (the fingerprint
/// need not match to be valid: a mismatch means "possibly outdated").
fn status() -> Value {
    json!({ "origin": "human", "reviewed": true, "fingerprint": "0123456789abcdef" })
}

fn one(problems: Vec<Problem>) -> Problem {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn editors_are_told_what_is_wrong_with_a_translation() {
    let p = one(problems_after(|v| {
        v["networks"][0]["translations"]["de"] = json!({"status": status(), "summary": "Doppelt"});
    }));
    assert_eq!(p.field, "translations.de");
    assert!(p.message.contains("Originalsprache"), "{p}");

    let p = one(problems_after(|v| {
        v["networks"][0]["translations"]["en"]["goals"] = json!(["only one"]);
    }));
    assert_eq!(p.field, "translations.en.goals");
    assert!(
        p.message
            .contains("hat 1 Einträge, das deutsche „goals“ hat 3"),
        "{p}"
    );

    let p = one(problems_after(|v| {
        v["networks"][2]["translations"]["en"]["caption"] = json!("A caption");
    }));
    assert_eq!(p.field, "translations.en.caption");

    let p = one(problems_after(|v| {
        v["topics"][0]["translations"]["uk"] = json!({"status": status(), "label": "  "});
    }));
    assert_eq!(p.field, "translations.uk.label");
    assert!(
        p.message.contains("übersetzen oder das Feld weglassen"),
        "{p}"
    );

    let p = one(problems_after(|v| {
        v["topics"][0]["translations"]["fr"] = json!({"status": status(), "label": "Travail"});
    }));
    assert!(p.message.contains("fr"), "{p}");
    assert!(
        p.message.contains("en"),
        "names the languages there are: {p}"
    );

    let p = one(problems_after(|v| {
        v["networks"][0]["translations"]["en"]["sumary"] = json!("typo");
    }));
    assert!(p.message.contains("sumary"), "{p}");
}

fn first_hit(query: &str) -> Option<DocRef> {
    shipped_index().search(query, 5).hits.first().map(|h| h.doc)
}

#[test]
fn english_finds_english_text_and_marks_it_as_english() {
    let dir = shipped();
    let refugees = dir
        .networks()
        .iter()
        .position(|n| n.slug == "netzwerkrunde-arbeit-mit-gefluechteten")
        .unwrap();
    assert_eq!(first_hit("refugees"), Some(DocRef::Network(refugees)));
    assert_eq!(first_hit("Geflüchtete"), Some(DocRef::Network(refugees)));
    let index = shipped_index();
    let results = index.search("refugees", 5);
    let marks = index.highlights(dir, DocRef::Network(refugees), &results);
    let summary = marks
        .iter()
        .find(|m| m.field == Field::Summary)
        .expect("the English summary is marked");
    assert_eq!(summary.value.lang, Language::En);
    assert_eq!(
        summary.text,
        dir.networks()[refugees].summary_in(En).text,
        "the mark is on the text the page shows in English"
    );
    let (s, e) = summary.spans[0];
    assert!(summary.text[s..e].eq_ignore_ascii_case("refugees"));
}

/// The network a query finds first, by slug.
fn first_network(query: &str) -> Option<&'static str> {
    match first_hit(query)? {
        DocRef::Network(i) => Some(&shipped().networks()[i].slug),
        DocRef::Actor(_) => None,
    }
}

#[test]
fn ukrainian_and_arabic_find_their_own_words_and_mark_them() {
    let refugees = "netzwerkrunde-arbeit-mit-gefluechteten";
    // Ukrainian: "refugees" (in the target group's label and the summary).
    assert_eq!(first_network("біженців"), Some(refugees));
    assert_eq!(first_network("Біженці"), Some(refugees));
    // Arabic: the same, and without the vowel signs many keyboards leave
    // out ("اللاجئين", "اللاجئون").
    assert_eq!(first_network("اللاجئين"), Some(refugees));
    assert_eq!(first_network("اندماج اللاجئين"), Some(refugees));
    // "The integration alliance" in both.
    let alliance = "jenaer-integrationsbuendnis";
    assert_eq!(first_network("союз інтеграції"), Some(alliance));
    assert_eq!(first_network("تحالف الاندماج"), Some(alliance));
    // "organises" written with the shadda (ينظّم) in the data, typed without.
    let klex = shipped()
        .actors()
        .iter()
        .position(|a| a.id == "klex")
        .unwrap();
    assert!(shipped_index()
        .search("ينظم", 10)
        .hits
        .iter()
        .any(|h| h.doc == DocRef::Actor(klex)));

    let dir = shipped();
    let index = shipped_index();
    for (query, language) in [("біженців", Uk), ("اللاجئين", Ar)] {
        let i = dir
            .networks()
            .iter()
            .position(|n| n.slug == refugees)
            .unwrap();
        let results = index.search(query, 5);
        let marks = index.highlights(dir, DocRef::Network(i), &results);
        let summary = marks
            .iter()
            .find(|m| m.field == Field::Summary && m.value.lang == language)
            .unwrap_or_else(|| panic!("{query}: the {language:?} summary is marked"));
        assert_eq!(summary.text, dir.networks()[i].summary_in(language).text);
        // The mark is on the word itself (its ending may differ).
        let (s, e) = summary.spans[0];
        let stem: String = query.chars().take(query.chars().count() - 2).collect();
        assert!(
            summary.text[s..e].starts_with(&stem),
            "{query}: {}",
            &summary.text[s..e]
        );
    }
}

/// Words Leichte Sprache does without (abbreviations), as the rules of the
/// Netzwerk Leichte Sprache and DIN SPEC 33429 ask.
const ABBREVIATIONS: [&str; 7] = ["z. B.", "z.B.", "bzw.", "ggf.", "usw.", "u. a.", "d. h."];

/// The sentences of a text (split after . ! ? and at line breaks).
fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// A Leichte Sprache text keeps the rules a machine can check: no
/// abbreviations, short sentences (at most 15 words), and every long
/// compound of the German text it restates does not appear unsplit.
fn assert_easy(what: &str, text: &str) {
    for a in ABBREVIATIONS {
        assert!(!text.contains(a), "{what}: „{a}“ in Leichter Sprache");
    }
    for s in sentences(text) {
        let words = s.split_whitespace().count();
        assert!(words <= 15, "{what}: {words} words in „{s}“");
    }
}

#[test]
fn every_network_has_a_summary_and_description_in_leichte_sprache() {
    let data = shipped().data();
    for n in shipped().networks() {
        let slug = &n.slug;
        let summary = n.summary_in(Language::Ls);
        assert_eq!(summary.lang, Language::Ls, "{slug}: summary");
        assert_easy(slug, summary.text);
        let description = n.description_in(Language::Ls);
        assert_eq!(description.lang, Language::Ls, "{slug}: description");
        assert_eq!(description.items.len(), n.description.len(), "{slug}");
        for p in &description.items {
            assert_easy(slug, p);
        }
        // Written by a program, not yet checked by a test group, and made
        // from the German as it is now.
        let s = state(n, Language::Ls).expect("a status");
        assert_eq!(
            (s.origin, s.reviewed, s.outdated),
            (Origin::Machine, false, false),
            "{slug}"
        );
    }
    for t in data.topics.iter().chain(&data.target_groups) {
        let label = &t.translations[&Language::Ls].label;
        assert_easy(&t.id, label);
        assert!(label.split_whitespace().count() <= 4, "{}: {label}", t.id);
    }
}

#[test]
fn the_page_leichte_sprache_says_what_bitv_asks_and_is_marked_unchecked() {
    let page = shipped().data().easy_read.as_ref().expect("the page");
    assert_eq!((page.origin, page.reviewed), (Origin::Machine, false));
    let all: String = page
        .sections
        .iter()
        .flat_map(|s| std::iter::once(&s.heading).chain(&s.paragraphs))
        .map(|t| format!("{t}\n"))
        .collect();
    assert_easy("page", &all);
    // What the app holds: every network by name.
    for n in shipped().networks() {
        assert!(all.contains(&n.name), "the page names {}", n.name);
    }
    // How to use it, the accessibility statement, and how to report.
    for needed in [
        "Such·feld",
        "Merk·liste",
        "Sprache",
        "Barriere·freiheit",
        "teilweise barriere·frei",
        "Fehler melden",
    ] {
        assert!(all.contains(needed), "the page says „{needed}“");
    }
}

#[test]
fn leichte_sprache_is_not_searched_so_its_explanations_match_nothing() {
    // "Firma" is only in a Leichte Sprache explanation ("Die ÜAG gGmbH ist
    // eine gemein·nützige Firma"), in no other text of the dataset.
    assert!(shipped_index().search("Firma", 10).hits.is_empty());
    // A Leichte Sprache reader's words find the German texts.
    assert!(!shipped_index().search("Jugendarbeit", 10).hits.is_empty());
}
