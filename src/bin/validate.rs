//! Checks a dataset file and explains every problem in German.
//!
//! Usage: `cargo run --bin validate -- data/netzwerke.json`
//! Exit code 0 if the file is fine, 1 if it has problems, 2 if it cannot be read.

use std::process::ExitCode;

use stadtteilnetz::directory::Directory;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("Aufruf: cargo run --bin validate -- <datei.json> [weitere.json …]");
        eprintln!("Prüft Datensätze für Stadtteilnetz und nennt jeden Fehler mit Datei, Eintrag und Feld.");
        return ExitCode::from(2);
    }
    let mut worst = ExitCode::SUCCESS;
    for file in &args {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("{file}: Datei kann nicht gelesen werden: {err}");
                worst = ExitCode::from(2);
                continue;
            }
        };
        match Directory::from_json(file, &text) {
            Ok(dir) => {
                let data = dir.data();
                println!(
                    "{file}: in Ordnung ({} Netzwerke, {} Akteure, {} Projekte, {} Themen, {} Zielgruppen)",
                    data.networks.len(),
                    data.actors.len(),
                    data.projects.len(),
                    data.topics.len(),
                    data.target_groups.len()
                );
            }
            Err(problems) => {
                for p in &problems {
                    eprintln!("{p}");
                }
                let n = problems.len();
                eprintln!("{file}: {n} Fehler gefunden");
                worst = ExitCode::from(1);
            }
        }
    }
    worst
}
