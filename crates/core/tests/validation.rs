//! Every kind of bad input to the dataset gives one clear message naming the
//! file, the entry and the field.

mod common;
use common::EMBEDDED_JSON;
use serde_json::{json, Value};
use stadtteilnetz_core::validate::{is_valid_id, parse_dataset, Problem, ProblemKind};

const FILE: &str = "data/netzwerke.json";

fn shipped_value() -> Value {
    serde_json::from_str(EMBEDDED_JSON).unwrap()
}

/// Validates an edited copy of the shipped data; expects exactly one problem.
fn one_problem(edit: impl FnOnce(&mut Value)) -> Problem {
    let mut v = shipped_value();
    edit(&mut v);
    let text = serde_json::to_string_pretty(&v).unwrap();
    one_problem_in(&text)
}

fn one_problem_in(text: &str) -> Problem {
    match parse_dataset(FILE, text) {
        Ok(_) => panic!("accepted bad data"),
        Err(problems) => {
            assert_eq!(
                problems.len(),
                1,
                "expected one message, got: {problems:#?}"
            );
            let p = problems.into_iter().next().unwrap();
            assert_eq!(p.file, FILE);
            assert!(p.to_string().starts_with(FILE), "{p}");
            p
        }
    }
}

#[test]
fn the_shipped_file_passes() {
    parse_dataset(FILE, EMBEDDED_JSON).unwrap();
}

#[test]
fn malformed_json_names_line_and_column() {
    // Drop the comma after the "format" line.
    let broken = EMBEDDED_JSON.replacen("\"format\": 2,", "\"format\": 2", 1);
    let p = one_problem_in(&broken);
    assert_eq!(p.entry, "Datei");
    assert_eq!(p.line, Some(4), "{p}");
    assert_eq!(p.column, Some(3), "{p}");
    assert!(p.message.contains("ungültiges JSON"), "{p}");
    assert!(
        p.to_string()
            .starts_with("data/netzwerke.json:4:3: Datei: ungültiges JSON"),
        "{p}"
    );
}

#[test]
fn a_file_cut_short_is_reported() {
    let cut = &EMBEDDED_JSON[..EMBEDDED_JSON.len() / 2];
    let p = one_problem_in(cut);
    assert!(p.message.contains("endet mitten"), "{p}");
    assert!(p.line.is_some());
}

#[test]
fn text_after_the_end_is_reported() {
    let p = one_problem_in(&format!("{EMBEDDED_JSON}\n{{}}"));
    assert!(p.message.contains("folgt noch Text"), "{p}");
}

#[test]
fn missing_required_field_names_entry_and_field() {
    let p = one_problem(|v| {
        v["networks"][1].as_object_mut().unwrap().remove("name");
    });
    assert_eq!(
        p.entry,
        "Netzwerk „arbeitskreis-generationen“ (networks[1])"
    );
    assert_eq!(p.field, "name");
    assert_eq!(p.message, "Pflichtfeld fehlt");
    assert!(p.line.is_some());
}

#[test]
fn missing_field_in_a_nested_item() {
    let p = one_problem(|v| {
        v["networks"][0]["actors"][2]
            .as_object_mut()
            .unwrap()
            .remove("role");
    });
    assert_eq!(
        p.entry,
        "Netzwerk „vernetzungsgruppe-kinder-und-jugendarbeit“ (networks[0])"
    );
    assert_eq!(p.field, "actors[2].role");
}

#[test]
fn unknown_enum_value_lists_the_allowed_ones() {
    let p = one_problem(|v| v["networks"][4]["levels"][1] = json!("welt"));
    assert_eq!(
        p.entry,
        "Netzwerk „thueringer-arbeitsgemeinschaft-stadtentwicklung“ (networks[4])"
    );
    assert_eq!(p.field, "levels[1]");
    assert!(p.message.contains("„welt“"), "{p}");
    for allowed in ["district", "city", "state", "federal"] {
        assert!(p.message.contains(allowed), "{p}");
    }
}

