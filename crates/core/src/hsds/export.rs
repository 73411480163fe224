//! The dataset as HSDS 3.0: one `organization` per network and per actor
//! (a network has several leads and carriers, and some have no member at
//! all, so it cannot be a `program` or `service`, which belong to exactly
//! one organisation); projects are `program`s of the organisation that
//! organises them. Memberships, topics, levels and kinds are `attribute`s
//! (see `taxonomy`). Nothing is made up: what the data lacks is left out,
//! and where HSDS requires a text we have not got, it is empty.

use serde_json::{json, Map, Value};

use super::taxonomy::{
    code, detail_term, entry_type_term, kind_term, level_term, role_term, uuid, Vocabulary, ACTOR,
    ID, NETWORK, NOTE, ORGANIZED_BY, PROJECT,
};
use crate::model::{Actor, Contact, Dataset, Date, Network, Project, Term};

/// The key our UUIDs are made from.
pub fn network_key(slug: &str) -> String {
    format!("network:{slug}")
}
/// See [`network_key`].
pub fn actor_key(id: &str) -> String {
    format!("actor:{id}")
}
/// See [`network_key`].
pub fn project_key(id: &str) -> String {
    format!("project:{id}")
}

/// The separator of a network's summary and its paragraphs in the one
/// `description` HSDS has (Markdown paragraphs).
pub const PARAGRAPH: &str = "\n\n";

/// The attributes of one record, with ids made from its key.
struct Attributes<'a> {
    owner_key: &'a str,
    link_id: String,
    link_entity: &'static str,
    list: Vec<Value>,
}

impl<'a> Attributes<'a> {
    fn new(owner_key: &'a str, link_entity: &'static str) -> Self {
        Attributes {
            owner_key,
            link_id: uuid(owner_key),
            link_entity,
            list: Vec::new(),
        }
    }

    /// Adds one; `distinct` tells apart attributes with the same term.
    /// Returns its id.
    fn add(
        &mut self,
        vocab: Vocabulary,
        term: Value,
        value: Option<&str>,
        distinct: &str,
    ) -> String {
        let term_code = term["code"].as_str().unwrap_or_default().to_owned();
        let id = uuid(&format!(
            "{}/attribute/{}/{term_code}/{distinct}",
            self.owner_key,
            vocab.name()
        ));
        let mut a = Map::new();
        a.insert("id".into(), json!(id));
        a.insert("link_id".into(), json!(self.link_id));
        a.insert("link_type".into(), json!(vocab.link_type()));
        a.insert("link_entity".into(), json!(self.link_entity));
        if let Some(value) = value {
            a.insert("value".into(), json!(value));
        }
        a.insert("taxonomy_term_id".into(), term["id"].clone());
        a.insert("taxonomy_term".into(), term);
        self.list.push(Value::Object(a));
        id
    }

    /// A note on the attribute `on` (`link_entity` "attribute").
    fn add_note(&mut self, on: &str, note: &str) {
        let term = detail_term(NOTE);
        self.list.push(json!({
            "id": uuid(&format!("{on}/note")),
            "link_id": on,
            "link_type": Vocabulary::Detail.link_type(),
            "link_entity": "attribute",
            "value": note,
            "taxonomy_term_id": term["id"],
            "taxonomy_term": term,
        }));
    }
}

fn term_of(vocab: Vocabulary, terms: &[Term], id: &str) -> Value {
    let label = terms
        .iter()
        .find(|t| t.id == id)
        .map_or(id, |t| t.label.as_str());
    let what = if vocab == Vocabulary::Topic {
        "Thema"
    } else {
        "Zielgruppe"
    };
    vocab.term(id, label, &format!("{what} „{label}“"))
}

/// The review date as a `metadata` record (HSDS requires every text of it;
/// who reviewed and what was there before, the data does not say).
fn reviewed(key: &str, entity: &str, date: Option<Date>) -> Option<Value> {
    let date = date?.to_string();
    Some(json!({
        "id": uuid(&format!("{key}/reviewed")),
        "resource_id": uuid(key),
        "resource_type": entity,
        "last_action_date": date,
        "last_action_type": "reviewed",
        "field_name": "reviewed",
        "previous_value": "",
        "replacement_value": date,
        "updated_by": "",
    }))
}

/// Contact details: a named person becomes a `contact` (with its e-mail and
/// phone); without a name, e-mail and phone belong to the organisation.
fn contact(org: &mut Map<String, Value>, key: &str, contact: Option<&Contact>) {
    let Some(c) = contact else { return };
    let phone = c
        .phone
        .as_ref()
        .map(|number| json!({ "id": uuid(&format!("{key}/phone")), "number": number }));
    if let Some(person) = &c.person {
        let mut record = Map::new();
        record.insert("id".into(), json!(uuid(&format!("{key}/contact"))));
        record.insert("organization_id".into(), json!(uuid(key)));
        record.insert("name".into(), json!(person));
        if let Some(email) = &c.email {
            record.insert("email".into(), json!(email));
        }
        if let Some(phone) = phone {
            record.insert("phones".into(), json!([phone]));
        }
        org.insert("contacts".into(), json!([record]));
    } else {
        if let Some(email) = &c.email {
            org.insert("email".into(), json!(email));
        }
        if let Some(mut phone) = phone {
            phone["organization_id"] = json!(uuid(key));
            org.insert("phones".into(), json!([phone]));
        }
    }
}

