//! The search evaluation: every question of a questions file searched
//! among the pages of a pages file (the formats of
//! `shared/benchmarks/omos-qa/`), through the core's search as the app runs
//! it, one page per entry. Prints one line per question, in the file's
//! order: `<question id>\t<page id>,<page id>,…`, the ten best, best first
//! (nothing after the tab when nothing is found). With `--times`, each
//! query's time in microseconds goes to stderr, a line per question.
//!
//! `cargo run --release -p stadtteilnetz-tools --bin search_eval -- <pages.jsonl> <questions.jsonl> <de|en> [--times]`

use std::process::ExitCode;
use std::time::Instant;

use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::omos::{dataset, read_lines, Page, Question};
use stadtteilnetz_core::search::DocRef;

/// How many page ids a line names.
const TOP: usize = 10;

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn run(args: &[String]) -> Result<(), String> {
    let (times, args) = match args {
        [rest @ .., flag] if flag == "--times" => (true, rest),
        _ => (false, args),
    };
    let [pages, questions, lang] = args else {
        return Err(
            "Aufruf: search_eval <pages.jsonl> <questions.jsonl> <de|en> [--times]".to_owned(),
        );
    };
    let lang = match lang.as_str() {
        "de" => Language::De,
        "en" => Language::En,
        other => return Err(format!("Sprache „{other}“: de oder en")),
    };
    let pages: Vec<Page> = read_lines(&read(pages)?).map_err(|e| format!("{pages}: {e}"))?;
    let questions: Vec<Question> =
        read_lines(&read(questions)?).map_err(|e| format!("{questions}: {e}"))?;
    let catalogue = Catalogue::new(Directory::new(dataset(&pages)));
    let index = catalogue.index();
    let mut out = String::new();
    let mut took = String::new();
    for q in &questions {
        let started = Instant::now();
        let results = index.search(q.text(lang), TOP);
        took.push_str(&format!("{}\n", started.elapsed().as_micros()));
        let ids: Vec<&str> = results
            .hits
            .iter()
            .filter_map(|hit| match hit.doc {
                DocRef::Network(i) => Some(pages[i].id.as_str()),
                DocRef::Actor(_) => None,
            })
            .collect();
        out.push_str(&format!("{}\t{}\n", q.id, ids.join(",")));
    }
    print!("{out}");
    if times {
        eprint!("{took}");
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