#[test]
fn unknown_role_and_kind() {
    let p = one_problem(|v| v["networks"][0]["actors"][0]["role"] = json!("boss"));
    assert_eq!(p.field, "actors[0].role");
    assert!(
        p.message.contains("„boss“") && p.message.contains("leads"),
        "{p}"
    );

    let p = one_problem(|v| v["actors"][3]["kind"] = json!("verein"));
    assert_eq!(p.entry, "Akteur „freie-traeger“ (actors[3])");
    assert_eq!(p.field, "kind");
    assert!(p.message.contains("association"), "{p}");
}

#[test]
fn a_mistyped_key_is_not_silently_ignored() {
    let p = one_problem(|v| {
        let n = v["networks"][2].as_object_mut().unwrap();
        let summary = n.remove("summary").unwrap();
        n.insert("sumary".into(), summary);
    });
    // serde reports the unknown key before it notices the missing one.
    assert_eq!(
        p.entry,
        "Netzwerk „netzwerkrunde-arbeit-mit-gefluechteten“ (networks[2])"
    );
    assert!(
        p.message.contains("„sumary“") && p.message.contains("Tippfehler"),
        "{p}"
    );
}

#[test]
fn wrong_type_says_what_was_expected() {
    let p = one_problem(|v| v["networks"][4]["founded"] = json!("2010"));
    assert_eq!(p.field, "founded");
    assert!(p.message.contains("falscher Typ"), "{p}");
    assert!(p.message.contains("Jahreszahl"), "{p}");
}

#[test]
fn duplicate_network_slug() {
    let p = one_problem(|v| v["networks"][3]["slug"] = json!("arbeitskreis-generationen"));
    assert_eq!(
        p.entry,
        "Netzwerk „arbeitskreis-generationen“ (networks[3])"
    );
    assert_eq!(p.field, "slug");
    assert!(p.message.contains("mehrfach"), "{p}");
    assert!(p.line.is_some());
}

#[test]
fn duplicate_actor_id() {
    // A second entry with an id already taken.
    let p = one_problem(|v| {
        let mut twin = v["actors"][0].clone();
        twin["name"] = json!("Fachdienst Jugend und Bildung (Kopie)");
        v["actors"].as_array_mut().unwrap().push(twin);
    });
    assert_eq!(
        p.entry,
        "Akteur „fachdienst-jugend-und-bildung“ (actors[16])"
    );
    assert_eq!(p.field, "id");
    assert!(p.message.contains("mehrfach"), "{p}");
}

#[test]
fn reference_to_an_unknown_actor() {
    let p = one_problem(|v| v["networks"][3]["actors"][1]["actor"] = json!("sprachbruecke"));
    assert_eq!(
        p.entry,
        "Netzwerk „jenaer-integrationsbuendnis“ (networks[3])"
    );
    assert_eq!(p.field, "actors[1].actor");
    assert!(p.message.contains("„sprachbruecke“"), "{p}");
    assert!(p.line.is_some());
}

#[test]
fn references_to_unknown_topics_groups_and_projects() {
    let p = one_problem(|v| v["networks"][0]["topics"][0] = json!("sport"));
    assert_eq!(p.field, "topics[0]");
    let p = one_problem(|v| v["networks"][0]["target_groups"][1] = json!("senioren"));
    assert_eq!(p.field, "target_groups[1]");
    let p = one_problem(|v| v["networks"][0]["projects"][0] = json!("sommerfest"));
    assert_eq!(p.field, "projects[0]");
    let p = one_problem(|v| v["projects"][0]["organizers"][0] = json!("niemand"));
    assert_eq!(p.entry, "Projekt „ferien-vor-ort“ (projects[0])");
    assert_eq!(p.field, "organizers[0]");
}

