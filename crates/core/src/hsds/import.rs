//! An HSDS 3.0 file into our format 2: organisations become actors (or
//! networks, where our export marked them so), programs and services
//! become projects. Every record and field that cannot be taken is named
//! in the report with the reason, so nothing is dropped without a word.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::{Map, Value};

use super::export::PARAGRAPH;
use super::taxonomy::{from_code, Vocabulary, ACTOR, ID, NETWORK, NOTE, ORGANIZED_BY, PROJECT};
use crate::date::Date;
use crate::model::{
    Actor, ActorKind, Contact, Dataset, Level, Network, Participation, Project, Role, Source, Term,
    FORMAT_VERSION,
};
use crate::slug::slugify;
use crate::validate::{is_plausible_email, is_valid_id, is_web_address};

/// The `source` of an imported dataset: the file says nothing about it.
pub const SOURCE_TITLE: &str = "Import aus Open Referral HSDS 3.0";

/// One record or field the import did not take, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportNote {
    /// The record, e.g. `organization „Klex“ (d9d5…)`.
    pub record: String,
    /// The field inside it, e.g. `contacts[0].title`; empty: the whole record.
    pub field: String,
    /// Why, in German.
    pub message: String,
}

impl fmt::Display for ImportNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: nicht übernommen: {}", self.record, self.message)
        } else {
            write!(
                f,
                "{}, Feld „{}“: {}",
                self.record, self.field, self.message
            )
        }
    }
}

/// What the import took and what it did not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Networks taken (organisations our export marked as networks).
    pub networks: usize,
    /// Actors taken (every other organisation).
    pub actors: usize,
    /// Projects taken (programs and services).
    pub projects: usize,
    /// Topics taken (terms of `stadtteilnetz-thema`).
    pub topics: usize,
    /// Target groups taken (terms of `stadtteilnetz-zielgruppe`).
    pub target_groups: usize,
    /// Records not taken at all.
    pub records_not_taken: usize,
    /// Fields, attributes and references of taken records not taken.
    pub fields_not_taken: usize,
    /// Each of them, in the order of the file.
    pub notes: Vec<ImportNote>,
}

impl ImportReport {
    /// Whether nothing at all could be taken.
    pub fn nothing_taken(&self) -> bool {
        self.networks + self.actors + self.projects == 0
    }

    /// One German line with the counts.
    pub fn summary(&self) -> String {
        format!(
            "übernommen: {} Netzwerke, {} Akteure, {} Projekte, {} Themen, {} Zielgruppen; nicht übernommen: {} Einträge, {} Felder",
            self.networks,
            self.actors,
            self.projects,
            self.topics,
            self.target_groups,
            self.records_not_taken,
            self.fields_not_taken
        )
    }
}

/// Whether `s` is a UUID as HSDS's `format: uuid` means it.
fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}

/// Whether a value says anything (null, "", [] and {} do not).
fn says_something(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn list<'a>(obj: &'a Map<String, Value>, key: &str) -> &'a [Value] {
    obj.get(key)
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice)
}

/// One of our attributes, read.
#[derive(Debug, Clone)]
struct Attr {
    id: String,
    /// The record it is about (for a note: the membership attribute).
    link_id: String,
    vocab: Vocabulary,
    code: String,
    name: String,
    value: Option<String>,
}

/// A record gathered in the first pass, with the organisation it sits in.
struct Gathered {
    obj: Map<String, Value>,
    uuid: String,
    label: String,
    parent: Option<String>,
    /// `organization_id` that names no organisation of the file.
    unknown_parent: Option<String>,
}

/// A network read, with its record's label, its attributes and the notes
/// on its memberships (by membership attribute id): members and projects
/// are resolved once every organisation and program is read.
type PendingNetwork = (Network, String, Vec<Attr>, HashMap<String, String>);

#[derive(Default)]
struct Importer {
    report: ImportReport,
    orgs: Vec<Gathered>,
    projects_in: Vec<Gathered>,
    seen: HashSet<String>,
    topics: Vec<Term>,
    target_groups: Vec<Term>,
}

impl Importer {
    fn drop_record(&mut self, record: &str, message: String) {
        self.report.records_not_taken += 1;
        self.report.notes.push(ImportNote {
            record: record.to_owned(),
            field: String::new(),
            message,
        });
    }

