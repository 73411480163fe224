//! Data format 2: the migration from format 1 (the shipped file as it was,
//! and older hand-written files), the canonical writer, translation
//! fingerprints, and old addresses (aliases) of renamed entries.

mod common;
use common::{shipped, EMBEDDED_JSON};
use serde_json::{json, Value};
use stadtteilnetz_core::bookmarks::{Item, Merkliste};
use stadtteilnetz_core::canonical::to_canonical_json;
use stadtteilnetz_core::content::TranslationNotes;
use stadtteilnetz_core::date::Date;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::migrate;
use stadtteilnetz_core::model::{Dataset, Language, Origin, FORMAT_VERSION};
use stadtteilnetz_core::translation::{fingerprint, state};
use stadtteilnetz_core::validate::{parse_dataset, parse_dataset_with, Checks, ProblemKind};

/// The shipped file as it was in format 1, before `validate --migrate`.
const FORMAT_1: &str = include_str!("fixtures/netzwerke-format-1.json");

fn parse(text: &str) -> Dataset {
    parse_dataset("test.json", text).unwrap_or_else(|p| panic!("{p:#?}"))
}

#[test]
fn the_shipped_file_is_format_2_and_round_trips_byte_for_byte() {
    let data = parse(EMBEDDED_JSON);
    assert_eq!(data.format, FORMAT_VERSION);
    let written = to_canonical_json(&data);
    if written != EMBEDDED_JSON {
        let line = written
            .lines()
            .zip(EMBEDDED_JSON.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!("data/netzwerke.json is not in canonical form (first difference in line {line}); the editor's export would change it");
    }
}

#[test]
fn canonical_form_key_order_indentation_and_final_newline() {
    let text = to_canonical_json(&shipped().data().clone());
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("{"));
    assert_eq!(
        lines.next(),
        Some("  \"$schema\": \"./netzwerke.schema.json\",")
    );
    assert_eq!(lines.next(), Some("  \"format\": 2,"));
    assert_eq!(lines.next(), Some("  \"source\": {"));
    // Top-level keys in the model's order.
    let keys: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "$schema",
            "format",
            "source",
            "publisher",
            "easy_read",
            "topics",
            "target_groups",
            "actors",
            "projects",
            "networks"
        ]
    );
    // A network's keys, in order; absent aliases and translations are left out.
    let n = serde_json::to_string_pretty(&shipped().networks()[0]).unwrap();
    let order: Vec<&str> = n
        .lines()
        .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
        .map(|l| l.trim().split('"').nth(1).unwrap())
        .collect();
    assert_eq!(order.first().copied(), Some("slug"));
    let i = |k: &str| order.iter().position(|o| *o == k).unwrap();
    assert!(i("name") < i("summary") && i("image") < i("reviewed"));
    assert!(i("reviewed") < i("maintainer") && i("maintainer") < i("translations"));
    // Umlauts are written as they are, not escaped.
    assert!(text.contains("Stadtteilbüro") && !text.contains("\\u00fc"));
    // Writing what was read is a fixed point, whatever the layout was.
    let compact = serde_json::to_string(&shipped().data()).unwrap();
    assert_eq!(to_canonical_json(&parse(&compact)), text);
}

#[test]
fn the_format_1_file_migrates_to_the_shipped_format_2() {
    let raw: Dataset = serde_json::from_str(FORMAT_1).unwrap();
    assert_eq!(raw.format, 1);
    let mut migrated = raw.clone();
    let m = migrate::to_current(&mut migrated).expect("format 1 is migrated");
    assert_eq!(m.from, 1);
    assert_eq!(m.statuses, 61, "every translation got a status");
    assert_eq!(
        m.aliases, 2,
        "the two topics whose label slug is not their id"
    );
    assert_eq!(
        migrate::to_current(&mut migrated.clone()),
        None,
        "once is enough"
    );

    // Reading format 1 gives the same data as migrating it.
    let read = parse_dataset_with("alt.json", FORMAT_1, &Checks::default()).unwrap();
    assert_eq!(read.migration.as_ref().map(|m| m.from), Some(1));
    assert_eq!(read.data, migrated);

    // The shipped file is that migration, plus what was added since: the
    // review dates of the day its entries were checked against the source,
    // the Ukrainian, Arabic and Leichte Sprache texts, and the publisher
    // block, which holds the name of the source's publisher and nothing
    // else (no detail the source does not state).
    let mut shipped = shipped().data().clone();
    without_translations(&mut shipped, &[Language::Uk, Language::Ar, Language::Ls]);
    assert!(
        shipped.easy_read.take().is_some(),
        "the page in Leichte Sprache"
    );
    let publisher = shipped.publisher.take().expect("a publisher block");
    assert_eq!(publisher.name, shipped.source.publisher);
    assert_eq!(
        publisher,
        stadtteilnetz_core::model::Publisher {
            name: publisher.name.clone(),
            ..Default::default()
        }
    );
    let checked = Date::parse("2026-12-01").unwrap();
    for n in &mut shipped.networks {
        assert_eq!(n.reviewed.take(), Some(checked), "{}", n.slug);
    }
    for a in &mut shipped.actors {
        assert_eq!(a.reviewed.take(), Some(checked), "{}", a.id);
    }
    for p in &mut shipped.projects {
        assert_eq!(p.reviewed.take(), Some(checked), "{}", p.id);
    }
    assert_eq!(shipped, migrated);

    let generationen = migrated
        .topics
        .iter()
        .find(|t| t.id == "generationen")
        .unwrap();
    assert_eq!(generationen.aliases, ["miteinander-der-generationen"]);
    let en = &migrated.networks[0].translations[&Language::En];
    let status = en.status.as_ref().unwrap();
    assert_eq!((status.origin, status.reviewed), (Origin::Machine, false));
    assert_eq!(status.fingerprint, fingerprint(&migrated.networks[0], en));
}

