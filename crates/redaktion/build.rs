//! Embeds the shipped dataset file as it is in the repository (or the file
//! `STADTTEILNETZ_DATA` names), byte for byte: the Redaktion opens it with
//! the validator's own checks and saves it back in the canonical form, so
//! an unchanged file saves identical.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=STADTTEILNETZ_DATA");
    let file = std::env::var("STADTTEILNETZ_DATA")
        .map(|f| Path::new("../..").join(f))
        .unwrap_or_else(|_| Path::new("../../data/netzwerke.json").to_path_buf());
    println!("cargo:rerun-if-changed={}", file.display());
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|err| panic!("{}: Datei kann nicht gelesen werden: {err}", file.display()));
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("netzwerke.json");
    std::fs::write(out, text).expect("writing the embedded dataset");
}