    fn drop_field(&mut self, record: &str, field: &str, message: String) {
        self.report.fields_not_taken += 1;
        self.report.notes.push(ImportNote {
            record: record.to_owned(),
            field: field.to_owned(),
            message,
        });
    }

    /// Notes every field of `obj` that says something and is not `taken`.
    fn rest(&mut self, record: &str, prefix: &str, obj: &Map<String, Value>, taken: &[&str]) {
        for (key, value) in obj {
            if !taken.contains(&key.as_str()) && says_something(value) {
                self.drop_field(
                    record,
                    &format!("{prefix}{key}"),
                    "nicht übernommen: Stadtteilnetz hat dafür kein Feld".to_owned(),
                );
            }
        }
    }

    /// The record's label, or `None` (and a note) if it has no usable id
    /// or name.
    fn identify(
        &mut self,
        what: &str,
        index: &str,
        obj: &Map<String, Value>,
    ) -> Option<(String, String)> {
        let name = text(obj, "name");
        let id = obj.get("id").and_then(Value::as_str);
        let label = match (name, id) {
            (Some(n), Some(i)) => format!("{what} „{n}“ ({i})"),
            (Some(n), None) => format!("{what} „{n}“ ({index})"),
            (None, Some(i)) => format!("{what} {index} ({i})"),
            (None, None) => format!("{what} {index}"),
        };
        let Some(id) = id else {
            self.drop_record(&label, "hat keine id".to_owned());
            return None;
        };
        if !is_uuid(id) {
            self.drop_record(&label, format!("die id „{id}“ ist keine UUID (HSDS verlangt eine), Verweise auf den Eintrag wären nicht aufzulösen"));
            return None;
        }
        if name.is_none() {
            self.drop_record(&label, "hat keinen Namen (name)".to_owned());
            return None;
        }
        Some((id.to_lowercase(), label))
    }

    /// First pass: an organisation and what it holds.
    fn gather_org(&mut self, index: &str, obj: &Map<String, Value>) -> Option<String> {
        let (uuid, label) = self.identify("organization", index, obj)?;
        if !self.seen.insert(uuid.clone()) {
            return Some(uuid);
        }
        for (i, s) in list(obj, "services").iter().enumerate() {
            self.gather_project(
                &format!("{index}.services[{i}]"),
                "service",
                s,
                Some(uuid.clone()),
            );
        }
        for (i, p) in list(obj, "programs").iter().enumerate() {
            self.gather_project(
                &format!("{index}.programs[{i}]"),
                "program",
                p,
                Some(uuid.clone()),
            );
        }
        self.orgs.push(Gathered {
            obj: obj.clone(),
            uuid: uuid.clone(),
            label,
            parent: None,
            unknown_parent: None,
        });
        Some(uuid)
    }

    /// First pass: a service or program; `parent` is the organisation it
    /// sits in, if it sits in one.
    fn gather_project(&mut self, index: &str, what: &str, value: &Value, parent: Option<String>) {
        let Some(obj) = value.as_object() else {
            self.drop_record(
                &format!("{what} {index}"),
                "ist kein JSON-Objekt".to_owned(),
            );
            return;
        };
        let mut parent = parent;
        if let Some(org) = obj.get("organization").and_then(Value::as_object) {
            parent = self
                .gather_org(&format!("{index}.organization"), org)
                .or(parent);
        }
        let Some((uuid, label)) = self.identify(what, index, obj) else {
            return;
        };
        if !self.seen.insert(uuid.clone()) {
            return;
        }
        let named = text(obj, "organization_id").map(str::to_lowercase);
        self.projects_in.push(Gathered {
            obj: obj.clone(),
            uuid,
            label,
            parent,
            unknown_parent: named,
        });
    }

