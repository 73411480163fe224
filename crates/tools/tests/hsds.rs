//! The HSDS 3.0 export against the standard's own JSON Schemas (a real
//! validator, `$ref`s to sibling files resolved from
//! `../shared/standards/hsds-3.0/schema`), the round trip back into our
//! format, the standard's examples, and the import's report.

use serde_json::Value;
use stadtteilnetz_core::hsds;
use stadtteilnetz_core::model::Dataset;
use stadtteilnetz_core::validate::{check_dataset, parse_dataset, Checks};

const SHIPPED: &str = include_str!("../../../data/netzwerke.json");

/// The standard, beside the repository as CI clones it.
fn standard() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/standards/hsds-3.0")
        .canonicalize()
        .expect("../shared/standards/hsds-3.0 beside the repository")
}

fn shipped() -> Dataset {
    parse_dataset("netzwerke.json", SHIPPED).unwrap()
}

fn validator(schema: &str) -> jsonschema::Validator {
    let path = standard().join("schema").join(schema);
    let text = std::fs::read_to_string(&path).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options()
        .with_base_uri(format!("file://{}", path.display()))
        .should_validate_formats(true)
        .build(&value)
        .unwrap_or_else(|e| panic!("{schema}: {e}"))
}

/// Every organisation, and every program, attribute, contact, phone,
/// location and metadata record in it, against its own schema; returns how
/// many records were checked.
fn validate_export(data: &Dataset) -> usize {
    let export = hsds::export(data);
    let orgs = export["contents"].as_array().unwrap();
    assert_eq!(orgs.len(), data.networks.len() + data.actors.len());
    assert_eq!(export["total_items"], orgs.len());
    let v: std::collections::HashMap<&str, jsonschema::Validator> = [
        "organization",
        "program",
        "attribute",
        "taxonomy_term",
        "taxonomy",
        "contact",
        "phone",
        "location",
        "metadata",
    ]
    .into_iter()
    .map(|s| (s, validator(&format!("{s}.json"))))
    .collect();
    let mut checked = 0;
    let mut check = |schema: &str, record: &Value| {
        let errors: Vec<String> = v[schema]
            .iter_errors(record)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{schema} {}: {errors:?}", record["id"]);
        checked += 1;
    };
    let mut ids = std::collections::HashSet::new();
    for org in orgs {
        check("organization", org);
        for p in org["programs"].as_array().into_iter().flatten() {
            check("program", p);
            for a in p["attributes"].as_array().into_iter().flatten() {
                check("attribute", a);
            }
        }
        for a in org["attributes"].as_array().unwrap() {
            check("attribute", a);
            check("taxonomy_term", &a["taxonomy_term"]);
            check("taxonomy", &a["taxonomy_term"]["taxonomy_detail"]);
            assert!(ids.insert(a["id"].as_str().unwrap().to_owned()), "{a}");
        }
        for (key, schema) in [
            ("contacts", "contact"),
            ("phones", "phone"),
            ("locations", "location"),
            ("metadata", "metadata"),
        ] {
            for r in org[key].as_array().into_iter().flatten() {
                check(schema, r);
            }
        }
        assert!(ids.insert(org["id"].as_str().unwrap().to_owned()));
    }
    checked
}

#[test]
fn every_record_of_the_shipped_export_passes_the_hsds_schemas() {
    let checked = validate_export(&shipped());
    assert!(checked > 100, "{checked}");
}

#[test]
fn the_export_of_generated_data_passes_the_hsds_schemas() {
    // Every tenth network there has contact details and a website.
    let data = stadtteilnetz_core::synthetic::dataset(300, 19);
    assert!(data.networks.iter().any(|n| n.contact.is_some()));
    validate_export(&data);
}

