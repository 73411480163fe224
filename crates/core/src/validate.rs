//! Reading and checking a dataset file, with messages that office staff can act on.
//!
//! Every problem becomes one [`Problem`] naming the file, the entry and the
//! field, with a line and column where one can be found, and with a kind
//! and the field's path from the top of the file, so that an editor can put
//! the message beside its field. Messages are German, since the people who
//! edit the data read German; the field names stay as they are written in
//! the file. Files in format 1 are read too: they are migrated to format 2
//! (`migrate`) before the checks, so they meet exactly the same rules.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::date::Date;
use crate::migrate::Migration;
use crate::model::{
    Dataset, Image, Language, Maintainer, Translations, FORMAT_VERSION, OLDEST_FORMAT,
};
use crate::translation::{Translated, TranslationText};

/// What kind of thing is wrong, for an editor that groups or explains them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// Not JSON: a missing comma or bracket, text after the end.
    Syntax,
    /// A required field is missing.
    MissingField,
    /// A field the format does not have (a typo in its name).
    UnknownField,
    /// A value of the wrong type, or a fixed value (`kind`, `role`, …) the
    /// format does not know, or a date that is none.
    WrongValue,
    /// A format version this build cannot read.
    Format,
    /// An id or slug that is not lower-case letters, digits and hyphens.
    InvalidId,
    /// An id, slug or alias given twice.
    DuplicateId,
    /// A reference to an id that no entry has.
    UnknownReference,
    /// The same thing twice in a list (a level, an actor with one role).
    Repeated,
    /// A text that must say something is empty.
    Empty,
    /// A website that is not a web address.
    InvalidWebsite,
    /// An e-mail address that cannot be one.
    InvalidEmail,
    /// A review date after today.
    FutureDate,
    /// Something wrong with a translation: German as a translation, lists of
    /// another length, a text the German lacks, a missing or broken status.
    Translation,
}

/// One thing wrong with a dataset file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's name as the person gave it.
    pub file: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// 1-based column, where known.
    pub column: Option<usize>,
    /// The entry, e.g. `Netzwerk „arbeitskreis-generationen“ (networks[1])`.
    pub entry: String,
    /// The field inside the entry, e.g. `actors[0].role`; empty for the whole entry.
    pub field: String,
    /// The field's path from the top of the file, e.g.
    /// `networks[1].actors[0].role`; empty for the file as a whole.
    pub path: String,
    /// What kind of problem it is.
    pub kind: ProblemKind,
    /// What is wrong, in German.
    pub message: String,
}

/// What a check may need from outside: today's date, for review dates in
/// the future (the `validate` tool and the editor pass their clock's; the
/// app, which only reads checked data, passes none).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checks {
    /// Today, if known.
    pub today: Option<Date>,
}