    /// Reads an attribute list; notes every attribute that is not ours or
    /// whose term we do not know.
    fn attributes(&mut self, record: &str, obj: &Map<String, Value>) -> Vec<Attr> {
        let mut out = Vec::new();
        for (i, a) in list(obj, "attributes").iter().enumerate() {
            let field = format!("attributes[{i}]");
            let Some(a) = a.as_object() else {
                self.drop_field(record, &field, "ist kein JSON-Objekt".to_owned());
                continue;
            };
            let term = a.get("taxonomy_term").and_then(Value::as_object);
            let taxonomy = term.and_then(|t| {
                text(t, "taxonomy").or_else(|| {
                    t.get("taxonomy_detail")
                        .and_then(Value::as_object)
                        .and_then(|d| text(d, "name"))
                })
            });
            let code = term.and_then(|t| text(t, "code")).unwrap_or_default();
            let name = term.and_then(|t| text(t, "name")).unwrap_or_default();
            let value = a.get("value").and_then(Value::as_str).map(str::to_owned);
            let term_shown = match (code.is_empty(), name.is_empty()) {
                (false, false) => format!("„{code}“ ({name})"),
                (true, _) => format!("„{name}“"),
                (false, true) => format!("„{code}“"),
            };
            let shown = format!(
                "Taxonomie „{}“, Begriff {term_shown}{}",
                taxonomy.unwrap_or("?"),
                value
                    .as_deref()
                    .map(|v| format!(", Wert „{v}“"))
                    .unwrap_or_default()
            );
            let Some(vocab) = taxonomy.and_then(Vocabulary::from_name) else {
                self.drop_field(
                    record,
                    &field,
                    format!("{shown}: keine Taxonomie des Stadtteilnetzes, keine Entsprechung"),
                );
                continue;
            };
            let known = match vocab {
                Vocabulary::EntryType => [NETWORK, ACTOR].contains(&code),
                Vocabulary::ActorKind => from_code::<ActorKind>(code).is_some(),
                Vocabulary::Role => from_code::<Role>(code).is_some(),
                Vocabulary::Level => from_code::<Level>(code).is_some(),
                Vocabulary::Detail => [ID, PROJECT, ORGANIZED_BY, NOTE].contains(&code),
                Vocabulary::Topic | Vocabulary::TargetGroup => {
                    is_valid_id(code) && !name.is_empty()
                }
            };
            if !known {
                self.drop_field(
                    record,
                    &field,
                    format!("{shown}: diesen Begriff kennt die Taxonomie nicht"),
                );
                continue;
            }
            let needs_value = matches!(vocab, Vocabulary::Role | Vocabulary::Detail);
            if needs_value && value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                self.drop_field(
                    record,
                    &field,
                    format!("{shown}: ohne Wert (value) bedeutet der Begriff nichts"),
                );
                continue;
            }
            out.push(Attr {
                id: a
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_lowercase(),
                link_id: a
                    .get("link_id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_lowercase(),
                vocab,
                code: code.to_owned(),
                name: name.to_owned(),
                value,
            });
        }
        out
    }

    /// The latest review date in `metadata`; every other change is noted.
    fn reviewed(&mut self, record: &str, obj: &Map<String, Value>) -> Option<Date> {
        let mut latest: Option<Date> = None;
        for (i, m) in list(obj, "metadata").iter().enumerate() {
            let field = format!("metadata[{i}]");
            let m = m.as_object();
            let kind = m.and_then(|m| text(m, "last_action_type")).unwrap_or("?");
            let date = m.and_then(|m| text(m, "last_action_date")).unwrap_or("?");
            if kind != "reviewed" {
                let what = m.and_then(|m| text(m, "field_name")).unwrap_or("?");
                self.drop_field(record, &field, format!("Änderung „{kind}“ an „{what}“ vom {date}: Stadtteilnetz hält nur das Datum der letzten Prüfung fest"));
                continue;
            }
            match Date::parse(date) {
                Ok(d) => latest = latest.max(Some(d)),
                Err(e) => self.drop_field(record, &field, format!("Prüfdatum „{date}“: {e}")),
            }
        }
        latest
    }

    /// A phone record's number; the rest of it is noted.
    fn phone(&mut self, record: &str, field: &str, phone: &Value) -> Option<String> {
        let obj = phone.as_object()?;
        self.rest(
            record,
            &format!("{field}."),
            obj,
            &["id", "number", "organization_id", "contact_id"],
        );
        text(obj, "number").map(str::to_owned)
    }

