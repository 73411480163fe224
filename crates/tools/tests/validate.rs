//! The `validate` command as office staff run it: it reports and exits non-zero
//! on bad files, and `--migrate` writes format 2 and keeps the original.

const EMBEDDED_JSON: &str = include_str!("../../../data/netzwerke.json");

#[test]
fn the_validate_command_reports_and_exits_non_zero() {
    let dir = std::env::temp_dir().join(format!("stadtteilnetz-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("gut.json");
    std::fs::write(&good, EMBEDDED_JSON).unwrap();
    let bad = dir.join("kaputt.json");
    std::fs::write(
        &bad,
        EMBEDDED_JSON.replace("\"role\": \"partner\"", "\"role\": \"freund\""),
    )
    .unwrap();

    let run = |path: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_validate"))
            .arg(path)
            .output()
            .unwrap()
    };
    let ok = run(&good);
    assert!(ok.status.success());
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(stdout.contains("in Ordnung (5 Netzwerke"));
    // Each missing publisher detail is a warning of its own, and the file
    // is still fine (exit code 0).
    let warnings: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(": Hinweis: publisher."))
        .collect();
    assert_eq!(warnings.len(), 15, "{stdout}");
    for field in [
        "body",
        "street",
        "email",
        "enforcement_body",
        "statement_date",
    ] {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(&format!("publisher.{field} fehlt"))),
            "{field}: {stdout}"
        );
    }
    assert!(stdout.contains("15 Hinweise"), "{stdout}");

    let out = run(&bad);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("kaputt.json:"), "{stderr}");
    assert!(
        stderr.contains(
            "Netzwerk „jenaer-integrationsbuendnis“ (networks[3]), Feld „actors[1].role“"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("„freund“"), "{stderr}");

    let missing = run(&dir.join("gibt-es-nicht.json"));
    assert_eq!(missing.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// `value` without the translations into `languages`, wherever they are.
fn drop_translations(value: &mut serde_json::Value, languages: &[&str]) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(t)) = map.get_mut("translations") {
                t.retain(|lang, _| !languages.contains(&lang.as_str()));
            }
            map.values_mut()
                .for_each(|v| drop_translations(v, languages));
        }
        serde_json::Value::Array(items) => items
            .iter_mut()
            .for_each(|v| drop_translations(v, languages)),
        _ => {}
    }
}

const FORMAT_1: &str = include_str!("../../core/tests/fixtures/netzwerke-format-1.json");

fn validate(args: &[&std::path::Path]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_validate"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn migrate_writes_format_2_and_keeps_the_original() {
    let dir = std::env::temp_dir().join(format!("stadtteilnetz-migrate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("netzwerke.json");
    std::fs::write(&file, FORMAT_1).unwrap();
    let flag = std::path::Path::new("--migrate");

    // Checking alone reads format 1, says so, and changes nothing.
    let checked = validate(&[&file]);
    assert!(checked.status.success());
    let said = String::from_utf8_lossy(&checked.stdout);
    assert!(
        said.contains("in Ordnung") && said.contains("noch Format 1"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), FORMAT_1);

    let out = validate(&[flag, &file]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("von Format 1 in Format 2 umgewandelt"),
        "{said}"
    );
    assert!(said.contains("61 Übersetzungen"), "{said}");
    let backup = dir.join("netzwerke.format-1.json");
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap(),
        FORMAT_1,
        "the original is kept"
    );
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("\"format\": 2,") && written.ends_with("}\n"));
    assert!(written.contains("\"origin\": \"machine\""));
    // What it wrote is the shipped file but for what was added since: the
    // review dates, the Ukrainian, Arabic and Leichte Sprache texts, the
    // publisher block and the page in Leichte Sprache.
    let no_dates = EMBEDDED_JSON.replace("\"reviewed\": \"2026-12-01\"", "\"reviewed\": null");
    let mut shipped: serde_json::Value = serde_json::from_str(&no_dates).unwrap();
    drop_translations(&mut shipped, &["uk", "ar", "ls"]);
    let top = shipped.as_object_mut().unwrap();
    assert!(top.remove("publisher").is_some() && top.remove("easy_read").is_some());
    let written_value: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(written_value, shipped);
    let again = validate(&[&file]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("in Ordnung (5 Netzwerke"));
    let twice = validate(&[flag, &file]);
    assert!(twice.status.success());
    assert!(String::from_utf8_lossy(&twice.stdout).contains("schon in Format 2"));

    // A second format-1 file would overwrite the kept original: refused.
    std::fs::write(&file, FORMAT_1).unwrap();
    let refused = validate(&[flag, &file]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("gibt es schon"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        FORMAT_1,
        "nothing lost"
    );

    // A broken file is not migrated at all.
    std::fs::remove_file(&backup).unwrap();
    let broken = FORMAT_1.replace("\"role\": \"partner\"", "\"role\": \"freund\"");
    std::fs::write(&file, &broken).unwrap();
    let bad = validate(&[flag, &file]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("nicht umgewandelt"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), broken);
    assert!(!backup.exists());
    std::fs::remove_dir_all(&dir).ok();
}