/// A dataset that passed, and the format its file was in.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The data, in the current format.
    pub data: Dataset,
    /// What was done to bring an older file to the current format, if anything.
    pub migration: Option<Migration>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.entry)?;
        if !self.field.is_empty() {
            write!(f, ", Feld „{}“", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Parses and checks a dataset (format 2, or 1 migrated). Returns the
/// dataset, or every problem found.
///
/// A file that cannot be read as a dataset at all (broken JSON, a wrong
/// type, a missing field) yields exactly one problem, since later errors
/// would only be consequences of the first.
pub fn parse_dataset(file: &str, text: &str) -> Result<Dataset, Vec<Problem>> {
    parse_dataset_with(file, text, &Checks::default()).map(|p| p.data)
}

/// [`parse_dataset`] with the checks that need something from outside, and
/// saying whether the file was in an older format.
pub fn parse_dataset_with(file: &str, text: &str, checks: &Checks) -> Result<Parsed, Vec<Problem>> {
    let (data, migration) = read_dataset(file, text).map_err(|p| vec![*p])?;
    let problems = check_dataset(file, text, &data, checks);
    if problems.is_empty() {
        Ok(Parsed { data, migration })
    } else {
        Err(problems)
    }
}

/// Reads a file's structure and brings it to the current format, without
/// the checks beyond the structure: what the editor opens (a draft may be
/// invalid, and is then checked live). The one problem, if the file cannot
/// be read as a dataset of a format this build knows.
pub fn read_dataset(file: &str, text: &str) -> Result<(Dataset, Option<Migration>), Box<Problem>> {
    let mut data = parse_structure(file, text)?;
    let format = data.format;
    if !(OLDEST_FORMAT..=FORMAT_VERSION).contains(&format) {
        let newer = format > FORMAT_VERSION;
        return Err(Box::new(Problem {
            file: file.to_owned(),
            line: None,
            column: None,
            entry: "Datensatz".to_owned(),
            field: "format".to_owned(),
            path: "format".to_owned(),
            kind: ProblemKind::Format,
            message: format!(
                "Formatversion {format} wird nicht unterstützt; diese Version der App liest die Formate {OLDEST_FORMAT} bis {FORMAT_VERSION}{}",
                if newer { " (die Datei stammt aus einer neueren Version)" } else { "" }
            ),
        }));
    }
    let migration = crate::migrate::to_current(&mut data);
    Ok((data, migration))
}

fn parse_structure(file: &str, text: &str) -> Result<Dataset, Box<Problem>> {
    let broken_json = |err: &serde_json::Error, message: String| Problem {
        file: file.to_owned(),
        line: Some(err.line()),
        column: Some(err.column()),
        entry: "Datei".to_owned(),
        field: String::new(),
        path: String::new(),
        kind: ProblemKind::Syntax,
        message: format!("ungültiges JSON: {message}"),
    };
    // The fast path first: most files are fine, and tracking the path costs
    // about as much again as reading (noticeable at 10,000 entries). Only a
    // file that fails is read a second time, for the path to its error.
    if let Ok(dataset) = serde_json::from_str::<Dataset>(text) {
        return Ok(dataset);
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let result: Result<Dataset, _> = serde_path_to_error::deserialize(&mut deserializer);
    let dataset = result.map_err(|err| {
        let inner = err.inner();
        if inner.is_syntax() || inner.is_eof() {
            return Box::new(broken_json(inner, german_json_message(inner)));
        }
        let raw = strip_position(&inner.to_string());
        let (kind, missing, message) = german_data_message(&raw);
        let mut path = err.path().to_string();
        if path == "." {
            path.clear();
        }
        if let Some(missing) = missing {
            path = join_path(&path, &missing);
        }
        let (entry, field) = split_path(text, &path);
        Box::new(Problem {
            file: file.to_owned(),
            line: Some(inner.line()),
            column: Some(inner.column()),
            entry,
            field,
            path,
            kind,
            message,
        })
    })?;
    // Trailing content after the top-level object is an error too.
    deserializer.end().map_err(|err| {
        Box::new(broken_json(
            &err,
            "nach dem Ende des Datensatzes folgt noch Text".to_owned(),
        ))
    })?;
    Ok(dataset)
}

/// serde_json appends " at line X column Y"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn german_json_message(err: &serde_json::Error) -> String {
    let raw = strip_position(&err.to_string());
    let known = [
        (
            "EOF while parsing",
            "die Datei endet mitten im Datensatz (fehlt eine schließende Klammer?)",
        ),
        (
            "trailing comma",
            "überzähliges Komma vor einer schließenden Klammer",
        ),
        (
            "expected `,` or `}`",
            "erwartet wird „,“ oder „}“ (fehlt ein Komma?)",
        ),
        (
            "expected `,` or `]`",
            "erwartet wird „,“ oder „]“ (fehlt ein Komma?)",
        ),
        (
            "key must be a string",
            "ein Feldname muss in Anführungszeichen stehen",
        ),
        ("expected `:`", "erwartet wird „:“ nach dem Feldnamen"),
        (
            "control character",
            "Steuerzeichen (z. B. Zeilenumbruch) innerhalb eines Textes",
        ),
        ("expected value", "hier wird ein Wert erwartet"),
        ("invalid escape", "ungültige Escape-Sequenz mit „\\“"),
        (
            "trailing characters",
            "nach dem Ende des Datensatzes folgt noch Text",
        ),
    ];
    for (needle, german) in known {
        if raw.contains(needle) {
            return german.to_owned();
        }
    }
    raw
}

/// `a.b` from a path and a field name (either may be empty).
fn join_path(path: &str, field: &str) -> String {
    match (path.is_empty(), field.is_empty()) {
        (true, _) => field.to_owned(),
        (_, true) => path.to_owned(),
        _ => format!("{path}.{field}"),
    }
}

/// Translates serde's data errors; returns the kind, and the missing
/// field's name if that is what went wrong, so that it can be named as the
/// field.
fn german_data_message(raw: &str) -> (ProblemKind, Option<String>, String) {
    let backticked =
        |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_owned).collect() };
    if raw.starts_with("missing field") {
        let name = backticked(raw).into_iter().next().unwrap_or_default();
        return (
            ProblemKind::MissingField,
            Some(name),
            "Pflichtfeld fehlt".to_owned(),
        );
    }
    if raw.starts_with("unknown variant") {
        let names = backticked(raw);
        let (value, allowed) = names
            .split_first()
            .map(|(v, a)| (v.clone(), a))
            .unwrap_or_default();
        return (
            ProblemKind::WrongValue,
            None,
            format!(
                "unbekannter Wert „{value}“; erlaubt sind: {}",
                quote_list(allowed)
            ),
        );
    }
    if raw.starts_with("unknown field") {
        let names = backticked(raw);
        let (value, allowed) = names
            .split_first()
            .map(|(v, a)| (v.clone(), a))
            .unwrap_or_default();
        return (
            ProblemKind::UnknownField,
            None,
            format!(
                "unbekanntes Feld „{value}“ (Tippfehler?); erlaubt sind: {}",
                quote_list(allowed)
            ),
        );
    }
    for (prefix, german) in [
        ("invalid type: ", "falscher Typ"),
        ("invalid value: ", "ungültiger Wert"),
    ] {
        if let Some((found, expected)) = raw
            .strip_prefix(prefix)
            .and_then(|r| r.split_once(", expected "))
        {
            return (
                ProblemKind::WrongValue,
                None,
                format!(
                    "{german}: gefunden {}, erwartet {}",
                    german_type(found),
                    german_type(expected)
                ),
            );
        }
    }
    (ProblemKind::WrongValue, None, raw.to_owned())
}

