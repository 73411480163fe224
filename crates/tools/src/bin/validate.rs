//! Checks dataset files and explains every problem in German; with
//! `--migrate`, writes a file of an older format in the current one.
//!
//! Usage:
//!   `cargo validate data/netzwerke.json [weitere.json …]`
//!   `cargo validate --migrate data/netzwerke.json`
//!
//! Exit code 0 if every file is fine (or was migrated), 1 if one has
//! problems, 2 if one cannot be read or written, or the call is wrong.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use stadtteilnetz_core::canonical::to_canonical_json;
use stadtteilnetz_core::date::Date;
use stadtteilnetz_core::model::{Dataset, FORMAT_VERSION};
use stadtteilnetz_core::publisher;
use stadtteilnetz_core::validate::{parse_dataset_with, Checks, Parsed, Problem};

const USAGE: &str = "\
Aufruf: cargo validate <datei.json> [weitere.json …]
        cargo validate --migrate <datei.json>

Prüft Datensätze für Stadtteilnetz und nennt jeden Fehler mit Datei, Zeile,
Eintrag und Feld. Dateien im alten Format 1 werden gelesen und geprüft, als
wären sie schon umgewandelt. Fehlende Angaben des Herausgebers (Impressum,
Datenschutz, Barrierefreiheit) sind Hinweise, keine Fehler: die Datei ist
trotzdem in Ordnung.

--migrate  schreibt eine Datei im alten Format in Format 2 (nur wenn sie
           fehlerfrei ist); das Original bleibt daneben als
           <name>.format-<alt>.json erhalten.";

/// Today by this computer's clock (UTC), for review dates in the future.
fn today() -> Option<Date> {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    Some(Date::from_unix_days((secs / 86_400) as i64))
}

fn summary(data: &Dataset) -> String {
    format!(
        "{} Netzwerke, {} Akteure, {} Projekte, {} Themen, {} Zielgruppen",
        data.networks.len(),
        data.actors.len(),
        data.projects.len(),
        data.topics.len(),
        data.target_groups.len()
    )
}

/// Reads and checks `file`; prints its problems.
fn read(file: &str) -> Result<(String, Parsed), ExitCode> {
    let text = std::fs::read_to_string(file).map_err(|err| {
        eprintln!("{file}: Datei kann nicht gelesen werden: {err}");
        ExitCode::from(2)
    })?;
    let checks = Checks { today: today() };
    parse_dataset_with(file, &text, &checks)
        .map(|parsed| (text, parsed))
        .map_err(|problems: Vec<Problem>| {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("{file}: {} Fehler gefunden", problems.len());
            ExitCode::from(1)
        })
}

/// Checks every file; says for each whether it is fine.
fn check(files: &[String]) -> ExitCode {
    let mut worst = ExitCode::SUCCESS;
    for file in files {
        match read(file) {
            Ok((_, parsed)) => {
                let older = match parsed.migration.map(|m| m.from) {
                    Some(from) => format!(
                        "; noch Format {from}: „cargo validate --migrate {file}“ schreibt Format {FORMAT_VERSION}"
                    ),
                    None => String::new(),
                };
                println!("{file}: in Ordnung ({}){older}", summary(&parsed.data));
                let warnings = publisher::warnings(&parsed.data);
                for w in &warnings {
                    println!("{file}: Hinweis: {w}");
                }
                if !warnings.is_empty() {
                    println!(
                        "{file}: {} Hinweise: Angaben für Impressum, Datenschutz und Barrierefreiheit fehlen (die Seiten lassen sie leer; in der Redaktion unter „Herausgeber“ nachtragen)",
                        warnings.len()
                    );
                }
            }
            Err(code) => {
                if worst == ExitCode::SUCCESS || code == ExitCode::from(2) {
                    worst = code;
                }
            }
        }
    }
    worst
}

/// Where the original of a migrated file is kept: `netzwerke.json` →
/// `netzwerke.format-1.json`, beside it.
fn backup_path(file: &Path, from: u32) -> PathBuf {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("daten");
    file.with_file_name(format!("{stem}.format-{from}.json"))
}

/// Writes `file` in the current format, keeping the original beside it.
fn migrate_file(file: &str) -> ExitCode {
    let (text, parsed) = match read(file) {
        Ok(read) => read,
        Err(code) => {
            eprintln!("{file}: nicht umgewandelt; bitte zuerst die Fehler beheben");
            return code;
        }
    };
    let Some(done) = parsed.migration else {
        println!("{file}: ist schon in Format {FORMAT_VERSION}; nichts zu tun");
        return ExitCode::SUCCESS;
    };
    let from = done.from;
    let backup = backup_path(Path::new(file), from);
    if backup.exists() {
        eprintln!(
            "{file}: nicht umgewandelt: {} gibt es schon; bitte umbenennen oder löschen, damit nichts überschrieben wird",
            backup.display()
        );
        return ExitCode::from(2);
    }
    if let Err(err) = std::fs::write(&backup, &text) {
        eprintln!("{}: kann nicht geschrieben werden: {err}", backup.display());
        return ExitCode::from(2);
    }
    if let Err(err) = std::fs::write(file, to_canonical_json(&parsed.data)) {
        eprintln!(
            "{file}: kann nicht geschrieben werden: {err} (das Original liegt unverändert in {})",
            backup.display()
        );
        return ExitCode::from(2);
    }
    let (statuses, aliases) = (done.statuses, done.aliases);
    println!(
        "{file}: von Format {from} in Format {FORMAT_VERSION} umgewandelt ({}). {statuses} Übersetzungen sind nun als maschinell übersetzt und ungeprüft vermerkt (Format {from} hielt das nicht fest; von Menschen gemachte bitte auf \"origin\": \"human\" setzen), {aliases} alte Filteradressen bleiben als Aliase gültig. Das Original liegt in {}.",
        summary(&parsed.data),
        backup.display()
    );
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    match args.split_first() {
        Some((flag, files)) if flag == "--migrate" => {
            if files.len() != 1 {
                eprintln!("--migrate wandelt genau eine Datei um.\n\n{USAGE}");
                return ExitCode::from(2);
            }
            migrate_file(&files[0])
        }
        _ => {
            if let Some(unknown) = args.iter().find(|a| a.starts_with("--")) {
                eprintln!("unbekannte Option „{unknown}“\n\n{USAGE}");
                return ExitCode::from(2);
            }
            check(&args)
        }
    }
}