#[test]
fn the_schemas_do_catch_a_broken_record() {
    let v = validator("organization.json");
    let mut org = hsds::export(&shipped())["contents"][0].clone();
    assert!(v.is_valid(&org));
    org["id"] = Value::from("netzwerk-1");
    assert!(!v.is_valid(&org), "format uuid is checked");
    org.as_object_mut().unwrap().remove("description");
    assert!(!v.is_valid(&org));
}

#[test]
fn the_same_data_gives_the_same_ids() {
    assert_eq!(hsds::export(&shipped()), hsds::export(&shipped()));
    let org = &hsds::export(&shipped())["contents"][0];
    assert_eq!(org["name"], "Vernetzungsgruppe Kinder- und Jugendarbeit");
    // UUID v5 of "network:<slug>" in our namespace: fixed for good.
    assert_eq!(
        org["id"].as_str().unwrap(),
        stadtteilnetz_core::hsds::taxonomy::uuid(
            "network:vernetzungsgruppe-kinder-und-jugendarbeit"
        )
    );
}

/// `data` without what HSDS cannot carry (docs/OPEN-DATA.md, "Was nicht
/// übertragen wird"), in the order the import gives.
fn carried(mut data: Dataset) -> Dataset {
    data.schema = None;
    data.publisher = None;
    data.easy_read = None;
    data.source = stadtteilnetz_core::model::Source {
        title: hsds::import::SOURCE_TITLE.to_owned(),
        publisher: String::new(),
    };
    let used_topics: Vec<String> = data
        .networks
        .iter()
        .flat_map(|n| n.topics.clone())
        .collect();
    let used_groups: Vec<String> = data
        .networks
        .iter()
        .flat_map(|n| n.target_groups.clone())
        .collect();
    data.topics.retain(|t| used_topics.contains(&t.id));
    data.target_groups.retain(|t| used_groups.contains(&t.id));
    for t in data.topics.iter_mut().chain(&mut data.target_groups) {
        t.aliases.clear();
        t.translations.clear();
    }
    data.topics.sort_by(|a, b| a.id.cmp(&b.id));
    data.target_groups.sort_by(|a, b| a.id.cmp(&b.id));
    data.projects.sort_by(|a, b| a.id.cmp(&b.id));
    for a in &mut data.actors {
        a.aliases.clear();
        a.translations.clear();
        a.image = None;
        a.maintainer = None;
    }
    for p in &mut data.projects {
        p.translations.clear();
        p.maintainer = None;
    }
    for n in &mut data.networks {
        n.aliases.clear();
        n.translations.clear();
        n.goals.clear();
        n.facts.clear();
        n.caption = None;
        n.meeting_rhythm = None;
        n.image = None;
        n.maintainer = None;
        for p in &mut n.actors {
            p.translations.clear();
        }
    }
    data
}

fn round_trip(data: &Dataset) -> (Dataset, hsds::ImportReport) {
    let text = serde_json::to_string(&hsds::export(data)).unwrap();
    let (mut back, report) = hsds::import(&text);
    back.topics.sort_by(|a, b| a.id.cmp(&b.id));
    back.target_groups.sort_by(|a, b| a.id.cmp(&b.id));
    back.projects.sort_by(|a, b| a.id.cmp(&b.id));
    (back, report)
}