    /// Contact details from `contacts`, `email` and `phones`: the first of
    /// each, since an entry has one contact.
    fn contact(&mut self, record: &str, obj: &Map<String, Value>) -> Option<Contact> {
        let mut c = Contact {
            person: None,
            phone: None,
            email: None,
        };
        let contacts = list(obj, "contacts");
        for (i, extra) in contacts.iter().enumerate().skip(1) {
            if says_something(extra) {
                self.drop_field(
                    record,
                    &format!("contacts[{i}]"),
                    "ein Eintrag hat nur einen Kontakt; der erste ist übernommen".to_owned(),
                );
            }
        }
        if let Some(first) = contacts.first().and_then(Value::as_object) {
            self.rest(
                record,
                "contacts[0].",
                first,
                &["id", "organization_id", "name", "email", "phones"],
            );
            c.person = text(first, "name").map(str::to_owned);
            c.email = text(first, "email").map(str::to_owned);
            let phones = list(first, "phones");
            if let Some(p) = phones.first() {
                c.phone = self.phone(record, "contacts[0].phones[0]", p);
            }
            for i in 1..phones.len() {
                self.drop_field(
                    record,
                    &format!("contacts[0].phones[{i}]"),
                    "ein Kontakt hat nur eine Telefonnummer".to_owned(),
                );
            }
        }
        if let Some(email) = text(obj, "email") {
            if c.email.is_none() {
                c.email = Some(email.to_owned());
            } else if c.email.as_deref() != Some(email) {
                self.drop_field(
                    record,
                    "email",
                    "ein Kontakt hat nur eine E-Mail-Adresse; die des Kontakts ist übernommen"
                        .to_owned(),
                );
            }
        }
        for (i, p) in list(obj, "phones").iter().enumerate() {
            let field = format!("phones[{i}]");
            let number = p
                .as_object()
                .and_then(|o| text(o, "number"))
                .map(str::to_owned);
            if c.phone.is_none() {
                c.phone = self.phone(record, &field, p);
            } else if number != c.phone {
                self.drop_field(
                    record,
                    &field,
                    "ein Kontakt hat nur eine Telefonnummer".to_owned(),
                );
            }
        }
        if let Some(email) = c.email.clone().filter(|e| !is_plausible_email(e)) {
            self.drop_field(
                record,
                "email",
                format!("„{email}“ ist keine E-Mail-Adresse"),
            );
            c.email = None;
        }
        (c.person.is_some() || c.phone.is_some() || c.email.is_some()).then_some(c)
    }