fn german_type(serde_words: &str) -> String {
    let s = serde_words.trim();
    let mapped = [
        ("a string", "einen Text in Anführungszeichen"),
        ("a sequence", "eine Liste in [ ]"),
        ("a map", "ein Objekt in { }"),
        ("null", "null"),
        ("u32", "eine ganze Zahl"),
        ("u16", "eine Jahreszahl (ganze Zahl)"),
        ("a boolean", "true oder false"),
    ];
    for (en, de) in mapped {
        if s == en {
            return de.to_owned();
        }
    }
    if let Some(v) = s.strip_prefix("string ") {
        return format!("den Text {v}");
    }
    if let Some(v) = s.strip_prefix("integer ") {
        return format!("die Zahl {v}");
    }
    if let Some(v) = s.strip_prefix("floating point ") {
        return format!("die Zahl {v}");
    }
    if let Some(v) = s.strip_prefix("boolean ") {
        return format!("den Wahrheitswert {v}");
    }
    if s.starts_with("struct ") {
        return "ein Objekt in { }".to_owned();
    }
    s.to_owned()
}

fn quote_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("„{i}“"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Splits a serde path like `networks[2].actors[0].role` into a readable
/// entry (`Netzwerk „slug“ (networks[2])`) and the field inside it.
fn split_path(text: &str, path: &str) -> (String, String) {
    let (head, rest) = match path.find(']') {
        Some(i) if path.starts_with(|c: char| c.is_ascii_alphabetic()) => {
            let rest = path[i + 1..].trim_start_matches('.');
            (&path[..=i], rest)
        }
        _ => {
            // A top-level field such as `format` or `source.title`.
            return ("Datensatz".to_owned(), path.to_owned());
        }
    };
    let Some((collection, index)) = head.trim_end_matches(']').split_once('[') else {
        return ("Datensatz".to_owned(), path.to_owned());
    };
    let index: usize = index.parse().unwrap_or(usize::MAX);
    // Name the entry by its id if the file has one there, whatever else is wrong.
    let id = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| {
            let key = if collection == "networks" {
                "slug"
            } else {
                "id"
            };
            v.get(collection)?
                .get(index)?
                .get(key)?
                .as_str()
                .map(str::to_owned)
        });
    (
        describe_entry(collection, index, id.as_deref()),
        rest.to_owned(),
    )
}

fn describe_entry(collection: &str, index: usize, id: Option<&str>) -> String {
    let kind = match collection {
        "networks" => "Netzwerk",
        "actors" => "Akteur",
        "projects" => "Projekt",
        "topics" => "Thema",
        "target_groups" => "Zielgruppe",
        _ => "Eintrag",
    };
    match id {
        Some(id) => format!("{kind} „{id}“ ({collection}[{index}])"),
        None => format!("{kind} {collection}[{index}]"),
    }
}