#[test]
fn ids_must_be_address_safe() {
    let p = one_problem(|v| v["networks"][0]["slug"] = json!("Kinder-Jugend"));
    assert_eq!(p.field, "slug");
    assert!(p.message.contains("keine gültige Kennung"), "{p}");
    assert!(is_valid_id("jenaer-integrationsbuendnis"));
    for bad in ["", "-a", "a-", "a--b", "ä", "a b", "A", "a/b", "a_b"] {
        assert!(!is_valid_id(bad), "{bad:?}");
    }
}

#[test]
fn empty_texts_and_levels_are_reported() {
    let p = one_problem(|v| v["networks"][0]["name"] = json!("  "));
    assert_eq!(p.field, "name");
    assert_eq!(p.message, "darf nicht leer sein");
    let p = one_problem(|v| v["networks"][0]["levels"] = json!([]));
    assert_eq!(p.field, "levels");
    let p = one_problem(|v| v["networks"][0]["levels"] = json!(["district", "district"]));
    assert_eq!(p.field, "levels[1]");
}

#[test]
fn a_website_must_be_a_web_address() {
    let p = one_problem(|v| v["actors"][0]["website"] = json!("www.jena.de"));
    assert_eq!(p.field, "website");
    assert!(p.message.contains("https://"), "{p}");
    // A proper address is accepted.
    let mut v = shipped_value();
    v["actors"][0]["website"] = json!("https://www.jena.de/");
    parse_dataset(FILE, &v.to_string()).unwrap();
}

#[test]
fn an_unsupported_format_version() {
    for version in [0, 3, 99] {
        let p = one_problem(|v| v["format"] = json!(version));
        assert_eq!(p.entry, "Datensatz");
        assert_eq!((p.field.as_str(), p.path.as_str()), ("format", "format"));
        assert_eq!(p.kind, ProblemKind::Format);
        assert!(
            p.message.contains(&format!("Formatversion {version}")),
            "{p}"
        );
    }
}

#[test]
fn several_independent_problems_are_all_listed() {
    let mut v = shipped_value();
    v["networks"][0]["topics"][0] = json!("sport");
    v["networks"][1]["actors"][0]["actor"] = json!("niemand");
    let problems = parse_dataset(FILE, &v.to_string()).unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

#[test]
fn hostile_input_never_panics() {
    for text in [
        "",
        " ",
        "null",
        "[]",
        "{}",
        "\u{0}",
        "{\"format\":",
        "\u{202e}{}",
        &"[".repeat(10_000),
    ] {
        assert!(parse_dataset(FILE, text).is_err());
    }
}

/// Each problem says what kind it is and where its field is, from the top
/// of the file, so that an editor can put the message beside the field.
#[test]
fn problems_carry_a_kind_and_the_path_of_their_field() {
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Edit, ProblemKind, &str)> = vec![
        (
            Box::new(|v| {
                v["networks"][0]["actors"][2]
                    .as_object_mut()
                    .unwrap()
                    .remove("role");
            }),
            ProblemKind::MissingField,
            "networks[0].actors[2].role",
        ),
        (
            Box::new(|v| v["networks"][4]["levels"][1] = json!("welt")),
            ProblemKind::WrongValue,
            "networks[4].levels[1]",
        ),
        (
            Box::new(|v| v["actors"][3]["nmae"] = json!("Tippfehler")),
            ProblemKind::UnknownField,
            "actors[3].nmae",
        ),
        (
            Box::new(|v| v["networks"][1]["actors"][0]["actor"] = json!("niemand")),
            ProblemKind::UnknownReference,
            "networks[1].actors[0].actor",
        ),
        (
            Box::new(|v| v["networks"][0]["aliases"] = json!(["Alte Adresse"])),
            ProblemKind::InvalidId,
            "networks[0].aliases[0]",
        ),
        (
            Box::new(|v| v["networks"][3]["summary"] = json!("  ")),
            ProblemKind::Empty,
            "networks[3].summary",
        ),
        (
            Box::new(|v| v["actors"][0]["website"] = json!("www.jena.de")),
            ProblemKind::InvalidWebsite,
            "actors[0].website",
        ),
        (
            Box::new(|v| v["source"]["title"] = json!("")),
            ProblemKind::Empty,
            "source.title",
        ),
    ];
    for (edit, kind, path) in cases {
        let p = one_problem(edit);
        assert_eq!((p.kind, p.path.as_str()), (kind, path), "{p}");
        assert!(
            path.ends_with(&p.field),
            "the field is the end of the path: {p}"
        );
    }
    let p = one_problem_in(&EMBEDDED_JSON.replacen("\"format\": 2,", "\"format\": 2", 1));
    assert_eq!((p.kind, p.path.as_str()), (ProblemKind::Syntax, ""));
}