/// The postal address, a free text in our data: HSDS's `address` wants it
/// in parts (street, postcode, city, state, country) we do not have, so it
/// is the description of a physical `location`.
fn address(org: &mut Map<String, Value>, key: &str, address: Option<&String>) {
    if let Some(address) = address {
        org.insert(
            "locations".into(),
            json!([{
                "id": uuid(&format!("{key}/location")),
                "location_type": "physical",
                "organization_id": uuid(key),
                "description": address,
            }]),
        );
    }
}

fn organization(key: &str, name: &str, description: String) -> Map<String, Value> {
    let mut org = Map::new();
    org.insert("id".into(), json!(uuid(key)));
    org.insert("name".into(), json!(name));
    org.insert("description".into(), json!(description));
    org
}

fn finish(org: &mut Map<String, Value>, attributes: Attributes, metadata: Option<Value>) {
    org.insert("attributes".into(), Value::Array(attributes.list));
    if let Some(m) = metadata {
        org.insert("metadata".into(), json!([m]));
    }
}

/// The organisation a project's `program` belongs to: its first organiser,
/// else the first network that works on it; `None` for neither.
pub fn project_owner(data: &Dataset, project: &Project) -> Option<String> {
    if let Some(actor) = project.organizers.first() {
        return Some(actor_key(actor));
    }
    data.networks
        .iter()
        .find(|n| n.projects.contains(&project.id))
        .map(|n| network_key(&n.slug))
}

fn program(project: &Project, owner: &str) -> Value {
    let key = project_key(&project.id);
    let mut p = Map::new();
    p.insert("id".into(), json!(uuid(&key)));
    p.insert("organization_id".into(), json!(uuid(owner)));
    p.insert("name".into(), json!(project.name));
    p.insert("description".into(), json!(project.description));
    let mut attributes = Attributes::new(&key, "program");
    attributes.add(Vocabulary::Detail, detail_term(ID), Some(&project.id), "");
    for actor in &project.organizers {
        attributes.add(
            Vocabulary::Detail,
            detail_term(ORGANIZED_BY),
            Some(&uuid(&actor_key(actor))),
            actor,
        );
    }
    finish(
        &mut p,
        attributes,
        reviewed(&key, "program", project.reviewed),
    );
    Value::Object(p)
}

fn programs_of(data: &Dataset, key: &str) -> Vec<Value> {
    data.projects
        .iter()
        .filter(|p| project_owner(data, p).as_deref() == Some(key))
        .map(|p| program(p, key))
        .collect()
}

