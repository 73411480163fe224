//! Generates the interface texts' module (`OUT_DIR/i18n/mod.rs`) from the
//! repository's `locales/` with leptos_i18n_build: typed keys, checked at
//! compile time, and CLDR plurals.

use std::path::Path;

/// The languages of the interface; German is the default, whose texts every
/// other language must have too (`tests/locales.rs` fails otherwise).
/// Leichte Sprache is `de-x-ls` (German, private-use subtag `ls`): its
/// plurals are German ones.
const LOCALES: [&str; 5] = ["de", "en", "uk", "ar", "de-x-ls"];
/// One namespace (file per language) for each part of the app.
const NAMESPACES: [&str; 6] = ["common", "home", "pages", "kiosk", "legal", "connections"];

/// `locales/<language>/<namespace>.json` → typed keys and CLDR plurals.
/// Interpolated texts may also be used as plain strings (titles, labels).
fn main() {
    use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=Cargo.toml");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("i18n");
    let mut cfg = Config::new(LOCALES[0])
        .expect("default locale")
        .locales_path("../../locales");
    for l in &LOCALES[1..] {
        cfg = cfg.add_locale(l).expect("locale");
    }
    for ns in NAMESPACES {
        cfg = cfg.add_namespace(ns).expect("namespace");
    }
    let cfg = cfg.parse_options(ParseOptions::new().interpolate_display(true));
    let infos = match TranslationsInfos::parse(cfg) {
        Ok(infos) => infos,
        Err(e) => panic!("locales/: {e}"),
    };
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos
        .generate_i18n_module(out)
        .expect("writing the i18n module");
}