/// Whether `s` is a usable id: lower-case ASCII letters and digits in
/// groups joined by single hyphens, as used in addresses.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `url` is a web address a page can link to: http(s), something
/// after the scheme, no spaces. Entries' and the publisher's websites.
pub fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace)
}

/// Whether `s` can be an e-mail address: one `@` with something before it,
/// a domain with a dot after it, no spaces. (Whether it is delivered, only
/// sending tells.)
pub fn is_plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.contains(char::is_whitespace)
}

/// Whether `s` has the shape of a fingerprint: 16 lower-case hex digits.
fn is_fingerprint(s: &str) -> bool {
    s.len() == 16
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// One entry of a collection, as problems name it.
#[derive(Clone, Copy)]
struct Entry<'a> {
    collection: &'a str,
    index: usize,
    id: &'a str,
}

impl<'a> Entry<'a> {
    fn new(collection: &'a str, index: usize, id: &'a str) -> Self {
        Self {
            collection,
            index,
            id,
        }
    }
}

/// Collects the checks that the types alone cannot express.
struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    checks: &'a Checks,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, entry: Entry, field: &str, kind: ProblemKind, message: String) {
        let line = locate(self.text, entry.collection, entry.index, field);
        let id = Some(entry.id).filter(|s| !s.is_empty());
        let path = join_path(&format!("{}[{}]", entry.collection, entry.index), field);
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            column: None,
            entry: describe_entry(entry.collection, entry.index, id),
            field: field.to_owned(),
            path,
            kind,
            message,
        });
    }

    fn report_dataset(&mut self, field: &str, kind: ProblemKind, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line: None,
            column: None,
            entry: "Datensatz".to_owned(),
            field: field.to_owned(),
            path: field.to_owned(),
            kind,
            message,
        });
    }

    /// Checks the ids and aliases of one collection; returns every id (not
    /// the aliases), for references. `entries` gives each entry's id and
    /// aliases; `key` names the id field.
    fn ids<'i>(
        &mut self,
        collection: &str,
        key: &str,
        entries: impl Iterator<Item = (&'i str, &'i [String])>,
    ) -> HashSet<String> {
        let entries: Vec<(&str, &[String])> = entries.collect();
        let mut seen = HashSet::new();
        for (i, &(id, _)) in entries.iter().enumerate() {
            let entry = Entry::new(collection, i, id);
            if !is_valid_id(id) {
                self.report(
                    entry,
                    key,
                    ProblemKind::InvalidId,
                    format!(
                        "„{id}“ ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (z. B. „jugend-und-bildung“); Umlaute umschreiben (ä → ae)"
                    ),
                );
            }
            if !seen.insert(id.to_owned()) {
                self.report(
                    entry,
                    key,
                    ProblemKind::DuplicateId,
                    format!("„{id}“ kommt in „{collection}“ mehrfach vor; jede Kennung darf nur einmal vergeben werden"),
                );
            }
        }
        // An alias is an old address: it may name no other entry, now or before.
        let mut alias_of: HashMap<&str, usize> = HashMap::new();
        for (i, &(id, aliases)) in entries.iter().enumerate() {
            let entry = Entry::new(collection, i, id);
            for (j, alias) in aliases.iter().enumerate() {
                let field = format!("aliases[{j}]");
                if !is_valid_id(alias) {
                    self.report(
                        entry,
                        &field,
                        ProblemKind::InvalidId,
                        format!("„{alias}“ ist keine gültige alte Kennung: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche"),
                    );
                } else if alias == id {
                    self.report(
                        entry,
                        &field,
                        ProblemKind::DuplicateId,
                        format!("„{alias}“ ist die jetzige Kennung dieses Eintrags, keine alte: aus „aliases“ entfernen"),
                    );
                } else if seen.contains(alias.as_str()) {
                    self.report(
                        entry,
                        &field,
                        ProblemKind::DuplicateId,
                        format!("„{alias}“ ist die Kennung eines anderen Eintrags in „{collection}“; eine alte Adresse darf nicht zu zwei Einträgen führen"),
                    );
                } else if let Some(&other) = alias_of.get(alias.as_str()) {
                    let message = if other == i {
                        format!("„{alias}“ steht doppelt in „aliases“")
                    } else {
                        format!(
                            "„{alias}“ ist schon eine alte Kennung von „{}“; eine alte Adresse darf nicht zu zwei Einträgen führen",
                            entries[other].0
                        )
                    };
                    self.report(entry, &field, ProblemKind::DuplicateId, message);
                } else {
                    alias_of.insert(alias, i);
                }
            }
        }
        seen
    }

    fn text(&mut self, entry: Entry, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(
                entry,
                field,
                ProblemKind::Empty,
                "darf nicht leer sein".to_owned(),
            );
        }
    }

    fn optional_text(&mut self, entry: Entry, field: &str, value: Option<&str>) {
        if value.is_some_and(|v| v.trim().is_empty()) {
            self.report(
                entry,
                field,
                ProblemKind::Empty,
                "leer: entweder ausfüllen oder null schreiben".to_owned(),
            );
        }
    }

    fn website(&mut self, entry: Entry, value: Option<&str>) {
        if let Some(url) = value {
            if !is_web_address(url) {
                self.report(
                    entry,
                    "website",
                    ProblemKind::InvalidWebsite,
                    format!("„{url}“ ist keine Web-Adresse; sie muss mit https:// beginnen"),
                );
            }
        }
    }

    fn email(&mut self, entry: Entry, field: &str, value: Option<&str>) {
        if let Some(email) = value {
            if !is_plausible_email(email) {
                self.report(
                    entry,
                    field,
                    ProblemKind::InvalidEmail,
                    format!(
                        "„{email}“ ist keine E-Mail-Adresse; sie hat die Form name@beispiel.de"
                    ),
                );
            }
        }
    }

    fn image(&mut self, entry: Entry, image: Option<&Image>) {
        if let Some(image) = image {
            self.text(entry, "image.src", &image.src);
            self.text(entry, "image.alt", &image.alt);
        }
    }

    /// `reviewed` and `maintainer`, which networks, actors and projects share.
    fn upkeep(&mut self, entry: Entry, reviewed: Option<Date>, maintainer: Option<&Maintainer>) {
        if let (Some(date), Some(today)) = (reviewed, self.checks.today) {
            if date > today {
                self.report(
                    entry,
                    "reviewed",
                    ProblemKind::FutureDate,
                    format!("„{date}“ liegt nach dem heutigen Tag ({today}); geprüft werden kann nur, was schon war (Tippfehler in der Jahreszahl?)"),
                );
            }
        }
        if let Some(m) = maintainer {
            self.text(entry, "maintainer.name", &m.name);
            self.optional_text(entry, "maintainer.email", m.email.as_deref());
            self.email(entry, "maintainer.email", m.email.as_deref());
        }
    }

    /// Translations may not be German (the original), every text in them
    /// must say something, and each says where it comes from.
    /// `texts(t)` lists a translation's fields.
    fn translations<'t, E: Translated>(
        &mut self,
        entry: Entry,
        prefix: &str,
        original: &'t E,
        texts: impl Fn(&'t E::Text) -> Vec<(&'static str, Option<&'t str>)>,
    ) {
        let translations: &'t Translations<E::Text> = original.translations();
        for (language, t) in translations {
            let field = format!("{prefix}translations.{}", language.code());
            if *language == Language::De {
                self.report(
                    entry,
                    &field,
                    ProblemKind::Translation,
                    "Deutsch ist die Originalsprache und keine Übersetzung: den Text in das Feld selbst schreiben".to_owned(),
                );
            }
            for (name, value) in texts(t) {
                if value.is_some_and(|v| v.trim().is_empty()) {
                    self.report(
                        entry,
                        &format!("{field}.{name}"),
                        ProblemKind::Empty,
                        "leer: entweder übersetzen oder das Feld weglassen (dann erscheint der deutsche Text)".to_owned(),
                    );
                }
            }
            match t.status() {
                None => self.report(
                    entry,
                    &format!("{field}.status"),
                    ProblemKind::Translation,
                    format!(
                        "Angaben zur Übersetzung fehlen: {{ \"origin\": \"human\" oder \"machine\", \"reviewed\": true oder false, \"fingerprint\": \"{}\" }} (Fingerabdruck des jetzigen deutschen Textes)",
                        crate::translation::fingerprint(original, t)
                    ),
                ),
                Some(s) if !is_fingerprint(&s.fingerprint) => self.report(
                    entry,
                    &format!("{field}.status.fingerprint"),
                    ProblemKind::Translation,
                    format!(
                        "„{}“ ist kein Fingerabdruck (16 Zeichen 0–9 und a–f); der des jetzigen deutschen Textes ist „{}“",
                        s.fingerprint,
                        crate::translation::fingerprint(original, t)
                    ),
                ),
                Some(_) => {}
            }
        }
    }

    /// A translated list must match the German one item for item.
    fn same_length(
        &mut self,
        entry: Entry,
        field: &str,
        language: Language,
        translated: Option<&Vec<String>>,
        german: &[String],
    ) {
        if let Some(list) = translated {
            if list.len() != german.len() {
                self.report(
                    entry,
                    &format!("translations.{}.{field}", language.code()),
                    ProblemKind::Translation,
                    format!(
                        "hat {} Einträge, das deutsche „{field}“ hat {}: jeder Eintrag wird einzeln übersetzt, in derselben Reihenfolge",
                        list.len(),
                        german.len()
                    ),
                );
            }
        }
    }

    /// Checks every id in `targets` against the ids of collection `what`.
    fn references(
        &mut self,
        entry: Entry,
        field: &str,
        targets: &[String],
        known: &HashSet<String>,
        what: &str,
    ) {
        for (j, target) in targets.iter().enumerate() {
            if !known.contains(target) {
                self.report(
                    entry,
                    &format!("{field}[{j}]"),
                    ProblemKind::UnknownReference,
                    format!("unbekannte Kennung „{target}“: in „{what}“ gibt es keinen Eintrag mit dieser id"),
                );
            }
        }
    }
}