/// A small format-1 file as someone might have written it by hand: a term
/// whose label slug another term has as its id, translations of every
/// kind, no `$schema`.
#[test]
fn an_older_hand_written_file_migrates_and_validates() {
    let old = json!({
        "format": 1,
        "source": { "title": "Quelle", "publisher": "Büro" },
        "topics": [
            { "id": "jugend", "label": "Jugendarbeit", "translations": { "uk": { "label": "Робота з молоддю" } } },
            { "id": "jugendarbeit", "label": "Offene Jugendarbeit" }
        ],
        "target_groups": [{ "id": "alle", "label": "Alle" }],
        "actors": [{ "id": "verein", "name": "Ein Verein", "kind": "association",
                     "description": "Macht etwas.", "translations": { "ar": { "description": "يفعل شيئًا." } } }],
        "projects": [],
        "networks": [{
            "slug": "runde", "name": "Runde", "summary": "Trifft sich.", "description": ["Text."],
            "topics": ["jugend"], "target_groups": [], "levels": ["district"],
            "actors": [{ "actor": "verein", "role": "member", "note": "macht mit",
                         "translations": { "en": { "note": "takes part" } } }],
            "translations": { "en": { "summary": "Meets." } }
        }]
    });
    let text = serde_json::to_string_pretty(&old).unwrap();
    let read = parse_dataset_with("alt.json", &text, &Checks::default()).unwrap();
    assert_eq!(read.migration.as_ref().map(|m| m.from), Some(1));
    let data = read.data;
    // "jugendarbeit" is another topic's id: no alias that would lead there.
    assert!(data.topics[0].aliases.is_empty());
    assert_eq!(data.topics[1].aliases, ["offene-jugendarbeit"]);
    for s in [
        data.topics[0].translations[&Language::Uk].status.as_ref(),
        data.actors[0].translations[&Language::Ar].status.as_ref(),
        data.networks[0].actors[0].translations[&Language::En]
            .status
            .as_ref(),
        data.networks[0].translations[&Language::En].status.as_ref(),
    ] {
        let s = s.expect("a status");
        assert_eq!((s.origin, s.reviewed), (Origin::Machine, false));
    }
    // Written in format 2, it reads back as the same data.
    let written = to_canonical_json(&data);
    assert!(written.contains("\"format\": 2"));
    assert_eq!(parse(&written), data);
}

#[test]
fn format_2_requires_a_status_per_translation_and_says_how_to_write_it() {
    let mut v: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    v["topics"][0]["translations"]["en"]
        .as_object_mut()
        .unwrap()
        .remove("status");
    v["networks"][1]["translations"]["en"]["status"]["fingerprint"] = json!("nicht-hex");
    let problems = parse_dataset("d.json", &serde_json::to_string_pretty(&v).unwrap()).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:#?}");
    let missing = &problems[0];
    assert_eq!(missing.kind, ProblemKind::Translation);
    assert_eq!(missing.path, "topics[0].translations.en.status");
    let expected = fingerprint(
        &shipped().data().topics[0],
        &shipped().data().topics[0].translations[&Language::En],
    );
    assert!(missing.message.contains(&expected), "{}", missing.message);
    let broken = &problems[1];
    assert_eq!(
        broken.path,
        "networks[1].translations.en.status.fingerprint"
    );
    assert!(
        broken.message.contains("kein Fingerabdruck"),
        "{}",
        broken.message
    );
    // Format 1 needs none (the migration gives them), format 3 is refused.
    v["format"] = json!(3);
    let p = parse_dataset("d.json", &v.to_string()).unwrap_err();
    assert_eq!(
        (p[0].kind, p[0].path.as_str()),
        (ProblemKind::Format, "format")
    );
    assert!(p[0].message.contains("Formate 1 bis 2"), "{}", p[0].message);
}

