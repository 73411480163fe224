//! The interface texts in `locales/`: every language has every key German
//! has (and no other), every plural has exactly the forms CLDR gives the
//! language for whole numbers, placeholders match, and nothing is empty.
//! The build falls back to German for a missing key, so without this test a
//! forgotten translation would go unnoticed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

const LANGUAGES: [&str; 5] = ["de", "en", "uk", "ar", "de-x-ls"];
const NAMESPACES: [&str; 6] = ["common", "home", "pages", "kiosk", "legal", "connections"];
const FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The plural forms a language needs for whole numbers, by CLDR (checked
/// against Chromium's `Intl.PluralRules` in `tests/e2e/languages.test.mjs`).
fn forms_of(language: &str) -> BTreeSet<&'static str> {
    match language {
        "de" | "en" | "de-x-ls" => ["one", "other"].into(),
        // `other` is for fractions in Ukrainian; leptos_i18n requires it.
        "uk" => ["one", "few", "many", "other"].into(),
        "ar" => ["zero", "one", "two", "few", "many", "other"].into(),
        _ => unreachable!(),
    }
}

/// `namespace.key.sub` → text, for one language.
fn flatten(prefix: &str, value: &Value, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}.{k}"), v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        other => panic!("{prefix}: only texts and groups of texts, not {other}"),
    }
}

fn texts(language: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for ns in NAMESPACES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../locales")
            .join(language)
            .join(format!("{ns}.json"));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        flatten(ns, &value, &mut out);
    }
    out
}

/// Splits `key_one` into (`key`, `one`); other keys have no form.
fn split_form(key: &str) -> (&str, Option<&str>) {
    match key.rsplit_once('_') {
        Some((base, form)) if FORMS.contains(&form) => (base, Some(form)),
        _ => (key, None),
    }
}

/// Keys without forms, and plural keys with the forms present.
type Keys = (BTreeSet<String>, BTreeMap<String, BTreeSet<String>>);

fn keys(texts: &BTreeMap<String, String>) -> Keys {
    let mut plain = BTreeSet::new();
    let mut plurals: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for key in texts.keys() {
        match split_form(key) {
            (base, Some(form)) => {
                plurals
                    .entry(base.to_owned())
                    .or_default()
                    .insert(form.to_owned());
            }
            (base, None) => {
                plain.insert(base.to_owned());
            }
        }
    }
    (plain, plurals)
}

/// The `{{ name }}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        out.insert(rest[start + 2..start + end].trim().to_owned());
        rest = &rest[start + end + 2..];
    }
    out
}

#[test]
fn every_language_has_every_key_and_its_plural_forms() {
    let german = texts("de");
    let (german_plain, german_plurals) = keys(&german);
    assert!(german.len() > 100, "only {} German texts", german.len());
    let mut wrong = Vec::new();
    for language in LANGUAGES {
        let all = texts(language);
        let (plain, plurals) = keys(&all);
        for k in german_plain.difference(&plain) {
            wrong.push(format!("{language}: missing key {k}"));
        }
        for k in plain.difference(&german_plain) {
            wrong.push(format!("{language}: key {k} that German does not have"));
        }
        for (base, forms) in &plurals {
            if !german_plurals.contains_key(base) {
                wrong.push(format!(
                    "{language}: plural {base} that German does not have"
                ));
            }
            let want: BTreeSet<String> =
                forms_of(language).into_iter().map(str::to_owned).collect();
            if forms != &want {
                wrong.push(format!(
                    "{language}: plural {base} has forms {forms:?}, CLDR needs {want:?}"
                ));
            }
        }
        for base in german_plurals.keys() {
            if !plurals.contains_key(base) {
                wrong.push(format!("{language}: missing plural {base}"));
            }
        }
        for (key, text) in &all {
            if text.trim().is_empty() {
                wrong.push(format!("{language}: {key} is empty"));
            }
            // Placeholders must be ones German has (a plural form may leave
            // the number out, as Arabic does for one and two).
            let (base, form) = split_form(key);
            let german_vars: BTreeSet<String> = match form {
                Some(_) => german
                    .iter()
                    .filter(|(k, _)| split_form(k).0 == base)
                    .flat_map(|(_, t)| placeholders(t))
                    .collect(),
                None => german.get(key).map(|t| placeholders(t)).unwrap_or_default(),
            };
            let vars = placeholders(text);
            if !vars.is_subset(&german_vars) {
                wrong.push(format!(
                    "{language}: {key} uses {vars:?}, German only {german_vars:?}"
                ));
            }
            if form.is_none() && german.contains_key(key) && vars != german_vars {
                wrong.push(format!(
                    "{language}: {key} uses {vars:?}, German {german_vars:?}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_itself_catches_a_missing_key_and_a_missing_form() {
    let mut texts_en = texts("en");
    let removed = texts_en
        .keys()
        .find(|k| split_form(k).1.is_none())
        .cloned()
        .unwrap();
    texts_en.remove(&removed);
    let (plain, _) = keys(&texts_en);
    let (german_plain, german_plurals) = keys(&texts("de"));
    assert!(german_plain.difference(&plain).any(|k| k == &removed));
    let (base, _) = german_plurals.iter().next().expect("German has plurals");
    let mut texts_ar = texts("ar");
    texts_ar.remove(&format!("{base}_two"));
    let (_, plurals) = keys(&texts_ar);
    assert_ne!(plurals[base].len(), forms_of("ar").len());
}