/// The publisher block: a name, and every detail that is given says
/// something and has the form it must (missing ones are warnings, see
/// `publisher::warnings`, not problems).
fn publisher(c: &mut Checker, p: &crate::model::Publisher) {
    if p.name.trim().is_empty() {
        c.report_dataset(
            "publisher.name",
            ProblemKind::Empty,
            "darf nicht leer sein: der Name des Herausgebers".to_owned(),
        );
    }
    use crate::publisher::Detail;
    for detail in Detail::ALL {
        let field = format!("publisher.{}", detail.field());
        let Some(raw) = detail.text_field(p) else {
            continue;
        };
        let given = detail.value(p);
        if raw.is_some() && given.is_none() {
            c.report_dataset(
                &field,
                ProblemKind::Empty,
                "leer: entweder ausfüllen oder null schreiben".to_owned(),
            );
        }
        match (detail, given) {
            (Detail::Email, Some(email)) if !is_plausible_email(&email) => c.report_dataset(
                &field,
                ProblemKind::InvalidEmail,
                format!("„{email}“ ist keine E-Mail-Adresse; sie hat die Form name@beispiel.de"),
            ),
            (Detail::Website, Some(url)) if !is_web_address(&url) => c.report_dataset(
                &field,
                ProblemKind::InvalidWebsite,
                format!("„{url}“ ist keine Web-Adresse; sie muss mit https:// beginnen"),
            ),
            _ => {}
        }
    }
    if let (Some(date), Some(today)) = (p.statement_date, c.checks.today) {
        if date > today {
            c.report_dataset(
                "publisher.statement_date",
                ProblemKind::FutureDate,
                format!("„{date}“ liegt nach dem heutigen Tag ({today}); eine Erklärung kann nur erstellt sein, wenn es schon war"),
            );
        }
    }
}

