//! Reads an Open Referral HSDS 3.0 file (organisations or services) into a
//! dataset of our format 2 (`stadtteilnetz_core::hsds::import`), prints
//! every record and field it could not take, and checks the result as
//! `validate` does.
//!
//! `cargo run -p stadtteilnetz-tools --bin import_hsds -- hsds.json netzwerke.json`
//!
//! Exit code 0 when something was taken (the report says what was not),
//! 1 when nothing could be taken, 2 if a file cannot be read or written,
//! or the call is wrong.

use std::process::ExitCode;

use stadtteilnetz_core::canonical::to_canonical_json;
use stadtteilnetz_core::hsds;
use stadtteilnetz_core::validate::{check_dataset, Checks};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("Aufruf: import_hsds <hsds.json> <datensatz.json>");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{input}: Datei kann nicht gelesen werden: {e}");
            return ExitCode::from(2);
        }
    };
    let (data, report) = hsds::import(&text);
    for note in &report.notes {
        println!("{input}: {note}");
    }
    println!("{input}: {}", report.summary());
    if report.nothing_taken() {
        eprintln!("{input}: nichts übernommen; {output} nicht geschrieben");
        return ExitCode::from(1);
    }
    let json = to_canonical_json(&data);
    if let Err(e) = std::fs::write(output, &json) {
        eprintln!("{output}: kann nicht geschrieben werden: {e}");
        return ExitCode::from(2);
    }
    let problems = check_dataset(output, &json, &data, &Checks::default());
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        println!("{output}: geschrieben; in Ordnung");
    } else {
        println!(
            "{output}: geschrieben; {} Fehler für die Redaktion (cargo validate {output})",
            problems.len()
        );
    }
    ExitCode::SUCCESS
}
