//! Reading and checking a dataset file, with messages that office staff can act on.
//!
//! Every problem becomes one [`Problem`] naming the file, the entry and the
//! field, with a line and column where one can be found. Messages are German,
//! since the people who edit the data read German; the field names stay as
//! they are written in the file.

use std::collections::HashSet;
use std::fmt;

use crate::model::{Dataset, Image, Language, Translations, FORMAT_VERSION};

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
    /// What is wrong, in German.
    pub message: String,
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

/// Parses and checks a dataset. Returns the dataset, or every problem found.
///
/// A file that cannot be read as a dataset at all (broken JSON, a wrong
/// type, a missing field) yields exactly one problem, since later errors
/// would only be consequences of the first.
pub fn parse_dataset(file: &str, text: &str) -> Result<Dataset, Vec<Problem>> {
    let dataset = parse_structure(file, text).map_err(|p| vec![*p])?;
    let problems = check(file, text, &dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems)
    }
}

fn parse_structure(file: &str, text: &str) -> Result<Dataset, Box<Problem>> {
    let broken_json = |err: &serde_json::Error, message: String| Problem {
        file: file.to_owned(),
        line: Some(err.line()),
        column: Some(err.column()),
        entry: "Datei".to_owned(),
        field: String::new(),
        message: format!("ungültiges JSON: {message}"),
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let result: Result<Dataset, _> = serde_path_to_error::deserialize(&mut deserializer);
    let dataset = result.map_err(|err| {
        let inner = err.inner();
        if inner.is_syntax() || inner.is_eof() {
            return Box::new(broken_json(inner, german_json_message(inner)));
        }
        let raw = strip_position(&inner.to_string());
        let (missing, message) = german_data_message(&raw);
        let (entry, mut field) = split_path(text, &err.path().to_string());
        if let Some(missing) = missing {
            field = if field.is_empty() {
                missing
            } else {
                format!("{field}.{missing}")
            };
        }
        Box::new(Problem {
            file: file.to_owned(),
            line: Some(inner.line()),
            column: Some(inner.column()),
            entry,
            field,
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

/// Translates serde's data errors; returns the missing field's name if that
/// is what went wrong, so that it can be named as the field.
fn german_data_message(raw: &str) -> (Option<String>, String) {
    let backticked =
        |s: &str| -> Vec<String> { s.split('`').skip(1).step_by(2).map(str::to_owned).collect() };
    if raw.starts_with("missing field") {
        let name = backticked(raw).into_iter().next().unwrap_or_default();
        return (Some(name), "Pflichtfeld fehlt".to_owned());
    }
    if raw.starts_with("unknown variant") {
        let names = backticked(raw);
        let (value, allowed) = names
            .split_first()
            .map(|(v, a)| (v.clone(), a))
            .unwrap_or_default();
        return (
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
                None,
                format!(
                    "{german}: gefunden {}, erwartet {}",
                    german_type(found),
                    german_type(expected)
                ),
            );
        }
    }
    (None, raw.to_owned())
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
            return (
                "Datensatz".to_owned(),
                if path == "." {
                    String::new()
                } else {
                    path.to_owned()
                },
            );
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
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, entry: Entry, field: &str, message: String) {
        let line = locate(self.text, entry.collection, entry.index, field);
        let id = Some(entry.id).filter(|s| !s.is_empty());
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            column: None,
            entry: describe_entry(entry.collection, entry.index, id),
            field: field.to_owned(),
            message,
        });
    }

    fn report_dataset(&mut self, field: &str, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line: None,
            column: None,
            entry: "Datensatz".to_owned(),
            field: field.to_owned(),
            message,
        });
    }

    /// Checks the ids of one collection; returns the set of ids for references.
    fn ids<'i>(
        &mut self,
        collection: &str,
        key: &str,
        ids: impl Iterator<Item = &'i str>,
    ) -> HashSet<String> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let entry = Entry::new(collection, i, id);
            if !is_valid_id(id) {
                self.report(
                    entry,
                    key,
                    format!(
                        "„{id}“ ist keine gültige Kennung: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (z. B. „jugend-und-bildung“); Umlaute umschreiben (ä → ae)"
                    ),
                );
            }
            if !seen.insert(id.to_owned()) {
                self.report(
                    entry,
                    key,
                    format!("„{id}“ kommt in „{collection}“ mehrfach vor; jede Kennung darf nur einmal vergeben werden"),
                );
            }
        }
        seen
    }

    fn text(&mut self, entry: Entry, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(entry, field, "darf nicht leer sein".to_owned());
        }
    }

    fn optional_text(&mut self, entry: Entry, field: &str, value: Option<&str>) {
        if value.is_some_and(|v| v.trim().is_empty()) {
            self.report(
                entry,
                field,
                "leer: entweder ausfüllen oder null schreiben".to_owned(),
            );
        }
    }

    fn website(&mut self, entry: Entry, value: Option<&str>) {
        if let Some(url) = value {
            let ok = (url.starts_with("https://") || url.starts_with("http://"))
                && url.len() > "https://".len()
                && !url.contains(char::is_whitespace);
            if !ok {
                self.report(
                    entry,
                    "website",
                    format!("„{url}“ ist keine Web-Adresse; sie muss mit https:// beginnen"),
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

    /// Translations may not be German (the original), and every text in
    /// them must say something. `texts(t)` lists a translation's fields.
    fn translations<'t, T: 't>(
        &mut self,
        entry: Entry,
        prefix: &str,
        translations: &'t Translations<T>,
        texts: impl Fn(&'t T) -> Vec<(&'static str, Option<&'t str>)>,
    ) {
        for (language, t) in translations {
            let field = format!("{prefix}translations.{}", language.code());
            if *language == Language::De {
                self.report(
                    entry,
                    &field,
                    "Deutsch ist die Originalsprache und keine Übersetzung: den Text in das Feld selbst schreiben".to_owned(),
                );
            }
            for (name, value) in texts(t) {
                if value.is_some_and(|v| v.trim().is_empty()) {
                    self.report(
                        entry,
                        &format!("{field}.{name}"),
                        "leer: entweder übersetzen oder das Feld weglassen (dann erscheint der deutsche Text)".to_owned(),
                    );
                }
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
                    format!("unbekannte Kennung „{target}“: in „{what}“ gibt es keinen Eintrag mit dieser id"),
                );
            }
        }
    }
}

fn check(file: &str, text: &str, data: &Dataset) -> Vec<Problem> {
    let mut c = Checker {
        file,
        text,
        problems: Vec::new(),
    };

    if data.format != FORMAT_VERSION {
        c.report_dataset(
            "format",
            format!(
                "Formatversion {} wird nicht unterstützt; diese Version der App liest Format {FORMAT_VERSION}",
                data.format
            ),
        );
    }
    if data.source.title.trim().is_empty() {
        c.report_dataset("source.title", "darf nicht leer sein".to_owned());
    }

    let topics = c.ids("topics", "id", data.topics.iter().map(|t| t.id.as_str()));
    for (i, t) in data.topics.iter().enumerate() {
        let e = Entry::new("topics", i, &t.id);
        c.text(e, "label", &t.label);
        c.translations(e, "", &t.translations, |t| vec![("label", Some(&t.label))]);
    }
    let groups = c.ids(
        "target_groups",
        "id",
        data.target_groups.iter().map(|t| t.id.as_str()),
    );
    for (i, t) in data.target_groups.iter().enumerate() {
        let e = Entry::new("target_groups", i, &t.id);
        c.text(e, "label", &t.label);
        c.translations(e, "", &t.translations, |t| vec![("label", Some(&t.label))]);
    }

    let actors = c.ids("actors", "id", data.actors.iter().map(|a| a.id.as_str()));
    for (i, a) in data.actors.iter().enumerate() {
        let e = Entry::new("actors", i, &a.id);
        c.text(e, "name", &a.name);
        c.optional_text(e, "description", a.description.as_deref());
        c.optional_text(e, "address", a.address.as_deref());
        c.website(e, a.website.as_deref());
        c.image(e, a.image.as_ref());
        c.translations(e, "", &a.translations, entry_texts);
        if a.description.is_none() && a.translations.values().any(|t| t.description.is_some()) {
            c.report(
                e,
                "translations",
                "übersetzt eine Beschreibung, die es auf Deutsch nicht gibt".to_owned(),
            );
        }
    }

    let projects = c.ids(
        "projects",
        "id",
        data.projects.iter().map(|p| p.id.as_str()),
    );
    for (i, p) in data.projects.iter().enumerate() {
        let e = Entry::new("projects", i, &p.id);
        c.text(e, "name", &p.name);
        c.text(e, "description", &p.description);
        c.references(e, "organizers", &p.organizers, &actors, "actors");
        c.translations(e, "", &p.translations, entry_texts);
    }

    c.ids(
        "networks",
        "slug",
        data.networks.iter().map(|n| n.slug.as_str()),
    );
    for (i, n) in data.networks.iter().enumerate() {
        let e = Entry::new("networks", i, &n.slug);
        c.text(e, "name", &n.name);
        c.text(e, "summary", &n.summary);
        c.optional_text(e, "caption", n.caption.as_deref());
        c.optional_text(e, "address", n.address.as_deref());
        c.optional_text(e, "meeting_rhythm", n.meeting_rhythm.as_deref());
        c.website(e, n.website.as_deref());
        c.image(e, n.image.as_ref());
        c.translations(e, "", &n.translations, |t| {
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
                        format!("übersetzt „{name}“, das es auf Deutsch nicht gibt"),
                    );
                }
            }
        }
        if n.description.iter().all(|p| p.trim().is_empty()) {
            c.report(
                e,
                "description",
                "braucht mindestens einen Absatz Text".to_owned(),
            );
        }
        if n.levels.is_empty() {
            c.report(
                e,
                "levels",
                "mindestens eine Ebene angeben: „district“, „city“, „state“ oder „federal“"
                    .to_owned(),
            );
        }
        let mut levels = HashSet::new();
        for (j, level) in n.levels.iter().enumerate() {
            if !levels.insert(*level) {
                c.report(e, &format!("levels[{j}]"), "Ebene steht doppelt".to_owned());
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
                    format!(
                        "unbekannte Kennung „{}“: in „actors“ gibt es keinen Eintrag mit dieser id",
                        part.actor
                    ),
                );
            }
            c.translations(e, &format!("actors[{j}]."), &part.translations, |t| {
                vec![("note", Some(&t.note))]
            });
            if part.note.is_none() && !part.translations.is_empty() {
                c.report(
                    e,
                    &format!("actors[{j}].translations"),
                    "übersetzt eine Notiz („note“), die es auf Deutsch nicht gibt".to_owned(),
                );
            }
            if !seen.insert((part.actor.as_str(), part.role)) {
                c.report(
                    e,
                    &field,
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