/// Every check beyond the file's structure, on data already in the current
/// format: what `validate` and the editor report. `text` is the file the
/// data was read from, for line numbers (any text, or none, will do: lines
/// are then missing, paths are not).
pub fn check_dataset(file: &str, text: &str, data: &Dataset, checks: &Checks) -> Vec<Problem> {
    let mut c = Checker {
        file,
        text,
        checks,
        problems: Vec::new(),
    };

    if data.source.title.trim().is_empty() {
        c.report_dataset(
            "source.title",
            ProblemKind::Empty,
            "darf nicht leer sein".to_owned(),
        );
    }

    if let Some(p) = &data.publisher {
        publisher(&mut c, p);
    }
    if let Some(page) = &data.easy_read {
        if page.sections.is_empty() {
            c.report_dataset(
                "easy_read.sections",
                ProblemKind::Empty,
                "braucht mindestens einen Abschnitt".to_owned(),
            );
        }
        for (i, section) in page.sections.iter().enumerate() {
            if section.heading.trim().is_empty() {
                c.report_dataset(
                    &format!("easy_read.sections[{i}].heading"),
                    ProblemKind::Empty,
                    "darf nicht leer sein".to_owned(),
                );
            }
            if section.paragraphs.iter().all(|p| p.trim().is_empty())
                || section.paragraphs.iter().any(|p| p.trim().is_empty())
            {
                c.report_dataset(
                    &format!("easy_read.sections[{i}].paragraphs"),
                    ProblemKind::Empty,
                    "braucht Absätze, und keiner darf leer sein".to_owned(),
                );
            }
        }
    }

    fn terms(c: &mut Checker, collection: &str, list: &[crate::model::Term]) -> HashSet<String> {
        let ids = c.ids(
            collection,
            "id",
            list.iter().map(|t| (t.id.as_str(), t.aliases.as_slice())),
        );
        for (i, t) in list.iter().enumerate() {
            let e = Entry::new(collection, i, &t.id);
            c.text(e, "label", &t.label);
            c.translations(e, "", t, |t| vec![("label", Some(&t.label))]);
        }
        ids
    }
    let topics = terms(&mut c, "topics", &data.topics);
    let groups = terms(&mut c, "target_groups", &data.target_groups);

    let actors = c.ids(
        "actors",
        "id",
        data.actors
            .iter()
            .map(|a| (a.id.as_str(), a.aliases.as_slice())),
    );
    for (i, a) in data.actors.iter().enumerate() {
        let e = Entry::new("actors", i, &a.id);
        c.text(e, "name", &a.name);
        c.optional_text(e, "description", a.description.as_deref());
        c.optional_text(e, "address", a.address.as_deref());
        c.email(
            e,
            "contact.email",
            a.contact.as_ref().and_then(|k| k.email.as_deref()),
        );
        c.website(e, a.website.as_deref());
        c.image(e, a.image.as_ref());
        c.upkeep(e, a.reviewed, a.maintainer.as_ref());
        c.translations(e, "", a, entry_texts);
        if a.description.is_none() && a.translations.values().any(|t| t.description.is_some()) {
            c.report(
                e,
                "translations",
                ProblemKind::Translation,
                "übersetzt eine Beschreibung, die es auf Deutsch nicht gibt".to_owned(),
            );
        }
    }

    let projects = c.ids(
        "projects",
        "id",
        data.projects.iter().map(|p| (p.id.as_str(), &[][..])),
    );
    for (i, p) in data.projects.iter().enumerate() {
        let e = Entry::new("projects", i, &p.id);
        c.text(e, "name", &p.name);
        c.text(e, "description", &p.description);
        c.references(e, "organizers", &p.organizers, &actors, "actors");
        c.upkeep(e, p.reviewed, p.maintainer.as_ref());
        c.translations(e, "", p, entry_texts);
    }

    c.ids(
        "networks",
        "slug",
        data.networks
            .iter()
            .map(|n| (n.slug.as_str(), n.aliases.as_slice())),
    );
    for (i, n) in data.networks.iter().enumerate() {
        let e = Entry::new("networks", i, &n.slug);
        c.text(e, "name", &n.name);
        c.text(e, "summary", &n.summary);
        c.optional_text(e, "caption", n.caption.as_deref());
        c.optional_text(e, "address", n.address.as_deref());
        c.optional_text(e, "meeting_rhythm", n.meeting_rhythm.as_deref());
        c.email(
            e,
            "contact.email",
            n.contact.as_ref().and_then(|k| k.email.as_deref()),
        );
        c.website(e, n.website.as_deref());
        c.image(e, n.image.as_ref());
        c.upkeep(e, n.reviewed, n.maintainer.as_ref());
        c.translations(e, "", n, |t| {
            let mut texts = vec![
                ("gloss", t.gloss.as_deref()),
                ("caption", t.caption.as_deref()),
                ("summary", t.summary.as_deref()),
                ("meeting_rhythm", t.meeting_rhythm.as_deref()),
            ];
            for (name, list) in [
                ("description", &t.description),
                ("goals", &t.goals),
                ("facts", &t.facts),
            ] {
                texts.extend(list.iter().flatten().map(|v| (name, Some(v.as_str()))));
            }
            texts
        });
        for (language, t) in &n.translations {
            c.same_length(
                e,
                "description",
                *language,
                t.description.as_ref(),
                &n.description,
            );
            c.same_length(e, "goals", *language, t.goals.as_ref(), &n.goals);
            c.same_length(e, "facts", *language, t.facts.as_ref(), &n.facts);
            for (name, translated, german) in [
                ("caption", &t.caption, &n.caption),
                ("meeting_rhythm", &t.meeting_rhythm, &n.meeting_rhythm),
            ] {
                if translated.is_some() && german.is_none() {
                    c.report(
                        e,
                        &format!("translations.{}.{name}", language.code()),
                        ProblemKind::Translation,
                        format!("übersetzt „{name}“, das es auf Deutsch nicht gibt"),
                    );
                }
            }
        }
        if n.description.iter().all(|p| p.trim().is_empty()) {
            c.report(
                e,
                "description",
                ProblemKind::Empty,
                "braucht mindestens einen Absatz Text".to_owned(),
            );
        }
        if n.levels.is_empty() {
            c.report(
                e,
                "levels",
                ProblemKind::MissingField,
                "mindestens eine Ebene angeben: „district“, „city“, „state“ oder „federal“"
                    .to_owned(),
            );
        }
        let mut levels = HashSet::new();
        for (j, level) in n.levels.iter().enumerate() {
            if !levels.insert(*level) {
                c.report(
                    e,
                    &format!("levels[{j}]"),
                    ProblemKind::Repeated,
                    "Ebene steht doppelt".to_owned(),
                );
            }
        }
        c.references(e, "topics", &n.topics, &topics, "topics");
        c.references(
            e,
            "target_groups",
            &n.target_groups,
            &groups,
            "target_groups",
        );
        c.references(e, "projects", &n.projects, &projects, "projects");
        let mut seen = HashSet::new();
        for (j, part) in n.actors.iter().enumerate() {
            let field = format!("actors[{j}].actor");
            if !actors.contains(&part.actor) {
                c.report(
                    e,
                    &field,
                    ProblemKind::UnknownReference,
                    format!(
                        "unbekannte Kennung „{}“: in „actors“ gibt es keinen Eintrag mit dieser id",
                        part.actor
                    ),
                );
            }
            c.translations(e, &format!("actors[{j}]."), part, |t| {
                vec![("note", Some(&t.note))]
            });
            if part.note.is_none() && !part.translations.is_empty() {
                c.report(
                    e,
                    &format!("actors[{j}].translations"),
                    ProblemKind::Translation,
                    "übersetzt eine Notiz („note“), die es auf Deutsch nicht gibt".to_owned(),
                );
            }
            if !seen.insert((part.actor.as_str(), part.role)) {
                c.report(
                    e,
                    &field,
                    ProblemKind::Repeated,
                    format!(
                        "„{}“ steht mit derselben Rolle zweimal in der Liste",
                        part.actor
                    ),
                );
            }
        }
    }
    c.problems
}

