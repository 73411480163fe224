//! Embeds the dataset into the residents' app: reads `data/netzwerke.json`
//! (or the file `STADTTEILNETZ_DATA` names, for another district), checks
//! it with exactly the rules of the `validate` command, migrates a file of
//! an older format, and writes it without whitespace to
//! `OUT_DIR/netzwerke.json`, which `src/main.rs` includes. A file with
//! problems stops the build, and each problem is printed as `validate`
//! prints it (file, line, entry, field, what is wrong).

use std::path::Path;

use stadtteilnetz_core::validate::parse_dataset;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=STADTTEILNETZ_DATA");
    let file =
        std::env::var("STADTTEILNETZ_DATA").unwrap_or_else(|_| "data/netzwerke.json".to_owned());
    println!("cargo:rerun-if-changed={file}");
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|err| panic!("{file}: Datei kann nicht gelesen werden: {err}"));
    let data = match parse_dataset(&file, &text) {
        Ok(data) => data,
        Err(problems) => {
            for p in &problems {
                println!("cargo:warning={p}");
            }
            panic!(
                "{file}: {} Fehler gefunden (siehe oben, oder: cargo validate {file})",
                problems.len()
            );
        }
    };
    let text = serde_json::to_string(&data).expect("a dataset serialises");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("netzwerke.json");
    std::fs::write(out, text).expect("writing the embedded dataset");
}