#[test]
fn export_then_import_gives_the_shipped_data_back() {
    let data = shipped();
    let (back, report) = round_trip(&data);
    assert!(report.notes.is_empty(), "{:#?}", report.notes);
    assert_eq!(report.networks, data.networks.len());
    assert_eq!(report.actors, data.actors.len());
    assert_eq!(report.projects, data.projects.len());
    assert_eq!(back, carried(data));
    let json = stadtteilnetz_core::canonical::to_canonical_json(&back);
    let problems = check_dataset("back.json", &json, &back, &Checks::default());
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn export_then_import_gives_generated_data_back() {
    let data = stadtteilnetz_core::synthetic::dataset(300, 7);
    let (back, report) = round_trip(&data);
    assert!(
        report.notes.is_empty(),
        "{:#?}",
        &report.notes[..report.notes.len().min(5)]
    );
    assert_eq!(back, carried(data));
}

fn example(name: &str) -> String {
    std::fs::read_to_string(standard().join("examples").join(name)).unwrap()
}

#[test]
fn the_standards_examples_import_and_pass_validate() {
    for name in [
        "organization_list.json",
        "organization_full.json",
        "service_list.json",
        "service_full.json",
    ] {
        let (data, report) = hsds::import(&example(name));
        assert!(!report.nothing_taken(), "{name}: {report:?}");
        assert!(
            data.actors
                .iter()
                .any(|a| a.name == "Example Organization Inc."),
            "{name}"
        );
        // What the examples hold beyond our format is named, field by field.
        assert!(report.fields_not_taken > 0, "{name}");
        assert!(
            report.notes.iter().any(|n| n.field == "alternate_name"),
            "{name}: {:#?}",
            report.notes
        );
        let json = stadtteilnetz_core::canonical::to_canonical_json(&data);
        let problems = check_dataset(name, &json, &data, &Checks::default());
        assert!(problems.is_empty(), "{name}: {problems:?}");
    }
    // The service and its organisation's program, both run by it.
    let (data, _) = hsds::import(&example("service_full.json"));
    let service = data
        .projects
        .iter()
        .find(|p| p.name == "Community Counselling")
        .unwrap();
    assert_eq!(service.organizers, vec![data.actors[0].id.clone()]);
    assert_eq!(data.projects.len(), 2);
    // The list example is page 1 of 10; the report says the rest is missing.
    let (_, report) = hsds::import(&example("organization_list.json"));
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.message.contains("Seite 1 von 10")),
        "{report:?}"
    );
}

fn org(id: &str, name: Option<&str>) -> Value {
    let mut o = serde_json::json!({ "id": id, "description": "Beschreibung" });
    if let Some(n) = name {
        o["name"] = Value::from(n);
    }
    o
}

#[test]
fn each_record_it_cannot_take_is_named_with_its_reason() {
    let good = "5a1d8c6e-7d0a-4c8e-9c39-2f7f3f0a9b11";
    let mut with_term = org("6b2e9d7f-8e1b-4d9f-8d4a-3a8a4a1bac22", Some("Mit Begriff"));
    let mut term = hsds::taxonomy::role_term(stadtteilnetz_core::model::Role::Member);
    term["code"] = Value::from("freund");
    with_term["attributes"] = serde_json::json!([
        { "id": "7c3fae80-9f2c-4eaa-8e5b-4b9b5b2cbd33", "value": good, "taxonomy_term": term },
        { "id": "8d4fbf91-a03d-4fbb-9f6c-5cac6c3dce44", "taxonomy_term": { "id": "9e50c0a2-b14e-4a0c-a07d-6dbd7d4edf55", "name": "Barrierefrei", "description": "d", "taxonomy": "fremd" } }
    ]);
    let file = serde_json::json!({ "contents": [
        org(good, Some("Verein")),
        org(good, Some("Verein")),
        org("a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d", None),
        org("nicht-uuid", Some("Falsche Id")),
        with_term,
        { "id": "b1c2d3e4-f5a6-4b7c-9d8e-9f0a1b2c3d4e", "name": "Ohne Träger", "description": "x", "status": "active" },
        { "id": "c2d3e4f5-a6b7-4c8d-8e9f-0a1b2c3d4e5f", "name": "Ohne Beschreibung", "status": "active", "organization_id": good },
        { "id": "d3e4f5a6-b7c8-4d9e-9f0a-1b2c3d4e5f60", "service_id": good, "location_id": good },
        "Text"
    ]});
    let (data, report) = hsds::import(&file.to_string());
    let lines: Vec<String> = report.notes.iter().map(ToString::to_string).collect();
    let has = |needle: &str| lines.iter().any(|l| l.contains(needle));
    assert!(
        has("organization contents[2]") && has("hat keinen Namen"),
        "{lines:#?}"
    );
    assert!(
        has("„Falsche Id“") && has("„nicht-uuid“ ist keine UUID"),
        "{lines:#?}"
    );
    assert!(
        has("„Mit Begriff“") && has("Begriff „freund“") && has("kennt die Taxonomie nicht"),
        "{lines:#?}"
    );
    assert!(
        has("Taxonomie „fremd“, Begriff „Barrierefrei“: keine Taxonomie des Stadtteilnetzes"),
        "{lines:#?}"
    );
    assert!(
        has("service „Ohne Träger“") && has("gehört zu keiner Organisation"),
        "{lines:#?}"
    );
    assert!(
        has("service „Ohne Beschreibung“") && has("keine Beschreibung"),
        "{lines:#?}"
    );
    assert!(has("service_at_location"), "{lines:#?}");
    assert!(
        has("contents[8]: nicht übernommen: ist kein JSON-Objekt"),
        "{lines:#?}"
    );
    // The twice-listed organisation is taken once; the good ones are taken.
    assert_eq!(data.actors.len(), 2, "{:?}", data.actors);
    assert_eq!(report.actors, 2);
    assert_eq!(report.records_not_taken, 6, "{lines:#?}");
    assert_eq!(report.fields_not_taken, 2, "{lines:#?}");
    assert!(!report.nothing_taken());

    let (data, report) = hsds::import("{ kein json");
    assert!(report.nothing_taken() && data.actors.is_empty());
    assert!(report.notes[0].to_string().contains("ist kein JSON"));
}