    /// The postal address: the first location's first address, its parts
    /// joined, or else its description (how our export writes it).
    fn address(&mut self, record: &str, obj: &Map<String, Value>) -> Option<String> {
        let locations = list(obj, "locations");
        for i in 1..locations.len() {
            self.drop_field(
                record,
                &format!("locations[{i}]"),
                "ein Eintrag hat nur eine Adresse; die erste ist übernommen".to_owned(),
            );
        }
        let loc = locations.first()?.as_object()?;
        let addresses = list(loc, "addresses");
        let mut taken = vec!["id", "location_type", "organization_id", "addresses"];
        let address = if let Some(a) = addresses.first().and_then(Value::as_object) {
            self.rest(
                record,
                "locations[0].addresses[0].",
                a,
                &[
                    "id",
                    "location_id",
                    "address_1",
                    "address_2",
                    "postal_code",
                    "city",
                    "address_type",
                ],
            );
            for i in 1..addresses.len() {
                self.drop_field(
                    record,
                    &format!("locations[0].addresses[{i}]"),
                    "nur die erste Adresse ist übernommen".to_owned(),
                );
            }
            let street = [text(a, "address_1"), text(a, "address_2")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            let town = [text(a, "postal_code"), text(a, "city")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            Some(
                [street, town]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .filter(|s| !s.is_empty())
        } else {
            taken.push("description");
            text(loc, "description").map(str::to_owned)
        };
        self.rest(record, "locations[0].", loc, &taken);
        address
    }

    fn website(&mut self, record: &str, obj: &Map<String, Value>, key: &str) -> Option<String> {
        let site = text(obj, key)?;
        if is_web_address(site) {
            Some(site.to_owned())
        } else {
            self.drop_field(
                record,
                key,
                format!("„{site}“ ist keine Webadresse (http:// oder https://)"),
            );
            None
        }
    }

    /// Our id from the `kennung` attribute, or else one made from the name,
    /// unique among `used`.
    fn our_id(
        &mut self,
        record: &str,
        attrs: &[Attr],
        name: &str,
        used: &mut HashSet<String>,
    ) -> String {
        if let Some(id) = attrs
            .iter()
            .find(|a| a.vocab == Vocabulary::Detail && a.code == ID)
            .and_then(|a| a.value.clone())
        {
            if is_valid_id(&id) && !used.contains(&id) {
                used.insert(id.clone());
                return id;
            }
            self.drop_field(record, "attributes (kennung)", format!("die Kennung „{id}“ ist ungültig oder doppelt; eine neue wird aus dem Namen gemacht"));
        }
        let base = match slugify(name) {
            s if s.is_empty() => "eintrag".to_owned(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 2;
        while used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        used.insert(id.clone());
        id
    }

    fn term(list: &mut Vec<Term>, attr: &Attr) {
        if !list.iter().any(|t| t.id == attr.code) {
            list.push(Term {
                id: attr.code.clone(),
                label: attr.name.clone(),
                aliases: Vec::new(),
                translations: Default::default(),
            });
        }
    }

    fn finish(mut self) -> (Dataset, ImportReport) {
        // Organisations: networks where our export marked them, else actors.
        let orgs = std::mem::take(&mut self.orgs);
        let mut actor_ids: HashMap<String, String> = HashMap::new();
        let mut network_uuids: HashSet<String> = HashSet::new();
        let mut used_actors = HashSet::new();
        let mut used_networks = HashSet::new();
        let mut actors = Vec::new();
        // Per network: its memberships and project links, resolved below.
        let mut networks: Vec<PendingNetwork> = Vec::new();
        for g in &orgs {
            let record = g.label.as_str();
            let attrs = self.attributes(record, &g.obj);
            let is_network = attrs
                .iter()
                .any(|a| a.vocab == Vocabulary::EntryType && a.code == NETWORK);
            let name = text(&g.obj, "name").unwrap_or_default().to_owned();
            let description = g
                .obj
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let mut taken = vec![
                "id",
                "name",
                "description",
                "email",
                "phones",
                "contacts",
                "locations",
                "website",
                "programs",
                "services",
                "attributes",
                "metadata",
            ];
            let contact = self.contact(record, &g.obj);
            let address = self.address(record, &g.obj);
            let website = self.website(record, &g.obj, "website");
            let reviewed = self.reviewed(record, &g.obj);
            if is_network {
                taken.push("year_incorporated");
                let slug = self.our_id(record, &attrs, &name, &mut used_networks);
                let mut n = Network::new(slug, name);
                let mut parts = description.split(PARAGRAPH).map(str::to_owned);
                n.summary = parts.next().unwrap_or_default();
                n.description = parts.collect();
                n.founded = match g.obj.get("year_incorporated") {
                    None | Some(Value::Null) => None,
                    Some(v) => {
                        let year = v.as_u64().and_then(|y| u16::try_from(y).ok());
                        if year.is_none() {
                            self.drop_field(
                                record,
                                "year_incorporated",
                                format!("„{v}“ ist keine Jahreszahl"),
                            );
                        }
                        year
                    }
                };
                n.contact = contact;
                n.address = address;
                n.website = website;
                n.reviewed = reviewed;
                let mut notes = HashMap::new();
                for a in &attrs {
                    match a.vocab {
                        Vocabulary::Topic => {
                            n.topics.push(a.code.clone());
                            Self::term(&mut self.topics, a);
                        }
                        Vocabulary::TargetGroup => {
                            n.target_groups.push(a.code.clone());
                            Self::term(&mut self.target_groups, a);
                        }
                        Vocabulary::Level => n.levels.extend(from_code::<Level>(&a.code)),
                        Vocabulary::Detail if a.code == NOTE => {
                            notes.insert(a.link_id.clone(), a.value.clone().unwrap_or_default());
                        }
                        Vocabulary::ActorKind => self.drop_field(
                            record,
                            "attributes",
                            format!("Akteursart „{}“: ein Netzwerk hat keine", a.code),
                        ),
                        _ => {}
                    }
                }
                network_uuids.insert(g.uuid.clone());
                networks.push((n, record.to_owned(), attrs, notes));
            } else {
                let id = self.our_id(record, &attrs, &name, &mut used_actors);
                let kinds: Vec<ActorKind> = attrs
                    .iter()
                    .filter(|a| a.vocab == Vocabulary::ActorKind)
                    .filter_map(|a| from_code(&a.code))
                    .collect();
                for a in &attrs {
                    if !matches!(
                        a.vocab,
                        Vocabulary::ActorKind | Vocabulary::EntryType | Vocabulary::Detail
                    ) || (a.vocab == Vocabulary::Detail && a.code != ID)
                    {
                        self.drop_field(
                            record,
                            "attributes",
                            format!(
                                "{} „{}“: gilt nur für Netzwerke, dies ist ein Akteur",
                                a.vocab.name(),
                                a.code
                            ),
                        );
                    }
                }
                for extra in kinds.iter().skip(1) {
                    self.drop_field(
                        record,
                        "attributes",
                        format!(
                            "zweite Akteursart „{}“: ein Akteur hat eine",
                            super::taxonomy::code(extra)
                        ),
                    );
                }
                actor_ids.insert(g.uuid.clone(), id.clone());
                actors.push(Actor {
                    id,
                    aliases: Vec::new(),
                    name,
                    // An organisation whose form the file does not state.
                    kind: kinds.first().copied().unwrap_or(ActorKind::Organization),
                    description: Some(description.trim().to_owned()).filter(|d| !d.is_empty()),
                    address,
                    contact,
                    website,
                    image: None,
                    reviewed,
                    maintainer: None,
                    translations: Default::default(),
                });
            }
            self.rest(record, "", &g.obj, &taken);
        }

        // Programs and services: projects.
        let mut project_ids: HashMap<String, String> = HashMap::new();
        let mut used_projects = HashSet::new();
        let mut projects = Vec::new();
        for g in std::mem::take(&mut self.projects_in) {
            let record = g.label.as_str();
            let parent = g
                .parent
                .clone()
                .or_else(|| g.unknown_parent.clone().filter(|p| self.seen.contains(p)));
            if parent.is_none() && g.unknown_parent.is_none() {
                self.drop_record(record, "gehört zu keiner Organisation (weder organization noch organization_id); ein Projekt braucht jemanden, der es anbietet".to_owned());
                continue;
            }
            let Some(description) = text(&g.obj, "description").map(str::to_owned) else {
                self.drop_record(
                    record,
                    "hat keine Beschreibung (description); ein Projekt braucht eine".to_owned(),
                );
                continue;
            };
            let attrs = self.attributes(record, &g.obj);
            let name = text(&g.obj, "name").unwrap_or_default().to_owned();
            let id = self.our_id(record, &attrs, &name, &mut used_projects);
            let ours: Vec<&Attr> = attrs
                .iter()
                .filter(|a| a.vocab == Vocabulary::Detail && a.code == ORGANIZED_BY)
                .collect();
            let mut organizers = Vec::new();
            if ours.is_empty() {
                match parent.as_ref().map(|p| (p, actor_ids.get(p))) {
                    Some((_, Some(actor))) => organizers.push(actor.clone()),
                    Some((p, None)) if !network_uuids.contains(p) => self.drop_field(
                        record,
                        "organization_id",
                        format!("die Organisation {p} ist nicht in der Datei"),
                    ),
                    _ => {}
                }
            }
            for a in &ours {
                let target = a.value.clone().unwrap_or_default().to_lowercase();
                match actor_ids.get(&target) {
                    Some(actor) => organizers.push(actor.clone()),
                    None => self.drop_field(
                        record,
                        "attributes (organisiert-von)",
                        format!("die Organisation {target} ist kein Akteur der Datei"),
                    ),
                }
            }
            for a in attrs.iter().filter(|a| {
                a.vocab != Vocabulary::Detail || ![ID, ORGANIZED_BY].contains(&a.code.as_str())
            }) {
                self.drop_field(
                    record,
                    "attributes",
                    format!("{} „{}“: gilt nicht für Projekte", a.vocab.name(), a.code),
                );
            }
            let reviewed = self.reviewed(record, &g.obj);
            self.rest(
                record,
                "",
                &g.obj,
                &[
                    "id",
                    "name",
                    "description",
                    "organization",
                    "organization_id",
                    "attributes",
                    "metadata",
                ],
            );
            project_ids.insert(g.uuid.clone(), id.clone());
            projects.push(Project {
                id,
                name,
                description,
                organizers,
                reviewed,
                maintainer: None,
                translations: Default::default(),
            });
        }

        // The networks' members and projects, now that every id is known.
        let mut done = Vec::new();
        for (mut n, record, attrs, notes) in networks {
            for a in &attrs {
                let target = a.value.clone().unwrap_or_default().to_lowercase();
                if a.vocab == Vocabulary::Role {
                    let role = from_code::<Role>(&a.code).unwrap_or(Role::Member);
                    match actor_ids.get(&target) {
                        Some(actor) => n.actors.push(Participation {
                            actor: actor.clone(),
                            role,
                            note: notes.get(&a.id).cloned(),
                            translations: Default::default(),
                        }),
                        None if network_uuids.contains(&target) => self.drop_field(&record, "attributes (rolle)", format!("Rolle „{}“ von {target}: das ist ein Netzwerk, kein Akteur", a.code)),
                        None => self.drop_field(&record, "attributes (rolle)", format!("Rolle „{}“ von {target}: diese Organisation ist nicht in der Datei", a.code)),
                    }
                } else if a.vocab == Vocabulary::Detail && a.code == PROJECT {
                    match project_ids.get(&target) {
                        Some(p) => n.projects.push(p.clone()),
                        None => self.drop_field(
                            &record,
                            "attributes (projekt)",
                            format!("das Projekt {target} ist nicht in der Datei"),
                        ),
                    }
                }
            }
            done.push(n);
        }

        self.report.networks = done.len();
        self.report.actors = actors.len();
        self.report.projects = projects.len();
        self.report.topics = self.topics.len();
        self.report.target_groups = self.target_groups.len();
        let data = Dataset {
            schema: None,
            format: FORMAT_VERSION,
            source: Source {
                title: SOURCE_TITLE.to_owned(),
                publisher: String::new(),
            },
            publisher: None,
            easy_read: None,
            topics: self.topics,
            target_groups: self.target_groups,
            actors,
            projects,
            networks: done,
        };
        (data, self.report)
    }

    /// The file: one list page (`contents`), a plain list, or one record.
    fn read(&mut self, value: &Value) {
        let items: Vec<(String, &Value)> = match value {
            Value::Object(page) if page.contains_key("contents") => {
                let pages = page.get("total_pages").and_then(Value::as_u64).unwrap_or(1);
                if pages > 1 {
                    let this = page.get("page_number").and_then(Value::as_u64).unwrap_or(1);
                    self.drop_record("Datei", format!("ist Seite {this} von {pages} einer Liste; nur die Einträge dieser Seite sind übernommen, die übrigen Seiten fehlen"));
                }
                match page.get("contents") {
                    Some(Value::Array(items)) => items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (format!("contents[{i}]"), v))
                        .collect(),
                    _ => {
                        self.drop_record("Datei", "„contents“ ist keine Liste".to_owned());
                        Vec::new()
                    }
                }
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("[{i}]"), v))
                .collect(),
            Value::Object(_) => vec![("Datei".to_owned(), value)],
            _ => {
                self.drop_record(
                    "Datei",
                    "enthält weder eine Liste noch einen Eintrag".to_owned(),
                );
                Vec::new()
            }
        };
        for (index, item) in items {
            let Some(obj) = item.as_object() else {
                self.drop_record(&index, "ist kein JSON-Objekt".to_owned());
                continue;
            };
            if obj.contains_key("service_id")
                && obj.contains_key("location_id")
                && !obj.contains_key("name")
            {
                self.drop_record(&format!("service_at_location {index}"), "ein Dienst an einem Ort hat keine Entsprechung; bitte die Organisationen oder Dienste exportieren".to_owned());
            } else if ["status", "organization", "organization_id", "program_id"]
                .iter()
                .any(|k| obj.contains_key(*k))
            {
                self.gather_project(&index, "service", item, None);
            } else {
                self.gather_org(&index, obj);
            }
        }
    }
}

/// Reads an HSDS 3.0 file (organisations or services, one list page, a
/// plain list or one record) into a format 2 dataset, with a report of
/// every record and field it could not take. Never fails: a file that is
/// not JSON gives an empty dataset and says so.
pub fn import(text: &str) -> (Dataset, ImportReport) {
    let mut importer = Importer::default();
    match serde_json::from_str::<Value>(text) {
        Ok(value) => importer.read(&value),
        Err(e) => importer.drop_record("Datei", format!("ist kein JSON: {e}")),
    }
    importer.finish()
}