fn network(data: &Dataset, n: &Network) -> Value {
    let key = network_key(&n.slug);
    let description = std::iter::once(n.summary.as_str())
        .chain(n.description.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(PARAGRAPH);
    let mut org = organization(&key, &n.name, description);
    if let Some(website) = &n.website {
        org.insert("website".into(), json!(website));
    }
    if let Some(year) = n.founded {
        org.insert("year_incorporated".into(), json!(year));
    }
    contact(&mut org, &key, n.contact.as_ref());
    address(&mut org, &key, n.address.as_ref());
    let programs = programs_of(data, &key);
    if !programs.is_empty() {
        org.insert("programs".into(), Value::Array(programs));
    }
    let mut a = Attributes::new(&key, "organization");
    a.add(Vocabulary::Detail, detail_term(ID), Some(&n.slug), "");
    a.add(Vocabulary::EntryType, entry_type_term(NETWORK), None, "");
    for t in &n.topics {
        a.add(
            Vocabulary::Topic,
            term_of(Vocabulary::Topic, &data.topics, t),
            None,
            "",
        );
    }
    for t in &n.target_groups {
        let term = term_of(Vocabulary::TargetGroup, &data.target_groups, t);
        a.add(Vocabulary::TargetGroup, term, None, "");
    }
    for level in &n.levels {
        a.add(Vocabulary::Level, level_term(*level), None, "");
    }
    for p in &n.actors {
        let member = uuid(&actor_key(&p.actor));
        let id = a.add(Vocabulary::Role, role_term(p.role), Some(&member), &p.actor);
        if let Some(note) = &p.note {
            a.add_note(&id, note);
        }
    }
    for project in &n.projects {
        let program = uuid(&project_key(project));
        a.add(
            Vocabulary::Detail,
            detail_term(PROJECT),
            Some(&program),
            project,
        );
    }
    finish(&mut org, a, reviewed(&key, "organization", n.reviewed));
    Value::Object(org)
}

fn actor(data: &Dataset, actor: &Actor) -> Value {
    let key = actor_key(&actor.id);
    let mut org = organization(
        &key,
        &actor.name,
        actor.description.clone().unwrap_or_default(),
    );
    if let Some(website) = &actor.website {
        org.insert("website".into(), json!(website));
    }
    contact(&mut org, &key, actor.contact.as_ref());
    address(&mut org, &key, actor.address.as_ref());
    let programs = programs_of(data, &key);
    if !programs.is_empty() {
        org.insert("programs".into(), Value::Array(programs));
    }
    let mut a = Attributes::new(&key, "organization");
    a.add(Vocabulary::Detail, detail_term(ID), Some(&actor.id), "");
    a.add(Vocabulary::EntryType, entry_type_term(ACTOR), None, "");
    a.add(
        Vocabulary::ActorKind,
        kind_term(actor.kind),
        None,
        &code(actor.kind),
    );
    finish(&mut org, a, reviewed(&key, "organization", actor.reviewed));
    Value::Object(org)
}

/// The organisations of the dataset, networks first, then actors.
pub fn organizations(data: &Dataset) -> Vec<Value> {
    data.networks
        .iter()
        .map(|n| network(data, n))
        .chain(data.actors.iter().map(|a| actor(data, a)))
        .collect()
}

/// The dataset as one page of an HSDS organisation list (the shape of
/// `GET /organizations`, `examples/organization_list.json`).
pub fn export(data: &Dataset) -> Value {
    let contents = organizations(data);
    let n = contents.len();
    json!({
        "total_items": n,
        "total_pages": 1,
        "page_number": 1,
        "size": n,
        "first_page": true,
        "last_page": true,
        "empty": n == 0,
        "contents": contents,
    })
}

/// What of this dataset the export does not carry, one German line per
/// kind of thing, so that the tool can say so instead of dropping it
/// silently. Empty when everything is carried.
pub fn left_out(data: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    let mut count = |what: &str, n: usize| {
        if n > 0 {
            out.push(format!("{what}: {n}"));
        }
    };
    count("Angaben zur Quelle (source)", 1);
    count(
        "Angaben des Herausgebers (publisher)",
        usize::from(data.publisher.is_some()),
    );
    count(
        "Seite „Leichte Sprache“ (easy_read)",
        usize::from(data.easy_read.is_some()),
    );
    let translations = data
        .topics
        .iter()
        .chain(&data.target_groups)
        .map(|t| t.translations.len())
        .sum::<usize>()
        + data
            .actors
            .iter()
            .map(|a| a.translations.len())
            .sum::<usize>()
        + data
            .projects
            .iter()
            .map(|p| p.translations.len())
            .sum::<usize>()
        + data
            .networks
            .iter()
            .map(|n| {
                n.translations.len() + n.actors.iter().map(|p| p.translations.len()).sum::<usize>()
            })
            .sum::<usize>();
    count("Übersetzungen (translations)", translations);
    let aliases = data
        .topics
        .iter()
        .chain(&data.target_groups)
        .map(|t| t.aliases.len())
        .sum::<usize>()
        + data.actors.iter().map(|a| a.aliases.len()).sum::<usize>()
        + data.networks.iter().map(|n| n.aliases.len()).sum::<usize>();
    count("Frühere Adressen (aliases)", aliases);
    let used = |id: &str, topic: bool| {
        data.networks.iter().any(|n| {
            if topic { &n.topics } else { &n.target_groups }
                .iter()
                .any(|t| t == id)
        })
    };
    count(
        "Themen, die kein Netzwerk nennt",
        data.topics.iter().filter(|t| !used(&t.id, true)).count(),
    );
    count(
        "Zielgruppen, die kein Netzwerk nennt",
        data.target_groups
            .iter()
            .filter(|t| !used(&t.id, false))
            .count(),
    );
    let n = &data.networks;
    count(
        "Ziele von Netzwerken (goals)",
        n.iter().map(|n| n.goals.len()).sum(),
    );
    count(
        "Fakten von Netzwerken (facts)",
        n.iter().map(|n| n.facts.len()).sum(),
    );
    count(
        "Bildunterschriften (caption)",
        n.iter().filter(|n| n.caption.is_some()).count(),
    );
    count(
        "Treffrhythmen (meeting_rhythm)",
        n.iter().filter(|n| n.meeting_rhythm.is_some()).count(),
    );
    count(
        "Bilder (image)",
        n.iter().filter(|n| n.image.is_some()).count()
            + data.actors.iter().filter(|a| a.image.is_some()).count(),
    );
    count(
        "Pflegende (maintainer)",
        n.iter().filter(|n| n.maintainer.is_some()).count()
            + data
                .actors
                .iter()
                .filter(|a| a.maintainer.is_some())
                .count()
            + data
                .projects
                .iter()
                .filter(|p| p.maintainer.is_some())
                .count(),
    );
    count(
        "Projekte ohne Organisator und ohne Netzwerk (HSDS verlangt für ein program eine Organisation)",
        data.projects.iter().filter(|p| project_owner(data, p).is_none()).count(),
    );
    out
}
