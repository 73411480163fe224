//! Writes the pages of an OMoS-QA pages file as a dataset of our format
//! (`stadtteilnetz_core::omos`: one network per page), for the benchmark
//! build of the app on real pages (`scripts/build.sh --omos`).
//!
//! `cargo run --release -p stadtteilnetz-tools --bin export_omos -- <pages.jsonl> > data.json`

use std::process::ExitCode;

use stadtteilnetz_core::omos::{dataset, read_lines, Page};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("Aufruf: export_omos <pages.jsonl>");
        return ExitCode::from(2);
    };
    let pages: Vec<Page> = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| read_lines(&text))
    {
        Ok(pages) => pages,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    println!(
        "{}",
        serde_json::to_string(&dataset(&pages)).expect("a dataset serialises")
    );
    ExitCode::SUCCESS
}