#[test]
fn a_membership_pointing_nowhere_is_reported() {
    let data = shipped();
    let mut export = hsds::export(&data);
    // Drop the actor "stadtteilbuero" from the file: its memberships dangle.
    let gone = hsds::taxonomy::uuid("actor:stadtteilbuero");
    export["contents"]
        .as_array_mut()
        .unwrap()
        .retain(|o| o["id"] != gone.as_str());
    let (back, report) = hsds::import(&export.to_string());
    assert_eq!(back.actors.len(), data.actors.len() - 1);
    let dangling: Vec<_> = report
        .notes
        .iter()
        .filter(|n| n.message.contains("nicht in der Datei"))
        .collect();
    let memberships = data
        .networks
        .iter()
        .flat_map(|n| &n.actors)
        .filter(|p| p.actor == "stadtteilbuero")
        .count();
    assert!(memberships > 0);
    assert_eq!(dangling.len(), memberships, "{:#?}", report.notes);
}

#[test]
fn the_tools_write_and_read_hsds() {
    let dir = std::env::temp_dir().join(format!("stadtteilnetz-hsds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/netzwerke.json");
    let (out, csv, back) = (
        dir.join("hsds.json"),
        dir.join("m.csv"),
        dir.join("back.json"),
    );
    let export = std::process::Command::new(env!("CARGO_BIN_EXE_export_hsds"))
        .args([data.as_os_str(), out.as_os_str(), csv.as_os_str()])
        .output()
        .unwrap();
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert!(String::from_utf8_lossy(&export.stderr).contains("nicht übertragen: Übersetzungen"));
    assert!(std::fs::read_to_string(&csv)
        .unwrap()
        .starts_with("Netzwerk,"));
    let import = std::process::Command::new(env!("CARGO_BIN_EXE_import_hsds"))
        .args([out.as_os_str(), back.as_os_str()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&import.stdout);
    assert!(import.status.success(), "{stdout}");
    assert!(
        stdout.contains("übernommen: 5 Netzwerke, 16 Akteure"),
        "{stdout}"
    );
    assert!(stdout.contains("in Ordnung"), "{stdout}");
    let nothing = dir.join("leer.json");
    std::fs::write(&nothing, "[]").unwrap();
    let none = std::process::Command::new(env!("CARGO_BIN_EXE_import_hsds"))
        .args([nothing.as_os_str(), back.as_os_str()])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).ok();
}