/// The documented fingerprint, computed here independently: FNV-1a 64 over
/// name, U+001F, German text, U+001D per translated field.
fn fnv(fields: &[(&str, &str)]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, text) in fields {
        for b in name.bytes().chain([0x1f]).chain(text.bytes()).chain([0x1d]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[test]
fn fingerprints_are_as_documented() {
    let data = shipped().data();
    let ferien = data.topics.iter().find(|t| t.id == "ferien").unwrap();
    let en = &ferien.translations[&Language::En];
    assert_eq!(fingerprint(ferien, en), fnv(&[("label", "Ferien")]));
    let klex = data.actors.iter().find(|a| a.id == "klex").unwrap();
    assert_eq!(
        fingerprint(klex, &klex.translations[&Language::En]),
        fnv(&[
            ("gloss", &klex.name),
            ("description", klex.description.as_deref().unwrap())
        ])
    );
    let n = &data.networks[2];
    let t = &n.translations[&Language::En];
    let paragraphs = n.description.join("\u{1e}");
    let goals = n.goals.join("\u{1e}");
    let facts = n.facts.join("\u{1e}");
    assert_eq!(
        fingerprint(n, t),
        fnv(&[
            ("gloss", &n.name),
            ("summary", &n.summary),
            ("description", &paragraphs),
            ("goals", &goals),
            ("facts", &facts)
        ])
    );
}

/// `data` without its translations into `languages`.
fn without_translations(data: &mut Dataset, languages: &[Language]) {
    for t in data.topics.iter_mut().chain(&mut data.target_groups) {
        t.translations.retain(|l, _| !languages.contains(l));
    }
    for a in &mut data.actors {
        a.translations.retain(|l, _| !languages.contains(l));
    }
    for p in &mut data.projects {
        p.translations.retain(|l, _| !languages.contains(l));
    }
    for n in &mut data.networks {
        n.translations.retain(|l, _| !languages.contains(l));
        for part in &mut n.actors {
            part.translations.retain(|l, _| !languages.contains(l));
        }
    }
}

/// Each language a shipped text is translated into, after `what`.
fn in_every_language(what: &str) -> Vec<String> {
    ["En", "Uk", "Ar"]
        .iter()
        .map(|l| format!("{what}/{l}"))
        .collect()
}

/// Every translation of the shipped data, as (where, outdated).
fn outdated(data: &Dataset) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut add = |name: String, outdated: Option<bool>| {
        if let Some(o) = outdated {
            out.push((name, o));
        }
    };
    for lang in [Language::En, Language::Uk, Language::Ar] {
        let o =
            |s: Option<stadtteilnetz_core::translation::TranslationState>| s.map(|s| s.outdated);
        for t in data.topics.iter().chain(&data.target_groups) {
            add(format!("{}/{lang:?}", t.id), o(state(t, lang)));
        }
        for a in &data.actors {
            add(format!("{}/{lang:?}", a.id), o(state(a, lang)));
        }
        for p in &data.projects {
            add(format!("{}/{lang:?}", p.id), o(state(p, lang)));
        }
        for n in &data.networks {
            add(format!("{}/{lang:?}", n.slug), o(state(n, lang)));
            for part in &n.actors {
                add(
                    format!("{}:{}/{lang:?}", n.slug, part.actor),
                    o(state(part, lang)),
                );
            }
        }
    }
    out
}

#[test]
fn a_changed_german_text_makes_exactly_its_translations_outdated() {
    let data = shipped().data().clone();
    let before = outdated(&data);
    assert!(
        before.len() > 50 && before.iter().all(|(_, o)| !o),
        "nothing is outdated as shipped"
    );

    let changed = |edit: &dyn Fn(&mut Dataset)| {
        let mut d = data.clone();
        edit(&mut d);
        outdated(&d)
            .into_iter()
            .filter(|(_, o)| *o)
            .map(|(w, _)| w)
            .collect::<Vec<_>>()
    };
    // A network's summary: its own translation, nothing else (not the notes
    // on who takes part, not the other networks).
    let slug = data.networks[1].slug.clone();
    assert_eq!(
        changed(&|d| d.networks[1].summary.push_str(" Neu.")),
        in_every_language(&slug)
    );
    // One paragraph of a description does it too.
    assert_eq!(
        changed(&|d| d.networks[1].description[0] = "Anders.".into()),
        in_every_language(&slug)
    );
    // A German text that the translation does not translate does not.
    assert!(changed(&|d| d.networks[2].meeting_rhythm = Some("monatlich".into())).is_empty());
    // A note on who takes part: that participation's translation only.
    let part = data.networks[0].actors[0].actor.clone();
    assert_eq!(
        changed(&|d| d.networks[0].actors[0].note = Some("allein".into())),
        in_every_language(&format!("{}:{part}", data.networks[0].slug))
    );
    // A topic's label, an actor's name (its gloss translates it).
    assert_eq!(
        changed(&|d| d.topics[3].label = "Schulferien".into()),
        in_every_language(&data.topics[3].id)
    );
    assert_eq!(
        changed(&|d| d.actors[2].name = "Jugendzentrum Klex".into()),
        in_every_language("klex")
    );
    // Checking the translation again (a new fingerprint) makes it current.
    let mut d = data.clone();
    d.networks[1].summary.push_str(" Neu.");
    for language in [Language::En, Language::Uk, Language::Ar] {
        let fp = fingerprint(&d.networks[1], &d.networks[1].translations[&language]);
        d.networks[1]
            .translations
            .get_mut(&language)
            .unwrap()
            .status
            .as_mut()
            .unwrap()
            .fingerprint = fp;
    }
    assert!(outdated(&d).iter().all(|(_, o)| !o));
}

#[test]
fn readers_are_told_about_machine_translations_and_outdated_ones() {
    let dir = shipped();
    let n = &dir.networks()[0];
    let en = TranslationNotes::network_page(dir, n, Language::En);
    assert!(en.machine && !en.outdated && !en.machine_reviewed, "{en:?}");
    let uk = TranslationNotes::network_page(dir, n, Language::Uk);
    assert!(uk.machine && uk.translated && !uk.outdated, "{uk:?}");
    let mut data = dir.data().clone();
    without_translations(&mut data, &[Language::Uk]);
    let untranslated = Directory::new(data);
    let none =
        TranslationNotes::network_page(&untranslated, &untranslated.networks()[0], Language::Uk);
    assert!(
        none.is_empty() && !none.translated,
        "no Ukrainian translation: {none:?}"
    );
    assert!(
        TranslationNotes::network_page(dir, n, Language::De).is_empty(),
        "German is the original"
    );
    let actor = dir.actor("klex").unwrap();
    assert!(TranslationNotes::actor_page(dir, actor, Language::En).machine);

    let mut data = dir.data().clone();
    data.networks[0].description[0].push_str(" Geändert.");
    for t in data.networks[0].translations.values_mut() {
        t.status.as_mut().unwrap().reviewed = true;
    }
    let changed = Directory::new(data);
    let notes = TranslationNotes::network_card(&changed, &changed.networks()[0], Language::En);
    assert!(notes.outdated && notes.machine_reviewed, "{notes:?}");
    assert!(
        notes.machine,
        "its topics are still unchecked machine translations"
    );
}

fn renamed() -> Directory {
    let mut data = shipped().data().clone();
    let n = &mut data.networks[1];
    n.aliases.push(n.slug.clone());
    n.slug = "ak-generationen".into();
    let a = data.actors.iter_mut().find(|a| a.id == "kubus").unwrap();
    a.aliases.push("kubus".into());
    a.id = "zentrum-kubus".into();
    for n in &mut data.networks {
        for p in &mut n.actors {
            if p.actor == "kubus" {
                p.actor = "zentrum-kubus".into();
            }
        }
    }
    let text = to_canonical_json(&data);
    Directory::from_json("umbenannt.json", &text).unwrap_or_else(|p| panic!("{p:#?}"))
}

#[test]
fn old_slugs_and_ids_resolve_to_the_renamed_entries() {
    let dir = renamed();
    let old = dir.resolve_network("arbeitskreis-generationen").unwrap();
    assert!(old.renamed);
    assert_eq!(dir.networks()[old.index].slug, "ak-generationen");
    let new = dir.resolve_network("ak-generationen").unwrap();
    assert_eq!((new.index, new.renamed), (old.index, false));
    let actor = dir.resolve_actor("kubus").unwrap();
    assert!(actor.renamed);
    assert_eq!(dir.actors()[actor.index].id, "zentrum-kubus");
    assert_eq!(dir.resolve_network("gibt-es-nicht"), None);
    assert!(
        dir.network("arbeitskreis-generationen").is_none(),
        "not under its old slug as a current one"
    );
}

#[test]
fn a_merkliste_holding_an_old_id_finds_the_entry() {
    let dir = renamed();
    let stored = Merkliste::from_items([
        Item::Network("arbeitskreis-generationen".into()),
        Item::Actor("kubus".into()),
        Item::Network("ak-generationen".into()),
        Item::Network("gibt-es-nicht-mehr".into()),
    ]);
    let current = stored.with_current_ids(&dir);
    assert_eq!(
        current.items(),
        [
            Item::Network("ak-generationen".into()),
            Item::Actor("zentrum-kubus".into()),
            Item::Network("gibt-es-nicht-mehr".into()),
        ],
        "old ids found under the current ones, saved once; unknown ones kept"
    );
    let found = Item::Actor("kubus".into()).resolve(&dir).unwrap();
    assert_eq!(
        dir.actors()[found.index].name,
        "Multifunktionales Zentrum KuBuS"
    );
}

#[test]
fn aliases_may_lead_to_one_entry_only() {
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        edit(&mut v);
        parse_dataset("d.json", &serde_json::to_string_pretty(&v).unwrap()).unwrap_err()
    };
    let another_slug =
        with(&|v| v["networks"][0]["aliases"] = json!(["arbeitskreis-generationen"]));
    assert_eq!(another_slug.len(), 1);
    assert_eq!(another_slug[0].kind, ProblemKind::DuplicateId);
    assert_eq!(another_slug[0].path, "networks[0].aliases[0]");
    assert!(
        another_slug[0].message.contains("eines anderen Eintrags"),
        "{}",
        another_slug[0].message
    );
    let twice = with(&|v| {
        v["actors"][0]["aliases"] = json!(["alt"]);
        v["actors"][1]["aliases"] = json!(["alt"]);
    });
    assert_eq!(twice.len(), 1);
    assert_eq!(twice[0].path, "actors[1].aliases[0]");
    assert!(
        twice[0].message.contains("fachdienst-jugend-und-bildung"),
        "{}",
        twice[0].message
    );
    let own = with(&|v| v["actors"][2]["aliases"] = json!(["klex"]));
    assert!(
        own[0].message.contains("jetzige Kennung"),
        "{}",
        own[0].message
    );
    let bad = with(&|v| v["topics"][0]["aliases"] = json!(["Alt Thema"]));
    assert_eq!(
        (bad[0].kind, bad[0].path.as_str()),
        (ProblemKind::InvalidId, "topics[0].aliases[0]")
    );
}

