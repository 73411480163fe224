//! Writes a dataset as Open Referral HSDS 3.0 JSON (`stadtteilnetz_core::hsds`,
//! one page of an organisation list), and with a third file the networks'
//! members as a CSV table. Says on stderr what HSDS cannot carry.
//!
//! `cargo run -p stadtteilnetz-tools --bin export_hsds -- data/netzwerke.json hsds.json [mitglieder.csv]`
//!
//! Exit code 0 when written, 1 if the dataset has errors, 2 if a file
//! cannot be read or written, or the call is wrong.

use std::process::ExitCode;

use stadtteilnetz_core::hsds;
use stadtteilnetz_core::validate::parse_dataset;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output, csv) = match args.as_slice() {
        [i, o] => (i, o, None),
        [i, o, c] => (i, o, Some(c)),
        _ => {
            eprintln!("Aufruf: export_hsds <datensatz.json> <hsds.json> [<mitglieder.csv>]");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{input}: Datei kann nicht gelesen werden: {e}");
            return ExitCode::from(2);
        }
    };
    let data = match parse_dataset(input, &text) {
        Ok(data) => data,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!(
                "{input}: {} Fehler gefunden; nicht exportiert",
                problems.len()
            );
            return ExitCode::from(1);
        }
    };
    let json = serde_json::to_string_pretty(&hsds::export(&data)).expect("JSON serialises");
    if let Err(e) = std::fs::write(output, json + "\n") {
        eprintln!("{output}: kann nicht geschrieben werden: {e}");
        return ExitCode::from(2);
    }
    println!(
        "{output}: {} Organisationen ({} Netzwerke, {} Akteure), {} Projekte als HSDS 3.0",
        data.networks.len() + data.actors.len(),
        data.networks.len(),
        data.actors.len(),
        data.projects.len()
    );
    for line in hsds::left_out(&data) {
        eprintln!("{input}: in HSDS nicht übertragen: {line}");
    }
    if let Some(csv) = csv {
        if let Err(e) = std::fs::write(csv, hsds::members_csv(&data)) {
            eprintln!("{csv}: kann nicht geschrieben werden: {e}");
            return ExitCode::from(2);
        }
        println!("{csv}: Netzwerke und ihre Mitwirkenden als CSV");
    }
    ExitCode::SUCCESS
}