/// The translatable texts of an actor or project.
fn entry_texts(t: &crate::model::EntryText) -> Vec<(&'static str, Option<&str>)> {
    vec![
        ("gloss", t.gloss.as_deref()),
        ("description", t.description.as_deref()),
    ]
}

/// Finds the line of `field` inside entry `index` of `collection`, by
/// scanning the text for the entry's opening brace and then the key.
/// Best effort: returns `None` if the layout is unusual.
fn locate(text: &str, collection: &str, index: usize, field: &str) -> Option<usize> {
    let start = text.find(&format!("\"{collection}\""))?;
    // Walk the array, counting top-level objects.
    let bytes = text.as_bytes();
    let mut i = start + text[start..].find('[')? + 1;
    let mut depth = 0usize;
    let mut count = 0usize;
    let mut in_string = false;
    let mut entry_start = None;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            if b == b'\\' {
                i += 1;
            } else if b == b'"' {
                in_string = false;
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    if depth == 0 && b == b'{' {
                        if count == index {
                            entry_start = Some(i);
                            break;
                        }
                        count += 1;
                    }
                    depth += 1;
                }
                b'}' | b']' => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        i += 1;
    }
    let entry_start = entry_start?;
    // The key is the first name in the field path, e.g. `actors` in `actors[1].actor`.
    let key = field.split(['[', '.']).next().unwrap_or(field);
    let offset = if key.is_empty() {
        entry_start
    } else {
        text[entry_start..]
            .find(&format!("\"{key}\""))
            .map_or(entry_start, |o| entry_start + o)
    };
    let mut line = text[..offset].matches('\n').count() + 1;
    // For `actors[1]` and the like, move to the line of the n-th item when
    // items sit on lines of their own.
    if let Some(n) = field
        .strip_prefix(key)
        .and_then(|r| r.strip_prefix('['))
        .and_then(|r| r.split(']').next())
        .and_then(|n| n.parse::<usize>().ok())
    {
        let after = &text[offset..];
        if let Some(open) = after.find('[') {
            let list_line = line + after[..open].matches('\n').count();
            let items_on_lines = after[open..].lines().take(n + 2).count() > n + 1;
            if items_on_lines && after[open + 1..].starts_with(['\n', '\r']) {
                line = list_line + n + 1;
            }
        }
    }
    Some(line)
}
