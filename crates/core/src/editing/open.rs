//! Reading a file someone picked or dropped into the editor. Every way it
//! can fail has a German message, and nothing is opened (the current draft
//! stays) unless the file is a dataset this build can read.

use crate::migrate::Migration;
use crate::model::Dataset;
use crate::validate::{check_dataset, read_dataset, Checks, Problem, ProblemKind};

/// The largest file the editor opens: the shipped dataset is about 100 KB,
/// 10,000 generated networks about 17 MB; a much bigger file is almost
/// surely not a dataset, and reading it could stall an old laptop.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// A file that was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// Its data, in the current format.
    pub data: Dataset,
    /// What the checks found (the editor opens a file with problems, and
    /// shows them, but only writes a valid one).
    pub problems: Vec<Problem>,
    /// The older format it was in, if it was migrated.
    pub migration: Option<Migration>,
}

/// Why a file was not opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Bigger than `MAX_BYTES`.
    TooLarge(u64),
    /// Not JSON, not a dataset, or a format this build does not know; the
    /// message says which, with the line where there is one.
    Unreadable(String),
}

impl Refused {
    /// The whole message, in German.
    pub fn message(&self, file: &str) -> String {
        match self {
            Refused::TooLarge(bytes) => format!(
                "„{file}“ ist {} MB groß. Die Redaktion öffnet Dateien bis {} MB; ein Datenbestand ist viel kleiner. Ist es die richtige Datei?",
                bytes.div_ceil(1024 * 1024),
                MAX_BYTES / 1024 / 1024
            ),
            Refused::Unreadable(why) => format!("„{file}“ wurde nicht geöffnet: {why}"),
        }
    }
}

/// Checks a file's size before it is read at all.
pub fn check_size(bytes: u64) -> Result<(), Refused> {
    if bytes > MAX_BYTES {
        Err(Refused::TooLarge(bytes))
    } else {
        Ok(())
    }
}

/// Reads `text`, the content of the file `file`.
pub fn open(file: &str, text: &str, checks: &Checks) -> Result<Opened, Refused> {
    check_size(text.len() as u64)?;
    if text.trim().is_empty() {
        return Err(Refused::Unreadable("Die Datei ist leer.".to_owned()));
    }
    let (data, migration) =
        read_dataset(file, text).map_err(|p| Refused::Unreadable(explain(text, &p)))?;
    let problems = check_dataset(file, text, &data, checks);
    Ok(Opened {
        data,
        problems,
        migration,
    })
}

/// The message for a file that is not a dataset: JSON that is not an
/// object with the dataset's fields is said to be no dataset at all, not
/// to lack one field.
fn explain(text: &str, problem: &Problem) -> String {
    let position = problem
        .line
        .map(|l| format!(" (Zeile {l})"))
        .unwrap_or_default();
    match problem.kind {
        ProblemKind::Syntax => format!(
            "Sie ist keine JSON-Datei oder beschädigt{position}: {}.",
            problem.message
        ),
        ProblemKind::Format => format!("{}.", problem.message),
        _ => {
            let looks_like_dataset = serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .and_then(|v| {
                    v.as_object()
                        .map(|o| o.contains_key("format") && o.contains_key("networks"))
                })
                .unwrap_or(false);
            if looks_like_dataset {
                let place = if problem.path.is_empty() {
                    String::new()
                } else {
                    format!(" bei „{}“", problem.path)
                };
                format!(
                    "Ihr Aufbau passt nicht zum Datenformat{place}{position}: {}.",
                    problem.message
                )
            } else {
                "Sie ist kein Stadtteilnetz-Datenbestand (es fehlen „format“ und „networks“)."
                    .to_owned()
            }
        }
    }
}