#[test]
fn each_missing_publisher_detail_is_a_warning_and_no_problem() {
    use stadtteilnetz_core::publisher::{warnings, Detail};
    let data = parse_dataset(FILE, EMBEDDED_JSON).expect("the shipped file passes");
    let warned = warnings(&data);
    // The shipped block has the publisher's name only: every other detail
    // is named once, with its field and the pages that need it.
    assert_eq!(warned.len(), Detail::ALL.len(), "{warned:#?}");
    for (w, d) in warned.iter().zip(Detail::ALL) {
        assert!(
            w.starts_with(&format!("publisher.{} fehlt ({})", d.field(), d.label_de())),
            "{w}"
        );
        assert!(w.contains("gebraucht für: "), "{w}");
    }
    assert!(warned
        .iter()
        .any(|w| w.contains("Erklärung zur Barrierefreiheit")));

    // Without the block at all, one more line says what that means.
    let mut v = shipped_value();
    v.as_object_mut().unwrap().remove("publisher");
    let without = parse_dataset(FILE, &v.to_string()).unwrap();
    let warned = warnings(&without);
    assert_eq!(warned.len(), Detail::ALL.len() + 1);
    assert!(warned[0].starts_with("„publisher“ fehlt"), "{}", warned[0]);

    // Every detail given: nothing to warn about.
    let mut full = data.clone();
    let given = |t: &str| Some(t.to_owned());
    full.publisher = Some(stadtteilnetz_core::model::Publisher {
        name: "Büro".into(),
        body: given("Stadt"),
        represented_by: given("Person"),
        street: given("Weg 1"),
        postcode: given("00000"),
        city: given("Ort"),
        email: given("a@example.org"),
        phone: given("0"),
        website: given("https://example.org"),
        responsible_for_content: given("Person"),
        supervisory_authority: given("Aufsicht"),
        data_protection_officer: given("b@example.org"),
        data_protection_authority: given("Aufsicht"),
        hosting: given("Server"),
        enforcement_body: given("Stelle"),
        statement_date: stadtteilnetz_core::date::Date::parse("2026-12-01").ok(),
    });
    assert!(warnings(&full).is_empty());
}

#[test]
fn publisher_details_that_are_given_must_be_right() {
    let p = one_problem(|v| v["publisher"]["email"] = json!("stadtteilbuero"));
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::InvalidEmail, "publisher.email")
    );
    let p = one_problem(|v| v["publisher"]["website"] = json!("www.jena.de"));
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::InvalidWebsite, "publisher.website")
    );
    let p = one_problem(|v| v["publisher"]["street"] = json!("  "));
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::Empty, "publisher.street")
    );
    let p = one_problem(|v| v["publisher"]["name"] = json!(""));
    assert_eq!(
        (p.kind, p.path.as_str()),
        (ProblemKind::Empty, "publisher.name")
    );
    let p = one_problem(|v| v["publisher"]["hausnummer"] = json!("1"));
    assert_eq!(p.kind, ProblemKind::UnknownField);
    let p = one_problem(|v| v["easy_read"]["sections"][0]["heading"] = json!(""));
    assert_eq!(p.path, "easy_read.sections[0].heading");
}
