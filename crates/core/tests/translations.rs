//! Content in other languages: the shipped English translations, the German
//! fallback with its language, the checks for editors, and search across
//! languages.

mod common;
use common::{shipped, shipped_index, EMBEDDED_JSON};
use serde_json::{json, Value};
use stadtteilnetz_core::content::Text;
use stadtteilnetz_core::language::Language::{self, Ar, De, En, Uk};
use stadtteilnetz_core::search::{DocRef, Field};
use stadtteilnetz_core::validate::{parse_dataset, Problem};

const FILE: &str = "data/netzwerke.json";

#[test]
fn every_network_text_has_an_english_translation() {
    for n in shipped().networks() {
        let slug = &n.slug;
        assert_eq!(n.summary_in(En).lang, En, "{slug}: summary");
        assert_ne!(n.summary_in(En).text, n.summary, "{slug}: summary");
        assert!(n.gloss(En).is_some(), "{slug}: gloss");
        if let Some(c) = n.caption_in(En) {
            assert_eq!(c.lang, En, "{slug}: caption");
        }
        for (what, texts, german) in [
            ("description", n.description_in(En), &n.description),
            ("goals", n.goals_in(En), &n.goals),
            ("facts", n.facts_in(En), &n.facts),
        ] {
            assert_eq!(texts.items.len(), german.len(), "{slug}: {what}");
            if !german.is_empty() {
                assert_eq!(texts.lang, En, "{slug}: {what}");
            }
        }
        for p in &n.actors {
            if let Some(note) = p.note_in(En) {
                assert_eq!(note.lang, En, "{slug}: note of {}", p.actor);
            }
        }
        for t in shipped().topics_of(n).chain(shipped().target_groups_of(n)) {
            assert_eq!(t.label_in(En).lang, En, "{slug}: label of {}", t.id);
        }
    }
    for p in &shipped().data().projects {
        assert_eq!(p.description_in(En).lang, En, "{}", p.id);
    }
    for a in shipped().actors() {
        if let Some(d) = a.description_in(En) {
            assert_eq!(d.lang, En, "{}", a.id);
        }
    }
}

#[test]
fn missing_translations_fall_back_to_german_and_say_so() {
    let n = &shipped().networks()[0];
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