#[test]
fn review_dates_and_maintainers_are_checked() {
    let today = Date::parse("2026-12-01").unwrap();
    let checks = Checks { today: Some(today) };
    let run = |edit: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
        edit(&mut v);
        parse_dataset_with(
            "d.json",
            &serde_json::to_string_pretty(&v).unwrap(),
            &checks,
        )
    };
    assert!(run(&|_| {}).is_ok());
    let future = run(&|v| v["networks"][2]["reviewed"] = json!("2062-12-01")).unwrap_err();
    assert_eq!(
        (future[0].kind, future[0].path.as_str()),
        (ProblemKind::FutureDate, "networks[2].reviewed")
    );
    assert!(
        future[0].message.contains("2062-12-01"),
        "{}",
        future[0].message
    );
    assert!(
        run(&|v| v["networks"][2]["reviewed"] = Value::Null).is_ok(),
        "never reviewed is allowed"
    );
    let not_a_date = run(&|v| v["actors"][0]["reviewed"] = json!("1.12.2026")).unwrap_err();
    assert_eq!(
        (not_a_date[0].kind, not_a_date[0].path.as_str()),
        (ProblemKind::WrongValue, "actors[0].reviewed")
    );
    assert!(
        not_a_date[0].message.contains("JJJJ-MM-TT"),
        "{}",
        not_a_date[0].message
    );
    let email = run(&|v| {
        v["projects"][0]["maintainer"] =
            json!({ "name": "Stadtteilbüro", "email": "buero at lobeda" })
    })
    .unwrap_err();
    assert_eq!(
        (email[0].kind, email[0].path.as_str()),
        (ProblemKind::InvalidEmail, "projects[0].maintainer.email")
    );
    let nameless = run(&|v| v["projects"][0]["maintainer"] = json!({ "name": " " })).unwrap_err();
    assert_eq!(nameless[0].path, "projects[0].maintainer.name");
    assert!(run(&|v| v["projects"][0]["maintainer"] =
        json!({ "name": "Stadtteilbüro", "email": "buero@example.org" }))
    .is_ok());
}
